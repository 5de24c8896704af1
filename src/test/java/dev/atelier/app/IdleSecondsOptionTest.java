// SPDX-License-Identifier: Apache-2.0
package dev.atelier.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code --idle-seconds}: how long the kiosk waits without a touch before "Still there?". */
class IdleSecondsOptionTest {

    @TempDir
    Path dir;

    private AppConfig resolve(String... args) {
        return AppConfig.resolve(GuiOptions.parse(args).options(), Map.of(), dir, Optional.empty(),
                dir.resolve("data"), Locale.ENGLISH);
    }

    @Test
    void defaultsToAMinuteAndTakesTheOption() {
        assertThat(resolve().idle()).isEqualTo(Duration.ofSeconds(60));
        assertThat(resolve("--mode", "kiosk", "--idle-seconds", "15").idle()).isEqualTo(Duration.ofSeconds(15));
    }

    @Test
    void refusesIdleTimesNoKioskCanUse() {
        assertThatThrownBy(() -> resolve("--idle-seconds", "0")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--idle-seconds");
    }
}
