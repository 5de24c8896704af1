// SPDX-License-Identifier: Apache-2.0
package dev.atelier.ui.kiosk;

/** Starts {@link KioskDemo} from the class path (the class named to {@code java} must not extend Application). */
public final class KioskDemoMain {

    private KioskDemoMain() {
    }

    public static void main(String[] args) {
        javafx.application.Application.launch(KioskDemo.class, args);
    }
}
