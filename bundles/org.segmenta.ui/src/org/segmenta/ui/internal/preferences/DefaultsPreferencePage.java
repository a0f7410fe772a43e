package org.segmenta.ui.internal.preferences;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.segmenta.ui.SegmentaPreferences;

/** Window › Preferences › Defaults: the salesperson and language new segments and contacts get. */
public final class DefaultsPreferencePage extends SegmentaPreferencePage {

    /** The page. */
    public DefaultsPreferencePage() {
        super("Defaults", "What new segments and contacts get unless you choose otherwise.");
    }

    @Override
    protected void createFields(Composite c) {
        field(c, "&Salesperson code:", SegmentaPreferences.DEFAULT_SALESPERSON, SWT.SINGLE);
        filler(c);
        field(c, "&Language code:", SegmentaPreferences.DEFAULT_LANGUAGE, SWT.SINGLE);
        filler(c);
    }
}
