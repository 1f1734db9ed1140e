package aurum.bench.generator;

import java.util.SplittableRandom;

/**
 * Background sentences in a made-up language: words built from syllables, drawn from a vocabulary of
 * {@value #WORDS} with a Zipf-like (log-uniform) frequency, mixed with English function words. This is
 * what keeps generated documents apart: template sentences alone repeat the same word sequences across
 * the corpus, so near-duplicate detection would find clusters nobody planted. Now and then a word carries
 * a combining accent (e + U+0301), so decomposed text is exercised too.
 */
final class Prose {

    static final int WORDS = 60_000;

    private static final String[] ONSETS = {"", "b", "br", "c", "ch", "d", "dr", "f", "fl", "fr", "g", "gl", "gr",
        "h", "j", "k", "kr", "l", "m", "n", "p", "pl", "pr", "qu", "r", "s", "sh", "sl", "sp", "st", "t", "th", "tr",
        "v", "w", "z", "bl", "cr", "sn", "sk"};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ai", "ea", "ou", "io", "ee", "oa", "ie"};
    private static final String[] CODAS = {"", "", "n", "r", "s", "l", "t", "m", "nd", "st", "rk", "ng", "x", "ck",
        "mp", "ft", "sh", "ll", "rt", "ns", "ld"};
    private static final String[] FUNCTION = {"the", "of", "and", "to", "in", "a", "for", "on", "with", "by", "that",
        "from", "as", "at", "was", "is"};
    private static final String[] VOCABULARY = vocabulary();

    private Prose() {
    }

    /** One sentence of 8 to 18 words drawn from {@code r}, capitalised, ending with a full stop. */
    static String sentence(SplittableRandom r) {
        int length = 8 + r.nextInt(11);
        StringBuilder sb = new StringBuilder(length * 7);
        for (int i = 0; i < length; i++) {
            String word = r.nextInt(100) < 35 ? FUNCTION[r.nextInt(FUNCTION.length)] : word(r);
            if (i == 0) {
                word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            } else {
                sb.append(i == length / 2 && r.nextInt(3) == 0 ? ", " : " ");
            }
            sb.append(word);
        }
        return sb.append('.').toString();
    }

    /**
     * Like {@link #sentence(SplittableRandom)}, with two or three of its words replaced by words of
     * {@code story}: how rewrites of one story meet on its rare names without sharing word sequences.
     */
    static String sentence(SplittableRandom r, String[] story) {
        String[] words = sentence(r).split(" ");
        int replaced = 2 + r.nextInt(2);
        for (int i = 0; i < replaced; i++) {
            int at = 1 + r.nextInt(words.length - 1);
            String end = words[at].endsWith(",") ? "," : words[at].endsWith(".") ? "." : "";
            words[at] = story[r.nextInt(story.length)] + end;
        }
        return String.join(" ", words);
    }

    /**
     * A new word of three syllables, outside the vocabulary (nearly always: there are millions of such
     * words): a story's own names, which other stories do not use.
     */
    static String inventedWord(SplittableRandom r) {
        StringBuilder w = new StringBuilder();
        for (int s = 0; s < 3; s++) {
            w.append(ONSETS[r.nextInt(ONSETS.length)]).append(VOWELS[r.nextInt(VOWELS.length)])
                    .append(CODAS[r.nextInt(CODAS.length)]);
        }
        return w.toString();
    }

    private static String word(SplittableRandom r) {
        int index = (int) Math.pow(WORDS, r.nextDouble()) - 1;
        String word = VOCABULARY[Math.min(index, WORDS - 1)];
        int e = word.indexOf('e');
        return e >= 0 && r.nextInt(400) == 0 ? word.substring(0, e + 1) + "\u0301" + word.substring(e + 1) : word;
    }

    private static String[] vocabulary() {
        SplittableRandom r = new SplittableRandom(0x50726f7365L);
        String[] words = new String[WORDS];
        for (int i = 0; i < WORDS; i++) {
            int syllables = 1 + (i < 300 ? 0 : i < 5000 ? 1 : 1 + r.nextInt(2));
            StringBuilder w = new StringBuilder();
            for (int s = 0; s < syllables; s++) {
                w.append(ONSETS[r.nextInt(ONSETS.length)]).append(VOWELS[r.nextInt(VOWELS.length)])
                        .append(CODAS[r.nextInt(CODAS.length)]);
            }
            words[i] = w.toString();
        }
        return words;
    }
}
