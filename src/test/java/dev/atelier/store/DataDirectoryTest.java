// SPDX-License-Identifier: Apache-2.0
package dev.atelier.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {

    private static final Path HOME = Path.of("/home/ada");

    @Test
    void linuxUsesXdgDataHome() {
        assertThat(DataDirectory.resolve("Linux", Map.of("XDG_DATA_HOME", "/data/ada"), HOME))
                .isEqualTo(Path.of("/data/ada/atelier"));
    }

    @Test
    void linuxFallsBackToLocalShareWhenXdgIsUnsetOrRelative() {
        assertThat(DataDirectory.resolve("Linux", Map.of(), HOME)).isEqualTo(Path.of("/home/ada/.local/share/atelier"));
        assertThat(DataDirectory.resolve("Linux", Map.of("XDG_DATA_HOME", "rel/dir"), HOME))
                .isEqualTo(Path.of("/home/ada/.local/share/atelier"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(DataDirectory.resolve("Mac OS X", Map.of("XDG_DATA_HOME", "/ignored"), HOME))
                .isEqualTo(Path.of("/home/ada/Library/Application Support/Atelier"));
    }

    @Test
    void windowsUsesLocalAppData() {
        // Only the choice of variable is checked: a Windows path is not absolute on this (Unix) file system.
        Path fallback = DataDirectory.resolve("Windows 11", Map.of(), HOME);
        assertThat(fallback).isEqualTo(Path.of("/home/ada/AppData/Local/Atelier"));
        assertThat(DataDirectory.resolve("Windows 11", Map.of("LOCALAPPDATA", "/c/Users/ada/AppData/Local"), HOME))
                .isEqualTo(Path.of("/c/Users/ada/AppData/Local/Atelier"));
    }
}
