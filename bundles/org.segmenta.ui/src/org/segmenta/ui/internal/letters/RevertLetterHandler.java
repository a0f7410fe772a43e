package org.segmenta.ui.internal.letters;

import org.segmenta.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.segmenta.core.interaction.InteractionService;
import org.segmenta.core.store.StoreException;
import org.segmenta.model.SegmentLine;
import org.segmenta.ui.Prompter;
import org.segmenta.ui.internal.parts.SegmentEditorPart;

import jakarta.inject.Named;

/**
 * Revert to Template Letter on a line with a letter of its own: after a confirmation the line merges the template's
 * letter again ({@code InteractionService.revertToTemplateLetter}).
 */
public final class RevertLetterHandler extends LineHandler {

    /** Enabled only on a line with a letter of its own ({@code InteractionService.hasOwnLetter}). */
    @Override
    boolean appliesTo(SegmentEditorPart.LineRow row, InteractionService interactions) {
        return interactions != null && interactions.hasOwnLetter(row.line());
    }

    /**
     * @param shell the active shell
     * @param active the active part
     * @param interactions the interaction service
     * @param prompter who asks the user, if not message dialogs
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
        Prompter p = Prompter.or(prompter);
        if (!interactions.hasOwnLetter(row.line())) {
            p.inform(shell, Messages.RevertLetterHandler_revertToTemplateLetter, NLS.bind(Messages.RevertLetterHandler_theLetterOfIsThe, who(row)));
            return;
        }
        if (!p.confirm(shell, Messages.RevertLetterHandler_revertToTemplateLetter, NLS.bind(Messages.RevertLetterHandler_dropTheEditedLetterOf, who(row)))) {
            return;
        }
        try {
            SegmentLine saved = interactions.revertToTemplateLetter(editor.segmentNo(), row.line().getLineNo());
            editor.lineChanged(saved, NLS.bind(Messages.RevertLetterHandler_theLetterOfIsThe2, who(row)));
        } catch (StoreException e) {
            p.error(shell, Messages.RevertLetterHandler_revertToTemplateLetter, e.getMessage());
        }
    }
}
