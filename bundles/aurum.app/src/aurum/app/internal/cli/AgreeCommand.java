package aurum.app.internal.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import aurum.agreement.AgreementReport;
import aurum.agreement.CorpusAgreement;
import aurum.agreement.report.ReportFormat;
import aurum.agreement.report.ReportWriter;
import aurum.corpus.store.CorpusStore;

/**
 * {@code aurum agree --corpus DIR}: inter-annotator agreement per label, per document and overall
 * (token κ and α, unitizing α, span precision/recall/F1, label confusion).
 */
final class AgreeCommand implements Command {

    @Override
    public String name() {
        return "agree";
    }

    @Override
    public String usage() {
        return "agree --corpus DIR [--format table|json|csv] [--annotators A,B,…] [--label L]";
    }

    @Override
    public String summary() {
        return "inter-annotator agreement: Cohen's/Fleiss' kappa, Krippendorff's alpha, span F1, confusion";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Options options = new Options(args, Set.of("corpus", "format", "annotators", "label"));
        ReportFormat format;
        try {
            format = ReportFormat.named(options.optional("format").orElse("table"));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        Path dir = Path.of(options.required("corpus"));
        CorpusStore store = CorpusStore.open(dir);
        List<String> annotators = AnnotatorList.resolve(options.optional("annotators"), dir, 2, "agreement");
        ProgressLine progress = new ProgressLine(err, "Reading layers");
        AgreementReport report = CorpusAgreement.compute(store, annotators, options.optional("label").orElse(null),
                (done, total, id) -> progress.worked(done, total));
        progress.done();
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        ReportWriter.write(report, format, writer);
        if (report.overall().documents() == 0) {
            err.println("aurum agree: no document has layers of two or more of " + annotators
                    + "; the figures are empty");
            return 1;
        }
        return 0;
    }
}
