package aurum.bench.generator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The on-disk corpus: layout, byte-identical output per seed, one gold line per document. */
class CorpusWriterTest {

    @TempDir
    Path tmp;

    @Test
    void sameSeedGivesByteIdenticalCorpus() throws IOException {
        CorpusWriter.write(tmp.resolve("a"), 1200, 99);
        CorpusWriter.write(tmp.resolve("b"), 1200, 99);
        assertArrayEquals(digest(tmp.resolve("a")), digest(tmp.resolve("b")));
    }

    @Test
    void differentSeedGivesDifferentCorpus() throws IOException {
        CorpusWriter.write(tmp.resolve("a"), 20, 1);
        CorpusWriter.write(tmp.resolve("b"), 20, 2);
        assertFalse(MessageDigest.isEqual(digest(tmp.resolve("a")), digest(tmp.resolve("b"))));
    }

    @Test
    void shardsHoldAThousandDocumentsAndOneGoldLineEach() throws IOException {
        CorpusWriter.Stats stats = CorpusWriter.write(tmp, 1001, 5);
        assertEquals(1001, stats.documents());
        assertTrue(Files.exists(tmp.resolve("000/doc-000001.txt")));
        assertTrue(Files.exists(tmp.resolve("000/doc-001000.txt")));
        assertTrue(Files.exists(tmp.resolve("001/doc-001001.txt")));
        List<String> gold = Files.readAllLines(tmp.resolve("000/gold.jsonl"), StandardCharsets.UTF_8);
        assertEquals(1000, gold.size());
        assertTrue(gold.get(0).startsWith("{\"id\":\"doc-000001\",\"spans\":[["), gold.get(0));
        assertEquals(1, Files.readAllLines(tmp.resolve("001/gold.jsonl")).size());
    }

    @Test
    void documentsAreTextOfAboutThreeKilobytesWithAboutThirtySpans() throws IOException {
        CorpusWriter.Stats stats = CorpusWriter.write(tmp, 300, 11);
        double bytesPerDoc = (double) stats.bytes() / stats.documents();
        double spansPerDoc = (double) stats.spans() / stats.documents();
        assertTrue(bytesPerDoc > 2500 && bytesPerDoc < 3600, "bytes/doc " + bytesPerDoc);
        assertTrue(spansPerDoc > 24 && spansPerDoc < 36, "spans/doc " + spansPerDoc);
        assertTrue(stats.nearDuplicates() > 3 && stats.nearDuplicates() < 30, "near-duplicates " + stats.nearDuplicates());
    }

    private static byte[] digest(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            files.filter(Files::isRegularFile).sorted().forEach(f -> {
                md.update(root.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
                try {
                    md.update(Files.readAllBytes(f));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            return md.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
