// SPDX-License-Identifier: Apache-2.0
package dev.atelier.app.shell;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * The PIN staff enter to leave the kiosk: 4 to 8 digits.
 *
 * @param digits the PIN
 */
public record StaffPin(String digits) {

    /** The PIN when none is configured (documented in README.md; set ATELIER_KIOSK_PIN in a store). */
    public static final StaffPin DEFAULT = new StaffPin("2580");

    public StaffPin {
        Objects.requireNonNull(digits, "digits");
        if (!digits.matches("[0-9]{4,8}")) {
            throw new IllegalArgumentException("a staff PIN has 4 to 8 digits");
        }
    }

    /** Whether {@code entered} is this PIN; takes the same time whichever digit differs. */
    public boolean matches(String entered) {
        if (entered == null) {
            return false;
        }
        return MessageDigest.isEqual(digits.getBytes(StandardCharsets.US_ASCII),
                entered.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public String toString() {
        return "StaffPin[****]";
    }
}
