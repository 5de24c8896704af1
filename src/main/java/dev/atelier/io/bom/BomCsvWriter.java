// SPDX-License-Identifier: Apache-2.0
package dev.atelier.io.bom;

import dev.atelier.domain.bom.Bom;
import dev.atelier.domain.bom.BomItem;
import dev.atelier.domain.bom.Measurement;
import dev.atelier.domain.bom.Panel;
import dev.atelier.domain.bom.TextEntry;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Writes a {@link Bom} as one CSV table (RFC 4180: a header row, CRLF line ends, fields with the separator, a
 * quote or a line break quoted with {@code "}, quotes doubled), UTF-8.
 * <p>
 * Columns: kind, id, name, quantity, unit, length/width/thickness (mm), material id, material, banded long and
 * short edges, edge banding (m), note. Rows: the cut list (kind panel; quantity = count; note = where the panels
 * come from), then hardware, fabric and trim items, then the measurement sheet (quantity = the value) and free
 * texts (note = the text). Headers, kinds and labels are in the writer's language.
 * <p>
 * <b>Dialect decision.</b> Excel opens a CSV with the list separator of the system's region: {@code ;} in
 * Germany (where {@code ,} is the decimal mark), {@code ,} in English regions. Hence two dialects:
 * {@link Dialect#EXCEL_DE} ({@code ;}, decimal comma, a UTF-8 byte-order mark so Excel reads umlauts) and
 * {@link Dialect#RFC4180} ({@code ,}, decimal point, no byte-order mark; for scripts and English Excel).
 * {@link #forLocale(Locale)} picks EXCEL_DE for German and RFC4180 otherwise. Numbers never carry thousands
 * separators.
 */
public final class BomCsvWriter {

    /** Separator, decimal mark and byte-order mark. */
    public enum Dialect {
        /** {@code ;}, decimal comma, UTF-8 byte-order mark: opens directly in German Excel. */
        EXCEL_DE(';', ',', true),
        /** {@code ,}, decimal point, no byte-order mark: plain RFC 4180. */
        RFC4180(',', '.', false);

        final char separator;
        final char decimalMark;
        final boolean byteOrderMark;

        Dialect(char separator, char decimalMark, boolean byteOrderMark) {
            this.separator = separator;
            this.decimalMark = decimalMark;
            this.byteOrderMark = byteOrderMark;
        }

        /** The field separator. */
        public char separator() {
            return separator;
        }
    }

    private final Dialect dialect;
    private final Locale locale;
    private final ResourceBundle messages;

    /** A writer of {@code dialect} with headers, kinds and labels in {@code locale}'s language. */
    public BomCsvWriter(Dialect dialect, Locale locale) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.locale = Objects.requireNonNull(locale, "locale");
        this.messages = ResourceBundle.getBundle("dev.atelier.io.bom.bom", locale);
    }

    /** German → {@link Dialect#EXCEL_DE}, anything else → {@link Dialect#RFC4180}; labels in that language. */
    public static BomCsvWriter forLocale(Locale locale) {
        return new BomCsvWriter(locale.getLanguage().equals("de") ? Dialect.EXCEL_DE : Dialect.RFC4180, locale);
    }

    /** This writer's dialect. */
    public Dialect dialect() {
        return dialect;
    }

    /** Writes the CSV (with the dialect's byte-order mark, if any) as UTF-8; does not close the stream. */
    public void write(Bom bom, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        if (dialect.byteOrderMark) {
            w.write('\uFEFF');
        }
        write(bom, w);
        w.flush();
    }

    /** The CSV text (without a byte-order mark). */
    public String toCsv(Bom bom) {
        StringWriter w = new StringWriter();
        try {
            write(bom, w);
        } catch (IOException e) {
            throw new IllegalStateException("a StringWriter does not fail", e);
        }
        return w.toString();
    }

    private void write(Bom bom, Writer w) throws IOException {
        row(w, List.of(m("column.kind"), m("column.id"), m("column.name"), m("column.quantity"), m("column.unit"),
                m("column.length"), m("column.width"), m("column.thickness"), m("column.materialId"),
                m("column.material"), m("column.edgesLong"), m("column.edgesShort"), m("column.edgeBanding"),
                m("column.note")));
        for (Panel p : bom.panels()) {
            row(w, List.of(m("kind.panel"), "", p.name(), Integer.toString(p.count()), "pcs", num(p.length()),
                    num(p.width()), num(p.thickness()), nz(p.material()), p.materialLabel().get(locale),
                    Integer.toString(p.edgesLong()), Integer.toString(p.edgesShort()), num(p.edgeBandingM()),
                    String.join(" ", p.sources())));
        }
        for (BomItem i : bom.items()) {
            row(w, List.of(m("kind." + i.kind().name().toLowerCase(Locale.ROOT)), i.id(), i.label().get(locale),
                    num(i.quantity()), i.unit(), "", "", "", nz(i.material()), i.materialLabel().get(locale), "", "",
                    "", String.join(" ", i.sources())));
        }
        for (Measurement ms : bom.measurements()) {
            row(w, List.of(m("kind.measurement"), ms.variableId(), ms.label().get(locale), num(ms.value()),
                    ms.unit(), "", "", "", "", "", "", "", "", ""));
        }
        for (TextEntry t : bom.texts()) {
            row(w, List.of(m("kind.text"), t.id(), t.label().get(locale), "", "", "", "", "", "", "", "", "", "",
                    t.text()));
        }
    }

    private String m(String key) {
        return messages.getString(key);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private String num(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        String s = v.scale() < 0 ? v.setScale(0).toPlainString() : v.toPlainString();
        return dialect.decimalMark == '.' ? s : s.replace('.', dialect.decimalMark);
    }

    private void row(Writer w, List<String> fields) throws IOException {
        List<String> out = new ArrayList<>(fields.size());
        for (String f : fields) {
            out.add(quote(f));
        }
        w.write(String.join(String.valueOf(dialect.separator), out));
        w.write("\r\n");
    }

    /** RFC 4180 quoting: fields with the separator, a quote, CR or LF are enclosed in quotes, quotes doubled. */
    String quote(String field) {
        boolean needs = field.indexOf(dialect.separator) >= 0 || field.indexOf('"') >= 0
                || field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0;
        return needs ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
