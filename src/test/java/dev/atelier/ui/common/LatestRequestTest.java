// SPDX-License-Identifier: Apache-2.0
package dev.atelier.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatestRequestTest {

    @Test
    void onlyTheNewestRequestsResultCountsAndEndsIt() {
        LatestRequest latest = new LatestRequest();
        long first = latest.begin();
        long second = latest.begin();
        assertThat(latest.runningProperty().get()).isTrue();
        assertThat(latest.end(first)).as("superseded").isFalse();
        assertThat(latest.runningProperty().get()).as("the newer one is still under way").isTrue();
        long follower = latest.current();
        assertThat(latest.isCurrent(follower)).isTrue();
        assertThat(latest.end(second)).isTrue();
        assertThat(latest.runningProperty().get()).isFalse();
        assertThat(latest.isCurrent(follower)).as("ending does not supersede followers").isTrue();
    }

    @Test
    void cancelDropsWhatIsUnderWay() {
        LatestRequest latest = new LatestRequest();
        long token = latest.begin();
        latest.cancel();
        assertThat(latest.runningProperty().get()).isFalse();
        assertThat(latest.isCurrent(token)).isFalse();
        assertThat(latest.end(token)).isFalse();
    }
}
