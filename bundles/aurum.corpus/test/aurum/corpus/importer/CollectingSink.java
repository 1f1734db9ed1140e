package aurum.corpus.importer;

import java.util.ArrayList;
import java.util.List;

/** Keeps everything an importer hands over, for assertions. */
final class CollectingSink implements ImportSink {

    final List<ImportedDocument> documents = new ArrayList<>();
    final List<ImportWarning> warnings = new ArrayList<>();

    @Override
    public void accept(ImportedDocument document) {
        documents.add(document);
    }

    @Override
    public void warning(ImportWarning warning) {
        warnings.add(warning);
    }

    ImportedDocument only() {
        if (documents.size() != 1) {
            throw new AssertionError("expected one document but got " + documents.size());
        }
        return documents.get(0);
    }

    static CollectingSink read(Importer importer, java.nio.file.Path source) throws ImportException {
        CollectingSink sink = new CollectingSink();
        importer.read(source, sink, ImportProgress.NONE);
        return sink;
    }
}
