// SPDX-License-Identifier: Apache-2.0
package dev.atelier.app.cli;

import dev.atelier.io.SafeFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/** {@code atelier render DESIGN.json --png OUT.png [--size 1600x1200] [--view three-quarter]}. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Renders a saved design in 3D to a PNG (needs a display; e.g. xvfb-run on a server).")
public final class RenderCommand extends DesignCommand {

    @Option(names = "--png", required = true, paramLabel = "OUT.png", description = "Where to write the picture.")
    Path png;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "1600x1200",
            description = "Picture size (default: ${DEFAULT-VALUE}).")
    String size;

    @Option(names = "--view", paramLabel = "VIEW", defaultValue = "three-quarter",
            description = "front, side, top or three-quarter (default: ${DEFAULT-VALUE}).")
    String view;

    @Option(names = "--assets", paramLabel = "DIR", description = "Assets folder (default: assets/ beside the "
            + "catalogs folder).")
    Path assets;

    @Override
    void run(DesignResolver.Resolved resolved, PrintWriter out) throws CliException {
        byte[] bytes;
        try (ProductPictures pictures = ProductPictures.start(assets != null ? assets
                : ProductPictures.assetsFor(catalogs))) {
            bytes = pictures.png(resolved.configuration(), size, view, locale());
        }
        try {
            SafeFiles.write(png, bytes);
        } catch (IOException e) {
            throw new CliException(CliException.INVALID, "cannot write " + png + ": " + e.getMessage());
        }
        out.println(png);
    }
}
