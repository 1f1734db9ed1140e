package aurum.export.internal.pipeline;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.stream.JsonWriter;

import aurum.core.model.Document;
import aurum.core.text.SurrogatePairs;
import aurum.corpus.store.CorpusStore;
import aurum.export.DocumentWriter;
import aurum.export.ExportDocument;
import aurum.export.ExportException;
import aurum.export.ExportOutput;
import aurum.export.ExportOptions;
import aurum.export.ExportProgress;
import aurum.export.ExportResult;
import aurum.export.Exporter;
import aurum.export.ReportEntry;
import aurum.export.SplitCounts;

/**
 * The second pass of an export: opens the writers, streams each selected document through the
 * {@link DocumentPipeline} into its split, writes the report as it goes and the manifest at the end.
 */
public final class ExportRun {

    private final CorpusStore store;
    private final Exporter exporter;
    private final ExportOptions options;
    private final StagingOutput output;
    private final ExportPlan plan;
    private final DocumentPipeline pipeline;
    private final SpanSelector selector;
    private final int threads;
    private final Map<String, SplitCounts> counts = new LinkedHashMap<>();
    private final MessageDigest fingerprint = sha256();
    private long reported;
    private long dropped;

    public ExportRun(CorpusStore store, Exporter exporter, ExportOptions options, StagingOutput output, ExportPlan plan,
            DocumentPipeline pipeline, SpanSelector selector, int threads) {
        this.store = store;
        this.exporter = exporter;
        this.options = options;
        this.output = output;
        this.plan = plan;
        this.pipeline = pipeline;
        this.selector = selector;
        this.threads = threads;
        options.split().names().forEach(name -> counts.put(name, new SplitCounts()));
    }

    /** Writes every selected document, reading and processing them on {@code threads} threads. */
    public void writeAll(ExportProgress progress) throws IOException, ExportException {
        List<String> splits = options.split().names();
        List<String> keys = pipeline.perLabel() ? plan.labels() : List.of(DocumentPipeline.ALL);
        Map<String, List<DocumentWriter>> writers = new LinkedHashMap<>();
        // one output per key for the writers and finish, so an exporter can tell what its writers of a run met
        Map<String, ExportOutput> outputs = new LinkedHashMap<>();
        keys.forEach(key -> outputs.put(key, key.isEmpty() ? output : prefixed("by-label/" + key + "/")));
        try (Writer reportFile = output.create("report.jsonl")) {
            for (String key : keys) {
                List<DocumentWriter> perSplit = new ArrayList<>();
                writers.put(key, perSplit);
                ExportOutput keyed = outputs.get(key);
                for (String split : splits) {
                    perSplit.add(exporter.open(keyed, split, labelsOf(key), options));
                }
            }
            int[] done = {0};
            int[] next = {0};
            try (OrderedWork work = new OrderedWork(threads, "aurum-export");
                    SelectionFile.Reader selection = plan.selection().reader()) {
                // the spans the plan selected, read in order on this thread: no layer is read twice
                OrderedWork.Source<Selected> items = () -> new Selected(plan.documents().get(next[0]++), selection.next());
                work.forEach(plan.documents().size(), items, this::prepare, prepared -> {
                    if (progress.isCancelled()) {
                        throw new ExportException("export cancelled; nothing was written");
                    }
                    write(prepared, reportFile, writers, splits);
                    progress.worked("Exporting", ++done[0], plan.documents().size());
                });
            }
        } finally {
            for (List<DocumentWriter> perSplit : writers.values()) {
                for (DocumentWriter w : perSplit) {
                    w.close();
                }
            }
        }
        for (String key : keys) {
            exporter.finish(outputs.get(key), splits, labelsOf(key), options);
        }
    }

    /** One document read and processed, waiting to be written in its turn. */
    private record Prepared(String id, String contentHash, List<Candidate> selected,
            Map<String, ExportDocument> documents, List<ReportEntry> report) {
    }

    /** A document to write and the spans the plan selected on it. */
    private record Selected(String id, List<Candidate> spans) {
    }

    /** Reads and processes one document; runs on any thread, touches no shared state. */
    private Prepared prepare(Selected item) throws IOException, ExportException {
        String id = item.id();
        Document document = store.document(id).orElseThrow(() -> new ExportException(
                "document " + id + " disappeared from the corpus during the export; run it again"));
        List<Candidate> selected = item.spans();
        requireWithin(document.text(), id, selected);
        List<ReportEntry> report = new ArrayList<>();
        Map<String, ExportDocument> documents = pipeline.process(document, selected, plan.labels(), report::add);
        return new Prepared(id, document.contentHash(), selected, documents, report);
    }

    /**
     * The one check on the stored spans that needs the text, which the planning pass read without it
     * ({@code CorpusStore.layerSnapshot(String, LayerOwner)} checked the rest): no span ends beyond the text
     * or splits a surrogate pair.
     */
    private void requireWithin(String text, String id, List<Candidate> spans) throws ExportException {
        for (Candidate c : spans) {
            int bad = c.end() > text.length() ? c.end() : SurrogatePairs.splitsPair(text, c.start()) ? c.start()
                    : SurrogatePairs.splitsPair(text, c.end()) ? c.end() : -1;
            if (bad >= 0) {
                throw new ExportException("Cannot export document " + id + ": span [" + c.start() + ", " + c.end()
                        + ") " + c.corpusLabel() + " in " + selector.layerFiles(id) + (c.end() > text.length()
                                ? " ends beyond the text, which has length " + text.length()
                                : " splits a surrogate pair at offset " + bad) + ". Fix the layer file.");
            }
        }
    }

    /** Writes one prepared document, its report entries and counts; on the calling thread, in document order. */
    private void write(Prepared prepared, Writer reportFile, Map<String, List<DocumentWriter>> writers, List<String> splits)
            throws IOException {
        remember(prepared.id(), prepared.contentHash(), prepared.selected());
        for (ReportEntry entry : prepared.report()) {
            writeReport(reportFile, entry);
        }
        int split = plan.splitOf().get(prepared.id());
        SplitCounts c = counts.get(splits.get(split));
        boolean first = true;
        for (Map.Entry<String, ExportDocument> e : prepared.documents().entrySet()) {
            writers.get(e.getKey()).get(split).write(e.getValue());
            if (first) {
                c.addDocument(e.getValue());
                first = false;
            }
            c.addSpans(e.getValue());
        }
    }

    private List<String> labelsOf(String key) {
        return key.isEmpty() ? plan.labels() : List.of(key);
    }

    private ExportOutput prefixed(String prefix) {
        return relative -> output.create(prefix + relative);
    }

    private void writeReport(Writer raw, ReportEntry e) {
        try {
            JsonWriter report = new JsonWriter(raw);
            report.setHtmlSafe(false);
            report.beginObject().name("document").value(e.document()).name("start").value(e.start()).name("end")
                    .value(e.end()).name("label").value(e.label()).name("action").value(e.action()).name("reason")
                    .value(e.reason()).endObject();
            report.flush();
            raw.write('\n');
        } catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
        reported++;
        if (e.action().equals("dropped")) {
            dropped++;
        }
    }

    private void remember(String id, String contentHash, List<Candidate> selected) {
        fingerprint.update((id + '\n' + contentHash + '\n').getBytes(StandardCharsets.UTF_8));
        for (Candidate c : selected) {
            fingerprint.update((c.storedStart() + " " + c.storedEnd() + " " + c.corpusLabel() + '\n').getBytes(StandardCharsets.UTF_8));
            if (c.hasExtras()) { // spans without attributes or note give the fingerprints they always gave
                fingerprint.update((c.attributes() + " " + c.note() + '\n').getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    /** Writes the manifest and returns the summary. */
    public ExportResult finish(Path destination) throws IOException {
        List<StagingOutput.FileRecord> files = output.files();
        ManifestWriter.Source source = new ManifestWriter.Source(store.settings(), store.location(),
                plan.corpusDocuments(), HexFormat.of().formatHex(fingerprint.digest()));
        try (Writer manifest = output.create("manifest.json")) {
            ManifestWriter.write(manifest, exporter, options, source, counts, plan.split(), plan.skipped(), reported,
                    dropped, files);
        }
        return new ExportResult(destination, java.util.Collections.unmodifiableMap(counts), plan.skipped(), reported, dropped,
                plan.split());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
