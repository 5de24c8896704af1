// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.lang;

import java.math.BigDecimal;

/** A value an expression evaluates to. */
public sealed interface Value {

    /** A number (parameters, counts, arithmetic). */
    record Num(BigDecimal value) implements Value {
    }

    /** A symbol: an option id, a string. */
    record Sym(String value) implements Value {
    }

    /** A truth value. */
    record Bool(boolean value) implements Value {
    }

    /** Not applicable: an absent instance or a hidden variable. */
    record Na() implements Value {
    }

    /** Not decided yet: a variable the partial configuration has not set. */
    record Unknown() implements Value {
    }

    Value NA = new Na();
    Value UNKNOWN = new Unknown();
    Value TRUE = new Bool(true);
    Value FALSE = new Bool(false);

    static Value of(boolean b) {
        return b ? TRUE : FALSE;
    }
}
