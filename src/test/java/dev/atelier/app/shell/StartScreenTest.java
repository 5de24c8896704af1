// SPDX-License-Identifier: Apache-2.0
package dev.atelier.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The start screen on Monocle: mode cards, the kiosk and back, language switch. */
@ExtendWith(ApplicationExtension.class)
class StartScreenTest {

    private final ShellFixture fx = new ShellFixture();

    @Start
    void start(Stage ignored) {
        fx.start(Optional.empty(), ShellFixture.inMemoryStore());
    }

    @AfterEach
    void stop() throws Exception {
        fx.stop();
    }

    @Test
    void startScreenOffersThreeModesOfWhichOnlyTheKioskIsAvailable(FxRobot robot) {
        assertThat(fx.primary.getTitle()).startsWith("Atelier");
        assertThat(robot.lookup("#mode-kiosk").queryAs(Button.class).isDisabled()).isFalse();
        assertThat(robot.lookup("#mode-sales").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#mode-designer").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup(".coming-soon").queryAll()).hasSize(2);
        assertThat(robot.lookup("#store-status").queryAs(Label.class).getText()).isEqualTo("Design store ready");
    }

    @Test
    void disabledStaffCardsDoNothingWhenClicked(FxRobot robot) {
        robot.clickOn("#mode-sales");
        robot.clickOn("#mode-designer");

        assertThat(robot.lookup("#kiosk-root").tryQuery()).isEmpty();
        ShellFixture.assertShowing(fx.primary, true);
    }

    @Test
    void kioskCardOpensTheLockedFullScreenKiosk(FxRobot robot) {
        robot.clickOn("#mode-kiosk");
        WaitForAsyncUtils.waitForFxEvents();

        Stage kiosk = (Stage) robot.lookup("#kiosk-root").query().getScene().getWindow();
        assertThat(kiosk.getStyle()).isEqualTo(StageStyle.UNDECORATED);
        assertThat(kiosk.isFullScreen()).isTrue();
        assertThat(kiosk.getTitle()).startsWith("Atelier");
        assertThat(kiosk.getScene().getRoot().getStyleClass()).contains("kiosk");
        assertThat(robot.lookup("#kiosk-content").tryQuery()).isPresent();
        ShellFixture.assertShowing(fx.primary, false);
    }

    /** Opens the kiosk from the start screen and taps its lock; returns the kiosk window. */
    private static Window openKioskAndTapLock(FxRobot robot) throws Exception {
        robot.clickOn("#mode-kiosk");
        Window kiosk = robot.lookup("#kiosk-root").query().getScene().getWindow();
        robot.clickOn("#kiosk-exit");
        ShellFixture.waitForDialogNode(robot, "#pin-ok");
        return kiosk;
    }

    @Test
    void leavingTheKioskNeedsTheStaffPin(FxRobot robot) throws Exception {
        Window kiosk = openKioskAndTapLock(robot);
        ShellFixture.enterPin(robot, "1234");
        assertThat(robot.lookup("#pin-feedback").queryAs(Label.class).getText()).isEqualTo("Wrong PIN. Please try again.");
        assertThat(kiosk.isShowing()).isTrue();

        ShellFixture.enterPin(robot, "4711");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(kiosk.isShowing()).isFalse();
        ShellFixture.assertShowing(fx.primary, true);
        assertThat(fx.quit).isFalse();
    }

    @Test
    void cancellingThePinDialogKeepsTheKioskOpen(FxRobot robot) throws Exception {
        Window kiosk = openKioskAndTapLock(robot);

        robot.clickOn("#pin-cancel");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(kiosk.isShowing()).isTrue();
        ShellFixture.assertShowing(fx.primary, false);
    }

    @Test
    void languageSwitchesLive(FxRobot robot) {
        Label headline = robot.lookup("#start-headline").queryAs(Label.class);
        assertThat(headline.getText()).isEqualTo("How would you like to work today?");

        robot.clickOn("#lang-de");
        assertThat(headline.getText()).isEqualTo("Wie möchten Sie heute arbeiten?");
        assertThat(robot.lookup("#store-status").queryAs(Label.class).getText()).isEqualTo("Entwurfsspeicher bereit");

        robot.clickOn("#lang-en");
        assertThat(headline.getText()).isEqualTo("How would you like to work today?");
    }

    @Test
    void themeSwitchPutsTheVariantOnTheRoot(FxRobot robot) {
        robot.clickOn("#theme-high-contrast");
        assertThat(fx.primary.getScene().getRoot().getStyleClass()).contains("high-contrast");

        robot.clickOn("#theme-dark");
        assertThat(fx.primary.getScene().getRoot().getStyleClass()).contains("dark").doesNotContain("high-contrast");

        robot.clickOn("#theme-light");
        assertThat(fx.primary.getScene().getRoot().getStyleClass()).doesNotContain("dark", "high-contrast");
    }
}
