package aurum.app.internal.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import aurum.corpus.folder.DocumentEntry;
import aurum.corpus.folder.TextFolderCorpus;

/** {@code aurum list --corpus DIR}: the documents of a corpus, one per line. */
final class ListCommand implements Command {

    @Override
    public String name() {
        return "list";
    }

    @Override
    public String usage() {
        return "list --corpus DIR";
    }

    @Override
    public String summary() {
        return "list the documents of a corpus with their sizes and titles";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Path folder = Path.of(new Options(args, Set.of("corpus")).required("corpus"));
        List<DocumentEntry> documents = new TextFolderCorpus(folder).list();
        for (DocumentEntry d : documents) {
            out.printf("%-28s %7d  %s%n", d.id(), d.chars(), d.title());
        }
        out.println(documents.size() + " documents");
        return 0;
    }
}
