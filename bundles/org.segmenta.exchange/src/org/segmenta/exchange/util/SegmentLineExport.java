package org.segmenta.exchange.util;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongConsumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.segmenta.core.format.Formats;
import org.segmenta.core.store.Store;
import org.segmenta.exchange.SegmentLineRow;
import org.segmenta.exchange.internal.AtomicWrite;
import org.segmenta.model.Contact;
import org.segmenta.model.SegmentLine;
import org.segmenta.exchange.internal.Messages;

/**
 * Exports segment lines ({@link SegmentLineRow}) to CSV and to an Excel workbook (.xlsx). Both have one header row
 * with the {@link #COLUMNS} captions and one row per line, in the order given. Files are written to a temporary file
 * beside the target and moved into place when complete.
 */
public final class SegmentLineExport {

    /** A column: its caption and how to get the value from a row. */
    private record Column(String caption, Function<SegmentLineRow, Object> value) {
    }

    private static final List<Column> COLUMN_LIST = List.of(
            new Column("Segment No.", SegmentLineRow::segmentNo),
            new Column("Line No.", SegmentLineRow::lineNo),
            new Column("Contact No.", SegmentLineRow::contactNo),
            new Column("Contact Name", SegmentLineRow::contactName),
            new Column("Company No.", SegmentLineRow::companyNo),
            new Column("Company Name", SegmentLineRow::companyName),
            new Column("E-Mail", SegmentLineRow::email),
            new Column("Phone No.", SegmentLineRow::phoneNo),
            new Column("Correspondence Type", r -> r.correspondenceType() == null ? null
                    : r.correspondenceType().getLiteral()),
            new Column("Description", SegmentLineRow::description),
            new Column("Subject", SegmentLineRow::subject),
            new Column("Salesperson Code", SegmentLineRow::salespersonCode),
            new Column("Language Code", SegmentLineRow::languageCode),
            new Column("Date", SegmentLineRow::date),
            new Column("Provenance", SegmentLineRow::provenance));

    /** The column captions, in order: "Segment No.", "Line No.", "Contact No.", ..., "Provenance". */
    public static final List<String> COLUMNS = COLUMN_LIST.stream().map(Column::caption).toList();

    private SegmentLineExport() {
    }

    /**
     * Writes the rows as CSV: UTF-8 with a byte order mark (so that Excel reads the accents right), comma-separated,
     * CRLF line ends, fields quoted when they need it (RFC 4180), dates as ISO {@code yyyy-MM-dd}, correspondence
     * types by their names ("Email"); text cells that a spreadsheet would run as a formula are escaped
     * ({@link #csvCell(String)}).
     *
     * @param rows the rows, in output order
     * @param target the file to create or replace; its folder must exist
     * @throws IOException when the file cannot be written; an existing target is then left as it was
     */
    public static void writeCsv(List<SegmentLineRow> rows, Path target) throws IOException {
        writeCsv(rows::forEach, target);
    }

    /**
     * Writes rows as CSV ({@link #writeCsv(List, Path)}) as they come from a source, holding none of them.
     *
     * @param rows the rows, in output order
     * @param target the file to create or replace; its folder must exist
     * @return the number of rows written
     * @throws IOException when the file cannot be written; an existing target is then left as it was
     */
    public static long writeCsv(RowSource rows, Path target) throws IOException {
        long[] written = { 0 };
        AtomicWrite.write(target, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write('\uFEFF');
            CSVPrinter printer = new CSVPrinter(w, CSVFormat.RFC4180);
            printer.printRecord(COLUMNS);
            try {
                rows.forEach(row -> {
                List<Object> values = new ArrayList<>();
                for (Column c : COLUMN_LIST) {
                    Object v = c.value().apply(row);
                    values.add(v == null ? "" : v instanceof String text ? csvCell(text) : v.toString());
                }
                try {
                    printer.printRecord(values);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                written[0]++;
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            printer.flush();
        });
        return written[0];
    }

    /**
     * Escapes a text cell against formula injection (OWASP "CSV Injection"): a cell that Excel or LibreOffice would run
     * as a formula gets a leading apostrophe, which spreadsheets show as text and do not evaluate. Guarded: a cell that
     * begins with {@code =}, {@code @}, a tab or a carriage return, and one that begins with {@code +} or {@code -}
     * unless it is a number or a phone number (a digit next, then only digits, spaces and {@code ( ) . / -}, as in
     * {@code +45 70 10 20 31} or {@code -12.5}): such a cell has no function name, reference or operator other than
     * a minus, so a spreadsheet cannot run anything from it, and a phone number keeps its {@code +} without an
     * apostrophe the user would have to remove. {@code -2+3+cmd|' /C calc'!A0} is still guarded. The import strips
     * the guard again ({@link #unguard(String)}).
     *
     * @param value the cell's text, not {@code null}
     * @return the text to write
     */
    public static String csvCell(String value) {
        if (!value.isEmpty()) {
            char c = value.charAt(0);
            if (c == '=' || c == '@' || c == '\t' || c == '\r' || ((c == '+' || c == '-') && !NUMBER.matcher(value).matches())) {
                return "'" + value;
            }
        }
        return value;
    }

    /** A number or phone number: a sign, a digit, then only digits, spaces and ( ) . / - (no operator but minus). */
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[+-][0-9][0-9 ()./-]*");

    /**
     * Undoes {@link #csvCell(String)} for a cell read back from a CSV file (the import): an apostrophe before a
     * character that starts a formula ({@code = + - @}, a tab or a carriage return) is the guard and is removed; any
     * other apostrophe ({@code 'Tis}, {@code O'Brien}) is the cell's own.
     *
     * @param value a cell as read, or {@code null}
     * @return the cell without the guard
     */
    public static String unguard(String value) {
        if (value != null && value.length() > 1 && value.charAt(0) == '\'') {
            char c = value.charAt(1);
            if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
                return value.substring(1);
            }
        }
        return value;
    }

    /**
     * Writes the rows as an Excel workbook with one sheet: a bold, frozen header row; line numbers as numbers,
     * dates as Excel dates shown {@code yyyy-mm-dd}, everything else as text. Streams (keeps 200 rows in memory),
     * so segments of any size can be written.
     *
     * @param rows the rows, in output order
     * @param target the .xlsx file to create or replace; its folder must exist
     * @param sheetName the sheet's name, for example the segment No. (cut to Excel's 31 characters, and characters
     *            Excel does not allow in sheet names replaced by "_")
     * @throws IOException when the file cannot be written; an existing target is then left as it was
     */
    public static void writeXlsx(List<SegmentLineRow> rows, Path target, String sheetName) throws IOException {
        writeXlsx(rows::forEach, target, sheetName);
    }

    /**
     * Writes rows as an Excel workbook ({@link #writeXlsx(List, Path, String)}) as they come from a source: POI's
     * streaming workbook keeps 200 rows in memory and the rest in a temporary file.
     *
     * @param rows the rows, in output order
     * @param target the .xlsx file to create or replace; its folder must exist
     * @param sheetName the sheet's name
     * @return the number of rows written
     * @throws IOException when the file cannot be written; an existing target is then left as it was
     */
    public static long writeXlsx(RowSource rows, Path target, String sheetName) throws IOException {
        long[] written = { 0 };
        AtomicWrite.write(target, out -> {
            SXSSFWorkbook book = new SXSSFWorkbook(200);
            try {
                Sheet sheet = book.createSheet(safeSheetName(sheetName));
                Font bold = book.createFont();
                bold.setBold(true);
                CellStyle header = book.createCellStyle();
                header.setFont(bold);
                CellStyle date = book.createCellStyle();
                date.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
                int[] widths = new int[COLUMN_LIST.size()];
                Row head = sheet.createRow(0);
                for (int i = 0; i < COLUMN_LIST.size(); i++) {
                    Cell cell = head.createCell(i);
                    cell.setCellValue(COLUMNS.get(i));
                    cell.setCellStyle(header);
                    widths[i] = COLUMNS.get(i).length();
                }
                sheet.createFreezePane(0, 1);
                int[] r = { 1 };
                rows.forEach(row -> {
                    Row xrow = sheet.createRow(r[0]++);
                    for (int i = 0; i < COLUMN_LIST.size(); i++) {
                        Object v = COLUMN_LIST.get(i).value().apply(row);
                        if (v == null) {
                            continue;
                        }
                        Cell cell = xrow.createCell(i);
                        if (v instanceof Integer n) {
                            cell.setCellValue(n);
                        } else if (v instanceof LocalDate d) {
                            cell.setCellValue(d);
                            cell.setCellStyle(date);
                            widths[i] = Math.max(widths[i], 10);
                        } else {
                            cell.setCellValue(v.toString());
                            widths[i] = Math.max(widths[i], Math.min(60, v.toString().length()));
                        }
                    }
                    written[0]++;
                });
                for (int i = 0; i < widths.length; i++) {
                    sheet.setColumnWidth(i, (widths[i] + 2) * 256);
                }
                book.write(out);
            } finally {
                book.close();
                book.dispose();
            }
        });
        return written[0];
    }

    /** Rows one at a time, in output order, for the streaming writers. */
    @FunctionalInterface
    public interface RowSource {
        /**
         * @param row called once per row, in order; an {@link UncheckedIOException} it throws ends the writing
         * @throws IOException when the rows cannot be read
         */
        void forEach(Consumer<SegmentLineRow> row) throws IOException;
    }

    /** The file formats of {@link #export}. */
    public enum Format {
        /** CSV, UTF-8 with a byte order mark ({@link SegmentLineExport#writeCsv(RowSource, Path)}) */
        CSV,
        /** an Excel workbook ({@link SegmentLineExport#writeXlsx(RowSource, Path, String)}) */
        XLSX
    }

    /** Lines read at a time by {@link #rows}: a page and its contacts are all that is held. */
    public static final int PAGE = 1_000;

    /**
     * Reads a segment's lines as export rows, as a source for the writers: a page of {@value #PAGE} lines at a time
     * in line No. order, each page after the last line No. of the one before (keyset: every line is read once, where
     * an offset would read every line before the page again), with the page's contacts in one query per table. Only
     * one page is held at a time, so a segment of any size streams within a small heap.
     *
     * @param store the store
     * @param segmentNo the segment
     * @param progress told the number of rows read so far after each page (may be null)
     * @param canceled asked before each page; true ends the reading with an {@link java.util.concurrent.CancellationException}
     *            (may be null)
     * @return the source; each {@code forEach} reads the segment again
     */
    public static RowSource rows(Store store, String segmentNo, LongConsumer progress, BooleanSupplier canceled) {
        return sink -> {
            int after = 0;
            long read = 0;
            while (true) {
                if (canceled != null && canceled.getAsBoolean()) {
                    throw new java.util.concurrent.CancellationException(Formats.bind(Messages.SegmentLineExport_exportOfSegment,
                            
                            segmentNo));
                }
                int last = after;
                List<SegmentLineRow> page = store.read(s -> {
                    List<SegmentLine> lines = s.segmentLines().pageAfter(segmentNo, last, PAGE);
                    Map<String, Contact> contacts = s.contacts().getAll(lines.stream().map(SegmentLine::getContactNo)
                            .filter(java.util.Objects::nonNull).distinct().toList());
                    List<SegmentLineRow> rows = new ArrayList<>(lines.size());
                    for (SegmentLine l : lines) {
                        rows.add(SegmentLineRow.of(l, l.getContactNo() == null ? null : contacts.get(l.getContactNo())));
                    }
                    return rows;
                });
                for (SegmentLineRow row : page) {
                    sink.accept(row);
                }
                read += page.size();
                if (progress != null) {
                    progress.accept(read);
                }
                if (page.size() < PAGE) {
                    return;
                }
                after = page.get(page.size() - 1).lineNo();
            }
        };
    }

    /**
     * Exports a segment's lines to a file, streamed: what the window's Export wizard and {@code segmenta cli export}
     * both call. Reads through {@link #rows} and writes through {@link #writeCsv(RowSource, Path)} or
     * {@link #writeXlsx(RowSource, Path, String)} (sheet named after the segment); the heap holds one page of lines
     * and, for .xlsx, POI's 200-row window, whatever the segment's size.
     *
     * @param store the store
     * @param segmentNo the segment
     * @param format CSV or XLSX
     * @param target the file to create or replace; its folder must exist
     * @param progress told the rows read so far after each page (may be null)
     * @param canceled asked before each page (may be null); true stops the export and leaves no file
     * @return the number of lines written
     * @throws IOException when the file cannot be written; an existing target is then left as it was
     * @throws java.util.concurrent.CancellationException when canceled; no file is left
     */
    public static long export(Store store, String segmentNo, Format format, Path target, LongConsumer progress,
            BooleanSupplier canceled) throws IOException {
        RowSource rows = rows(store, segmentNo, progress, canceled);
        return format == Format.XLSX ? writeXlsx(rows, target, segmentNo) : writeCsv(rows, target);
    }

    private static String safeSheetName(String name) {
        String s = name == null || name.isBlank() ? "Segment" : name.replaceAll("[\\\\/?*\\[\\]:]", "_");
        if (s.startsWith("'")) {
            s = "_" + s.substring(1);
        }
        return s.length() > 31 ? s.substring(0, 31) : s;
    }
}
