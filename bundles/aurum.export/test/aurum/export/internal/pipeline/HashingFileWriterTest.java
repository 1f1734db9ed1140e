package aurum.export.internal.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HashingFileWriterTest {

    @TempDir
    Path tmp;

    private long closedBytes = -1;
    private String closedSha = "";

    /** Characters that take each UTF-8 path: ASCII, 2 and 3 bytes, pairs, lone and reversed surrogates. */
    private static final String[] PIECES = {"a", " _ _ ", "\n", "é", "ß", "€", "“", "\u00A0", "\uD83D\uDE00", "\uD83C\uDDEF\uD83C\uDDF5",
        "\uD83D", "\uDE00", "\uDE00\uD83D", "ＡＢ", "-DOCSTART- -X- -X- O\n\n"};

    @Test
    void writesTheBytesAndHashOfTheJdkUtf8WriterWhateverTheCallsAndChunks() throws Exception {
        SplittableRandom random = new SplittableRandom(7);
        for (int round = 0; round < 40; round++) {
            StringBuilder text = new StringBuilder();
            int size = round < 20 ? random.nextInt(200) : 70_000 + random.nextInt(200_000); // beyond the buffer
            while (text.length() < size) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            Path file = tmp.resolve("f" + round);
            try (Writer jdk = new OutputStreamWriter(expected, StandardCharsets.UTF_8); Writer mine = open(file)) {
                // the same calls on both, cutting anywhere (also between the halves of a surrogate pair)
                for (int at = 0; at < text.length(); ) {
                    int len = Math.min(text.length() - at, random.nextInt(40));
                    switch (random.nextInt(4)) {
                        case 0 -> {
                            jdk.write(text.toString(), at, len);
                            mine.write(text.toString(), at, len);
                        }
                        case 1 -> {
                            char[] chars = text.substring(at, at + len).toCharArray();
                            jdk.write(chars, 0, len);
                            mine.write(chars, 0, len);
                        }
                        case 2 -> {
                            len = Math.min(len, 1);
                            if (len == 1) {
                                jdk.write(text.charAt(at));
                                mine.write(text.charAt(at));
                            }
                        }
                        default -> {
                            jdk.flush();
                            mine.flush();
                        }
                    }
                    at += len;
                }
            }
            byte[] want = expected.toByteArray();
            assertArrayEquals(want, Files.readAllBytes(file), "round " + round);
            assertEquals(want.length, closedBytes, "round " + round);
            assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(want)), closedSha,
                    "round " + round);
        }
    }

    @Test
    void aHighSurrogateLeftAtTheEndIsWrittenAsAQuestionMarkLikeTheJdkWriter() throws Exception {
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        try (Writer jdk = new OutputStreamWriter(expected, StandardCharsets.UTF_8)) {
            jdk.write("x\uD83D");
        }
        Path file = tmp.resolve("tail");
        try (Writer mine = open(file)) {
            mine.write("x\uD83D");
        }
        assertArrayEquals(expected.toByteArray(), Files.readAllBytes(file));
        assertArrayEquals("x?".getBytes(StandardCharsets.US_ASCII), Files.readAllBytes(file));
    }

    @Test
    void refusesWritesAfterClose() throws Exception {
        Writer mine = open(tmp.resolve("closed"));
        mine.close();
        mine.close(); // a second close does nothing
        assertThrows(IOException.class, () -> mine.write("late"));
    }

    private Writer open(Path file) throws Exception {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return new HashingFileWriter(channel, MessageDigest.getInstance("SHA-256"), (bytes, digest) -> {
            closedBytes = bytes;
            closedSha = HexFormat.of().formatHex(digest.digest());
        });
    }
}
