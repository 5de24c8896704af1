// SPDX-License-Identifier: Apache-2.0
package dev.atelier.bench;

import static dev.atelier.bench.RealKiosk.await;
import static dev.atelier.bench.RealKiosk.fx;
import static dev.atelier.bench.RealKiosk.onFx;

import dev.atelier.preview.PreviewQuality;
import dev.atelier.ui.kiosk.ConfiguratorViewModel;
import dev.atelier.ui.kiosk.KioskViewModel;
import dev.atelier.ui.kiosk.ProductCard;
import dev.atelier.ui.kiosk.TapLatency;
import java.util.Locale;
import java.util.Random;
import javafx.application.Platform;

/**
 * A tap in the real kiosk, end to end ({@link RealKiosk}): tapping random available tiles of the wardrobe (or
 * {@code shirt}) through every step, and printing the kiosk's own {@link TapLatency}: tap → result computed, tap →
 * tiles and price laid out, and tap → 3D complete. Not a test; run under a real X server:
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test
 * xvfb-run -a -s "-screen 0 1920x1080x24" java -Dprism.order=es2,sw -Dprism.forceGPU=true \
 *     -cp target/test-classes:target/classes:$(cat cp.txt) dev.atelier.bench.TapLatencyProbe [taps] [wardrobe|shirt] [best|fast]
 * </pre>
 */
public final class TapLatencyProbe {

    private TapLatencyProbe() {
    }

    public static void main(String[] args) throws Exception {
        int taps = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        String productId = args.length > 1 ? args[1] : "wardrobe";
        PreviewQuality quality = args.length > 2 ? PreviewQuality.valueOf(args[2].toUpperCase(Locale.ROOT))
                : PreviewQuality.BEST;
        RealKiosk kiosk = RealKiosk.start(quality);
        KioskViewModel vm = kiosk.vm;
        ProductCard card = onFx(() -> vm.products().stream()
                .filter(c -> c.product().product().id().equals(productId)).findFirst().orElseThrow());
        fx(() -> {
            vm.touchToStart();
            vm.configure(card);
        });
        await(() -> vm.getConfigurator() != null && vm.getConfigurator().stateProperty().get() != null, 60);
        ConfiguratorViewModel c = vm.getConfigurator();
        TapLatency latency = vm.tapLatency();
        Random random = new Random(7);
        int warmup = Math.min(50, taps / 5);
        for (int i = 0; i < taps + warmup; i++) {
            if (i == warmup) {
                // The first taps run on a cold JVM: measured from here.
                fx(latency::clear);
            }
            if (random.nextInt(6) == 0) {
                int step = random.nextInt(onFx(() -> c.steps().size()));
                fx(() -> c.goToStep(step));
                Thread.sleep(300);
            }
            long before = onFx(() -> latency.drawn().count());
            if (onFx(() -> kiosk.tapRandomTile(random))) {
                await(() -> latency.drawn().count() > before, 30);
                // A customer looks before the next tap; the price differences of the step follow meanwhile.
                Thread.sleep(150);
            }
        }
        for (TapLatency.Series s : new TapLatency.Series[] {latency.computed(), latency.work(), latency.shown(),
                latency.drawn()}) {
            System.out.println(productId + " (" + quality.name().toLowerCase(Locale.ROOT) + ") - "
                    + onFx(s::summary));
        }
        System.out.println(productId + " (" + quality.name().toLowerCase(Locale.ROOT) + ") - "
                + onFx(latency::frameSummary));
        Platform.exit();
        System.exit(0);
    }
}
