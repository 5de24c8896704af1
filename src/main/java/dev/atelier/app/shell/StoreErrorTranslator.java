// SPDX-License-Identifier: Apache-2.0
package dev.atelier.app.shell;

import dev.atelier.domain.design.DesignStorageException;
import dev.atelier.store.StoreException;
import dev.atelier.ui.common.ErrorTranslator;
import dev.atelier.ui.common.Messages;
import java.util.Optional;

/** Explains store failures to the user ({@code store.error.*} texts). */
public final class StoreErrorTranslator implements ErrorTranslator {

    private final Messages texts;

    /** @param texts the app's texts */
    public StoreErrorTranslator(Messages texts) {
        this.texts = texts;
    }

    @Override
    public Optional<String> translate(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof StoreException) {
                return Optional.of(texts.get("store.error." + ((StoreException) t).reason().name()));
            }
            if (t instanceof DesignStorageException) {
                return Optional.of(texts.get("store.error.UNAVAILABLE"));
            }
        }
        return Optional.empty();
    }
}
