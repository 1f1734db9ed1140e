package aurum.app.internal.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import aurum.agreement.curation.Disagreement;
import aurum.agreement.curation.DisagreementKind;
import aurum.agreement.curation.StoredCuration;
import aurum.core.model.LayerOwner;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.DocumentInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code aurum curate --corpus DIR [--auto]}: counts the open disagreements per document; with
 * {@code --auto} first pre-accepts into gold the spans all annotators agree on.
 */
@Command(name = "curate", description = "Count the disagreements to curate; --auto first pre-accepts into gold the"
        + " spans all annotators agree on.")
final class CurateCommand extends CliCommand {

    @Option(names = "--corpus", paramLabel = "DIR", required = true, description = "The corpus folder.")
    Path dir;

    @Option(names = "--auto", description = "Accept into gold the spans all annotators agree on.")
    boolean auto;

    @Option(names = "--annotators", paramLabel = "A,B,...",
            description = "The annotators to curate (default: every annotator of the corpus).")
    String annotatorList;

    CurateCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() throws Exception {
        PrintStream out = out();
        CorpusStore store = CorpusStore.open(dir);
        List<String> annotators = AnnotatorList.resolve(Optional.ofNullable(annotatorList), dir, 1, "curation");
        int accepted = 0;
        int open = 0;
        int documents = 0;
        for (DocumentInfo info : store.documents()) {
            if (!hasLayer(store, info.id(), annotators)) {
                continue;
            }
            StoredCuration stored = StoredCuration.open(store, info.id(), annotators, Clock.systemUTC());
            int added = auto ? stored.curation().acceptAgreed() : 0;
            stored.save();
            List<Disagreement> disagreements = stored.curation().open();
            Map<DisagreementKind, Integer> kinds = new EnumMap<>(DisagreementKind.class);
            disagreements.forEach(d -> kinds.merge(d.kind(), 1, Integer::sum));
            out.printf("%-28s %s%d open disagreements%s%n", info.id(), auto ? added + " agreed spans accepted, " : "",
                    disagreements.size(), kinds.isEmpty() ? "" : " " + describe(kinds));
            accepted += added;
            open += disagreements.size();
            documents++;
        }
        out.printf("%d documents, %s%d open disagreements%n", documents,
                auto ? accepted + " agreed spans accepted into gold, " : "", open);
        return CommandLine.OK;
    }

    private static boolean hasLayer(CorpusStore store, String id, List<String> annotators) throws Exception {
        for (String annotator : annotators) {
            if (store.loadLayer(id, LayerOwner.annotator(annotator)).revision() > 0) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Map<DisagreementKind, Integer> kinds) {
        List<String> parts = new ArrayList<>();
        kinds.forEach((kind, n) -> parts.add(n + " " + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')));
        return "(" + String.join(", ", parts) + ")";
    }
}
