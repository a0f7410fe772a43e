package org.segmenta.merge.word.internal;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import org.segmenta.core.merge.MergeRecord;

/** The state of merging one letter: the record cursor (NEXT moves it), SKIPIF's verdict, the clock. */
final class Ctx {
    static final MergeRecord NO_RECORD = new MergeRecord(null, null, null, Locale.ROOT);

    final List<MergeRecord> records;
    final int start;
    int pos;
    boolean skip;
    /** the SKIPIF field that dropped the letter, and the last NEXT/NEXTIF field that moved on; for the report */
    Field skipField;
    Field nextField;
    final LocalDateTime now;
    final int letterNo;

    Ctx(List<MergeRecord> records, int start, LocalDateTime now, int letterNo) {
        this.records = records;
        this.start = start;
        this.pos = start;
        this.now = now;
        this.letterNo = letterNo;
    }

    MergeRecord rec() {
        return pos < records.size() ? records.get(pos) : NO_RECORD;
    }

    void next(Field f) {
        pos++;
        nextField = f;
    }
}
