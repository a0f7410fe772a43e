package org.segmenta.example.loyalty.ui.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/** Window › Loyalty: opens the Loyalty part (made from its part descriptor the first time) and brings it to the front. */
public final class ShowLoyaltyHandler {

    /** The part descriptor's id, in the plug-in's fragment.e4xmi. */
    public static final String PART = "org.segmenta.example.loyalty.partdescriptor.loyalty";

    /** @param parts the part service */
    @Execute
    public void execute(EPartService parts) {
        parts.showPart(PART, PartState.ACTIVATE);
    }
}
