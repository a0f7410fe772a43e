package org.segmenta.store.derby.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.segmenta.core.store.AttachmentRepository;
import org.segmenta.core.store.ContactRepository;
import org.segmenta.core.store.InteractionLogRepository;
import org.segmenta.core.store.KeyedRepository;
import org.segmenta.core.store.LineOperations;
import org.segmenta.core.store.LoggedSegmentRepository;
import org.segmenta.core.store.NumberSeriesRepository;
import org.segmenta.core.store.OutboxRepository;
import org.segmenta.core.store.ReferenceRepository;
import org.segmenta.core.store.LogOperations;
import org.segmenta.core.store.SegmentHistoryRepository;
import org.segmenta.core.store.SegmentSelectionRepository;
import org.segmenta.core.store.SegmentLineRepository;
import org.segmenta.core.store.SegmentRepository;
import org.segmenta.core.store.StoreSession;
import org.segmenta.model.Campaign;
import org.segmenta.model.IndustryGroup;
import org.segmenta.model.InteractionGroup;
import org.segmenta.model.InteractionTemplate;
import org.segmenta.model.JobResponsibility;
import org.segmenta.model.Language;
import org.segmenta.model.MailingGroup;
import org.segmenta.model.ProfileQuestionnaire;
import org.segmenta.model.Salesperson;
import org.segmenta.model.Salutation;
import org.segmenta.model.SavedSegmentCriteria;

/**
 * One unit of work on one connection (auto-commit off). Prepared statements are cached for the unit;
 * everything is closed when the unit ends. Code of this bundle that needs set-based SQL (the criteria engine)
 * uses {@link #connection()} and {@link #prepare(String)} within the same transaction.
 */
public final class DerbySession implements StoreSession {

    private final Connection connection;
    private final boolean writable;
    final Tables tables;
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    private final List<AutoCloseable> resources = new ArrayList<>();
    boolean rollbackOnly;
    /** The store's in-memory contact index, or null (team mode) */
    ContactIndex contactIndex;
    /** The plug-ins' tables known to the store; set by the store that opened the unit. */
    ExtensionSchemas extensions;
    /** the caller's cancellation of this unit, or null */
    Cancellation cancellation;
    /** The changes announced in this unit, posted after it commits: topic → data, each pair once. */
    final java.util.LinkedHashSet<Change> changes = new java.util.LinkedHashSet<>();

    /** A change announced in a unit of work. */
    record Change(String topic, Object data) {
    }

    private ContactRepo contacts;
    private AggregateRepository<String, Salesperson> salespeople;
    private AggregateRepository<String, Salutation> salutations;
    private AggregateRepository<String, Language> languages;
    private AggregateRepository<String, MailingGroup> mailingGroups;
    private AggregateRepository<String, IndustryGroup> industryGroups;
    private AggregateRepository<String, JobResponsibility> jobResponsibilities;
    private AggregateRepository<String, InteractionGroup> interactionGroups;
    private AggregateRepository<String, ProfileQuestionnaire> questionnaires;
    private AggregateRepository<String, Campaign> campaigns;
    private AggregateRepository<String, InteractionTemplate> interactionTemplates;
    private AttachmentRepo attachments;
    private SegmentRepo segments;
    private SegmentLineRepo segmentLines;
    private SegmentHistoryRepo segmentHistory;
    private DerbySelection selection;
    private DerbyLogging logging;
    private DerbyLineOperations lineOperations;
    private AggregateRepository<String, SavedSegmentCriteria> savedCriteria;
    private LoggedSegmentRepo loggedSegments;
    private InteractionLogRepo interactionLog;
    private NumberSeriesRepo numberSeries;
    private ReferenceRepo references;
    private OutboxRepo outbox;

    DerbySession(Connection connection, boolean writable, Tables tables) {
        this.connection = connection;
        this.writable = writable;
        this.tables = tables;
    }

    /**
     * @return the unit's connection; do not commit, roll back or close it. In a write unit the store then assumes that
     *         the unit may write anything (the in-memory contact index, {@link ContactIndex}, is built again after it)
     */
    public Connection connection() {
        if (writable) {
            wroteContacts = true;
            wroteLines = true;
        }
        return connection;
    }

    /** @return the unit's connection for the store's own statements that {@link #prepare(String)} cannot take */
    Connection rawConnection() {
        return connection;
    }

    /**
     * Whether this unit wrote (or may have written) to the contact tables, and to the segment lines: marked by the
     * statements that write, each saying what it writes ({@link #prepareWrite(Writes, String)},
     * {@link #prepareWrite(Table, String)}), and by any use of {@link #connection()} in a write unit. Read by the
     * in-memory contact index ({@link ContactIndex}), which is dropped after a committed unit that wrote what it holds.
     */
    boolean wroteContacts;
    /** @see #wroteContacts */
    boolean wroteLines;

    /** What a statement writes, as far as the in-memory contact index ({@link ContactIndex}) is concerned. */
    enum Writes {
        /** neither the contact tables nor the segment lines (log entries, counters, outbox, history, set-up) */
        NEITHER(false, false),
        /** the segment lines */
        LINES(false, true),
        /** the contact tables: a contact's row or its child rows (mailing groups, industry groups, ...) */
        CONTACTS(true, false),
        /** anything: SQL this bundle did not write (a plug-in's), or a statement that did not say */
        ANYTHING(true, true);

        final boolean contacts;
        final boolean lines;

        Writes(boolean contacts, boolean lines) {
            this.contacts = contacts;
            this.lines = lines;
        }
    }

    /** @return what a write of {@code table}'s rows changes: contacts for the contact tables, lines for the lines */
    Writes writesOf(Table table) {
        if (table == tables.segmentLine) {
            return Writes.LINES;
        }
        return tables.contact.tree().contains(table) ? Writes.CONTACTS : Writes.NEITHER;
    }

    private void mark(Writes writes) {
        requireWritable("write");
        wroteContacts |= writes.contacts;
        wroteLines |= writes.lines;
    }

    /**
     * A statement that writes, marked with what it writes.
     *
     * @param writes what it changes (the contact index is dropped after the unit commits when that is contacts or
     *            lines)
     * @param sql an INSERT, UPDATE or DELETE with parameters
     * @return the unit's cached statement, as {@link #prepare(String)}
     * @throws IllegalStateException in a read-only unit
     */
    PreparedStatement prepareWrite(Writes writes, String sql) throws SQLException {
        mark(writes);
        return statement(sql);
    }

    /**
     * A statement that writes rows of one table ({@link #writesOf(Table)}).
     *
     * @see #prepareWrite(Writes, String)
     */
    PreparedStatement prepareWrite(Table table, String sql) throws SQLException {
        return prepareWrite(writesOf(table), sql);
    }

    /**
     * Statements prepared with {@link #prepare(String)} in a write unit that were not queries: they should have said
     * what they write ({@link #prepareWrite}); each counts as writing anything. For the tests (none expected).
     */
    static final java.util.concurrent.atomic.AtomicLong UNDECLARED_WRITES = new java.util.concurrent.atomic.AtomicLong();

    /** @return whether {@code sql} is a query (SELECT or VALUES, possibly in parentheses), which writes nothing */
    private static boolean isQuery(String sql) {
        int i = 0;
        while (i < sql.length() && (Character.isWhitespace(sql.charAt(i)) || sql.charAt(i) == '(')) {
            i++;
        }
        return sql.regionMatches(true, i, "SELECT", 0, 6) || sql.regionMatches(true, i, "VALUES", 0, 6);
    }

    /**
     * A query of the unit. Statements that write are prepared with {@link #prepareWrite(Writes, String)}, saying what
     * they write; one that is not a query (SELECT or VALUES) prepared here in a write unit counts as writing anything
     * (the contact index is dropped after the unit).
     *
     * @param sql a statement with parameters
     * @return a prepared statement cached for this unit (do not close it; do not use it for two result sets
     *         at once)
     */
    public PreparedStatement prepare(String sql) throws SQLException {
        if (writable && !isQuery(sql)) {
            // a write that did not say what it writes: assume anything, so that the contact index is never stale
            UNDECLARED_WRITES.incrementAndGet();
            mark(Writes.ANYTHING);
        }
        return statement(sql);
    }

    private PreparedStatement statement(String sql) throws SQLException {
        if (cancellation != null) {
            cancellation.check();
        }
        PreparedStatement ps = statements.get(sql);
        if (ps == null) {
            ps = connection.prepareStatement(sql);
            statements.put(sql, ps);
        }
        return ps;
    }

    /** Row versions of the objects read by key in this unit: table and key → version. */
    private final Map<String, Integer> readVersions = new HashMap<>();

    /** Notes that this unit read a row at {@code version} (an update of it later in the unit may race). */
    void readInUnit(Table table, Object key, Integer version) {
        if (version != null) {
            readVersions.put(table.name + '\u0000' + key, version);
        }
    }

    /** @return the version this unit read the row at, or null when it did not read it by key */
    Integer versionReadInUnit(Table table, Object key) {
        return readVersions.get(table.name + '\u0000' + key);
    }

    /** Closes {@code resource} when the unit ends (open content streams, their result sets). */
    void register(AutoCloseable resource) {
        resources.add(resource);
    }

    /** @throws IllegalStateException in a read-only unit */
    void requireWritable(String what) {
        if (!writable) {
            throw new IllegalStateException("Cannot " + what + " in a read-only unit of work; use Store.write.");
        }
    }

    @Override
    public boolean writable() {
        return writable;
    }

    @Override
    public void changed(String topic, Object data) {
        requireWritable("announce a change");
        changes.add(new Change(topic, data == null ? org.segmenta.core.SegmentaEvents.MANY : data));
    }

    /** Closes streams and statements of the unit (the connection stays open). */
    void close() {
        for (int i = resources.size() - 1; i >= 0; i--) {
            try {
                resources.get(i).close();
            } catch (Exception ignored) {
                // closing after the fact: nothing to report
            }
        }
        resources.clear();
        for (PreparedStatement ps : statements.values()) {
            try {
                ps.close();
            } catch (SQLException ignored) {
                // the connection may be broken already
            }
        }
        statements.clear();
    }

    @Override
    public ContactRepository contacts() {
        return contacts != null ? contacts : (contacts = new ContactRepo(this));
    }

    @Override
    public KeyedRepository<String, Salesperson> salespeople() {
        return salespeople != null ? salespeople
                : (salespeople = new AggregateRepository<>(this, tables.salesperson, "Salesperson", Salesperson.class));
    }

    @Override
    public KeyedRepository<String, Salutation> salutations() {
        return salutations != null ? salutations
                : (salutations = new AggregateRepository<>(this, tables.salutation, "Salutation", Salutation.class));
    }

    @Override
    public KeyedRepository<String, Language> languages() {
        return languages != null ? languages
                : (languages = new AggregateRepository<>(this, tables.language, "Language", Language.class));
    }

    @Override
    public KeyedRepository<String, MailingGroup> mailingGroups() {
        return mailingGroups != null ? mailingGroups
                : (mailingGroups = new AggregateRepository<>(this, tables.mailingGroup, "Mailing Group", MailingGroup.class));
    }

    @Override
    public KeyedRepository<String, IndustryGroup> industryGroups() {
        return industryGroups != null ? industryGroups
                : (industryGroups = new AggregateRepository<>(this, tables.industryGroup, "Industry Group", IndustryGroup.class));
    }

    @Override
    public KeyedRepository<String, JobResponsibility> jobResponsibilities() {
        return jobResponsibilities != null ? jobResponsibilities
                : (jobResponsibilities = new AggregateRepository<>(this, tables.jobResponsibility, "Job Responsibility",
                        JobResponsibility.class));
    }

    @Override
    public KeyedRepository<String, InteractionGroup> interactionGroups() {
        return interactionGroups != null ? interactionGroups
                : (interactionGroups = new AggregateRepository<>(this, tables.interactionGroup, "Interaction Group",
                        InteractionGroup.class));
    }

    @Override
    public KeyedRepository<String, ProfileQuestionnaire> questionnaires() {
        return questionnaires != null ? questionnaires
                : (questionnaires = new AggregateRepository<>(this, tables.questionnaire, "Profile Questionnaire",
                        ProfileQuestionnaire.class));
    }

    @Override
    public KeyedRepository<String, Campaign> campaigns() {
        return campaigns != null ? campaigns
                : (campaigns = new AggregateRepository<>(this, tables.campaign, "Campaign", Campaign.class));
    }

    @Override
    public KeyedRepository<String, InteractionTemplate> interactionTemplates() {
        return interactionTemplates != null ? interactionTemplates
                : (interactionTemplates = new AggregateRepository<>(this, tables.interactionTemplate,
                        "Interaction Template", InteractionTemplate.class));
    }

    @Override
    public AttachmentRepository attachments() {
        return attachments != null ? attachments : (attachments = new AttachmentRepo(this));
    }

    @Override
    public SegmentRepository segments() {
        return segments != null ? segments : (segments = new SegmentRepo(this));
    }

    @Override
    public SegmentLineRepository segmentLines() {
        return segmentLines != null ? segmentLines : (segmentLines = new SegmentLineRepo(this));
    }

    @Override
    public SegmentSelectionRepository selection() {
        return selection != null ? selection : (selection = new DerbySelection(this));
    }

    @Override
    public LineOperations lineOperations() {
        return lineOperations != null ? lineOperations : (lineOperations = new DerbyLineOperations(this));
    }

    @Override
    public LogOperations logging() {
        return logging != null ? logging : (logging = new DerbyLogging(this));
    }

    @Override
    public SegmentHistoryRepository segmentHistory() {
        return segmentHistory != null ? segmentHistory : (segmentHistory = new SegmentHistoryRepo(this));
    }

    @Override
    public KeyedRepository<String, SavedSegmentCriteria> savedCriteria() {
        return savedCriteria != null ? savedCriteria
                : (savedCriteria = new AggregateRepository<>(this, tables.savedCriteria, "Saved Segment Criteria",
                        SavedSegmentCriteria.class));
    }

    @Override
    public LoggedSegmentRepository loggedSegments() {
        return loggedSegments != null ? loggedSegments : (loggedSegments = new LoggedSegmentRepo(this));
    }

    @Override
    public InteractionLogRepository interactionLog() {
        return interactionLog != null ? interactionLog : (interactionLog = new InteractionLogRepo(this));
    }

    @Override
    public ReferenceRepository references() {
        return references != null ? references : (references = new ReferenceRepo(this));
    }

    @Override
    public NumberSeriesRepository numberSeries() {
        return numberSeries != null ? numberSeries : (numberSeries = new NumberSeriesRepo(this));
    }

    @Override
    public OutboxRepository outbox() {
        return outbox != null ? outbox : (outbox = new OutboxRepo(this));
    }

    /**
     * Reserves {@code count} consecutive entry Nos. of a counter (attachment, logged_segment,
     * interaction_log_entry). The counter row stays locked until the unit ends, so no other unit can get the
     * same Nos.; on rollback they are handed out again.
     *
     * @return the first No. reserved
     */
    long reserve(String counter, long count) throws SQLException {
        PreparedStatement up = prepareWrite(Writes.NEITHER, "UPDATE entry_counter SET last_value = last_value + ? WHERE counter_name = ?");
        up.setLong(1, count);
        up.setString(2, counter);
        if (up.executeUpdate() != 1) {
            throw new SQLException("The entry counter " + counter + " is missing from table entry_counter");
        }
        return Rows.queryLong(this, "SELECT last_value FROM entry_counter WHERE counter_name = ?", counter) - count + 1;
    }

    /** Raises a counter to at least {@code used}, when an entry No. was given rather than reserved. */
    void noteUsed(String counter, long used) throws SQLException {
        PreparedStatement up = prepareWrite(Writes.NEITHER,
                "UPDATE entry_counter SET last_value = ? WHERE counter_name = ? AND last_value < ?");
        up.setLong(1, used);
        up.setString(2, counter);
        up.setLong(3, used);
        up.executeUpdate();
    }

    @Override
    public org.segmenta.core.store.ExtensionData extension(String extensionId) {
        if (extensions == null) {
            throw new org.segmenta.core.store.StoreException("This store keeps no plug-in tables.");
        }
        return new DerbyExtensionData(this, extensionId, extensions.version(extensionId));
    }
}
