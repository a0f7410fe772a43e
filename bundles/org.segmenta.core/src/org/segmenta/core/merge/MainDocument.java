package org.segmenta.core.merge;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link MergeService#inspect} found in a main document.
 *
 * @param file     the file inspected
 * @param fields   every field found, in document order (nested fields after their outer field), one entry per
 *                 occurrence
 * @param mapping  the proposed mapping of the distinct MERGEFIELD names
 * @param problems what the user should know before merging: unmapped fields, unsupported fields, region markers
 */
public record MainDocument(Path file, List<FieldUse> fields, FieldMapping mapping, List<MergeProblem> problems) {

    /** Copies the lists. */
    public MainDocument {
        fields = List.copyOf(fields);
        problems = List.copyOf(problems);
    }

    /**
     * One field occurrence.
     *
     * @param type        the field type, upper case: {@code MERGEFIELD}, {@code IF}, {@code NEXT}, {@code NEXTIF},
     *                    {@code SKIPIF}, {@code ADDRESSBLOCK}, {@code GREETINGLINE}, {@code DATE}, or another
     *                    Word field type
     * @param name        the merge field name for MERGEFIELD (quotes removed), else {@code ""}
     * @param instruction the whole field code as written (nested fields shown as <code>{...}</code>)
     * @param part        the package part it sits in, e.g. {@code /word/header2.xml}
     */
    public record FieldUse(String type, String name, String instruction, String part) {
    }
}
