// SPDX-License-Identifier: Apache-2.0
package dev.atelier.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassPreloaderTest {

    @Test
    void theStartUpListIsCurrent() throws IOException {
        List<String> names;
        try (InputStream in = ClassPreloader.class.getResourceAsStream(ClassPreloader.LIST)) {
            assertThat(in).as("startup-classes.txt beside ClassPreloader").isNotNull();
            names = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
        assertThat(names).hasSizeGreaterThan(500)
                .contains("dev.atelier.ui.kiosk.KioskView", "dev.atelier.ui.kiosk.AttractView",
                        "javafx.scene.control.Button");
        // Run installer/startup-classes.sh when this fails: the list names classes that have gone.
        assertThat(ClassPreloader.run()).isGreaterThanOrEqualTo(names.size() * 95 / 100);
    }
}
