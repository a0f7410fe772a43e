package org.segmenta.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.segmenta.ui.UiIds;

import jakarta.inject.Named;

/** Window › Contacts (and the other parts): brings the part with the given id to the front. */
public final class ShowPartHandler {

    @CanExecute
    public boolean canExecute(@Named(UiIds.PARAMETER_PART_ID) String partId, EPartService parts) {
        return partId != null && parts.findPart(partId) != null;
    }

    @Execute
    public void execute(@Named(UiIds.PARAMETER_PART_ID) String partId, EPartService parts) {
        parts.showPart(partId, PartState.ACTIVATE);
    }
}
