package aurum.corpus.boilerplate;

import java.util.ArrayList;
import java.util.List;

/** Splits page text into lines on LF, CRLF and lone CR alike, keeping offsets into the original text. */
final class LineSplitter {

    private LineSplitter() {
    }

    static List<Line> split(String page) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        int n = page.length();
        for (int i = 0; i < n; i++) {
            char c = page.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(line(page, lines.size(), start, i));
                if (c == '\r' && i + 1 < n && page.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < n) {
            lines.add(line(page, lines.size(), start, n));
        }
        return lines;
    }

    private static Line line(String page, int index, int start, int end) {
        return new Line(index, start, end, strip(page.substring(start, end)));
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static String strip(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && isSpace(s.charAt(a))) {
            a++;
        }
        while (b > a && isSpace(s.charAt(b - 1))) {
            b--;
        }
        return s.substring(a, b);
    }
}
