// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.lang;

/** A token of the rule language; {@code offset} is its start in the rule text (0-based). */
record Token(Kind kind, String text, int offset) {

    enum Kind { IDENT, NUMBER, STRING, SYMBOL, END }

    boolean is(String symbolOrKeyword) {
        return (kind == Kind.SYMBOL || kind == Kind.IDENT) && text.equals(symbolOrKeyword);
    }

    String describe() {
        return switch (kind) {
            case END -> "end of rule";
            case STRING -> "\"" + text + "\"";
            default -> "'" + text + "'";
        };
    }
}
