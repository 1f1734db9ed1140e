package aurum.bench.generator;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Composes one document from its own random stream, so document {@code i} depends only on the seed
 * and {@code i}. That is what makes near-duplicates cheap in constant memory: the copy of an earlier
 * document is that document composed again, with a second random stream changing a few word choices.
 */
final class ArticleComposer {

    private final SplittableRandom r;
    private final SplittableRandom mutator;
    /** The story reported, or {@code null} for the classic generator (every document its own story). */
    private final Story story;
    private final AnnotatedText out;
    private final boolean curly;
    private final boolean nbsp;
    private final String[][] cast = new String[3][];
    private final boolean[] introduced = new boolean[3];
    /** Which wording choice a near-duplicate changes for sure, so no copy is exact. */
    private final int forcedChange;
    private int choices;

    private ArticleComposer(SplittableRandom r, SplittableRandom mutator, Story story) {
        this.r = r;
        this.mutator = mutator;
        this.story = story;
        this.forcedChange = mutator == null ? -1 : 1 + mutator.nextInt(10);
        this.out = new AnnotatedText(r.nextInt(10) == 0 ? "\r\n" : "\n");
        this.curly = r.nextInt(10) < 6;
        this.nbsp = r.nextInt(5) == 0;
        for (int i = 0; i < cast.length; i++) {
            cast[i] = story != null ? story.cast[i]
                    : new String[] {pick(Vocabulary.TITLES), pick(Vocabulary.FIRST_NAMES), pick(Vocabulary.SURNAMES)};
        }
    }

    /** The text and spans of the document seeded by {@code docSeed}; {@code mutator} may be null. */
    static AnnotatedText compose(long docSeed, SplittableRandom mutator) {
        return compose(docSeed, mutator, null);
    }

    /**
     * Like {@link #compose(long, SplittableRandom)}, reporting {@code story} (may be null): its cast, most
     * of its places, amounts and weapons, and its own words in a third of the background sentences; and
     * more template sentences than the classic mix, for about 34 spans per document.
     */
    static AnnotatedText compose(long docSeed, SplittableRandom mutator, Story story) {
        ArticleComposer c = new ArticleComposer(new SplittableRandom(docSeed), mutator, story);
        c.article();
        return c.out;
    }

    private void article() {
        boolean header = r.nextInt(10) < 3;
        boolean tail = r.nextInt(10) < 3;
        boolean emoji = r.nextInt(story != null ? 8 : 40) == 0;
        if (header) {
            out.append("Home | World | Asia-Pacific | Defense").newline().newline();
        }
        render(Templates.HEADLINES.get(r.nextInt(Templates.HEADLINES.size())));
        out.newline().newline();
        int paragraphs = story != null ? 14 + r.nextInt(6) : 10 + r.nextInt(5);
        for (int p = 0; p < paragraphs; p++) {
            int sentences = 2 + r.nextInt(3);
            for (int s = 0; s < sentences; s++) {
                if (s > 0) {
                    out.append(" ");
                }
                int kind = r.nextInt(100);
                int prose = story != null ? 52 : 46;
                if (kind < prose) {
                    out.append(story != null && r.nextInt(3) == 0 ? Prose.sentence(r, story.words) : Prose.sentence(r));
                } else {
                    List<List<Templates.Part>> templates = kind < prose + 6 ? Templates.FILLERS : Templates.SENTENCES;
                    render(templates.get(r.nextInt(templates.size())));
                }
            }
            if (emoji && p == 1) {
                out.append(" Follow our live coverage " + pick(Vocabulary.EMOJI) + " on the app.");
            }
            out.newline().newline();
            if (p == paragraphs / 2 && r.nextInt(10) == 0) {
                out.append("Advertisement").newline().newline();
            }
        }
        if (tail) {
            out.append("Related Stories").newline();
            for (int i = 0; i < 3; i++) {
                out.append(pick(Vocabulary.TEASERS)).newline();
            }
            out.newline().append("Share this article").newline().append("Leave a comment").newline();
        }
    }

    private void render(List<Templates.Part> template) {
        for (Templates.Part part : template) {
            switch (part) {
                case Templates.Literal l -> out.append(curly ? l.text() : straight(l.text()));
                case Templates.Choice c -> out.append(choose(c.options()));
                case Templates.Slot s -> slot(s.kind());
            }
        }
    }

    /** The document's own choice, overridden now and then when composing a near-duplicate. */
    private String choose(String[] options) {
        int i = r.nextInt(options.length);
        choices++;
        if (mutator != null && (mutator.nextInt(100) < 8 || choices == forcedChange)) {
            i = (i + 1 + mutator.nextInt(options.length - 1)) % options.length;
        }
        return options[i];
    }

    private void slot(String kind) {
        switch (kind) {
            case "OFF" -> official();
            case "AMT" -> amount();
            case "CNT" -> out.span(String.format("%,d", 500 + r.nextInt(60_000)) + space() + pick(Vocabulary.UNITS), "AMOUNT");
            case "WPN" -> weapon();
            case "PLC" -> out.append(fact(story == null ? null : story.places, Vocabulary.PLACES));
            case "CTY" -> out.append(fact(story == null ? null : story.countries, Vocabulary.COUNTRIES));
            case "DAY" -> out.append(story != null ? story.day : pick(Vocabulary.DAYS));
            default -> throw new IllegalStateException("unknown slot " + kind);
        }
    }

    private void amount() {
        if (story != null && r.nextInt(4) != 0) {
            out.span(story.amounts[r.nextInt(story.amounts.length)].replace("\u0000", space()), "AMOUNT");
            return;
        }
        String currency = pick(Vocabulary.CURRENCIES);
        String magnitude = currency.equals("¥") ? (r.nextBoolean() ? "billion" : "trillion")
                : (r.nextInt(3) == 0 ? "million" : "billion");
        out.span(currency + number() + space() + magnitude, "AMOUNT");
    }

    private void official() {
        int who = r.nextInt(cast.length);
        String[] o = cast[who];
        out.span(introduced[who] ? o[2] : o[0] + " " + o[1] + " " + o[2], "OFFICIAL");
        introduced[who] = true;
    }

    private void weapon() {
        if (r.nextInt(100) < 7) {
            String[] nested = Vocabulary.NESTED_WEAPONS[r.nextInt(Vocabulary.NESTED_WEAPONS.length)];
            int start = out.span(nested[0], "WEAPON");
            int inner = start + nested[0].indexOf(nested[1]);
            out.inner(inner, inner + nested[1].length(), "WEAPON");
        } else {
            out.span(fact(story == null ? null : story.weapons, Vocabulary.WEAPONS), "WEAPON");
        }
    }

    /** One of the story's own values three times in four, otherwise any from {@code all}. */
    private String fact(String[] own, String[] all) {
        return own != null && r.nextInt(4) != 0 ? own[r.nextInt(own.length)] : pick(all);
    }

    private String number() {
        int whole = 1 + r.nextInt(99);
        return r.nextBoolean() ? Integer.toString(whole) : whole + "." + r.nextInt(10);
    }

    private String space() {
        return nbsp ? "\u00a0" : " ";
    }

    private String pick(String[] words) {
        return words[r.nextInt(words.length)];
    }

    private static String straight(String s) {
        return s.replace('\u201c', '"').replace('\u201d', '"').replace('\u2019', '\'');
    }
}
