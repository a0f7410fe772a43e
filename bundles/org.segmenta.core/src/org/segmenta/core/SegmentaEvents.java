package org.segmenta.core;

/**
 * The topics of the OSGi EventAdmin events that say what changed in Segmenta's data, so that every view of it can
 * refresh. Today the user interface posts them after its own actions; services may post them too. The event data
 * ({@code org.eclipse.e4.data} for e4's event broker) is what the topic says.
 */
public final class SegmentaEvents {

    /** The root of every Segmenta topic; subscribe to {@code ALL} to hear everything. */
    public static final String ROOT = "org/segmenta/";

    /** Every Segmenta topic. */
    public static final String ALL = ROOT + "*";

    /** Contacts were created, changed, deleted or imported; data: the contact No., or null for many. */
    public static final String CONTACTS_CHANGED = ROOT + "contacts/changed";

    /** A segment changed (header, lines or steps); data: the segment No. */
    public static final String SEGMENT_CHANGED = ROOT + "segment/changed";

    /** Segments were created, deleted or logged (the list of open segments changed); data: a segment No. or null. */
    public static final String SEGMENTS_CHANGED = ROOT + "segments/changed";

    /** The interaction log or the logged segments changed (Log, cancel, evaluate); data: a logged segment entry No. or null. */
    public static final String LOG_CHANGED = ROOT + "log/changed";

    private SegmentaEvents() {
    }
}
