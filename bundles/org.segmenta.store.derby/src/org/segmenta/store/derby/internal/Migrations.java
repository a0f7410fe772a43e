package org.segmenta.store.derby.internal;

import java.util.List;

/**
 * The schema's history: each migration brings a database from the version before it to its own version.
 * <strong>A released migration is never edited</strong>: a change of the schema is a new migration at the end
 * of {@link #ALL} (ALTER TABLE, CREATE INDEX, data moves), and the mapping in {@link Tables} follows the
 * newest version. Statements are portable SQL apart from Derby's identity syntax.
 */
final class Migrations {

    /**
     * One step of the schema.
     *
     * @param version the version the database has after it (1, 2, ...)
     * @param description what it does, recorded in the version table
     * @param statements run in order, in the same transaction as the version row
     */
    record Migration(int version, String description, List<String> statements, Step step) {

        /** A migration of SQL statements only. */
        Migration(int version, String description, List<String> statements) {
            this(version, description, statements, null);
        }
    }

    /** Work of a migration that SQL alone cannot say (names the database chose), after its statements. */
    @FunctionalInterface
    interface Step {
        /** @param c the connection, in the migration's transaction */
        void run(java.sql.Connection c) throws java.sql.SQLException;
    }

    private Migrations() {
    }

    /** Migration 1: every table of the model, and the indexes the criteria queries of the selection engine use. */
    static final Migration V1 = new Migration(1, "Tables of the model and the indexes of criteria queries", List.of(
            """
            CREATE TABLE contact (
                contact_no VARCHAR(20) NOT NULL,
                contact_type SMALLINT NOT NULL DEFAULT 0,
                company_no VARCHAR(20),
                name VARCHAR(100),
                name2 VARCHAR(100),
                first_name VARCHAR(100),
                middle_name VARCHAR(100),
                surname VARCHAR(100),
                initials VARCHAR(100),
                job_title VARCHAR(100),
                company_name VARCHAR(100),
                search_name VARCHAR(100),
                address VARCHAR(100),
                address2 VARCHAR(100),
                post_code VARCHAR(20),
                city VARCHAR(100),
                county VARCHAR(100),
                country_region_code VARCHAR(20),
                phone_no VARCHAR(30),
                mobile_phone_no VARCHAR(30),
                fax_no VARCHAR(30),
                email VARCHAR(80),
                home_page VARCHAR(250),
                language_code VARCHAR(20),
                salutation_code VARCHAR(20),
                correspondence_type SMALLINT NOT NULL DEFAULT 0,
                salesperson_code VARCHAR(20),
                territory_code VARCHAR(20),
                exclude_from_segment BOOLEAN NOT NULL DEFAULT FALSE,
                privacy_blocked BOOLEAN NOT NULL DEFAULT FALSE,
                row_version INTEGER NOT NULL DEFAULT 1,
                PRIMARY KEY (contact_no))""",
            """
            CREATE TABLE contact_mailing_group (
                contact_no VARCHAR(20) NOT NULL,
                seq INTEGER NOT NULL,
                mailing_group_code VARCHAR(20) NOT NULL,
                PRIMARY KEY (contact_no, seq),
                FOREIGN KEY (contact_no) REFERENCES contact (contact_no) ON DELETE CASCADE)""",
            """
            CREATE TABLE contact_industry_group (
                contact_no VARCHAR(20) NOT NULL,
                seq INTEGER NOT NULL,
                industry_group_code VARCHAR(20) NOT NULL,
                PRIMARY KEY (contact_no, seq),
                FOREIGN KEY (contact_no) REFERENCES contact (contact_no) ON DELETE CASCADE)""",
            """
            CREATE TABLE contact_job_responsibility (
                contact_no VARCHAR(20) NOT NULL,
                seq INTEGER NOT NULL,
                job_responsibility_code VARCHAR(20) NOT NULL,
                PRIMARY KEY (contact_no, seq),
                FOREIGN KEY (contact_no) REFERENCES contact (contact_no) ON DELETE CASCADE)""",
            """
            CREATE TABLE contact_profile_answer (
                contact_no VARCHAR(20) NOT NULL,
                seq INTEGER NOT NULL,
                profile_questionnaire_code VARCHAR(20) NOT NULL,
                answer_line_no INTEGER NOT NULL DEFAULT 0,
                answer_description VARCHAR(100),
                PRIMARY KEY (contact_no, seq),
                FOREIGN KEY (contact_no) REFERENCES contact (contact_no) ON DELETE CASCADE)""",
            """
            CREATE TABLE salesperson (
                code VARCHAR(20) NOT NULL,
                name VARCHAR(100),
                job_title VARCHAR(100),
                email VARCHAR(80),
                phone_no VARCHAR(30),
                blocked BOOLEAN NOT NULL DEFAULT FALSE,
                row_version INTEGER NOT NULL DEFAULT 1,
                PRIMARY KEY (code))""",
            """
            CREATE TABLE salutation (
                code VARCHAR(20) NOT NULL,
                description VARCHAR(100),
                row_version INTEGER NOT NULL DEFAULT 1,
                PRIMARY KEY (code))""",
            """
            CREATE TABLE salutation_formula (
                salutation_code VARCHAR(20) NOT NULL,
                seq INTEGER NOT NULL,
                language_code VARCHAR(20),
                salutation_type SMALLINT NOT NULL DEFAULT 0,
                formula_text VARCHAR(250),
                PRIMARY KEY (salutation_code, seq),
                FOREIGN KEY (salutation_code) REFERENCES salutation (code) ON DELETE CASCADE)""",
            """
            CREATE TABLE language (
                code VARCHAR(20) NOT NULL,
                name VARCHAR(100),
                windows_language_id INTEGER NOT NULL DEFAULT 0,
                row_version INTEGER NOT NULL DEFAULT 1,
                PRIMARY KEY (code))""",
            """
            CREATE TABLE mailing_group (
                code VARCHAR(20) NOT NULL,
                description VARCHAR(100),
                row_version INTEGER NOT NULL DEFAULT 1,
                PRIMARY KEY (code))""",
            """
            CREATE TABLE industry_group (
                code VARCHAR(20) NOT NULL,
                description VARCHAR(100),
                row_version INTEGER NOT NULL DEFAULT 1,
                PRIMARY KEY (code))""",
            """
            CREATE TABLE job_responsibility (
                code VARCHAR(20) NOT NULL,
                description VARCHAR(100),
                row_version INTEGER NOT NULL DEFAULT 1,
                PRIMARY KEY (code))""",
            """
            CREATE TABLE interaction_group (
                code VARCHAR(20) NOT NULL,
                description VARCHAR(100),
                row_version INTEGER NOT NULL DEFAULT 1,
                PRIMARY KEY (code))""",
            """
            CREATE TABLE profile_questionnaire (
                code VARCHAR(20) NOT NULL,
                description VARCHAR(100),
                row_version INTEGER NOT NULL DEFAULT 1,
                PRIMARY KEY (code))""",
            """
            CREATE TABLE profile_question (
                questionnaire_code VARCHAR(20) NOT NULL,
                seq INTEGER NOT NULL,
                line_no INTEGER NOT NULL DEFAULT 0,
                description VARCHAR(100),
                PRIMARY KEY (questionnaire_code, seq),
                FOREIGN KEY (questionnaire_code) REFERENCES profile_questionnaire (code) ON DELETE CASCADE)""",
            """
            CREATE TABLE profile_answer (
                questionnaire_code VARCHAR(20) NOT NULL,
                question_seq INTEGER NOT NULL,
                seq INTEGER NOT NULL,
                line_no INTEGER NOT NULL DEFAULT 0,
                description VARCHAR(100),
                PRIMARY KEY (questionnaire_code, question_seq, seq),
                FOREIGN KEY (questionnaire_code, question_seq) REFERENCES profile_question (questionnaire_code, seq) ON DELETE CASCADE)""",
            """
            CREATE TABLE campaign (
                campaign_no VARCHAR(20) NOT NULL,
                description VARCHAR(100),
                starting_date DATE,
                ending_date DATE,
                salesperson_code VARCHAR(20),
                activated BOOLEAN NOT NULL DEFAULT FALSE,
                row_version INTEGER NOT NULL DEFAULT 1,
                PRIMARY KEY (campaign_no))""",
            """
            CREATE TABLE attachment (
                attachment_no BIGINT NOT NULL DEFAULT 0,
                file_name VARCHAR(250),
                media_type VARCHAR(100),
                size_bytes BIGINT NOT NULL DEFAULT 0,
                read_only BOOLEAN NOT NULL DEFAULT FALSE,
                created TIMESTAMP,
                content BLOB,
                row_version INTEGER NOT NULL DEFAULT 1,
                PRIMARY KEY (attachment_no))""",
            """
            CREATE TABLE interaction_template (
                code VARCHAR(20) NOT NULL,
                interaction_group_code VARCHAR(20) NOT NULL,
                description VARCHAR(100),
                unit_cost DECIMAL(20,5),
                unit_duration INTEGER NOT NULL DEFAULT 0,
                information_flow SMALLINT NOT NULL DEFAULT 0,
                initiated_by SMALLINT NOT NULL DEFAULT 0,
                campaign_no VARCHAR(20),
                campaign_target BOOLEAN NOT NULL DEFAULT FALSE,
                campaign_response BOOLEAN NOT NULL DEFAULT FALSE,
                correspondence_type SMALLINT NOT NULL DEFAULT 0,
                ignore_contact_correspondence_type BOOLEAN NOT NULL DEFAULT FALSE,
                language_code_default VARCHAR(100),
                wizard_action SMALLINT NOT NULL DEFAULT 0,
                row_version INTEGER NOT NULL DEFAULT 1,
                PRIMARY KEY (code))""",
            """
            CREATE TABLE interaction_template_language (
                template_code VARCHAR(20) NOT NULL,
                seq INTEGER NOT NULL,
                language_code VARCHAR(20),
                description VARCHAR(100),
                attachment_no BIGINT,
                word_template_no BIGINT,
                PRIMARY KEY (template_code, seq),
                FOREIGN KEY (template_code) REFERENCES interaction_template (code) ON DELETE CASCADE)""",
            """
            CREATE TABLE segment_header (
                segment_no VARCHAR(20) NOT NULL,
                segment_date DATE,
                description VARCHAR(100),
                salesperson_code VARCHAR(20),
                interaction_template_code VARCHAR(20),
                interaction_group_code VARCHAR(20),
                information_flow SMALLINT NOT NULL DEFAULT 0,
                initiated_by SMALLINT NOT NULL DEFAULT 0,
                campaign_no VARCHAR(20),
                campaign_target BOOLEAN NOT NULL DEFAULT FALSE,
                campaign_response BOOLEAN NOT NULL DEFAULT FALSE,
                send_word_docs_as_attachment BOOLEAN NOT NULL DEFAULT FALSE,
                language_code_default VARCHAR(100),
                subject_default VARCHAR(100),
                ignore_contact_correspondence_type BOOLEAN NOT NULL DEFAULT FALSE,
                correspondence_type_default SMALLINT NOT NULL DEFAULT 0,
                unit_cost DECIMAL(20,5),
                unit_duration INTEGER NOT NULL DEFAULT 0,
                modified_word_template_no BIGINT,
                row_version INTEGER NOT NULL DEFAULT 1,
                PRIMARY KEY (segment_no))""",
            """
            CREATE TABLE segment_interaction_language (
                segment_no VARCHAR(20) NOT NULL,
                seq INTEGER NOT NULL,
                language_code VARCHAR(20),
                description VARCHAR(100),
                subject VARCHAR(100),
                attachment_no BIGINT,
                word_template_no BIGINT,
                PRIMARY KEY (segment_no, seq),
                FOREIGN KEY (segment_no) REFERENCES segment_header (segment_no) ON DELETE CASCADE)""",
            """
            CREATE TABLE segment_criteria_line (
                segment_no VARCHAR(20) NOT NULL,
                seq INTEGER NOT NULL,
                step_no INTEGER NOT NULL DEFAULT 0,
                action SMALLINT NOT NULL DEFAULT 0,
                kind SMALLINT NOT NULL DEFAULT 0,
                allow_existing_contacts BOOLEAN NOT NULL DEFAULT FALSE,
                expand_companies BOOLEAN NOT NULL DEFAULT FALSE,
                allow_related_companies BOOLEAN NOT NULL DEFAULT FALSE,
                ignore_exclusion BOOLEAN NOT NULL DEFAULT FALSE,
                entire_companies BOOLEAN NOT NULL DEFAULT FALSE,
                logged_segment_entry_no BIGINT,
                description VARCHAR(100),
                PRIMARY KEY (segment_no, seq),
                FOREIGN KEY (segment_no) REFERENCES segment_header (segment_no) ON DELETE CASCADE)""",
            """
            CREATE TABLE segment_criteria_filter (
                segment_no VARCHAR(20) NOT NULL,
                line_seq INTEGER NOT NULL,
                seq INTEGER NOT NULL,
                source VARCHAR(50) NOT NULL,
                field VARCHAR(80) NOT NULL,
                expression VARCHAR(2000) NOT NULL,
                PRIMARY KEY (segment_no, line_seq, seq),
                FOREIGN KEY (segment_no, line_seq) REFERENCES segment_criteria_line (segment_no, seq) ON DELETE CASCADE)""",
            """
            CREATE TABLE segment_line (
                segment_no VARCHAR(20) NOT NULL,
                line_no INTEGER NOT NULL DEFAULT 0,
                contact_no VARCHAR(20) NOT NULL,
                contact_company_no VARCHAR(20),
                interaction_date DATE,
                time_of_interaction TIME,
                description VARCHAR(100),
                salesperson_code VARCHAR(20),
                interaction_template_code VARCHAR(20),
                interaction_group_code VARCHAR(20),
                information_flow SMALLINT NOT NULL DEFAULT 0,
                initiated_by SMALLINT NOT NULL DEFAULT 0,
                campaign_no VARCHAR(20),
                campaign_target BOOLEAN NOT NULL DEFAULT FALSE,
                campaign_response BOOLEAN NOT NULL DEFAULT FALSE,
                send_word_docs_as_attachment BOOLEAN NOT NULL DEFAULT FALSE,
                correspondence_type SMALLINT NOT NULL DEFAULT 0,
                language_code VARCHAR(20),
                subject VARCHAR(100),
                evaluation SMALLINT NOT NULL DEFAULT 0,
                cost DECIMAL(20,5),
                duration INTEGER NOT NULL DEFAULT 0,
                attachment_no BIGINT,
                attachment_inherited BOOLEAN NOT NULL DEFAULT FALSE,
                word_template_no BIGINT,
                merged BOOLEAN NOT NULL DEFAULT FALSE,
                attempt_failed BOOLEAN NOT NULL DEFAULT FALSE,
                step_no INTEGER NOT NULL DEFAULT 0,
                step_kind SMALLINT NOT NULL DEFAULT 0,
                reused_logged_segment_entry_no BIGINT,
                row_version INTEGER NOT NULL DEFAULT 1,
                PRIMARY KEY (segment_no, line_no),
                FOREIGN KEY (segment_no) REFERENCES segment_header (segment_no) ON DELETE CASCADE)""",
            """
            CREATE TABLE segment_history (
                entry_id BIGINT NOT NULL GENERATED ALWAYS AS IDENTITY,
                segment_no VARCHAR(20) NOT NULL,
                step_no INTEGER NOT NULL DEFAULT 0,
                action SMALLINT NOT NULL DEFAULT 0,
                line_no INTEGER NOT NULL DEFAULT 0,
                contact_no VARCHAR(20),
                has_line BOOLEAN NOT NULL DEFAULT FALSE,
                line_segment_no VARCHAR(20),
                line_line_no INTEGER DEFAULT 0,
                line_contact_no VARCHAR(20),
                line_contact_company_no VARCHAR(20),
                line_interaction_date DATE,
                line_time_of_interaction TIME,
                line_description VARCHAR(100),
                line_salesperson_code VARCHAR(20),
                line_interaction_template_code VARCHAR(20),
                line_interaction_group_code VARCHAR(20),
                line_information_flow SMALLINT DEFAULT 0,
                line_initiated_by SMALLINT DEFAULT 0,
                line_campaign_no VARCHAR(20),
                line_campaign_target BOOLEAN DEFAULT FALSE,
                line_campaign_response BOOLEAN DEFAULT FALSE,
                line_send_word_docs_as_attachment BOOLEAN DEFAULT FALSE,
                line_correspondence_type SMALLINT DEFAULT 0,
                line_language_code VARCHAR(20),
                line_subject VARCHAR(100),
                line_evaluation SMALLINT DEFAULT 0,
                line_cost DECIMAL(20,5),
                line_duration INTEGER DEFAULT 0,
                line_attachment_no BIGINT,
                line_attachment_inherited BOOLEAN DEFAULT FALSE,
                line_word_template_no BIGINT,
                line_merged BOOLEAN DEFAULT FALSE,
                line_attempt_failed BOOLEAN DEFAULT FALSE,
                line_step_no INTEGER DEFAULT 0,
                line_step_kind SMALLINT DEFAULT 0,
                line_reused_logged_segment_entry_no BIGINT,
                PRIMARY KEY (entry_id),
                FOREIGN KEY (segment_no) REFERENCES segment_header (segment_no) ON DELETE CASCADE)""",
            """
            CREATE TABLE saved_criteria (
                code VARCHAR(20) NOT NULL,
                description VARCHAR(100),
                row_version INTEGER NOT NULL DEFAULT 1,
                PRIMARY KEY (code))""",
            """
            CREATE TABLE saved_criteria_line (
                criteria_code VARCHAR(20) NOT NULL,
                seq INTEGER NOT NULL,
                step_no INTEGER NOT NULL DEFAULT 0,
                action SMALLINT NOT NULL DEFAULT 0,
                kind SMALLINT NOT NULL DEFAULT 0,
                allow_existing_contacts BOOLEAN NOT NULL DEFAULT FALSE,
                expand_companies BOOLEAN NOT NULL DEFAULT FALSE,
                allow_related_companies BOOLEAN NOT NULL DEFAULT FALSE,
                ignore_exclusion BOOLEAN NOT NULL DEFAULT FALSE,
                entire_companies BOOLEAN NOT NULL DEFAULT FALSE,
                logged_segment_entry_no BIGINT,
                description VARCHAR(100),
                PRIMARY KEY (criteria_code, seq),
                FOREIGN KEY (criteria_code) REFERENCES saved_criteria (code) ON DELETE CASCADE)""",
            """
            CREATE TABLE saved_criteria_filter (
                criteria_code VARCHAR(20) NOT NULL,
                line_seq INTEGER NOT NULL,
                seq INTEGER NOT NULL,
                source VARCHAR(50) NOT NULL,
                field VARCHAR(80) NOT NULL,
                expression VARCHAR(2000) NOT NULL,
                PRIMARY KEY (criteria_code, line_seq, seq),
                FOREIGN KEY (criteria_code, line_seq) REFERENCES saved_criteria_line (criteria_code, seq) ON DELETE CASCADE)""",
            """
            CREATE TABLE logged_segment (
                entry_no BIGINT NOT NULL DEFAULT 0,
                segment_no VARCHAR(20),
                description VARCHAR(100),
                creation_date DATE,
                user_id VARCHAR(50),
                canceled BOOLEAN NOT NULL DEFAULT FALSE,
                row_version INTEGER NOT NULL DEFAULT 1,
                PRIMARY KEY (entry_no))""",
            """
            CREATE TABLE interaction_log_entry (
                entry_no BIGINT NOT NULL DEFAULT 0,
                contact_no VARCHAR(20),
                contact_company_no VARCHAR(20),
                interaction_date DATE,
                time_of_interaction TIME,
                description VARCHAR(100),
                information_flow SMALLINT NOT NULL DEFAULT 0,
                initiated_by SMALLINT NOT NULL DEFAULT 0,
                attachment_no BIGINT,
                cost DECIMAL(20,5),
                duration INTEGER NOT NULL DEFAULT 0,
                user_id VARCHAR(50),
                interaction_group_code VARCHAR(20),
                interaction_template_code VARCHAR(20),
                campaign_no VARCHAR(20),
                campaign_entry_no BIGINT,
                campaign_response BOOLEAN NOT NULL DEFAULT FALSE,
                campaign_target BOOLEAN NOT NULL DEFAULT FALSE,
                segment_no VARCHAR(20),
                evaluation SMALLINT NOT NULL DEFAULT 0,
                attempt_failed BOOLEAN NOT NULL DEFAULT FALSE,
                salesperson_code VARCHAR(20),
                delivery_status SMALLINT NOT NULL DEFAULT 0,
                canceled BOOLEAN NOT NULL DEFAULT FALSE,
                correspondence_type SMALLINT NOT NULL DEFAULT 0,
                logged_segment_entry_no BIGINT,
                send_word_docs_as_attachment BOOLEAN NOT NULL DEFAULT FALSE,
                interaction_language_code VARCHAR(20),
                subject VARCHAR(100),
                word_template_no BIGINT,
                merged BOOLEAN NOT NULL DEFAULT FALSE,
                contact_via VARCHAR(100),
                postponed BOOLEAN NOT NULL DEFAULT FALSE,
                document_type VARCHAR(20),
                document_no VARCHAR(20),
                opportunity_no VARCHAR(20),
                task_no VARCHAR(20),
                row_version INTEGER NOT NULL DEFAULT 1,
                PRIMARY KEY (entry_no))""",
            """
            CREATE TABLE number_series (
                code VARCHAR(20) NOT NULL,
                description VARCHAR(100),
                starting_no VARCHAR(20),
                last_no_used VARCHAR(20),
                row_version INTEGER NOT NULL DEFAULT 1,
                PRIMARY KEY (code))""",
            """
            CREATE TABLE entry_counter (
                counter_name VARCHAR(50) NOT NULL,
                last_value BIGINT NOT NULL DEFAULT 0,
                PRIMARY KEY (counter_name))""",
            """
            CREATE INDEX contact_by_type ON contact (contact_type, contact_no)""",
            """
            CREATE INDEX contact_by_company ON contact (company_no, contact_type)""",
            """
            CREATE INDEX contact_by_post_code ON contact (post_code)""",
            """
            CREATE INDEX contact_by_city ON contact (city)""",
            """
            CREATE INDEX contact_by_country ON contact (country_region_code)""",
            """
            CREATE INDEX contact_by_salesperson ON contact (salesperson_code)""",
            """
            CREATE INDEX contact_by_search_name ON contact (search_name)""",
            """
            CREATE UNIQUE INDEX contact_mailing_group_by_code ON contact_mailing_group (mailing_group_code, contact_no)""",
            """
            CREATE UNIQUE INDEX contact_industry_group_by_code ON contact_industry_group (industry_group_code, contact_no)""",
            """
            CREATE UNIQUE INDEX contact_job_resp_by_code ON contact_job_responsibility (job_responsibility_code, contact_no)""",
            """
            CREATE UNIQUE INDEX contact_profile_answer_by_answer ON contact_profile_answer (profile_questionnaire_code, answer_line_no, contact_no)""",
            """
            CREATE INDEX template_language_by_code ON interaction_template_language (template_code, language_code)""",
            """
            CREATE INDEX segment_line_by_contact ON segment_line (segment_no, contact_no)""",
            """
            CREATE INDEX segment_history_by_step ON segment_history (segment_no, step_no, entry_id)""",
            """
            CREATE INDEX log_entry_by_contact ON interaction_log_entry (contact_no, interaction_date)""",
            """
            CREATE INDEX log_entry_by_company ON interaction_log_entry (contact_company_no, interaction_date)""",
            """
            CREATE INDEX log_entry_by_segment ON interaction_log_entry (segment_no)""",
            """
            CREATE INDEX log_entry_by_logged_segment ON interaction_log_entry (logged_segment_entry_no)""",
            """
            CREATE INDEX log_entry_by_date ON interaction_log_entry (interaction_date)""",
            """
            CREATE INDEX log_entry_by_template ON interaction_log_entry (interaction_template_code)""",
            """
            CREATE INDEX log_entry_by_salesperson ON interaction_log_entry (salesperson_code)""",
            """
            CREATE INDEX log_entry_by_campaign ON interaction_log_entry (campaign_no)""",
            """
            INSERT INTO entry_counter (counter_name, last_value) VALUES ('attachment', 0), ('logged_segment', 0), ('interaction_log_entry', 0)"""));

    /** Migration 2: the number series for segment Nos. that a new database starts with. */
    static final Migration V2 = new Migration(2, "Default number series SEGMENT (SEG00001)", List.of("""
            INSERT INTO number_series (code, description, starting_no, last_no_used)
            SELECT 'SEGMENT', 'Segments', 'SEG00001', CAST(NULL AS VARCHAR(20)) FROM sysibm.sysdummy1
            WHERE NOT EXISTS (SELECT 1 FROM number_series WHERE code = 'SEGMENT')"""));

    /**
     * Migration 3: criteria steps can be undone and redone; an undone step is kept, marked, until a new step
     * replaces it. History entries are looked up by step and action.
     */
    static final Migration V3 = new Migration(3, "Undone criteria steps, for redo", List.of(
            """
            ALTER TABLE segment_criteria_line ADD COLUMN undone BOOLEAN NOT NULL DEFAULT FALSE""",
            """
            ALTER TABLE saved_criteria_line ADD COLUMN undone BOOLEAN NOT NULL DEFAULT FALSE""",
            """
            CREATE INDEX segment_history_by_action ON segment_history (segment_no, step_no, action)""",
            """
            CREATE INDEX segment_line_by_step ON segment_line (segment_no, step_no)"""));

    /**
     * Migration 4: the contact service's likely-duplicate check finds contacts by e-mail address ignoring case
     * (a generated upper-case copy, indexed), and a contact's delete finds its open segment lines by contact alone.
     */
    static final Migration V4 = new Migration(4, "E-mail lookup ignoring case; segment lines by contact", List.of(
            """
            ALTER TABLE contact ADD COLUMN email_key VARCHAR(80) GENERATED ALWAYS AS (UPPER(email))""",
            """
            CREATE INDEX contact_by_email_key ON contact (email_key)""",
            """
            CREATE INDEX segment_line_by_contact_no ON segment_line (contact_no)"""));

    /**
     * Migration 5: contact notes (kept by imports instead of dropped), and the name key an import matches duplicates
     * by, indexed so that matching a file's rows costs a few index probes per batch instead of reading every contact:
     * name and company name in upper case, computed by the database (the e-mail key is migration 4's).
     */
    static final Migration V5 = new Migration(5, "Contact notes; indexed name key for import matching", List.of(
            """
            ALTER TABLE contact ADD COLUMN notes VARCHAR(4000)""",
            """
            ALTER TABLE contact ADD COLUMN name_key VARCHAR(201)
                GENERATED ALWAYS AS (UPPER(name) || '|' || UPPER(COALESCE(company_name, '')))""",
            """
            CREATE INDEX contact_by_name_key ON contact (name_key)"""));

    /**
     * Migration 6: a segment line's personal note (merges into the PersonalNote field; kept in the undo history's
     * line snapshot too), and the field mapping the user chose for a Word main document, kept with the document.
     */
    static final Migration V6 = new Migration(6, "Personal note of a segment line; field mapping of a Word document", List.of(
            """
            ALTER TABLE segment_line ADD COLUMN personal_note VARCHAR(4000)""",
            """
            ALTER TABLE segment_history ADD COLUMN line_personal_note VARCHAR(4000)""",
            """
            ALTER TABLE attachment ADD COLUMN field_mapping VARCHAR(8000)"""));

    /**
     * Migration 7: a change stamp per event topic, counted up after each commit that announces a change on it, so
     * that views in team mode notice other users' changes with one cheap query.
     */
    static final Migration V7 = new Migration(7, "Change stamps per event topic", List.of(
            """
            CREATE TABLE change_stamp (
                topic VARCHAR(100) NOT NULL,
                stamp BIGINT NOT NULL,
                changed_at TIMESTAMP,
                PRIMARY KEY (topic))"""));

    /**
     * Migration 8: the outbox of delivery. One row per interaction log entry logged with Send (Email, Hard Copy):
     * state 0 pending, 1 sending, 2 sent, 3 failed, 4 uncertain, 5 skipped (the order of {@code OutboxState}); the
     * Message-ID is fixed when a run claims the entry. The database's identity (part of every Message-ID) is made on
     * first use.
     */
    static final Migration V8 = new Migration(8, "Outbox of delivery, database identity", List.of(
            """
            CREATE TABLE outbox (
                entry_no BIGINT NOT NULL,
                logged_segment_entry_no BIGINT,
                channel SMALLINT NOT NULL,
                state SMALLINT NOT NULL DEFAULT 0,
                message_id VARCHAR(250),
                attempts INTEGER NOT NULL DEFAULT 0,
                owner VARCHAR(100),
                reason VARCHAR(1000),
                changed TIMESTAMP NOT NULL,
                PRIMARY KEY (entry_no))""",
            """
            CREATE INDEX outbox_by_state ON outbox (state, entry_no)""",
            """
            CREATE INDEX outbox_by_logged_segment ON outbox (logged_segment_entry_no, state)""",
            """
            CREATE TABLE database_identity (
                id_value VARCHAR(64) NOT NULL,
                PRIMARY KEY (id_value))"""));

    /**
     * Migration 9: the contacts a segment step skips (Exclude from Segment or Privacy Blocked, about 3 % of them)
     * are found by an index of their own, so that an Add counts what it skipped without evaluating its filters over
     * every candidate a second time.
     */
    static final Migration V9 = new Migration(9, "Contacts skipped by segment steps, indexed", List.of(
            """
            ALTER TABLE contact ADD COLUMN segment_blocked SMALLINT GENERATED ALWAYS AS
                (CASE WHEN exclude_from_segment OR privacy_blocked THEN 1 ELSE 0 END)""",
            """
            CREATE INDEX contact_by_segment_blocked ON contact (segment_blocked, contact_no)"""));

    /**
     * Filters of criteria steps and saved criteria hold up to 32,672 characters (Derby's widest VARCHAR): a step
     * that adds contacts by hand records their Nos. as one filter ({@code CT000001|CT000002|...}), which passed the
     * old 2,000 characters at about 220 contacts.
     */
    static final Migration V10 = new Migration(10, "Criteria filters up to 32,672 characters", List.of(
            "ALTER TABLE segment_criteria_filter ALTER COLUMN expression SET DATA TYPE VARCHAR(32672)",
            "ALTER TABLE saved_criteria_filter ALTER COLUMN expression SET DATA TYPE VARCHAR(32672)"));

    /**
     * Migration 11: a line that a Reduce, Refine or manual removal takes out of its segment stays in the table, marked
     * with that step's No. in {@code removed_step} (0: in the segment), instead of being copied into the undo history
     * and deleted; the undo of an Add marks the lines it made with the Add's step No. Undo and redo flip the marks
     * ({@code undone_removal_step} remembers, for redo, which undone removal a line came back from). The shown lines
     * of a segment are read by {@code (segment_no, removed_step, line_no)}; the segment-membership probe keeps its
     * index covering by carrying the mark.
     */
    static final Migration V11 = new Migration(11, "Removed segment lines marked with their step, not copied", List.of(
            """
            ALTER TABLE segment_line ADD COLUMN removed_step INTEGER NOT NULL DEFAULT 0""",
            """
            ALTER TABLE segment_line ADD COLUMN undone_removal_step INTEGER""",
            """
            DROP INDEX segment_line_by_contact""",
            """
            CREATE INDEX segment_line_by_contact ON segment_line (segment_no, contact_no, removed_step)""",
            """
            CREATE INDEX segment_line_shown ON segment_line (segment_no, removed_step, line_no)""",
            """
            CREATE INDEX segment_line_by_undone_removal ON segment_line (segment_no, undone_removal_step)"""));

    /**
     * Migration 12: the versions of plug-ins' own tables ({@code org.segmenta.core.store.StoreExtension}), one row per
     * extension id and applied migration, as {@code segmenta_schema} has for Segmenta's own.
     */
    static final Migration V12 = new Migration(12, "Schema versions of plug-ins' own tables", List.of(
            """
            CREATE TABLE segmenta_extension_schema (
                extension_id VARCHAR(128) NOT NULL,
                version INTEGER NOT NULL,
                description VARCHAR(200) NOT NULL,
                applied_at TIMESTAMP NOT NULL,
                applied_by VARCHAR(128),
                PRIMARY KEY (extension_id, version))"""));

    /**
     * Migration 13: row locks stay row locks. Derby escalates a transaction's row locks on a table to a table lock
     * above {@code derby.locks.escalationThreshold} (default 5,000 rows), and the optimizer picks table locking for a
     * statement it expects to touch more rows than that: a Log or an Add of a few thousand lines then locked whole
     * tables and blocked every other user's work on other segments. The threshold is raised to 500,000 (a lock costs
     * about 100 bytes of the server's memory while the unit runs). Deadlocks are detected after 5 s instead of 20 s
     * (the store runs the victim's unit of work again), and a lock wait gives up after 30 s instead of 60 s.
     * Database properties, so that every server and program that opens the database works the same.
     */
    static final Migration V13 = new Migration(13, "Row locks for normal sizes; quicker deadlock detection", List.of(
            "CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.locks.escalationThreshold', '500000')",
            "CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.locks.deadlockTimeout', '5')",
            "CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.locks.waitTimeout', '30')"));

    /**
     * Migration 14: no ON DELETE CASCADE. Derby runs a cascade's deletes in the child tables under table locks: a Log
     * or a deleted segment (cascading to its lines, history, criteria and languages) locked those whole tables, and
     * another user's step on another segment deadlocked with it (TeamStressTest found it); a deleted contact did the
     * same to the contact's child tables. Each of Segmenta's fifteen cascading foreign keys (all of migration 1)
     * becomes a plain one on the same columns under a name of ours ({@code <child table>_fk}); the store deletes the
     * child rows itself, grandchildren first, each with a statement on the root's key that reaches only those rows
     * through an index ({@code Rows.deleteDescendants}, {@code SegmentRepo}). Plug-ins' tables are left as they are.
     */
    static final Migration V14 = new Migration(14, "Foreign keys without ON DELETE CASCADE (row locks only)", List.of(),
            Migrations::dropCascades);

    /**
     * Migration 15: logged segments by segment No. Log first asks whether the segment was logged before
     * ({@code LoggedSegmentRepo.loggedEntryOf}: the lowest entry No. of the segment's logged segments); without an index
     * that read every logged segment for each Log, growing with the history of all segments ever logged.
     */
    static final Migration V15 = new Migration(15, "Logged segments by segment No.", List.of(
            """
            CREATE INDEX logged_segment_by_segment ON logged_segment (segment_no, entry_no)"""));

    /**
     * Migration 16: the undo of a Reduce, Refine or manual removal keeps the Nos. of the lines it puts back, for their
     * redo, in one row per undone step ({@code segment_undone_removal}, a {@link LineSets} encoding) instead of in a
     * column of each line ({@code undone_removal_step}, migration 11, with an index of its own): the undo now changes
     * only the two indexes that carry {@code removed_step} per line, not a third, and every line written to the table
     * has one index fewer to go into. The marks of steps undone when the database is upgraded move into the new table,
     * then the column and its index go. The store deletes a segment's rows with the segment (no foreign key, as
     * migration 14).
     */
    static final Migration V16 = new Migration(16, "Lines of undone removal steps kept per step, not per line", List.of(
            """
            CREATE TABLE segment_undone_removal (
                segment_no VARCHAR(20) NOT NULL,
                step_no INTEGER NOT NULL,
                line_nos BLOB NOT NULL,
                PRIMARY KEY (segment_no, step_no))"""), Migrations::moveUndoneRemovals);

    /**
     * Migration 17: the segment-membership index {@code segment_line_by_contact} is on {@code (segment_no, contact_no)}
     * without {@code removed_step} (migration 11 had added it). A Reduce's or Refine's mark, the undo of either or of an
     * Add and a redo change {@code removed_step}: each such line changed two indexes, now one (the shown-lines index).
     * At 1,000,000 contacts a Refine of 234,223 of 292,419 lines took 0.81-0.94x the CPU time of the plain DELETE of the
     * same lines with it, against about 1.0-1.2x before. The membership probe ("has this contact a shown line in this
     * segment") finds the contact's lines by the index and reads {@code removed_step} from each line found: nothing for
     * a contact that has no line in the segment (the most of an Add's candidates); Check before Log read the line
     * found already (its line No.).
     */
    static final Migration V17 = new Migration(17, "Segment membership index without the removal mark", List.of(
            """
            DROP INDEX segment_line_by_contact""",
            """
            CREATE INDEX segment_line_by_contact ON segment_line (segment_no, contact_no)"""));

    /** Migration 16's step: moves each undone removal step's marked lines into one row, then drops the marks. */
    static void moveUndoneRemovals(java.sql.Connection c) throws java.sql.SQLException {
        try (java.sql.Statement s = c.createStatement();
                java.sql.PreparedStatement ins = c.prepareStatement(
                        "INSERT INTO segment_undone_removal (segment_no, step_no, line_nos) VALUES (?, ?, ?)")) {
            try (java.sql.ResultSet rs = s.executeQuery("SELECT segment_no, undone_removal_step, line_no FROM segment_line"
                    + " WHERE undone_removal_step IS NOT NULL ORDER BY segment_no, undone_removal_step, line_no")) {
                String segment = null;
                int step = 0;
                int[] lines = new int[64];
                int n = 0;
                while (true) {
                    boolean more = rs.next();
                    if (segment != null && (!more || !segment.equals(rs.getString(1)) || step != rs.getInt(2))) {
                        ins.setString(1, segment);
                        ins.setInt(2, step);
                        ins.setBytes(3, LineSets.encode(java.util.Arrays.copyOf(lines, n)));
                        ins.executeUpdate();
                        n = 0;
                    }
                    if (!more) {
                        break;
                    }
                    segment = rs.getString(1);
                    step = rs.getInt(2);
                    if (n == lines.length) {
                        lines = java.util.Arrays.copyOf(lines, n * 2);
                    }
                    lines[n++] = rs.getInt(3);
                }
            }
            s.execute("DROP INDEX segment_line_by_undone_removal");
            s.execute("ALTER TABLE segment_line DROP COLUMN undone_removal_step");
        }
    }

    /** Segmenta's cascading foreign keys of migration 1: child table, its columns, parent table, parent columns. */
    static final List<String[]> CASCADING_KEYS = List.of(
            new String[] { "contact_mailing_group", "contact_no", "contact", "contact_no" },
            new String[] { "contact_industry_group", "contact_no", "contact", "contact_no" },
            new String[] { "contact_job_responsibility", "contact_no", "contact", "contact_no" },
            new String[] { "contact_profile_answer", "contact_no", "contact", "contact_no" },
            new String[] { "salutation_formula", "salutation_code", "salutation", "code" },
            new String[] { "profile_question", "questionnaire_code", "profile_questionnaire", "code" },
            new String[] { "profile_answer", "questionnaire_code, question_seq", "profile_question",
                    "questionnaire_code, seq" },
            new String[] { "interaction_template_language", "template_code", "interaction_template", "code" },
            new String[] { "segment_interaction_language", "segment_no", "segment_header", "segment_no" },
            new String[] { "segment_criteria_line", "segment_no", "segment_header", "segment_no" },
            new String[] { "segment_criteria_filter", "segment_no, line_seq", "segment_criteria_line", "segment_no, seq" },
            new String[] { "segment_line", "segment_no", "segment_header", "segment_no" },
            new String[] { "segment_history", "segment_no", "segment_header", "segment_no" },
            new String[] { "saved_criteria_line", "criteria_code", "saved_criteria", "code" },
            new String[] { "saved_criteria_filter", "criteria_code, line_seq", "saved_criteria_line",
                    "criteria_code, seq" });

    /**
     * Drops the cascading foreign keys of {@link #CASCADING_KEYS} (their names were chosen by Derby, so they are read
     * from the catalog) and adds plain ones on the same columns.
     */
    static void dropCascades(java.sql.Connection c) throws java.sql.SQLException {
        java.sql.DatabaseMetaData md = c.getMetaData();
        try (java.sql.Statement s = c.createStatement()) {
            for (String[] k : CASCADING_KEYS) {
                String table = k[0].toUpperCase(java.util.Locale.ROOT);
                java.util.Set<String> names = new java.util.LinkedHashSet<>();
                try (java.sql.ResultSet rs = md.getImportedKeys(null, Tables.SCHEMA, table)) {
                    while (rs.next()) {
                        if (rs.getShort("DELETE_RULE") == java.sql.DatabaseMetaData.importedKeyCascade
                                && rs.getString("PKTABLE_NAME").equalsIgnoreCase(k[2])) {
                            names.add(rs.getString("FK_NAME"));
                        }
                    }
                }
                for (String name : names) {
                    s.execute("ALTER TABLE " + k[0] + " DROP CONSTRAINT \"" + name + "\"");
                }
                s.execute("ALTER TABLE " + k[0] + " ADD CONSTRAINT " + k[0] + "_fk FOREIGN KEY (" + k[1]
                        + ") REFERENCES " + k[2] + " (" + k[3] + ")");
            }
        }
    }

    /** Every migration, in order of version. */
    static final List<Migration> ALL = List.of(V1, V2, V3, V4, V5, V6, V7, V8, V9, V10, V11, V12, V13, V14, V15, V16, V17);

    /** @return the schema version this program writes and reads */
    static int latest() {
        return ALL.get(ALL.size() - 1).version();
    }
}
