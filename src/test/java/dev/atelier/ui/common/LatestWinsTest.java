// SPDX-License-Identifier: Apache-2.0
package dev.atelier.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LatestWinsTest {

    private final ManualUiThread ui = new ManualUiThread();
    private final BackgroundTaskExecutor executor =
            new BackgroundTaskExecutor(Executors.newFixedThreadPool(2), ui);
    private final List<String> results = new ArrayList<>();
    private final List<Throwable> failures = new ArrayList<>();
    private final LatestWins<String> latest = new LatestWins<>(executor, results::add, failures::add);

    @AfterEach
    void close() {
        executor.close();
    }

    @Test
    void aNewerRequestCancelsTheOlderOne() throws Exception {
        CountDownLatch olderStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        latest.submit(() -> {
            olderStarted.countDown();
            // Ignores interruption on purpose: its result must be dropped even if it finishes.
            while (!release.await(10, TimeUnit.MILLISECONDS)) {
                Thread.interrupted();
            }
            return "older";
        });
        assertThat(olderStarted.await(5, TimeUnit.SECONDS)).isTrue();
        latest.submit(() -> "newer");
        assertThat(latest.isRunning()).isTrue();

        ui.runNext();
        release.countDown();
        Thread.sleep(50);
        while (!ui.isEmpty()) {
            ui.runNext();
        }

        assertThat(results).containsExactly("newer");
        assertThat(latest.isRunning()).isFalse();
    }

    @Test
    void aResultThatArrivesAfterANewerRequestStartedIsDropped() throws Exception {
        latest.submit(() -> "first");
        // The first result is queued for the UI thread but not yet delivered when the second click comes.
        Thread.sleep(50);
        latest.submit(() -> "second");
        ui.runNext();
        ui.runNext();

        assertThat(results).containsExactly("second");
    }

    @Test
    void failureOfTheLatestRequestIsDelivered() throws Exception {
        latest.submit(() -> {
            throw new IllegalStateException("no");
        });
        ui.runNext();

        assertThat(failures).singleElement().isInstanceOf(IllegalStateException.class);
        assertThat(latest.isRunning()).isFalse();
    }

    @Test
    void cancelDropsTheRunningRequest() throws Exception {
        latest.submit(() -> "x");
        latest.cancel();
        assertThat(latest.isRunning()).isFalse();
        Thread.sleep(50);
        while (!ui.isEmpty()) {
            ui.runNext();
        }
        assertThat(results).isEmpty();
    }

    @Test
    void worksWithTheSynchronousExecutor() {
        List<String> got = new ArrayList<>();
        LatestWins<String> sync = new LatestWins<>(new SynchronousTaskExecutor(), got::add, e -> { });
        sync.submit(() -> "a");
        sync.submit(() -> "b");
        assertThat(got).containsExactly("a", "b");
        assertThat(sync.isRunning()).isFalse();
    }
}
