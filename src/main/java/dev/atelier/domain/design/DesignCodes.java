// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.design;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Short, readable design codes such as {@code K7M-3QX}: six characters from an alphabet without look-alikes
 * (no 0/O, 1/I/L), shown and stored with a dash after the third character.
 *
 * <p>Codes are random, not sequential: a customer cannot guess the neighbour's design from their own.
 * Uniqueness is the store's job (it retries with a fresh code on a collision); this class only draws codes
 * and checks the format.
 */
public final class DesignCodes {

    /** The characters a code is made of: digits and capitals that cannot be mistaken for one another. */
    public static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    /** Number of significant characters in a code (the dash is not counted). */
    public static final int LENGTH = 6;

    private final RandomGenerator random;

    /** Codes from a {@link SecureRandom}. */
    public DesignCodes() {
        this(new SecureRandom());
    }

    /**
     * Codes from the given generator (a seeded one makes tests repeatable).
     *
     * @param random the source of randomness
     */
    public DesignCodes(RandomGenerator random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    /** Draws a new code in display form, e.g. {@code K7M-3QX}. */
    public String next() {
        StringBuilder sb = new StringBuilder(LENGTH + 1);
        for (int i = 0; i < LENGTH; i++) {
            if (i == LENGTH / 2) {
                sb.append('-');
            }
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    /** Whether {@code code} is a code in display form ({@code K7M-3QX}). */
    public static boolean isValid(String code) {
        if (code == null || code.length() != LENGTH + 1 || code.charAt(LENGTH / 2) != '-') {
            return false;
        }
        for (int i = 0; i < code.length(); i++) {
            if (i != LENGTH / 2 && ALPHABET.indexOf(code.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads a code as a person types it: case, spaces and dashes do not matter ({@code "k7m 3qx"},
     * {@code "K7M3QX"}).
     *
     * @param typed what the person entered
     * @return the code in display form, or empty if {@code typed} cannot be a code
     */
    public static Optional<String> normalize(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String compact = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (compact.length() != LENGTH) {
            return Optional.empty();
        }
        String code = compact.substring(0, LENGTH / 2) + '-' + compact.substring(LENGTH / 2);
        return isValid(code) ? Optional.of(code) : Optional.empty();
    }
}
