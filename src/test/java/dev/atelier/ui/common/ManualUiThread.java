// SPDX-License-Identifier: Apache-2.0
package dev.atelier.ui.common;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A stand-in for the UI thread: callbacks queue up until the test runs them on its own thread. */
final class ManualUiThread implements Executor {

    private final BlockingQueue<Runnable> queue = new LinkedBlockingQueue<>();

    @Override
    public void execute(Runnable command) {
        queue.add(command);
    }

    /** Waits for the next callback and runs it; fails after 5 s. */
    void runNext() throws InterruptedException {
        Runnable next = queue.poll(5, TimeUnit.SECONDS);
        if (next == null) {
            throw new AssertionError("no callback arrived within 5 s");
        }
        next.run();
    }

    boolean isEmpty() {
        return queue.isEmpty();
    }
}
