package aurum.app.internal.cli;

import aurum.corpus.server.CorpusTransfer;
import aurum.corpus.server.TeamServer;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.DocumentIds;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code aurum push} and {@code aurum pull}: a folder corpus to a team server and back, exactly
 * ({@link CorpusTransfer}; docs/TEAM-SERVER.md). The folder stays the interchange and backup format.
 */
final class TransferCommands {

    private TransferCommands() {
    }

    /** The corpus id on the server: {@code --name}, else the folder's name made an id; a bad name is a usage error. */
    static String corpusName(String given, Path folder) throws UsageException {
        if (given != null) {
            return ServerIndexCommands.corpusId(given);
        }
        Path name = folder.toAbsolutePath().normalize().getFileName();
        return DocumentIds.sanitize(name == null ? "corpus" : name.toString());
    }

    /** {@code aurum push --corpus DIR --server URL [--name ID]}. */
    @Command(name = "push", description = "Copy a folder corpus (documents, layers, analysis, assignments) to a team"
            + " server, in one transaction: as a new corpus, or into the server's corpus of that name, adding what is"
            + " new and listing what the server holds differently (conflicts, kept). Leads and administrators may push.")
    static final class Push extends CliCommand {
        @Option(names = "--corpus", paramLabel = "DIR", required = true, description = "The corpus folder.")
        Path corpus;

        @Option(names = "--name", paramLabel = "ID", description = "The corpus id on the server (default: the folder's name).")
        String name;

        @Mixin
        ServerOptions server;

        Push(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() throws Exception {
            String id = corpusName(name, corpus);
            try (CorpusStore store = CorpusStore.open(corpus); TeamServer team = server.connect(2)) {
                CorpusTransfer.Summary summary = CorpusTransfer.push(store, team, id, m -> err().println("push: " + m));
                out().println("Pushed " + summary.documents() + " documents, " + summary.layers() + " layers and "
                        + summary.files() + " corpus files to " + team.address() + " as '" + id + "'"
                        + (summary.unchanged() > 0 ? "; " + summary.unchanged() + " layers were there already." : "."));
                for (CorpusTransfer.Conflict conflict : summary.conflicts()) {
                    out().println("conflict: " + conflict.describe());
                }
                if (!summary.conflicts().isEmpty()) {
                    err().println("push: " + summary.conflicts().size() + " conflicts: the server's copies were kept;"
                            + " pull the corpus to see them, or push under another name (--name)");
                    return CommandLine.PROBLEMS;
                }
                return store.documentIds().isEmpty() ? CommandLine.PROBLEMS : CommandLine.OK;
            }
        }
    }

    /** {@code aurum pull --server URL --name ID --corpus DIR}. */
    @Command(name = "pull", description = "Copy a team-server corpus into a new folder corpus, as you may see it"
            + " (an annotator gets their own layers and curated gold).")
    static final class Pull extends CliCommand {
        @Option(names = "--corpus", paramLabel = "DIR", required = true, description = "The new corpus folder (missing or empty).")
        Path corpus;

        @Option(names = "--name", paramLabel = "ID", description = "The corpus id on the server (default: the folder's name).")
        String name;

        @Mixin
        ServerOptions server;

        Pull(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() throws Exception {
            String id = corpusName(name, corpus);
            try (TeamServer team = server.connect(2)) {
                CorpusTransfer.Summary summary = CorpusTransfer.pull(team, id, corpus, m -> err().println("pull: " + m));
                out().println("Pulled " + summary.documents() + " documents, " + summary.layers() + " layers and "
                        + summary.files() + " corpus files of '" + id + "' into " + corpus + ".");
                return summary.documents() == 0 ? CommandLine.PROBLEMS : CommandLine.OK;
            }
        }
    }
}
