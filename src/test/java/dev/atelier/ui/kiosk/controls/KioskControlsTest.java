// SPDX-License-Identifier: Apache-2.0
package dev.atelier.ui.kiosk.controls;

import dev.atelier.domain.rules.engine.ValueState;
import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link OptionTile} and {@link ValueStepper} on their own (TestFX, Monocle). */
@ExtendWith(ApplicationExtension.class)
class KioskControlsTest {

    private final List<String> fired = new ArrayList<>();
    private OptionTile tile;
    private ValueStepper stepper;

    @Start
    void start(Stage stage) {
        tile = new OptionTile();
        tile.setId("tile");
        tile.setLabel("Oak veneer");
        tile.setOnAction(e -> fired.add("tile"));
        stepper = new ValueStepper();
        stepper.setId("stepper");
        stepper.setChoices(List.of("50", "100"), List.of("50 cm", "100 cm"));
        stepper.setValue("50");
        stepper.setOnChoose(v -> {
            fired.add(v);
            stepper.setValue(v);
            stepper.setChosen(true);
        });
        stage.setScene(new Scene(new VBox(20, tile, stepper), 600, 400));
        stage.show();
    }

    private static boolean has(javafx.scene.Node n, String pseudoClass) {
        return n.getPseudoClassStates().contains(PseudoClass.getPseudoClass(pseudoClass));
    }

    @Test
    void tileShowsItsStateAsPseudoClassesAndFiresUnlessImpossible(FxRobot robot) {
        assertThat(has(tile, "available")).isTrue();
        robot.clickOn("#tile");
        assertThat(fired).containsExactly("tile");

        robot.interact(() -> {
            tile.setState(ValueState.NEEDS_CHANGE);
            tile.setSelected(true);
        });
        assertThat(has(tile, "needs-change")).isTrue();
        assertThat(has(tile, "available")).isFalse();
        assertThat(has(tile, "selected")).isTrue();
        robot.clickOn("#tile").type(KeyCode.ENTER);
        assertThat(fired).containsExactly("tile", "tile", "tile");

        robot.interact(() -> {
            tile.setState(ValueState.IMPOSSIBLE);
            tile.setReason("Not made in this size.");
        });
        robot.clickOn("#tile");
        assertThat(fired).hasSize(3);
        assertThat(tile.reasonShowingProperty().get()).isTrue();
        assertThat(has(tile, "impossible")).isTrue();
        assertThat(tile.getAccessibleText()).isEqualTo("Oak veneer");
    }

    @Test
    void tileSkinStopsFollowingTheTileOnceDisposed(FxRobot robot) {
        Label label = robot.lookup("#tile .tile-label").queryAs(Label.class);
        robot.interact(() -> tile.setLabel("Walnut"));
        assertThat(label.getText()).isEqualTo("Walnut");
        robot.interact(() -> {
            tile.getSkin().dispose();
            tile.setLabel("White");
            tile.setPriceText("+10 €");
        });
        assertThat(label.getText()).isEqualTo("Walnut");
    }

    @Test
    void stepperTakesNewChoicesOfAnotherLength(FxRobot robot) {
        // A stepper is kept while its item stays: the range of a measurement can grow or shrink under it.
        robot.interact(() -> stepper.setChoices(List.of("40", "41", "42", "43"),
                List.of("40 cm", "41 cm", "42 cm", "43 cm")));
        assertThat(robot.lookup("#stepper .stepper-high").queryLabeled().getText()).isEqualTo("43 cm");
        robot.interact(() -> stepper.setChoices(List.of("40"), List.of("40 cm")));
        assertThat(robot.lookup("#stepper .stepper-low").queryLabeled().getText()).isEqualTo("40 cm");
        assertThat(robot.lookup("#stepper .stepper-high").queryLabeled().getText()).isEqualTo("40 cm");
    }

    @Test
    void stepperOffersOnlyItsValuesWithButtonsAndKeys(FxRobot robot) {
        robot.clickOn("#stepper .stepper-plus");
        assertThat(fired).containsExactly("100");
        assertThat(robot.lookup("#stepper .stepper-plus").queryButton().isDisabled()).isTrue();
        robot.clickOn("#stepper .stepper-value").type(KeyCode.LEFT);
        assertThat(fired).containsExactly("100", "50");
        robot.interact(() -> stepper.setValue("75"));
        robot.interact(stepper::increment);
        assertThat(fired).containsExactly("100", "50", "100");
    }
}
