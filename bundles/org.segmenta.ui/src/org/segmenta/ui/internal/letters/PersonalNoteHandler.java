package org.segmenta.ui.internal.letters;

import org.segmenta.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.segmenta.core.interaction.InteractionService;
import org.segmenta.core.store.StoreException;
import org.segmenta.model.SegmentLine;
import org.segmenta.ui.Prompter;
import org.segmenta.ui.internal.parts.SegmentEditorPart;

import jakarta.inject.Named;

/**
 * Personal Note... on a segment line: a multi-line note that merges into the letter's {@code PersonalNote} field, so
 * a comment for one contact needs no word processor. Stored at once by {@code InteractionService.setPersonalNote}.
 */
public final class PersonalNoteHandler extends LineHandler {

    /**
     * @param shell the active shell
     * @param active the active part
     * @param interactions the interaction service
     * @param prompter who tells the user, if not message dialogs
     */
    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell,
            @Optional @Named(IServiceConstants.ACTIVE_PART) MPart active, InteractionService interactions,
            @Optional Prompter prompter) {
        SegmentEditorPart editor = editor(active);
        SegmentEditorPart.LineRow row = line(active);
        if (editor == null || row == null) {
            return;
        }
        String segmentNo = editor.segmentNo();
        int lineNo = row.line().getLineNo();
        PersonalNoteDialog d = new PersonalNoteDialog(shell, who(row), row.line().getPersonalNote(),
                () -> interactions.personalNoteProblem(segmentNo, lineNo));
        if (d.open() != Window.OK) {
            return;
        }
        try {
            SegmentLine saved = interactions.setPersonalNote(segmentNo, lineNo, d.note());
            String said;
            if (saved.getPersonalNote() == null) {
                said = NLS.bind(Messages.PersonalNoteHandler_thePersonalNoteOfIs, who(row));
            } else {
                // what the dialog said, asked again of the service: the status line never contradicts it
                java.util.Optional<String> notPrinted = interactions.personalNoteProblem(segmentNo, lineNo);
                said = notPrinted.isPresent()
                        ? NLS.bind(Messages.PersonalNoteHandler_savedNotPrinted, who(row), notPrinted.get())
                        : NLS.bind(Messages.PersonalNoteHandler_thePersonalNoteOfIs2, who(row));
            }
            editor.lineChanged(saved, said);
        } catch (IllegalArgumentException | StoreException e) {
            Prompter.or(prompter).error(shell, PersonalNoteDialog.TITLE, e.getMessage());
        }
    }
}
