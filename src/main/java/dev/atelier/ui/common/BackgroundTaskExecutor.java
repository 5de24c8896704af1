// SPDX-License-Identifier: Apache-2.0
package dev.atelier.ui.common;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * A {@link TaskExecutor} on a thread pool that delivers outcomes through a UI-thread executor
 * ({@link Platform#runLater(Runnable)} for JavaFX).
 */
public final class BackgroundTaskExecutor implements TaskExecutor {

    private final ExecutorService workers;
    private final Executor uiThread;

    /**
     * @param workers  runs the work; closed by {@link #close()}
     * @param uiThread runs the callbacks; must run them one at a time on the UI thread
     */
    public BackgroundTaskExecutor(ExecutorService workers, Executor uiThread) {
        this.workers = Objects.requireNonNull(workers, "workers");
        this.uiThread = Objects.requireNonNull(uiThread, "uiThread");
    }

    /**
     * An executor for JavaFX: {@code threads} daemon worker threads named {@code name-N}, callbacks through
     * {@link Platform#runLater(Runnable)}.
     */
    public static BackgroundTaskExecutor forJavaFx(String name, int threads) {
        return new BackgroundTaskExecutor(Executors.newFixedThreadPool(threads, daemonThreads(name)),
                Platform::runLater);
    }

    static ThreadFactory daemonThreads(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread t = new Thread(runnable, name + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public <T> TaskHandle submit(Callable<? extends T> work, Consumer<? super T> onSuccess,
                                 Consumer<? super Throwable> onFailure) {
        Objects.requireNonNull(work, "work");
        Objects.requireNonNull(onSuccess, "onSuccess");
        Objects.requireNonNull(onFailure, "onFailure");
        Handle handle = new Handle();
        handle.future = workers.submit(() -> {
            T result;
            try {
                result = work.call();
            } catch (Throwable failure) {
                uiThread.execute(() -> {
                    if (!handle.isCancelled()) {
                        onFailure.accept(failure);
                    }
                });
                return;
            }
            uiThread.execute(() -> {
                if (!handle.isCancelled()) {
                    onSuccess.accept(result);
                }
            });
        });
        return handle;
    }

    @Override
    public void close() {
        workers.shutdownNow();
        try {
            workers.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class Handle implements TaskHandle {
        private volatile boolean cancelled;
        private volatile Future<?> future;

        @Override
        public void cancel() {
            cancelled = true;
            Future<?> f = future;
            if (f != null) {
                f.cancel(true);
            }
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }
    }
}
