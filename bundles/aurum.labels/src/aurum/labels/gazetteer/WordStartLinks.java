package aurum.labels.gazetteer;

/**
 * Turns the failure links of a whole-word automaton into links that skip every suffix starting inside
 * a word. A whole-word match can only begin where {@link WordBoundaries#canStartWord} allows, so the
 * scan never needs to track a partial match that began mid-word: on a mismatch it falls straight back
 * to the longest suffix that starts a word (usually the root), and mid-word text no longer walks into
 * the trie. Whether a suffix starts a word is read from the node's own string (a prefix of a witness
 * key), because both characters around the suffix's start lie inside it; case and whitespace folding
 * never change whether a character is a word character, so the folded key decides as the text would.
 * Outputs are unaffected: they keep following the true suffix chain.
 */
final class WordStartLinks {

    private final Automaton automaton;
    private final String[] keys;
    private final int[] witnessAt;

    WordStartLinks(Automaton automaton, String[] keys, int[] witnessAt) {
        this.automaton = automaton;
        this.keys = keys;
        this.witnessAt = witnessAt;
    }

    /** Replaces each node's failure link in {@code failLink} by its nearest word-starting suffix. */
    void replaceFailures(int[] failLink) {
        int count = automaton.nodeCount();
        int[] wordFail = new int[count];
        for (int node = 1; node < count; node++) {
            wordFail[node] = nearestWordStart(node);
        }
        for (int node = 1; node < count; node++) {
            failLink[node] = wordFail[node];
        }
    }

    private int nearestWordStart(int node) {
        String key = keys[witnessAt[node]];
        int nodeDepth = automaton.depth(node);
        int suffix = automaton.fail(node);
        while (suffix != Automaton.ROOT && !mayStartWord(key, nodeDepth - automaton.depth(suffix), nodeDepth)) {
            suffix = automaton.fail(suffix);
        }
        return suffix;
    }

    /**
     * Whether a match may start at {@code start} within the node string {@code key[0, length)}; true
     * when undecidable from it (a high surrogate whose partner the text has not shown yet).
     */
    private static boolean mayStartWord(String key, int start, int length) {
        char first = key.charAt(start);
        int at;
        if (Character.isHighSurrogate(first)) {
            if (start + 1 >= length) {
                return true;
            }
            at = Character.codePointAt(key, start);
        } else {
            at = first;
        }
        return !WordBoundaries.isWordChar(at) || !WordBoundaries.isWordChar(Character.codePointBefore(key, start));
    }
}
