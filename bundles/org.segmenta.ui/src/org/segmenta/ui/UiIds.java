package org.segmenta.ui;

/**
 * Element ids of Segmenta's application model ({@code <bsn>.<kind>.<name>}), for plug-ins that contribute
 * model fragments, for handlers and for tests.
 */
public final class UiIds {

    /** The main window. */
    public static final String WINDOW_MAIN = "org.segmenta.app.window.main";
    /** The part stack that holds the four list parts. */
    public static final String PARTSTACK_MAIN = "org.segmenta.app.partstack.main";
    /** The Contacts part. */
    public static final String PART_CONTACTS = "org.segmenta.ui.part.contacts";
    /** The Segments part (open segments). */
    public static final String PART_SEGMENTS = "org.segmenta.ui.part.segments";
    /** The Logged Segments part. */
    public static final String PART_LOGGED_SEGMENTS = "org.segmenta.ui.part.loggedsegments";
    /** The Interaction Log part. */
    public static final String PART_INTERACTION_LOG = "org.segmenta.ui.part.interactionlog";
    /** Command parameter of {@code org.segmenta.ui.command.showpart}: the id of the part to show. */
    public static final String PARAMETER_PART_ID = "org.segmenta.ui.commandparameter.partid";

    private UiIds() {
    }
}
