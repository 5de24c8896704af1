// SPDX-License-Identifier: Apache-2.0
package dev.atelier.app.shell;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What the shell needs to know from the command line and environment.
 *
 * @param startMode the mode to open at once ({@code --mode}), or empty for the start screen
 * @param catalogs  the catalog folder in use
 * @param pin       the staff PIN that unlocks the kiosk
 */
public record ShellSettings(Optional<Mode> startMode, Path catalogs, StaffPin pin) {

    public ShellSettings {
        Objects.requireNonNull(startMode, "startMode");
        Objects.requireNonNull(catalogs, "catalogs");
        Objects.requireNonNull(pin, "pin");
    }
}
