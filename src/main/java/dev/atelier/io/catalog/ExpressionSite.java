// SPDX-License-Identifier: Apache-2.0
package dev.atelier.io.catalog;

import dev.atelier.domain.catalog.SourcePos;

import java.util.Objects;

/**
 * An expression written somewhere in a catalog file other than a rule (a price formula, a geometry size, a
 * condition), remembered by the reader so the checker can validate it and report problems at its place.
 *
 * @param productId product the expression belongs to
 * @param context   template path of the component it is evaluated in ({@code ""} for the product itself)
 * @param text      the expression
 * @param start     where its first character is in the file
 * @param kind      what it must evaluate to
 * @param what      what it is, for messages ({@code "price rule 'base' formula"})
 */
public record ExpressionSite(String productId, String context, String text, SourcePos start, Kind kind,
                             String what) {

    /** What an expression must be. */
    public enum Kind {
        /** A number (sizes, amounts, quantities). */
        NUMBER,
        /** A condition ({@code when}). */
        CONDITION,
        /** Any value (the text of a 3D text). */
        VALUE
    }

    public ExpressionSite {
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(text, "text");
        start = start == null ? SourcePos.UNKNOWN : start;
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(what, "what");
    }
}
