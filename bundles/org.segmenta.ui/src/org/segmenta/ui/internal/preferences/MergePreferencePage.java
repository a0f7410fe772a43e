package org.segmenta.ui.internal.preferences;

import org.segmenta.ui.internal.Messages;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.segmenta.ui.SegmentaPreferences;

/** Window › Preferences › Merge: the folder merged letters are written to. */
public final class MergePreferencePage extends SegmentaPreferencePage {

    /** The page. */
    public MergePreferencePage() {
        super(Messages.MergePreferencePage_merge, Messages.MergePreferencePage_whereSegmentMergeWritesThe);
    }

    @Override
    protected void createFields(Composite c) {
        Text t = field(c, Messages.MergePreferencePage_outputFolder, SegmentaPreferences.MERGE_OUTPUT_FOLDER, SWT.SINGLE);
        t.setMessage(Messages.MergePreferencePage_homeSegmentaLetters);
        folderButton(c, t);
    }
}
