package aurum.bench.generator;

import java.util.SplittableRandom;

/**
 * The facts of one news story, shared by every document that reports it: who speaks, where, how much,
 * with which weapons, and a few words only this story uses (an operation or a base, a company, a bill).
 * Documents of one story are independent write-ups (their own wording, sentence order and background
 * prose), so they are <em>related</em> (another write-up of the same story, like sample 000/002) without
 * being near-duplicates. A story of one document is an ordinary article.
 */
final class Story {

    /** Officials as {title, first name, surname}; a document introduces each with title on first mention. */
    final String[][] cast = new String[3][];
    final String[] places;
    final String[] countries;
    final String[] weapons;
    final String[] amounts;
    final String day;
    /** Words of the made-up background language that only this story uses. */
    final String[] words;
    /** How many documents report the story. */
    final int size;

    /** Ten officials who appear in many stories, as real ministers and spokesmen do. */
    private static final String[][] REGULARS = regulars();

    private static String[][] regulars() {
        SplittableRandom r = new SplittableRandom(0x726567756c6172L);
        String[][] regulars = new String[10][];
        for (int i = 0; i < regulars.length; i++) {
            regulars[i] = new String[] {pick(r, Vocabulary.TITLES), pick(r, Vocabulary.FIRST_NAMES), pick(r, Vocabulary.SURNAMES)};
        }
        return regulars;
    }

    Story(long seed, int size) {
        SplittableRandom r = new SplittableRandom(seed);
        this.size = size;
        for (int i = 0; i < cast.length; i++) {
            // two in five officials are the ones in the news every week, in many stories
            cast[i] = r.nextInt(5) < 2 ? REGULARS[r.nextInt(REGULARS.length)]
                    : new String[] {pick(r, Vocabulary.TITLES), pick(r, Vocabulary.FIRST_NAMES), surname(r)};
        }
        places = new String[] {pick(r, Vocabulary.PLACES), pick(r, Vocabulary.PLACES)};
        countries = new String[] {pick(r, Vocabulary.COUNTRIES), pick(r, Vocabulary.COUNTRIES)};
        weapons = new String[] {pick(r, Vocabulary.WEAPONS), pick(r, Vocabulary.WEAPONS)};
        amounts = new String[] {amount(r), amount(r)};
        day = pick(r, Vocabulary.DAYS);
        words = new String[5];
        for (int i = 0; i < words.length; i++) {
            words[i] = Prose.inventedWord(r);
        }
    }

    /** One in sixteen surnames is written with a character outside the BMP (𠮷, U+20BB7, as in 𠮷田). */
    private static String surname(SplittableRandom r) {
        return r.nextInt(16) == 0 ? pick(r, Vocabulary.ASTRAL_SURNAMES) : pick(r, Vocabulary.SURNAMES);
    }

    private static String amount(SplittableRandom r) {
        String currency = pick(r, Vocabulary.CURRENCIES);
        int whole = 1 + r.nextInt(99);
        String number = r.nextBoolean() ? Integer.toString(whole) : whole + "." + r.nextInt(10);
        String magnitude = currency.equals("¥") ? (r.nextBoolean() ? "billion" : "trillion")
                : (r.nextInt(3) == 0 ? "million" : "billion");
        return currency + number + "\u0000" + magnitude; // NUL: the space, chosen per document
    }

    private static String pick(SplittableRandom r, String[] words) {
        return words[r.nextInt(words.length)];
    }
}
