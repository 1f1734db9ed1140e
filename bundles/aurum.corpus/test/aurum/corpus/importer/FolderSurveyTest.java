package aurum.corpus.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a folder that is not a corpus would give an import: the survey, and the folder import agreeing with it. */
class FolderSurveyTest {

    @TempDir
    Path home;

    private void write(String relative, String text) throws Exception {
        Path file = home.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** A home folder: notes, a hidden cache with text files, dot files, pictures and a binary .txt. */
    private void homeFolder() throws Exception {
        write("notes/todo.txt", "Buy milk.\n");
        write("notes/deep/plan.txt", "Plan the trip.\n");
        write("data/train.conll", "EU B-ORG\n");
        write(".cache/pip/log.txt", "cached\n");
        write(".config/app/readme.txt", "config\n");
        write(".bashrc", "alias ll='ls -l'\n");
        write("notes/.draft.txt", "a hidden draft\n");
        Files.write(home.resolve("photo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
        Files.write(home.resolve("notes/dump.txt"), new byte[] {'a', 0, 'b'});
    }

    @Test
    void hiddenAndBinaryFilesAreCountedAsSkippedAndFormatsAreCounted() throws Exception {
        homeFolder();
        FolderSurvey survey = FolderSurvey.of(home, () -> false);
        assertEquals(Map.of("conll", 1, "text", 2), survey.formats());
        assertEquals(3, survey.importable());
        assertEquals(2, survey.hiddenFolders(), ".cache and .config, not looked into");
        assertEquals(2, survey.hiddenFiles(), ".bashrc and notes/.draft.txt");
        assertEquals(1, survey.binaryFiles());
        assertEquals(Map.of(".png", 1), survey.otherFiles());
        assertTrue(survey.complete());
        assertTrue(survey.examples().contains(".cache"), survey.examples().toString());
    }

    @Test
    void aCancelledSurveySaysItIsIncomplete() throws Exception {
        homeFolder();
        assertFalse(FolderSurvey.of(home, () -> true).complete());
    }

    @Test
    void aFolderImportSkipsHiddenFilesAsTheSurveyDoes() throws Exception {
        write("notes/todo.txt", "Buy milk.\n");
        write(".cache/pip/log.txt", "cached\n");
        write("notes/.draft.txt", "a hidden draft\n");
        List<String> ids = new ArrayList<>();
        Importers.plainText().read(home, document -> ids.add(document.document().id()), ImportProgress.NONE);
        assertEquals(1, ids.size(), ids.toString());
        assertEquals(1, FolderSurvey.of(home, () -> false).importable());
    }

    @Test
    void hiddenMeansADotSegmentBelowTheRootNotAbove() {
        Path root = Path.of("/tmp/.hidden-root/corpus");
        assertFalse(FolderSurvey.hiddenWithin(root, root.resolve("a/b.txt")));
        assertTrue(FolderSurvey.hiddenWithin(root, root.resolve(".git/b.txt")));
        assertTrue(FolderSurvey.hiddenWithin(root, root.resolve("a/.b.txt")));
    }
}
