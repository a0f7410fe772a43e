package org.segmenta.core.interaction;

import org.segmenta.core.merge.MainDocument;

/**
 * A Word main document stored in Segmenta (a template's own letter, or a document the user made a segment's), as
 * {@link InteractionService#inspectWordTemplate} found it.
 *
 * @param attachmentNo the attachment it is stored as
 * @param fileName     its file name, for example {@code Letter ENU.docx}
 * @param document     what inspecting it found; {@link MainDocument#file()} is a temporary copy (deleted when the
 *                     program exits) and {@link MainDocument#mapping()} already holds the mapping kept with the
 *                     document (the user's Match Fields choices win over the proposal)
 */
public record StoredDocument(long attachmentNo, String fileName, MainDocument document) {
}
