package aurum.app.internal.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import aurum.corpus.importer.ImportReport;

/**
 * The import reports: the warnings of an import (what it left out per kind, what a lenient import skipped, ids
 * it changed), one JSON object per line ({@link ImportReport#write}, docs/FORMATS.md#import-report), in
 * {@code .aurum/reports/import-<time>.jsonl} of the corpus; the newest {@value #KEEP} are kept.
 */
final class ImportReports {

    static final int KEEP = 20;

    private ImportReports() {
    }

    /** Writes the report; {@code null} when it cannot be written (the warnings were printed anyway). */
    static Path write(Path corpus, ImportReport report) {
        try {
            Path dir = Files.createDirectories(corpus.resolve(".aurum").resolve("reports"));
            String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS", Locale.ROOT));
            Path file = dir.resolve("import-" + stamp + ".jsonl");
            report.write(file);
            List<Path> reports = new ArrayList<>();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, "import-*.{jsonl,txt}")) {
                entries.forEach(reports::add);
            }
            reports.sort(null);
            for (int i = 0; i < reports.size() - KEEP; i++) {
                Files.deleteIfExists(reports.get(i));
            }
            return file;
        } catch (IOException e) {
            return null;
        }
    }
}
