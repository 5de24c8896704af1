// SPDX-License-Identifier: Apache-2.0
package dev.atelier.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.preview.ProductPreview;
import dev.atelier.ui.kiosk.KioskView;
import java.io.IOException;
import java.net.URL;
import java.util.List;
import javafx.css.CssParser;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/**
 * The build writes each stylesheet in JavaFX's binary form beside it (maven-antrun-plugin, decision 0011); JavaFX
 * prefers the .bss, so a missing or stale one would mean parsing at start-up or styles that differ from the .css.
 */
class BinaryStylesheetsTest {

    private static final List<String> SHEETS = List.of(
            "/dev/atelier/ui/common/atelier.css", "/dev/atelier/ui/kiosk/kiosk.css",
            "/dev/atelier/ui/kiosk/controls/option-tile.css", "/dev/atelier/ui/kiosk/controls/value-stepper.css",
            "/dev/atelier/preview/product-preview.css");

    @Test
    void everyStylesheetHasABinaryTwinWithTheSameRules() throws IOException {
        assertThat(KioskView.class.getResource("kiosk.css")).isNotNull();
        assertThat(ProductPreview.class.getResource("product-preview.css")).isNotNull();
        for (String sheet : SHEETS) {
            URL css = BinaryStylesheetsTest.class.getResource(sheet);
            URL bss = BinaryStylesheetsTest.class.getResource(sheet.replace(".css", ".bss"));
            assertThat(css).as(sheet).isNotNull();
            assertThat(bss).as(sheet + " in binary form (mvn process-classes writes it)").isNotNull();
            Stylesheet parsed = new CssParser().parse(css);
            Stylesheet binary = Stylesheet.loadBinary(bss);
            assertThat(binary).as(sheet).isNotNull();
            assertThat(binary.getRules()).as(sheet).hasSameSizeAs(parsed.getRules());
            for (int i = 0; i < parsed.getRules().size(); i++) {
                assertThat(binary.getRules().get(i).getSelectors().toString()).as(sheet + " rule " + i)
                        .isEqualTo(parsed.getRules().get(i).getSelectors().toString());
                assertThat(binary.getRules().get(i).getDeclarations()).as(sheet + " rule " + i)
                        .hasSameSizeAs(parsed.getRules().get(i).getDeclarations());
            }
        }
    }
}
