// SPDX-License-Identifier: Apache-2.0
package dev.atelier.app.cli;

import dev.atelier.domain.catalog.Catalog;
import dev.atelier.domain.catalog.PriceList;
import dev.atelier.domain.catalog.Rule;
import dev.atelier.domain.configuration.ChoiceNotAvailableException;
import dev.atelier.domain.configuration.Configuration;
import dev.atelier.domain.configuration.ConfigurationSession;
import dev.atelier.domain.configuration.Labels;
import dev.atelier.domain.rules.compile.CompiledProduct;
import dev.atelier.domain.rules.compile.ProductCompiler;
import dev.atelier.domain.rules.engine.RuleEngine;
import dev.atelier.domain.rules.engine.RuleEngines;
import dev.atelier.domain.rules.model.FdModel;
import dev.atelier.io.catalog.CatalogLibrary;
import dev.atelier.io.design.DesignFile;
import dev.atelier.io.design.DesignFileException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns a design file into a complete, valid configuration of its catalog's product — or says precisely why not
 * (unknown catalog, version or product, a value that no longer exists, choices that do not fit together, choices
 * still open). Shared by {@code price}, {@code quote}, {@code bom} and {@code render}.
 */
final class DesignResolver {

    /** A design checked against its catalog. */
    record Resolved(DesignFile design, Catalog catalog, Configuration configuration) {

        /** The price list with this id, or the catalog's default. */
        PriceList priceList(String id) throws CliException {
            if (id == null) {
                return catalog.defaultPriceList().orElseThrow(() -> new CliException(CliException.INVALID,
                        "catalog " + catalog.id() + " has no price list"));
            }
            return catalog.priceList(id).orElseThrow(() -> new CliException(CliException.INVALID,
                    "--price-list: catalog " + catalog.id() + " has no price list '" + id + "' (it has "
                            + catalog.priceLists().stream().map(PriceList::id).collect(Collectors.joining(", "))
                            + ")"));
        }
    }

    private final Function<FdModel, RuleEngine> fallback;

    DesignResolver(Function<FdModel, RuleEngine> fallback) {
        this.fallback = fallback;
    }

    Resolved resolve(Path designPath, Path catalogs) throws CliException {
        if (!Files.isRegularFile(designPath)) {
            throw new CliException(CliException.UNREADABLE, designPath + ": no such file");
        }
        DesignFile design;
        try {
            design = DesignFile.read(designPath);
        } catch (DesignFileException e) {
            throw new CliException(CliException.INVALID, e.getMessage());
        }
        CatalogLibrary library;
        try {
            library = CatalogLibrary.read(catalogs);
        } catch (IOException e) {
            throw new CliException(CliException.UNREADABLE, "cannot read the catalogs at " + catalogs
                    + " (use --catalogs DIR)");
        }
        Catalog catalog = library.catalog(design.catalog()).orElseThrow(() -> new CliException(
                CliException.INVALID, designPath + ": catalog: no catalog '" + design.catalog() + "' in " + catalogs
                + (library.rejected().isEmpty() ? "" : " (files with errors: " + library.rejected().stream()
                .map(r -> r.file()).collect(Collectors.joining(", ")) + ")")));
        if (!design.madeWith(catalog)) {
            throw new CliException(CliException.INVALID, designPath + ": catalogVersion: the design was made with "
                    + catalog.id() + " " + design.catalogVersion() + ", but " + catalogs + " has version "
                    + catalog.version() + "; reopen it in the kiosk or the sales workspace to re-validate it");
        }
        Configuration partial;
        try {
            partial = design.toConfiguration(catalog);
        } catch (DesignFileException e) {
            throw new CliException(CliException.INVALID, designPath + ": " + e.getMessage());
        }
        CompiledProduct compiled;
        try {
            compiled = new ProductCompiler().compile(catalog, partial.product());
        } catch (RuntimeException e) {
            throw new CliException(CliException.INVALID, "catalog " + catalog.id() + ", product "
                    + partial.product().id() + ": " + e.getMessage() + " (run: atelier catalog check)");
        }
        ConfigurationSession session = new ConfigurationSession(compiled.space(),
                RuleEngines.create(compiled.model(), fallback));
        Labels labels = new Labels(compiled.space(), Labels.BUILT_IN);
        for (Map.Entry<String, String> e : design.selections().entrySet()) {
            try {
                session.select(e.getKey(), e.getValue());
            } catch (ChoiceNotAvailableException ex) {
                throw new CliException(CliException.INVALID, designPath + ": selections." + e.getKey() + ": "
                        + why(session, labels, e.getKey(), e.getValue()));
            }
        }
        for (Map.Entry<String, String> e : design.texts().entrySet()) {
            try {
                session.setText(e.getKey(), e.getValue());
            } catch (ChoiceNotAvailableException ex) {
                throw new CliException(CliException.INVALID, designPath + ": texts." + e.getKey() + ": "
                        + ex.getMessage());
            }
        }
        if (!session.state().complete()) {
            List<String> open = session.state().open();
            throw new CliException(CliException.INVALID, designPath + ": the design is incomplete; still open: "
                    + open.stream().limit(8).collect(Collectors.joining(", "))
                    + (open.size() > 8 ? " and " + (open.size() - 8) + " more" : ""));
        }
        return new Resolved(design, catalog, session.state().decided());
    }

    private static String why(ConfigurationSession session, Labels labels, String var, String value) {
        ConfigurationSession.Why why = session.explain(var, value);
        String rules = why.rules().stream().map(Rule::message).map(m -> m.get(Locale.ENGLISH))
                .collect(Collectors.joining("; "));
        String because = why.because().entrySet().stream()
                .map(b -> labels.choice(b.getKey(), b.getValue(), Locale.ENGLISH)).collect(Collectors.joining(", "));
        return "'" + value + "' does not fit the other choices"
                + (rules.isEmpty() ? "" : ": " + rules)
                + (because.isEmpty() ? " (never possible in this catalog)" : " (because of " + because + ")");
    }
}
