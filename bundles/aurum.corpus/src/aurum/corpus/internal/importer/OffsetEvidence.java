package aurum.corpus.internal.importer;

import java.util.List;
import java.util.Optional;

import aurum.core.model.Document;
import aurum.core.text.Offsets;
import aurum.corpus.importer.ImportException;
import aurum.corpus.importer.ImportWarning;
import aurum.corpus.importer.OffsetUnit;

/**
 * Checks the span offsets of one file against the text, in the unit they are read in and in the other
 * units, so that a wrong unit is found instead of guessed: offsets that fall inside a character (half a
 * surrogate pair, the middle of a UTF-8 sequence) or beyond the text, and spans whose text field (brat's
 * covered text, spaCy's {@code text}) differs from what the offsets cover. {@link #verdict} turns what was
 * found into an error (offsets inside a character; text fields that all match in another unit) or warnings
 * with counts, naming the unit under which every span would fit.
 */
final class OffsetEvidence {

    /** The order in which a better unit is suggested: Python's code points are the usual other unit. */
    private static final List<OffsetUnit> PREFERENCE = List.of(OffsetUnit.CODE_POINTS, OffsetUnit.UTF16,
            OffsetUnit.UTF8_BYTES);

    private final String file;
    private final boolean lineBreaksAsSpaces;
    private long spans;
    private long withText;
    private final long[] lands = new long[OffsetUnit.values().length];
    private final long[] matches = new long[OffsetUnit.values().length];
    private final Problem failed = new Problem();
    private final Problem mismatched = new Problem();
    private final Problem ambiguous = new Problem();
    private OffsetUnit lastUnit;
    /** Start and end per unit of the span being checked: scratch, so checking allocates nothing. */
    private final int[] range = new int[2 * OffsetUnit.values().length];
    private boolean declaredEverywhere = true;

    /** The first occurrence and the count of one kind of problem. */
    private static final class Problem {
        long count;
        long line;
        String example;

        void add(long atLine, java.util.function.Supplier<String> what) {
            if (count++ == 0) {
                line = atLine;
                example = what.get();
            }
        }
    }

    /**
     * @param lineBreaksAsSpaces whether the text fields write each line break of the covered text as a space,
     *        as brat's {@code .ann} files do
     */
    OffsetEvidence(String file, boolean lineBreaksAsSpaces) {
        this.file = file;
        this.lineBreaksAsSpaces = lineBreaksAsSpaces;
    }

    /**
     * Converts one span's offsets and records how they fit.
     *
     * @param unit the unit the offsets are read in
     * @param declared whether the file or the user said so; when not, offsets that differ between units are
     *        counted as ambiguous
     * @param where the span in messages, e.g. {@code label[2]}
     * @param text the text the source says the span covers, or {@code null} when it does not say
     * @return the UTF-16 range, or {@code null} when the offsets do not fall on characters of the text in
     *         {@code unit} (counted; {@link #verdict} then fails)
     */
    int[] check(Document document, long line, String where, String label, OffsetUnit unit, boolean declared,
            int start, int end, String text) {
        spans++;
        lastUnit = unit;
        declaredEverywhere &= declared;
        if (text != null) {
            withText++;
        }
        Offsets offsets = document.offsets();
        boolean differ = false;
        boolean chosenLands;
        boolean chosenMatches;
        if (offsets.utf8Length() == offsets.utf16Length()) {
            // ASCII: every unit counts alike, so one check stands for all three
            chosenLands = start >= 0 && start < end && end <= offsets.utf16Length();
            chosenMatches = chosenLands && text != null && covers(document, start, end, text);
            for (int u = 0; u < lands.length; u++) {
                lands[u] += chosenLands ? 1 : 0;
                matches[u] += chosenMatches ? 1 : 0;
            }
            if (chosenLands) {
                range[2 * unit.ordinal()] = start;
                range[2 * unit.ordinal() + 1] = end;
            }
        } else {
            for (OffsetUnit u : OffsetUnit.values()) {
                if (convert(offsets, u, start, end, range, 2 * u.ordinal())) {
                    lands[u.ordinal()]++;
                    if (text != null && covers(document, range[2 * u.ordinal()], range[2 * u.ordinal() + 1], text)) {
                        matches[u.ordinal()]++;
                    }
                } else {
                    range[2 * u.ordinal()] = -1;
                }
            }
            chosenLands = range[2 * unit.ordinal()] >= 0;
            chosenMatches = chosenLands && text != null
                    && covers(document, range[2 * unit.ordinal()], range[2 * unit.ordinal() + 1], text);
            for (OffsetUnit u : OffsetUnit.values()) {
                differ |= range[2 * u.ordinal()] >= 0 && (range[2 * u.ordinal()] != range[2 * unit.ordinal()]
                        || range[2 * u.ordinal() + 1] != range[2 * unit.ordinal() + 1]);
            }
        }
        if (!chosenLands) {
            failed.add(line, () -> where + " [" + start + ", " + end + ") " + label + ": " + whyNot(offsets, unit, start, end));
            return null;
        }
        int from = range[2 * unit.ordinal()];
        int to = range[2 * unit.ordinal() + 1];
        if (text != null && !chosenMatches) {
            mismatched.add(line, () -> where + " [" + start + ", " + end + ") " + label + " covers '"
                    + covered(document, from, to) + "' but says '" + text + "'");
        } else if (!declared && text == null && differ) {
            ambiguous.add(line, () -> where + " [" + start + ", " + end + ") " + label);
        }
        return new int[] {from, to};
    }
    /**
     * Throws when some span did not fit its unit, and adds warnings for spans whose text differs from what
     * they cover and for offsets whose unit nobody declared but which mean different things in each unit.
     *
     * @param declare how the user declares the unit, e.g. {@code --offsets}
     */
    void verdict(List<ImportWarning> warnings, String declare) throws ImportException {
        if (spans == 0) {
            return;
        }
        Optional<OffsetUnit> better = better();
        String suggestion = better.map(u -> "With " + u.description() + " every span would fit"
                + (withText > 0 ? " and cover the text it names" : "") + ": import again with " + declare + " "
                + optionValue(u)).orElse("");
        if (failed.count > 0) {
            throw ImportException.atLine(file, failed.line, 0, failed.count + " of " + spans
                    + " span(s) do not fall on characters of the text when their offsets count "
                    + lastUnit.description() + " (first: " + failed.example + ")",
                    better.isPresent() ? suggestion
                            : "Check that the offsets belong to this text and say what they count with " + declare
                                    + " utf16|codepoints|utf8");
        }
        if (mismatched.count > 0) {
            String problem = mismatched.count + " of " + withText + " span(s) with a text cover other text than they"
                    + " say when their offsets count " + lastUnit.description() + " (first: " + mismatched.example + ")";
            if (better.isPresent()) {
                // every span lands on its text in another unit: the offsets count that one, and importing them
                // as they are would store wrong spans
                throw ImportException.atLine(file, mismatched.line, 0, problem, suggestion);
            }
            warnings.add(new ImportWarning(file, mismatched.line, problem + ". Check them: the text may have been"
                    + " edited after they were made"));
        }
        if (ambiguous.count > 0 && !declaredEverywhere && anotherUnitFits()) {
            warnings.add(new ImportWarning(file, ambiguous.line, "the file does not say what its offsets count; "
                    + ambiguous.count + " span(s) (first: " + ambiguous.example + ") come after characters that are "
                    + "counted differently in UTF-16 units, code points and UTF-8 bytes, and were read as "
                    + lastUnit.description() + ". Files from Python tools (doccano, spaCy) count code points: say "
                    + declare + " codepoints for them, or " + declare + " " + optionValue(lastUnit)
                    + " to confirm this reading"));
        }
    }

    /** Whether a unit other than the one used puts every span on characters and on the text it names. */
    private boolean anotherUnitFits() {
        for (OffsetUnit u : OffsetUnit.values()) {
            if (u != lastUnit && lands[u.ordinal()] == spans && matches[u.ordinal()] == withText) {
                return true;
            }
        }
        return false;
    }

    /** The preferred unit other than the one used under which every span lands and matches its text. */
    private Optional<OffsetUnit> better() {
        if (failed.count == 0 && mismatched.count == 0) {
            return Optional.empty();
        }
        for (OffsetUnit u : PREFERENCE) {
            if (u != lastUnit && lands[u.ordinal()] == spans && matches[u.ordinal()] == withText) {
                return Optional.of(u);
            }
        }
        return Optional.empty();
    }

    /** How the unit is written after {@code --offsets}. */
    static String optionValue(OffsetUnit unit) {
        return switch (unit) {
            case UTF16 -> "utf16";
            case CODE_POINTS -> "codepoints";
            case UTF8_BYTES -> "utf8";
        };
    }

    /** Converts into {@code into[at]} and {@code into[at + 1]}; false when the offsets do not fall on characters. */
    private static boolean convert(Offsets offsets, OffsetUnit unit, int start, int end, int[] into, int at) {
        if (start < 0 || end <= start) {
            return false;
        }
        try {
            into[at] = unit.toUtf16(offsets, start);
            into[at + 1] = unit.toUtf16(offsets, end);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
    private static String whyNot(Offsets offsets, OffsetUnit unit, int start, int end) {
        try {
            unit.toUtf16(offsets, start);
            unit.toUtf16(offsets, end);
            return "the range is empty or reversed";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** Whether {@code [from, to)} of the text is {@code text} (line breaks read as spaces where the source writes them so). */
    private boolean covers(Document document, int from, int to, String text) {
        String all = document.text();
        if (text.length() == to - from && all.regionMatches(from, text, 0, text.length())) {
            return true;
        }
        return lineBreaksAsSpaces && sameWithBreaksAsSpaces(all, from, to, text);
    }

    /**
     * Whether {@code text} is {@code [from, to)} of {@code all} with every line break (as regex {@code \R}
     * matches it: CRLF as one) written as a space: {@link #covered} compared, without a regex per span.
     */
    private static boolean sameWithBreaksAsSpaces(String all, int from, int to, String text) {
        int j = 0;
        for (int i = from; i < to; i++) {
            char c = all.charAt(i);
            if (isLineBreak(c)) {
                if (c == '\r' && i + 1 < to && all.charAt(i + 1) == '\n') {
                    i++;
                }
                c = ' ';
            }
            if (j == text.length() || text.charAt(j++) != c) {
                return false;
            }
        }
        return j == text.length();
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private String covered(Document document, int from, int to) {
        String covered = document.text().substring(from, to);
        return lineBreaksAsSpaces ? covered.replaceAll("\\R", " ") : covered;
    }}
