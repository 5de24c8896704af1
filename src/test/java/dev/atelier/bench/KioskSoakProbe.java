// SPDX-License-Identifier: Apache-2.0
package dev.atelier.bench;

import static dev.atelier.bench.RealKiosk.await;
import static dev.atelier.bench.RealKiosk.fx;
import static dev.atelier.bench.RealKiosk.onFx;

import dev.atelier.preview.PreviewQuality;
import dev.atelier.ui.kiosk.ConfiguratorViewModel;
import dev.atelier.ui.kiosk.KioskViewModel;
import dev.atelier.ui.kiosk.ProductCard;
import dev.atelier.ui.kiosk.Screen;
import dev.atelier.ui.kiosk.TapLatency;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javafx.application.Platform;

/**
 * A kiosk that runs for days, compressed ({@link RealKiosk}: real screens, catalogs, 3D and store): scripted customers
 * each open a product, tap tiles through a few steps (each tap as soon as the screen showing the tile has been drawn), sometimes keep a snapshot, then either save their design in the
 * store or walk away and are wiped as the idle timer would. Prints, at customer 100 and at the end, the heap after a
 * full GC, the process's resident memory (VmRSS) and the number of nodes in the window. Not a test; run under a real
 * X server with the JVM options the kiosk is started with:
 * <pre>
 * xvfb-run -a -s "-screen 0 1920x1080x24" java -Dprism.order=es2,sw -Dprism.forceGPU=true \
 *     -cp target/test-classes:target/classes:$(cat cp.txt) dev.atelier.bench.KioskSoakProbe [customers] [best|fast] [nosave]
 * </pre>
 */
public final class KioskSoakProbe {

    private KioskSoakProbe() {
    }

    public static void main(String[] args) throws Exception {
        int customers = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        PreviewQuality quality = args.length > 1 ? PreviewQuality.valueOf(args[1].toUpperCase(Locale.ROOT))
                : PreviewQuality.FAST;
        // "nosave": nobody saves, to tell the store's growing data from what the screens keep.
        boolean saving = args.length <= 2 || !args[2].equals("nosave");
        RealKiosk kiosk = RealKiosk.start(quality);
        KioskViewModel vm = kiosk.vm;
        Random random = new Random(42);
        long start = System.nanoTime();
        int saved = 0;
        for (int customer = 1; customer <= customers; customer++) {
            saved += serve(kiosk, random, saving) ? 1 : 0;
            if (customer == 100 || customer == customers || customer % 50 == 0) {
                report(kiosk, customer, start);
            }
        }
        System.out.println("saved designs: " + saved + "; " + onFx(() -> vm.tapLatency().shown().summary()));
        Platform.exit();
        System.exit(0);
    }

    /** One customer; true if the design was saved. */
    private static boolean serve(RealKiosk kiosk, Random random, boolean saving) throws Exception {
        KioskViewModel vm = kiosk.vm;
        List<ProductCard> cards = onFx(() -> List.copyOf(vm.products()));
        ProductCard card = cards.get(random.nextInt(cards.size()));
        fx(() -> {
            vm.touchToStart();
            vm.configure(card);
        });
        await(() -> vm.getConfigurator() != null && vm.getConfigurator().stateProperty().get() != null, 60);
        kiosk.seen();
        ConfiguratorViewModel c = vm.getConfigurator();
        TapLatency latency = vm.tapLatency();
        int steps = onFx(() -> c.steps().size());
        for (int visit = 0; visit < 3; visit++) {
            int step = random.nextInt(steps);
            fx(() -> c.goToStep(step));
            // A customer taps what is on screen: not before the step's tiles have been drawn (no other pause).
            kiosk.seen();
            for (int tap = 0; tap < 2; tap++) {
                long before = onFx(() -> latency.shown().count());
                if (onFx(() -> kiosk.tapRandomTile(random))) {
                    await(() -> latency.shown().count() > before, 30);
                }
            }
        }
        if (random.nextInt(4) == 0) {
            fx(c::takeSnapshot);
        }
        boolean save = random.nextBoolean() && saving;
        if (save) {
            fx(() -> {
                c.finishForMe();
            });
            await(() -> !c.busyProperty().get(), 30);
            fx(vm::review);
            await(() -> vm.getScreen() == Screen.REVIEW, 30);
            fx(vm::save);
            await(() -> vm.savedProperty().get() != null || !vm.savingProperty().get(), 60);
        }
        // Walks away: what the idle timer does after "Still there?".
        fx(vm::newCustomer);
        await(() -> vm.getScreen() == Screen.ATTRACT && vm.getConfigurator() == null, 30);
        // The attract screen shows a moment before the next customer comes (long enough for the kiosk to tidy).
        Thread.sleep(RealKiosk.TIDY_DELAY.toMillis() + 200);
        return save;
    }

    private static void report(RealKiosk kiosk, int customer, long start) throws Exception {
        // Let the session thread and background loaders settle, then collect.
        Thread.sleep(500);
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(100);
        }
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        int nodes = onFx(kiosk::nodeCount);
        System.out.printf(Locale.ROOT, "customer %d after %.0f s: heap after full GC %d KiB, resident %d MiB, "
                        + "%d nodes in the window%n", customer, (System.nanoTime() - start) / 1e9, heap / 1024,
                residentMiB(), nodes);
    }

    /** VmRSS of this process (Linux), in MiB; -1 elsewhere. */
    static long residentMiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D+", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
