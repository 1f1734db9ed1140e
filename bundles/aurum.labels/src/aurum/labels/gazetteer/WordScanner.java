package aurum.labels.gazetteer;

import aurum.labels.gazetteer.LeftmostLongestSelector.Emitter;
import aurum.labels.recognizer.Cancellation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole-word scan: matches words, not characters. A whole-word match can neither begin nor end
 * inside a word ({@link WordBoundaries}), so every match is a run of whole tokens, where a token is a
 * maximal run of word characters or a single other code point (space, punctuation, emoji, a lone
 * surrogate). The scan reads each token once, sequentially, folding its characters and computing its
 * hash on the way; looks the token up in the {@link WordTable} of the dictionary's tokens (exact: the
 * characters are compared); and feeds the token id to the {@link PhraseAutomaton}. That is one or two
 * random memory accesses per token instead of one per character in a character trie.
 * <p>
 * Splitting keys and texts the same way is sound because folding never changes whether a character is
 * a word character (checked for every code point by a test), so the tokens of a folded key are the
 * folded tokens of any text it matches.
 */
final class WordScanner {

    private static final int CANCEL_CHECK_MASK = (1 << 16) - 1;
    /** No token read yet (distinct from -1, a token that is no key's). */
    private static final int NONE = Integer.MIN_VALUE;

    private final WordTable words;
    private final PhraseAutomaton phrases;
    private final CharFolder folder;
    /** Links entries with the same key, in insertion order; -1 ends a chain. */
    final int[] nextEntry;

    private WordScanner(WordTable words, PhraseAutomaton phrases, CharFolder folder, int[] nextEntry) {
        this.words = words;
        this.phrases = phrases;
        this.folder = folder;
        this.nextEntry = nextEntry;
    }

    /** Builds the word table and phrase automaton for keys already folded with {@code folder}. */
    static WordScanner compile(String[] foldedKeys, CharFolder folder) {
        Map<String, Integer> ids = new HashMap<>();
        List<String> tokens = new ArrayList<>();
        int[][] sequences = new int[foldedKeys.length][];
        for (int k = 0; k < foldedKeys.length; k++) {
            List<String> keyTokens = tokens(foldedKeys[k]);
            int[] sequence = new int[keyTokens.size()];
            for (int t = 0; t < sequence.length; t++) {
                sequence[t] = ids.computeIfAbsent(keyTokens.get(t), token -> {
                    tokens.add(token);
                    return tokens.size() - 1;
                });
            }
            sequences[k] = sequence;
        }
        WordTable words = new WordTable(tokens, folder);
        PhraseCompiler compiler = new PhraseCompiler(sequences, words);
        return new WordScanner(words, compiler.compile(), folder, compiler.nextEntry);
    }

    /** Splits a (folded) key into maximal runs of word characters and single other code points. */
    static List<String> tokens(String key) {
        List<String> tokens = new ArrayList<>();
        int wordStart = -1;
        for (int i = 0; i < key.length(); ) {
            int cp = key.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (WordBoundaries.isWordChar(cp)) {
                if (wordStart < 0) {
                    wordStart = i;
                }
            } else {
                if (wordStart >= 0) {
                    tokens.add(key.substring(wordStart, i));
                    wordStart = -1;
                }
                tokens.add(key.substring(i, next));
            }
            i = next;
        }
        if (wordStart >= 0) {
            tokens.add(key.substring(wordStart));
        }
        return tokens;
    }

    /** The word table's tokens plus the phrase automaton's nodes. */
    int nodeCount() {
        return words.size() + phrases.nodeCount();
    }

    /** The size of the arrays of the word table and the phrase automaton. */
    long bytes() {
        return words.bytes() + phrases.bytes() + 4L * nextEntry.length;
    }

    /**
     * Streams the matches in {@code text}: to {@code selector} if given (leftmost-longest), else to
     * {@code offers} as they end. The reader runs one token ahead of the automaton: the next word's
     * table lookup does not depend on the automaton's step for the current one, so the processor can
     * wait for both cache misses at once.
     */
    void scan(CharSequence text, Cancellation cancel, LeftmostLongestSelector selector, Emitter offers) {
        TokenReader reader = new TokenReader(text, words, folder);
        int state = PhraseAutomaton.ROOT;
        int nextCheck = 0;
        int token = NONE;
        int end = 0;
        while (true) {
            int position = reader.position;
            if (position >= nextCheck) {
                cancel.throwIfCancelled();
                nextCheck = (position | CANCEL_CHECK_MASK) + 1;
            }
            boolean more = !reader.atEnd();
            int nextToken = more ? reader.next() : NONE;
            if (token != NONE) {
                state = token < 0 ? PhraseAutomaton.ROOT : phrases.step(state, token);
                if (phrases.hasOutput(state)) {
                    for (int node = phrases.firstOutput(state); node >= 0; node = phrases.nextOutput(node)) {
                        offers.emit(end - phrases.charDepth(node), end, phrases.entryAt(node));
                    }
                }
                if (selector != null && selector.hasPending()) {
                    int bound = end - phrases.charDepth(state);
                    if (selector.canSettle(bound)) {
                        selector.settle(bound);
                    }
                }
            }
            if (!more) {
                return;
            }
            token = nextToken;
            end = reader.position;
        }
    }
}
