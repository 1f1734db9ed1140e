package aurum.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random documents for round-trip properties: words with combining marks, emoji outside the BMP, curly
 * quotes and accents, joined by spaces or no-break spaces, lines ended by CRLF or LF; spans cover whole
 * words within one line, overlapping or not.
 */
final class RandomDocuments {

    static final String[] WORDS = {"Tokyo", "Cafe\u0301", "\uD83D\uDE80", "\u201Cno\u201D", "na\u00EFve", "Abe", "missile",
        "\u00C5sa", "$1.50", "\uD83C\uDDEF\uD83C\uDDF5", "K\u014Dno", "defence", "x\u0308y", "radar", "2026"};
    static final String[] LABELS = {"PER", "LOC", "ORG", "WEAPON"};

    record Doc(String text, List<int[]> spans) {
        String label(int[] span) {
            return LABELS[span[2]];
        }
    }

    private RandomDocuments() {
    }

    static Doc next(Random random, boolean overlaps) {
        StringBuilder text = new StringBuilder();
        List<int[]> words = new ArrayList<>();
        List<Integer> lineOf = new ArrayList<>();
        int lines = 1 + random.nextInt(4);
        for (int line = 0; line < lines; line++) {
            int n = 1 + random.nextInt(8);
            for (int w = 0; w < n; w++) {
                if (w > 0) {
                    text.append(random.nextInt(5) == 0 ? "\u00A0" : " ");
                }
                String word = WORDS[random.nextInt(WORDS.length)];
                words.add(new int[] {text.length(), text.length() + word.length()});
                lineOf.add(line);
                text.append(word);
            }
            text.append(random.nextBoolean() ? "\r\n" : "\n");
        }
        List<int[]> spans = new ArrayList<>();
        int taken = -1;
        for (int i = 0; i < words.size(); i++) {
            if (random.nextInt(3) != 0 || (!overlaps && i <= taken)) {
                continue;
            }
            int last = i;
            while (last + 1 < words.size() && lineOf.get(last + 1).equals(lineOf.get(i)) && random.nextInt(3) == 0) {
                last++;
            }
            spans.add(new int[] {words.get(i)[0], words.get(last)[1], random.nextInt(LABELS.length)});
            taken = last;
        }
        return new Doc(text.toString(), spans);
    }

    static Object[] triples(Doc doc) {
        List<Object> out = new ArrayList<>();
        for (int[] s : doc.spans()) {
            out.add(s[0]);
            out.add(s[1]);
            out.add(doc.label(s));
        }
        return out.toArray();
    }
}
