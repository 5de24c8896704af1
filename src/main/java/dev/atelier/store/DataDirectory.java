// SPDX-License-Identifier: Apache-2.0
package dev.atelier.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Atelier keeps its data on this machine, following each platform's convention:
 * <ul>
 *   <li>Linux and other Unix: {@code $XDG_DATA_HOME/atelier}, else {@code ~/.local/share/atelier}</li>
 *   <li>macOS: {@code ~/Library/Application Support/Atelier}</li>
 *   <li>Windows: {@code %LOCALAPPDATA%\Atelier}, else {@code %APPDATA%\Atelier}, else
 *       {@code ~\AppData\Local\Atelier}</li>
 * </ul>
 */
public final class DataDirectory {

    private DataDirectory() {
    }

    /** The data directory of the running JVM's user (the directory need not exist yet). */
    public static Path forCurrentUser() {
        return resolve(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /**
     * The data directory for a platform, from its environment.
     *
     * @param osName   the {@code os.name} system property
     * @param env      environment variables
     * @param userHome the user's home directory
     * @return an absolute path
     */
    public static Path resolve(String osName, Map<String, String> env, Path userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            for (String var : new String[] {"LOCALAPPDATA", "APPDATA"}) {
                String dir = env.get(var);
                if (isAbsolute(dir)) {
                    return Path.of(dir, "Atelier");
                }
            }
            return userHome.resolve("AppData").resolve("Local").resolve("Atelier").toAbsolutePath();
        }
        if (os.startsWith("mac")) {
            return userHome.resolve("Library").resolve("Application Support").resolve("Atelier").toAbsolutePath();
        }
        String xdg = env.get("XDG_DATA_HOME");
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        if (isAbsolute(xdg)) {
            return Path.of(xdg, "atelier");
        }
        return userHome.resolve(".local").resolve("share").resolve("atelier").toAbsolutePath();
    }

    private static boolean isAbsolute(String dir) {
        return dir != null && !dir.isBlank() && Path.of(dir).isAbsolute();
    }
}
