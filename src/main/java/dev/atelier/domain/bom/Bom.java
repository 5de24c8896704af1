// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.bom;

import dev.atelier.domain.catalog.BomLine;
import dev.atelier.domain.catalog.ProductKind;
import dev.atelier.domain.configuration.Configuration;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The bill of materials of one configuration: the cut list of panels (furniture), hardware, fabric and trim
 * items, the measurement sheet (every parameter value with its unit) and the free texts production needs.
 * Built by {@link BomCalculator}; see there for how catalog entries become parts.
 *
 * @param productId    the product
 * @param kind         furniture or clothing
 * @param panels       the cut list, identical panels aggregated, in order of first appearance
 * @param items        hardware, fabric and trim, identical items summed, in order of first appearance
 * @param measurements every parameter value of the configuration (absent instances left out)
 * @param texts        non-empty free texts of present instances
 * @param undecided    parts left out because they depend on choices not made yet ({@code instancePath/id});
 *                     empty for a complete configuration
 */
public record Bom(String productId, ProductKind kind, List<Panel> panels, List<BomItem> items,
                  List<Measurement> measurements, List<TextEntry> texts, List<String> undecided) {

    public Bom {
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(kind, "kind");
        panels = List.copyOf(panels);
        items = List.copyOf(items);
        measurements = List.copyOf(measurements);
        texts = List.copyOf(texts);
        undecided = List.copyOf(undecided);
    }

    /**
     * The bill of materials of {@code configuration}. Convenience for one-off use (CLI, quotes): it parses the
     * product's expressions on every call; code that recomputes on every click keeps one {@link BomCalculator}.
     */
    public static Bom of(Configuration configuration) {
        return new BomCalculator().bom(configuration);
    }

    /** Items of one kind. */
    public List<BomItem> items(BomLine.Kind kind) {
        return items.stream().filter(i -> i.kind() == kind).toList();
    }

    /** Total number of panels to cut. */
    public int panelCount() {
        return panels.stream().mapToInt(Panel::count).sum();
    }

    /** Total edge banding in metres. */
    public BigDecimal edgeBandingM() {
        return panels.stream().map(Panel::edgeBandingM).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Whether every part could be decided (the configuration was complete enough). */
    public boolean isComplete() {
        return undecided.isEmpty();
    }
}
