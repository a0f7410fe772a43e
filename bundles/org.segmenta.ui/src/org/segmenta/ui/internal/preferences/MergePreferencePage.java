package org.segmenta.ui.internal.preferences;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.segmenta.ui.SegmentaPreferences;

/** Window › Preferences › Merge: the folder merged letters are written to. */
public final class MergePreferencePage extends SegmentaPreferencePage {

    /** The page. */
    public MergePreferencePage() {
        super("Merge", "Where Segment › Merge... writes the letters unless you choose another folder.");
    }

    @Override
    protected void createFields(Composite c) {
        Text t = field(c, "&Output folder:", SegmentaPreferences.MERGE_OUTPUT_FOLDER, SWT.SINGLE);
        t.setMessage("<home>/Segmenta letters");
        folderButton(c, t);
    }
}
