// SPDX-License-Identifier: Apache-2.0
package dev.atelier.io.bom;

import dev.atelier.domain.bom.Bom;
import dev.atelier.domain.bom.BomCalculator;
import dev.atelier.domain.bom.BomItem;
import dev.atelier.domain.bom.Panel;
import dev.atelier.domain.bom.TextEntry;
import dev.atelier.domain.catalog.BomLine;
import dev.atelier.domain.catalog.LocalizedText;
import dev.atelier.domain.catalog.ProductKind;
import dev.atelier.fixtures.SampleProducts;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class BomCsvWriterTest {

    /** A strict RFC 4180 reader: records of fields; fails on malformed quoting. */
    static List<List<String>> parse(String csv, char sep) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        boolean quoted = false;
        while (i < csv.length()) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i += 2;
                    continue;
                }
                if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
                i++;
                continue;
            }
            if (c == '"') {
                if (field.length() != 0) {
                    throw new IllegalArgumentException("quote inside an unquoted field at " + i);
                }
                quoted = true;
            } else if (c == sep) {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else if (c == '\n' || c == '\r') {
                throw new IllegalArgumentException("bare line break at " + i);
            } else {
                field.append(c);
            }
            i++;
        }
        if (quoted || field.length() != 0 || !row.isEmpty()) {
            throw new IllegalArgumentException("the last record does not end with CRLF");
        }
        return rows;
    }

    static Bom tricky() {
        Panel p = new Panel("shelf; \"long\"", new BigDecimal("998.5"), new BigDecimal("580"), new BigDecimal("19"),
                "oak", LocalizedText.of("Oak", "Eiche"), 1, 0, 3, List.of("section[1]/shelf"));
        BomItem i = new BomItem("hinges", LocalizedText.of("Hinge,\nsoft close", "Scharnier"), BomLine.Kind.HARDWARE,
                new BigDecimal("20"), "pcs", "steel", LocalizedText.of("Steel", "Stahl"), List.of("a", "b"));
        TextEntry t = new TextEntry("monogram[1].initials", LocalizedText.of("Initials", "Initialen"), "J\"S");
        return new Bom("x", ProductKind.FURNITURE, List.of(p), List.of(i), List.of(), List.of(t), List.of());
    }

    @Test
    void quotesSeparatorsQuotesAndLineBreaksPerRfc4180() {
        String csv = new BomCsvWriter(BomCsvWriter.Dialect.RFC4180, Locale.ENGLISH).toCsv(tricky());

        List<List<String>> rows = parse(csv, ',');
        assertThat(rows).hasSize(4).allSatisfy(r -> assertThat(r).hasSize(14));
        assertThat(rows.get(0)).startsWith("Kind", "Id", "Name", "Quantity", "Unit", "Length (mm)");
        assertThat(rows.get(1)).containsExactly("panel", "", "shelf; \"long\"", "3", "pcs", "998.5", "580", "19",
                "oak", "Oak", "1", "0", "2.9955", "section[1]/shelf");
        assertThat(rows.get(2)).startsWith("hardware", "hinges", "Hinge,\nsoft close", "20", "pcs");
        assertThat(rows.get(3).get(13)).isEqualTo("J\"S");
        assertThat(csv).contains("\"Hinge,\nsoft close\"").contains("\"J\"\"S\"");
    }

    @Test
    void germanExcelDialectUsesSemicolonsDecimalCommaAndAByteOrderMark() throws Exception {
        BomCsvWriter writer = BomCsvWriter.forLocale(Locale.GERMAN);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(tricky(), out);
        byte[] bytes = out.toByteArray();

        assertThat(writer.dialect()).isEqualTo(BomCsvWriter.Dialect.EXCEL_DE);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<List<String>> rows = parse(csv, ';');
        assertThat(rows.get(0)).startsWith("Art", "Id", "Bezeichnung", "Menge", "Einheit", "Länge (mm)");
        assertThat(rows.get(1)).containsExactly("Platte", "", "shelf; \"long\"", "3", "pcs", "998,5", "580", "19",
                "oak", "Eiche", "1", "0", "2,9955", "section[1]/shelf");
        assertThat(rows.get(2).get(2)).isEqualTo("Scharnier");
    }

    @Test
    void exportsTheWholeBomOfAShirt() {
        Bom bom = new BomCalculator().bom(SampleProducts.configure(SampleProducts.shirtSpace(), Map.of()));

        List<List<String>> rows = parse(new BomCsvWriter(BomCsvWriter.Dialect.RFC4180, Locale.ENGLISH).toCsv(bom),
                ',');

        // default shirt: fabric-area = round((100 × 80 × 2.2 + 64 × 60) / 10000, 2) = 2.14 m² poplin, 10 buttons
        assertThat(rows).extracting(r -> r.get(0) + "|" + r.get(1) + "|" + r.get(3) + "|" + r.get(4))
                .containsExactly("Kind|Id|Quantity|Unit", "fabric|fabric|2.14|m2", "trim|buttons|10|pcs",
                        "measurement|neck|40|cm", "measurement|chest|100|cm", "measurement|sleeve|64|cm",
                        "measurement|length|80|cm");
    }
}
