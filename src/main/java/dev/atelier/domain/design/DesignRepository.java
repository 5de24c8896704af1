// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.design;

import java.util.List;
import java.util.Optional;

/**
 * Where saved designs live. Implementations are thread-safe; every call may block on I/O, so call them off
 * the UI thread.
 *
 * @see SavedDesign
 */
public interface DesignRepository {

    /**
     * Saves a new design under a fresh code that no other design has.
     *
     * @param draft the design to save
     * @return the saved design with its code and creation time
     * @throws DesignStorageException if the store cannot be written
     */
    SavedDesign save(DesignDraft draft);

    /**
     * Looks a design up by its code as a person typed it (see {@link DesignCodes#normalize(String)}).
     *
     * @param code the code
     * @return the design, or empty if there is none with that code or {@code code} is not a code
     * @throws DesignStorageException if the store cannot be read
     */
    Optional<SavedDesign> findByCode(String code);

    /**
     * The most recently saved designs, newest first.
     *
     * @param limit at most this many, at least 1
     * @return the designs
     * @throws DesignStorageException if the store cannot be read
     */
    List<SavedDesign> listRecent(int limit);

    /**
     * Deletes the design with this code, selections included.
     *
     * @param code the code
     * @return whether a design was deleted
     * @throws DesignStorageException if the store cannot be written
     */
    boolean delete(String code);
}
