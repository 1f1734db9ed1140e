package aurum.agreement.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import aurum.agreement.AgreementReport;
import aurum.agreement.report.ReportFormat;
import aurum.agreement.report.ReportWriter;
import aurum.agreement.ui.chart.Reports;

class ReportExportTest {

    @TempDir
    Path dir;

    @Test
    void writesWhatTheReportWriterWritesAndLeavesNoTemporaryFile() throws IOException {
        AgreementReport report = Reports.twoAnnotators();
        for (ReportFormat format : ReportFormat.values()) {
            Path out = dir.resolve("agreement." + ReportExport.extension(format));
            ReportExport.write(report, format, out);
            StringWriter expected = new StringWriter();
            ReportWriter.write(report, format, expected);
            assertEquals(expected.toString(), Files.readString(out, StandardCharsets.UTF_8), format.name());
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(3, files.count(), "only the three exports");
        }
    }

    @Test
    void replacesAnExistingFile() throws IOException {
        Path out = dir.resolve("agreement.csv");
        Files.writeString(out, "old contents that are longer than the header line of the new export, surely "
                .repeat(40));
        ReportExport.write(Reports.twoAnnotators(), ReportFormat.CSV, out);
        assertTrue(Files.readString(out).startsWith("scope,name,documents,tokens,spans,cohenKappa"));
        assertTrue(!Files.readString(out).contains("old contents"));
    }

    @Test
    void aFolderThatIsNotThereIsNamedInTheError() {
        Path out = dir.resolve("missing").resolve("agreement.json");
        IOException e = assertThrows(IOException.class,
                () -> ReportExport.write(Reports.twoAnnotators(), ReportFormat.JSON, out));
        assertTrue(e.getMessage().contains(out.toString()), e.getMessage());
        assertTrue(!Files.exists(dir.resolve("missing")));
    }
}
