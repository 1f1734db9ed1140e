package aurum.export.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {

    @Test
    void aNewOrEmptyFolderIsUsedAsItIs(@TempDir Path dir) throws Exception {
        Path corpus = Files.createDirectory(dir.resolve("corpus"));
        OutputFolder missing = OutputFolder.check(dir.resolve("out/v1").toString(), corpus, "c-conll");
        assertEquals(dir.resolve("out/v1"), missing.target());
        assertNull(missing.message());
        Path empty = Files.createDirectory(dir.resolve("empty"));
        assertEquals(empty, OutputFolder.check(empty + "/", corpus, "c-conll").target());
    }

    @Test
    void aFolderWithFilesGetsANewSubfolderAndAWarning(@TempDir Path dir) throws Exception {
        Path corpus = Files.createDirectory(dir.resolve("corpus"));
        Path full = Files.createDirectory(dir.resolve("exports"));
        Files.writeString(full.resolve("notes.txt"), "mine");
        OutputFolder first = OutputFolder.check(full.toString(), corpus, "c-conll");
        assertEquals(full.resolve("c-conll"), first.target());
        assertEquals(Message.Severity.WARNING, first.message().severity());
        assertTrue(first.usable());
        assertTrue(first.message().text().startsWith("Output folder: " + full + " is not empty"), first.message().text());
        Files.writeString(Files.createDirectory(full.resolve("c-conll")).resolve("train.conll"), "x");
        assertEquals(full.resolve("c-conll-2"), OutputFolder.check(full.toString(), corpus, "c-conll").target());
    }

    @Test
    void aFolderInsideTheCorpusIsRefusedAlsoThroughALink(@TempDir Path dir) throws Exception {
        Path corpus = Files.createDirectory(dir.resolve("corpus"));
        for (Path inside : new Path[] {corpus, corpus.resolve("exports/v1"), dir.resolve("corpus/../corpus/x")}) {
            OutputFolder check = OutputFolder.check(inside.toString(), corpus, "c-conll");
            assertFalse(check.usable(), inside.toString());
            assertTrue(check.message().text().contains("is inside the corpus"), check.message().text());
        }
        Path link = Files.createSymbolicLink(dir.resolve("link"), corpus);
        assertFalse(OutputFolder.check(link.resolve("out").toString(), corpus, "c-conll").usable());
        assertTrue(OutputFolder.check(dir.resolve("corpus-exports").toString(), corpus, "c").usable(),
                "a sibling whose name starts like the corpus is outside it");
    }

    @Test
    void blankRelativeAndFilePathsAreErrorsNamingTheField(@TempDir Path dir) throws Exception {
        Path corpus = Files.createDirectory(dir.resolve("corpus"));
        Path file = Files.writeString(dir.resolve("file"), "x");
        for (String bad : new String[] {"", "  ", "relative/out", file.toString()}) {
            OutputFolder check = OutputFolder.check(bad, corpus, "c");
            assertFalse(check.usable(), bad);
            assertEquals(Message.Severity.ERROR, check.message().severity());
            assertTrue(check.message().text().startsWith("Output folder:"), check.message().text());
        }
    }
}
