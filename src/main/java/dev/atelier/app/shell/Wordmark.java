// SPDX-License-Identifier: Apache-2.0
package dev.atelier.app.shell;

import javafx.scene.layout.HBox;
import javafx.scene.text.Text;

/** The letter-spaced brand name (JavaFX CSS has no letter-spacing). CSS: {@code .wordmark}, {@code .wordmark-letter}. */
final class Wordmark extends HBox {

    Wordmark(String name) {
        for (char c : name.toCharArray()) {
            Text letter = new Text(String.valueOf(c));
            letter.getStyleClass().add("wordmark-letter");
            getChildren().add(letter);
        }
        getStyleClass().add("wordmark");
        setAccessibleText(name);
    }
}
