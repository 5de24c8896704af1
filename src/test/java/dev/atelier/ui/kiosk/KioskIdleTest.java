// SPDX-License-Identifier: Apache-2.0
package dev.atelier.ui.kiosk;

import java.time.Duration;
import java.util.Locale;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

/** A customer walks away: "Still there?", then the kiosk wipes the session (short idle time). */
@ExtendWith(ApplicationExtension.class)
class KioskIdleTest {

    private KioskUiDriver ui;

    @Start
    void start(Stage stage) throws Exception {
        ui = new KioskUiDriver(stage, new FxRobot(), KioskSettings.defaults(Locale.ENGLISH)
                .withIdleTime(Duration.ofSeconds(12)).withCountdown(Duration.ofSeconds(4)));
    }

    @AfterEach
    void close() {
        ui.close();
    }

    @Test
    void idleResetWipesTheSession(FxRobot robot) throws Exception {
        ui.tap("#touch-to-start");
        ui.tap("#design-wardrobe");
        ui.tap("#step-finish");
        ui.tap("#tile-finish-oak");
        ui.await(() -> "oak".equals(ui.vm.getConfigurator().selections().get("finish")));
        ui.tap("#snapshot-take");
        ui.tap("#lang-de");
        ConfiguratorViewModel first = ui.vm.getConfigurator();
        assertThat(first.snapshots()).hasSize(1);

        ui.await(() -> ui.showing("#idle-prompt"));
        assertThat(ui.text("#idle-countdown")).contains("s");
        ui.tap("#idle-stay");
        assertThat(ui.showing("#idle-prompt")).isFalse();
        assertThat(ui.vm.getScreen()).isEqualTo(Screen.CONFIGURE);

        ui.await(() -> ui.vm.getScreen() == Screen.ATTRACT);
        assertThat(ui.vm.getConfigurator()).isNull();
        assertThat(first.snapshots()).isEmpty();
        assertThat(ui.vm.i18n().getLocale()).isEqualTo(Locale.ENGLISH);
        assertThat(ui.showing("#touch-to-start")).isTrue();
        assertThat(ui.showing("#idle-prompt")).isFalse();
    }
}
