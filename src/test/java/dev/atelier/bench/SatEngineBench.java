// SPDX-License-Identifier: Apache-2.0
package dev.atelier.bench;

import dev.atelier.domain.rules.engine.Assignment;
import dev.atelier.domain.rules.engine.Explanation;
import dev.atelier.domain.rules.engine.Propagation;
import dev.atelier.domain.rules.engine.Repair;
import dev.atelier.domain.rules.engine.ValueState;
import dev.atelier.domain.rules.engine.sat.SatRuleEngine;
import dev.atelier.domain.rules.model.FdModel;
import dev.atelier.io.dimacs.DimacsReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * The SAT engine on the largest feature model (automotive02: 14,010 Boolean features, 237,685 clauses) in a
 * 1 GB heap: loading, and the questions of one kiosk session on a warm engine.
 * <p>
 * The session state is five random clicks deep; a "click" selects one more available, not yet fixed feature
 * value and propagates (each call differs from the previous one, so nothing is served from the one-entry cache);
 * explain and repair are asked for values the state excludes. Run:
 * {@code mvn -o -q -Pbench verify -DskipTests -Dbench.args='SatEngineBench -f 1 -wi 3 -i 5'}
 * (the benchmarks are read from {@code atelier.shared}, default {@code ../shared}).
 */
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Xms1g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class SatEngineBench {

    private static final int SESSION_DEPTH = 5;
    private static final int CANDIDATES = 64;

    static FdModel read(String model) throws IOException {
        Path dir = Path.of(System.getProperty("atelier.shared", "../shared"), "benchmarks", "feature-models");
        return new DimacsReader().read(dir.resolve(model + ".dimacs"));
    }

    /** Reading the file and building the engine (encoding, solver, the no-choice propagation). */
    @State(Scope.Benchmark)
    public static class File {
        @Param({"automotive02v1_Knueppel2017-2_1"})
        public String model;
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2)
    @Measurement(iterations = 5)
    public SatRuleEngine load(File file) throws IOException {
        return new SatRuleEngine(read(file.model));
    }

    /** A warm engine five clicks into a session, with clicks, excluded values to ask about. */
    @State(Scope.Benchmark)
    public static class Session {
        @Param({"automotive02v1_Knueppel2017-2_1"})
        public String model;

        SatRuleEngine engine;
        Assignment state;
        final List<int[]> clicks = new ArrayList<>();
        final List<int[]> excluded = new ArrayList<>();
        int next;

        @Setup(Level.Trial)
        public void setUp() throws IOException {
            FdModel fd = read(model);
            engine = new SatRuleEngine(fd);
            Random random = new Random(2024);
            state = Assignment.empty(fd.size());
            Propagation p = engine.propagate(state);
            for (int click = 0; click < SESSION_DEPTH; click++) {
                int[] xv = openValue(p, random);
                state = state.with(xv[0], xv[1]);
                p = engine.propagate(state);
            }
            while (clicks.size() < CANDIDATES) {
                clicks.add(openValue(p, random));
            }
            for (int x = 0; x < fd.size() && excluded.size() < CANDIDATES; x++) {
                for (int v = 0; v < 2; v++) {
                    if (p.state(x, v) == ValueState.NEEDS_CHANGE) {
                        excluded.add(new int[]{x, v});
                    }
                }
            }
        }

        private static int[] openValue(Propagation p, Random random) {
            int size = p.selections().size();
            while (true) {
                int x = random.nextInt(size);
                int v = random.nextInt(2);
                if (p.fixedValue(x) == Assignment.UNSET && p.state(x, v) == ValueState.AVAILABLE) {
                    return new int[]{x, v};
                }
            }
        }

        int[] nextOf(List<int[]> list) {
            next = (next + 1) % list.size();
            return list.get(next);
        }
    }

    /** Propagation without choices (served from the result computed at load time). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Propagation propagateNoChoices(Session session) {
        return session.engine.propagate(Assignment.empty(session.state.size()));
    }

    /** One click: the session state plus one more selection, propagated completely. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Propagation click(Session session) {
        int[] xv = session.nextOf(session.clicks);
        return session.engine.propagate(session.state.with(xv[0], xv[1]));
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Explanation explain(Session session) {
        int[] xv = session.nextOf(session.excluded);
        return session.engine.explain(session.state, xv[0], xv[1]);
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Optional<Repair> repair(Session session) {
        int[] xv = session.nextOf(session.excluded);
        return session.engine.repair(session.state, xv[0], xv[1]);
    }

    /** Completing the session state without defaults or costs (so: every open feature off when it can be). */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Optional<Assignment> complete(Session session) {
        return session.engine.complete(session.state, null, null);
    }
}
