// SPDX-License-Identifier: Apache-2.0
package dev.atelier.ui.kiosk;

import java.util.Arrays;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The kiosk's own timing of a tap: from the moment a choice is handed to the session to its result arriving on the
 * FX thread ({@link #computed()}), and to the end of the layout pass of the frame that shows it: tiles and price
 * ({@link #shown()}), and the 3D view with every new mesh in place ({@link #drawn()}). Rendering that frame follows
 * on the render thread and is not included. Keeps the last {@value #KEPT} taps of each; logs each tap at FINE and a summary every
 * {@value #SUMMARY_EVERY} taps at INFO (logger {@code dev.atelier.ui.kiosk.TapLatency}). FX thread only.
 */
public final class TapLatency {

    static final int KEPT = 2048;
    static final int SUMMARY_EVERY = 500;
    private static final Logger LOG = Logger.getLogger(TapLatency.class.getName());

    private final Series computed = new Series("computed");
    private final Series shown = new Series("tiles and price");
    private final Series drawn = new Series("3D complete");
    private final Series work = new Series("work");
    private final long[] frames = new long[3];

    /**
     * One tap: when the choice was handed to the session and when its result (state, price, prepared 3D) reached
     * the FX thread, both {@link System#nanoTime()}.
     */
    public record Tap(long tappedAt, long computedAt) {
    }

    /** Tap → result on the FX thread (rules, completion, price and 3D model, computed in the background). */
    public Series computed() {
        return computed;
    }

    /** Tap → tiles and price laid out. */
    public Series shown() {
        return shown;
    }

    /** Tap → 3D view complete (every new mesh attached) and laid out. */
    public Series drawn() {
        return drawn;
    }

    /**
     * The work of a tap, without waiting for the display's next frame: computing its result, applying it on the FX
     * thread, and the CSS and layout of the frame that shows tiles and price. {@link #shown()} adds the wait for the
     * frame to begin (JavaFX starts a frame on the display's 60 Hz tick, so up to 16.7 ms whatever the work).
     */
    public Series work() {
        return work;
    }

    /**
     * Records which frame showed a tap's tiles and price: 0 for the first frame begun after the tap, 1 for the
     * second (its result arrived after the first had begun), 2 for any later one.
     */
    public void recordFrame(int framesAfterTheFirst) {
        frames[Math.max(0, Math.min(2, framesAfterTheFirst))]++;
    }

    /** Of the taps recorded by {@link #recordFrame}, the share shown in the first, second and a later frame. */
    public String frameSummary() {
        long n = frames[0] + frames[1] + frames[2];
        if (n == 0) {
            return "frames: no taps";
        }
        return String.format(Locale.ROOT, "frames: %d taps, in the first frame after the tap %.1f %%, the second "
                + "%.1f %%, later %.1f %%", n, 100.0 * frames[0] / n, 100.0 * frames[1] / n, 100.0 * frames[2] / n);
    }

    /** Forgets everything recorded so far (e.g. after a warm-up). */
    public void clear() {
        computed.clear();
        shown.clear();
        drawn.clear();
        work.clear();
        Arrays.fill(frames, 0);
    }

    /** Percentiles of the kept taps, in milliseconds. */
    public record Summary(String what, int taps, double p50, double p90, double p99, double max) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s: %d taps, p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms",
                    what, taps, p50, p90, p99, max);
        }
    }

    /** One series of latencies. */
    public static final class Series {
        private final String what;
        private final long[] nanos = new long[KEPT];
        private long total;

        Series(String what) {
            this.what = what;
        }

        /** Adds one tap's latency. */
        public void record(long latencyNanos) {
            nanos[(int) (total % KEPT)] = Math.max(0, latencyNanos);
            total++;
            if (LOG.isLoggable(Level.FINE)) {
                LOG.fine(String.format(Locale.ROOT, "tap -> %s: %.2f ms", what, latencyNanos / 1e6));
            }
            if (total % SUMMARY_EVERY == 0) {
                LOG.info(summary().toString());
            }
        }

        /** Forgets the taps recorded so far (e.g. after a warm-up). */
        public void clear() {
            total = 0;
        }

        /** How many taps were recorded in all. */
        public long count() {
            return total;
        }

        /** Percentiles (nearest rank) over the kept taps; zeros when there are none. */
        public Summary summary() {
            int n = (int) Math.min(total, KEPT);
            if (n == 0) {
                return new Summary(what, 0, 0, 0, 0, 0);
            }
            long[] sorted = Arrays.copyOf(nanos, n);
            Arrays.sort(sorted);
            return new Summary(what, n, rank(sorted, 0.50), rank(sorted, 0.90), rank(sorted, 0.99),
                    sorted[n - 1] / 1e6);
        }

        private static double rank(long[] sorted, double q) {
            int i = (int) Math.ceil(q * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
        }
    }
}
