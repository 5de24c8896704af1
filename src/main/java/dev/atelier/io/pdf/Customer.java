// SPDX-License-Identifier: Apache-2.0
package dev.atelier.io.pdf;

import java.util.List;
import java.util.Objects;

/**
 * The customer a quote is addressed to (absent for an anonymous kiosk design).
 *
 * @param name    name
 * @param address address lines, may be empty
 * @param email   e-mail address, or null
 */
public record Customer(String name, List<String> address, String email) {

    public Customer {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("customer name is empty");
        }
        address = List.copyOf(Objects.requireNonNull(address, "address"));
    }
}
