package aurum.app.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import aurum.core.model.LabelSetRef;
import aurum.corpus.importer.ImportReport;
import aurum.corpus.store.CorpusSettings;
import aurum.corpus.store.CorpusStore;
import aurum.editor.corpus.ImportDocumentsJob;
import aurum.editor.corpus.ImportSummary;

/**
 * File &gt; Import writes the import report {@code aurum import} writes, in the corpus's
 * {@code .aurum/reports}, and the summary the status line shows says where it is.
 */
class WorkbenchImportReportTest {

    private static ImportSummary importInto(CorpusStore store, Path source) {
        AtomicReference<ImportSummary> told = new AtomicReference<>();
        new ImportDocumentsJob(store, List.of(source), Display.getCurrent(), told::set).schedule();
        assertTrue(Ui.waitUntil(() -> told.get() != null, 60_000), "the import finished");
        return told.get();
    }

    @Test
    void whatTheImportLeftOutIsInTheCorpussReportAndTheSummarySaysWhere(@TempDir Path dir) throws Exception {
        CorpusStore store = CorpusStore.create(dir.resolve("corpus"), CorpusSettings.of("c", new LabelSetRef("news", "2.0.0")));
        Path brat = Files.createDirectories(dir.resolve("brat"));
        Files.writeString(brat.resolve("meeting.txt"), "Blinken met Austin in Tokyo.", StandardCharsets.UTF_8);
        Files.writeString(brat.resolve("meeting.ann"), "T1\tOFFICIAL 0 7\tBlinken\nT2\tOFFICIAL 12 18\tAustin\n"
                + "R1\tMeets Arg1:T1 Arg2:T2\n", StandardCharsets.UTF_8);

        ImportSummary summary = importInto(store, brat);
        Path report = summary.report();
        assertNotNull(report, summary.describe());
        assertTrue(report.startsWith(store.directory().resolve(ImportReport.FOLDER)) && report.getFileName().toString()
                .matches("import-.*\\.jsonl"), report.toString());
        String lines = Files.readString(report, StandardCharsets.UTF_8);
        assertTrue(lines.contains("\"kind\":\"relation\"") && lines.contains("meeting.ann"), lines);
        assertTrue(summary.describe().contains("not imported: 1 relation") && summary.describe().contains(report.toString()),
                summary.describe());

        Path plain = Files.createDirectories(dir.resolve("plain"));
        Files.writeString(plain.resolve("note.txt"), "A note without anything to report.", StandardCharsets.UTF_8);
        ImportSummary clean = importInto(store, plain);
        assertNull(clean.report(), "no warnings, no report: " + clean.describe());
    }
}
