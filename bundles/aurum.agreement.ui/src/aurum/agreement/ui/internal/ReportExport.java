package aurum.agreement.ui.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import aurum.agreement.AgreementReport;
import aurum.agreement.report.ReportFormat;
import aurum.agreement.report.ReportWriter;
import aurum.corpus.io.DurableFiles;

/**
 * Writes a report with {@link ReportWriter} atomically and durably ({@link DurableFiles}), so a crash
 * leaves either the old file or the new one.
 */
public final class ReportExport {

    private ReportExport() {
    }

    /**
     * Writes {@code report} as {@code format} (UTF-8) to {@code target}, replacing it.
     *
     * @throws IOException naming the file when it cannot be written
     */
    public static void write(AgreementReport report, ReportFormat format, Path target) throws IOException {
        StringWriter text = new StringWriter();
        ReportWriter.write(report, format, text);
        Path absolute = target.toAbsolutePath();
        if (!Files.isDirectory(absolute.getParent())) {
            // a folder the user named that is not there is a typo more often than a wish
            throw new IOException("Cannot write " + absolute + ": the folder " + absolute.getParent()
                    + " does not exist. Choose an existing folder.");
        }
        try {
            DurableFiles.write(absolute, text.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IOException("Cannot write " + absolute + ": " + e.getMessage()
                    + ". Choose a folder you can write to.", e);
        }
    }

    /** The usual file name extension of {@code format}. */
    public static String extension(ReportFormat format) {
        return switch (format) {
        case CSV -> "csv";
        case JSON -> "json";
        case TABLE -> "txt";
        };
    }
}
