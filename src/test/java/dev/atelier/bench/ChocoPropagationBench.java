// SPDX-License-Identifier: Apache-2.0
package dev.atelier.bench;

import dev.atelier.domain.rules.engine.Assignment;
import dev.atelier.domain.rules.engine.ChocoOracle;
import dev.atelier.domain.rules.engine.bdd.BddRuleEngine;
import dev.atelier.domain.rules.model.FdModel;
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

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * The baseline the BDD engine must beat by 100x at the median: complete propagation with a CP solver (Choco), one
 * search per value not yet covered by an earlier solution, on the same Renault states as
 * {@link RenaultEngineBench#propagate()}.
 * <p>
 * {@code mvn -o -q -Pbench verify -DskipTests -Dbench.args='ChocoPropagationBench -f 1 -wi 2 -i 3'}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class ChocoPropagationBench {

    private ChocoOracle choco;
    private List<Assignment> states;
    private int next;

    @Setup(Level.Trial)
    public void build() {
        FdModel model = RenaultSessions.model();
        states = RenaultSessions.states(new BddRuleEngine(model), 50, 1);
        choco = new ChocoOracle(model);
    }

    @Benchmark
    public boolean[][] propagateWithChoco() {
        next = next + 1 < states.size() ? next + 1 : 0;
        int[] selection = states.get(next).toArray();
        int[] unset = IntStream.range(0, selection.length).filter(v -> selection[v] == Assignment.UNSET).toArray();
        return choco.supported(selection, unset);
    }
}
