package aurum.app.internal.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import aurum.core.model.LayerOwner;
import aurum.corpus.lifecycle.DocumentLifecycle;
import aurum.corpus.lifecycle.StateChange;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.DocumentIds;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code aurum state --corpus DIR --annotator A --documents ID,…|all done|in-progress}: marks an annotator's
 * layers done or reopens them, as Annotate › Mark Document Done and Reopen Document do in the workbench;
 * {@code --gold} does the same for the curated gold layer ({@code done} then means curated). One line per
 * document that changed, a summary; exit code 1 when a layer cannot get to the state asked for (reopening one
 * that was never marked done). Already being in that state is fine, so running it twice changes nothing.
 */
@Command(name = "state", description = "Mark layers done (gold: curated) or reopen them (in-progress), as the"
        + " workbench's Mark Document Done and Reopen Document do.")
final class StateCommand extends CliCommand {

    @Option(names = "--corpus", paramLabel = "DIR", required = true, description = "The corpus folder.")
    Path corpus;

    @Option(names = "--annotator", paramLabel = "NAME", description = "Whose layers: an annotator id.")
    String annotator;

    @Option(names = "--gold", description = "The gold layers instead of an annotator's.")
    boolean gold;

    @Option(names = "--documents", paramLabel = "ID", split = ",", required = true,
            description = "Document ids, comma-separated, or all.")
    List<String> documents = new ArrayList<>();

    @Parameters(paramLabel = "STATE", description = "done (the gold layer: curated) or in-progress.")
    String state;

    StateCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() throws Exception {
        boolean finish = switch (state.toLowerCase(Locale.ROOT).replace('_', '-')) {
        case "done", "curated" -> true;
        case "in-progress", "reopen" -> false;
        default -> throw new UsageException("the state is done or in-progress, not '" + state + "'");
        };
        if (gold == (annotator != null)) {
            throw new UsageException("name whose layers change: --annotator NAME or --gold");
        }
        LayerOwner owner = gold ? LayerOwner.GOLD
                : LayerOwner.annotator(DocumentIds.requireValid(annotator, "--annotator"));
        try (CorpusStore store = CorpusStore.open(corpus)) {
            List<String> ids = documents.size() == 1 && documents.get(0).equals("all") ? store.documentIds()
                    : documents.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
            DocumentLifecycle lifecycle = new DocumentLifecycle(store);
            List<StateChange> changes = finish ? lifecycle.finish(owner, ids) : lifecycle.reopen(owner, ids);
            long changed = 0;
            for (StateChange change : changes) {
                if (change.changed()) {
                    changed++;
                    out().printf("%s %s -> %s%n", change.documentId(), word(change.before()), word(change.after()));
                }
            }
            long unchanged = changes.size() - changed;
            out().printf("%d of %d documents %s for %s%s%n", changed, changes.size(),
                    finish ? (gold ? "marked curated" : "marked done") : "reopened", owner.describe(),
                    unchanged == 0 ? "" : "; " + unchanged + (finish ? " were already " + (gold ? "curated" : "done")
                            : " were not finished"));
            // idempotent: a layer already in the state asked for is fine; one that cannot get there (reopening a
            // layer never finished) is a problem worth an exit code
            List<String> left = changes.stream().filter(c -> c.after() != (finish ? DocumentLifecycle.finished(owner)
                    : aurum.core.model.LayerState.IN_PROGRESS)).map(StateChange::documentId).toList();
            if (!left.isEmpty()) {
                err().println("aurum state: " + left.size() + " documents were never marked done, so there is"
                        + " nothing to reopen: " + String.join(", ", left.stream().limit(10).toList())
                        + (left.size() > 10 ? ", …" : ""));
                return CommandLine.PROBLEMS;
            }
            return CommandLine.OK;
        }
    }

    private static String word(aurum.core.model.LayerState state) {
        return state.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
