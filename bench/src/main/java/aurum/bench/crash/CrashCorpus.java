package aurum.bench.crash;

import aurum.core.model.Document;
import aurum.core.model.DocumentMetadata;
import aurum.core.model.LabelSetRef;
import aurum.corpus.store.CorpusSettings;
import aurum.corpus.store.CorpusStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Creates the corpus the crash test writes to, from the {@code .txt} files of a folder (the sample
 * corpus), with ids {@code doc-000}, {@code doc-001}, ….
 *
 * <p>Usage: {@code CrashCorpus CORPUS_DIR TEXT_DIR}
 */
public final class CrashCorpus {

    private CrashCorpus() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: CrashCorpus CORPUS_DIR TEXT_DIR");
            System.exit(2);
        }
        CorpusStore store = CorpusStore.create(Path.of(args[0]),
                CorpusSettings.of("crash test", new LabelSetRef("news", "1")));
        List<Path> texts = texts(Path.of(args[1]));
        for (int i = 0; i < texts.size(); i++) {
            String text = Files.readString(texts.get(i), StandardCharsets.UTF_8);
            store.addDocument(Document.imported(String.format("doc-%03d", i), text, DocumentMetadata.ofSource(texts.get(i))));
        }
        System.out.println("created " + store.directory() + " with " + texts.size() + " documents");
    }

    private static List<Path> texts(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> texts = files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
            if (texts.isEmpty()) {
                throw new IOException("no .txt files in " + dir);
            }
            return texts;
        }
    }
}
