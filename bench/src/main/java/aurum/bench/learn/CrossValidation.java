package aurum.bench.learn;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import aurum.labels.recognizer.Cancellation;
import aurum.labels.recognizer.Suggestion;
import aurum.labels.suggest.SuggestionRanking;
import aurum.learn.LearnedModel;
import aurum.learn.ModelParameters;

/**
 * Command line: {@code CrossValidation [--devset DIR] [--algorithm MAXENT|PERCEPTRON] [--iterations N]}. Leave-one-out on the
 * tuning half only: for each tuning document, trains on the other ten and scores built-in + learned on it,
 * for several minimum confidences of the learned suggestions. How {@link ModelParameters#defaults()}'s
 * threshold was chosen without looking at the reporting half.
 */
public final class CrossValidation {

    private static final double[] THRESHOLDS = {0.5, 0.6, 0.7, 0.8, 0.9};

    private CrossValidation() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = DevSet.defaultDir();
        String algorithm = "MAXENT";
        int iterations = ModelParameters.defaults().iterations();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--devset" -> dir = Path.of(args[++i]);
                case "--algorithm" -> algorithm = args[++i];
                case "--iterations" -> iterations = Integer.parseInt(args[++i]);
                default -> {
                    System.err.println("usage: CrossValidation [--devset DIR] [--algorithm MAXENT|PERCEPTRON] [--iterations N]");
                    System.exit(2);
                }
            }
        }
        List<DevSet.Doc> tune = DevSet.load(dir, "t");
        ModelParameters d = ModelParameters.defaults();
        ModelParameters parameters = new ModelParameters(algorithm, iterations, d.cutoff(), d.threads(), 0.0);
        Scores builtIn = new Scores();
        Scores[] combined = new Scores[THRESHOLDS.length];
        Scores[] learned = new Scores[THRESHOLDS.length];
        for (int t = 0; t < THRESHOLDS.length; t++) {
            combined[t] = new Scores();
            learned[t] = new Scores();
        }
        for (int held = 0; held < tune.size(); held++) {
            List<DevSet.Doc> rest = new ArrayList<>(tune);
            DevSet.Doc test = rest.remove(held);
            builtIn.add(test.gold(), Learners.builtIn(test.id(), test.text()), Learners.LABELS);
            for (int t = 0; t < THRESHOLDS.length; t++) {
                // the minimum confidence applies to the model's own probability, before LearnedModel discounts
                // it by the taught spans per label; so it is a training parameter here, not a filter afterwards
                ModelParameters at = new ModelParameters(parameters.algorithm(), parameters.iterations(),
                        parameters.cutoff(), parameters.threads(), THRESHOLDS[t]);
                LearnedModel model = Learners.train(Learners.training(rest), at);
                List<Suggestion> kept = model.suggest(test.text(), Cancellation.NONE);
                learned[t].add(test.gold(), kept, Learners.LABELS);
                List<Suggestion> all = new ArrayList<>(Learners.raw(test.id(), test.text()));
                all.addAll(kept);
                combined[t].add(test.gold(), SuggestionRanking.mostConfidentFirst(all), Learners.LABELS);
                if (t == 0 && System.getProperty("errors") != null) {
                    Errors.print(test, SuggestionRanking.mostConfidentFirst(all));
                }
            }
        }
        System.out.println(builtIn.table("Leave-one-out on the tuning half: built-in"));
        for (int t = 0; t < THRESHOLDS.length; t++) {
            System.out.printf(Locale.ROOT, "%s threshold %.1f: learned micro F1 %.3f, built-in + learned micro F1 %.3f"
                    + " (AMOUNT %.3f, OFFICIAL %.3f, WEAPON %.3f)%n", algorithm, THRESHOLDS[t], learned[t].microF1(),
                    combined[t].microF1(), combined[t].f1("AMOUNT"), combined[t].f1("OFFICIAL"), combined[t].f1("WEAPON"));
        }
    }
}
