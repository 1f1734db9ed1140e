package aurum.export.internal.pipeline;

import java.util.Arrays;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

import aurum.core.text.UnicodeWhitespace;

/**
 * Tokens and sentences from ICU4J's rule-based {@link BreakIterator} (Unicode UAX #29 word and
 * sentence boundaries, root locale): a token is a word-break segment that is not all whitespace, so
 * emoji sequences, combining marks and numbers such as {@code 1,000.5} stay whole; a possessive
 * {@code 's} is split off as a token of its own, as in CoNLL-2003. ICU ends a sentence at every line
 * break, which is what news paragraphs want. Not thread-safe: one per export.
 */
final class Tokenizer {

    private final BreakIterator words = BreakIterator.getWordInstance(ULocale.ROOT);
    private final BreakIterator sentences = BreakIterator.getSentenceInstance(ULocale.ROOT);

    /** Tokens of {@code text} in order, each with the index of its sentence. */
    Tokens tokenize(String text) {
        Tokens tokens = new Tokens();
        words.setText(text);
        sentences.setText(text);
        int sentenceEnd = sentences.next();
        int sentence = 0;
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            if (isBlank(text, start, end)) {
                continue;
            }
            while (sentenceEnd != BreakIterator.DONE && start >= sentenceEnd) {
                sentenceEnd = sentences.next();
                sentence++;
            }
            int clitic = possessive(text, start, end);
            if (clitic > start) {
                tokens.add(start, clitic, sentence);
                tokens.add(clitic, end, sentence);
            } else {
                tokens.add(start, end, sentence);
            }
        }
        return tokens;
    }

    /**
     * Where the possessive {@code 's} of a word token starts ({@code Japan's}, {@code Tanaka’s}), or -1.
     * UAX #29 keeps it inside the word; CoNLL-2003 and the Penn Treebank make it a token of its own
     * ({@code Japan 's}), and so do annotators: a name span ends before it, and with the clitic inside the
     * token every such span would cut a token.
     */
    private static int possessive(String text, int start, int end) {
        if (end - start < 3) {
            return -1;
        }
        char s = text.charAt(end - 1);
        char apostrophe = text.charAt(end - 2);
        return (s == 's' || s == 'S') && (apostrophe == '\'' || apostrophe == '\u2019')
                && Character.isLetterOrDigit(text.charAt(end - 3)) ? end - 2 : -1;
    }

    private static boolean isBlank(String text, int start, int end) {
        for (int i = start; i < end; ) {
            int cp = text.codePointAt(i);
            if (!UnicodeWhitespace.isBlank(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /** A growable token list in three int columns; sentence numbers only ever grow. */
    static final class Tokens {
        private int[] starts = new int[256];
        private int[] ends = new int[256];
        private int[] sentences = new int[256];
        private int size;

        void add(int start, int end, int sentence) {
            if (size == starts.length) {
                int grown = size * 2;
                starts = Arrays.copyOf(starts, grown);
                ends = Arrays.copyOf(ends, grown);
                sentences = Arrays.copyOf(sentences, grown);
            }
            starts[size] = start;
            ends[size] = end;
            sentences[size] = sentence;
            size++;
        }

        int size() {
            return size;
        }

        int start(int i) {
            return starts[i];
        }

        int end(int i) {
            return ends[i];
        }

        int sentence(int i) {
            return sentences[i];
        }
    }
}
