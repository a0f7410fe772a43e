package org.segmenta.core;

import java.util.List;
import java.util.Map;

import org.osgi.service.event.Event;

/**
 * The topics of the OSGi Event Admin events that say what changed in Segmenta's data, so that every view of it can
 * refresh, whoever made the change: the window, the command line, an import or a plug-in. The services announce
 * their changes in their unit of work ({@link org.segmenta.core.store.StoreSession#changed}); the store posts the
 * events after the commit (never after a rollback) and counts each topic's change stamp up
 * ({@link org.segmenta.core.store.Store#changeStamps()}), so that views in team mode also notice other users'
 * changes by polling. The event data ({@link #DATA}, which e4's event broker and {@code @UIEventTopic} read) is what
 * the topic says, or {@link #MANY}; never null.
 */
public final class SegmentaEvents {

    /** The event property that holds the data: e4's {@code IEventBroker.DATA}. */
    public static final String DATA = "org.eclipse.e4.data";

    /** The data of an event about many objects, or of a change another user made (seen through a change stamp). */
    public static final String MANY = "*";

    /**
     * The data of an event that a view's change-stamp poller posts: another program (another user in team mode)
     * changed the topic's data; what exactly is not known.
     */
    public static final String ELSEWHERE = "*elsewhere*";

    /** The root of every Segmenta topic; subscribe to {@code ALL} to hear everything. */
    public static final String ROOT = "org/segmenta/";

    /** Every Segmenta topic. */
    public static final String ALL = ROOT + "*";

    /** Contacts were created, changed, deleted or imported; data: the contact No., or {@link #MANY}. */
    public static final String CONTACTS_CHANGED = ROOT + "contacts/changed";

    /** A segment changed (header, lines or steps); data: the segment No. */
    public static final String SEGMENT_CHANGED = ROOT + "segment/changed";

    /** Segments were created, deleted or logged (the list of open segments changed); data: a segment No. or {@link #MANY}. */
    public static final String SEGMENTS_CHANGED = ROOT + "segments/changed";

    /** The interaction log or the logged segments changed (Log, cancel, evaluate); data: a logged segment entry No., an entry No. or {@link #MANY}. */
    public static final String LOG_CHANGED = ROOT + "log/changed";

    /** Set-up data changed (templates, salespeople, languages, ...); data: the table's name or {@link #MANY}. */
    public static final String SETUP_CHANGED = ROOT + "setup/changed";

    /**
     * The delivery of interaction log entries moved on (Log with Send queued them, a delivery run sent or failed them,
     * Resend Failed put them back); the Interaction Log's Delivery Status and the Logged Segments' counts change;
     * data: a logged segment entry No., or {@link #MANY} (a run over every logged segment).
     */
    public static final String DELIVERY_CHANGED = ROOT + "delivery/changed";

    /** The topics views refresh on, in the order a poller checks them. */
    public static final List<String> TOPICS = List.of(CONTACTS_CHANGED, SEGMENT_CHANGED, SEGMENTS_CHANGED, LOG_CHANGED,
            SETUP_CHANGED, DELIVERY_CHANGED);

    /**
     * @param data an event's data
     * @param key what a view shows, for example its segment No.
     * @return whether the event may concern it: the data is the key, {@link #MANY} or {@link #ELSEWHERE}
     */
    public static boolean concerns(Object data, Object key) {
        return MANY.equals(data) || ELSEWHERE.equals(data) || key != null && String.valueOf(key).equals(String.valueOf(data));
    }

    /**
     * @param topic one of the topics
     * @param data what changed, or null for {@link #MANY}
     * @return the OSGi event, its data under {@link #DATA}
     */
    public static Event event(String topic, Object data) {
        return new Event(topic, Map.of(DATA, data == null ? MANY : data));
    }

    private SegmentaEvents() {
    }
}
