// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money in one currency. Arithmetic is exact ({@link BigDecimal}) and only allowed between amounts of
 * the same currency; rounding happens only where asked for ({@link #roundedTo(BigDecimal)}, {@link #rounded()}).
 * <p>
 * Two amounts are equal when their currencies are equal and their numeric values are equal regardless of scale
 * ({@code 1.5 EUR} equals {@code 1.50 EUR}).
 *
 * @param amount   the amount (may be negative: discounts)
 * @param currency ISO 4217 code, e.g. {@code EUR}
 */
public record Money(BigDecimal amount, String currency) implements Comparable<Money> {

    public Money {
        Objects.requireNonNull(amount, "amount");
        if (!isCurrencyCode(currency)) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code, was " + currency);
        }
    }

    /** Three upper-case letters (checked by hand: money is created on every click). */
    private static boolean isCurrencyCode(String code) {
        if (code == null || code.length() != 3) {
            return false;
        }
        for (int i = 0; i < 3; i++) {
            char c = code.charAt(i);
            if (c < 'A' || c > 'Z') {
                return false;
            }
        }
        return true;
    }

    /** {@code amount currency}, e.g. {@code Money.of("12.50", "EUR")}. */
    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    /** Zero in {@code currency}. */
    public static Money zero(String currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /**
     * The smallest unit of a currency: 0.01 for EUR and CHF, 1 for JPY; 0.01 for codes Java does not know.
     */
    public static BigDecimal minorUnit(String currency) {
        int digits;
        try {
            digits = Currency.getInstance(currency).getDefaultFractionDigits();
        } catch (IllegalArgumentException e) {
            digits = 2;
        }
        return BigDecimal.ONE.movePointLeft(Math.max(digits, 0));
    }

    /**
     * {@code value} rounded half-up (away from zero on a tie) to a multiple of {@code unit}, e.g. 12.345 to 0.01 →
     * 12.35, 12.5 to 1 → 13, 12.20 to 0.05 → 12.20. The result has the unit's scale.
     */
    public static BigDecimal round(BigDecimal value, BigDecimal unit) {
        if (unit.signum() <= 0) {
            throw new IllegalArgumentException("rounding unit must be > 0, was " + unit.toPlainString());
        }
        BigDecimal units = value.divide(unit, 0, RoundingMode.HALF_UP);
        BigDecimal r = units.multiply(unit);
        return r.setScale(Math.max(unit.stripTrailingZeros().scale(), 0), RoundingMode.UNNECESSARY);
    }

    /** The sum; throws if the currencies differ. */
    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    /** The difference; throws if the currencies differ. */
    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    /** This amount times a factor (quantity, exchange factor); exact, not rounded. */
    public Money times(BigDecimal factor) {
        return new Money(amount.multiply(factor), currency);
    }

    /** The amount with the opposite sign. */
    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    /** -1, 0 or 1 as the amount is negative, zero or positive. */
    public int signum() {
        return amount.signum();
    }

    /** Whether the amount is zero (in any scale). */
    public boolean isZero() {
        return amount.signum() == 0;
    }

    /** Rounded half-up to a multiple of {@code unit} (a price list's rounding unit). */
    public Money roundedTo(BigDecimal unit) {
        return new Money(round(amount, unit), currency);
    }

    /** Rounded half-up to the currency's minor unit (cents). */
    public Money rounded() {
        return roundedTo(minorUnit(currency));
    }

    /** Orders by amount; throws if the currencies differ. */
    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot combine " + this + " with " + other
                    + ": different currencies");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money m && currency.equals(m.currency) && amount.compareTo(m.amount) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * currency.hashCode() + amount.stripTrailingZeros().hashCode();
    }

    /** {@code 12.50 EUR} (plain digits, not localized; use a number format for people). */
    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }
}
