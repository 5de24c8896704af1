// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.design;

import java.util.regex.Pattern;

/**
 * How staff may reach a customer about a saved design. Stored only with the customer's consent.
 *
 * @param name  the name the customer gave, or "" (at most 200 characters)
 * @param email an e-mail address, or "" (at most 320 characters)
 */
public record CustomerContact(String name, String email) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public CustomerContact {
        name = name == null ? "" : name.strip();
        email = email == null ? "" : email.strip();
        if (name.isEmpty() && email.isEmpty()) {
            throw new IllegalArgumentException("a contact needs a name or an e-mail address");
        }
        if (name.length() > 200) {
            throw new IllegalArgumentException("name longer than 200 characters");
        }
        if (email.length() > 320 || (!email.isEmpty() && !isEmail(email))) {
            throw new IllegalArgumentException("not an e-mail address: " + email);
        }
    }

    /** Whether {@code text} looks like an e-mail address ({@code someone@example.org}). */
    public static boolean isEmail(String text) {
        return text != null && EMAIL.matcher(text.strip()).matches();
    }
}
