package aurum.learn;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;

import aurum.core.model.LabelSet;
import aurum.corpus.store.CorpusService;
import aurum.corpus.store.CorpusStore;
import aurum.labels.corpus.CorpusLabelSets;
import aurum.labels.recognizer.RecognitionCancelledException;
import aurum.labels.registry.LabelSetRegistry;

/**
 * Trains one corpus's model in the background (see {@link CorpusTraining}), with progress and
 * cancellation; two trainings of the same corpus never run at once. The model in use stays in place
 * until the new one is stored.
 */
public final class TrainModelJob extends Job {

    /** The job family, to find or cancel all trainings ({@code Job.getJobManager().find(FAMILY)}). */
    public static final Object FAMILY = TrainModelJob.class;

    private final Path corpusDir;
    private final CorpusService corpora;
    private final LabelSetRegistry labelSets;
    private final ModelParameters parameters;
    private volatile CorpusTraining.Outcome outcome;

    /**
     * @param corpusDir the corpus to train
     * @param corpora   opens the corpus (shared with the editor)
     * @param labelSets resolves the corpus's label set
     */
    public TrainModelJob(Path corpusDir, CorpusService corpora, LabelSetRegistry labelSets, ModelParameters parameters) {
        super("Training suggestions for " + corpusDir.getFileName());
        this.corpusDir = corpusDir;
        this.corpora = corpora;
        this.labelSets = labelSets;
        this.parameters = parameters;
        setRule(new CorpusRule(corpusDir.toAbsolutePath().normalize()));
        setPriority(LONG);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    /** What the last run did, or {@code null} before it ended. */
    public CorpusTraining.Outcome outcome() {
        return outcome;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, getName(), 100);
        try {
            CorpusStore store = corpora.open(corpusDir);
            LabelSet labelSet = new CorpusLabelSets(labelSets).resolve(store).labelSet();
            outcome = new CorpusTraining(parameters).train(store, labelSet, false, (phase, done, total) -> {
                progress.subTask(phase);
                progress.setWorkRemaining(Math.max(1, total - done + 1));
                progress.worked(1);
            }, progress::isCanceled);
            return switch (outcome.status()) {
                case TRAINED -> Status.info("Trained on " + outcome.manifest().orElseThrow().summary().spans()
                        + " spans in " + outcome.manifest().orElseThrow().summary().documents() + " documents");
                case UP_TO_DATE -> Status.info("The model was already trained on these spans");
                case NOTHING_TO_LEARN -> Status.info("No accepted spans to learn from yet");
            };
        } catch (RecognitionCancelledException e) {
            return Status.CANCEL_STATUS;
        } catch (IOException | RuntimeException e) {
            return Status.warning("Could not train suggestions for " + corpusDir + ": " + e.getMessage(), e);
        } finally {
            monitor.done();
        }
    }

    /** Serializes the trainings of one corpus. */
    private record CorpusRule(Path corpus) implements ISchedulingRule {

        @Override
        public boolean contains(ISchedulingRule rule) {
            return rule == this;
        }

        @Override
        public boolean isConflicting(ISchedulingRule rule) {
            return rule instanceof CorpusRule other && other.corpus.equals(corpus);
        }
    }
}
