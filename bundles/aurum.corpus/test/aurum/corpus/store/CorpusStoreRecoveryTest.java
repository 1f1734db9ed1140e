package aurum.corpus.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.SpanStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusStoreRecoveryTest {

    private static final LayerOwner ALICE = LayerOwner.annotator("alice");
    private static final String LAYER_FILE = "layers/annotators/alice/d.json";

    @TempDir
    Path dir;

    private CorpusStore storeWithSavedLayer() throws IOException {
        CorpusStore store = CorpusStore.create(dir, StoreFixtures.settings());
        store.addDocument(StoreFixtures.plainDocument("d", "Tokyo and Osaka"));
        Layer layer = store.loadLayer("d", ALICE);
        layer.add(StoreFixtures.simpleSpan("s", 0, 5, SpanStatus.MANUAL));
        store.saveLayer(layer, 0);
        return store;
    }

    @Test
    void leftoverTemporaryFilesAreIgnoredOnReadAndSweptOnOpen() throws IOException {
        storeWithSavedLayer();
        Path leftoverMeta = dir.resolve("documents/.x.meta.json.1234.tmp");
        Path leftoverLayer = dir.resolve("layers/annotators/alice/.d.json.99.tmp");
        Path leftoverStaged = dir.resolve(".aurum/staging/meta/.z.meta.json.42.tmp"); // a bulk import's
        Files.createDirectories(leftoverStaged.getParent());
        Files.writeString(leftoverMeta, "{\"half");
        Files.writeString(leftoverLayer, "{\"half");
        Files.writeString(leftoverStaged, "{\"half");
        Path fresh = Files.writeString(dir.resolve("documents/.y.txt.5678.tmp"), "a writer at work");
        FileTime crashTime = FileTime.from(Instant.now().minus(Duration.ofHours(1)));
        Files.setLastModifiedTime(leftoverMeta, crashTime);
        Files.setLastModifiedTime(leftoverLayer, crashTime);
        Files.setLastModifiedTime(leftoverStaged, crashTime);

        CorpusStore reopened = CorpusStore.open(dir);
        assertEquals(List.of("d"), reopened.documents().stream().map(DocumentInfo::id).toList());
        assertEquals(1, reopened.loadLayer("d", ALICE).size());
        assertFalse(Files.exists(leftoverMeta));
        assertFalse(Files.exists(leftoverLayer));
        assertFalse(Files.exists(leftoverStaged));
        assertTrue(Files.exists(fresh), "a young temporary file may be about to be renamed by another writer");
    }

    @Test
    void savingLeavesNoTemporaryFileBehind() throws IOException {
        storeWithSavedLayer();
        try (Stream<Path> files = Files.walk(dir)) {
            assertEquals(List.of(), files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList());
        }
    }

    @Test
    void malformedLayerJsonNamesTheFileLineAndRemedy() throws IOException {
        CorpusStore store = storeWithSavedLayer();
        Path file = dir.resolve(LAYER_FILE);
        List<String> lines = Files.readAllLines(file);
        Files.writeString(file, lines.get(0) + "\n" + lines.get(1).replace("\"start\":0", "\"start\":0 0") + "\n]}\n");

        CorpusStoreException error = assertThrows(CorpusStoreException.class, () -> store.loadLayer("d", ALICE));
        assertTrue(error.getMessage().contains(LAYER_FILE), error.getMessage());
        assertTrue(error.getMessage().contains("line 2"), error.getMessage());
        assertTrue(error.getMessage().contains("restore it from git"), error.getMessage());
        assertFalse(error.getMessage().contains("\n"), error.getMessage());
    }

    @Test
    void layerOfAChangedTextIsRefusedNamingTheFile() throws IOException {
        CorpusStore store = storeWithSavedLayer();
        Path file = dir.resolve(LAYER_FILE);
        Files.writeString(file, Files.readString(file).replaceFirst("\"contentHash\":\"[0-9a-f]+\"",
                "\"contentHash\":\"" + "0".repeat(64) + "\""));

        CorpusStoreException error = assertThrows(CorpusStoreException.class, () -> store.loadLayer("d", ALICE));
        assertTrue(error.getMessage().contains(LAYER_FILE), error.getMessage());
        assertTrue(error.getMessage().contains("contentHash"), error.getMessage());
    }

    @Test
    void editedDocumentTextIsRefusedBecauseOffsetsWouldShift() throws IOException {
        CorpusStore store = storeWithSavedLayer();
        Files.writeString(dir.resolve("documents/d.txt"), "Kyoto and Osaka");

        CorpusStoreException error = assertThrows(CorpusStoreException.class, () -> store.document("d"));
        assertTrue(error.getMessage().contains("documents/d.txt"), error.getMessage());
        assertTrue(error.getMessage().contains("contentHash"), error.getMessage());
    }

    @Test
    void spanBeyondTheTextIsRefusedNamingTheFileAndSpan() throws IOException {
        CorpusStore store = storeWithSavedLayer();
        Path file = dir.resolve(LAYER_FILE);
        Files.writeString(file, Files.readString(file).replace("\"end\":5", "\"end\":500"));

        CorpusStoreException error = assertThrows(CorpusStoreException.class, () -> store.loadLayer("d", ALICE));
        assertTrue(error.getMessage().contains(LAYER_FILE), error.getMessage());
        assertTrue(error.getMessage().contains("'s'"), error.getMessage());
    }

    @Test
    void newerFormatVersionIsRefusedAskingForANewerAurum() throws IOException {
        storeWithSavedLayer();
        Path corpusFile = dir.resolve("corpus.json");
        String newer = Files.readString(corpusFile).replace("\"formatVersion\": 1", "\"formatVersion\": 2");
        Files.writeString(corpusFile, newer);

        CorpusStoreException error = assertThrows(CorpusStoreException.class, () -> CorpusStore.open(dir));
        assertTrue(error.getMessage().contains("format version 2"), error.getMessage());
        assertTrue(error.getMessage().contains("newer Aurum"), error.getMessage());
        assertEquals(newer, Files.readString(corpusFile));
    }

    @Test
    void newerFormatVersionOfALayerIsRefused() throws IOException {
        CorpusStore store = storeWithSavedLayer();
        Path file = dir.resolve(LAYER_FILE);
        Files.writeString(file, Files.readString(file).replace("\"formatVersion\":1", "\"formatVersion\":7"));

        CorpusStoreException error = assertThrows(CorpusStoreException.class, () -> store.loadLayer("d", ALICE));
        assertTrue(error.getMessage().contains("format version 7"), error.getMessage());
    }

    @Test
    void readOnlyCorpusLoadsButRefusesToSaveAndLeavesFilesIntact() throws IOException {
        Assumptions.assumeFalse("root".equals(System.getProperty("user.name")),
                "root ignores file permissions, so a read-only folder cannot be simulated");
        Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        CorpusStore store = storeWithSavedLayer();
        byte[] before = Files.readAllBytes(dir.resolve(LAYER_FILE));
        List<Path> folders;
        try (Stream<Path> walk = Files.walk(dir)) {
            folders = walk.filter(Files::isDirectory).toList();
        }
        Set<PosixFilePermission> readOnly = PosixFilePermissions.fromString("r-xr-xr-x");
        Set<PosixFilePermission> writable = PosixFilePermissions.fromString("rwxr-xr-x");
        try {
            for (Path folder : folders) {
                Files.setPosixFilePermissions(folder, readOnly);
            }
            Files.setPosixFilePermissions(dir.resolve(".aurum/lock"), PosixFilePermissions.fromString("r--r--r--"));
            CorpusStore reopened = CorpusStore.open(dir);
            Layer layer = reopened.loadLayer("d", ALICE);
            layer.add(StoreFixtures.simpleSpan("t", 6, 9, SpanStatus.MANUAL));

            CorpusStoreException error = assertThrows(CorpusStoreException.class,
                    () -> reopened.saveLayer(layer, 1));
            assertTrue(error.getMessage().contains("not writable"), error.getMessage());
        } finally {
            for (Path folder : folders) {
                Files.setPosixFilePermissions(folder, writable);
            }
        }
        assertArrayEquals(before, Files.readAllBytes(dir.resolve(LAYER_FILE)));
        assertEquals(1, store.loadLayer("d", ALICE).size());
    }
}
