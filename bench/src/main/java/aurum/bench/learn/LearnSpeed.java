package aurum.bench.learn;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import aurum.labels.recognizer.Cancellation;
import aurum.labels.recognizer.Suggestion;
import aurum.learn.LearnedModel;
import aurum.learn.ModelParameters;
import aurum.learn.ModelTrainer;
import aurum.learn.TrainingDocument;

/**
 * Command line: {@code LearnSpeed [--docs 1000] [--runs 200] [--algorithm MAXENT|PERCEPTRON] [--iterations N] [--cutoff N]}. Times training the learning recognizer on N
 * generated annotated documents (wall clock, with the default two training threads), then suggesting
 * one 10,000-character document: median and 95th percentile over the runs after a warm-up.
 */
public final class LearnSpeed {

    private LearnSpeed() {
    }

    public static void main(String[] args) {
        int docs = 1000;
        int runs = 200;
        ModelParameters parameters = ModelParameters.defaults();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--docs" -> docs = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--algorithm" -> parameters = new ModelParameters(args[++i], parameters.iterations(),
                        parameters.cutoff(), parameters.threads(), parameters.minimumConfidence());
                case "--iterations" -> parameters = new ModelParameters(parameters.algorithm(), Integer.parseInt(args[++i]),
                        parameters.cutoff(), parameters.threads(), parameters.minimumConfidence());
                case "--cutoff" -> parameters = new ModelParameters(parameters.algorithm(), parameters.iterations(),
                        Integer.parseInt(args[++i]), parameters.threads(), parameters.minimumConfidence());
                default -> {
                    System.err.println("usage: LearnSpeed [--docs N] [--runs N] [--algorithm A] [--iterations N] [--cutoff N]");
                    System.exit(2);
                }
            }
        }
        Generated generated = new Generated(19);
        List<TrainingDocument> training = Generated.training(generated.docs(1, docs + 1));
        long chars = training.stream().mapToLong(d -> d.text().length()).sum();
        long spans = training.stream().mapToLong(d -> d.spans().size()).sum();
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        ModelTrainer.Trained trained = new ModelTrainer(parameters).train(training, Cancellation.NONE);
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
        System.out.printf(Locale.ROOT, "%s: trained on %d documents (%.1f MB, %d spans, %d segments) in %.1f s wall, "
                + "%.1f s CPU%n", parameters, docs, chars / 1e6, spans, trained.summary().segments(), seconds, cpu);

        StringBuilder text = new StringBuilder();
        for (DevSet.Doc d : generated.docs(200_001, 200_100)) {
            if (text.length() >= 10_000) {
                break;
            }
            text.append(d.text()).append('\n');
        }
        String doc = text.substring(0, 10_000);
        LearnedModel model = trained.model();
        List<Suggestion> found = List.of();
        for (int i = 0; i < 50; i++) {
            found = model.suggest(doc, Cancellation.NONE);
        }
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        double[] ms = new double[runs];
        double[] cpuMs = new double[runs];
        for (int i = 0; i < runs; i++) {
            long c = threads.getCurrentThreadCpuTime();
            long s = System.nanoTime();
            found = model.suggest(doc, Cancellation.NONE);
            ms[i] = (System.nanoTime() - s) / 1e6;
            cpuMs[i] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
        }
        Arrays.sort(ms);
        Arrays.sort(cpuMs);
        System.out.printf(Locale.ROOT, "learned, one 10,000-char document: median %.1f ms wall (%.1f ms CPU), p95 %.1f ms "
                + "wall, over %d runs (%d suggestions)%n", ms[runs / 2], cpuMs[runs / 2], ms[(int) (runs * 0.95)], runs,
                found.size());
        for (int i = 0; i < runs; i++) {
            long c = threads.getCurrentThreadCpuTime();
            long s = System.nanoTime();
            Learners.combined("speed", doc, model);
            ms[i] = (System.nanoTime() - s) / 1e6;
            cpuMs[i] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
        }
        Arrays.sort(ms);
        Arrays.sort(cpuMs);
        System.out.printf(Locale.ROOT, "built-in + learned, merged: median %.1f ms wall (%.1f ms CPU) per document%n",
                ms[runs / 2], cpuMs[runs / 2]);
    }
}
