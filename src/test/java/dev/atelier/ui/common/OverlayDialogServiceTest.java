// SPDX-License-Identifier: Apache-2.0
package dev.atelier.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.controls.ModalPane;
import atlantafx.base.theme.PrimerLight;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Errors as short translated messages, one dialog at a time, and the PIN keypad. */
@ExtendWith(ApplicationExtension.class)
class OverlayDialogServiceTest {

    private final I18n i18n = new I18n(Locale.ENGLISH);
    private OverlayDialogService dialogs;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        ModalPane modal = new ModalPane();
        ErrorTranslator knowsIllegalState = error -> error instanceof IllegalStateException
                ? Optional.of("The printer is out of paper.") : Optional.empty();
        dialogs = new OverlayDialogService(modal, i18n, knowsIllegalState);
        Scene scene = new Scene(new StackPane(new Label("screen"), modal), 900, 700);
        scene.getStylesheets().add(Theme.STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    private Label shownMessage(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#dialog-message").tryQuery()
                .map(Node::isVisible).orElse(false));
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        return robot.lookup("#dialog-message").queryAs(Label.class);
    }

    @Test
    void unknownErrorsShowAGenericTranslatedSentenceNotTheException(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> dialogs.showError(
                new NullPointerException("Cannot invoke \"Foo.bar()\" because \"x\" is null"))).get();

        String text = shownMessage(robot).getText();
        assertThat(text).isEqualTo("That did not work. Please try again; if it keeps happening, ask a member of staff.");
        assertThat(text).doesNotContain("NullPointer", "Exception", "Foo.bar");
    }

    @Test
    void knownErrorsShowTheTranslatorsSentenceAndQueueUp(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            dialogs.showError(new IllegalStateException("paper tray 2 empty"));
            dialogs.showError("Second message");
        }).get();

        assertThat(shownMessage(robot).getText()).isEqualTo("The printer is out of paper.");
        robot.clickOn("#dialog-ok");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#dialog-message").tryQuery()
                .map(n -> "Second message".equals(((Label) n).getText())).orElse(false));
    }

    private CompletionStage<Boolean> askForPin(FxRobot robot) throws Exception {
        CompletionStage<Boolean> result = WaitForAsyncUtils.asyncFx(
                () -> dialogs.confirmWithPin("Staff PIN", "2580"::equals)).get();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#pin-ok").tryQuery().isPresent());
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        return result;
    }

    @Test
    void pinDialogAcceptsOnlyTheRightPin(FxRobot robot) throws Exception {
        CompletionStage<Boolean> result = askForPin(robot);

        robot.clickOn("#pin-key-1").clickOn("#pin-key-1").clickOn("#pin-key-1").clickOn("#pin-key-1")
                .clickOn("#pin-ok");
        assertThat(robot.lookup("#pin-feedback").queryAs(Label.class).getText()).isEqualTo("Wrong PIN. Please try again.");
        assertThat(result.toCompletableFuture()).isNotDone();

        robot.type(KeyCode.DIGIT2, KeyCode.DIGIT5, KeyCode.DIGIT8, KeyCode.DIGIT0, KeyCode.ENTER);
        assertThat(result.toCompletableFuture().get(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void escapeCancelsThePinDialog(FxRobot robot) throws Exception {
        CompletionStage<Boolean> result = askForPin(robot);

        robot.type(KeyCode.ESCAPE);
        assertThat(result.toCompletableFuture().get(5, TimeUnit.SECONDS)).isFalse();
    }
}
