// SPDX-License-Identifier: Apache-2.0
package dev.atelier.app.kiosk;

import dev.atelier.app.shell.StoreConnection;
import dev.atelier.domain.design.DesignDraft;
import dev.atelier.domain.design.DesignRepository;
import dev.atelier.domain.design.DesignStorageException;
import dev.atelier.domain.design.SavedDesign;
import dev.atelier.store.Store;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The kiosk's designs in the application's store, which opens in the background: until it is open, every call
 * fails with a {@link DesignStorageException} (the kiosk says so and the customer can try again).
 */
final class StoreDesigns implements DesignRepository {

    private final AtomicReference<Store> store = new AtomicReference<>();

    /** Follows the connection (call on the FX thread); the repository may then be used from any thread. */
    StoreDesigns(StoreConnection connection) {
        store.set(connection.storeProperty().get());
        connection.storeProperty().addListener((obs, was, now) -> store.set(now));
    }

    private DesignRepository designs() {
        Store s = store.get();
        if (s == null) {
            throw new DesignStorageException("The design store is not open (yet)", null);
        }
        return s.designs();
    }

    @Override
    public SavedDesign save(DesignDraft draft) {
        return designs().save(draft);
    }

    @Override
    public Optional<SavedDesign> findByCode(String code) {
        return designs().findByCode(code);
    }

    @Override
    public List<SavedDesign> listRecent(int limit) {
        return designs().listRecent(limit);
    }

    @Override
    public boolean delete(String code) {
        return designs().delete(code);
    }
}
