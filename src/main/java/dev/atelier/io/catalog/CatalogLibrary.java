// SPDX-License-Identifier: Apache-2.0
package dev.atelier.io.catalog;

import dev.atelier.domain.catalog.Catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The catalogs of a folder (every {@code *.json} directly in it) or of one file, read once. Catalogs that do not
 * read cleanly are kept out and their problems kept for reporting. Blocking I/O: not on the FX thread.
 */
public final class CatalogLibrary {

    private final List<Catalog> catalogs = new ArrayList<>();
    private final List<CatalogReadResult> rejected = new ArrayList<>();

    private CatalogLibrary() {
    }

    /**
     * Reads the catalogs at {@code location} (a folder or a file).
     *
     * @throws IOException if the location cannot be listed
     */
    public static CatalogLibrary read(Path location) throws IOException {
        CatalogLibrary library = new CatalogLibrary();
        List<Path> files;
        if (Files.isDirectory(location)) {
            try (Stream<Path> s = Files.list(location)) {
                files = s.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p))
                        .sorted().toList();
            }
        } else if (Files.isRegularFile(location)) {
            files = List.of(location);
        } else {
            throw new java.nio.file.NoSuchFileException(location.toString());
        }
        JsonCatalogReader reader = new JsonCatalogReader();
        for (Path file : files) {
            CatalogReadResult result = reader.read(file);
            if (result.hasErrors() || result.catalog().isEmpty()) {
                library.rejected.add(result);
            } else {
                library.catalogs.add(result.catalog().get());
            }
        }
        return library;
    }

    /** The catalogs that read without errors. */
    public List<Catalog> catalogs() {
        return List.copyOf(catalogs);
    }

    /** The files that had errors, with their problems. */
    public List<CatalogReadResult> rejected() {
        return List.copyOf(rejected);
    }

    /** The catalog with this id. */
    public Optional<Catalog> catalog(String id) {
        return catalogs.stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
