package org.segmenta.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.core.segment.StepRequest;
import org.segmenta.exchange.util.SegmentLineExport;
import org.segmenta.exchange.SegmentLineRow;
import org.segmenta.model.CriteriaAction;
import org.segmenta.testing.services.TestServices;

/**
 * A segment's export streams: the rows are read a page at a time by line No. (keyset) and written as they come, so
 * no list of all rows is ever held, and the file is complete. At a moderate size (5,000 lines, five pages).
 */
class StreamedExportTest {

    private static final int LINES = 5_000;

    @TempDir
    Path tmp;

    private TestServices services;
    private String segment;

    @BeforeEach
    void seed() {
        services = new TestServices(tmp.resolve("store")).seed(LINES);
        segment = services.segments().create("Everyone").getNo();
        services.segments().apply(segment, StepRequest.of(CriteriaAction.ADD));
        assertEquals(LINES, services.segments().lineCount(segment));
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void rowsArriveOneAtATimeAndTheOnesPassedAreNotHeld() throws IOException {
        List<WeakReference<SegmentLineRow>> passed = new ArrayList<>();
        List<Long> progress = new ArrayList<>();
        boolean[] firstRowHeldAtTheEnd = { true };
        int[] count = { 0 };
        int[] lastLineNo = { 0 };
        SegmentLineExport.rows(services.store(), segment, progress::add, null).forEach(row -> {
            assertTrue(row.lineNo() > lastLineNo[0], "rows in line No. order");
            lastLineNo[0] = row.lineNo();
            passed.add(new WeakReference<>(row));
            if (++count[0] == LINES) {
                // the last row: were the reader holding every row (a list of the segment), the first would still be
                // reachable here; a streaming reader holds only the last page
                System.gc();
                firstRowHeldAtTheEnd[0] = passed.get(0).get() != null;
            }
        });
        assertEquals(LINES, count[0]);
        assertFalse(firstRowHeldAtTheEnd[0], "the first row was still held when the last arrived");
        // a page of 1,000 at a time
        assertEquals(List.of(1000L, 2000L, 3000L, 4000L, 5000L, 5000L), progress);
    }

    @Test
    void theCsvAndTheWorkbookHoldEveryLineInOrder() throws IOException {
        Path csv = tmp.resolve("lines.csv");
        assertEquals(LINES, SegmentLineExport.export(services.store(), segment, SegmentLineExport.Format.CSV, csv, null, null));
        List<SegmentLineRow> expected = new ArrayList<>();
        SegmentLineExport.rows(services.store(), segment, null, null).forEach(expected::add);
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            assertEquals('\uFEFF', r.read());
            List<CSVRecord> records = CSVParser.parse(r, CSVFormat.RFC4180).getRecords();
            assertEquals(LINES + 1, records.size());
            assertEquals(SegmentLineExport.COLUMNS, records.get(0).toList());
            Iterator<SegmentLineRow> e = expected.iterator();
            for (CSVRecord rec : records.subList(1, records.size())) {
                SegmentLineRow row = e.next();
                assertEquals(segment, rec.get(0));
                assertEquals(String.valueOf(row.lineNo()), rec.get(1));
                assertEquals(row.contactNo(), rec.get(2));
                assertEquals(row.contactName(), rec.get(3));
            }
        }

        Path xlsx = tmp.resolve("lines.xlsx");
        assertEquals(LINES, SegmentLineExport.export(services.store(), segment, SegmentLineExport.Format.XLSX, xlsx, null, null));
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals(segment, sheet.getSheetName());
            assertEquals(LINES, sheet.getLastRowNum());
            for (int i : new int[] { 0, 1, LINES / 2, LINES - 1 }) {
                Row row = sheet.getRow(i + 1);
                assertEquals(expected.get(i).lineNo(), (int) row.getCell(1).getNumericCellValue());
                assertEquals(expected.get(i).contactNo(), row.getCell(2).getStringCellValue());
                assertEquals(expected.get(i).contactName(), row.getCell(3).getStringCellValue());
            }
        }
    }

    @Test
    void aCanceledExportLeavesNoFile() throws IOException {
        Path csv = tmp.resolve("canceled.csv");
        long[] seen = { 0 };
        assertThrows(CancellationException.class, () -> SegmentLineExport.export(services.store(), segment,
                SegmentLineExport.Format.CSV, csv, read -> seen[0] = read, () -> seen[0] >= 2000));
        assertEquals(2000, seen[0]);
        assertFalse(Files.exists(csv));
        try (var files = Files.list(tmp)) {
            assertEquals(List.of(), files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList());
        }
    }
}
