package aurum.app.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import aurum.corpus.store.CorpusStore;

/** Input as an attacker sends it: pipes, links out of the folder, zip bombs and damaged archives, broken UTF-16. */
class HostileInputTest {

    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), CommandServices.of(() -> List::of),
                dir.resolve("logs")).run(args);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static void mkfifo(Path path) throws Exception {
        assertEquals(0, new ProcessBuilder("mkfifo", path.toString()).start().waitFor());
    }

    @Test
    void aFifoInAFolderIsSkippedWithAWarningAndOneNamedIsRefused() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "A text.");
        mkfifo(in.resolve("x.txt"));
        Path corpus = dir.resolve("c");
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            assertEquals(0, run("import", in.toString(), "--corpus", corpus.toString()), err());
            assertTrue(err().contains("x.txt: warning: not a regular file but a pipe, device or socket; skipped"), err());
            assertEquals(CommandLine.USAGE, run("import", in.resolve("x.txt").toString(), "--corpus", corpus.toString()));
            assertTrue(err().contains("x.txt: not a regular file"), err());
        });
        try (CorpusStore store = CorpusStore.open(corpus)) {
            assertEquals(List.of("a"), store.documentIds());
        }
    }

    @Test
    void aLinkLeavingTheFolderIsNotFollowedButOneInsideIs() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "password");
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "A text.");
        Files.createSymbolicLink(in.resolve("out.txt"), secret);
        Files.createSymbolicLink(in.resolve("alias.txt"), in.resolve("a.txt"));
        Files.createDirectories(in.resolve("sub"));
        Files.writeString(in.resolve("sub/b.txt"), "B text.");
        Path corpus = dir.resolve("c");
        assertEquals(0, run("import", in.toString(), "--corpus", corpus.toString()), err());
        assertTrue(err().contains("out.txt: warning: a symbolic link to ") && err().contains("not followed"), err());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("2 documents added, 1 already in the corpus"),
                out.toString(StandardCharsets.UTF_8));
    }

    private Path zip(String name, ZipEntry entry, byte[] content) throws Exception {
        Path file = dir.resolve(name);
        try (OutputStream o = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(o)) {
            zip.putNextEntry(new ZipEntry("ok.txt"));
            zip.write("A fine text.".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(entry);
            zip.write(content);
            zip.closeEntry();
        }
        return file;
    }

    @Test
    void aZipBombIsRefusedAndNothingImported() throws Exception {
        Path bomb = zip("bomb.zip", new ZipEntry("big.txt"), "a".repeat(8 << 20).getBytes(StandardCharsets.UTF_8));
        Path corpus = dir.resolve("c");
        assertEquals(CommandLine.USAGE, run("import", bomb.toString(), "--corpus", corpus.toString()));
        assertTrue(err().contains("bomb.zip!/big.txt") && err().contains("times its compressed size"), err());
        assertFalse(Files.exists(corpus));
    }

    @Test
    void aDamagedZipEntryIsRefusedOrSkippedWhenLenient() throws Exception {
        byte[] text = "Original text of the entry.".getBytes(StandardCharsets.UTF_8);
        CRC32 crc = new CRC32();
        crc.update(text);
        ZipEntry stored = new ZipEntry("damaged.txt");
        stored.setMethod(ZipEntry.STORED);
        stored.setSize(text.length);
        stored.setCrc(crc.getValue());
        Path file = zip("damaged.zip", stored, text);
        byte[] bytes = Files.readAllBytes(file);
        String all = new String(bytes, StandardCharsets.ISO_8859_1);
        bytes[all.indexOf("Original")] = 'X'; // damage the stored bytes, not the headers
        Files.write(file, bytes);
        Path corpus = dir.resolve("c");
        assertEquals(CommandLine.USAGE, run("import", file.toString(), "--corpus", corpus.toString()));
        assertTrue(err().contains("damaged.zip!/damaged.txt") && err().contains("CRC-32"), err());
        assertEquals(0, run("import", file.toString(), "--corpus", corpus.toString(), "--lenient"), err());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("1 documents added")
                && out.toString(StandardCharsets.UTF_8).contains("1 documents skipped"), out.toString());
    }

    @Test
    void zipEntriesStartingWithDotSlashKeepTheirName() throws Exception {
        Path file = zip("dot.zip", new ZipEntry("./x.txt"), "Dot text.".getBytes(StandardCharsets.UTF_8));
        Path corpus = dir.resolve("c");
        assertEquals(0, run("import", file.toString(), "--corpus", corpus.toString()), err());
        try (CorpusStore store = CorpusStore.open(corpus)) {
            assertTrue(store.documentIds().contains("x"), store.documentIds().toString());
        }
    }

    @Test
    void brokenUtf16IsRefusedWithItsOffset() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        byte[] odd = { (byte) 0xFF, (byte) 0xFE, 'H', 0, 'i', 0, '!' }; // little endian, one byte too many
        Files.write(in.resolve("odd.txt"), odd);
        byte[] lone = { (byte) 0xFE, (byte) 0xFF, 0, 'H', (byte) 0xD8, 0, 0, 'i' }; // a high surrogate alone
        Files.write(in.resolve("lone.txt"), lone);
        assertEquals(CommandLine.USAGE, run("import", in.resolve("odd.txt").toString(), "--corpus",
                dir.resolve("c").toString()));
        assertTrue(err().contains("odd.txt") && err().contains("broken UTF-16") && err().contains("odd number of bytes"),
                err());
        assertEquals(CommandLine.USAGE, run("import", in.resolve("lone.txt").toString(), "--corpus",
                dir.resolve("c").toString()));
        assertTrue(err().contains("lone.txt") && err().contains("lone surrogate") && err().contains("byte offset"),
                err());
    }

    @Test
    void aDocumentOverTheSizeLimitIsRefusedBeforeItIsRead() throws Exception {
        Path big = dir.resolve("big.txt");
        try (var channel = java.nio.channels.FileChannel.open(big, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap("x".getBytes(StandardCharsets.UTF_8)), 65L << 20); // sparse
        }
        assertEquals(CommandLine.USAGE, run("import", big.toString(), "--corpus", dir.resolve("c").toString()));
        assertTrue(err().contains("big.txt") && err().contains("limited to 64 MiB"), err());
    }
}
