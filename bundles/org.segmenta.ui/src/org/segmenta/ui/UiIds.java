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
    /** The part stack beside it, where Segments, Logged Segments and the segment editors show. */
    public static final String PARTSTACK_EDITORS = "org.segmenta.app.partstack.editors";
    /** The Contacts part. */
    public static final String PART_CONTACTS = "org.segmenta.ui.part.contacts";
    /** The Segments part (open segments). */
    public static final String PART_SEGMENTS = "org.segmenta.ui.part.segments";
    /** The Logged Segments part. */
    public static final String PART_LOGGED_SEGMENTS = "org.segmenta.ui.part.loggedsegments";
    /** The Interaction Log part. */
    public static final String PART_INTERACTION_LOG = "org.segmenta.ui.part.interactionlog";
    /** The part descriptor the segment editors are made from, one per segment. */
    public static final String PARTDESCRIPTOR_SEGMENT_EDITOR = "org.segmenta.ui.partdescriptor.segmenteditor";
    /** Command: New Segment. */
    public static final String COMMAND_NEW_SEGMENT = "org.segmenta.ui.command.newsegment";
    /** Command: Add Contacts. */
    public static final String COMMAND_ADD_CONTACTS = "org.segmenta.ui.command.addcontacts";
    /** Command: Reduce Contacts. */
    public static final String COMMAND_REDUCE_CONTACTS = "org.segmenta.ui.command.reducecontacts";
    /** Command: Refine Contacts. */
    public static final String COMMAND_REFINE_CONTACTS = "org.segmenta.ui.command.refinecontacts";
    /** Command: Undo Step (Go Back). */
    public static final String COMMAND_UNDO_STEP = "org.segmenta.ui.command.undostep";
    /** Command: Redo Step. */
    public static final String COMMAND_REDO_STEP = "org.segmenta.ui.command.redostep";
    /** Command: Log Segment. */
    public static final String COMMAND_LOG = "org.segmenta.ui.command.log";
    /** Command: Save Criteria. */
    public static final String COMMAND_SAVE_CRITERIA = "org.segmenta.ui.command.savecriteria";
    /** Command: Reuse Criteria. */
    public static final String COMMAND_REUSE_CRITERIA = "org.segmenta.ui.command.reusecriteria";
    /** Command: Reuse Logged Segment. */
    public static final String COMMAND_REUSE_LOGGED_SEGMENT = "org.segmenta.ui.command.reuseloggedsegment";
    /** Command: Merge with a Word document (the merge wizard). */
    public static final String COMMAND_MERGE = "org.segmenta.ui.command.merge";
    /** Command: Edit Letter (one line's letter in the word processor). */
    public static final String COMMAND_EDIT_LETTER = "org.segmenta.ui.command.editletter";
    /** Command: Personal Note of a line. */
    public static final String COMMAND_PERSONAL_NOTE = "org.segmenta.ui.command.personalnote";
    /** Command: Revert to Template Letter (undo a personalised letter). */
    public static final String COMMAND_REVERT_LETTER = "org.segmenta.ui.command.revertletter";
    /** The Setup part (the set-up tables). */
    public static final String PART_SETUP = "org.segmenta.ui.part.setup";
    /** Command: File › Import... (the Import Contacts wizard). */
    public static final String COMMAND_IMPORT_CONTACTS = "org.segmenta.ui.command.importcontacts";
    /** Command: File › Export... (segment lines to CSV/.xlsx, contacts to vCard). */
    public static final String COMMAND_EXPORT = "org.segmenta.ui.command.export";
    /** Command: Window › Preferences... */
    public static final String COMMAND_PREFERENCES = "org.segmenta.ui.command.preferences";
    /** The status line, a tool control in the main window's bottom trim. */
    public static final String TOOLCONTROL_STATUS_LINE = "org.segmenta.ui.toolcontrol.statusline";
    /** Command: Save (the active segment editor). */
    public static final String COMMAND_SAVE = "org.eclipse.ui.file.save";
    /** Command parameter of the Add/Reduce/Refine command: ADD, REDUCE or REFINE. */
    public static final String PARAMETER_ACTION = "org.segmenta.ui.commandparameter.action";
    /** Command parameter of {@code org.segmenta.ui.command.showpart}: the id of the part to show. */
    public static final String PARAMETER_PART_ID = "org.segmenta.ui.commandparameter.partid";

    private UiIds() {
    }
}
