// SPDX-License-Identifier: Apache-2.0
package dev.atelier.ui.kiosk;

import dev.atelier.domain.rules.engine.ValueState;
import dev.atelier.ui.kiosk.controls.OptionTile;
import java.util.Locale;
import java.util.Map;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

/** The kiosk's screens driven like a customer (TestFX, Monocle headless). */
@ExtendWith(ApplicationExtension.class)
class KioskScreensTest {

    private KioskUiDriver ui;

    @Start
    void start(Stage stage) throws Exception {
        ui = new KioskUiDriver(stage, new FxRobot(), KioskSettings.defaults(Locale.ENGLISH));
    }

    @AfterEach
    void close() {
        ui.close();
    }

    private void openWardrobe() throws Exception {
        ui.tap("#touch-to-start");
        ui.tap("#design-wardrobe");
        ui.await(() -> ui.vm.getScreen() == Screen.CONFIGURE && ui.vm.getConfigurator().getState() != null);
    }

    private OptionTile tile(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(OptionTile.class);
    }

    @Test
    void configuresAWardrobeToCompletion(FxRobot robot) throws Exception {
        openWardrobe();
        ui.tap("#stepper-height .stepper-minus");
        ui.await(() -> "201".equals(ui.vm.getConfigurator().selections().get("height")));
        ui.tap("#tile-section-count-2");
        ui.await(() -> ui.showing("#tab-section2"));
        ui.tap("#stepper-section1-width .stepper-minus");
        ui.await(() -> "75".equals(ui.vm.getConfigurator().selections().get("section[1].width")));
        ui.tap("#step-next");
        ui.tap("#tile-door-system-hinged");
        ui.tap("#tile-section1-door-single");
        ui.tap("#tab-section2");
        ui.tap("#tile-section2-door-pair");
        ui.await(() -> "pair".equals(ui.vm.getConfigurator().selections().get("section[2].door")));
        ui.tap("#step-next");
        ui.tap("#tile-finish-oak");
        ui.await(() -> tile(robot, "#tile-finish-oak").isSelected());
        ui.tap("#tile-extras-lighting-");
        ui.await(() -> tile(robot, "#tile-extras-lighting-").isSelected());
        ui.tap("#key-J");
        ui.tap("#key-D");
        ui.await(() -> "JD".equals(ui.vm.getConfigurator().texts().get("initials")));
        // A pair of doors needs the 100 cm frame: that width is forced, so every choice is now decided.
        ui.await(() -> ui.vm.getConfigurator().isComplete());
        ui.tap("#step-next");
        ui.await(() -> ui.vm.getScreen() == Screen.REVIEW);
        ConfiguratorViewModel c = ui.vm.getConfigurator();
        assertThat(c.isComplete()).isTrue();
        assertThat(c.selections()).containsEntry("finish", "oak").containsEntry("extras.lighting", "yes")
                .containsEntry("section[2].door", "pair").containsEntry("height", "201");
        assertThat(ui.text("#review-total")).isEqualTo(KioskWords.money(c.quoteProperty().get().total(), "EUR",
                Locale.ENGLISH));
        assertThat(ui.errors).isEmpty();
    }

    @Test
    void explainsAnUnavailableOptionAppliesTheRepairAndUndoesIt(FxRobot robot) throws Exception {
        openWardrobe();
        ui.tap("#stepper-height .stepper-minus");
        ui.await(() -> "201".equals(ui.vm.getConfigurator().selections().get("height")));
        ui.tap("#step-next");
        ui.await(() -> tile(robot, "#tile-door-system-sliding").getState() == ValueState.NEEDS_CHANGE);
        ui.tap("#tile-door-system-sliding");
        ui.await(() -> ui.showing("#repair-panel"));
        assertThat(ui.text("#repair-because")).isEqualTo("because you chose Height: 201 cm");
        assertThat(robot.lookup("#repair-panel .repair-change").queryAll()).extracting(n -> ((javafx.scene.control.Label) n).getText())
                .contains("Change Height from 201 cm to 236 cm");
        assertThat(ui.text("#repair-delta")).startsWith("Price difference: +");
        ui.tap("#repair-apply");
        ui.await(() -> "sliding".equals(ui.vm.getConfigurator().selections().get("door-system")));
        assertThat(ui.showing("#repair-panel")).isFalse();
        assertThat(ui.vm.getConfigurator().getState().decided().values()).containsEntry("height", "236");
        ui.tap("#undo");
        ui.await(() -> ui.vm.getConfigurator().selections().equals(Map.of("height", "201")));
        assertThat(tile(robot, "#tile-door-system-sliding").getState()).isEqualTo(ValueState.NEEDS_CHANGE);
    }

    @Test
    void savesShowsTheCodeAndReopensIt(FxRobot robot) throws Exception {
        openWardrobe();
        ui.tap("#step-finish");
        ui.tap("#tile-finish-walnut");
        ui.await(() -> "walnut".equals(ui.vm.getConfigurator().selections().get("finish")));
        ui.tap("#to-review");
        ui.tap("#review-contact");
        ui.tap("#consent-check");
        robot.clickOn("#contact-email").write("ada@example.org");
        ui.tap("#consent-accept");
        ui.tap("#review-save");
        ui.await(() -> ui.vm.getScreen() == Screen.SAVED && ui.showing("#design-code"));
        String code = ui.text("#design-code");
        assertThat(dev.atelier.domain.design.DesignCodes.isValid(code)).isTrue();
        assertThat(ui.showing("#design-qr")).isTrue();
        assertThat(ui.store.designs().findByCode(code).orElseThrow().contact().email()).isEqualTo("ada@example.org");

        ui.tap("#saved-done");
        ui.await(() -> ui.vm.getScreen() == Screen.ATTRACT && ui.vm.getConfigurator() == null);
        ui.tap("#attract-open-code");
        ui.await(() -> ui.showing("#code-field"));
        for (char ch : code.replace("-", "").toCharArray()) {
            ui.tap("#code-key-" + ch);
        }
        assertThat(robot.lookup("#code-field").queryAs(TextField.class).getText()).isEqualTo(code.replace("-", ""));
        ui.tap("#code-submit");
        ui.await(() -> ui.vm.getScreen() == Screen.CONFIGURE && ui.showing("#restore-notes"));
        assertThat(ui.vm.getConfigurator().selections()).containsEntry("finish", "walnut");
        assertThat(robot.lookup("#restore-notes .restore-note").queryAs(javafx.scene.control.Label.class).getText())
                .isEqualTo("Your design is back exactly as you saved it.");
    }

    @Test
    void theQuizLeadsToAValidDesign(FxRobot robot) throws Exception {
        ui.tap("#touch-to-start");
        ui.tap("#quiz-wardrobe");
        ui.tap("#answer-room-bedroom");
        ui.tap("#answer-look-light");
        ui.tap("#answer-budget-balanced");
        ui.tap("#proposal-0");
        ui.await(() -> ui.vm.getScreen() == Screen.CONFIGURE && ui.vm.getConfigurator().getState() != null
                && ui.vm.getConfigurator().isComplete());
        assertThat(ui.vm.getConfigurator().getState().completed().isComplete()).isTrue();
        assertThat(ui.vm.getConfigurator().selections()).containsEntry("finish", "white");
        assertThat(ui.errors).isEmpty();
    }

    @Test
    void switchesToGermanLive(FxRobot robot) throws Exception {
        openWardrobe();
        ui.tap("#lang-de");
        ui.await(() -> ui.text("#step-next").equals("Weiter"));
        ui.tap("#step-finish");
        ui.await(() -> ui.showing("#tile-finish-walnut"));
        assertThat(tile(robot, "#tile-finish-walnut").getLabel()).isEqualTo("Nussbaum");
        assertThat(ui.text("#price-total")).endsWith("€");
        assertThat(ui.text("#to-review")).isEqualTo("Übersicht & speichern");
        ui.tap("#lang-en");
        ui.await(() -> tile(robot, "#tile-finish-walnut").getLabel().equals("Walnut"));
    }

    @Test
    void everyTileAndButtonIsATouchTargetWithAnAccessibleText(FxRobot robot) throws Exception {
        openWardrobe();
        ui.await(() -> ui.showing("#tile-section-count-2"));
        for (javafx.scene.Node n : robot.lookup(".option-tile").queryAll()) {
            assertThat(n.getBoundsInLocal().getHeight()).isGreaterThanOrEqualTo(48);
            assertThat(n.getBoundsInLocal().getWidth()).isGreaterThanOrEqualTo(48);
            assertThat(n.getAccessibleText()).isNotBlank();
            assertThat(n.getAccessibleHelp()).isNotBlank();
        }
        for (javafx.scene.Node n : robot.lookup(".button").queryAll()) {
            if (n.isVisible() && n.getScene() != null && n.getParent() != null) {
                assertThat(n.getBoundsInLocal().getHeight()).as(n.getId()).isGreaterThanOrEqualTo(48);
            }
        }
    }
}
