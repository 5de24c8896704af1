// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.lang;

import dev.atelier.domain.catalog.SourcePos;

import java.util.ArrayList;
import java.util.List;

/** Splits a rule text into tokens. Identifiers may contain dashes, so binary minus needs spaces around it. */
final class Lexer {

    private static final String[] SYMBOLS = {"<=", ">=", "!=", "==", "(", ")", "{", "}", "[", "]", ",", ".", "=",
        "<", ">", "+", "-", "*", "/"};

    private Lexer() {
    }

    static List<Token> tokenize(String text, SourcePos pos) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '#') {
                while (i < n && text.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '"') {
                int start = i++;
                StringBuilder sb = new StringBuilder();
                while (i < n && text.charAt(i) != '"') {
                    sb.append(text.charAt(i++));
                }
                if (i >= n) {
                    throw new RuleSyntaxException(pos.plusColumns(start), "unterminated string");
                }
                i++;
                tokens.add(new Token(Token.Kind.STRING, sb.toString(), start));
            } else if (Character.isDigit(c) || isIdentStart(c)) {
                int start = i;
                int numEnd = scanNumber(text, i);
                if (numEnd > i && (numEnd >= n || !isIdentPart(text.charAt(numEnd)))) {
                    tokens.add(new Token(Token.Kind.NUMBER, text.substring(i, numEnd), start));
                    i = numEnd;
                } else {
                    while (i < n && isIdentPart(text.charAt(i))) {
                        i++;
                    }
                    // a trailing dash belongs to an operator, not to the name
                    while (text.charAt(i - 1) == '-') {
                        i--;
                    }
                    tokens.add(new Token(Token.Kind.IDENT, text.substring(start, i), start));
                }
            } else {
                String sym = null;
                for (String s : SYMBOLS) {
                    if (text.startsWith(s, i)) {
                        sym = s;
                        break;
                    }
                }
                if (sym == null) {
                    throw new RuleSyntaxException(pos.plusColumns(i), "unexpected character '" + c + "'");
                }
                tokens.add(new Token(Token.Kind.SYMBOL, sym.equals("==") ? "=" : sym, i));
                i += sym.length();
            }
        }
        tokens.add(new Token(Token.Kind.END, "", n));
        return tokens;
    }

    private static int scanNumber(String text, int i) {
        int n = text.length();
        int j = i;
        while (j < n && Character.isDigit(text.charAt(j))) {
            j++;
        }
        if (j == i) {
            return i;
        }
        if (j + 1 < n && text.charAt(j) == '.' && Character.isDigit(text.charAt(j + 1))) {
            j++;
            while (j < n && Character.isDigit(text.charAt(j))) {
                j++;
            }
        }
        return j;
    }

    private static boolean isIdentStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isIdentPart(char c) {
        return isIdentStart(c) || Character.isDigit(c) || c == '-' || c == '_';
    }
}
