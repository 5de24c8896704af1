// SPDX-License-Identifier: Apache-2.0
package dev.atelier.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.atelier.domain.design.DesignCodes;
import dev.atelier.domain.pricing.PriceBreakdown;
import dev.atelier.io.SafeFiles;
import dev.atelier.io.pdf.CompanyProfile;
import dev.atelier.io.pdf.QuoteDocument;
import dev.atelier.io.pdf.QuotePdfWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** {@code atelier quote DESIGN.json --pdf OUT.pdf [--lang de]}: a quote document for a saved design. */
@Command(name = "quote", mixinStandardHelpOptions = true,
        description = "Writes a quote PDF for a saved design; exit 1 (and nothing written) if the design is invalid.")
public final class QuoteCommand extends DesignCommand {

    @Option(names = "--pdf", required = true, paramLabel = "OUT.pdf", description = "Where to write the PDF.")
    Path pdf;

    @Option(names = "--price-list", paramLabel = "ID", description = "Price list id (default: the catalog's first).")
    String priceListId;

    @Option(names = "--code", paramLabel = "CODE",
            description = "The design's code (e.g. K7M-3QX); default: a code derived from the design's content.")
    String code;

    @Option(names = "--company", paramLabel = "FILE",
            description = "JSON with name, address (lines), phone, email, taxId of the seller.")
    Path company;

    @Option(names = "--picture", paramLabel = "PNG", description = "Picture of the product for the quote "
            + "(default: rendered in 3D when a display is available; else the quote says none is available).")
    Path picture;

    @Option(names = "--no-render", description = "Do not render a picture when none is given.")
    boolean noRender;

    @Option(names = "--valid-days", paramLabel = "N", defaultValue = "30",
            description = "Days the quote is valid (default: ${DEFAULT-VALUE}).")
    int validDays;

    @Override
    void run(DesignResolver.Resolved resolved, PrintWriter out) throws CliException {
        PriceBreakdown price = PriceCommand.price(resolved, priceListId, null);
        String designCode = code != null ? DesignCodes.normalize(code).orElseThrow(() -> new CliException(
                CliException.INVALID, "--code: '" + code + "' is not a design code like K7M-3QX")) : derivedCode(resolved);
        if (validDays < 1) {
            throw new CliException(CliException.INVALID, "--valid-days must be at least 1");
        }
        LocalDate today = LocalDate.now();
        QuoteDocument quote = new QuoteDocument(companyProfile(), null, resolved.configuration(), price, designCode,
                today, today.plusDays(validDays), null, locale());
        byte[] bytes;
        try {
            bytes = new QuotePdfWriter().toBytes(quote, picture != null ? Files.readAllBytes(picture)
                    : noRender ? null : rendered(resolved));
        } catch (IOException e) {
            throw new CliException(CliException.UNREADABLE, "cannot read " + picture + ": " + e.getMessage());
        }
        try {
            SafeFiles.write(pdf, bytes);
        } catch (IOException e) {
            throw new CliException(CliException.INVALID, "cannot write " + pdf + ": " + e.getMessage());
        }
        out.println(pdf + " (" + designCode + ")");
    }

    /** A 3D picture when this machine can draw one; otherwise none (the quote says so), never a stand-in. */
    private byte[] rendered(DesignResolver.Resolved resolved) {
        try (ProductPictures pictures = ProductPictures.start(ProductPictures.assetsFor(catalogs))) {
            return pictures.png(resolved.configuration(), "1600x1200", "three-quarter", locale());
        } catch (CliException | RuntimeException e) {
            spec.commandLine().getErr().println("atelier quote: no picture: " + e.getMessage());
            return null;
        }
    }

    /** The same design always gets the same code, so a re-issued quote keeps its QR code. */
    private static String derivedCode(DesignResolver.Resolved resolved) {
        long seed = resolved.design().toJson().hashCode() * 0x9E3779B97F4A7C15L;
        return new DesignCodes(new SplittableRandom(seed)).next();
    }

    private CompanyProfile companyProfile() throws CliException {
        if (company == null) {
            return new CompanyProfile("Atelier", List.of(), null, null, null);
        }
        try {
            JsonNode n = new ObjectMapper().readTree(Files.readString(company, StandardCharsets.UTF_8));
            List<String> address = new ArrayList<>();
            n.path("address").forEach(line -> address.add(line.asText()));
            return new CompanyProfile(n.path("name").asText(null), address, text(n, "phone"), text(n, "email"),
                    text(n, "taxId"));
        } catch (IOException e) {
            throw new CliException(CliException.UNREADABLE, "cannot read " + company + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new CliException(CliException.INVALID, company + ": " + e.getMessage());
        }
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }
}
