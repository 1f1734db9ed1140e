package aurum.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import aurum.corpus.store.CorpusStore;
import aurum.export.internal.pipeline.DocumentExtras;
import aurum.export.internal.pipeline.DocumentPipeline;
import aurum.export.internal.pipeline.ExportPlan;
import aurum.export.internal.pipeline.ExportRun;
import aurum.export.internal.pipeline.SpanSelector;
import aurum.export.internal.pipeline.StagingOutput;

/**
 * Exports a corpus to training data: selects documents and spans, plans the splits, then streams
 * document by document through the {@link Exporter}, writing {@code report.jsonl} (every span changed
 * or left out) and {@code manifest.json} beside the data. The output folder appears complete or not at
 * all. Rules: {@code docs/EXPORT.md}.
 */
public final class CorpusExport {

    private CorpusExport() {
    }

    /**
     * Runs an export, reading and preparing documents on {@link #defaultThreads()} threads; the files are
     * the same as with one.
     *
     * @param out a folder that does not exist yet or is empty
     * @throws ExportException naming the document or file at fault; nothing is left at {@code out}
     */
    public static ExportResult run(CorpusStore store, Exporter exporter, ExportOptions options, Path out,
            ExportProgress progress) throws ExportException {
        return run(store, exporter, options, out, progress, defaultThreads(), ExportGuard.NONE);
    }

    /**
     * Runs an export like {@link #run(CorpusStore, Exporter, ExportOptions, Path, ExportProgress)}, asking
     * {@code guard} after the first pass whether it goes ahead, before anything is written.
     *
     * @throws ExportException naming the document or file at fault, or the guard's refusal
     *         ({@link NothingToExportException} from {@link ExportGuard#USEFUL}); nothing is left at {@code out}
     */
    public static ExportResult run(CorpusStore store, Exporter exporter, ExportOptions options, Path out,
            ExportProgress progress, ExportGuard guard) throws ExportException {
        return run(store, exporter, options, out, progress, defaultThreads(), guard);
    }

    /**
     * Runs an export with documents read, tokenized and aligned on {@code threads} threads while the calling
     * thread writes them in corpus order, so the files (and the manifest) are byte for byte the same for
     * any number of threads.
     *
     * @param threads 1 to do everything on the calling thread
     * @param out a folder that does not exist yet or is empty
     * @throws ExportException naming the document or file at fault; nothing is left at {@code out}
     */
    public static ExportResult run(CorpusStore store, Exporter exporter, ExportOptions options, Path out,
            ExportProgress progress, int threads) throws ExportException {
        return run(store, exporter, options, out, progress, threads, ExportGuard.NONE);
    }

    private static ExportResult run(CorpusStore store, Exporter exporter, ExportOptions options, Path out,
            ExportProgress progress, int threads, ExportGuard guard) throws ExportException {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        if (options.offsetUnit() != null && exporter.defaultOffsetUnit() == null) {
            throw new ExportException("--offsets applies to formats with character offsets (jsonl, brat), not to "
                    + exporter.id() + ", which writes tokens; leave it out", null);
        }
        try (StagingOutput output = new StagingOutput(out)) {
            DocumentExtras extras = new DocumentExtras(store);
            SpanSelector selector = new SpanSelector(store, options);
            ExportPlan plan = ExportPlan.make(store, selector, extras, options, progress, threads,
                    output.scratch("selection"));
            guard.check(preview(plan, options), options);
            ExportRun run = new ExportRun(store, exporter, options, output, plan,
                    new DocumentPipeline(exporter, options, extras), selector, threads);
            run.writeAll(progress);
            ExportResult result = run.finish(out.toAbsolutePath().normalize());
            output.commit();
            return result;
        } catch (IOException e) {
            throw new ExportException("export to " + out + " failed: " + e.getMessage()
                    + "; nothing was written there", e);
        } catch (RuntimeException e) {
            throw new ExportException("export to " + out + " failed: " + e + "; nothing was written there", e);
        }
    }

    /**
     * What an export would write, from its first pass alone: reads every document's chosen layer (with
     * progress and cancel) and writes nothing. For a summary before an export starts.
     *
     * @throws ExportException if a layer cannot be read, or when cancelled
     */
    public static ExportPreview preview(CorpusStore store, ExportOptions options, ExportProgress progress)
            throws ExportException {
        Path scratch = null;
        try {
            scratch = Files.createTempFile("aurum-export-preview", ".tmp");
            Files.delete(scratch); // the selection file must not exist yet
            ExportPlan plan = ExportPlan.make(store, new SpanSelector(store, options), new DocumentExtras(store), options,
                    progress, defaultThreads(), scratch);
            return preview(plan, options);
        } catch (IOException e) {
            throw new ExportException("the export cannot be previewed: " + e.getMessage(), e);
        } finally {
            if (scratch != null) {
                try {
                    Files.deleteIfExists(scratch);
                } catch (IOException e) {
                    // a temporary file left behind is harmless
                }
            }
        }
    }

    private static ExportPreview preview(ExportPlan plan, ExportOptions options) {
        List<String> names = options.split().names();
        List<Integer> counts = plan.documentsPerSplit(names.size());
        Map<String, Integer> perSplit = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            perSplit.put(names.get(i), counts.get(i));
        }
        return new ExportPreview(plan.corpusDocuments(), plan.documents().size(), plan.skipped(), plan.totals().spans(),
                perSplit, plan.totals().overlapping(), plan.totals().overlapDocuments());
    }

    /**
     * The processors available, at most 4: reading and tokenizing documents scale with cores while one
     * thread writes; beyond that the writer is the bottleneck.
     */
    public static int defaultThreads() {
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }
}
