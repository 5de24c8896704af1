// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.design;

import java.time.Instant;
import java.util.Map;

/**
 * A design about to be saved: everything of a {@link SavedDesign} except the code and the time, which the
 * repository assigns.
 *
 * @param catalogId      id of the catalog the design was made with
 * @param catalogVersion version of that catalog, so a newer catalog can re-validate the design
 * @param productId      the configured product
 * @param selections     variable id to value id, in the order they were chosen; copied, unmodifiable
 * @param texts          free texts (monogram initials) by text id; copied, unmodifiable
 * @param consent        whether the customer agreed that personal data may be stored with the design
 * @param contact        how staff may reach the customer, or null; only with consent
 */
public record DesignDraft(String catalogId, String catalogVersion, String productId,
                          Map<String, String> selections, Map<String, String> texts, boolean consent,
                          CustomerContact contact) {

    public DesignDraft {
        catalogId = SavedDesign.requireText(catalogId, "catalogId");
        catalogVersion = SavedDesign.requireText(catalogVersion, "catalogVersion");
        productId = SavedDesign.requireText(productId, "productId");
        selections = SavedDesign.copySelections(selections);
        texts = SavedDesign.copySelections(texts);
        SavedDesign.requireConsent(contact, consent);
    }

    /** A draft without texts or contact details. */
    public DesignDraft(String catalogId, String catalogVersion, String productId, Map<String, String> selections,
                       boolean consent) {
        this(catalogId, catalogVersion, productId, selections, Map.of(), consent, null);
    }

    /** This draft saved under {@code code} at {@code created}. */
    public SavedDesign saveAs(String code, Instant created) {
        return new SavedDesign(code, catalogId, catalogVersion, productId, selections, texts, consent, contact,
                created);
    }
}
