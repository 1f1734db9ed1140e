package aurum.corpus.internal.store;

import aurum.core.model.Document;
import aurum.corpus.store.CorpusStoreException;
import aurum.corpus.store.DocumentInfo;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The documents folder: lists and reads documents. Adding is {@link FolderDocumentBatch}'s job: the
 * meta file is written after the text and is what makes a document exist, so a crash between the two
 * leaves an orphan text that the next add of that document overwrites.
 */
final class DocumentCatalog {

    private final CorpusLayout layout;

    DocumentCatalog(CorpusLayout layout) {
        this.layout = layout;
    }

    List<DocumentInfo> list() throws CorpusStoreException {
        List<DocumentInfo> result = new ArrayList<>();
        for (String id : ids()) {
            Path file = layout.meta(id);
            result.add(DocumentMetaCodec.read(file, layout.name(file), id));
        }
        return result;
    }

    /** The ids of {@link #list()}, from the meta files' names only. */
    List<String> ids() throws CorpusStoreException {
        List<String> result = new ArrayList<>();
        Path dir = layout.documentsDir();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, "*" + CorpusLayout.META_SUFFIX)) {
            for (Path file : entries) {
                String fileName = file.getFileName().toString();
                if (!fileName.startsWith(".")) {
                    result.add(fileName.substring(0, fileName.length() - CorpusLayout.META_SUFFIX.length()));
                }
            }
        } catch (IOException e) {
            throw JsonFiles.failure("list", layout.name(dir), e);
        }
        result.sort(null);
        return result;
    }

    Optional<Document> read(String id) throws CorpusStoreException {
        Path meta = layout.meta(id);
        if (!Files.exists(meta)) {
            return Optional.empty();
        }
        DocumentInfo info = DocumentMetaCodec.read(meta, layout.name(meta), id);
        Path textFile = layout.text(id);
        String name = layout.name(textFile);
        if (!Files.exists(textFile)) {
            throw new CorpusStoreException("Cannot read document '" + id + "': " + name + " is missing."
                    + " Restore it from git.");
        }
        Document document = new Document(id, JsonFiles.readText(textFile, name), info.byteOrderMarkRemoved(),
                info.metadata());
        if (!document.contentHash().equals(info.contentHash())) {
            throw new CorpusStoreException("Cannot read document '" + id + "': " + name + " does not match the"
                    + " contentHash in " + layout.name(meta) + "; the text was edited, which would shift every"
                    + " annotation. Restore " + name + " from git.");
        }
        return Optional.of(document);
    }
}
