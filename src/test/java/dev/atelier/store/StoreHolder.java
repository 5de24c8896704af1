// SPDX-License-Identifier: Apache-2.0
package dev.atelier.store;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Run in a second JVM by {@link StoreTest}: holds the store open until its stdin closes. */
final class StoreHolder {

    static final String READY = "store-open";

    private StoreHolder() {
    }

    public static void main(String[] args) throws IOException {
        try (Store store = Store.open(StoreSettings.embedded(Path.of(args[0])))) {
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            out.println(READY);
            while (System.in.read() >= 0) {
                // wait for the parent to close our stdin
            }
        }
    }
}
