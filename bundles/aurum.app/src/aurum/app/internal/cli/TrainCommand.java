package aurum.app.internal.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import aurum.corpus.store.CorpusStore;
import aurum.labels.corpus.CorpusLabelSet;
import aurum.labels.corpus.CorpusLabelSets;
import aurum.labels.recognizer.Cancellation;
import aurum.learn.CorpusTraining;
import aurum.learn.LearnedRecognizer;
import aurum.learn.LearningSettings;
import aurum.learn.ModelManifest;
import aurum.learn.ModelParameters;
import aurum.learn.StoredModels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code aurum train --corpus DIR}: trains the corpus's learning recognizer ({@value LearnedRecognizer#ID})
 * on the spans annotators accepted or made and on the gold layer, and stores the model in the corpus's
 * {@code .aurum/learn/}; {@code --learning on|off} turns learning on or off (docs/USER-GUIDE.md,
 * "Suggestions that learn").
 */
@Command(name = "train", description = "Train the corpus's learning recognizer (" + LearnedRecognizer.ID
        + ") on accepted, hand-made and gold spans; the model goes to .aurum/learn/. --learning on|off turns "
        + "learning on or off.")
final class TrainCommand extends CliCommand {

    /** Whether learning is on, as {@code --learning} takes it. */
    enum Learning { on, off }

    @Option(names = "--corpus", paramLabel = "DIR", description = "The corpus folder.")
    Path corpus;

    @Option(names = "--force", description = "Train even when nothing changed since the stored model was trained.")
    boolean force;

    @Option(names = "--learning", paramLabel = "on|off",
            description = "Turn learning on or off for this workspace: background training in the workbench and "
                    + "the learned suggestions (allowed: ${COMPLETION-CANDIDATES}).")
    Learning learning;

    TrainCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() throws Exception {
        PrintStream out = out();
        if (learning != null) {
            LearningSettings now = LearningSettings.current();
            new LearningSettings(learning == Learning.on, now.retrainAfter()).store();
            out.println("learning is now " + learning + (learning == Learning.on
                    ? ": the workbench trains in the background after every " + now.retrainAfter()
                            + " accepted spans, and learned suggestions are proposed"
                    : ": nothing is trained in the background and the learned model proposes nothing"));
            if (corpus == null) {
                return CommandLine.OK;
            }
        }
        if (corpus == null) {
            throw new UsageException("give the corpus to train: aurum train --corpus DIR (or --learning on|off)");
        }
        CorpusStore store = CorpusStore.open(corpus);
        CorpusLabelSet labelSet = new CorpusLabelSets(context.services().labelSets().get()).resolve(store);
        labelSet.warnings().forEach(w -> err().println("warning: " + w));
        ProgressLine progress = new ProgressLine(err(), "Training");
        CorpusTraining.Outcome outcome = new CorpusTraining(ModelParameters.defaults()).train(store,
                labelSet.labelSet(), force, (phase, done, total) -> progress.worked(done, total), Cancellation.NONE);
        progress.done();
        Path model = StoredModels.folder(corpus).resolve(StoredModels.MODEL);
        switch (outcome.status()) {
            case NOTHING_TO_LEARN -> {
                err().println("nothing to learn: no document of " + corpus + " has spans that annotators accepted or"
                        + " tagged (or a gold layer); accept suggestions or tag spans first, then train again");
                return CommandLine.PROBLEMS;
            }
            case UP_TO_DATE -> out.printf("the model %s is already trained on these %d spans; nothing to do "
                    + "(--force trains again)%n", model, outcome.decided());
            case TRAINED -> {
                ModelManifest m = outcome.manifest().orElseThrow();
                out.printf(Locale.ROOT, "trained %s on %d spans in %d documents (%d complete) in %.1f s: %s%n", model,
                        m.summary().spans(), m.summary().documents(), m.summary().completeDocuments(),
                        m.summary().millis() / 1000.0, perLabel(m.spansPerLabel()));
                if (m.summary().skipped() > 0) {
                    out.printf("%d spans could not be learned (not on word boundaries, across a line end, or "
                            + "overlapping another)%n", m.summary().skipped());
                }
                out.println("run aurum suggest --corpus " + corpus + " for the learned suggestions (recognizer "
                        + LearnedRecognizer.ID + ")");
            }
        }
        if (!LearningSettings.current().enabled()) {
            err().println("note: learning is off, so the model proposes nothing; aurum train --learning on turns it on");
        }
        return CommandLine.OK;
    }

    private static String perLabel(Map<String, Integer> counts) {
        StringBuilder s = new StringBuilder();
        new java.util.TreeMap<>(counts).forEach((label, n) -> s.append(s.isEmpty() ? "" : ", ").append(label).append(' ').append(n));
        return s.toString();
    }
}
