package org.segmenta.merge.word.internal;

/**
 * The place of one top-level field in a compiled part: the field, and the markup that closes and reopens the
 * surrounding paragraph when the field's result holds a paragraph mark.
 *
 * @param field      the field
 * @param closePara  end tags from the run container up to and including {@code w:p}; {@code null} outside a paragraph
 * @param openPara   the start tags to reopen them (paragraph properties copied, section properties left out)
 * @param wp         the prefix of the WordprocessingML namespace with its colon, e.g. {@code "w:"}
 */
record Slot(Field field, String closePara, String openPara, String wp) {
}
