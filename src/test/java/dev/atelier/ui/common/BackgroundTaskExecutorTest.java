// SPDX-License-Identifier: Apache-2.0
package dev.atelier.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BackgroundTaskExecutorTest {

    private final ManualUiThread ui = new ManualUiThread();
    private final BackgroundTaskExecutor executor =
            new BackgroundTaskExecutor(Executors.newSingleThreadExecutor(), ui);

    @AfterEach
    void close() {
        executor.close();
    }

    @Test
    void workRunsOffTheCallingThreadAndResultArrivesOnTheUiThread() throws Exception {
        Thread caller = Thread.currentThread();
        AtomicReference<Thread> worker = new AtomicReference<>();
        List<String> results = new ArrayList<>();

        executor.submit(() -> {
            worker.set(Thread.currentThread());
            return "done";
        }, results::add, e -> results.add("failed"));
        assertThat(results).isEmpty();
        ui.runNext();

        assertThat(results).containsExactly("done");
        assertThat(worker.get()).isNotSameAs(caller);
    }

    @Test
    void failureArrivesOnTheUiThread() throws Exception {
        List<Throwable> failures = new ArrayList<>();
        executor.submit(() -> {
            throw new IllegalStateException("boom");
        }, r -> failures.add(null), failures::add);
        ui.runNext();

        assertThat(failures).singleElement().isInstanceOf(IllegalStateException.class);
    }

    @Test
    void cancelledTaskDeliversNothingAndIsInterrupted() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        List<Object> delivered = new ArrayList<>();

        TaskExecutor.TaskHandle handle = executor.submit(() -> {
            started.countDown();
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                interrupted.countDown();
                throw e;
            }
            return "late";
        }, delivered::add, delivered::add);
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        handle.cancel();

        assertThat(interrupted.await(5, TimeUnit.SECONDS)).isTrue();
        ui.runNext();
        assertThat(delivered).isEmpty();
        assertThat(handle.isCancelled()).isTrue();
    }

    @Test
    void synchronousExecutorDeliversBeforeSubmitReturns() {
        List<Object> delivered = new ArrayList<>();
        try (SynchronousTaskExecutor sync = new SynchronousTaskExecutor()) {
            sync.submit(() -> 42, delivered::add, delivered::add);
            sync.submit(() -> {
                throw new IllegalArgumentException("x");
            }, delivered::add, delivered::add);
        }
        assertThat(delivered).hasSize(2);
        assertThat(delivered.get(0)).isEqualTo(42);
        assertThat(delivered.get(1)).isInstanceOf(IllegalArgumentException.class);
    }
}
