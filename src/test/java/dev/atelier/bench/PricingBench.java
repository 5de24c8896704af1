// SPDX-License-Identifier: Apache-2.0
package dev.atelier.bench;

import dev.atelier.domain.bom.Bom;
import dev.atelier.domain.bom.BomCalculator;
import dev.atelier.domain.catalog.Catalog;
import dev.atelier.domain.catalog.PriceList;
import dev.atelier.domain.configuration.Configuration;
import dev.atelier.domain.configuration.ProductSpace;
import dev.atelier.domain.pricing.PriceBreakdown;
import dev.atelier.domain.pricing.Pricer;
import dev.atelier.fixtures.SampleProducts;
import dev.atelier.io.catalog.JsonCatalogReader;
import dev.atelier.io.pdf.CompanyProfile;
import dev.atelier.io.pdf.Customer;
import dev.atelier.io.pdf.QuoteDocument;
import dev.atelier.io.pdf.QuotePdfWriter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Pricing, bill of materials and quote PDF of the largest wardrobe of {@code catalogs/wardrobes.json}: 4 frames
 * of 100 cm with 6 fittings each (every fitting type), pairs of doors, lighting, oak veneer. Targets: price + BOM
 * ≤ 1 ms per click, quote PDF ≤ 1 s.
 * <p>
 * Run from the project directory (the catalog is read from {@code catalogs/}):
 * {@code mvn -o -q -Pbench verify -DskipTests -Dbench.args=PricingBench} (forks, warm-up and measurement are set
 * by the annotations; the profile passes {@code bench.args} as one argument, so give only the regex there).
 * <p>
 * On a machine shared with other busy processes, wall-clock times mostly measure the wait for a core; {@link #main}
 * reports the CPU time the benchmark thread itself spends per operation:
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) dev.atelier.bench.PricingBench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PricingBench {

    static final LocalDate DAY = LocalDate.of(2025, 6, 2);

    Pricer pricer;
    BomCalculator bomCalculator;
    QuotePdfWriter pdfWriter;
    Configuration configuration;
    PriceList priceList;
    PriceBreakdown breakdown;
    QuoteDocument quote;
    byte[] picture;

    @Setup
    public void setUp() throws IOException {
        Path file = Path.of("catalogs", "wardrobes.json");
        if (!Files.exists(file)) {
            throw new IllegalStateException("run the benchmark from the project directory: " + file.toAbsolutePath()
                    + " is missing");
        }
        Catalog catalog = new JsonCatalogReader().read(file).orThrow();
        ProductSpace space = ProductSpace.of(catalog, catalog.product("wardrobe").orElseThrow());
        Map<String, String> v = new LinkedHashMap<>();
        v.put("door-system", "hinged");
        v.put("finish", "oak-veneer");
        v.put("handle", "bar");
        v.put("extras.lighting", "yes");
        v.put("extras.soft-close", "yes");
        v.put("wall-width", "400");
        v.put("section.count", "4");
        String[] types = {"rail", "shelf", "shelf", "drawer", "basket", "shoe-shelf"};
        for (int s = 1; s <= 4; s++) {
            v.put("section[" + s + "].width", "100");
            v.put("section[" + s + "].door", "pair");
            v.put("section[" + s + "].insert.count", "6");
            for (int i = 1; i <= 6; i++) {
                v.put("section[" + s + "].insert[" + i + "].type", types[i - 1]);
            }
        }
        configuration = SampleProducts.configure(space, v);
        priceList = catalog.priceList("eur-de").orElseThrow();
        pricer = new Pricer();
        bomCalculator = new BomCalculator();
        pdfWriter = new QuotePdfWriter();
        breakdown = pricer.price(configuration, priceList, DAY);
        quote = new QuoteDocument(new CompanyProfile("Möbelhaus Atelier GmbH", List.of("Werkstraße 5",
                "80331 München"), "+49 89 123456", "info@atelier.example", "DE123456789"),
                new Customer("Erika Mustermann", List.of("Heidestraße 17", "51147 Köln"), "erika@example.org"),
                configuration, breakdown, "K7M-3QX", DAY, DAY.plusDays(30), null, Locale.GERMAN);
        picture = picture();
    }

    /** An 800 × 600 PNG with smooth shading, like a 3D snapshot. */
    static byte[] picture() throws IOException {
        BufferedImage img = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 600; y++) {
            for (int x = 0; x < 800; x++) {
                int r = 180 + (x * 60 / 800);
                int g = 140 + (y * 80 / 600);
                int b = 90 + ((x ^ y) & 15);
                img.setRGB(x, y, (r << 16) | (g << 8) | b);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    /** CPU time of this thread per operation (µs; ms for the PDF), after warming up; robust to busy machines. */
    public static void main(String[] args) throws IOException {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        PricingBench b = new PricingBench();
        b.setUp();
        for (int round = 1; round <= 10; round++) {
            int n = 500;
            long c0 = mx.getCurrentThreadCpuTime();
            for (int i = 0; i < n; i++) {
                b.price();
            }
            long c1 = mx.getCurrentThreadCpuTime();
            for (int i = 0; i < n; i++) {
                b.bom();
            }
            long c2 = mx.getCurrentThreadCpuTime();
            System.out.printf("round %2d: price %6.1f us/op, bom %6.1f us/op (CPU time)%n", round,
                    (c1 - c0) / 1e3 / n, (c2 - c1) / 1e3 / n);
        }
        for (int round = 1; round <= 3; round++) {
            int n = 10;
            long c0 = mx.getCurrentThreadCpuTime();
            for (int i = 0; i < n; i++) {
                b.quotePdf();
            }
            System.out.printf("round %2d: quote PDF %6.1f ms/op (CPU time)%n", round,
                    (mx.getCurrentThreadCpuTime() - c0) / 1e6 / n);
        }
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public PriceBreakdown price() {
        return pricer.price(configuration, priceList, DAY);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Bom bom() {
        return bomCalculator.bom(configuration);
    }

    /** What one click costs: price and bill of materials. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Object priceAndBom() {
        return new Object[] {pricer.price(configuration, priceList, DAY), bomCalculator.bom(configuration)};
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public byte[] quotePdf() throws IOException {
        return pdfWriter.toBytes(quote, picture);
    }
}
