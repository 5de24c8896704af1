// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.lang;

import java.util.List;

/** A parsed rule: what one rule text says. */
public sealed interface Statement {

    /** A hard constraint: the expression must hold. */
    record Constraint(Expr condition) implements Statement {
    }

    /** A soft default: {@code default ref = value [when condition]}; applied only when consistent. */
    record Default(Expr.Ref target, Expr value, Expr when) implements Statement {
    }

    /**
     * A visibility condition: {@code visible ref when condition}. When the condition is false the target is
     * hidden and takes no value ("not applicable").
     */
    record Visible(Expr.Ref target, Expr when) implements Statement {
    }

    /** A compatibility table: {@code table (a, b) allow {(x, y), …}} or {@code forbid}. */
    record Table(List<Expr.Ref> columns, boolean allow, List<List<Expr>> rows) implements Statement {
        public Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }
}
