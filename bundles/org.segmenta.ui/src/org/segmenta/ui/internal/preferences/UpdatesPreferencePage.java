package org.segmenta.ui.internal.preferences;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.segmenta.ui.SegmentaPreferences;

/** Window › Preferences › Updates: the company's p2 repository that Help › Check for Updates reads. */
public final class UpdatesPreferencePage extends SegmentaPreferencePage {

    /** The page. */
    public UpdatesPreferencePage() {
        super("Updates", "Where Help › Check for Updates looks for new versions of Segmenta: your company's p2 "
                + "repository (a file: or https: URL, or a folder).");
    }

    @Override
    protected void createFields(Composite c) {
        Text t = field(c, "Update &site:", SegmentaPreferences.UPDATE_SITE, SWT.SINGLE);
        t.setMessage("https://intranet.example.com/segmenta/repository");
        folderButton(c, t);
    }
}
