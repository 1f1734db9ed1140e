package aurum.corpus.internal.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * The escapes of WebAnno TSV 3.2 and later. In feature values {@code \\ \[ \] \| \_ \-> \; \* \t \n} stand
 * for the character (a bare {@code *} is "no value", a bare {@code _} "no annotation"); in {@code #Text=}
 * lines {@code \\ \t \n \r \f \b} and a backslash before a control character do.
 */
final class WebAnnoTsvEscaping {

    private WebAnnoTsvEscaping() {
    }

    static String unescapeValue(String value) {
        if (value.indexOf('\\') < 0) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            char next = i + 1 < value.length() ? value.charAt(i + 1) : 0;
            if (c != '\\' || next == 0) {
                out.append(c);
            } else if ("\\[]|_;*".indexOf(next) >= 0) {
                out.append(next);
                i++;
            } else if (next == 't' || next == 'n') {
                out.append(next == 't' ? '\t' : '\n');
                i++;
            } else if (next == '-' && i + 2 < value.length() && value.charAt(i + 2) == '>') {
                out.append("->");
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static String unescapeText(String text) {
        if (text.indexOf('\\') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
            if (c != '\\' || next == 0) {
                out.append(c);
                continue;
            }
            int replaced = switch (next) {
                case '\\' -> '\\';
                case 't' -> '\t';
                case 'n' -> '\n';
                case 'r' -> '\r';
                case 'f' -> '\f';
                case 'b' -> '\b';
                default -> next < 32 ? next : -1;
            };
            if (replaced < 0) {
                out.append(c);
            } else {
                out.append((char) replaced);
                i++;
            }
        }
        return out.toString();
    }

    /** Splits at every {@code separator} that no backslash escapes; the parts stay escaped. */
    static List<String> split(String value, char separator) {
        List<String> parts = new ArrayList<>(2);
        int from = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == separator) {
                parts.add(value.substring(from, i));
                from = i + 1;
            }
        }
        parts.add(value.substring(from));
        return parts;
    }

    /**
     * The index of the {@code [} that opens a trailing disambiguation number ({@code PER[3]}), or -1 when
     * the value has none (an escaped {@code \]} is part of the value).
     */
    static int numberBracket(String value) {
        if (!value.endsWith("]") || value.endsWith("\\]")) {
            return -1;
        }
        int open = value.lastIndexOf('[');
        if (open < 0 || (open > 0 && value.charAt(open - 1) == '\\') || open == value.length() - 2) {
            return -1;
        }
        for (int i = open + 1; i < value.length() - 1; i++) {
            if (!Character.isDigit(value.charAt(i))) {
                return -1;
            }
        }
        return open;
    }
}
