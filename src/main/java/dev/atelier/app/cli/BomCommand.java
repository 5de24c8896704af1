// SPDX-License-Identifier: Apache-2.0
package dev.atelier.app.cli;

import dev.atelier.domain.bom.Bom;
import dev.atelier.domain.bom.BomCalculator;
import dev.atelier.domain.bom.BomException;
import dev.atelier.io.SafeFiles;
import dev.atelier.io.bom.BomCsvWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/** {@code atelier bom DESIGN.json --csv OUT.csv}: the bill of materials of a saved design. */
@Command(name = "bom", mixinStandardHelpOptions = true,
        description = "Writes the bill of materials (cut list, hardware, fabric, measurements) of a saved design.")
public final class BomCommand extends DesignCommand {

    @Option(names = "--csv", required = true, paramLabel = "OUT.csv", description = "Where to write the CSV.")
    Path csv;

    @Option(names = "--dialect", paramLabel = "DIALECT",
            description = "EXCEL_DE (';', decimal comma) or RFC4180 (',', decimal point); default by --lang.")
    BomCsvWriter.Dialect dialect;

    @Override
    void run(DesignResolver.Resolved resolved, PrintWriter out) throws CliException {
        Bom bom;
        try {
            bom = new BomCalculator().bom(resolved.configuration());
        } catch (BomException e) {
            throw new CliException(CliException.INVALID, e.getMessage());
        }
        BomCsvWriter writer = dialect == null ? BomCsvWriter.forLocale(locale()) : new BomCsvWriter(dialect, locale());
        try {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            writer.write(bom, bytes);
            SafeFiles.write(csv, bytes.toByteArray());
        } catch (IOException e) {
            throw new CliException(CliException.INVALID, "cannot write " + csv + ": " + e.getMessage());
        }
        out.println(csv);
    }
}
