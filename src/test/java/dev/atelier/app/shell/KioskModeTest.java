// SPDX-License-Identifier: Apache-2.0
package dev.atelier.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** {@code --mode kiosk}: the kiosk opens at once, locked; leaving it with the PIN ends the application. */
@ExtendWith(ApplicationExtension.class)
class KioskModeTest {

    private final ShellFixture fx = new ShellFixture();

    @Start
    void start(Stage ignored) {
        fx.start(Optional.of(Mode.KIOSK), ShellFixture.inMemoryStore());
    }

    @AfterEach
    void stop() throws Exception {
        fx.stop();
    }

    @Test
    void opensTheKioskFullScreenWithoutDecorations(FxRobot robot) {
        assertThat(robot.lookup("#kiosk-root").tryQuery()).isPresent();
        assertThat(fx.primary.getStyle()).isEqualTo(StageStyle.UNDECORATED);
        assertThat(fx.primary.isFullScreen()).isTrue();
        assertThat(robot.lookup("#mode-kiosk").tryQuery()).isEmpty();
    }

    @Test
    void closingTheWindowAsksForThePinInstead(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> fx.primary.fireEvent(
                new WindowEvent(fx.primary, WindowEvent.WINDOW_CLOSE_REQUEST))).get();

        ShellFixture.waitForDialogNode(robot, "#pin-ok");
        assertThat(fx.primary.isShowing()).isTrue();
        assertThat(fx.quit).isFalse();
    }

    @Test
    void theRightPinEndsTheApplication(FxRobot robot) throws Exception {
        robot.clickOn("#kiosk-exit");
        ShellFixture.waitForDialogNode(robot, "#pin-ok");
        ShellFixture.enterPin(robot, "4711");

        assertThat(fx.quit).isTrue();
    }
}
