package aurum.labels.gazetteer;

import aurum.labels.recognizer.Cancellation;
import java.util.ArrayList;
import java.util.List;

/**
 * An immutable dictionary of entries (a key string and a payload each) that finds all entries in a
 * text in one left-to-right pass. Used by recognizers that propose labels from word lists and by the
 * corpus dictionary that re-finds already accepted strings.
 *
 * @param <P> what each entry carries, e.g. a label id with attributes
 */
public final class Gazetteer<P> {

    private static final int CANCEL_CHECK_MASK = (1 << 16) - 1;

    /** The character automaton, or {@code null} when {@link #words} does the scanning. */
    private final Automaton automaton;
    /** The word-level scanner that whole-word gazetteers use, or {@code null}. */
    private final WordScanner words;
    private final CharFolder folder;
    private final Object[] payloads;
    private final int[] keyLengths;
    private final int[] nextEntry;
    private final boolean wholeWords;
    private final boolean caseInsensitive;

    Gazetteer(Automaton automaton, WordScanner words, CharFolder folder, Object[] payloads, int[] keyLengths,
            int[] nextEntry, boolean caseInsensitive, boolean wholeWords) {
        this.automaton = automaton;
        this.words = words;
        this.folder = folder;
        this.payloads = payloads;
        this.keyLengths = keyLengths;
        this.nextEntry = nextEntry;
        this.caseInsensitive = caseInsensitive;
        this.wholeWords = wholeWords;
    }

    /** Starts an empty, case-sensitive gazetteer without whole-word matching. */
    public static <P> GazetteerBuilder<P> builder() {
        return new GazetteerBuilder<>();
    }

    /** The number of entries (duplicates with equal key and payload are stored once). */
    public int size() {
        return payloads.length;
    }

    /**
     * The number of nodes of the matching structure, for memory estimates: the character trie's nodes,
     * or for whole-word gazetteers the distinct words and other tokens of the keys (the word level)
     * plus the nodes of the trie over them (the phrase level).
     */
    public int nodeCount() {
        return words != null ? words.nodeCount() : automaton.nodeCount();
    }

    /** The approximate size in bytes of the matching structure's arrays, payloads not included. */
    public long memoryBytes() {
        return words != null ? words.bytes() : automaton.bytes() + 4L * (keyLengths.length + nextEntry.length);
    }

    /** Whether the word-level scanner does the matching (whole-word gazetteers); for tests. */
    boolean scansWords() {
        return words != null;
    }

    /** Whether matching ignores case (locale-independent simple folding). */
    public boolean isCaseInsensitive() {
        return caseInsensitive;
    }

    /** Whether matches must not begin or end inside a word. */
    public boolean isWholeWords() {
        return wholeWords;
    }

    /** All matches in {@code text}, in the order {@link #scan} reports them. */
    public List<Match<P>> find(CharSequence text, MatchMode mode) {
        return find(text, mode, Cancellation.NONE);
    }

    /** Like {@link #find(CharSequence, MatchMode)} but stops with an exception when cancelled. */
    public List<Match<P>> find(CharSequence text, MatchMode mode, Cancellation cancel) {
        List<Match<P>> matches = new ArrayList<>();
        scan(text, mode, cancel, (s, e, p) -> matches.add(new Match<>(s, e, p)));
        return matches;
    }

    /**
     * Streams matches in {@code text} to {@code sink}; linear in the text's length (plus the number of
     * matches). Entries that share a key are all reported for the same span.
     *
     * @throws aurum.labels.recognizer.RecognitionCancelledException when {@code cancel} asks to stop
     */
    public void scan(CharSequence text, MatchMode mode, Cancellation cancel, MatchSink<? super P> sink) {
        if (words != null) {
            LeftmostLongestSelector.Emitter emitter = (s, e, code) -> reportCode(s, e, code, sink);
            LeftmostLongestSelector selector = mode == MatchMode.LEFTMOST_LONGEST
                    ? new LeftmostLongestSelector(emitter)
                    : null;
            words.scan(text, cancel, selector, emitter);
            if (selector != null) {
                selector.settle(Integer.MAX_VALUE);
            }
            return;
        }
        LeftmostLongestSelector selector = mode == MatchMode.LEFTMOST_LONGEST
                ? new LeftmostLongestSelector((s, e, entry) -> report(s, e, entry, sink))
                : null;
        int length = text.length();
        int state = Automaton.ROOT;
        boolean skipInsideWords = wholeWords && !automaton.hasOutput(Automaton.ROOT);
        for (int i = 0; i < length; i++) {
            if ((i & CANCEL_CHECK_MASK) == 0) {
                cancel.throwIfCancelled();
            }
            if (state == Automaton.ROOT && skipInsideWords && WordBoundaries.continuesAsciiWord(text, i)) {
                i = skipInsideWord(text, i, selector, cancel);
                continue;
            }
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                int folded = folder.foldSupplementary(Character.toCodePoint(c, text.charAt(i + 1)));
                state = advance(state, Character.highSurrogate(folded), text, i);
                i++;
                state = advance(state, Character.lowSurrogate(folded), text, i);
            } else if (!Character.isSurrogate(c)) {
                state = advance(state, folder.fold(c), text, i);
            } else {
                state = advance(state, c, text, i);
            }
            int end = i + 1;
            if (automaton.hasOutput(state) && (!wholeWords || WordBoundaries.canEndWord(text, end))) {
                offerOutputs(automaton.firstOutput(state), end, text, selector, sink);
            }
            if (selector != null && selector.hasPending() && selector.canSettle(end - automaton.depth(state))) {
                selector.settle(end - automaton.depth(state));
            }
        }
        if (selector != null) {
            selector.settle(Integer.MAX_VALUE);
        }
    }

    /**
     * Passes over the rest of an ASCII word from {@code from}, where the scan sits at the root: no
     * whole-word match can start inside a word, so each of these characters would leave the automaton
     * at the root and end no match; a tight loop saves the per-character work. Settles the selector as
     * the skipped steps would have (settling is monotone, so once with the last bound is the same).
     *
     * @return the last position skipped
     */
    private static int skipInsideWord(CharSequence text, int from, LeftmostLongestSelector selector,
            Cancellation cancel) {
        int length = text.length();
        int next = from + 1;
        while (next < length && WordBoundaries.isAsciiAlphanumeric(text.charAt(next))) {
            next++;
        }
        if ((from | CANCEL_CHECK_MASK) < next - 1) {
            cancel.throwIfCancelled();
        }
        if (selector != null && selector.canSettle(next)) {
            selector.settle(next);
        }
        return next - 1;
    }

    /**
     * The state after reading {@code c} at {@code position}. In whole-word mode the automaton's failure
     * links skip suffixes that start inside a word, and the root only starts a match where a word may
     * start, so text inside words that cannot match costs no trie lookups.
     */
    private int advance(int state, char c, CharSequence text, int position) {
        int s = state;
        while (s != Automaton.ROOT) {
            int t = automaton.child(s, c);
            if (t >= 0) {
                return t;
            }
            s = automaton.fail(s);
        }
        if (wholeWords && !WordBoundaries.canStartWord(text, position)) {
            return Automaton.ROOT;
        }
        return automaton.rootNext(c);
    }

    private void offerOutputs(int output, int end, CharSequence text, LeftmostLongestSelector selector,
            MatchSink<? super P> sink) {
        for (int node = output; node >= 0; node = automaton.nextOutput(node)) {
            int entry = automaton.entryAt(node);
            int start = end - keyLengths[entry];
            if (wholeWords && !WordBoundaries.canStartWord(text, start)) {
                continue;
            }
            if (selector == null) {
                report(start, end, entry, sink);
            } else {
                selector.offer(start, end, entry);
            }
        }
    }

    /** Reports an entry given as {@link PhraseAutomaton#entryCode} gives it. */
    @SuppressWarnings("unchecked")
    private void reportCode(int start, int end, int code, MatchSink<? super P> sink) {
        if (code >= 0) {
            sink.match(start, end, (P) payloads[code]);
        } else {
            report(start, end, ~code, sink);
        }
    }

    @SuppressWarnings("unchecked")
    private void report(int start, int end, int entry, MatchSink<? super P> sink) {
        for (int e = entry; e >= 0; e = nextEntry[e]) {
            sink.match(start, end, (P) payloads[e]);
        }
    }
}
