package aurum.corpus.internal.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import aurum.corpus.importer.ImportException;
import aurum.corpus.importer.ImportProgress;
import aurum.corpus.importer.ImportSink;
import aurum.corpus.importer.ImportWarning;
import aurum.corpus.importer.ImportedDocument;
import aurum.corpus.importer.Importer;

/**
 * Imports the {@code .txt} entries of a zip archive with the same decoding rules as plain files.
 * Every entry name is checked before anything is imported: a name with a {@code ..} segment or an
 * absolute path ("zip slip") refuses the whole archive, since such archives are usually crafted.
 * Folders are skipped, and other entries, nested archives included, are skipped with one warning.
 */
public final class ZipImporter implements Importer {

    @Override
    public String name() {
        return "zip";
    }

    @Override
    public boolean accepts(Path source) {
        return Files.isRegularFile(source)
                && source.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    @Override
    public void read(Path source, ImportSink sink, ImportProgress progress) throws ImportException {
        String archive = source.toString();
        InputFiles.requireRegularFile(source, Long.MAX_VALUE);
        try (ZipFile zip = new ZipFile(source.toFile())) {
            List<ZipEntry> texts = new ArrayList<>();
            int skipped = 0;
            for (ZipEntry entry : Collections.list(zip.entries())) {
                requireSafeName(archive, entry.getName());
                if (entry.isDirectory()) {
                    continue;
                }
                if (entry.getName().toLowerCase(Locale.ROOT).endsWith(".txt")) {
                    texts.add(entry);
                } else {
                    skipped++;
                }
            }
            if (skipped > 0) {
                sink.warning(new ImportWarning(archive, 0, skipped + " entries that are not .txt files were skipped"
                        + " (nested archives are not opened); extract them and import them separately if needed"));
            }
            texts.sort(Comparator.comparing(ZipEntry::getName));
            int done = 0;
            for (ZipEntry entry : texts) {
                if (progress.isCancelled()) {
                    return;
                }
                String name = archive + "!/" + entry.getName();
                ImportedDocument document;
                try {
                    if (entry.getSize() > InputFiles.MAX_DOCUMENT_BYTES) {
                        throw InputFiles.tooLarge(name, entry.getSize());
                    }
                    DecodedText decoded = TextDecoder.decode(name,
                            () -> new CheckedEntryStream(zip.getInputStream(entry), entry), entry.getSize());
                    document = PlainTextImporter.toDocument(name, entry.getName(), decoded);
                } catch (ImportException problem) {
                    sink.rejected(problem); // strict: rethrown; lenient: the entry is skipped
                    progress.worked(++done, texts.size());
                    continue;
                }
                sink.accept(document);
                progress.worked(++done, texts.size());
            }
        } catch (IOException e) {
            throw ImportException.atLine(archive, 0, 0, "the archive cannot be read as a zip file ("
                    + aurum.corpus.internal.store.IoFailures.describe(e) + ")",
                    "Check that it is a complete, undamaged .zip file", e);
        }
    }

    static void requireSafeName(String archive, String entryName) throws ImportException {
        String name = entryName.replace('\\', '/');
        boolean absolute = name.startsWith("/") || (name.length() > 1 && name.charAt(1) == ':');
        boolean climbs = false;
        for (String segment : name.split("/")) {
            climbs |= segment.equals("..");
        }
        if (absolute || climbs) {
            throw ImportException.atLine(archive, 0, 0, "entry '" + entryName + "' has "
                    + (absolute ? "an absolute path" : "a '..' segment")
                    + " and could point outside the archive (zip slip), so nothing was imported",
                    "Repack the archive with relative entry names and import it again");
        }
    }
}
