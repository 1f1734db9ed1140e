package aurum.app.internal.cli;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import aurum.core.model.LabelSetRef;
import aurum.corpus.dedup.Relation;
import aurum.corpus.importer.ImportWarning;
import aurum.corpus.importer.Importer;
import aurum.corpus.importer.Importers;
import aurum.corpus.importer.OffsetUnit;
import aurum.corpus.store.CorpusSettings;
import aurum.corpus.store.CorpusStore;

/**
 * {@code aurum import PATH… --corpus DIR}: reads text, zip, JSONL, brat or CoNLL input into a corpus,
 * creating it when missing. Idempotent: documents already in the corpus (same text) are counted, not added.
 */
final class ImportCommand implements Command {

    private static final Set<String> OPTIONS = Set.of("corpus", "format", "offsets", "annotator");

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String usage() {
        return "import PATH… --corpus DIR [--format text|zip|jsonl|brat|conll] [--offsets utf16|codepoints|utf8]"
                + " [--annotator NAME]";
    }

    @Override
    public String summary() {
        return "import documents (and their spans) into a corpus, creating it when missing";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        List<String> paths = new ArrayList<>();
        List<String> optionArgs = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).startsWith("--")) {
                optionArgs.add(args.get(i));
                if (i + 1 < args.size()) {
                    optionArgs.add(args.get(++i));
                }
            } else {
                paths.add(args.get(i));
            }
        }
        Options options = new Options(optionArgs, OPTIONS);
        if (paths.isEmpty()) {
            throw new UsageException("name at least one file or folder to import");
        }
        Path dir = Path.of(options.required("corpus"));
        CorpusStore store = Files.exists(dir.resolve("corpus.json")) ? CorpusStore.open(dir)
                : CorpusStore.create(dir, CorpusSettings.of(dir.toAbsolutePath().getFileName().toString(),
                        new LabelSetRef("news", "1.0.0")));
        List<Importer> importers = new ArrayList<>();
        for (String path : paths) {
            importers.add(importerFor(Path.of(path), options));
        }
        ImportIntoStore sink = new ImportIntoStore(store, options.optional("annotator").orElse("import"),
                new ProgressLine(err, "Importing"));
        try (sink) {
            for (int i = 0; i < paths.size(); i++) {
                importers.get(i).read(Path.of(paths.get(i)), sink, sink.progress());
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        sink.progress().done();
        for (ImportWarning w : sink.warnings()) {
            err.println(w.file() + (w.line() > 0 ? ":" + w.line() : "") + ": warning: " + w.message());
        }
        out.printf("%d documents added, %d already in the corpus, %d spans, %d warnings: %s%n", sink.added(),
                sink.present(), sink.spans(), sink.warnings().size(), dir);
        Map<String, String> clusters = store.duplicateClusters();
        long related = store.relations().stream().filter(r -> r.relation() == Relation.RELATED).count();
        out.printf("%d documents in %d near-duplicate clusters, %d related pairs (%s)%n", clusters.size(),
                clusters.values().stream().distinct().count(), related, "clusters.json");
        return 0;
    }

    private static Importer importerFor(Path source, Options options) throws UsageException {
        OffsetUnit unit = switch (options.optional("offsets").orElse("utf16").toLowerCase(Locale.ROOT)) {
        case "utf16" -> OffsetUnit.UTF16;
        case "codepoints" -> OffsetUnit.CODE_POINTS;
        case "utf8" -> OffsetUnit.UTF8_BYTES;
        default -> throw new UsageException("--offsets is utf16, codepoints or utf8");
        };
        String format = options.optional("format")
                .orElseGet(() -> Importers.forSource(source).map(Importer::name).orElse(""));
        return switch (format) {
        case "text" -> Importers.plainText();
        case "zip" -> Importers.zip();
        case "jsonl" -> Importers.jsonl(unit);
        case "brat" -> Importers.brat();
        case "conll" -> Importers.conll();
        case "" -> throw new UsageException(
                "cannot tell the format of " + source + "; give --format text|zip|jsonl|brat|conll");
        default -> Importers.all().stream().filter(i -> i.name().equals(format)).findFirst()
                .orElseThrow(() -> new UsageException("unknown --format '" + format + "'"));
        };
    }
}
