// SPDX-License-Identifier: Apache-2.0
package dev.atelier.io.xcsp;

import dev.atelier.domain.rules.model.FdModel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The public benchmark models in {@code ../shared/benchmarks} (system property {@code atelier.shared}, set by the
 * pom; {@code ../shared} when run outside Maven, e.g. from JMH). They are not part of the repository: tests that
 * need them skip when the folder is absent.
 */
public final class SharedBenchmarks {

    /** Why a test was skipped. */
    public static final String MISSING = "../shared/benchmarks is not available (set -Datelier.shared=DIR)";

    private SharedBenchmarks() {
    }

    /** The Renault Mégane model (CLib), if the shared folder is present. */
    public static Optional<Path> renaultFile() {
        Path file = Path.of(System.getProperty("atelier.shared", "../shared"))
                .resolve("benchmarks/clib/renault/megane.xml");
        return Files.isReadable(file) ? Optional.of(file) : Optional.empty();
    }

    /** The Renault model, read with {@link XcspReader}; empty if the shared folder is absent. */
    public static Optional<FdModel> renault() {
        return renaultFile().map(file -> {
            try {
                return new XcspReader().read(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
