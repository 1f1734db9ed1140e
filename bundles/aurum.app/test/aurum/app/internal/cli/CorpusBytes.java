package aurum.app.internal.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Every file and folder of a corpus with a hash of its bytes: what git would see (everything but {@code .aurum/})
 * plus the content-hash cache, which must agree with the documents after a rollback.
 */
final class CorpusBytes {

    private CorpusBytes() {
    }

    static Map<String, String> of(Path corpus) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        if (!Files.exists(corpus)) {
            return entries;
        }
        try (Stream<Path> walk = Files.walk(corpus)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                String name = corpus.relativize(p).toString();
                if (name.startsWith(".aurum") && !name.equals(".aurum/content-hashes.tsv")) {
                    continue;
                }
                entries.put(name, Files.isDirectory(p) ? "folder" : sha256(Files.readAllBytes(p)));
            }
        }
        return entries;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
