// SPDX-License-Identifier: Apache-2.0
package dev.atelier.ui.kiosk;

import dev.atelier.app.kiosk.FolderKioskCatalog;
import dev.atelier.domain.pricing.Pricer;
import dev.atelier.domain.rules.engine.ValueState;
import dev.atelier.domain.rules.engine.sat.SatRuleEngine;
import dev.atelier.ui.common.I18n;
import dev.atelier.ui.common.SynchronousTaskExecutor;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/**
 * CPU time of the configurator's session work per step of each shipped product, without a toolkit: moving to a step
 * (its tiles and their price differences) and a tap on it (select, price, 3D model, the step's price differences).
 * Thread CPU time, so a busy machine does not inflate it. Not a test:
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) dev.atelier.ui.kiosk.StepDeltasProbe [rounds]}.
 */
public final class StepDeltasProbe {

    private StepDeltasProbe() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        FolderKioskCatalog catalog = new FolderKioskCatalog(Path.of("catalogs"), SatRuleEngine::new);
        I18n i18n = new I18n(Locale.ENGLISH);
        KioskWords words = new KioskWords(i18n.messages(KioskWords.BUNDLE));
        for (KioskProduct product : catalog.products()) {
            ConfiguratorViewModel vm = new ConfiguratorViewModel(product, catalog.open(product),
                    new CatalogPricing(new Pricer(), null, Clock.systemDefaultZone()), new FlatPreview(),
                    new SynchronousTaskExecutor(), i18n, words, a -> Optional.empty(), e -> {
                        throw new IllegalStateException(e);
                    }, 3);
            int steps = vm.steps().size();
            List<List<Long>> visits = new ArrayList<>();
            List<List<Long>> taps = new ArrayList<>();
            for (int s = 0; s < steps; s++) {
                visits.add(new ArrayList<>());
                taps.add(new ArrayList<>());
            }
            Random random = new Random(3);
            for (int round = 0; round < rounds; round++) {
                for (int s = 0; s < steps; s++) {
                    int step = (s + 1) % steps; // goToStep ignores the current step
                    long t0 = cpu.getCurrentThreadCpuTime();
                    vm.goToStep(step);
                    long t1 = cpu.getCurrentThreadCpuTime();
                    List<StepItem.Tile> free = new ArrayList<>();
                    for (StepItem item : vm.items()) {
                        List<StepItem.Tile> tiles = item instanceof StepItem.Choice c ? c.tiles()
                                : item instanceof StepItem.Toggles t ? t.tiles() : List.of();
                        tiles.stream().filter(t -> !t.selected() && t.state() == ValueState.AVAILABLE)
                                .forEach(free::add);
                    }
                    if (round >= rounds / 3) { // the first third warms the JIT up
                        visits.get(step).add(t1 - t0);
                    }
                    if (!free.isEmpty()) {
                        StepItem.Tile tile = free.get(random.nextInt(free.size()));
                        long t2 = cpu.getCurrentThreadCpuTime();
                        vm.tap(tile);
                        long t3 = cpu.getCurrentThreadCpuTime();
                        if (round >= rounds / 3) {
                            taps.get(step).add(t3 - t2);
                        }
                    }
                }
            }
            for (int s = 0; s < steps; s++) {
                System.out.printf(Locale.ROOT, "%s step %d (%s): to the step %s; a tap %s%n", product.product().id(), s,
                        vm.steps().get(s).id(), percentiles(visits.get(s)), percentiles(taps.get(s)));
            }
        }
    }

    private static String percentiles(List<Long> nanos) {
        if (nanos.isEmpty()) {
            return "-";
        }
        long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "p50 %.2f / p90 %.2f / max %.2f ms CPU (%d)", at(sorted, 0.5),
                at(sorted, 0.9), sorted[sorted.length - 1] / 1e6, sorted.length);
    }

    private static double at(long[] sorted, double q) {
        return sorted[Math.max(0, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }
}
