// SPDX-License-Identifier: Apache-2.0
package dev.atelier.ui.kiosk;

import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * Watches for a customer walking away: after the idle time without a touch it asks "Still there?" with a
 * countdown, and when the countdown runs out it calls the timeout action (which wipes the session).
 * <p>
 * Time comes from an injected clock; the view calls {@link #check()} a few times a second and
 * {@link #activity()} on every touch, click or key. Works without a JavaFX toolkit.
 */
public final class IdleMonitor {

    private final Duration idle;
    private final Duration countdown;
    private final LongSupplier nanoClock;
    private final Runnable onTimeout;
    private final ReadOnlyBooleanWrapper prompting = new ReadOnlyBooleanWrapper(this, "prompting");
    private final ReadOnlyIntegerWrapper secondsLeft = new ReadOnlyIntegerWrapper(this, "secondsLeft");
    private boolean armed;
    private long lastActivity;

    /**
     * @param idle      time without activity before the prompt
     * @param countdown how long the prompt waits
     * @param nanoClock monotonic time in nanoseconds ({@code System::nanoTime})
     * @param onTimeout runs once when the countdown ends
     */
    public IdleMonitor(Duration idle, Duration countdown, LongSupplier nanoClock, Runnable onTimeout) {
        this.idle = Objects.requireNonNull(idle, "idle");
        this.countdown = Objects.requireNonNull(countdown, "countdown");
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
        this.onTimeout = Objects.requireNonNull(onTimeout, "onTimeout");
        this.lastActivity = nanoClock.getAsLong();
    }

    /** Starts or stops watching (the attract screen needs no watching). Arming counts as activity. */
    public void setArmed(boolean value) {
        armed = value;
        activity();
    }

    public boolean isArmed() {
        return armed;
    }

    /** Someone touched the screen: the idle time starts again and the prompt closes. */
    public void activity() {
        lastActivity = nanoClock.getAsLong();
        prompting.set(false);
    }

    /** Looks at the clock: opens the prompt, counts down, or times out. */
    public void check() {
        if (!armed) {
            prompting.set(false);
            return;
        }
        long quiet = nanoClock.getAsLong() - lastActivity;
        if (quiet < idle.toNanos()) {
            prompting.set(false);
            return;
        }
        long left = idle.toNanos() + countdown.toNanos() - quiet;
        if (left <= 0) {
            armed = false;
            prompting.set(false);
            onTimeout.run();
            return;
        }
        secondsLeft.set((int) Math.ceil(left / 1e9));
        prompting.set(true);
    }

    /** Whether "Still there?" is showing. */
    public ReadOnlyBooleanProperty promptingProperty() {
        return prompting.getReadOnlyProperty();
    }

    /** Seconds until the session is wiped, while prompting. */
    public ReadOnlyIntegerProperty secondsLeftProperty() {
        return secondsLeft.getReadOnlyProperty();
    }
}
