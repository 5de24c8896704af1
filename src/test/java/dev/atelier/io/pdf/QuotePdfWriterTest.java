// SPDX-License-Identifier: Apache-2.0
package dev.atelier.io.pdf;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import dev.atelier.domain.configuration.Configuration;
import dev.atelier.domain.configuration.ProductSpace;
import dev.atelier.domain.pricing.PriceBreakdown;
import dev.atelier.domain.pricing.Pricer;
import dev.atelier.fixtures.SampleProducts;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static dev.atelier.fixtures.SampleProducts.DAY;
import static dev.atelier.fixtures.SampleProducts.EUR_GROSS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuotePdfWriterTest {

    static final CompanyProfile COMPANY = new CompanyProfile("Möbelhaus Atelier GmbH",
            List.of("Werkstraße 5", "80331 München"), "+49 89 123456", "info@atelier.example", "DE123456789");
    static final Customer CUSTOMER = new Customer("Erika Mustermann", List.of("Heidestraße 17", "51147 Köln"),
            "erika@example.org");

    final QuotePdfWriter writer = new QuotePdfWriter();
    final Pricer pricer = new Pricer();
    final ProductSpace wardrobe = SampleProducts.wardrobeSpace();

    QuoteDocument quote(Configuration c, Customer customer, Locale locale) {
        PriceBreakdown price = pricer.price(c, EUR_GROSS, DAY);
        return new QuoteDocument(COMPANY, customer, c, price, "K7M-3QX", DAY, DAY.plusDays(30), null, locale);
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replace('\u00A0', ' ').replace('\u202F', ' ');
        }
    }

    static String decodeQr(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(doc.getNumberOfPages() - 1, 150,
                    ImageType.RGB);
            int[] rgb = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
            BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(page.getWidth(), page.getHeight(), rgb)));
            Result r = new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
            return r.getText();
        }
    }

    @Test
    void englishQuoteShowsLinesTotalsCodeAndAQrCodeThatDecodesToTheDesignUri() throws Exception {
        Configuration c = SampleProducts.configure(wardrobe, Map.of("finish", "oak"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(quote(c, CUSTOMER, Locale.ENGLISH), out);

        String text = text(out.toByteArray());
        // 400 + 360 + 150 = 910; oak 15 % = 136.50; gross 1046.50, net 879.41, VAT 167.09
        assertThat(text).contains("Quote", "Möbelhaus Atelier GmbH", "Erika Mustermann", "Heidestraße 17",
                "Wardrobe frame", "€400.00", "Section — Section 1", "€360.00", "Hinged door — Section 1",
                "Oak finish (15%)", "€136.50", "Net total", "€879.41", "VAT 19%", "€167.09",
                "Total incl. VAT", "€1,046.50", "Valid until: July 2, 2025", "K7M-3QX",
                "atelier:design/K7M-3QX", "Picture not available", "Your configuration", "Finish", "Oak",
                "Height", "2,000 mm", "Section (number)", "Page 1 of 1");
        assertThat(decodeQr(out.toByteArray())).isEqualTo("atelier:design/K7M-3QX");
    }

    @Test
    void germanQuoteUsesGermanTextsLabelsAndNumberFormats() throws Exception {
        Configuration c = SampleProducts.configure(wardrobe, Map.of("finish", "oak"));
        byte[] pdf = writer.toBytes(quote(c, CUSTOMER, Locale.GERMAN), null);

        String text = text(pdf);
        assertThat(text).contains("Angebot", "Erstellt für", "Korpus", "400,00 €", "Segment — Segment 1",
                "Drehtür — Segment 1", "Eiche-Oberfläche (15 %)", "136,50 €", "Nettobetrag", "879,41 €",
                "MwSt. 19 %", "167,09 €", "Gesamtbetrag inkl. MwSt.", "1.046,50 €", "Gültig bis: 2. Juli 2025",
                "K7M-3QX", "Bild nicht verfügbar", "Ihre Konfiguration", "Oberfläche", "Eiche", "Höhe",
                "2.000 mm", "Seite 1 von 1");
        assertThat(text).doesNotContain("Picture not available", "Total incl. VAT");
        assertThat(decodeQr(pdf)).isEqualTo("atelier:design/K7M-3QX");
    }

    @Test
    void kioskQuoteWithoutCustomerAndWithAPicture() throws Exception {
        BufferedImage img = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(0xB5, 0x8A, 0x5A));
        g.fillRect(0, 0, 320, 240);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(img, "png", png);
        Configuration c = SampleProducts.configure(wardrobe, Map.of());

        byte[] pdf = writer.toBytes(quote(c, null, Locale.ENGLISH), png.toByteArray());

        String text = text(pdf);
        assertThat(text).doesNotContain("Prepared for", "Picture not available").contains("€910.00");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDPage page = doc.getPage(0);
            List<PDImageXObject> images = new ArrayList<>();
            for (var name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof PDImageXObject x) {
                    images.add(x);
                }
            }
            assertThat(images).singleElement().satisfies(x -> assertThat(x.getWidth()).isEqualTo(320));
        }
    }

    @Test
    void longBreakdownContinuesOnMorePagesWithEveryLineAndEmbeddedFonts() throws Exception {
        Configuration c = SampleProducts.largestWardrobe(wardrobe);
        PriceBreakdown price = pricer.price(c, EUR_GROSS, DAY);
        byte[] pdf = writer.toBytes(new QuoteDocument(COMPANY, CUSTOMER, c, price, "ABC-123", DAY, DAY.plusDays(14),
                "Delivery in 6 weeks.", Locale.ENGLISH), null);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont f = page.getResources().getFont(name);
                    assertThat(f.isEmbedded()).as(f.getName()).isTrue();
                }
            }
        }
        String text = text(pdf);
        assertThat(price.lines()).hasSize(32);
        assertThat(text).contains("Drawer — Section 4 › Insert 5, quantity discount 10%", "€81.00",
                "Shelf — Section 3 › Insert 2", "Delivery in 6 weeks.", "Page 2 of");
        // every line's amount is printed: 12 drawers at €81.00
        assertThat(text.split("€81\\.00", -1)).hasSize(13);
        // gross = (400 + 200 + 4 × 600 + 4 × 150 + 8 × 35 + 12 × 81 + 4 × 45) × 1.15 = 5032 × 1.15
        assertThat(text).contains("€754.80", "€5,786.80", "Section 2 › Insert 6 Type: Hanging rail");
        assertThat(decodeQr(pdf)).isEqualTo("atelier:design/ABC-123");
    }

    @Test
    void refusesBadDesignCodesAndValidity() {
        Configuration c = SampleProducts.configure(wardrobe, Map.of());
        PriceBreakdown price = pricer.price(c, EUR_GROSS, DAY);
        assertThatThrownBy(() -> new QuoteDocument(COMPANY, null, c, price, "k7m 3qx", DAY, DAY, null,
                Locale.ENGLISH)).hasMessageContaining("design code");
        assertThatThrownBy(() -> new QuoteDocument(COMPANY, null, c, price, "K7M-3QX", DAY, DAY.minusDays(1), null,
                Locale.ENGLISH)).hasMessageContaining("before its date");
        assertThat(LocalDate.of(2025, 7, 2)).isEqualTo(DAY.plusDays(30));
    }
}
