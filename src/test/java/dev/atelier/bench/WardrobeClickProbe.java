// SPDX-License-Identifier: Apache-2.0
package dev.atelier.bench;

import dev.atelier.domain.catalog.*;
import dev.atelier.domain.configuration.*;
import dev.atelier.domain.rules.compile.*;
import dev.atelier.domain.rules.engine.*;
import dev.atelier.io.catalog.*;
import java.nio.file.*;
import java.util.*;

/**
 * Click latency on the shipped wardrobe, outside JMH for a quick look: random clicks through the engine alone and
 * through a {@link ConfigurationSession} (propagation + completion). Run from the project folder:
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) dev.atelier.bench.WardrobeClickProbe}.
 */
public final class WardrobeClickProbe {
    public static void main(String[] a) throws Exception {
        Catalog c = new JsonCatalogReader().read(Path.of("catalogs/wardrobes.json")).orThrow();
        CompiledProduct cp = new ProductCompiler().compile(c, c.product("wardrobe").orElseThrow());
        RuleEngine engine = RuleEngines.create(cp.model());
        int n = cp.model().size();
        Random r = new Random(1);
        List<Long> prop = new ArrayList<>(), sess = new ArrayList<>();
        for (int round = 0; round < 400; round++) {
            Assignment sel = Assignment.empty(n);
            for (int k = 0; k < 12; k++) {
                Propagation p = engine.propagate(sel);
                List<int[]> avail = new ArrayList<>();
                for (int v = 0; v < n; v++) if (!sel.isSet(v)) for (int x = 0; x < cp.model().variable(v).size(); x++)
                    if (p.state(v, x) == ValueState.AVAILABLE) avail.add(new int[]{v, x});
                if (avail.isEmpty()) break;
                int[] pick = avail.get(r.nextInt(avail.size()));
                sel = sel.with(pick[0], pick[1]);
                long t0 = System.nanoTime();
                engine.propagate(sel);
                long t1 = System.nanoTime();
                if (round >= 100) prop.add(t1 - t0);
            }
        }
        ConfigurationSession s = new ConfigurationSession(cp.space(), engine);
        for (int round = 0; round < 300; round++) {
            s.reset();
            for (int k = 0; k < 8; k++) {
                SessionState st = s.state();
                List<String[]> avail = new ArrayList<>();
                for (String id : st.open()) st.states(id).forEach((val, state) -> { if (state == ValueState.AVAILABLE) avail.add(new String[]{id, val}); });
                if (avail.isEmpty()) break;
                String[] pick = avail.get(r.nextInt(avail.size()));
                long t0 = System.nanoTime();
                s.select(pick[0], pick[1]);
                long t1 = System.nanoTime();
                if (round >= 100) sess.add(t1 - t0);
            }
        }
        report("engine propagate (wardrobe, click)", prop);
        report("session select incl. propagate + completion", sess);
    }
    static void report(String what, List<Long> ns) {
        Collections.sort(ns);
        System.out.printf("%s: n=%d p50=%.3f ms p90=%.3f ms p99=%.3f ms%n", what, ns.size(),
            ns.get(ns.size() / 2) / 1e6, ns.get(ns.size() * 9 / 10) / 1e6, ns.get(ns.size() * 99 / 100) / 1e6);
    }
}
