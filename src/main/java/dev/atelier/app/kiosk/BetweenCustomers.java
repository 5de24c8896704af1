// SPDX-License-Identifier: Apache-2.0
package dev.atelier.app.kiosk;

import dev.atelier.ui.kiosk.KioskViewModel;
import dev.atelier.ui.kiosk.Screen;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableLongValue;

/**
 * Tidies memory while nobody is at the kiosk: a few seconds after a customer has left (everything they entered wiped,
 * the attract screen back) and if nobody has started since, one full garbage collection. The kiosk's JVM gives the
 * heap it does not need back to the system after a full collection (decision 0012: serial collector, small initial
 * heap, {@code MaxHeapFreeRatio}), so the process does not stay at the size of its busiest customer; and old
 * customers' screens are collected then rather than by a full collection in the middle of someone's tap.
 */
public final class BetweenCustomers implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(BetweenCustomers.class.getName());
    /** How long the attract screen has shown before tidying (its pictures have loaded by then). */
    static final Duration DELAY = Duration.ofSeconds(5);

    private final ObservableLongValue served;
    private final BooleanSupplier nobodyThere;
    private final Executor fx;
    private final Runnable tidy;
    private final ScheduledExecutorService timer;
    private final Duration delay;
    /** A change listener: every count is a customer who left, whether or not anyone read the one before. */
    private final ChangeListener<Number> listener = (o, was, now) -> customerLeft();
    private ScheduledFuture<?> pending;
    private boolean closed;

    /**
     * Watches a kiosk: collects garbage {@link #DELAY} after each customer has left if the attract screen still
     * shows then.
     */
    public static BetweenCustomers watch(KioskViewModel kiosk) {
        return watch(kiosk, DELAY);
    }

    /** As {@link #watch(KioskViewModel)}, after {@code delay} (probes that compress a day into minutes). */
    public static BetweenCustomers watch(KioskViewModel kiosk, Duration delay) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "kiosk-between-customers");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        });
        return new BetweenCustomers(kiosk.customersServedProperty(), () -> kiosk.getScreen() == Screen.ATTRACT,
                Platform::runLater, System::gc, timer, delay);
    }

    /**
     * @param served      counts up when a customer has left (read and listened to on {@code fx})
     * @param nobodyThere whether nobody uses the kiosk now (asked on {@code fx})
     * @param fx          the thread of {@code served} and {@code nobodyThere}
     * @param tidy        what to do (run on the timer's thread)
     * @param timer       waits the delay; shut down by {@link #close()}
     * @param delay       how long after a customer left
     */
    BetweenCustomers(ObservableLongValue served, BooleanSupplier nobodyThere, Executor fx, Runnable tidy,
                     ScheduledExecutorService timer, Duration delay) {
        this.served = Objects.requireNonNull(served, "served");
        this.nobodyThere = Objects.requireNonNull(nobodyThere, "nobodyThere");
        this.fx = Objects.requireNonNull(fx, "fx");
        this.tidy = Objects.requireNonNull(tidy, "tidy");
        this.timer = Objects.requireNonNull(timer, "timer");
        this.delay = Objects.requireNonNull(delay, "delay");
        served.addListener(listener);
    }

    private void customerLeft() {
        if (pending != null) {
            pending.cancel(false);
        }
        pending = timer.schedule(() -> fx.execute(this::tidyIfNobodyThere), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void tidyIfNobodyThere() {
        if (closed || !nobodyThere.getAsBoolean()) {
            return;
        }
        timer.execute(() -> {
            long start = System.nanoTime();
            tidy.run();
            LOG.fine(() -> String.format("Tidied between customers in %.0f ms", (System.nanoTime() - start) / 1e6));
        });
    }

    /** Stops watching and drops a pending tidy; one already started finishes. Same thread as {@code served}. */
    @Override
    public void close() {
        closed = true;
        served.removeListener(listener);
        if (pending != null) {
            pending.cancel(false);
        }
        timer.shutdown();
    }
}
