package aurum.bench.learn;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import aurum.learn.LearnedModel;
import aurum.learn.ModelParameters;

/**
 * Command line: {@code DevSetBench [--devset DIR] [--half r|t] [--algorithm MAXENT|PERCEPTRON] [--errors]}. Scores the
 * built-in news recognizers, the learned model and both merged on one half of the development set (the
 * reporting half {@code r} by default), the model trained on the first 5, 10 and all documents of the
 * tuning half. Per label P/R/F1 and micro; exact-match. Figures: docs/PERFORMANCE.md.
 */
public final class DevSetBench {

    private DevSetBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = DevSet.defaultDir();
        String half = "r";
        String algorithm = "MAXENT";
        boolean errors = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--devset" -> dir = Path.of(args[++i]);
                case "--half" -> half = args[++i];
                case "--algorithm" -> algorithm = args[++i];
                case "--errors" -> errors = true;
                default -> {
                    System.err.println("usage: DevSetBench [--devset DIR] [--half r|t] [--algorithm MAXENT|PERCEPTRON] [--errors]");
                    System.exit(2);
                }
            }
        }
        List<DevSet.Doc> tune = DevSet.load(dir, "t");
        List<DevSet.Doc> test = DevSet.load(dir, half);
        Scores builtIn = new Scores();
        for (DevSet.Doc d : test) {
            builtIn.add(d.gold(), Learners.builtIn(d.id(), d.text()), Learners.LABELS);
            if (errors) {
                Errors.print(d, Learners.builtIn(d.id(), d.text()));
            }
        }
        System.out.println(builtIn.table("Built-in news recognizers on half '" + half + "' (" + test.size() + " documents)"));
        ModelParameters defaults = ModelParameters.defaults();
        ModelParameters parameters = new ModelParameters(algorithm, defaults.iterations(), defaults.cutoff(),
                defaults.threads(), defaults.minimumConfidence());
        for (int n : new int[] {5, 10, tune.size()}) {
            if (n > tune.size() || n == 10 && tune.size() == 10) {
                continue;
            }
            long t0 = System.nanoTime();
            LearnedModel model = Learners.train(Learners.training(tune.subList(0, n)), parameters);
            double seconds = (System.nanoTime() - t0) / 1e9;
            Scores learned = new Scores();
            Scores combined = new Scores();
            for (DevSet.Doc d : test) {
                learned.add(d.gold(), model.suggest(d.text(), aurum.labels.recognizer.Cancellation.NONE), Learners.LABELS);
                combined.add(d.gold(), Learners.combined(d.id(), d.text(), model), Learners.LABELS);
            }
            System.out.println(learned.table(String.format(Locale.ROOT,
                    "Learned alone, trained on %d tuning documents (%.1f s)", n, seconds)));
            System.out.println(combined.table("Built-in + learned (" + n + " tuning documents)"));
        }
    }
}
