// SPDX-License-Identifier: Apache-2.0
package dev.atelier.bench;

import dev.atelier.domain.rules.engine.Assignment;
import dev.atelier.domain.rules.engine.Explanation;
import dev.atelier.domain.rules.engine.Propagation;
import dev.atelier.domain.rules.engine.Repair;
import dev.atelier.domain.rules.engine.bdd.BddRuleEngine;
import dev.atelier.domain.rules.model.FdModel;
import dev.atelier.io.protocol.EngineProtocol;
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

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * The BDD engine on Renault (issue #3 targets): a select round trip through the JSON protocol (request parsed,
 * selection checked, complete propagation, state answer written) ≤ 5 ms p99; explain ≤ 5 ms; repair ≤ 10 ms;
 * at least 1M validations per second.
 * <p>
 * {@code mvn -o -q -Pbench verify -DskipTests -Dbench.args='RenaultEngineBench -f 1 -wi 2 -i 3'}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RenaultEngineBench {

    private FdModel model;
    private BddRuleEngine engine;
    private EngineProtocol protocol;
    private List<String> selectRequests;
    private List<Assignment> states;
    private List<int[]> excluded;
    private List<Assignment> configurations;
    private int next;

    @Setup(Level.Trial)
    public void compile() {
        model = RenaultSessions.model();
        engine = new BddRuleEngine(model);
        protocol = new EngineProtocol(engine);
        states = RenaultSessions.states(engine, 50, 1);
        selectRequests = new ArrayList<>();
        for (int i = 1; i < states.size(); i++) {
            Assignment before = states.get(i - 1);
            Assignment after = states.get(i);
            if (after.count() == 0) {
                selectRequests.add("{\"op\":\"reset\"}");
                continue;
            }
            for (int v = 0; v < model.size(); v++) {
                if (after.isSet(v) && !before.isSet(v)) {
                    selectRequests.add("{\"op\":\"select\",\"var\":\"" + model.variable(v).id() + "\",\"value\":\""
                            + model.variable(v).values().get(after.get(v)) + "\"}");
                }
            }
        }
        selectRequests.add("{\"op\":\"reset\"}");
        excluded = RenaultSessions.excludedValues(engine, states, 500, 2);
        configurations = new ArrayList<>();
        Random random = new Random(3);
        for (Assignment state : states) {
            Assignment full = engine.complete(state, null, null).orElseThrow();
            int v = random.nextInt(model.size());
            configurations.add(random.nextBoolean() ? full : full.with(v, random.nextInt(model.variable(v).size())));
        }
    }

    private int next(int size) {
        next = next + 1 < size ? next + 1 : 0;
        return next;
    }

    /** One user click as the engine command sees it: a select request line in, the new state line out. */
    @Benchmark
    public String selectRoundTripThroughProtocol() {
        return protocol.handle(selectRequests.get(next(selectRequests.size())));
    }

    @Benchmark
    public Propagation propagate() {
        return engine.propagate(states.get(next(states.size())));
    }

    @Benchmark
    public Explanation explain() {
        int[] query = excluded.get(next(excluded.size()));
        return engine.explain(states.get(query[0]), query[1], query[2]);
    }

    @Benchmark
    public Optional<Repair> repair() {
        int[] query = excluded.get(next(excluded.size()));
        return engine.repair(states.get(query[0]), query[1], query[2]);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public boolean isValid() {
        return engine.isValid(configurations.get(next(configurations.size())));
    }
}
