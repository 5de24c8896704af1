// SPDX-License-Identifier: Apache-2.0
package dev.atelier.ui.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TapLatencyTest {

    @Test
    void percentilesAreNearestRankOverTheKeptTaps() {
        TapLatency latency = new TapLatency();
        for (int ms = 1; ms <= 100; ms++) {
            latency.work().record(ms * 1_000_000L);
        }
        TapLatency.Summary s = latency.work().summary();
        assertThat(s.taps()).isEqualTo(100);
        assertThat(s.p50()).isEqualTo(50.0);
        assertThat(s.p90()).isEqualTo(90.0);
        assertThat(s.p99()).isEqualTo(99.0);
        assertThat(s.max()).isEqualTo(100.0);
    }

    @Test
    void countsWhichFrameShowedEachTap() {
        TapLatency latency = new TapLatency();
        assertThat(latency.frameSummary()).isEqualTo("frames: no taps");
        for (int i = 0; i < 18; i++) {
            latency.recordFrame(0);
        }
        latency.recordFrame(1);
        latency.recordFrame(5);
        assertThat(latency.frameSummary()).isEqualTo("frames: 20 taps, in the first frame after the tap 90.0 %, "
                + "the second 5.0 %, later 5.0 %");
        latency.clear();
        assertThat(latency.frameSummary()).isEqualTo("frames: no taps");
        assertThat(latency.work().count()).isZero();
    }
}
