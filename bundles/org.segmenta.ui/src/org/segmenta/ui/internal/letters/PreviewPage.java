package org.segmenta.ui.internal.letters;

import org.segmenta.core.format.Formats;
import org.segmenta.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.segmenta.core.merge.FieldMapping;
import org.segmenta.core.merge.MergeRecord;
import org.segmenta.core.store.StoreException;
import org.segmenta.model.SegmentLine;

/**
 * Merge wizard, page 3: the merged letter of one line at a time, readable (text with its formatting, the merged
 * values highlighted), with First / Previous / Next / Last through the segment's lines. Each letter is merged by the
 * interaction service on demand; nothing is stored.
 */
public final class PreviewPage extends WizardPage {

    private final MergeWizard wizard;
    private Label where;
    private Button first;
    private Button previous;
    private Button next;
    private Button last;
    private LetterPreview letter;
    private long count;
    private int index;
    private SegmentLine line;

    PreviewPage(MergeWizard wizard) {
        super("preview");
        this.wizard = wizard;
        setTitle(Messages.PreviewPage_preview);
        setDescription(Messages.PreviewPage_eachLineSLetterAs);
    }

    @Override
    public void createControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(5).applyTo(c);
        where = new Label(c, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(where);
        first = button(c, Messages.PreviewPage_first, () -> show(0));
        previous = button(c, Messages.PreviewPage_previous, () -> show(index - 1));
        next = button(c, Messages.PreviewPage_nextLine, () -> show(index + 1));
        last = button(c, Messages.PreviewPage_last, () -> show((int) count - 1));
        letter = new LetterPreview(c);
        GridDataFactory.fillDefaults().span(5, 1).grab(true, true).hint(640, 380).applyTo(letter.control());
        setControl(c);
    }

    private Button button(Composite c, String text, Runnable action) {
        Button b = new Button(c, SWT.PUSH);
        b.setText(text);
        b.addListener(SWT.Selection, e -> action.run());
        return b;
    }

    @Override
    public void setVisible(boolean visible) {
        if (visible) {
            wizard.matchPage().keepOwnMapping();
            count = wizard.segments.lineCount(wizard.segmentNo);
            show(Math.min(index, (int) Math.max(0, count - 1)));
        }
        super.setVisible(visible);
    }

    /**
     * Shows the letter of the line at a position.
     *
     * @param at the position in the segment, from 0
     */
    public void show(int at) {
        setErrorMessage(null);
        if (count == 0) {
            where.setText(Messages.PreviewPage_theSegmentHasNoLines);
            letter.message(Messages.PreviewPage_addContactsToTheSegment);
            buttons();
            return;
        }
        index = Math.max(0, Math.min(at, (int) count - 1));
        List<SegmentLine> page = wizard.segments.lines(wizard.segmentNo, index, 1);
        line = page.isEmpty() ? null : page.get(0);
        if (line == null) {
            letter.message(Messages.PreviewPage_theLineIsGone);
            buttons();
            return;
        }
        where.setText(NLS.bind(Messages.PreviewPage_lineOf, Formats.count(index + 1), Formats.count(count), line.getContactNo()));
        try {
            byte[] docx = wizard.interactions.previewLine(wizard.segmentNo, line.getLineNo(),
                    wizard.usingOwn ? null : wizard.documentFile(), wizard.usingOwn ? null : wizard.mapping);
            MergeRecord record = wizard.interactions.mergeRecord(wizard.segmentNo, line.getLineNo());
            List<String> values = new ArrayList<>();
            for (FieldMapping.Entry e : wizard.mapping.entries()) {
                if (e.key() != null || e.pluginField() != null) {
                    values.add(e.key() != null ? record.text(e.key()) : record.field(e.pluginField()));
                }
            }
            String name = record.text(org.segmenta.core.merge.MergeKey.NAME);
            where.setText(NLS.bind(Messages.PreviewPage_lineOf2, Formats.count(index + 1), Formats.count(count), line.getContactNo(), (name.isEmpty() ? "" : "  " + name), (line.isMerged() ? Messages.PreviewPage_ownLetter : "")));
            letter.show(LetterText.of(docx), values.stream().filter(Objects::nonNull).toList());
        } catch (IOException | StoreException e) {
            setErrorMessage(e.getMessage());
            letter.message(NLS.bind(Messages.PreviewPage_thisLineSLetterCannot, e.getMessage()));
        }
        where.getParent().layout();
        buttons();
    }

    private void buttons() {
        first.setEnabled(count > 0 && index > 0);
        previous.setEnabled(count > 0 && index > 0);
        next.setEnabled(index < count - 1);
        last.setEnabled(index < count - 1);
    }

    /** @return what the label above the letter says */
    public String where() {
        return where.getText();
    }

    /** @return the letter view */
    public LetterPreview letter() {
        return letter;
    }
}
