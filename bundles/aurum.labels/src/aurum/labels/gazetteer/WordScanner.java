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
    private static final boolean[] ASCII_WORD = new boolean[0x80];

    static {
        for (char c = 0; c < 0x80; c++) {
            ASCII_WORD[c] = WordBoundaries.isAsciiAlphanumeric(c);
        }
    }

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
     * {@code offers} as they end.
     */
    void scan(CharSequence text, Cancellation cancel, LeftmostLongestSelector selector, Emitter offers) {
        int length = text.length();
        int maxLength = words.maxLength();
        // holds the folded token; longer words are read to their end but cannot be tokens
        char[] buffer = new char[maxLength + 2];
        int state = PhraseAutomaton.ROOT;
        int nextCheck = 0;
        int i = 0;
        while (i < length) {
            if (i >= nextCheck) {
                cancel.throwIfCancelled();
                nextCheck = (i | CANCEL_CHECK_MASK) + 1;
            }
            char c = text.charAt(i);
            int token;
            if (c < 0x80 && !ASCII_WORD[c]) {
                token = words.asciiToken(c);
                i++;
            } else if (startsWord(text, i, c)) {
                int n = 0;
                int hash = 0;
                while (i < length) {
                    char d = text.charAt(i);
                    if (d < 0x80 ? ASCII_WORD[d] : WordBoundaries.isWordCharBmp(d)) {
                        char f = folder.fold(d);
                        if (n < buffer.length) {
                            buffer[n] = f;
                        }
                        n++;
                        hash = 31 * hash + f;
                        i++;
                    } else if (Character.isHighSurrogate(d)) {
                        int cp = Character.codePointAt(text, i);
                        if (!Character.isSupplementaryCodePoint(cp) || !WordBoundaries.isWordChar(cp)) {
                            break;
                        }
                        int f = folder.foldSupplementary(cp);
                        char high = Character.highSurrogate(f);
                        char low = Character.lowSurrogate(f);
                        if (n + 1 < buffer.length) {
                            buffer[n] = high;
                            buffer[n + 1] = low;
                        }
                        n += 2;
                        hash = 31 * (31 * hash + high) + low;
                        i += 2;
                    } else {
                        break;
                    }
                }
                token = n > maxLength ? -1 : words.find(buffer, n, hash);
            } else {
                token = otherToken(text, i, c, buffer);
                i += Character.charCount(Character.codePointAt(text, i));
            }
            state = token < 0 ? PhraseAutomaton.ROOT : phrases.step(state, token);
            if (phrases.hasOutput(state)) {
                for (int node = phrases.firstOutput(state); node >= 0; node = phrases.nextOutput(node)) {
                    int entry = phrases.entryAt(node);
                    offers.emit(i - phrases.charDepth(node), i, entry);
                }
            }
            if (selector != null && selector.hasPending()) {
                int bound = i - phrases.charDepth(state);
                if (selector.canSettle(bound)) {
                    selector.settle(bound);
                }
            }
        }
        if (i >= nextCheck) {
            cancel.throwIfCancelled();
        }
    }

    private static boolean startsWord(CharSequence text, int i, char c) {
        if (c < 0x80) {
            return true;
        }
        if (!Character.isSurrogate(c)) {
            return WordBoundaries.isWordCharBmp(c);
        }
        int cp = Character.codePointAt(text, i);
        return Character.isSupplementaryCodePoint(cp) && WordBoundaries.isWordChar(cp);
    }

    /** The id of the single non-word code point at {@code i} (not ASCII), or -1; a lone surrogate is never a token. */
    private int otherToken(CharSequence text, int i, char c, char[] buffer) {
        if (!Character.isSurrogate(c)) {
            buffer[0] = folder.fold(c);
            return words.find(buffer, 1, buffer[0]);
        }
        int cp = Character.codePointAt(text, i);
        if (!Character.isSupplementaryCodePoint(cp)) {
            return -1;
        }
        int f = folder.foldSupplementary(cp);
        buffer[0] = Character.highSurrogate(f);
        buffer[1] = Character.lowSurrogate(f);
        return words.find(buffer, 2, 31 * buffer[0] + buffer[1]);
    }
}
