// SPDX-License-Identifier: Apache-2.0
package dev.atelier.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atelier.domain.design.DesignCodes;
import dev.atelier.domain.design.DesignDraft;
import dev.atelier.domain.design.SavedDesign;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2DesignRepositoryTest {

    @TempDir
    Path dir;

    private Store store;
    private MutableClock clock;

    @BeforeEach
    void open() {
        clock = new MutableClock(Instant.parse("2025-05-04T09:00:00.123456789Z"));
        store = Store.open(StoreSettings.embedded(dir), clock);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static DesignDraft draft(String door) {
        return new DesignDraft("wardrobes", "2025.1", "classic", Map.of("door", door, "frame.width", "1500"), true);
    }

    @Test
    void saveThenFindByCodeRoundTrips() {
        SavedDesign saved = store.designs().save(draft("oak"));

        assertThat(DesignCodes.isValid(saved.code())).isTrue();
        assertThat(saved.created()).isEqualTo(Instant.parse("2025-05-04T09:00:00.123456Z"));
        assertThat(store.designs().findByCode(saved.code())).hasValue(saved);
        assertThat(store.designs().findByCode(saved.code().replace("-", "").toLowerCase())).hasValue(saved);
    }

    @Test
    void unknownOrMalformedCodesFindNothing() {
        assertThat(store.designs().findByCode("ABC-234")).isEmpty();
        assertThat(store.designs().findByCode("not a code")).isEmpty();
        assertThat(store.designs().delete("not a code")).isFalse();
    }

    @Test
    void designWithoutSelectionsRoundTrips() {
        SavedDesign saved = store.designs().save(new DesignDraft("c", "1", "p", Map.of(), false));
        assertThat(store.designs().findByCode(saved.code())).hasValue(saved);
    }

    @Test
    void codesAreUnique() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 300; i++) {
            codes.add(store.designs().save(draft("oak")).code());
        }
        assertThat(codes).hasSize(300);
    }

    @Test
    void saveDrawsAFreshCodeWhenTheFirstIsTaken() {
        H2DesignRepository first = new H2DesignRepository(store.dataSource(), new DesignCodes(new Random(99)), clock);
        H2DesignRepository second = new H2DesignRepository(store.dataSource(), new DesignCodes(new Random(99)), clock);
        String taken = new DesignCodes(new Random(99)).next();

        assertThat(first.save(draft("oak")).code()).isEqualTo(taken);
        SavedDesign other = second.save(draft("walnut"));

        assertThat(other.code()).isNotEqualTo(taken);
        assertThat(second.findByCode(taken).orElseThrow().selections()).containsEntry("door", "oak");
        assertThat(second.findByCode(other.code()).orElseThrow().selections()).containsEntry("door", "walnut");
    }

    @Test
    void listRecentIsNewestFirstAndLimited() {
        SavedDesign a = store.designs().save(draft("a"));
        clock.advance(Duration.ofMinutes(1));
        SavedDesign b = store.designs().save(draft("b"));
        clock.advance(Duration.ofMinutes(1));
        SavedDesign c = store.designs().save(draft("c"));

        assertThat(store.designs().listRecent(2)).containsExactly(c, b);
        assertThat(store.designs().listRecent(10)).containsExactly(c, b, a);
        assertThatThrownBy(() -> store.designs().listRecent(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deleteRemovesTheDesignAndItsSelections() throws Exception {
        SavedDesign saved = store.designs().save(draft("oak"));

        assertThat(store.designs().delete(saved.code())).isTrue();
        assertThat(store.designs().findByCode(saved.code())).isEmpty();
        assertThat(store.designs().delete(saved.code())).isFalse();
        try (var c = store.dataSource().getConnection(); var st = c.createStatement();
             var rs = st.executeQuery("SELECT COUNT(*) FROM design_selection")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
    }

    @Test
    void listRecentOnEmptyStoreIsEmpty() {
        assertThat(store.designs().listRecent(5)).isEqualTo(List.of());
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
