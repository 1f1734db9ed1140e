package aurum.corpus.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * Which columns of a CoNLL file hold the token and the tags. Columns count from 1; a negative number
 * counts from the end ({@code -1} is the last column). {@link #AUTO} takes the token from the first
 * column and the tags from the last, except in GermEval's layout (a running token number, the token and two
 * tag columns: outer and nested entities), where it takes the token from the second column and tags from both
 * others. docs/FORMATS.md lists the layouts.
 *
 * @param token the token column, or 0 for {@link #AUTO}
 * @param tags the tag columns, each giving its own spans (nested entities in a second column overlap the
 *        first's); empty for {@link #AUTO}
 */
public record ConllColumns(int token, List<Integer> tags) {

    /** Token and tag columns found from the file, see the class comment. */
    public static final ConllColumns AUTO = new ConllColumns(0, List.of());

    /** Checks the numbers. */
    public ConllColumns {
        tags = List.copyOf(tags);
        if (token == 0 && !tags.isEmpty() || token != 0 && tags.isEmpty()) {
            throw new IllegalArgumentException("give the token column and at least one tag column, or neither");
        }
        if (tags.contains(0)) {
            throw new IllegalArgumentException("columns count from 1 (or from -1 at the end); 0 is no column");
        }
    }

    /**
     * Reads {@code TOKEN,TAG[,TAG…]}, e.g. {@code 1,-1} (CoNLL-2003), {@code 1,5} (German CoNLL-2003),
     * {@code 2,3,4} (GermEval), or {@code auto}.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static ConllColumns parse(String spec) {
        if (spec.isBlank() || spec.strip().equalsIgnoreCase("auto")) {
            return AUTO;
        }
        String[] parts = spec.split(",");
        if (parts.length < 2) {
            throw new IllegalArgumentException("'" + spec + "' names no tag column; write TOKEN,TAG[,TAG…], e.g. 1,-1 or 2,3,4");
        }
        List<Integer> numbers = new ArrayList<>();
        for (String part : parts) {
            try {
                numbers.add(Integer.parseInt(part.strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + part.strip() + "' in '" + spec + "' is not a column number;"
                        + " write TOKEN,TAG[,TAG…], e.g. 1,-1 or 2,3,4");
            }
        }
        return new ConllColumns(numbers.get(0), numbers.subList(1, numbers.size()));
    }

    /** Whether the columns are found from the file. */
    public boolean isAuto() {
        return token == 0;
    }

    @Override
    public String toString() {
        if (isAuto()) {
            return "auto";
        }
        StringBuilder out = new StringBuilder().append(token);
        tags.forEach(t -> out.append(',').append(t));
        return out.toString();
    }
}
