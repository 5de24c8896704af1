// SPDX-License-Identifier: Apache-2.0
package dev.atelier.io.catalog;

/** Where a piece of text is in a document, as {@code line:column} (1-based), for exact position assertions. */
final class TextPositions {

    private TextPositions() {
    }

    /** The position of the first character of the first occurrence of {@code needle}. */
    static String of(String text, String needle) {
        int i = text.indexOf(needle);
        if (i < 0) {
            throw new IllegalArgumentException("'" + needle + "' is not in the text");
        }
        return of(text, i);
    }

    /** The position of the character at {@code offset}. */
    static String of(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int k = 0; k < offset; k++) {
            if (text.charAt(k) == '\n') {
                line++;
                lineStart = k + 1;
            }
        }
        return line + ":" + (offset - lineStart + 1);
    }

    /** {@code text} with the first occurrence of {@code from} replaced (which must exist). */
    static String replaceOnce(String text, String from, String to) {
        int i = text.indexOf(from);
        if (i < 0) {
            throw new IllegalArgumentException("'" + from + "' is not in the text");
        }
        return text.substring(0, i) + to + text.substring(i + from.length());
    }
}
