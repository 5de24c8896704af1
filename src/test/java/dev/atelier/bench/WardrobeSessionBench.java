// SPDX-License-Identifier: Apache-2.0
package dev.atelier.bench;

import dev.atelier.domain.catalog.Catalog;
import dev.atelier.domain.configuration.ConfigurationSession;
import dev.atelier.domain.configuration.SessionState;
import dev.atelier.domain.rules.compile.CompiledProduct;
import dev.atelier.domain.rules.compile.ProductCompiler;
import dev.atelier.domain.rules.engine.RuleEngines;
import dev.atelier.domain.rules.engine.ValueState;
import dev.atelier.io.catalog.JsonCatalogReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * One customer tap on the shipped wardrobe: {@link ConfigurationSession#select} (complete propagation, then the
 * completed configuration the kiosk prices and draws). The taps replay a fixed script of 300 customers making up
 * to 8 random available choices each, starting from an empty wardrobe. Target: p99 ≤ 3 ms on an idle 2-core
 * machine (the whole tap, with price and 3D, must fit in one 16 ms frame).
 * <p>
 * Run from the project directory (the catalog is read from {@code catalogs/}):
 * {@code mvn -o -q -Pbench verify -DskipTests -Dbench.args=WardrobeSessionBench}; sample-time mode, so JMH
 * prints p50, p90, p99 per tap.
 * <p>
 * On a machine shared with other busy processes, wall-clock times mostly measure the wait for a core; {@link #main}
 * reports the CPU time the benchmark thread itself spends per tap:
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) dev.atelier.bench.WardrobeSessionBench}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class WardrobeSessionBench {

    private static final int CUSTOMERS = 300;
    private static final int TAPS = 8;

    ConfigurationSession session;
    List<List<String[]>> script;
    int customer;
    int tap;

    @Setup(Level.Trial)
    public void setUp() {
        Path file = Path.of("catalogs", "wardrobes.json");
        if (!Files.exists(file)) {
            throw new IllegalStateException("run the benchmark from the project directory: " + file.toAbsolutePath()
                    + " is missing");
        }
        Catalog catalog = new JsonCatalogReader().read(file).orThrow();
        CompiledProduct wardrobe = new ProductCompiler().compile(catalog, catalog.product("wardrobe").orElseThrow());
        session = new ConfigurationSession(wardrobe.space(), RuleEngines.create(wardrobe.model()));
        script = script(session, new Random(1));
        session.restore(Map.of(), Map.of());
    }

    /** Random available taps, recorded so that every run replays the same ones. */
    private static List<List<String[]>> script(ConfigurationSession session, Random random) {
        List<List<String[]>> customers = new ArrayList<>();
        for (int c = 0; c < CUSTOMERS; c++) {
            session.restore(Map.of(), Map.of());
            List<String[]> taps = new ArrayList<>();
            for (int k = 0; k < TAPS; k++) {
                SessionState state = session.state();
                List<String[]> available = new ArrayList<>();
                for (String id : state.open()) {
                    state.states(id).forEach((value, s) -> {
                        if (s == ValueState.AVAILABLE) {
                            available.add(new String[] {id, value});
                        }
                    });
                }
                if (available.isEmpty()) {
                    break;
                }
                String[] pick = available.get(random.nextInt(available.size()));
                session.select(pick[0], pick[1]);
                taps.add(pick);
            }
            if (!taps.isEmpty()) {
                customers.add(taps);
            }
        }
        return customers;
    }

    /** The next customer starts from an empty wardrobe (not timed; clears the undo history). */
    @Setup(Level.Invocation)
    public void nextCustomerWhenDone() {
        if (tap == script.get(customer).size()) {
            customer = (customer + 1) % script.size();
            tap = 0;
            session.restore(Map.of(), Map.of());
        }
    }

    @Benchmark
    public SessionState select() {
        String[] next = script.get(customer).get(tap++);
        return session.select(next[0], next[1]);
    }

    /** CPU time per tap (p50, p90, p99, max) over the script, ten rounds; the first rounds are warm-up. */
    public static void main(String[] args) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        WardrobeSessionBench b = new WardrobeSessionBench();
        b.setUp();
        for (int round = 1; round <= 10; round++) {
            List<Long> times = new ArrayList<>();
            for (int c = 0; c < b.script.size(); c++) {
                b.nextCustomerWhenDone();
                while (b.tap < b.script.get(b.customer).size()) {
                    long t0 = mx.getCurrentThreadCpuTime();
                    b.select();
                    times.add(mx.getCurrentThreadCpuTime() - t0);
                }
            }
            long[] ns = times.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf("round %2d: %d taps, CPU per tap p50 %.3f ms, p90 %.3f ms, p99 %.3f ms, max %.3f ms%n",
                    round, ns.length, ns[ns.length / 2] / 1e6, ns[ns.length * 9 / 10] / 1e6,
                    ns[ns.length * 99 / 100] / 1e6, Arrays.stream(ns).max().orElse(0) / 1e6);
        }
    }
}
