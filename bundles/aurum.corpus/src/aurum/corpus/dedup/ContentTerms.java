package aurum.corpus.dedup;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The terms of a text with their counts, as 32-bit term hashes: what {@link KeyTerms} are chosen from.
 * Terms are the content words and each pair of neighbouring content words (in either order, so "cost
 * sharing" and "sharing of costs" meet); the pairs carry the facts of a story ("negative test",
 * "Trump era") that single topic words do not. Hashing instead of a dictionary keeps memory flat on
 * large corpora; a collision of two of the few hundred terms of a document pair is negligible. Content
 * words are the words of {@link TextNormalizer#words} with at
 * least three characters, not only digits, not on a short English stop list, with a possessive or
 * plural {@code s} cut ("Japan's" = "Japan", "deals" = "deal") so that rewrites of one story meet on
 * the same terms. Thread-safe.
 */
public final class ContentTerms {

    private static final Set<String> STOP = Set.of(("the and for with from that this these those which who whom whose"
            + " what when where why how not nor but than then there their they them his her hers its our ours"
            + " you your yours are was were been being has have had having will would can could should may might"
            + " must shall does did done also more most other some such only own same too very just about over"
            + " under again further once here all any both each few into through during before after above below"
            + " out off between against while said says say told one two new per").split(" "));

    /** The term counts of {@code text}: term hashes ascending, each with its count. */
    public Counts count(String text) {
        return countWords(TextNormalizer.words(text));
    }

    /** The term counts of a text already split by {@link TextNormalizer#words}. */
    public Counts countWords(List<String> words) {
        // every occurrence as its hash, sorted, then counted in runs: no boxed map per document
        int[] occurrences = new int[Math.max(0, words.size() * 2 - 1)];
        int n = 0;
        long previous = 0;
        for (String word : words) {
            String term = term(word);
            if (term != null) {
                long hash = Hashing.word(term);
                occurrences[n++] = (int) Hashing.mix(hash);
                if (previous != 0) {
                    occurrences[n++] = (int) Hashing.mix(previous ^ hash);
                }
                previous = hash;
            }
        }
        Arrays.sort(occurrences, 0, n);
        int[] terms = new int[n];
        int[] tf = new int[n];
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (distinct > 0 && terms[distinct - 1] == occurrences[i]) {
                tf[distinct - 1]++;
            } else {
                terms[distinct] = occurrences[i];
                tf[distinct++] = 1;
            }
        }
        return new Counts(Arrays.copyOf(terms, distinct), Arrays.copyOf(tf, distinct));
    }

    static String term(String word) {
        String w = word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
        if (w.length() < 3 || STOP.contains(w) || onlyDigits(w)) {
            return null;
        }
        if (w.length() > 4 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static boolean onlyDigits(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isDigit(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Term counts of one document.
     *
     * @param terms term hashes, ascending
     * @param counts how often each term occurs
     */
    public record Counts(int[] terms, int[] counts) {

        /** How often term {@code term} occurs. */
        public int count(int term) {
            int i = Arrays.binarySearch(terms, term);
            return i < 0 ? 0 : counts[i];
        }
    }
}
