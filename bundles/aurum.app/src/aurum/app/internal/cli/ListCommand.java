package aurum.app.internal.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import aurum.corpus.folder.DocumentEntry;
import aurum.corpus.folder.TextFolderCorpus;
import aurum.corpus.index.CorpusIndex;
import aurum.corpus.index.DocumentQuery;
import aurum.corpus.index.IndexedDocument;
import aurum.corpus.store.CorpusStore;

/**
 * {@code aurum list --corpus DIR [filters]}: the documents of a corpus, one per line, served from the
 * corpus index (docs/FORMAT.md); a plain folder of {@code .txt} files is listed directly.
 */
final class ListCommand implements Command {

    @Override
    public String name() {
        return "list";
    }

    @Override
    public String usage() {
        return "list --corpus DIR [--state S] [--annotator A] [--label L] [--text Q]";
    }

    @Override
    public String summary() {
        return "list the documents of a corpus with their sizes and titles, filtered by layer state, annotator,"
                + " label or words of the text";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Options options = new Options(args, Set.of("corpus", "state", "annotator", "label", "text"));
        Path folder = Path.of(options.required("corpus"));
        DocumentQuery query = QueryOptions.query(options);
        if (!Files.exists(folder.resolve("corpus.json"))) {
            return listTextFolder(folder, query, out);
        }
        try (CorpusStore store = CorpusStore.open(folder)) {
            CorpusIndex index = store.index();
            ProgressLine progress = new ProgressLine(err, "Indexing");
            index.refresh(progress::worked);
            progress.done();
            List<IndexedDocument> documents = index.find(query);
            for (IndexedDocument d : documents) {
                out.printf("%-28s %7d  %s%n", d.id(), d.length(), d.title());
            }
            out.println(query.isAll() ? documents.size() + " documents"
                    : documents.size() + " of " + index.count(DocumentQuery.ALL) + " documents");
        }
        return 0;
    }

    private static int listTextFolder(Path folder, DocumentQuery query, PrintStream out) throws Exception {
        if (!query.isAll()) {
            throw new UsageException(folder + " is a folder of text files, not a corpus, so it has no layers or"
                    + " index to filter; import it first: aurum import " + folder + " --corpus NEW_DIR");
        }
        List<DocumentEntry> documents = new TextFolderCorpus(folder).list();
        for (DocumentEntry d : documents) {
            out.printf("%-28s %7d  %s%n", d.id(), d.chars(), d.title());
        }
        out.println(documents.size() + " documents");
        return 0;
    }
}
