package aurum.learn;

import java.nio.file.Path;

import org.eclipse.core.runtime.jobs.Job;

/**
 * Trains corpora's models in the background, published as an OSGi service. The editor tells it (through
 * the OSGi event {@value #DECIDED_TOPIC}, or directly) how many spans an annotator accepted or made;
 * after every {@link LearningSettings#retrainAfter()} of them in a corpus it schedules a {@link Job} that
 * trains that corpus's model again, one at a time per corpus, while annotators go on working.
 */
public interface LearningService {

    /** Topic of the event the editor posts when spans are decided. */
    String DECIDED_TOPIC = "aurum/spans/decided";
    /** Event property: the corpus folder, a {@code String}. */
    String CORPUS_PROPERTY = "corpus";
    /** Event property: how many spans were accepted or made, an {@code Integer}. */
    String COUNT_PROPERTY = "count";

    /**
     * Counts {@code count} newly decided spans in the corpus in {@code corpusDir}; schedules a training
     * when enough have come together and learning is on.
     *
     * @return the training job if one was scheduled now, else {@code null}
     */
    Job decided(Path corpusDir, int count);

    /** Schedules a training of the corpus now (the workbench's "Train model" command); returns the job. */
    Job trainNow(Path corpusDir);
}
