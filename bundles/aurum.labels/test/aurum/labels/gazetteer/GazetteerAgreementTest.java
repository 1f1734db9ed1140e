package aurum.labels.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/** Compares the automaton with a brute-force matcher on random small alphabets, where overlaps abound. */
class GazetteerAgreementTest {

    private record Span(int start, int end, String key) {
    }

    @RepeatedTest(40)
    void agreesWithBruteForceOnRandomDictionariesAndTexts(RepetitionInfo info) {
        Random random = new Random(1000 + info.getCurrentRepetition());
        boolean wholeWords = random.nextBoolean();
        List<String> drawn = new ArrayList<>();
        for (int i = 0; i < 1 + random.nextInt(30); i++) {
            drawn.add(randomString(random, 1 + random.nextInt(5), "ab c"));
        }
        List<String> keys = drawn.stream().filter(k -> !k.isBlank()).distinct().toList();
        String text = randomString(random, random.nextInt(200), "ab c");
        GazetteerBuilder<String> builder = Gazetteer.<String>builder().wholeWords(wholeWords);
        keys.forEach(k -> builder.add(k, k));
        Gazetteer<String> g = builder.build();

        List<Span> all = bruteForceAll(keys, text, wholeWords);
        List<Span> found = g.find(text, MatchMode.ALL).stream().map(m -> new Span(m.start(), m.end(), m.payload()))
                .sorted(ORDER).toList();
        assertEquals(all.stream().sorted(ORDER).toList(), found);

        List<Span> longest = g.find(text, MatchMode.LEFTMOST_LONGEST).stream()
                .map(m -> new Span(m.start(), m.end(), m.payload())).toList();
        assertEquals(leftmostLongest(all), longest, () -> "text=" + text + " keys=" + keys);
    }

    @Test
    void findsPlantedEntriesInAHundredThousandEntryDictionary() {
        Random random = new Random(7);
        GazetteerBuilder<Integer> builder = Gazetteer.<Integer>builder().caseInsensitive(true).wholeWords(true);
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            String key = randomString(random, 4 + random.nextInt(8), "abcdefghijklmnopqrstuvwxyz");
            keys.add(key);
            builder.add(key, i);
        }
        Gazetteer<Integer> g = builder.build();
        assertTrue(g.nodeCount() > 100_000);
        String planted = keys.get(4242);
        String text = "Before " + planted.toUpperCase() + " after.";
        assertTrue(g.find(text, MatchMode.LEFTMOST_LONGEST).stream()
                .anyMatch(m -> m.start() == 7 && m.end() == 7 + planted.length() && keys.get(m.payload()).equals(planted)));
    }

    private static final Comparator<Span> ORDER = Comparator.comparingInt(Span::start).thenComparingInt(Span::end)
            .thenComparing(Span::key);

    private static List<Span> bruteForceAll(List<String> keys, String text, boolean wholeWords) {
        List<Span> spans = new ArrayList<>();
        for (String key : keys) {
            for (int i = text.indexOf(key); i >= 0; i = text.indexOf(key, i + 1)) {
                int end = i + key.length();
                boolean leftOk = i == 0 || !isWord(text.charAt(i - 1)) || !isWord(text.charAt(i));
                boolean rightOk = end == text.length() || !isWord(text.charAt(end)) || !isWord(text.charAt(end - 1));
                if (!wholeWords || leftOk && rightOk) {
                    spans.add(new Span(i, end, key));
                }
            }
        }
        return spans;
    }

    private static boolean isWord(char c) {
        return Character.isLetterOrDigit(c);
    }

    private static List<Span> leftmostLongest(List<Span> all) {
        List<Span> sorted = all.stream()
                .sorted(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed()))
                .toList();
        List<Span> chosen = new ArrayList<>();
        int free = 0;
        for (Span s : sorted) {
            if (s.start() >= free) {
                chosen.add(s);
                free = s.end();
            }
        }
        return chosen;
    }

    private static String randomString(Random random, int length, String alphabet) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
