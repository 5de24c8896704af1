// SPDX-License-Identifier: Apache-2.0
package dev.atelier.bench;

import dev.atelier.domain.catalog.Catalog;
import dev.atelier.domain.configuration.Configuration;
import dev.atelier.domain.configuration.ProductSpace;
import dev.atelier.preview.Configs;
import dev.atelier.preview.model.PreviewModel;
import dev.atelier.preview.model.PreviewModelBuilder;
import dev.atelier.preview.model.PreviewPart;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The non-JavaFX half of a preview update on the largest wardrobe (4 sections × 6 inserts): deriving the
 * {@link PreviewModel} from a configuration (runs in the background) and diffing two models by part key (the first
 * step of the FX-thread update). Run:
 * {@code mvn -o -q -Pbench verify -DskipTests -Dbench.args='PreviewModelBench -f 1 -wi 3 -i 5 -prof gc'}.
 * <p>
 * The builder keeps what it computed from one build to the next, so three patterns are measured:
 * {@code buildModel} the same configuration again (a re-render), {@code buildModelTap} alternating between two
 * configurations one tap apart (an insert's type: the usual click), {@code buildModelEverythingChanges}
 * alternating the frame height and depth, which moves or resizes nearly every part (the worst single tap).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PreviewModelBench {

    PreviewModelBuilder builder;
    Configuration a;
    Configuration b;
    Configuration c;
    PreviewModel ma;
    PreviewModel mb;
    int taps;

    @Setup
    public void setUp() {
        Catalog catalog = Configs.read("wardrobes.json");
        ProductSpace space = ProductSpace.of(catalog, catalog.product("wardrobe").orElseThrow());
        Map<String, String> v = Configs.largestWardrobe();
        a = Configs.of(space, v);
        b = a.with("section[2].insert[3].type", "drawer", true);
        c = b.with("height", "201", true).with("depth", "35", true);
        builder = new PreviewModelBuilder();
        ma = builder.build(a, Locale.ENGLISH);
        mb = builder.build(b, Locale.ENGLISH);
    }

    @Benchmark
    public PreviewModel buildModel() {
        return builder.build(b, Locale.ENGLISH);
    }

    @Benchmark
    public PreviewModel buildModelTap() {
        return builder.build((taps++ & 1) == 0 ? a : b, Locale.ENGLISH);
    }

    @Benchmark
    public PreviewModel buildModelEverythingChanges() {
        return builder.build((taps++ & 1) == 0 ? b : c, Locale.ENGLISH);
    }

    @Benchmark
    public int diffModels() {
        Map<String, PreviewPart> old = ma.partsByKey();
        int changed = 0;
        for (PreviewPart p : mb.parts()) {
            if (!p.equals(old.get(p.key()))) {
                changed++;
            }
        }
        return changed;
    }
}
