package aurum.bench.learn;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import aurum.labels.recognizer.Suggestion;
import aurum.learn.LearnedModel;
import aurum.learn.LearningSettings;
import aurum.learn.ModelParameters;
import aurum.learn.TrainingDocument;

/**
 * Command line: {@code Keystrokes [--devset DIR] [--retrain-after N]}. Simulates an annotator working through
 * the development set in order (tuning half, then reporting half) with the editor's keys, and counts
 * keystrokes per span of the final gold: a right suggestion costs Enter (accept and go to the next); a
 * wrong one Backspace (reject and go on); a span no suggestion got right is tagged by hand: one action to put
 * the caret at its start, Ctrl+Shift+Right per word, and the label's hotkey. Three runs: no suggestions,
 * built-in recognizers only, and built-in + learning with the model trained again after every N accepted or
 * tagged spans (the workbench's default, {@link LearningSettings#DEFAULT_RETRAIN_AFTER}).
 */
public final class Keystrokes {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private Keystrokes() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = DevSet.defaultDir();
        int retrainAfter = LearningSettings.DEFAULT_RETRAIN_AFTER;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--devset" -> dir = Path.of(args[++i]);
                case "--retrain-after" -> retrainAfter = Integer.parseInt(args[++i]);
                default -> {
                    System.err.println("usage: Keystrokes [--devset DIR] [--retrain-after N]");
                    System.exit(2);
                }
            }
        }
        List<DevSet.Doc> docs = new ArrayList<>(DevSet.load(dir, "t"));
        int reportFrom = docs.size();
        docs.addAll(DevSet.load(dir, "r"));
        System.out.println("keystrokes per gold span (all 22 documents | reporting half, the last 11)");
        run("no suggestions", docs, reportFrom, Mode.NONE, retrainAfter);
        run("built-in recognizers", docs, reportFrom, Mode.BUILT_IN, retrainAfter);
        run("built-in + learning (train after every " + retrainAfter + " spans)", docs, reportFrom, Mode.LEARNING,
                retrainAfter);
    }

    private enum Mode { NONE, BUILT_IN, LEARNING }

    private static void run(String title, List<DevSet.Doc> docs, int reportFrom, Mode mode, int retrainAfter) {
        long keys = 0;
        long spans = 0;
        long reportKeys = 0;
        long reportSpans = 0;
        int trainings = 0;
        LearnedModel model = null;
        List<TrainingDocument> done = new ArrayList<>();
        int sinceTraining = 0;
        for (int i = 0; i < docs.size(); i++) {
            DevSet.Doc d = docs.get(i);
            List<Suggestion> suggestions = switch (mode) {
                case NONE -> List.of();
                case BUILT_IN -> Learners.builtIn(d.id(), d.text());
                case LEARNING -> Learners.combined(d.id(), d.text(), model);
            };
            long k = cost(d, suggestions);
            keys += k;
            spans += d.gold().size();
            if (i >= reportFrom) {
                reportKeys += k;
                reportSpans += d.gold().size();
            }
            done.addAll(Learners.training(List.of(d)));
            sinceTraining += d.gold().size();
            if (mode == Mode.LEARNING && sinceTraining >= retrainAfter) {
                model = Learners.train(done, ModelParameters.defaults());
                trainings++;
                sinceTraining = 0;
            }
        }
        System.out.printf(Locale.ROOT, "  %-52s %5.2f | %5.2f%s%n", title, (double) keys / spans,
                (double) reportKeys / reportSpans, mode == Mode.LEARNING ? "  (" + trainings + " trainings)" : "");
    }

    /** Keystrokes to turn {@code suggestions} into the document's gold. */
    private static long cost(DevSet.Doc d, List<Suggestion> suggestions) {
        Set<String> gold = new HashSet<>();
        d.gold().forEach(g -> gold.add(g.start() + ":" + g.end() + ":" + Scores.top(g.label())));
        Set<String> right = new HashSet<>();
        long keys = 0;
        for (Suggestion s : suggestions) {
            String key = s.start() + ":" + s.end() + ":" + Scores.top(s.labelId());
            keys++; // Enter to accept, or Backspace to reject
            if (gold.contains(key)) {
                right.add(key);
            }
        }
        for (DevSet.Gold g : d.gold()) {
            if (!right.contains(g.start() + ":" + g.end() + ":" + Scores.top(g.label()))) {
                Matcher words = WORD.matcher(d.text()).region(g.start(), g.end());
                int n = 0;
                while (words.find()) {
                    n++;
                }
                keys += 1 + n + 1; // caret to the start, Ctrl+Shift+Right per word, hotkey
            }
        }
        return keys;
    }
}
