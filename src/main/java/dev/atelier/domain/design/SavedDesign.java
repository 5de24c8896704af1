// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.design;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A design a customer saved at the kiosk, found again by its short code.
 *
 * <p>It keeps the catalog id and version it was made with, so that reopening it under a newer catalog can
 * re-validate the selections and report what changed.
 *
 * @param code           the design code in display form ({@code K7M-3QX}, see {@link DesignCodes})
 * @param catalogId      id of the catalog the design was made with
 * @param catalogVersion version of that catalog
 * @param productId      the configured product
 * @param selections     variable id to value id, in the order they were chosen; copied, unmodifiable
 * @param texts          free texts (monogram initials) by text id; copied, unmodifiable
 * @param consent        whether the customer agreed that personal data may be stored with the design
 * @param contact        how staff may reach the customer, or null; only with consent
 * @param created        when the design was saved, truncated to microseconds (what SQL timestamps keep)
 */
public record SavedDesign(String code, String catalogId, String catalogVersion, String productId,
                          Map<String, String> selections, Map<String, String> texts, boolean consent,
                          CustomerContact contact, Instant created) {

    public SavedDesign {
        if (!DesignCodes.isValid(code)) {
            throw new IllegalArgumentException("not a design code: " + code);
        }
        catalogId = requireText(catalogId, "catalogId");
        catalogVersion = requireText(catalogVersion, "catalogVersion");
        productId = requireText(productId, "productId");
        selections = copySelections(selections);
        texts = copySelections(texts);
        requireConsent(contact, consent);
        created = Objects.requireNonNull(created, "created").truncatedTo(ChronoUnit.MICROS);
    }

    /** A saved design without texts or contact details. */
    public SavedDesign(String code, String catalogId, String catalogVersion, String productId,
                       Map<String, String> selections, boolean consent, Instant created) {
        this(code, catalogId, catalogVersion, productId, selections, Map.of(), consent, null, created);
    }

    /** The same design without its code and time. */
    public DesignDraft draft() {
        return new DesignDraft(catalogId, catalogVersion, productId, selections, texts, consent, contact);
    }

    static void requireConsent(CustomerContact contact, boolean consent) {
        if (contact != null && !consent) {
            throw new IllegalArgumentException("contact details may only be stored with the customer's consent");
        }
    }

    static String requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    static Map<String, String> copySelections(Map<String, String> selections) {
        Objects.requireNonNull(selections, "selections");
        LinkedHashMap<String, String> copy = new LinkedHashMap<>();
        selections.forEach((variable, value) -> {
            requireText(variable, "selection variable");
            Objects.requireNonNull(value, () -> "value of selection " + variable);
            copy.put(variable, value);
        });
        return Collections.unmodifiableMap(copy);
    }
}
