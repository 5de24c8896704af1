// SPDX-License-Identifier: Apache-2.0
package dev.atelier.app.shell;

import dev.atelier.store.Store;
import dev.atelier.ui.common.TaskExecutor;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The application's store while it opens in the background and after. Use on the UI thread.
 */
public final class StoreConnection implements AutoCloseable {

    /** Where the store is in its life. */
    public enum State {
        /** Opening in the background (first start: creating key, database and schema). */
        OPENING,
        /** Open: {@link #storeProperty()} holds it. */
        READY,
        /** Could not be opened: {@link #failureProperty()} says why. */
        FAILED
    }

    private static final Logger LOG = Logger.getLogger(StoreConnection.class.getName());

    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.OPENING);
    private final ReadOnlyObjectWrapper<Store> store = new ReadOnlyObjectWrapper<>(this, "store");
    private final ReadOnlyObjectWrapper<Throwable> failure = new ReadOnlyObjectWrapper<>(this, "failure");
    private boolean closed;

    /**
     * Opens the store off the UI thread.
     *
     * @param tasks     runs the opening
     * @param opener    opens the store (blocking)
     * @param onFailure also told of a failure, e.g. to show it
     */
    public void open(TaskExecutor tasks, Callable<Store> opener, Consumer<Throwable> onFailure) {
        Objects.requireNonNull(opener, "opener");
        state.set(State.OPENING);
        tasks.submit(opener, opened -> {
            if (closed) {
                opened.close();
                return;
            }
            store.set(opened);
            state.set(State.READY);
        }, error -> {
            failure.set(error);
            state.set(State.FAILED);
            onFailure.accept(error);
        });
    }

    /** Where the store is in its life. */
    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The open store, or null. */
    public ReadOnlyObjectProperty<Store> storeProperty() {
        return store.getReadOnlyProperty();
    }

    /** Why opening failed, or null. */
    public ReadOnlyObjectProperty<Throwable> failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** Closes the store if it is open; a store that finishes opening later is closed at once. */
    @Override
    public void close() {
        closed = true;
        Store open = store.get();
        if (open != null) {
            store.set(null);
            open.close();
            LOG.fine("Store closed");
        }
    }
}
