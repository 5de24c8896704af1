// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.pricing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

    @ParameterizedTest(name = "{0} to {1} → {2}")
    @CsvSource({
            "12.345, 0.01, 12.35",
            "12.344, 0.01, 12.34",
            "-12.345, 0.01, -12.35",
            "12.5, 1, 13",
            "12.49, 1, 12",
            "12.20, 0.05, 12.20",
            "12.225, 0.05, 12.25",
            "12.224, 0.05, 12.20",
            "1234, 10, 1230",
            "1235, 10, 1240",
            "0.0049, 0.01, 0.00"})
    void roundsHalfUpToAUnit(String value, String unit, String expected) {
        assertThat(Money.round(new BigDecimal(value), new BigDecimal(unit))).isEqualByComparingTo(expected);
    }

    @Test
    void arithmeticStaysInOneCurrency() {
        Money a = Money.of("10.50", "EUR");
        assertThat(a.plus(Money.of("0.5", "EUR"))).isEqualTo(Money.of("11", "EUR"));
        assertThat(a.minus(Money.of("20", "EUR")).signum()).isEqualTo(-1);
        assertThat(a.times(new BigDecimal("3"))).isEqualTo(Money.of("31.5", "EUR"));
        assertThatThrownBy(() -> a.plus(Money.of("1", "CHF")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot combine 10.50 EUR with 1 CHF: different currencies");
        assertThatThrownBy(() -> a.compareTo(Money.of("1", "CHF"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of("1", "euro")).hasMessageContaining("ISO 4217");
    }

    @Test
    void equalityIgnoresScaleButNotCurrency() {
        assertThat(Money.of("1.5", "EUR")).isEqualTo(Money.of("1.50", "EUR"))
                .hasSameHashCodeAs(Money.of("1.50", "EUR"))
                .isNotEqualTo(Money.of("1.5", "CHF"));
    }

    @Test
    void roundsToTheCurrencysMinorUnit() {
        assertThat(Money.of("10.005", "EUR").rounded().amount()).isEqualByComparingTo("10.01");
        assertThat(Money.of("1234.5", "JPY").rounded().amount()).isEqualByComparingTo("1235");
        assertThat(Money.minorUnit("KWD")).isEqualByComparingTo("0.001");
        assertThat(Money.minorUnit("XYZ")).isEqualByComparingTo("0.01");
    }
}
