// SPDX-License-Identifier: Apache-2.0
package dev.atelier.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs slow work (solving, pricing, JSON, JDBC, mesh building, PDF) away from the UI thread and hands the
 * outcome back on the UI thread.
 *
 * <p>Views and view-models receive one through their constructor: the application passes a
 * {@link BackgroundTaskExecutor}, tests a {@link SynchronousTaskExecutor}.
 */
public interface TaskExecutor extends AutoCloseable {

    /**
     * Starts {@code work}. Exactly one of the callbacks runs later on the UI thread, unless the task is
     * cancelled first; then neither runs.
     *
     * @param work      the computation; it may check {@link Thread#isInterrupted()} to stop early when cancelled
     * @param onSuccess receives the result on the UI thread
     * @param onFailure receives what {@code work} threw on the UI thread
     * @param <T>       the result type
     * @return a handle to cancel the task
     */
    <T> TaskHandle submit(Callable<? extends T> work, Consumer<? super T> onSuccess,
                          Consumer<? super Throwable> onFailure);

    /** Stops accepting work and interrupts running work. */
    @Override
    void close();

    /** A submitted task. */
    interface TaskHandle {

        /**
         * Cancels the task: its callbacks will not run, and its thread is interrupted if it is running.
         * Call on the UI thread. Cancelling a finished task does nothing.
         */
        void cancel();

        /** Whether {@link #cancel()} was called. */
        boolean isCancelled();
    }
}
