// SPDX-License-Identifier: Apache-2.0
package dev.atelier.bench;

import dev.atelier.domain.catalog.Catalog;
import dev.atelier.domain.rules.compile.CompiledProduct;
import dev.atelier.domain.rules.compile.ProductCompiler;
import dev.atelier.io.catalog.CatalogReadResult;
import dev.atelier.io.catalog.JsonCatalogReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Reading and compiling the shipped catalogs: what a kiosk pays once per catalog version when it opens a product.
 * Run: {@code mvn -o -q -Pbench verify -DskipTests -Dbench.args='CatalogCompile -f 1 -wi 3 -i 5'}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CatalogCompileBenchmark {

    @Param({"catalogs/wardrobes.json", "catalogs/shirts.json"})
    public String file;

    private JsonCatalogReader reader;
    private Catalog catalog;

    @Setup
    public void setUp() {
        reader = new JsonCatalogReader();
        catalog = reader.read(Path.of(file)).orThrow();
    }

    @Benchmark
    public CatalogReadResult read() {
        return reader.read(Path.of(file));
    }

    @Benchmark
    public CompiledProduct compile() {
        return new ProductCompiler().compile(catalog, catalog.products().get(0));
    }
}
