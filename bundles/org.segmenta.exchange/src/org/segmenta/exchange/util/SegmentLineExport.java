package org.segmenta.exchange.util;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.segmenta.exchange.SegmentLineRow;
import org.segmenta.exchange.internal.AtomicWrite;

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
        AtomicWrite.write(target, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write('\uFEFF');
            CSVPrinter printer = new CSVPrinter(w, CSVFormat.RFC4180);
            printer.printRecord(COLUMNS);
            for (SegmentLineRow row : rows) {
                List<Object> values = new ArrayList<>();
                for (Column c : COLUMN_LIST) {
                    Object v = c.value().apply(row);
                    values.add(v == null ? "" : v instanceof String text ? csvCell(text) : v.toString());
                }
                printer.printRecord(values);
            }
            printer.flush();
        });
    }

    /**
     * Escapes a text cell against formula injection (OWASP "CSV Injection"): a cell that begins with {@code =},
     * {@code +}, {@code -}, {@code @}, a tab or a carriage return would be run as a formula by Excel or LibreOffice,
     * so it gets a leading apostrophe, which spreadsheets show as text and do not evaluate. Other cells are left as
     * they are.
     *
     * @param value the cell's text, not {@code null}
     * @return the text to write
     */
    public static String csvCell(String value) {
        if (!value.isEmpty()) {
            char c = value.charAt(0);
            if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
                return "'" + value;
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
                int r = 1;
                for (SegmentLineRow row : rows) {
                    Row xrow = sheet.createRow(r++);
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
                }
                for (int i = 0; i < widths.length; i++) {
                    sheet.setColumnWidth(i, (widths[i] + 2) * 256);
                }
                book.write(out);
            } finally {
                book.close();
                book.dispose();
            }
        });
    }

    private static String safeSheetName(String name) {
        String s = name == null || name.isBlank() ? "Segment" : name.replaceAll("[\\\\/?*\\[\\]:]", "_");
        if (s.startsWith("'")) {
            s = "_" + s.substring(1);
        }
        return s.length() > 31 ? s.substring(0, 31) : s;
    }
}
