package aurum.app.internal.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import aurum.agreement.AgreementReport;
import aurum.agreement.CorpusAgreement;
import aurum.agreement.report.ReportFormat;
import aurum.agreement.report.ReportWriter;
import aurum.corpus.store.CorpusStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code aurum agree --corpus DIR}: inter-annotator agreement per label, per document and overall
 * (token κ and α, unitizing α, span precision/recall/F1, label confusion).
 */
@Command(name = "agree", description = "Inter-annotator agreement: Cohen's/Fleiss' kappa, Krippendorff's alpha,"
        + " span F1 and label confusion, per label, per document and overall.")
final class AgreeCommand extends CliCommand {

    @Option(names = "--corpus", paramLabel = "DIR", required = true, description = "The corpus folder.")
    Path dir;

    @Option(names = "--format", paramLabel = "FORMAT", converter = Choices.ReportFormats.class,
            completionCandidates = Choices.ReportFormats.class, defaultValue = "table",
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ReportFormat format;

    @Option(names = "--annotators", paramLabel = "A,B,...",
            description = "The annotators to compare (default: every annotator of the corpus).")
    String annotators;

    @Option(names = "--label", paramLabel = "LABEL", description = "Only this label.")
    String label;

    AgreeCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() throws Exception {
        PrintStream out = out();
        PrintStream err = err();
        CorpusStore store = CorpusStore.open(dir);
        List<String> annotators = AnnotatorList.resolve(Optional.ofNullable(this.annotators), dir, 2, "agreement");
        if (label != null) {
            Selections.requireLabel("--label", label, Selections.labelSet(store, context.services().labelSets().get()));
        }
        ProgressLine progress = new ProgressLine(err, "Reading layers");
        AgreementReport report = CorpusAgreement.compute(store, annotators, label,
                (done, total, id) -> progress.worked(done, total));
        progress.done();
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        ReportWriter.write(report, format, writer);
        if (report.overall().documents() == 0) {
            err.println("aurum agree: no document has layers of two or more of " + annotators
                    + "; the figures are empty");
            return CommandLine.PROBLEMS;
        }
        return CommandLine.OK;
    }
}
