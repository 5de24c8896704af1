// SPDX-License-Identifier: Apache-2.0
package dev.atelier.io.pdf;

import java.util.List;
import java.util.Objects;

/**
 * The seller as printed in a quote's header.
 *
 * @param name    company name
 * @param address address lines (street, postcode and town, country)
 * @param phone   phone number, or null
 * @param email   e-mail address, or null
 * @param taxId   VAT / tax id, or null
 */
public record CompanyProfile(String name, List<String> address, String phone, String email, String taxId) {

    public CompanyProfile {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("company name is empty");
        }
        address = List.copyOf(Objects.requireNonNull(address, "address"));
    }
}
