// SPDX-License-Identifier: Apache-2.0
package dev.atelier.ui.common;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * A {@link TaskExecutor} for tests: runs the work and its callback at once, on the calling thread, before
 * {@link #submit} returns.
 */
public final class SynchronousTaskExecutor implements TaskExecutor {

    @Override
    public <T> TaskHandle submit(Callable<? extends T> work, Consumer<? super T> onSuccess,
                                 Consumer<? super Throwable> onFailure) {
        Objects.requireNonNull(onSuccess, "onSuccess");
        Objects.requireNonNull(onFailure, "onFailure");
        T result;
        try {
            result = work.call();
        } catch (Exception | Error failure) {
            onFailure.accept(failure);
            return Done.INSTANCE;
        }
        onSuccess.accept(result);
        return Done.INSTANCE;
    }

    @Override
    public void close() {
        // nothing runs in the background
    }

    private enum Done implements TaskHandle {
        INSTANCE;

        @Override
        public void cancel() {
            // already finished
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    }
}
