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
    /** A power of two above the most tokens in a key: how many recent tokens a scan remembers. */
    private final int recentTokens;

    private WordScanner(WordTable words, PhraseAutomaton phrases, CharFolder folder, int[] nextEntry,
            int longestKey) {
        this.words = words;
        this.phrases = phrases;
        this.folder = folder;
        this.nextEntry = nextEntry;
        this.recentTokens = Integer.highestOneBit(longestKey + 1) << 1;
    }

    /** Builds the word table and phrase automaton for keys already folded with {@code folder}. */
    static WordScanner compile(String[] foldedKeys, CharFolder folder) {
        Map<String, Integer> ids = new HashMap<>();
        List<String> tokens = new ArrayList<>();
        int[][] sequences = new int[foldedKeys.length][];
        int longestKey = 0;
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
            longestKey = Math.max(longestKey, sequence.length);
        }
        WordTable words = new WordTable(tokens, folder);
        PhraseCompiler compiler = new PhraseCompiler(sequences, words);
        return new WordScanner(words, compiler.compile(), folder, compiler.nextEntry, longestKey);
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
     * {@code offers} as they end. Entries are given as {@link PhraseAutomaton#entryCode} gives them.
     * <p>
     * One loop reads the tokens: ASCII words and ASCII punctuation (the common case) right here, folding
     * each character and packing the folded word into a {@code long} for {@link WordTable#findShort};
     * every other token through a {@link TokenReader}. The automaton runs one token behind the reader:
     * the next word's table lookup does not depend on the automaton's step for the current one, so the
     * processor can wait for both cache misses at once.
     * <p>
     * Once leftmost-longest has chosen a match, nothing that starts before its end is wanted; if the
     * automaton's state still reaches back into the match, the scan restarts it from the root over the
     * few tokens after the match ({@link #restart}), which is cheaper than the failure links the next
     * step would otherwise follow out of the deep node.
     */
    void scan(CharSequence text, Cancellation cancel, LeftmostLongestSelector selector, Emitter offers) {
        int length = text.length();
        TokenReader reader = new TokenReader(text, words, folder);
        // longer words are read to their end but cannot be tokens
        char[] buffer = new char[Math.max(words.maxLength(), WordTable.MEDIUM) + 1];
        int state = PhraseAutomaton.ROOT;
        int nextCheck = 0;
        int[] recent = new int[recentTokens];
        int[] recentEnds = new int[recentTokens];
        int count = 0;
        int token = NONE;
        int end = 0;
        int i = 0;
        while (true) {
            if (i >= nextCheck) {
                // between tokens, so also after a long word
                cancel.throwIfCancelled();
                nextCheck = (i | CANCEL_CHECK_MASK) + 1;
            }
            int nextToken = NONE;
            if (i < length) {
                char c = text.charAt(i);
                if (c >= 0x80) {
                    long read = reader.read(i);
                    nextToken = (int) read;
                    i = (int) (read >>> 32);
                } else if (!ASCII_WORD[c]) {
                    nextToken = words.asciiToken(c);
                    i++;
                } else {
                    int start = i;
                    long packed = 0;
                    int n = 0;
                    while (true) {
                        char f = folder.fold(c);
                        packed = packed << 8 | f;
                        if (n < buffer.length) {
                            buffer[n] = f;
                        }
                        n++;
                        if (++i == length) {
                            break;
                        }
                        c = text.charAt(i);
                        if (c >= 0x80 || !ASCII_WORD[c]) {
                            break;
                        }
                    }
                    if (i < length && c >= 0x80 && reader.startsWord(i, c)) {
                        // the word goes on beyond ASCII: read it again, whole
                        long read = reader.read(start);
                        nextToken = (int) read;
                        i = (int) (read >>> 32);
                    } else if (n <= WordTable.SHORT) {
                        nextToken = words.findShort(packed, n);
                    } else if (n <= WordTable.MEDIUM) {
                        nextToken = words.findMedium(pack(buffer, 0, WordTable.SHORT), packed & lowMask(n), n);
                    } else {
                        nextToken = words.find(buffer, n);
                    }
                }
            }
            if (token != NONE) {
                state = step(state, token);
                recent[count & (recentTokens - 1)] = token;
                recentEnds[count & (recentTokens - 1)] = end;
                count++;
                if (state != PhraseAutomaton.ROOT && phrases.hasOutput(state)) {
                    for (int node = phrases.firstOutput(state); node >= 0; node = phrases.nextOutput(node)) {
                        int matchStart = end - phrases.charDepth(node);
                        if (selector != null) {
                            selector.offer(matchStart, end, phrases.entryCode(node));
                        } else {
                            offers.emit(matchStart, end, phrases.entryCode(node));
                        }
                    }
                }
                if (selector != null && selector.hasPending()) {
                    int bound = end - phrases.charDepth(state);
                    if (selector.canSettle(bound)) {
                        selector.settle(bound);
                        if (selector.nextFree() > bound) {
                            state = restart(state, selector.nextFree(), recent, recentEnds, count);
                        }
                    }
                }
            }
            if (nextToken == NONE) {
                return;
            }
            token = nextToken;
            end = i;
        }
    }

    /**
     * The state for the text from {@code from} (the end of a chosen match, a token end) to the end of
     * the newest token: the root's walk over the tokens in between, all among the {@code count} tokens
     * read so far, whose ids and ends {@code recent} and {@code recentEnds} hold as a ring. Keeps
     * {@code state} should the ring not reach back that far.
     */
    private int restart(int state, int from, int[] recent, int[] recentEnds, int count) {
        int mask = recentTokens - 1;
        int first = count - 1;
        while (recentEnds[first & mask] > from) {
            first--;
            if (first < 0 || count - first > recentTokens) {
                return state;
            }
        }
        int s = PhraseAutomaton.ROOT;
        for (int k = first + 1; k < count; k++) {
            s = step(s, recent[k & mask]);
        }
        return s;
    }

    private static long pack(char[] chars, int from, int to) {
        long packed = 0;
        for (int i = from; i < to; i++) {
            packed = packed << 8 | chars[i];
        }
        return packed;
    }

    /** The bits of the last {@code n - 8} characters packed into a {@code long}. */
    private static long lowMask(int n) {
        return -1L >>> (8 * (WordTable.MEDIUM - n));
    }

    private int step(int state, int token) {
        if (token < 0) {
            return PhraseAutomaton.ROOT;
        }
        return state == PhraseAutomaton.ROOT ? phrases.rootNext(token) : phrases.step(state, token);
    }
}
