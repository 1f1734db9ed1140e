package aurum.labels.news;

import static org.junit.jupiter.api.Assertions.assertTrue;

import aurum.labels.recognizer.Cancellation;
import aurum.labels.recognizer.RecognitionInput;
import aurum.labels.recognizer.Recognizer;
import aurum.labels.recognizer.Suggestion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Measures each built-in recognizer against the hand-made gold of the sample corpus and fails when
 * precision or recall drops below the floors, which sit just under what the recognizers achieve, so
 * that a regression shows. Figures go to the test output; misses and false alarms are listed too.
 */
class RecognizerEvaluationTest {

    private record Figures(int predicted, int gold, int exact, int overlapPredicted, int overlapGold,
            int attributesAgree, int labelsAgree) {

        double exactPrecision() {
            return ratio(exact, predicted);
        }

        double exactRecall() {
            return ratio(exact, gold);
        }

        double overlapPrecision() {
            return ratio(overlapPredicted, predicted);
        }

        double overlapRecall() {
            return ratio(overlapGold, gold);
        }

        private static double ratio(int part, int whole) {
            return whole == 0 ? 1.0 : (double) part / whole;
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "AMOUNT,   0.95, 0.95, 0.95, 0.95",
            "OFFICIAL, 0.95, 0.95, 0.95, 0.95",
            "WEAPON,   0.95, 0.95, 0.95, 0.95",
    })
    void recognizerMeetsItsFloorsOnTheSampleCorpus(String label, double exactPrecisionFloor, double exactRecallFloor,
            double overlapPrecisionFloor, double overlapRecallFloor, TestReporter reporter) {
        // a label and its sub-types (WEAPON and WEAPON.HYPERSONIC, ...) are scored together; the exact label of
        // each exact match is compared on its own ("labels agree")
        Recognizer recognizer = NewsRecognizers.all().stream()
                .filter(r -> r.labelIds().stream().anyMatch(l -> isA(l, label))).findFirst().orElseThrow();
        int predicted = 0;
        int gold = 0;
        int exact = 0;
        int overlapPredicted = 0;
        int overlapGold = 0;
        int agree = 0;
        int labelsAgree = 0;
        List<String> errors = new ArrayList<>();
        for (SampleCorpus.Document d : SampleCorpus.load()) {
            List<Suggestion> found = recognizer.recognize(new RecognitionInput(d.id(), d.text()), Cancellation.NONE);
            SuggestionChecks.assertWellFormed(d.text(), found);
            List<SampleCorpus.GoldSpan> expected = d.gold().stream().filter(g -> isA(g.label(), label)).toList();
            predicted += found.size();
            gold += expected.size();
            for (Suggestion s : found) {
                SampleCorpus.GoldSpan same = expected.stream()
                        .filter(g -> g.start() == s.start() && g.end() == s.end()).findFirst().orElse(null);
                if (same != null) {
                    exact++;
                    agree += attributesAgree(same.attributes(), s.attributes()) ? 1 : 0;
                    labelsAgree += same.label().equals(s.labelId()) ? 1 : 0;
                    if (!same.label().equals(s.labelId())) {
                        errors.add("  relabel  " + d.id() + " [" + s.start() + "," + s.end() + ") " + s.labelId()
                                + ", gold " + same.label());
                    }
                }
                if (expected.stream().anyMatch(g -> g.start() < s.end() && s.start() < g.end())) {
                    overlapPredicted++;
                }
                if (same == null) {
                    errors.add("  extra    " + d.id() + " [" + s.start() + "," + s.end() + ") " + s.coveredText(d.text()));
                }
            }
            for (SampleCorpus.GoldSpan g : expected) {
                if (found.stream().anyMatch(s -> g.start() < s.end() && s.start() < g.end())) {
                    overlapGold++;
                }
                if (found.stream().noneMatch(s -> g.start() == s.start() && g.end() == s.end())) {
                    errors.add("  missed   " + d.id() + " [" + g.start() + "," + g.end() + ") " + g.text());
                }
            }
        }
        Figures f = new Figures(predicted, gold, exact, overlapPredicted, overlapGold, agree, labelsAgree);
        String summary = String.format(java.util.Locale.ROOT,
                "%s (%s): gold %d, predicted %d | exact P %.3f R %.3f | overlap P %.3f R %.3f | labels agree %d/%d"
                        + " | attributes agree %d/%d",
                label, recognizer.id(), gold, predicted, f.exactPrecision(), f.exactRecall(), f.overlapPrecision(),
                f.overlapRecall(), labelsAgree, exact, agree, exact);
        System.out.println("[evaluation] " + summary);
        errors.forEach(e -> System.out.println("[evaluation] " + e));
        reporter.publishEntry(label, summary);
        assertTrue(f.exactPrecision() >= exactPrecisionFloor, summary);
        assertTrue(f.exactRecall() >= exactRecallFloor, summary);
        assertTrue(f.overlapPrecision() >= overlapPrecisionFloor, summary);
        assertTrue(f.overlapRecall() >= overlapRecallFloor, summary);
        assertTrue(agree == exact, "attributes of exact matches agree with the gold: " + summary);
        assertTrue(labelsAgree == exact, "labels (sub-types included) of exact matches agree with the gold: " + summary);
    }

    /** Whether {@code labelId} is {@code ancestor} or one of its sub-types ({@code WEAPON.SPACE} is a WEAPON). */
    private static boolean isA(String labelId, String ancestor) {
        return labelId.equals(ancestor) || labelId.startsWith(ancestor + ".");
    }

    /** Gold attributes that are given must match; the recognizer may add more (e.g. fullName). */
    private static boolean attributesAgree(Map<String, Object> gold, Map<String, Object> found) {
        for (Map.Entry<String, Object> e : gold.entrySet()) {
            Object value = found.get(e.getKey());
            boolean same = value instanceof java.math.BigDecimal n && e.getValue() instanceof java.math.BigDecimal g
                    ? n.compareTo(g) == 0
                    : e.getValue().equals(value);
            if (!same && !(e.getKey().equals("title") && !Boolean.TRUE.equals(found.get("titled")))) {
                return false;
            }
        }
        return true;
    }
}
