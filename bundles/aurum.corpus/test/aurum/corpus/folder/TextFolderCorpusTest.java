package aurum.corpus.folder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFolderCorpusTest {

    @TempDir
    Path dir;

    @Test
    void listsTheSampleCorpusInIdOrderWithHeadlinesAsTitles() throws IOException {
        Path samples = Path.of(System.getProperty("aurum.samples", "../../samples"), "us-japan-defense");
        List<DocumentEntry> docs = new TextFolderCorpus(samples).list();
        assertEquals(5, docs.size());
        assertEquals("000_a32fd7d8af559016", docs.get(0).id());
        assertEquals("US, Japan solidify cross continental relations with 2 new defense deals", docs.get(0).title());
        assertTrue(docs.stream().allMatch(d -> d.chars() > 1000));
        // 003 opens with "Connect with us" and a search box, 004 with date lines: not headlines
        assertEquals("U.S. and Japan Strengthen Defense Alliance With New Agreements", docs.get(3).title());
        assertTrue(docs.get(4).title().equals("US, Japan To Sign New Military Partnership Deal"), docs.get(4).title());
    }

    @Test
    void stripsTheByteOrderMarkAndSkipsBlankLinesForTheTitle() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "\uFEFF\r\n  \r\n  Headline\u00A0here \r\nbody", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("notes.md"), "ignored");
        List<DocumentEntry> docs = new TextFolderCorpus(dir).list();
        assertEquals(1, docs.size());
        assertEquals("Headline\u00A0here", docs.get(0).title());
        assertEquals("\r\n  \r\n  Headline\u00A0here \r\nbody".length(), docs.get(0).chars());
    }

    @Test
    void rejectsInvalidUtf8NamingTheFile() throws IOException {
        Path bad = dir.resolve("bad.txt");
        Files.write(bad, new byte[] { 'o', 'k', (byte) 0xC3, (byte) 0x28 });
        IOException e = assertThrows(IOException.class, () -> new TextFolderCorpus(dir).list());
        assertTrue(e.getMessage().contains("bad.txt") && e.getMessage().contains("UTF-8"), e.getMessage());
    }

    @Test
    void explainsAMissingFolder() {
        IOException e = assertThrows(IOException.class, () -> new TextFolderCorpus(dir.resolve("nope")).list());
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }
}
