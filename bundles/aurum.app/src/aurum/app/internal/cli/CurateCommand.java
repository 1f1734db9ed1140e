package aurum.app.internal.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import aurum.agreement.curation.Disagreement;
import aurum.agreement.curation.DisagreementKind;
import aurum.agreement.curation.StoredCuration;
import aurum.core.model.LayerOwner;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.DocumentInfo;

/**
 * {@code aurum curate --corpus DIR [--auto]}: counts the open disagreements per document; with
 * {@code --auto} first pre-accepts into gold the spans all annotators agree on.
 */
final class CurateCommand implements Command {

    @Override
    public String name() {
        return "curate";
    }

    @Override
    public String usage() {
        return "curate --corpus DIR [--auto] [--annotators A,B,…]";
    }

    @Override
    public String summary() {
        return "count disagreements to curate; --auto pre-accepts agreed spans into gold";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        List<String> optionArgs = new ArrayList<>(args);
        boolean auto = optionArgs.remove("--auto");
        Options options = new Options(optionArgs, Set.of("corpus", "annotators"));
        Path dir = Path.of(options.required("corpus"));
        CorpusStore store = CorpusStore.open(dir);
        List<String> annotators = AnnotatorList.resolve(options.optional("annotators"), dir, 1, "curation");
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
        return 0;
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
