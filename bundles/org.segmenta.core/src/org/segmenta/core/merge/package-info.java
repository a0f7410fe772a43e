/**
 * The Word merge API: what Segmenta offers a main document (the {@link org.segmenta.core.merge.MergeKey merge
 * data keys}), one contact's data ({@link org.segmenta.core.merge.MergeRecord}), how a document's merge fields
 * map to that data ({@link org.segmenta.core.merge.FieldMapping}) and the {@link
 * org.segmenta.core.merge.MergeService} that inspects main documents and writes merged letters. The merge
 * bundle implements the service; the interactions service builds the records from segment lines.
 * <p>
 * Reference design: Dynamics NAV 2017 / Business Central Relationship Management, the legacy attachment
 * merge field set (codeunit 5069 Word Template Interactions, {@code GetDataSource}).
 */
package org.segmenta.core.merge;
