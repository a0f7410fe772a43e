package org.segmenta.ui.internal.setup;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.segmenta.ui.UiIds;

/** Window › Setup: opens the Setup part (made from its part descriptor the first time) and brings it to the front. */
public final class ShowSetupHandler {

    /** @param parts the part service */
    @Execute
    public void execute(EPartService parts) {
        parts.showPart(UiIds.PART_SETUP, PartState.ACTIVATE);
    }
}
