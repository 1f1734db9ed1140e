package aurum.corpus.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random English-looking paragraphs for duplicate tests: each paragraph is new wording. */
final class SyntheticText {

    private static final String[] WORDS = ("the minister said talks would resume in spring after officials from both"
            + " governments met to discuss costs of bases troops budget defence treaty alliance region security"
            + " missile launch ship navy army air force spokesman parliament vote election market trade tariff"
            + " export import rice steel car bank rate inflation growth port storm flood rescue school hospital"
            + " police court judge ruling appeal festival museum film season team coach match goal city council")
            .split(" ");

    private SyntheticText() {
    }

    static String paragraph(Random random) {
        StringBuilder sb = new StringBuilder();
        for (int s = 0; s < 3; s++) {
            int n = 12 + random.nextInt(10);
            for (int w = 0; w < n; w++) {
                String word = WORDS[random.nextInt(WORDS.length)];
                sb.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
                sb.append(w == n - 1 ? ". " : " ");
            }
        }
        return sb.toString().trim();
    }

    static List<String> paragraphs(Random random, int count) {
        List<String> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(paragraph(random));
        }
        return list;
    }

    static String article(Random random, int paragraphs) {
        return String.join("\n\n", paragraphs(random, paragraphs));
    }
}
