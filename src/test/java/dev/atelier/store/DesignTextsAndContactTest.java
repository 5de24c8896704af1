// SPDX-License-Identifier: Apache-2.0
package dev.atelier.store;

import dev.atelier.domain.design.CustomerContact;
import dev.atelier.domain.design.DesignDraft;
import dev.atelier.domain.design.SavedDesign;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Saved designs keep their free texts, and contact details only with consent (migration V2). */
class DesignTextsAndContactTest {

    @TempDir
    Path dir;

    @Test
    void textsAndConsentedContactSurviveTheStore() {
        try (Store store = Store.open(StoreSettings.embedded(dir))) {
            SavedDesign saved = store.designs().save(new DesignDraft("shirts", "1.0.0", "shirt",
                    Map.of("fabric", "oxford"), Map.of("initials", "JD"), true,
                    new CustomerContact("Ada", "ada@example.org")));
            SavedDesign found = store.designs().findByCode(saved.code()).orElseThrow();
            assertThat(found.texts()).containsExactly(Map.entry("initials", "JD"));
            assertThat(found.contact()).isEqualTo(new CustomerContact("Ada", "ada@example.org"));
            assertThat(found).isEqualTo(saved);

            SavedDesign plain = store.designs().save(new DesignDraft("shirts", "1.0.0", "shirt",
                    Map.of("fabric", "oxford"), false));
            assertThat(store.designs().findByCode(plain.code()).orElseThrow().contact()).isNull();
        }
    }

    @Test
    void contactWithoutConsentIsRefused() {
        assertThatThrownBy(() -> new DesignDraft("shirts", "1.0.0", "shirt", Map.of(), Map.of(), false,
                new CustomerContact("Ada", ""))).hasMessageContaining("consent");
        assertThatThrownBy(() -> new CustomerContact("", "not-an-address")).hasMessageContaining("e-mail");
    }
}
