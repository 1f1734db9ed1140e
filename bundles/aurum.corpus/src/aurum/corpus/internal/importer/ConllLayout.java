package aurum.corpus.internal.importer;

import java.util.ArrayList;
import java.util.List;

import aurum.corpus.importer.ConllColumns;

/**
 * The columns of one CoNLL file, fixed by its first token line: how many there are, and which hold the
 * token and the tags (0-based). Every later token line must have as many.
 */
record ConllLayout(int columns, int token, int[] tags) {

    /**
     * The layout {@code columns} asks for, or finds from {@code first} when automatic.
     *
     * @return the layout, or {@code null} when a column number is outside the line (the message says so)
     */
    static ConllLayout of(ConllColumns wanted, String[] first, StringBuilder problem) {
        int n = first.length;
        if (wanted.isAuto()) {
            boolean numbered = n >= 3 && first[0].equals("1");
            if (numbered && n == 4 && ConllTags.isTag(first[2]) && ConllTags.isTag(first[3])) {
                return new ConllLayout(n, 1, new int[] {2, 3}); // GermEval: number, token, outer, nested
            }
            return new ConllLayout(n, numbered ? 1 : 0, new int[] {n - 1});
        }
        int token = index(wanted.token(), n);
        List<Integer> tags = new ArrayList<>();
        for (int t : wanted.tags()) {
            tags.add(index(t, n));
        }
        if (token < 0 || tags.contains(-1)) {
            problem.append("the line has ").append(n).append(" columns, fewer than the columns chosen (")
                    .append(wanted).append(") need");
            return null;
        }
        return new ConllLayout(n, token, tags.stream().mapToInt(Integer::intValue).toArray());
    }

    private static int index(int column, int n) {
        int i = column > 0 ? column - 1 : n + column;
        return i >= 0 && i < n ? i : -1;
    }

    /** The 1-based column numbers as the user writes them, e.g. {@code 2,3,4}. */
    String describe() {
        StringBuilder out = new StringBuilder().append(token + 1);
        for (int t : tags) {
            out.append(',').append(t + 1);
        }
        return out.toString();
    }
}
