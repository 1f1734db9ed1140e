package aurum.learn.internal;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.jobs.Job;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventHandler;

import aurum.corpus.store.CorpusService;
import aurum.labels.registry.LabelSetRegistry;
import aurum.learn.LearningService;
import aurum.learn.LearningSettings;
import aurum.learn.ModelParameters;
import aurum.learn.TrainModelJob;

/**
 * The {@link LearningService}: counts decided spans per corpus, from calls and from the editor's
 * {@value LearningService#DECIDED_TOPIC} events, and schedules a {@link TrainModelJob} after every
 * {@link LearningSettings#retrainAfter()} of them while learning is on. A training already waiting for
 * the same corpus absorbs new counts instead of queueing another.
 */
public final class TrainingScheduler implements LearningService, EventHandler {

    private final Map<Path, Integer> pending = new ConcurrentHashMap<>();
    private final Map<Path, TrainModelJob> jobs = new ConcurrentHashMap<>();
    private CorpusService corpora;
    private LabelSetRegistry labelSets;

    /** For Declarative Services. */
    public TrainingScheduler() {
    }

    /** For tests and plain code: a scheduler over the given services. */
    public TrainingScheduler(CorpusService corpora, LabelSetRegistry labelSets) {
        this.corpora = corpora;
        this.labelSets = labelSets;
    }

    void setCorpusService(CorpusService service) {
        this.corpora = service;
    }

    void setLabelSetRegistry(LabelSetRegistry registry) {
        this.labelSets = registry;
    }

    void deactivate() {
        Job.getJobManager().cancel(TrainModelJob.FAMILY);
    }

    @Override
    public void handleEvent(Event event) {
        Object corpus = event.getProperty(CORPUS_PROPERTY);
        Object count = event.getProperty(COUNT_PROPERTY);
        if (corpus instanceof String dir && count instanceof Integer n && n > 0) {
            decided(Path.of(dir), n);
        }
    }

    @Override
    public Job decided(Path corpusDir, int count) {
        LearningSettings settings = LearningSettings.current();
        if (!settings.enabled() || count <= 0) {
            return null;
        }
        Path key = corpusDir.toAbsolutePath().normalize();
        int total = pending.merge(key, count, Integer::sum);
        if (total < settings.retrainAfter()) {
            return null;
        }
        TrainModelJob waiting = jobs.get(key);
        if (waiting != null && waiting.getState() == Job.WAITING) {
            pending.put(key, 0);
            return null;
        }
        pending.put(key, 0);
        return trainNow(key);
    }

    @Override
    public Job trainNow(Path corpusDir) {
        Path key = corpusDir.toAbsolutePath().normalize();
        TrainModelJob job = new TrainModelJob(key, corpora, labelSets, ModelParameters.defaults());
        job.setSystem(false);
        jobs.put(key, job);
        job.schedule();
        return job;
    }
}
