package aurum.corpus.store;

import aurum.core.model.Document;
import aurum.core.model.DocumentMetadata;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The five real news pages of samples/us-japan-defense as documents with ids {@code 000}..{@code 004}. */
final class SampleCorpus {

    static final Path DIR = Path.of(System.getProperty("aurum.samples", "../../samples")).resolve("us-japan-defense");

    private SampleCorpus() {
    }

    static List<Document> documents() throws IOException {
        List<Document> documents = new ArrayList<>();
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                documents.add(Document.imported(name.substring(0, 3), Files.readString(file, StandardCharsets.UTF_8),
                        DocumentMetadata.NONE.withSourceFile(name)));
            }
        }
        return documents;
    }
}
