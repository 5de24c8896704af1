// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.engine.sat;

import dev.atelier.domain.rules.model.TableConstraint;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class TableDiagramTest {

    @Test
    void fullCrossProductCompressesToAccept() {
        int[][] all = {{0, 0}, {0, 1}, {1, 0}, {1, 1}, {2, 0}, {2, 1}};
        TableDiagram d = TableDiagram.of(new TableConstraint("t", new int[]{0, 1}, all, true), new int[]{3, 2});
        assertThat(d.root()).isEqualTo(TableDiagram.ACCEPT);
        assertThat(d.nodeCount()).isZero();
    }

    @Test
    void sharedSuffixesAreStoredOnce() {
        // Every first value allows the same (y, z) pairs: the root, one y node and two z nodes, not 10 subtrees.
        List<int[]> tuples = new ArrayList<>();
        for (int x = 0; x < 10; x++) {
            tuples.add(new int[]{x, 0, 1});
            tuples.add(new int[]{x, 1, 0});
        }
        TableDiagram d = TableDiagram.of(new TableConstraint("t", new int[]{0, 1, 2},
                tuples.toArray(new int[0][]), true), new int[]{10, 2, 2});
        assertThat(d.nodeCount()).isEqualTo(4);
    }

    @Test
    void emptyAllowedTableRejectsAndEmptyForbiddenTableAccepts() {
        int[] domains = {2, 2};
        assertThat(TableDiagram.of(new TableConstraint("t", new int[]{0, 1}, new int[0][], true), domains).root())
                .isEqualTo(TableDiagram.REJECT);
        assertThat(TableDiagram.of(new TableConstraint("t", new int[]{0, 1}, new int[0][], false), domains).root())
                .isEqualTo(TableDiagram.ACCEPT);
    }

    @Property(tries = 200)
    void acceptsExactlyTheAllowedTuples(@ForAll long seed, @ForAll boolean supports,
                                        @ForAll @IntRange(min = 1, max = 4) int arity) {
        Random random = new Random(seed);
        int[] domains = new int[arity];
        int[] scope = new int[arity];
        for (int i = 0; i < arity; i++) {
            domains[i] = 1 + random.nextInt(4);
            scope[i] = arity - 1 - i;
        }
        int[] byVariable = new int[arity];
        for (int i = 0; i < arity; i++) {
            byVariable[scope[i]] = domains[i];
        }
        List<int[]> rows = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        int count = random.nextInt(12);
        for (int k = 0; k < count; k++) {
            int[] tuple = new int[arity];
            for (int i = 0; i < arity; i++) {
                tuple[i] = random.nextInt(domains[i] + 1) - (random.nextInt(8) == 0 ? 1 : 0);
            }
            rows.add(tuple);
            listed.add(Arrays.toString(tuple));
        }
        TableDiagram d = TableDiagram.of(new TableConstraint("t", scope, rows.toArray(new int[0][]), supports),
                byVariable);
        int[] assignment = new int[arity];
        checkAll(d, scope, domains, assignment, new int[arity], 0, listed, supports);
    }

    private static void checkAll(TableDiagram d, int[] scope, int[] domains, int[] assignment, int[] tuple,
                                 int position, Set<String> listed, boolean supports) {
        if (position == tuple.length) {
            assertThat(d.accepts(scope, assignment)).isEqualTo(listed.contains(Arrays.toString(tuple)) == supports);
            return;
        }
        for (int v = 0; v < domains[position]; v++) {
            tuple[position] = v;
            assignment[scope[position]] = v;
            checkAll(d, scope, domains, assignment, tuple, position + 1, listed, supports);
        }
    }
}
