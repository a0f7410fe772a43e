package org.segmenta.ui.internal.preferences;

import org.segmenta.ui.internal.Messages;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.segmenta.ui.SegmentaPreferences;

/** Window › Preferences › Defaults: the salesperson and language new segments and contacts get. */
public final class DefaultsPreferencePage extends SegmentaPreferencePage {

    /** The page. */
    public DefaultsPreferencePage() {
        super(Messages.DefaultsPreferencePage_defaults, Messages.DefaultsPreferencePage_whatNewSegmentsAndContacts);
    }

    @Override
    protected void createFields(Composite c) {
        field(c, Messages.DefaultsPreferencePage_salespersonCode, SegmentaPreferences.DEFAULT_SALESPERSON, SWT.SINGLE);
        filler(c);
        field(c, Messages.DefaultsPreferencePage_languageCode, SegmentaPreferences.DEFAULT_LANGUAGE, SWT.SINGLE);
        filler(c);
    }
}
