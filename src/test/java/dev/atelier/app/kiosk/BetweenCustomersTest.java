// SPDX-License-Identifier: Apache-2.0
package dev.atelier.app.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleLongProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BetweenCustomersTest {

    private final SimpleLongProperty served = new SimpleLongProperty();
    private final AtomicBoolean nobodyThere = new AtomicBoolean(true);
    private final AtomicInteger tidied = new AtomicInteger();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    /** What the "FX thread" threw. */
    private final List<RuntimeException> thrown = new CopyOnWriteArrayList<>();
    private final BetweenCustomers between = new BetweenCustomers(served, nobodyThere::get, r -> {
        try {
            r.run();
        } catch (RuntimeException e) {
            thrown.add(e);
        }
    }, tidied::incrementAndGet, timer, Duration.ofMillis(50));

    @AfterEach
    void close() {
        between.close();
    }

    /** Waits until the timer has run everything scheduled so far (delay included). */
    private void settle() throws Exception {
        Thread.sleep(150);
        timer.submit(() -> { }).get(5, TimeUnit.SECONDS);
        timer.submit(() -> { }).get(5, TimeUnit.SECONDS);
    }

    @Test
    void tidiesOnceAfterACustomerLeft() throws Exception {
        settle();
        assertThat(tidied).as("nobody has left yet").hasValue(0);
        served.set(1);
        settle();
        assertThat(tidied).hasValue(1);
    }

    @Test
    void customersLeavingQuicklyAreTidiedAfterOnce() throws Exception {
        served.set(1);
        served.set(2);
        served.set(3);
        settle();
        assertThat(tidied).hasValue(1);
    }

    @Test
    void leavesTheNextCustomerAlone() throws Exception {
        served.set(1);
        nobodyThere.set(false); // someone tapped "start" before the delay was over
        settle();
        assertThat(tidied).hasValue(0);
    }

    @Test
    void stopsWatchingWhenClosed() throws Exception {
        between.close();
        served.set(1);
        Thread.sleep(150);
        assertThat(tidied).hasValue(0);
    }

    @Test
    void dropsAPendingTidyWhenClosed() throws Exception {
        served.set(1);
        between.close(); // the kiosk closes within the delay
        Thread.sleep(150);
        assertThat(tidied).hasValue(0);
        assertThat(thrown).as("nothing runs on the FX thread after closing").isEmpty();
    }
}
