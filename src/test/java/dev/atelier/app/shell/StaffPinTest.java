// SPDX-License-Identifier: Apache-2.0
package dev.atelier.app.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StaffPinTest {

    @Test
    void matchesOnlyTheExactPin() {
        StaffPin pin = new StaffPin("4711");
        assertThat(pin.matches("4711")).isTrue();
        assertThat(pin.matches("47110")).isFalse();
        assertThat(pin.matches("471")).isFalse();
        assertThat(pin.matches("")).isFalse();
        assertThat(pin.matches(null)).isFalse();
    }

    @Test
    void acceptsFourToEightDigitsOnly() {
        assertThatThrownBy(() -> new StaffPin("123")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StaffPin("123456789")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StaffPin("12a4")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new StaffPin("12345678").digits()).hasSize(8);
    }

    @Test
    void toStringDoesNotRevealThePin() {
        assertThat(new StaffPin("4711").toString()).doesNotContain("4711");
    }
}
