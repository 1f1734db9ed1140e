package aurum.corpus.internal.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aurum.core.model.LabelSetRef;
import aurum.corpus.store.CorpusSettings;
import aurum.corpus.store.CorpusStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sweep at corpus open lists only folders whose modification time moved since they were last
 * found clean. Some tests put a temporary file in a folder and then set the folder's time back, which
 * no real file creation does: that is how they show a folder was skipped.
 */
class TemporaryFileSweepTest {

    private static final FileTime HOUR_AGO = FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS));

    @TempDir
    Path root;
    private Path documents;
    private Path alice;
    private Path record;

    @BeforeEach
    void folders() throws IOException {
        documents = Files.createDirectories(root.resolve("documents"));
        alice = Files.createDirectories(root.resolve("layers/annotators/alice"));
        Files.writeString(documents.resolve("d1.txt"), "text");
        record = root.resolve(".aurum/swept-folders");
        for (Path dir : List.of(documents, alice, alice.getParent(), root.resolve("layers"))) {
            Files.setLastModifiedTime(dir, HOUR_AGO);
        }
    }

    private void sweep() {
        new TemporaryFileSweep(root, record).sweep(List.of(documents, root.resolve("layers")));
    }

    /** A crash's leftover: a temporary file nobody touched for an hour (younger ones may be a live writer's). */
    private static Path leftover(Path dir, FileTime folderTime) throws IOException {
        Path temp = Files.writeString(dir.resolve(".d1.json.1f2e.tmp"), "half");
        Files.setLastModifiedTime(temp, HOUR_AGO);
        if (folderTime != null) {
            Files.setLastModifiedTime(dir, folderTime);
        }
        return temp;
    }

    @Test
    void leftoversAreDeletedAndCleanFoldersRecorded() throws IOException {
        Path a = leftover(alice, HOUR_AGO);
        Path d = leftover(documents, HOUR_AGO);
        sweep();
        assertFalse(Files.exists(a));
        assertFalse(Files.exists(d));
        assertTrue(Files.exists(documents.resolve("d1.txt")));
        assertTrue(Files.readString(record).contains("\tlayers/annotators/alice\n"), Files.readString(record));
    }

    @Test
    void aFolderWhoseTimeDidNotMoveIsNotListedAgain() throws IOException {
        sweep();
        Path unseen = leftover(documents, HOUR_AGO);
        sweep();
        assertTrue(Files.exists(unseen), "skipped: its folder looks unchanged");
        Files.setLastModifiedTime(documents, FileTime.from(Instant.now().minus(1, ChronoUnit.MINUTES)));
        sweep();
        assertFalse(Files.exists(unseen));
    }

    @Test
    void aLeftoverCreatedSinceTheLastSweepIsFoundInANestedFolder() throws IOException {
        sweep();
        Path temp = leftover(alice, null); // a crash during a layer save: alice/'s time moves, its parents' do not
        sweep();
        assertFalse(Files.exists(temp));
    }

    @Test
    void aFolderChangedJustBeforeTheSweepIsListedAgainNextTime() throws IOException {
        FileTime justNow = FileTime.from(Instant.now());
        Files.setLastModifiedTime(documents, justNow);
        sweep();
        // a leftover written in the same clock tick as the time the sweep read
        Path temp = leftover(documents, justNow);
        sweep();
        assertFalse(Files.exists(temp));
    }

    @Test
    void aDamagedRecordMeansAFullSweep() throws IOException {
        sweep();
        Path temp = leftover(documents, HOUR_AGO);
        Files.writeString(record, "not a record");
        sweep();
        assertFalse(Files.exists(temp));
        assertTrue(Files.readString(record).contains("\tdocuments\n"));
    }

    @Test
    void openingACorpusSweepsWhatAnEarlierCrashLeft() throws IOException {
        Path corpus = root.resolve("c");
        CorpusStore.create(corpus, CorpusSettings.of("sweep", new LabelSetRef("news", "1"))).close();
        CorpusStore.open(corpus).close();
        Path gold = Files.createDirectories(corpus.resolve("layers/gold"));
        Path temp = Files.writeString(gold.resolve(".d9.json.77.tmp"), "{");
        Files.setLastModifiedTime(temp, HOUR_AGO);
        CorpusStore.open(corpus).close();
        assertFalse(Files.exists(temp));
        assertTrue(Files.exists(corpus.resolve(".aurum/swept-folders")));
    }

    @Test
    void aYoungTemporaryFileIsKeptAndItsFolderListedAgainUntilItIsStale() throws IOException {
        // a live writer's flushed file waiting for the corpus lock; the folder's time is set back so that
        // only the "not clean" record can make the second sweep look again
        Path young = Files.writeString(documents.resolve(".d2.txt.9a.tmp"), "whole");
        Files.setLastModifiedTime(documents, HOUR_AGO);
        sweep();
        assertTrue(Files.exists(young), "younger than AtomicFiles.STALE_AFTER: kept");
        assertFalse(Files.readString(record).contains(HOUR_AGO.to(java.util.concurrent.TimeUnit.NANOSECONDS)
                + "\tdocuments\n"), "not recorded as clean: " + Files.readString(record));
        Files.setLastModifiedTime(young, HOUR_AGO);
        Files.setLastModifiedTime(documents, HOUR_AGO);
        sweep();
        assertFalse(Files.exists(young), "stale now, and its folder was listed although its time did not move");
    }

    /**
     * The crash campaign's finding: a killed import left {@code .clusters.json.<random>.tmp} at the corpus
     * root, which the folder sweep never listed. Files directly in the corpus folder and in .aurum are swept;
     * the corpus's own files and a young temporary file (a live import's) stay.
     */
    @Test
    void openingACorpusSweepsLeftoversBesideItsOwnFiles() throws IOException {
        Path corpus = root.resolve("c");
        CorpusStore.create(corpus, CorpusSettings.of("sweep", new LabelSetRef("news", "1"))).close();
        Path clusters = Files.writeString(corpus.resolve(".clusters.json.5d1c0a.tmp"), "{\"documents\":");
        Path derived = Files.writeString(Files.createDirectories(corpus.resolve(".aurum"))
                .resolve(".hashes.3b.tmp"), "half");
        Path young = Files.writeString(corpus.resolve(".labelset.json.9e.tmp"), "{");
        Files.setLastModifiedTime(clusters, HOUR_AGO);
        Files.setLastModifiedTime(derived, HOUR_AGO);
        CorpusStore.open(corpus).close();
        assertFalse(Files.exists(clusters));
        assertFalse(Files.exists(derived));
        assertTrue(Files.exists(young), "younger than AtomicFiles.STALE_AFTER: perhaps a live writer's");
        assertTrue(Files.exists(corpus.resolve("corpus.json")));
    }
}
