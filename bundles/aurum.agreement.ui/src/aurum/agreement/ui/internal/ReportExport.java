package aurum.agreement.ui.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

import aurum.agreement.AgreementReport;
import aurum.agreement.report.ReportFormat;
import aurum.agreement.report.ReportWriter;

/**
 * Writes a report with {@link ReportWriter} atomically: into a temporary file beside the target,
 * forced to disk, then renamed over it, so a crash leaves either the old file or the new one.
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
        Path temp = absolute.resolveSibling("." + absolute.getFileName() + ".tmp-" + ProcessHandle.current().pid());
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                ByteBuffer bytes = StandardCharsets.UTF_8.encode(text.toString());
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            Files.deleteIfExists(temp);
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
