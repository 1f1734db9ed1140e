package aurum.bench.learn;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import aurum.labels.recognizer.Cancellation;
import aurum.learn.LearnedModel;
import aurum.learn.ModelParameters;

/**
 * Command line: {@code LearningCurve [--devset DIR] [--generated-test N] [--sizes 5,10,20,40,100,1000] [--iterations N]}.
 * F1 of the learned model alone and of built-in + learned, after training on the first k annotated
 * documents: of the dev set's tuning half (scored on the reporting half; the half has 11 documents, so
 * k = 20 is cross-validated: tuning half + 9 other reporting documents, each reporting document scored by
 * a model that never saw it), and of the bench's generated news-like corpus (scored on N later generated
 * documents, default 200).
 */
public final class LearningCurve {

    private LearningCurve() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = DevSet.defaultDir();
        int testDocs = 200;
        int[] sizes = {5, 10, 20, 40, 100, 1000};
        ModelParameters parameters = ModelParameters.defaults();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--devset" -> dir = Path.of(args[++i]);
                case "--generated-test" -> testDocs = Integer.parseInt(args[++i]);
                case "--sizes" -> sizes = java.util.Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt).toArray();
                case "--iterations" -> parameters = new ModelParameters(parameters.algorithm(),
                        Integer.parseInt(args[++i]), parameters.cutoff(), parameters.threads(),
                        parameters.minimumConfidence());
                default -> {
                    System.err.println("usage: LearningCurve [--devset DIR] [--generated-test N] [--sizes 5,10,...] [--iterations N]");
                    System.exit(2);
                }
            }
        }
        System.out.println(parameters);
        List<DevSet.Doc> tune = DevSet.load(dir, "t");
        List<DevSet.Doc> report = DevSet.load(dir, "r");
        System.out.println("Dev set: trained on the first k tuning documents, scored on the 11 reporting documents");
        System.out.println("  k    train s  learned F1  built-in+learned F1  AMOUNT  OFFICIAL  WEAPON");
        row(0, report, null, 0);
        for (int k : new int[] {5, 10, 20, 40}) {
            int n = Math.min(k, tune.size());
            long t0 = System.nanoTime();
            LearnedModel model = Learners.train(Learners.training(tune.subList(0, n)), parameters);
            row(n, report, model, (System.nanoTime() - t0) / 1e9);
            if (n < k) {
                break;
            }
        }
        crossValidated(20, tune, report, parameters);
        System.out.println("  (the tuning half has " + tune.size() + " documents: 20 is cross-validated as above, 40 only on"
                + " the generated corpus)");
        Generated generated = new Generated(19);
        List<DevSet.Doc> test = generated.docs(100_001, 100_001 + testDocs);
        System.out.println();
        System.out.println("Generated corpus (seed 19): trained on documents 1..k, scored on " + testDocs + " documents from 100001");
        System.out.println("  k    train s  learned F1  built-in+learned F1  AMOUNT  OFFICIAL  WEAPON");
        row(0, test, null, 0);
        for (int k : sizes) {
            long t0 = System.nanoTime();
            LearnedModel model = Learners.train(Generated.training(generated.docs(1, k + 1)), parameters);
            row(k, test, model, (System.nanoTime() - t0) / 1e9);
        }
    }

    /**
     * A point with more real training documents than the tuning half holds: each reporting document in turn
     * is scored by a model trained on the tuning half and the {@code k - tune.size()} reporting documents
     * after it (cyclically), never on itself; the counts of the 11 runs are summed. The rules were tuned on
     * no reporting document, so built-in + learned is compared with built-in alone on unseen text.
     */
    private static void crossValidated(int k, List<DevSet.Doc> tune, List<DevSet.Doc> report, ModelParameters parameters) {
        int extra = k - tune.size();
        if (extra < 0 || extra >= report.size()) {
            return;
        }
        Scores learned = new Scores();
        Scores combined = new Scores();
        Scores builtIn = new Scores();
        double seconds = 0;
        for (int i = 0; i < report.size(); i++) {
            List<DevSet.Doc> training = new java.util.ArrayList<>(tune);
            for (int j = 1; j <= extra; j++) {
                training.add(report.get((i + j) % report.size()));
            }
            long t0 = System.nanoTime();
            LearnedModel model = Learners.train(Learners.training(training), parameters);
            seconds += (System.nanoTime() - t0) / 1e9;
            DevSet.Doc d = report.get(i);
            learned.add(d.gold(), model.suggest(d.text(), Cancellation.NONE), Learners.LABELS);
            combined.add(d.gold(), Learners.combined(d.id(), d.text(), model), Learners.LABELS);
            builtIn.add(d.gold(), Learners.builtIn(d.id(), d.text()), Learners.LABELS);
        }
        System.out.printf(Locale.ROOT, "  %-4s %7.1f  %10.3f  %19.3f  %6.3f  %8.3f  %6.3f   (cross-validated: %d tuning + %d"
                + " other reporting documents per run, %d runs; built-in alone %.3f)%n", k + "cv", seconds / report.size(),
                learned.microF1(), combined.microF1(), combined.f1("AMOUNT"), combined.f1("OFFICIAL"), combined.f1("WEAPON"),
                tune.size(), extra, report.size(), builtIn.microF1());
    }

    private static void row(int k, List<DevSet.Doc> test, LearnedModel model, double seconds) {
        Scores learned = new Scores();
        Scores combined = new Scores();
        for (DevSet.Doc d : test) {
            if (model != null) {
                learned.add(d.gold(), model.suggest(d.text(), Cancellation.NONE), Learners.LABELS);
            }
            combined.add(d.gold(), Learners.combined(d.id(), d.text(), model), Learners.LABELS);
        }
        System.out.printf(Locale.ROOT, "  %-4d %7.1f  %10s  %19.3f  %6.3f  %8.3f  %6.3f%n", k, seconds,
                model == null ? "-" : String.format(Locale.ROOT, "%.3f", learned.microF1()), combined.microF1(),
                combined.f1("AMOUNT"), combined.f1("OFFICIAL"), combined.f1("WEAPON"));
    }
}
