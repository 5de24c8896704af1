// SPDX-License-Identifier: Apache-2.0
package dev.atelier.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Which request is the newest, where only the newest one's result may be shown: each {@link #begin()} supersedes
 * the request before it, and {@link #end(long)} tells whether a result that has just arrived still counts. Nothing
 * is interrupted (work on a session confined to one thread must finish); {@link LatestWins} adds that for work
 * that may be cancelled. Use from the UI thread only; works without a JavaFX toolkit.
 */
public final class LatestRequest {

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private long generation;

    /** A new request: older ones no longer count. Returns its token. */
    public long begin() {
        running.set(true);
        return ++generation;
    }

    /** A result or failure of request {@code token} arrived: true if it is the newest (which is then done). */
    public boolean end(long token) {
        if (token != generation) {
            return false;
        }
        running.set(false);
        return true;
    }

    /** The newest request's token, for work that follows it without superseding it. */
    public long current() {
        return generation;
    }

    /** Whether {@code token} is still the newest request. */
    public boolean isCurrent(long token) {
        return token == generation;
    }

    /** No request under way counts any more. */
    public void cancel() {
        generation++;
        running.set(false);
    }

    /** Whether the newest request is still under way. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }
}
