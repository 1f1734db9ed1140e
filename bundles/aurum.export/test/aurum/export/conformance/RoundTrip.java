package aurum.export.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import aurum.core.model.LabelSetRef;
import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.core.model.Span;
import aurum.corpus.importer.ImportException;
import aurum.corpus.importer.ImportProgress;
import aurum.corpus.importer.ImportWarning;
import aurum.corpus.importer.ImportedDocument;
import aurum.corpus.importer.Importer;
import aurum.corpus.store.CorpusSettings;
import aurum.corpus.store.CorpusStore;
import aurum.export.CorpusExport;
import aurum.export.ExportException;
import aurum.export.ExportOptions;
import aurum.export.ExportProgress;
import aurum.export.ExporterRegistry;
import aurum.export.ReportEntry;

/**
 * The steps of a conformance round trip: import a file as a user would, store the documents with their
 * spans as the gold layer of a fresh corpus, export them, read the export's report.
 */
final class RoundTrip {

    private RoundTrip() {
    }

    /** Everything an importer hands over for {@code source}. */
    static Imported read(Importer importer, Path source) throws ImportException {
        Imported imported = new Imported(new ArrayList<>(), new ArrayList<>());
        importer.read(source, new aurum.corpus.importer.ImportSink() {
            @Override
            public void accept(ImportedDocument document) {
                imported.documents().add(document);
            }

            @Override
            public void warning(ImportWarning warning) {
                imported.warnings().add(warning);
            }
        }, ImportProgress.NONE);
        return imported;
    }

    /** The documents and the warnings that belong to no single document. */
    record Imported(List<ImportedDocument> documents, List<ImportWarning> warnings) {

        /** Every warning, the documents' included. */
        List<ImportWarning> allWarnings() {
            List<ImportWarning> all = new ArrayList<>(warnings);
            documents.forEach(d -> all.addAll(d.warnings()));
            return all;
        }

        /** How many things of {@code kind} were left out, over all warnings. */
        long skipped(String kind) {
            return allWarnings().stream().filter(w -> w.kind().equals(kind)).mapToLong(ImportWarning::count).sum();
        }

        ImportedDocument only() {
            if (documents.size() != 1) {
                throw new AssertionError("expected one document, got " + documents.size());
            }
            return documents.get(0);
        }
    }

    /** A new corpus in {@code dir} holding {@code documents}, their spans as curated gold layers. */
    static CorpusStore corpus(Path dir, List<ImportedDocument> documents) throws IOException {
        CorpusStore store = CorpusStore.create(dir, CorpusSettings.of("conformance", new LabelSetRef("news", "1.0.0")));
        for (ImportedDocument imported : documents) {
            String id = store.addDocument(imported.document());
            Layer layer = store.loadLayer(id, LayerOwner.GOLD);
            long revision = layer.revision();
            for (Span span : imported.spans()) {
                layer.add(span.withModified(Instant.EPOCH));
            }
            layer.setState(LayerState.CURATED);
            store.saveLayer(layer, revision);
        }
        return store;
    }

    /** Exports the gold layer in {@code format}, keeping boilerplate, to a new folder under {@code tmp}. */
    static Path export(CorpusStore store, String format, ExportOptions options, Path tmp) throws ExportException {
        Path out = tmp.resolve(format + "-" + System.nanoTime());
        CorpusExport.run(store, ExporterRegistry.builtIn().find(format).orElseThrow(),
                options.withExcludeRegions(false), out, ExportProgress.NONE, 1);
        return out;
    }

    /** The export's report.jsonl. */
    static List<ReportEntry> report(Path export) throws IOException {
        List<ReportEntry> entries = new ArrayList<>();
        for (String line : Files.readAllLines(export.resolve("report.jsonl"), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                JsonObject o = JsonParser.parseString(line).getAsJsonObject();
                entries.add(new ReportEntry(o.get("document").getAsString(), o.get("start").getAsInt(),
                        o.get("end").getAsInt(), o.get("label").getAsString(), o.get("action").getAsString(),
                        o.get("reason").getAsString()));
            }
        }
        return entries;
    }

    /** {@code start end label} of each span, in order. */
    static List<String> keys(ImportedDocument document) {
        return document.spans().stream().map(s -> s.start() + " " + s.end() + " " + s.labelId()).sorted().toList();
    }

    /** {@code label/covered text} of each span, in source order. */
    static List<String> texts(ImportedDocument document) {
        return document.spans().stream().map(s -> s.labelId() + "/" + s.coveredText(document.document().text())).toList();
    }
}
