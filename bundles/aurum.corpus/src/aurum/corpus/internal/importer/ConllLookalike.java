package aurum.corpus.internal.importer;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Tells a text file that is really CoNLL (one token per line with tag columns, as CoNLL-2003 or GermEval
 * files named {@code .txt} are) from prose, so that the plain-text import does not store token lists as
 * documents without a word. Reads the first {@value #LINES} lines: a file looks like CoNLL when at least
 * {@value #MIN_TOKENS} of them are token lines, nine in ten of those have the same number of columns (2 to 10),
 * nine in ten end with a tag ({@code O}, {@code B-X}, {@code I-X}, BIOES or BILOU) and at least one tag is not
 * {@code O} (or a {@code -DOCSTART-} line is present). Prose lines rarely end in such a tag.
 */
final class ConllLookalike {

    static final int LINES = 2000;
    static final int MIN_TOKENS = 5;

    private ConllLookalike() {
    }

    /**
     * What makes {@code text} look like CoNLL, for a message (e.g. "lines of 4 columns ending in tags such as
     * B-PER, I-LOC"), or empty when it does not.
     */
    static Optional<String> describe(String text) {
        Map<Integer, Integer> widths = new TreeMap<>();
        Map<String, Integer> tags = new TreeMap<>();
        int tokenLines = 0;
        int tagged = 0;
        boolean docstart = false;
        int read = 0;
        for (int start = 0; start < text.length() && read < LINES; read++) {
            int end = text.indexOf('\n', start);
            String line = (end < 0 ? text.substring(start) : text.substring(start, end)).strip();
            start = end < 0 ? text.length() : end + 1;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("-DOCSTART-")) {
                docstart = true;
                continue;
            }
            String[] columns = line.split("\\s+");
            tokenLines++;
            widths.merge(columns.length, 1, Integer::sum);
            String last = columns[columns.length - 1];
            if (columns.length >= 2 && ConllTags.isTag(last)) {
                tagged++;
                if (!last.equals("O")) {
                    tags.merge(last, 1, Integer::sum);
                }
            }
        }
        if (tokenLines < MIN_TOKENS || tagged * 10 < tokenLines * 9 || (tags.isEmpty() && !docstart)) {
            return Optional.empty();
        }
        Map.Entry<Integer, Integer> common = widths.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        if (common.getKey() < 2 || common.getKey() > 10 || common.getValue() * 10 < tokenLines * 9) {
            return Optional.empty();
        }
        String examples = String.join(", ", tags.keySet().stream().limit(3).toList());
        return Optional.of(tagged + " of its first " + tokenLines + " non-blank lines are a token and tag columns ("
                + common.getKey() + " columns" + (examples.isEmpty() ? "" : ", tags such as " + examples) + ")");
    }
}
