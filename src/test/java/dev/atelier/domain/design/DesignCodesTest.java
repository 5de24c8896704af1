// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.design;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class DesignCodesTest {

    @Test
    void codesHaveThreeCharactersDashThreeCharacters() {
        DesignCodes codes = new DesignCodes(new Random(1));
        for (int i = 0; i < 1000; i++) {
            String code = codes.next();
            assertThat(code).matches("[" + DesignCodes.ALPHABET + "]{3}-[" + DesignCodes.ALPHABET + "]{3}");
            assertThat(DesignCodes.isValid(code)).isTrue();
        }
    }

    @Test
    void alphabetHasNoLookAlikes() {
        assertThat(DesignCodes.ALPHABET).doesNotContain("0", "O", "1", "I", "L");
        assertThat(DesignCodes.ALPHABET.chars().distinct().count()).isEqualTo(DesignCodes.ALPHABET.length());
    }

    @Test
    void everyCharacterOfTheAlphabetIsUsed() {
        DesignCodes codes = new DesignCodes(new Random(7));
        Set<Character> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            for (char c : codes.next().replace("-", "").toCharArray()) {
                seen.add(c);
            }
        }
        assertThat(seen).hasSize(DesignCodes.ALPHABET.length());
    }

    @Test
    void sameSeedGivesSameCodes() {
        assertThat(new DesignCodes(new Random(42)).next()).isEqualTo(new DesignCodes(new Random(42)).next());
    }

    @Test
    void rejectsMalformedCodes() {
        assertThat(DesignCodes.isValid(null)).isFalse();
        assertThat(DesignCodes.isValid("K7M3QX")).isFalse();
        assertThat(DesignCodes.isValid("K7M-3Q0")).isFalse();
        assertThat(DesignCodes.isValid("k7m-3qx")).isFalse();
        assertThat(DesignCodes.isValid("K7M-3QXA")).isFalse();
        assertThat(DesignCodes.isValid("K7M_3QX")).isFalse();
    }

    @Test
    void normalizeReadsCodesAsPeopleTypeThem() {
        assertThat(DesignCodes.normalize("k7m 3qx")).hasValue("K7M-3QX");
        assertThat(DesignCodes.normalize(" K7M3QX ")).hasValue("K7M-3QX");
        assertThat(DesignCodes.normalize("K7M-3QX")).hasValue("K7M-3QX");
        assertThat(DesignCodes.normalize("K7M-3Q0")).isEmpty();
        assertThat(DesignCodes.normalize("K7M-3Q")).isEmpty();
        assertThat(DesignCodes.normalize(null)).isEmpty();
    }

    @Property(tries = 200)
    void normalizeUndoesCaseAndDashes(@ForAll long seed) {
        String code = new DesignCodes(new Random(seed)).next();
        String typed = code.replace("-", "").toLowerCase(Locale.ROOT);
        assertThat(DesignCodes.normalize(typed)).hasValue(code);
    }
}
