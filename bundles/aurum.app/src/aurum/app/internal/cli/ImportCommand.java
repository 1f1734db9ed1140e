package aurum.app.internal.cli;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import aurum.core.model.LabelSetRef;
import aurum.corpus.dedup.Relation;
import aurum.corpus.importer.ImportWarning;
import aurum.corpus.importer.Importer;
import aurum.corpus.importer.Importers;
import aurum.corpus.importer.OffsetUnit;
import aurum.corpus.store.CorpusSettings;
import aurum.corpus.store.CorpusStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code aurum import PATH… --corpus DIR}: reads text, zip, JSONL, brat or CoNLL input into a corpus,
 * creating it when missing. Idempotent: documents already in the corpus (same text) are counted, not added.
 */
@Command(name = "import", description = "Import documents (and their spans) into a corpus, creating it when missing."
        + " Documents already in the corpus (same text) are counted, not added again.")
final class ImportCommand extends CliCommand {

    /** The formats that {@code --format} names; others come from installed importers. */
    static final class Formats extends Choices.Words<String> {
        Formats() {
            super("an import format");
            for (String f : List.of("text", "zip", "jsonl", "brat", "conll")) {
                add(f, f);
            }
        }
    }

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to import.")
    List<Path> paths;

    @Option(names = "--corpus", paramLabel = "DIR", required = true,
            description = "The corpus folder; created (with the news label set) when it does not exist yet.")
    Path corpus;

    @Option(names = "--format", paramLabel = "FORMAT", completionCandidates = Formats.class,
            description = "The input format: ${COMPLETION-CANDIDATES}; by default told from each PATH's name.")
    String format;

    @Option(names = "--offsets", paramLabel = "UNIT", converter = Choices.Offsets.class,
            completionCandidates = Choices.Offsets.class, defaultValue = "utf16",
            description = "What JSONL offsets count: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OffsetUnit offsets;

    @Option(names = "--annotator", paramLabel = "NAME", defaultValue = "import",
            description = "The annotator whose layer receives imported spans (default: ${DEFAULT-VALUE}).")
    String annotator;

    ImportCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() throws Exception {
        List<Importer> importers = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new UsageException(path + ": no such file or folder; check the path");
            }
            importers.add(importerFor(path));
        }
        CorpusStore store = Files.exists(corpus.resolve("corpus.json")) ? CorpusStore.open(corpus)
                : CorpusStore.create(corpus, CorpusSettings.of(corpus.toAbsolutePath().getFileName().toString(),
                        new LabelSetRef("news", "2.0.0")));
        ImportIntoStore sink = new ImportIntoStore(store, annotator, new ProgressLine(err(), "Importing"));
        try (sink) {
            for (int i = 0; i < paths.size(); i++) {
                importers.get(i).read(paths.get(i), sink, sink.progress());
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        sink.progress().done();
        for (ImportWarning w : sink.warnings()) {
            err().println(w.file() + (w.line() > 0 ? ":" + w.line() : "") + ": warning: " + w.message());
        }
        out().printf("%d documents added, %d already in the corpus, %d spans, %d warnings: %s%n", sink.added(),
                sink.present(), sink.spans(), sink.warnings().size(), corpus);
        Map<String, String> clusters = store.duplicateClusters();
        long related = store.relations().stream().filter(r -> r.relation() == Relation.RELATED).count();
        out().printf("%d documents in %d near-duplicate clusters, %d related pairs (%s)%n", clusters.size(),
                clusters.values().stream().distinct().count(), related, "clusters.json");
        return CommandLine.OK;
    }

    private Importer importerFor(Path source) throws UsageException {
        String chosen = format != null ? format
                : Importers.forSource(source).map(Importer::name).orElse("");
        return switch (chosen) {
        case "text" -> Importers.plainText();
        case "zip" -> Importers.zip();
        case "jsonl" -> Importers.jsonl(offsets);
        case "brat" -> Importers.brat();
        case "conll" -> Importers.conll();
        case "" -> throw new UsageException("cannot tell the format of " + source + "; give --format "
                + new Formats().list().replace(", ", "|"));
        default -> Importers.all().stream().filter(i -> i.name().equals(chosen)).findFirst()
                .orElseThrow(() -> new UsageException("unknown --format '" + chosen + "'; use one of "
                        + String.join(", ", Importers.all().stream().map(Importer::name).toList())));
        };
    }
}
