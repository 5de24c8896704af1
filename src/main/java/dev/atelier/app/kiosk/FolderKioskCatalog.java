// SPDX-License-Identifier: Apache-2.0
package dev.atelier.app.kiosk;

import dev.atelier.domain.catalog.Catalog;
import dev.atelier.domain.catalog.Product;
import dev.atelier.domain.configuration.ConfigurationSession;
import dev.atelier.domain.rules.compile.CompiledProduct;
import dev.atelier.domain.rules.compile.ProductCompiler;
import dev.atelier.domain.rules.engine.RuleEngine;
import dev.atelier.domain.rules.engine.RuleEngines;
import dev.atelier.domain.rules.model.FdModel;
import dev.atelier.io.catalog.CatalogLibrary;
import dev.atelier.ui.kiosk.KioskCatalog;
import dev.atelier.ui.kiosk.KioskProduct;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * The kiosk's products from a catalog folder: every {@code *.json} catalog that reads without errors, every
 * product that compiles. Each product's rules are compiled once, and its engine is built once (seconds for the
 * wardrobe) and shared by the sessions this catalog opens: engines are not thread-safe, so use all of them from
 * one thread (the kiosk's single session executor does). Pictures come from the {@code assets/} folder beside or
 * inside the catalog folder. Blocking: call off the FX thread.
 */
public final class FolderKioskCatalog implements KioskCatalog {

    private static final Logger LOG = Logger.getLogger(FolderKioskCatalog.class.getName());

    private final Path folder;
    private final Path assets;
    private final ProductCompiler compiler = new ProductCompiler();
    private final Function<FdModel, RuleEngine> fallback;
    private final Map<String, FdModel> models = new ConcurrentHashMap<>();
    private final Map<String, RuleEngine> engines = new ConcurrentHashMap<>();
    private volatile List<KioskProduct> products;

    /**
     * @param folder   the catalog folder ({@code --catalogs})
     * @param fallback the engine for models too large for the compiled BDD engine
     */
    public FolderKioskCatalog(Path folder, Function<FdModel, RuleEngine> fallback) {
        this.folder = Objects.requireNonNull(folder, "folder");
        this.fallback = Objects.requireNonNull(fallback, "fallback");
        Path inside = folder.resolve("assets");
        Path beside = folder.toAbsolutePath().getParent() == null ? inside
                : folder.toAbsolutePath().getParent().resolve("assets");
        this.assets = Files.isDirectory(inside) ? inside : beside;
    }

    @Override
    public synchronized List<KioskProduct> products() {
        if (products == null) {
            products = load();
        }
        return products;
    }

    private List<KioskProduct> load() {
        CatalogLibrary library;
        try {
            library = CatalogLibrary.read(folder);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the catalog folder " + folder, e);
        }
        library.rejected().forEach(r -> LOG.warning(() -> "Skipping catalog " + r.file() + ": " + r.errors()));
        List<KioskProduct> out = new ArrayList<>();
        for (Catalog catalog : library.catalogs()) {
            for (Product p : catalog.products()) {
                try {
                    CompiledProduct compiled = compiler.compile(catalog, p);
                    KioskProduct kp = new KioskProduct(catalog, compiled.space());
                    models.put(kp.key(), compiled.model());
                    out.add(kp);
                } catch (RuntimeException e) {
                    LOG.warning(() -> "Skipping product " + p.id() + " of catalog " + catalog.id() + ": " + e.getMessage());
                }
            }
        }
        return List.copyOf(out);
    }

    @Override
    public ConfigurationSession open(KioskProduct product) {
        FdModel model = models.get(product.key());
        if (model == null) {
            throw new IllegalArgumentException("not a product of this kiosk: " + product.key());
        }
        RuleEngine engine = engines.computeIfAbsent(product.key(), k -> RuleEngines.create(model, fallback));
        return new ConfigurationSession(product.space(), engine);
    }

    @Override
    public Optional<String> assetUrl(KioskProduct product, String asset) {
        if (asset == null || asset.isBlank()) {
            return Optional.empty();
        }
        String relative = asset.startsWith("assets/") ? asset.substring("assets/".length()) : asset;
        Path file = assets.resolve(relative).normalize();
        return file.startsWith(assets.normalize()) && Files.isRegularFile(file)
                ? Optional.of(file.toUri().toString()) : Optional.empty();
    }

    /** Where pictures and meshes are read from. */
    public Path assets() {
        return assets;
    }
}
