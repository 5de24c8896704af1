// SPDX-License-Identifier: Apache-2.0
package dev.atelier.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Loads, on a second core, the classes the desktop start needs before its first frame, while the main thread reads
 * the options and JavaFX starts: on a cold JVM, reading and defining ~2,000 classes is a good part of the start.
 * Classes are loaded but not initialised, so no static initialiser runs out of order. The list
 * ({@code startup-classes.txt} beside this class) is written by {@code installer/startup-classes.sh}; a class that
 * has gone since is skipped, so a stale list only costs speed.
 */
final class ClassPreloader {

    static final String LIST = "startup-classes.txt";

    private ClassPreloader() {
    }

    /** Starts loading on a daemon thread and returns at once (not with {@code -Datelier.preload=false}). */
    static void start() {
        if (!Boolean.parseBoolean(System.getProperty("atelier.preload", "true"))) {
            return;
        }
        Thread t = new Thread(ClassPreloader::run, "atelier-preload");
        t.setDaemon(true);
        t.start();
    }

    /** Loads every class on the list that still exists; returns how many. */
    static int run() {
        ClassLoader loader = ClassPreloader.class.getClassLoader();
        int loaded = 0;
        try (InputStream in = ClassPreloader.class.getResourceAsStream(LIST)) {
            if (in == null) {
                return 0;
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String name = lines.readLine(); name != null; name = lines.readLine()) {
                if (name.isBlank() || name.startsWith("#")) {
                    continue;
                }
                try {
                    Class.forName(name.strip(), false, loader);
                    loaded++;
                } catch (ClassNotFoundException | LinkageError gone) {
                    // no longer on the class path: nothing to warm
                }
            }
        } catch (IOException unreadable) {
            // start cold
        }
        return loaded;
    }
}
