// SPDX-License-Identifier: Apache-2.0
package dev.atelier.io.pdf;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import dev.atelier.domain.catalog.Component;
import dev.atelier.domain.catalog.Option;
import dev.atelier.domain.catalog.OptionGroup;
import dev.atelier.domain.catalog.Parameter;
import dev.atelier.domain.catalog.Product;
import dev.atelier.domain.catalog.TextField;
import dev.atelier.domain.configuration.Configuration;
import dev.atelier.domain.configuration.InstanceScopes;
import dev.atelier.domain.configuration.ProductSpace;
import dev.atelier.domain.pricing.Money;
import dev.atelier.domain.pricing.PriceBreakdown;
import dev.atelier.domain.pricing.PriceLine;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Writes a customer quote as a PDF (A4, fonts embedded): company header, customer (if any), the product's picture
 * (or an empty frame saying so), the configuration by component, the price breakdown (continued over pages as
 * needed, header repeated), net / tax / gross, validity, terms, and the design code with a QR code.
 * <p>
 * <b>Design URI.</b> The QR code encodes {@link #designUri(String)}: {@code atelier:design/<CODE>}, e.g.
 * {@code atelier:design/K7M-3QX}: an opaque URI in an application scheme, so a scanner at any kiosk or sales
 * counter can open the saved design (the scheme is not bound to one host or store). The code is printed beside
 * it for typing.
 * <p>
 * Texts come from the resource bundle {@code dev/atelier/io/pdf/quote} (English, German) and catalog labels in the
 * quote's language; money, numbers and dates are formatted for the quote's locale. Fonts: DejaVu Sans and Sans
 * Bold (Bitstream Vera licence, see {@code fonts/LICENSE-DejaVu.txt}), embedded as subsets; characters they lack
 * print as {@code ?}.
 * <p>
 * A writer holds the font files in memory and can be shared; each call builds its own document.
 */
public final class QuotePdfWriter {

    /** URI scheme of design codes in QR codes. */
    public static final String URI_PREFIX = "atelier:design/";

    private static final String FONT_DIR = "/dev/atelier/io/pdf/fonts/";
    private static final float MARGIN = 50;
    private static final float FOOTER = 36;
    private static final float BODY = 9.5f;
    private static final float SMALL = 8f;
    private static final float LEADING = 1.3f;
    private static final Color GREY = new Color(0x66, 0x66, 0x66);
    private static final Color RULE = new Color(0xBB, 0xBB, 0xBB);
    private static final float PICTURE_W = 200;
    private static final float PICTURE_H = 150;
    private static final float QR_SIZE = 90;
    private static final float QR_TEXT_WIDTH = 120;

    private final byte[] regularFont;
    private final byte[] boldFont;

    /** A writer with the bundled fonts loaded. */
    public QuotePdfWriter() {
        this.regularFont = resource(FONT_DIR + "DejaVuSans.ttf");
        this.boldFont = resource(FONT_DIR + "DejaVuSans-Bold.ttf");
    }

    private static byte[] resource(String path) {
        try (InputStream in = QuotePdfWriter.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("font " + path + " is missing from the application");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + path, e);
        }
    }

    /** The URI a quote's QR code encodes: {@code atelier:design/K7M-3QX}. */
    public static String designUri(String designCode) {
        return URI_PREFIX + designCode;
    }

    /** Writes the quote without a picture (the picture frame says "Picture not available"). */
    public void write(QuoteDocument quote, OutputStream out) throws IOException {
        write(quote, (doc) -> null, out);
    }

    /**
     * Writes the quote with a picture given as PNG (or JPEG) bytes; null means no picture.
     *
     * @throws IOException if the bytes are not a readable image, or writing fails
     */
    public void write(QuoteDocument quote, byte[] picture, OutputStream out) throws IOException {
        write(quote, doc -> picture == null ? null : PDImageXObject.createFromByteArray(doc, picture, "picture"),
                out);
    }

    /** Writes the quote with a picture; null means no picture. */
    public void write(QuoteDocument quote, BufferedImage picture, OutputStream out) throws IOException {
        write(quote, doc -> picture == null ? null : LosslessFactory.createFromImage(doc, picture), out);
    }

    /** The quote PDF as bytes (picture: PNG/JPEG bytes or null). */
    public byte[] toBytes(QuoteDocument quote, byte[] picture) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        write(quote, picture, out);
        return out.toByteArray();
    }

    /** Creates the picture inside a document. */
    private interface PictureSource {
        PDImageXObject create(PDDocument doc) throws IOException;
    }

    private void write(QuoteDocument quote, PictureSource picture, OutputStream out) throws IOException {
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(out, "out");
        try (PDDocument doc = new PDDocument()) {
            PDType0Font regular = PDType0Font.load(doc, new RandomAccessReadBuffer(regularFont), true, false);
            PDType0Font bold = PDType0Font.load(doc, new RandomAccessReadBuffer(boldFont), true, false);
            Layout layout = new Layout(doc, regular, bold, quote);
            layout.render(picture.create(doc));
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(layout.msg("title") + " " + quote.designCode());
            info.setAuthor(quote.company().name());
            info.setCreator("Atelier");
            doc.getDocumentCatalog().setLanguage(quote.locale().toLanguageTag());
            doc.save(out);
        }
    }

    // ---------------------------------------------------------------------------------------------- layout

    /** One document being laid out: pages, the current content stream and the cursor. */
    private static final class Layout {

        private final PDDocument doc;
        private final PDType0Font regular;
        private final PDType0Font bold;
        private final QuoteDocument quote;
        private final Locale locale;
        private final ResourceBundle messages;
        private final NumberFormat money;
        private final NumberFormat number;
        private final DateTimeFormatter dates;
        private final Map<PDType0Font, Map<Integer, Boolean>> glyphs = new HashMap<>();
        private final float width = PDRectangle.A4.getWidth();
        private final float height = PDRectangle.A4.getHeight();
        private final float right = width - MARGIN;
        private PDPageContentStream cs;
        private float y;
        private Runnable continuation;

        Layout(PDDocument doc, PDType0Font regular, PDType0Font bold, QuoteDocument quote) {
            this.doc = doc;
            this.regular = regular;
            this.bold = bold;
            this.quote = quote;
            this.locale = quote.locale();
            this.messages = ResourceBundle.getBundle("dev.atelier.io.pdf.quote", locale);
            this.money = moneyFormat(locale, quote.price().currency());
            this.number = NumberFormat.getNumberInstance(locale);
            this.number.setMaximumFractionDigits(3);
            this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        }

        /** The locale's currency format; for a code Java does not know, numbers followed by the code. */
        private static NumberFormat moneyFormat(Locale locale, String code) {
            Currency currency;
            try {
                currency = Currency.getInstance(code);
            } catch (IllegalArgumentException e) {
                currency = null;
            }
            int digits = currency == null || currency.getDefaultFractionDigits() < 0 ? 2
                    : currency.getDefaultFractionDigits();
            NumberFormat f;
            if (currency != null) {
                f = NumberFormat.getCurrencyInstance(locale);
                f.setCurrency(currency);
            } else {
                f = new java.text.DecimalFormat("#,##0.00 '" + code + "'",
                        java.text.DecimalFormatSymbols.getInstance(locale));
            }
            f.setMinimumFractionDigits(digits);
            f.setMaximumFractionDigits(Math.max(digits, 3));
            return f;
        }

        String msg(String key, Object... args) {
            String pattern = messages.getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        }

        void render(PDImageXObject picture) throws IOException {
            newPage();
            header();
            productAndPicture(picture);
            summary();
            priceTable();
            totals();
            terms();
            cs.close();
            footers();
        }

        // ------------------------------------------------------------------------------------ pages

        private void newPage() throws IOException {
            if (cs != null) {
                cs.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            cs = new PDPageContentStream(doc, page);
            y = height - MARGIN;
        }

        /** Starts a new page unless {@code needed} points fit above the footer. */
        private void ensure(float needed) throws IOException {
            if (y - needed < MARGIN + FOOTER) {
                newPage();
                if (continuation != null) {
                    continuation.run();
                }
            }
        }

        private void footers() throws IOException {
            int n = doc.getNumberOfPages();
            for (int i = 0; i < n; i++) {
                try (PDPageContentStream f = new PDPageContentStream(doc, doc.getPage(i),
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    PDPageContentStream saved = cs;
                    cs = f;
                    line(MARGIN, MARGIN + 14, right, MARGIN + 14, RULE);
                    text(regular, SMALL, MARGIN, MARGIN, quote.company().name() + " · " + msg("designCode") + " "
                            + quote.designCode(), GREY);
                    textRight(regular, SMALL, right, MARGIN, msg("page", i + 1, n), GREY);
                    cs = saved;
                }
            }
        }

        // ------------------------------------------------------------------------------------ sections

        private void header() throws IOException {
            CompanyProfile c = quote.company();
            float top = y;
            float ly = top - 15;
            text(bold, 15, MARGIN, ly, c.name(), Color.BLACK);
            ly -= 15;
            List<String> contact = new ArrayList<>(c.address());
            if (c.phone() != null) {
                contact.add(msg("phone") + " " + c.phone());
            }
            if (c.email() != null) {
                contact.add(msg("email") + " " + c.email());
            }
            if (c.taxId() != null) {
                contact.add(msg("taxId") + " " + c.taxId());
            }
            for (String s : contact) {
                text(regular, SMALL, MARGIN, ly, s, GREY);
                ly -= SMALL * LEADING;
            }
            float ry = top - 18;
            textRight(bold, 20, right, ry, msg("title"), Color.BLACK);
            ry -= 20;
            for (String[] kv : new String[][] {
                    {msg("date"), dates.format(quote.date())},
                    {msg("validUntil"), dates.format(quote.validUntil())},
                    {msg("designCode"), quote.designCode()}}) {
                textRight(regular, BODY, right, ry, kv[0] + ": " + kv[1], Color.BLACK);
                ry -= BODY * LEADING;
            }
            y = Math.min(ly, ry) - 8;
            line(MARGIN, y, right, y, RULE);
            y -= 18;
        }

        private void productAndPicture(PDImageXObject picture) throws IOException {
            float top = y;
            float px = right - PICTURE_W;
            float py = top - PICTURE_H;
            cs.setStrokingColor(RULE);
            cs.setLineWidth(0.5f);
            cs.addRect(px, py, PICTURE_W, PICTURE_H);
            cs.stroke();
            if (picture != null) {
                float pad = 4;
                float scale = Math.min((PICTURE_W - 2 * pad) / picture.getWidth(),
                        (PICTURE_H - 2 * pad) / picture.getHeight());
                float w = picture.getWidth() * scale;
                float h = picture.getHeight() * scale;
                cs.drawImage(picture, px + (PICTURE_W - w) / 2, py + (PICTURE_H - h) / 2, w, h);
            } else {
                String s = msg("pictureUnavailable");
                float w = width(regular, BODY, s);
                text(regular, BODY, px + (PICTURE_W - w) / 2, py + PICTURE_H / 2 - BODY / 3, s, GREY);
            }
            float colWidth = px - MARGIN - 16;
            Product product = quote.configuration().product();
            float ly = top - 14;
            for (String s : wrap(bold, 14, product.label().get(locale), colWidth)) {
                text(bold, 14, MARGIN, ly, s, Color.BLACK);
                ly -= 14 * LEADING;
            }
            for (String s : wrap(regular, BODY, product.description().get(locale), colWidth)) {
                text(regular, BODY, MARGIN, ly, s, GREY);
                ly -= BODY * LEADING;
            }
            Customer customer = quote.customer();
            if (customer != null) {
                ly -= 12;
                text(bold, BODY, MARGIN, ly, msg("customer"), Color.BLACK);
                ly -= BODY * LEADING;
                List<String> lines = new ArrayList<>();
                lines.add(customer.name());
                lines.addAll(customer.address());
                if (customer.email() != null) {
                    lines.add(customer.email());
                }
                for (String l : lines) {
                    for (String s : wrap(regular, BODY, l, colWidth)) {
                        text(regular, BODY, MARGIN, ly, s, Color.BLACK);
                        ly -= BODY * LEADING;
                    }
                }
            }
            y = Math.min(py, ly) - 20;
        }

        private void heading(String s) throws IOException {
            ensure(40);
            text(bold, 12, MARGIN, y, s, Color.BLACK);
            y -= 6;
            line(MARGIN, y, right, y, RULE);
            y -= 14;
        }

        private void summary() throws IOException {
            heading(msg("configuration"));
            Configuration config = quote.configuration();
            ProductSpace space = config.space();
            float labelX = MARGIN + 10;
            float valueX = MARGIN + 200;
            float valueWidth = right - valueX;
            for (ProductSpace.Instance inst : space.instances()) {
                if (InstanceScopes.presence(inst, config::lookup) != InstanceScopes.Presence.PRESENT) {
                    continue;
                }
                List<String[]> rows = rows(config, inst);
                if (rows.isEmpty()) {
                    continue;
                }
                String title = instanceTitle(inst);
                if (rows.size() == 1 && width(bold, BODY, title) < valueX - MARGIN - 10) {
                    // one fact (an insert's type): title and fact on one line keeps long configurations short
                    List<String> values = wrap(regular, BODY, rows.get(0)[0] + ": " + rows.get(0)[1], valueWidth);
                    ensure(values.size() * BODY * LEADING + 4);
                    text(bold, BODY, MARGIN, y, title, Color.BLACK);
                    for (String v : values) {
                        text(regular, BODY, valueX, y, v, Color.BLACK);
                        y -= BODY * LEADING;
                    }
                    y -= 4;
                    continue;
                }
                ensure(BODY * LEADING * 2 + 4);
                text(bold, BODY, MARGIN, y, title, Color.BLACK);
                y -= BODY * LEADING;
                for (String[] row : rows) {
                    List<String> values = wrap(regular, BODY, row[1], valueWidth);
                    ensure(values.size() * BODY * LEADING);
                    text(regular, BODY, labelX, y, row[0], GREY);
                    for (String v : values) {
                        text(regular, BODY, valueX, y, v, Color.BLACK);
                        y -= BODY * LEADING;
                    }
                }
                y -= 4;
            }
            y -= 10;
        }

        private String instanceTitle(ProductSpace.Instance inst) {
            if (inst.parent() == null) {
                return quote.configuration().product().label().get(locale);
            }
            return instancePath(inst);
        }

        /** {@code Section 2 › Insert 3}. */
        private String instancePath(ProductSpace.Instance inst) {
            List<String> parts = new ArrayList<>();
            for (ProductSpace.Instance i = inst; i != null && i.parent() != null; i = i.parent()) {
                String label = i.component().label().get(locale);
                parts.add(0, i.index() > 0 ? label + " " + i.index() : label);
            }
            return String.join(" › ", parts);
        }

        /** Label/value rows of one instance: choices, measures, texts, counts of repeated children. */
        private List<String[]> rows(Configuration config, ProductSpace.Instance inst) {
            List<String[]> rows = new ArrayList<>();
            Component c = inst.component();
            String prefix = inst.prefix();
            for (OptionGroup g : c.groups()) {
                if (g.kind() == OptionGroup.Kind.ONE) {
                    String v = config.lookup(prefix + g.id());
                    if (v != null && !v.equals(ProductSpace.NA)) {
                        rows.add(new String[] {g.label().get(locale),
                                g.option(v).map(o -> o.label().get(locale)).orElse(v)});
                    }
                } else {
                    List<String> chosen = new ArrayList<>();
                    for (Option o : g.options()) {
                        if (ProductSpace.YES.equals(config.lookup(prefix + g.id() + "." + o.id()))) {
                            chosen.add(o.label().get(locale));
                        }
                    }
                    if (!chosen.isEmpty()) {
                        rows.add(new String[] {g.label().get(locale), String.join(", ", chosen)});
                    }
                }
            }
            for (Parameter p : c.parameters()) {
                String v = config.lookup(prefix + p.id());
                if (v != null && !v.equals(ProductSpace.NA)) {
                    rows.add(new String[] {p.label().get(locale), number.format(new BigDecimal(v)) + " " + p.unit()});
                }
            }
            for (TextField t : c.texts()) {
                String v = config.texts().get(prefix + t.id());
                if (v != null && !v.isEmpty()) {
                    rows.add(new String[] {t.label().get(locale), v});
                }
            }
            for (Component child : c.children()) {
                if (child.isRepeated()) {
                    String v = config.lookup(inst.countId(child));
                    if (v != null && !v.equals(ProductSpace.NA)) {
                        rows.add(new String[] {msg("count", child.label().get(locale)), v});
                    }
                }
            }
            return rows;
        }

        private float qtyRight() {
            return right - 190;
        }

        private float unitRight() {
            return right - 95;
        }

        private void tableHeader() {
            try {
                text(bold, BODY, MARGIN, y, msg("column.description"), Color.BLACK);
                textRight(bold, BODY, qtyRight(), y, msg("column.quantity"), Color.BLACK);
                textRight(bold, BODY, unitRight(), y, msg("column.unitPrice"), Color.BLACK);
                textRight(bold, BODY, right, y, msg("column.amount"), Color.BLACK);
                y -= 5;
                line(MARGIN, y, right, y, RULE);
                y -= BODY * LEADING + 1;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void priceTable() throws IOException {
            heading(msg("price"));
            ensure(BODY * LEADING * 3);
            y -= 2;
            tableHeader();
            continuation = this::tableHeader;
            float descWidth = qtyRight() - 50 - MARGIN;
            ProductSpace space = quote.configuration().space();
            for (PriceLine l : quote.price().lines()) {
                List<String> desc = wrap(regular, BODY, description(l, space), descWidth);
                ensure(desc.size() * BODY * LEADING + 2);
                float rowY = y;
                text(regular, BODY, MARGIN, rowY, desc.get(0), Color.BLACK);
                textRight(regular, BODY, qtyRight(), rowY, l.kind() == PriceLine.Kind.PERCENT
                        && l.quantity().compareTo(BigDecimal.ONE) == 0 ? "" : number.format(l.quantity()),
                        Color.BLACK);
                textRight(regular, BODY, unitRight(), rowY, money(l.unitAmount()), Color.BLACK);
                textRight(regular, BODY, right, rowY, money(l.amount()), Color.BLACK);
                y -= BODY * LEADING;
                for (String s : desc.subList(1, desc.size())) {
                    text(regular, BODY, MARGIN, y, s, Color.BLACK);
                    y -= BODY * LEADING;
                }
                y -= 2;
            }
            continuation = null;
            line(MARGIN, y + BODY * LEADING - 4, right, y + BODY * LEADING - 4, RULE);
            y -= 6;
        }

        private String description(PriceLine l, ProductSpace space) {
            StringBuilder sb = new StringBuilder(l.label().get(locale));
            if (l.perInstance()) {
                space.instance(l.instancePath()).ifPresent(i -> sb.append(" — ").append(instancePath(i)));
            }
            if (l.percent() != null) {
                sb.append(" (").append(percent(l.percent())).append(')');
            }
            if (l.discounted()) {
                sb.append(", ").append(msg("quantityDiscount", percent(l.percentOff())));
            }
            return sb.toString();
        }

        private String percent(BigDecimal p) {
            NumberFormat f = NumberFormat.getPercentInstance(locale);
            f.setMaximumFractionDigits(2);
            return f.format(p.movePointLeft(2));
        }

        private String money(Money m) {
            return money.format(m.amount());
        }

        /** Totals on the right, the design code with its QR code on the left. */
        private void totals() throws IOException {
            PriceBreakdown p = quote.price();
            ensure(QR_SIZE + 24);
            float top = y + 4;
            float qrBottom = qrCode(top);
            float labelRight = unitRight();
            String[][] rows = {
                    {msg("net"), money(p.net())},
                    {msg("tax", percent(p.taxRate().movePointRight(2))), money(p.tax())}};
            for (String[] r : rows) {
                textRight(regular, BODY, labelRight, y, r[0], Color.BLACK);
                textRight(regular, BODY, right, y, r[1], Color.BLACK);
                y -= BODY * LEADING;
            }
            y -= 2;
            textRight(bold, 11, labelRight, y, msg("gross"), Color.BLACK);
            textRight(bold, 11, right, y, money(p.gross()), Color.BLACK);
            y -= 11 * LEADING + 2;
            textRight(regular, SMALL, right, y, msg(p.pricesIncludeTax() ? "pricesIncludeTax" : "pricesExcludeTax"),
                    GREY);
            y -= SMALL * LEADING;
            if (!p.isComplete()) {
                textRight(bold, SMALL, right, y, msg("incomplete"), Color.BLACK);
                y -= SMALL * LEADING;
            }
            y = Math.min(y, qrBottom) - 28;
        }

        private void terms() throws IOException {
            String terms = quote.terms() != null ? quote.terms() : msg("terms.default");
            heading(msg("terms"));
            for (String s : wrap(regular, BODY, terms, right - MARGIN)) {
                ensure(BODY * LEADING);
                text(regular, BODY, MARGIN, y, s, Color.BLACK);
                y -= BODY * LEADING;
            }
            y -= 16;
        }

        /** Draws the QR code and the design code from {@code top} down at the left; returns the lowest y used. */
        private float qrCode(float top) throws IOException {
            String uri = designUri(quote.designCode());
            BitMatrix m;
            try {
                m = new QRCodeWriter().encode(uri, BarcodeFormat.QR_CODE, 0, 0,
                        Map.of(EncodeHintType.MARGIN, 0, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
            } catch (WriterException e) {
                throw new IllegalStateException("cannot encode " + uri + " as a QR code", e);
            }
            float module = QR_SIZE / m.getWidth();
            float x0 = MARGIN + 4 * module; // quiet zone of 4 modules (the page margin is white too)
            top -= 4 * module;
            cs.setNonStrokingColor(Color.BLACK);
            for (int row = 0; row < m.getHeight(); row++) {
                int col = 0;
                while (col < m.getWidth()) {
                    if (!m.get(col, row)) {
                        col++;
                        continue;
                    }
                    int start = col;
                    while (col < m.getWidth() && m.get(col, row)) {
                        col++;
                    }
                    cs.addRect(x0 + start * module, top - (row + 1) * module, (col - start) * module, module);
                }
            }
            cs.fill();
            float tx = x0 + QR_SIZE + 4 * module;
            float textWidth = QR_TEXT_WIDTH;
            float ty = top - 8;
            text(regular, SMALL, tx, ty, msg("designCode"), GREY);
            ty -= 18;
            float codeSize = Math.min(16, 16 * textWidth / Math.max(1, width(bold, 16, quote.designCode())));
            text(bold, codeSize, tx, ty, quote.designCode(), Color.BLACK);
            ty -= 14;
            for (String s : wrap(regular, SMALL, msg("scan"), textWidth)) {
                text(regular, SMALL, tx, ty, s, GREY);
                ty -= SMALL * LEADING;
            }
            for (String s : wrap(regular, SMALL, uri, textWidth)) {
                text(regular, SMALL, tx, ty, s, Color.BLACK);
                ty -= SMALL * LEADING;
            }
            return Math.min(top - QR_SIZE, ty);
        }

        // ------------------------------------------------------------------------------------ drawing

        private void text(PDType0Font font, float size, float x, float yy, String s, Color color) throws IOException {
            cs.beginText();
            cs.setNonStrokingColor(color);
            cs.setFont(font, size);
            cs.newLineAtOffset(x, yy);
            cs.showText(safe(font, s));
            cs.endText();
        }

        private void textRight(PDType0Font font, float size, float xRight, float yy, String s, Color color)
                throws IOException {
            text(font, size, xRight - width(font, size, s), yy, s, color);
        }

        private void line(float x1, float y1, float x2, float y2, Color color) throws IOException {
            cs.setStrokingColor(color);
            cs.setLineWidth(0.5f);
            cs.moveTo(x1, y1);
            cs.lineTo(x2, y2);
            cs.stroke();
        }

        private float width(PDType0Font font, float size, String s) throws IOException {
            return font.getStringWidth(safe(font, s)) / 1000 * size;
        }

        /** The text with characters the font cannot show replaced by '?', tabs and line breaks by spaces. */
        private String safe(PDType0Font font, String s) throws IOException {
            Map<Integer, Boolean> known = glyphs.computeIfAbsent(font, f -> new HashMap<>());
            StringBuilder sb = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                i += Character.charCount(cp);
                if (Character.isWhitespace(cp) || Character.isISOControl(cp)) {
                    sb.append(' ');
                    continue;
                }
                Boolean ok = known.get(cp);
                if (ok == null) {
                    try {
                        font.encode(new String(Character.toChars(cp)));
                        ok = Boolean.TRUE;
                    } catch (IllegalArgumentException e) {
                        ok = Boolean.FALSE;
                    }
                    known.put(cp, ok);
                }
                if (ok) {
                    sb.appendCodePoint(cp);
                } else {
                    sb.append('?');
                }
            }
            return sb.toString();
        }

        /** Lines of at most {@code max} points: breaks at spaces and line breaks, splits over-long words. */
        private List<String> wrap(PDType0Font font, float size, String text, float max) throws IOException {
            List<String> lines = new ArrayList<>();
            for (String paragraph : text.split("\\R", -1)) {
                StringBuilder line = new StringBuilder();
                for (String word : paragraph.trim().split("\\s+")) {
                    if (word.isEmpty()) {
                        continue;
                    }
                    String candidate = line.length() == 0 ? word : line + " " + word;
                    if (width(font, size, candidate) <= max) {
                        line.setLength(0);
                        line.append(candidate);
                        continue;
                    }
                    if (line.length() > 0) {
                        lines.add(line.toString());
                        line.setLength(0);
                    }
                    while (width(font, size, word) > max && word.length() > 1) {
                        int cut = word.length() - 1;
                        while (cut > 1 && width(font, size, word.substring(0, cut)) > max) {
                            cut--;
                        }
                        lines.add(word.substring(0, cut));
                        word = word.substring(cut);
                    }
                    line.append(word);
                }
                lines.add(line.toString());
            }
            return lines;
        }
    }
}
