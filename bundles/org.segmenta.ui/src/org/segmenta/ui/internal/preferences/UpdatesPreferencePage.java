package org.segmenta.ui.internal.preferences;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.segmenta.ui.internal.Messages;
import org.segmenta.ui.SegmentaPreferences;

/** Window › Preferences › Updates: the company's p2 repository that Help › Check for Updates reads. */
public final class UpdatesPreferencePage extends SegmentaPreferencePage {

    /** The page. */
    public UpdatesPreferencePage() {
        super(Messages.UpdatesPage_title, Messages.UpdatesPage_description);
    }

    @Override
    protected void createFields(Composite c) {
        Text t = field(c, Messages.UpdatesPage_site, SegmentaPreferences.UPDATE_SITE, SWT.SINGLE);
        t.setMessage("https://intranet.example.com/segmenta/repository");
        folderButton(c, t);
    }
}
