// SPDX-License-Identifier: Apache-2.0
package dev.atelier.ui.kiosk;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * How a kiosk behaves.
 *
 * @param idleTime      how long without a touch before "Still there?" ({@code --idle-seconds}, default 60 s)
 * @param countdown     how long the prompt waits before wiping the session and returning to the attract screen
 * @param startLocale   the language each new customer starts with
 * @param maxSnapshots  how many named snapshots a customer may keep
 */
public record KioskSettings(Duration idleTime, Duration countdown, Locale startLocale, int maxSnapshots) {

    /** Default idle time. */
    public static final Duration DEFAULT_IDLE = Duration.ofSeconds(60);

    public KioskSettings {
        Objects.requireNonNull(idleTime, "idleTime");
        Objects.requireNonNull(countdown, "countdown");
        Objects.requireNonNull(startLocale, "startLocale");
        if (idleTime.isNegative() || idleTime.isZero()) {
            throw new IllegalArgumentException("idle time must be positive, was " + idleTime);
        }
        if (countdown.isNegative() || countdown.isZero()) {
            throw new IllegalArgumentException("countdown must be positive, was " + countdown);
        }
        if (maxSnapshots < 2 || maxSnapshots > 6) {
            throw new IllegalArgumentException("maxSnapshots must be within 2..6, was " + maxSnapshots);
        }
    }

    /** Defaults: 60 s idle, 20 s countdown, three snapshots. */
    public static KioskSettings defaults(Locale startLocale) {
        return new KioskSettings(DEFAULT_IDLE, Duration.ofSeconds(20), startLocale, 3);
    }

    /** These settings with another idle time. */
    public KioskSettings withIdleTime(Duration idle) {
        return new KioskSettings(idle, countdown, startLocale, maxSnapshots);
    }

    /** These settings with another countdown. */
    public KioskSettings withCountdown(Duration value) {
        return new KioskSettings(idleTime, value, startLocale, maxSnapshots);
    }
}
