package aurum.learn.internal;

import java.util.ArrayList;
import java.util.List;

import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.util.Span;

/**
 * A text cut into tokens (OpenNLP's {@link SimpleTokenizer}: runs of letters, runs of digits, each other
 * character alone) and the tokens grouped into segments, the unit the name finder reads as a sentence:
 * a line, or part of a long line cut after a sentence end. Offsets are UTF-16 indices into the text, so
 * that spans map back to the document exactly.
 */
public final class TokenizedText {

    /** Lines longer than this many tokens are cut after a sentence end ('.', '?', '!') when one follows. */
    static final int LONG_SEGMENT = 80;

    private final String text;
    private final Span[] tokens;
    private final String[] words;
    private final List<int[]> segments;

    private TokenizedText(String text, Span[] tokens) {
        this.text = text;
        this.tokens = tokens;
        this.words = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            words[i] = text.substring(tokens[i].getStart(), tokens[i].getEnd());
        }
        this.segments = segment();
    }

    /** Tokenizes and segments {@code text}. */
    public static TokenizedText of(String text) {
        return new TokenizedText(text, SimpleTokenizer.INSTANCE.tokenizePos(text));
    }

    /** The segments as {@code [firstToken, endToken)} pairs, in order, covering every token once. */
    public List<int[]> segments() {
        return segments;
    }

    /** The words of the tokens {@code [from, to)}. */
    public String[] words(int from, int to) {
        String[] out = new String[to - from];
        System.arraycopy(words, from, out, 0, out.length);
        return out;
    }

    /** Number of tokens. */
    public int size() {
        return tokens.length;
    }

    /** UTF-16 start of token {@code i}. */
    public int start(int i) {
        return tokens[i].getStart();
    }

    /** UTF-16 end (exclusive) of token {@code i}. */
    public int end(int i) {
        return tokens[i].getEnd();
    }

    /** The index of the token starting exactly at {@code offset}, or -1. */
    public int tokenStartingAt(int offset) {
        int i = firstTokenEndingAfter(offset);
        return i < tokens.length && tokens[i].getStart() == offset ? i : -1;
    }

    /** The index of the token ending exactly at {@code offset}, or -1. */
    public int tokenEndingAt(int offset) {
        int i = firstTokenEndingAfter(offset - 1);
        return i < tokens.length && tokens[i].getEnd() == offset ? i : -1;
    }

    /** The text. */
    public String text() {
        return text;
    }

    private int firstTokenEndingAfter(int offset) {
        int lo = 0;
        int hi = tokens.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens[mid].getEnd() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private List<int[]> segment() {
        List<int[]> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < tokens.length; i++) {
            boolean lastOfLine = i + 1 == tokens.length || hasLineBreak(tokens[i].getEnd(), tokens[i + 1].getStart());
            boolean sentenceEnd = i - from + 1 >= LONG_SEGMENT && isSentenceEnd(words[i]) && i + 1 < tokens.length
                    && Character.isUpperCase(words[i + 1].charAt(0));
            if (lastOfLine || sentenceEnd) {
                out.add(new int[] {from, i + 1});
                from = i + 1;
            }
        }
        return List.copyOf(out);
    }

    private boolean hasLineBreak(int from, int to) {
        for (int p = from; p < to; p++) {
            char c = text.charAt(p);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    private static boolean isSentenceEnd(String word) {
        return word.equals(".") || word.equals("?") || word.equals("!");
    }
}
