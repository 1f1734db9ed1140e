package aurum.editor.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusLocationTest {

    @TempDir
    Path dir;

    @Test
    void aCorpusFolderIsUsedWhereItIs() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(corpus.resolve("corpus.json"), "{}");
        CorpusLocation location = CorpusLocation.resolve(corpus, dir.resolve("ws"), p -> null);
        assertEquals(corpus, location.corpus());
        assertFalse(location.needsImport());
    }

    @Test
    void aPlainFolderGoesToTheWorkspaceOnceAndAnotherOfTheSameNameGetsItsOwn() throws Exception {
        Path texts = Files.createDirectories(dir.resolve("a/news texts"));
        Path other = Files.createDirectories(dir.resolve("b/news texts"));
        Path workspace = dir.resolve("ws");
        CorpusLocation first = CorpusLocation.resolve(texts, workspace, p -> null);
        assertEquals(workspace.resolve("corpora/news_texts"), first.corpus());
        assertTrue(first.needsImport());
        Files.createDirectories(first.corpus());
        Files.writeString(first.corpus().resolve("corpus.json"), "{}");
        Map<Path, String> from = Map.of(first.corpus(), texts.toString());
        CorpusLocation again = CorpusLocation.resolve(texts, workspace, from::get);
        assertEquals(first.corpus(), again.corpus());
        assertFalse(again.needsImport());
        CorpusLocation clash = CorpusLocation.resolve(other, workspace, from::get);
        assertEquals(workspace.resolve("corpora/news_texts-2"), clash.corpus());
        assertTrue(clash.needsImport());
    }

    @Test
    void oddFolderNamesBecomeSafeCorpusNames() {
        assertEquals("caf\u00e9_2024", CorpusLocation.folderName(Path.of("/x/caf\u00e9 2024")));
        assertEquals("corpus", CorpusLocation.folderName(Path.of("/x/...")));
        assertEquals("corpus", CorpusLocation.folderName(Path.of("/")));
    }
}
