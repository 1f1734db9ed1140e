package aurum.app.internal.help;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;

/**
 * Shows Markdown as readable text: headings bold (and their {@code #} marks dropped), code spans and
 * blocks in the monospace font, everything else as written. Enough for a user guide, not a renderer.
 */
final class MarkdownStyler {

    /**
     * @param text   the text to show
     * @param styles the style ranges over {@code text}
     */
    record Styled(String text, List<StyleRange> styles) {
    }

    private MarkdownStyler() {
    }

    static Styled style(String markdown) {
        StringBuilder out = new StringBuilder(markdown.length());
        List<StyleRange> styles = new ArrayList<>();
        boolean inCode = false;
        boolean previousWasProse = false;
        for (String line : markdown.replace("\r\n", "\n").split("\n", -1)) {
            if (line.startsWith("```")) {
                inCode = !inCode;
                previousWasProse = false;
                continue;
            }
            boolean prose = !inCode && isProse(line);
            if (prose && previousWasProse && !line.startsWith(" ")) {
                // a paragraph wrapped in the source is one paragraph on screen: the view wraps it itself
                out.setCharAt(out.length() - 1, ' ');
            } else if (prose && previousWasProse) {
                out.setCharAt(out.length() - 1, ' ');
                line = line.strip();
            }
            previousWasProse = prose;
            int start = out.length();
            if (inCode) {
                out.append(line).append('\n');
                styles.add(monospace(start, line.length()));
                continue;
            }
            int level = 0;
            while (level < line.length() && line.charAt(level) == '#') {
                level++;
            }
            if (level > 0 && level < line.length() && line.charAt(level) == ' ') {
                String heading = line.substring(level + 1);
                out.append(heading).append('\n');
                StyleRange range = new StyleRange(start, heading.length(), null, null, SWT.BOLD);
                range.rise = 0;
                styles.add(range);
                continue;
            }
            int from = 0;
            for (int tick = line.indexOf('`'); tick >= 0; tick = line.indexOf('`', from)) {
                int close = line.indexOf('`', tick + 1);
                if (close < 0) {
                    break;
                }
                out.append(line, from, tick);
                int codeStart = out.length();
                out.append(line, tick + 1, close);
                styles.add(monospace(codeStart, close - tick - 1));
                from = close + 1;
            }
            out.append(line, from, line.length()).append('\n');
        }
        return new Styled(out.toString(), styles);
    }

    /** A line of running text, not blank and not a heading, list item, table row, quote or picture. */
    private static boolean isProse(String line) {
        String t = line.strip();
        return !t.isEmpty() && !t.startsWith("#") && !t.startsWith("|") && !t.startsWith(">")
                && !t.startsWith("![") && !t.matches("([-*+]|\\d+\\.)\\s.*") && !line.startsWith("    ");
    }

    private static StyleRange monospace(int start, int length) {
        StyleRange range = new StyleRange();
        range.start = start;
        range.length = length;
        range.data = "monospace";
        return range;
    }
}
