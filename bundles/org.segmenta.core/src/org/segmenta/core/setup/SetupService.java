package org.segmenta.core.setup;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.osgi.annotation.versioning.ProviderType;
import org.segmenta.core.store.ReferenceRepository;
import org.segmenta.model.InteractionTemplate;

/**
 * Keeps the set-up tables ({@link SetupTable}): interaction templates with their languages and Word documents,
 * interaction groups, salespeople, languages, salutations with their formulas, mailing groups, industry groups, job
 * responsibilities, profile questionnaires with questions and answers, and campaigns. One service keyed by table,
 * typed through {@link SetupTable}'s type parameter. Each call is one unit of work. An OSGi service.
 * <p>
 * Rules on every create and change: codes (the key and every code field, for example an interaction template's
 * Interaction Group Code or a formula's Language Code) are stripped and upper-cased (the reference design's Code
 * fields); the model validator's rules ({@link org.segmenta.model.rules.SegmentaValidator}: required fields, no
 * negative cost or duration, one document per language row, a default language with a row, one formula per
 * language and type, a campaign ending after it starts); every code field names a stored row (an interaction
 * template's group, campaign and languages; a formula's language; a campaign's salesperson). A broken rule is a
 * {@link org.segmenta.core.store.ValidationException} whose messages name the field and how to fix it; nothing is
 * written. A delete of a row that other data uses is an {@link org.segmenta.core.store.InUseException} naming what
 * uses it.
 */
@ProviderType
public interface SetupService {

    /**
     * @param <T> the row type
     * @param table the table
     * @return every row with everything it contains, by key
     */
    <T extends EObject> List<T> list(SetupTable<T> table);

    /**
     * The rows a quick filter finds (the Setup part's filter field).
     *
     * @param <T> the row type
     * @param table the table
     * @param text rows whose key or one of whose text fields (name, description, ...) contains it, in any case
     *            ({@link org.segmenta.core.rules.QuickFilter}); blank for all
     * @return the matching rows with everything they contain, by key
     */
    <T extends EObject> List<T> list(SetupTable<T> table, String text);

    /**
     * The codes a code field accepts, with their names, for the window's choices (a content proposal or a combo beside
     * the field): for a Salesperson Code the salespeople that are not blocked, for a Language Code the languages, and
     * so on ({@link org.segmenta.core.rules.CodeCheck}).
     *
     * @param field a code field of any class (a header's, a line's, a contact's, a set-up row's)
     * @return the choices by code; empty when the field refers to no set-up table
     */
    List<org.segmenta.core.rules.CodeChoice> codeChoices(org.eclipse.emf.ecore.EAttribute field);

    /**
     * Checks one code as the services do when it is saved ({@link org.segmenta.core.rules.CodeCheck}), so that a
     * window can refuse it beside the field at once.
     *
     * @param field a code field
     * @param code the code as typed, any case; blank passes
     * @return what is wrong (which code, what exists, how to fix it), or empty when the code is fine
     */
    Optional<String> checkCode(org.eclipse.emf.ecore.EAttribute field, String code);

    /**
     * @param <T> the row type
     * @param table the table
     * @param key the key, any case
     * @return the row, or empty
     */
    <T extends EObject> Optional<T> get(SetupTable<T> table, String key);

    /**
     * Stores a new row.
     *
     * @param <T> the row type
     * @param table the table
     * @param row the row; for campaigns a blank No. takes the next No. of number series {@code CAMPAIGN}
     *            (CP00001, ...)
     * @return the stored row
     * @throws org.segmenta.core.store.ValidationException when a rule is broken (nothing stored)
     * @throws org.segmenta.core.store.DuplicateKeyException when the key exists
     */
    <T extends EObject> T create(SetupTable<T> table, T row);

    /**
     * Stores a changed row (everything it contains is replaced).
     *
     * @param <T> the row type
     * @param table the table
     * @param row the changed row, as read by {@link #get}
     * @return the stored row
     * @throws org.segmenta.core.store.ValidationException when a rule is broken (nothing stored)
     * @throws org.segmenta.core.store.NotFoundException when no row has its key
     */
    <T extends EObject> T change(SetupTable<T> table, T row);

    /**
     * Deletes a row with everything it contains (an interaction template's Word documents too).
     *
     * @param table the table
     * @param key the key, any case
     * @throws org.segmenta.core.store.NotFoundException when there is none
     * @throws org.segmenta.core.store.InUseException when other data uses it (the message names what)
     */
    void delete(SetupTable<?> table, String key);

    /**
     * @param table the table
     * @param key the key, any case
     * @return what uses the row: one entry per kind of use, with a count and a few examples; empty when unused
     */
    List<ReferenceRepository.Use> uses(SetupTable<?> table, String key);

    /**
     * Stores a Word document (.docx or .dotx with merge fields) as an interaction template's document for one
     * language: the language row's Word Template (its attachment, if any, is dropped, as a row has one or the
     * other). The row is created when the template has none for the language, and the language becomes the
     * template's default when it has none. A document the row had before is deleted.
     *
     * @param templateCode the interaction template
     * @param languageCode the language (a stored language), any case
     * @param fileName the document's file name, for example {@code letter.docx}
     * @param content the document's bytes (read to its end, not closed)
     * @return the changed template
     * @throws org.segmenta.core.store.NotFoundException when the template does not exist
     * @throws org.segmenta.core.store.ValidationException when the language does not exist or the file is not a
     *             Word document (.docx/.dotx/.docm/.dotm)
     */
    InteractionTemplate attachWordDocument(String templateCode, String languageCode, String fileName,
            InputStream content);

    /**
     * Removes an interaction template's document for one language (the row stays, without a document) and
     * deletes the stored document.
     *
     * @param templateCode the interaction template
     * @param languageCode the language
     * @return the changed template
     * @throws org.segmenta.core.store.NotFoundException when the template or its row for the language does not exist
     */
    InteractionTemplate removeDocument(String templateCode, String languageCode);
}
