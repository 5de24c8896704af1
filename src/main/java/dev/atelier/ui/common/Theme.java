// SPDX-License-Identifier: Apache-2.0
package dev.atelier.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.application.Application;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * Atelier's look: an AtlantaFX theme as the user agent stylesheet plus one application stylesheet,
 * {@code atelier.css}, that styles only through AtlantaFX's looked-up colours ({@code -color-bg-default},
 * {@code -color-accent-emphasis}, ...). Variants differ by base theme and root style class, never by a copied
 * stylesheet.
 *
 * <p>Root style classes: {@link #KIOSK} (bigger type, touch targets of at least 48 px), {@code dark},
 * {@code high-contrast}.
 */
public final class Theme {

    /** The application stylesheet. */
    public static final String STYLESHEET =
            Objects.requireNonNull(Theme.class.getResource("atelier.css"), "atelier.css").toExternalForm();

    /** Root style class of kiosk scenes: bigger type and touch targets. */
    public static final String KIOSK = "kiosk";

    private final ObjectProperty<ThemeVariant> variant;
    private final List<Scene> scenes = new ArrayList<>();

    /** @param initial the starting variant */
    public Theme(ThemeVariant initial) {
        variant = new SimpleObjectProperty<>(this, "variant", Objects.requireNonNull(initial, "initial"));
        variant.addListener((obs, old, now) -> {
            Application.setUserAgentStylesheet(now.userAgentStylesheet());
            for (Scene scene : scenes) {
                applyRootClass(scene.getRoot(), old, now);
            }
        });
    }

    /** Sets the base theme for the whole application. Call once on the FX thread before showing a window. */
    public void install() {
        Application.setUserAgentStylesheet(getVariant().userAgentStylesheet());
    }

    /**
     * Styles {@code scene} and keeps it in step with {@link #variantProperty()} until the returned action runs
     * (run it when the window closes, or the scene stays referenced).
     *
     * @return unregisters the scene
     */
    public Runnable register(Scene scene) {
        Objects.requireNonNull(scene, "scene");
        if (!scene.getStylesheets().contains(STYLESHEET)) {
            scene.getStylesheets().add(STYLESHEET);
        }
        applyRootClass(scene.getRoot(), null, getVariant());
        ChangeListener<Parent> rootListener = (obs, oldRoot, newRoot) -> {
            applyRootClass(oldRoot, getVariant(), null);
            applyRootClass(newRoot, null, getVariant());
        };
        scene.rootProperty().addListener(rootListener);
        scenes.add(scene);
        return () -> {
            scene.rootProperty().removeListener(rootListener);
            scenes.remove(scene);
        };
    }

    private static void applyRootClass(Parent root, ThemeVariant old, ThemeVariant now) {
        if (root == null) {
            return;
        }
        if (old != null && old.rootStyleClass() != null) {
            root.getStyleClass().remove(old.rootStyleClass());
        }
        if (now != null && now.rootStyleClass() != null && !root.getStyleClass().contains(now.rootStyleClass())) {
            root.getStyleClass().add(now.rootStyleClass());
        }
    }

    /** The current variant; changing it restyles every registered scene at once. */
    public ObjectProperty<ThemeVariant> variantProperty() {
        return variant;
    }

    /** The current variant. */
    public ThemeVariant getVariant() {
        return variant.get();
    }

    /** Switches the variant. */
    public void setVariant(ThemeVariant value) {
        variant.set(Objects.requireNonNull(value, "value"));
    }
}
