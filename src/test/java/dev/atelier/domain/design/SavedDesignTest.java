// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SavedDesignTest {

    private static final Instant T = Instant.parse("2025-03-01T10:15:30.123456789Z");

    @Test
    void keepsSelectionsInChosenOrderAndUnmodifiable() {
        Map<String, String> chosen = new LinkedHashMap<>();
        chosen.put("frame.width", "1500");
        chosen.put("door", "oak");
        chosen.put("handle", "brass");
        SavedDesign d = new SavedDesign("K7M-3QX", "wardrobes", "3", "classic", chosen, true, T);
        chosen.put("extra", "x");

        assertThat(d.selections().keySet()).containsExactly("frame.width", "door", "handle");
        assertThatThrownBy(() -> d.selections().put("a", "b")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void truncatesTimeToMicroseconds() {
        SavedDesign d = new SavedDesign("K7M-3QX", "c", "1", "p", Map.of(), false, T);
        assertThat(d.created()).isEqualTo(Instant.parse("2025-03-01T10:15:30.123456Z"));
    }

    @Test
    void rejectsInvalidValues() {
        assertThatThrownBy(() -> new SavedDesign("K7M3QX", "c", "1", "p", Map.of(), false, T))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("design code");
        assertThatThrownBy(() -> new SavedDesign("K7M-3QX", " ", "1", "p", Map.of(), false, T))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("catalogId");
        assertThatThrownBy(() -> new SavedDesign("K7M-3QX", "c", "1", "p", Map.of(), false, null))
                .isInstanceOf(NullPointerException.class);
        Map<String, String> withNull = new HashMap<>();
        withNull.put("door", null);
        assertThatThrownBy(() -> new DesignDraft("c", "1", "p", withNull, false))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("door");
    }

    @Test
    void draftAndSaveAsRoundTrip() {
        DesignDraft draft = new DesignDraft("shirts", "2025.1", "oxford", Map.of("collar", "kent"), true);
        SavedDesign saved = draft.saveAs("ABC-234", T);
        assertThat(saved.draft()).isEqualTo(draft);
        assertThat(saved.code()).isEqualTo("ABC-234");
    }
}
