package aurum.app.internal.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import aurum.corpus.folder.DocumentEntry;
import aurum.corpus.folder.TextFolderCorpus;
import aurum.corpus.index.CorpusIndex;
import aurum.corpus.index.DocumentQuery;
import aurum.corpus.index.IndexedDocument;
import aurum.corpus.store.CorpusStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code aurum list --corpus DIR [filters]}: the documents of a corpus, one per line, served from the
 * corpus index (docs/FORMAT.md); a plain folder of {@code .txt} files is listed directly.
 */
@Command(name = "list", description = "List the documents of a corpus with their sizes and titles, filtered by layer"
        + " state, annotator, label or words of the text.")
final class ListCommand extends CliCommand {

    @Option(names = "--corpus", paramLabel = "DIR", required = true,
            description = "The corpus folder, or a plain folder of .txt files.")
    Path corpus;

    @Mixin
    QueryOptions filters;

    ListCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() throws Exception {
        DocumentQuery query = filters.query();
        if (!Files.exists(corpus.resolve("corpus.json"))) {
            return listTextFolder(corpus, query);
        }
        try (CorpusStore store = CorpusStore.open(corpus)) {
            CorpusIndex index = store.index();
            ProgressLine progress = new ProgressLine(err(), "Indexing");
            index.refresh(progress::worked);
            progress.done();
            List<IndexedDocument> documents = index.find(query);
            for (IndexedDocument d : documents) {
                out().printf("%-28s %7d  %s%n", d.id(), d.length(), d.title());
            }
            out().println(query.isAll() ? documents.size() + " documents"
                    : documents.size() + " of " + index.count(DocumentQuery.ALL) + " documents");
        }
        return CommandLine.OK;
    }

    private int listTextFolder(Path folder, DocumentQuery query) throws Exception {
        if (!query.isAll()) {
            throw new UsageException(folder + " is a folder of text files, not a corpus, so it has no layers or"
                    + " index to filter; import it first: aurum import " + folder + " --corpus NEW_DIR");
        }
        List<DocumentEntry> documents = new TextFolderCorpus(folder).list();
        for (DocumentEntry d : documents) {
            out().printf("%-28s %7d  %s%n", d.id(), d.chars(), d.title());
        }
        out().println(documents.size() + " documents");
        return CommandLine.OK;
    }
}
