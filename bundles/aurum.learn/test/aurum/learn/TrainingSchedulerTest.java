package aurum.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.event.Event;

import aurum.learn.internal.TrainingScheduler;

/** Background training: after every N decided spans a Job trains the corpus's model while work goes on. */
class TrainingSchedulerTest {

    @TempDir
    Path dir;

    @AfterEach
    void learningBackOn() {
        System.clearProperty("aurum.learn.enabled");
    }

    @Test
    void aJobTrainsTheCorpusOnceEnoughSpansWereDecided() throws Exception {
        TestCorpus.create(dir, TeachingTexts.documents(3), false);
        TrainingScheduler scheduler = new TrainingScheduler(TestCorpus.service(), TestCorpus.noPlugins());
        int n = LearningSettings.DEFAULT_RETRAIN_AFTER;
        assertNull(scheduler.decided(dir, n - 1), "not yet");
        assertTrue(Files.notExists(dir.resolve(".aurum/learn/manifest.json")));
        Job job = scheduler.decided(dir, 1);
        assertNotNull(job);
        job.join();
        assertEquals(IStatus.OK, job.getResult().getSeverity() & IStatus.ERROR, job.getResult().toString());
        assertEquals(CorpusTraining.Status.TRAINED, ((TrainModelJob) job).outcome().status(), job.getResult().getMessage());
        assertTrue(Files.isRegularFile(dir.resolve(".aurum/learn/manifest.json")));
        assertNull(scheduler.decided(dir, 1), "the count starts again after a training");
    }

    @Test
    void theEditorsEventCountsLikeACall() throws Exception {
        TestCorpus.create(dir, TeachingTexts.documents(3), false);
        TrainingScheduler scheduler = new TrainingScheduler(TestCorpus.service(), TestCorpus.noPlugins());
        scheduler.handleEvent(new Event(LearningService.DECIDED_TOPIC, Map.of(LearningService.CORPUS_PROPERTY,
                dir.toString(), LearningService.COUNT_PROPERTY, LearningSettings.DEFAULT_RETRAIN_AFTER)));
        Job.getJobManager().join(TrainModelJob.FAMILY, null);
        assertTrue(Files.isRegularFile(dir.resolve(".aurum/learn/model.bin")));
    }

    @Test
    void nothingIsTrainedInTheBackgroundWhileLearningIsOff() throws Exception {
        TestCorpus.create(dir, TeachingTexts.documents(3), false);
        System.setProperty("aurum.learn.enabled", "false");
        TrainingScheduler scheduler = new TrainingScheduler(TestCorpus.service(), TestCorpus.noPlugins());
        assertNull(scheduler.decided(dir, 1000));
        Job.getJobManager().join(TrainModelJob.FAMILY, null);
        assertTrue(Files.notExists(dir.resolve(".aurum/learn/model.bin")));
    }
}
