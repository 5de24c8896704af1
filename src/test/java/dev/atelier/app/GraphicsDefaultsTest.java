// SPDX-License-Identifier: Apache-2.0
package dev.atelier.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class GraphicsDefaultsTest {

    @Test
    void limitsJavaFxTextureMemoryUnlessTheCommandLineDoes() {
        Properties none = new Properties();
        GraphicsDefaults.apply(none);
        assertThat(none.getProperty("prism.maxvram")).isEqualTo(GraphicsDefaults.MAX_VRAM);

        Properties given = new Properties();
        given.setProperty("prism.maxvram", "1g");
        GraphicsDefaults.apply(given);
        assertThat(given.getProperty("prism.maxvram")).isEqualTo("1g");
    }
}
