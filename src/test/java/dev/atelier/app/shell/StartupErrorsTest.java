// SPDX-License-Identifier: Apache-2.0
package dev.atelier.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.store.StoreException;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A store that cannot be opened, and a mode that is not built, started with {@code --mode sales}. */
@ExtendWith(ApplicationExtension.class)
class StartupErrorsTest {

    private final ShellFixture fx = new ShellFixture();

    @Start
    void start(Stage ignored) {
        fx.start(Optional.of(Mode.SALES), () -> {
            throw new StoreException(StoreException.Reason.WRONG_KEY, "key /root/secret.key does not open it", null);
        });
    }

    @AfterEach
    void stop() throws Exception {
        fx.stop();
    }

    @Test
    void storeFailureIsShownAsAShortTranslatedMessage(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#store-status").queryAs(Label.class).getText()).isEqualTo("Design store unavailable");

        Label message = (Label) ShellFixture.waitForDialogNode(robot, "#dialog-message");
        assertThat(message.getText())
                .isEqualTo("The design store cannot be unlocked: its key file does not match. Please ask your administrator.")
                .doesNotContain("/root/secret.key");
        robot.clickOn("#dialog-ok");

        // The second problem waited for the first dialog to close.
        Label next = (Label) ShellFixture.waitForDialogNode(robot, "#dialog-message");
        assertThat(next.getText()).isEqualTo("The Sales mode is not available yet. Please choose another mode.");
        robot.clickOn("#dialog-ok");

        assertThat(robot.lookup("#mode-kiosk").tryQuery()).isPresent();
    }
}
