package aurum.export;

import java.io.IOException;
import java.nio.file.Path;

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
     * Runs an export.
     *
     * @param out a folder that does not exist yet or is empty
     * @throws ExportException naming the document or file at fault; nothing is left at {@code out}
     */
    public static ExportResult run(CorpusStore store, Exporter exporter, ExportOptions options, Path out,
            ExportProgress progress) throws ExportException {
        try (StagingOutput output = new StagingOutput(out)) {
            DocumentExtras extras = new DocumentExtras(store);
            SpanSelector selector = new SpanSelector(store, options);
            ExportPlan plan = ExportPlan.make(store, selector, extras, options, progress);
            ExportRun run = new ExportRun(store, exporter, options, output, plan,
                    new DocumentPipeline(exporter, options, extras), selector);
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
}
