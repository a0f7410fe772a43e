package org.segmenta.core.merge;

import java.nio.file.Path;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Word mail merge: inspect main documents (.docx, .dotx made with Word's Mailings tab), propose how their merge
 * fields map to Segmenta's merge data, and merge records into letters. Implemented by the
 * {@code org.segmenta.merge.word} bundle as an OSGi service.
 * <p>
 * Reference design: Dynamics NAV 2017 / Business Central Relationship Management (Word merge of a segment, one
 * document per line or one combined document; per-contact personalisation stored as the line's own
 * attachment). Field semantics are Word's (MERGEFIELD switches, IF, NEXT/NEXTIF/SKIPIF, ADDRESSBLOCK,
 * GREETINGLINE).
 */
@ProviderType
public interface MergeService {

    /**
     * Reads a main document and lists its fields, proposes a mapping (exact names, synonyms in the usual
     * languages, the document's ODSO field map) and reports problems (unmapped fields, unsupported fields).
     *
     * @param file a .docx, .dotx or .docm file
     * @return what was found
     * @throws MergeException when the file is missing, is not a Word document, is a binary .doc, is encrypted or
     *                        corrupt; the message names the file and says how to fix it. A document without
     *                        fields is no error: {@link MainDocument#problems()} warns about it.
     */
    MainDocument inspect(Path file) throws MergeException;

    /**
     * Reads and compiles a main document for merging with a mapping.
     *
     * @param file    the main document
     * @param mapping the mapping (usually {@link MainDocument#mapping()}, edited by the user); fields it lacks are
     *                matched as {@link #inspect} would
     * @return the prepared merge
     * @throws MergeException as for {@link #inspect}
     */
    PreparedMerge prepare(Path file, FieldMapping mapping) throws MergeException;

    /**
     * Takes back one contact's letter after the user edited it (personalisation): checks that it is still a
     * Word document without merge fields or data-source links, and returns the bytes to store as that line's
     * own document, with any mail-merge settings Word added again removed.
     *
     * @param fileName the name of the edited file, for messages
     * @param edited   its bytes
     * @return the bytes to store
     * @throws MergeException when the bytes are not a Word document (e.g. saved as .doc or PDF), or still hold
     *                        merge fields
     */
    byte[] personalise(String fileName, byte[] edited) throws MergeException;

    /**
     * @return the fields plug-ins add to the merge data ({@link MergeFieldProvider} services registered now), each
     *         once, in the order of their providers; what Match Fields offers after Segmenta's own {@link MergeKey}s
     */
    default java.util.List<MergeFieldProvider.Field> pluginFields() {
        return java.util.List.of();
    }

    /**
     * Maps a document's field to the Segmenta merge field a user typed (Match Fields' cell takes a typed name as well
     * as a choice from its list). The text is read as a field name of a document would be, ignoring case, spaces and
     * underscores: a key's caption ({@code first name}) or name ({@code FIRST_NAME}), a synonym in the usual languages
     * ({@code Vorname}, {@code Nachname}), or a plug-in field's name, caption or synonym. A blank text leaves the field
     * unmapped.
     *
     * @param mapping the mapping so far
     * @param fieldName the document's field to map
     * @param typed what the user typed
     * @return the mapping with the field mapped to what the text names (reason {@link FieldMapping.Reason#USER})
     * @throws IllegalArgumentException when the text names no merge field; the message quotes it and says how to
     *             choose one, in the user's language (nothing is changed). One rule for the window's Match Fields and
     *             the document's own matching: the implementation reads the text with the matcher it uses for a
     *             document's field names.
     * @since 1.1
     */
    FieldMapping mapTyped(FieldMapping mapping, String fieldName, String typed);
}
