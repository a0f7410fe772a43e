package org.segmenta.ui.internal.letters;

import org.segmenta.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;
import java.util.List;

import org.segmenta.core.interaction.InteractionService;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.segmenta.ui.internal.parts.SegmentEditorPart;

import jakarta.inject.Named;

/** What the commands on one segment line share: the line selected in the active segment editor. */
abstract class LineHandler {

    /**
     * @param active the active part
     * @return whether one line is selected in a segment editor
     */
    @CanExecute
    public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart active,
            @Optional InteractionService interactions) {
        SegmentEditorPart.LineRow row = line(active);
        return row != null && appliesTo(row, interactions);
    }

    /**
     * @param row the one line selected
     * @param interactions the interaction service (its rules about lines), or null while it is not there
     * @return whether the command can act on that line; every line unless a command says otherwise
     */
    boolean appliesTo(SegmentEditorPart.LineRow row, InteractionService interactions) {
        return true;
    }

    static SegmentEditorPart editor(MPart active) {
        return active != null && active.getObject() instanceof SegmentEditorPart e ? e : null;
    }

    static SegmentEditorPart.LineRow line(MPart active) {
        SegmentEditorPart e = editor(active);
        List<SegmentEditorPart.LineRow> selected = e == null ? List.of() : e.selectedLines();
        return selected.size() == 1 ? selected.get(0) : null;
    }

    static String who(SegmentEditorPart.LineRow row) {
        return NLS.bind(Messages.LineHandler_line, row.line().getLineNo(), row.line().getContactNo(), (row.contactName() == null || row.contactName().isEmpty() ? "" : " " + row.contactName()));
    }
}
