// SPDX-License-Identifier: Apache-2.0
package dev.atelier.ui.common;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;

/**
 * Runs requests one after another where only the newest matters, such as recomputing the configuration
 * after each click: a new request cancels the one still running, and a result that arrives for an older
 * request is dropped.
 *
 * <p>Use from the UI thread only. Works without a JavaFX toolkit (its property is a plain JavaFX bean).
 *
 * @param <T> the result type
 */
public final class LatestWins<T> {

    private final TaskExecutor executor;
    private final Consumer<? super T> onResult;
    private final Consumer<? super Throwable> onFailure;
    private final LatestRequest latest = new LatestRequest();
    private TaskExecutor.TaskHandle current;

    /**
     * @param executor  runs the requests
     * @param onResult  receives the newest request's result on the UI thread
     * @param onFailure receives the newest request's failure on the UI thread
     */
    public LatestWins(TaskExecutor executor, Consumer<? super T> onResult, Consumer<? super Throwable> onFailure) {
        this.executor = Objects.requireNonNull(executor, "executor");
        this.onResult = Objects.requireNonNull(onResult, "onResult");
        this.onFailure = Objects.requireNonNull(onFailure, "onFailure");
    }

    /** Starts {@code work}, cancelling the request still running, if any. */
    public void submit(Callable<? extends T> work) {
        Objects.requireNonNull(work, "work");
        cancelCurrent();
        long mine = latest.begin();
        TaskExecutor.TaskHandle handle = executor.submit(work,
                result -> {
                    if (latest.end(mine)) {
                        current = null;
                        onResult.accept(result);
                    }
                },
                failure -> {
                    if (latest.end(mine)) {
                        current = null;
                        onFailure.accept(failure);
                    }
                });
        // A synchronous executor has already delivered; only remember a handle that is still pending.
        if (latest.isCurrent(mine) && isRunning()) {
            current = handle;
        }
    }

    /** Cancels the running request, if any; its result will not be delivered. */
    public void cancel() {
        cancelCurrent();
        latest.cancel();
    }

    private void cancelCurrent() {
        if (current != null) {
            current.cancel();
            current = null;
        }
    }

    /** Whether a request is running. */
    public ReadOnlyBooleanProperty runningProperty() {
        return latest.runningProperty();
    }

    /** Whether a request is running. */
    public boolean isRunning() {
        return latest.runningProperty().get();
    }
}
