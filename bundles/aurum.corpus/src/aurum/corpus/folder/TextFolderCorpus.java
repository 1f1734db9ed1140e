package aurum.corpus.folder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import aurum.corpus.boilerplate.PageTitle;
import aurum.corpus.importer.ImportException;
import aurum.corpus.internal.importer.DecodedText;
import aurum.corpus.internal.importer.TextDecoder;

/**
 * Lists the {@code *.txt} documents of a folder in file-name order, with their titles. Reading is strict
 * UTF-8 so a mis-encoded file is reported with its name instead of being shown garbled.
 */
public final class TextFolderCorpus {

    private final Path folder;

    /** @param folder the folder holding the documents */
    public TextFolderCorpus(Path folder) {
        this.folder = folder;
    }

    /** @return the folder this corpus reads */
    public Path folder() {
        return folder;
    }

    /**
     * Reads the folder.
     *
     * @return the documents sorted by id
     * @throws IOException naming the folder or file that could not be read and why
     */
    public List<DocumentEntry> list() throws IOException {
        List<Path> files;
        try (Stream<Path> stream = Files.list(folder)) {
            files = stream.filter(p -> p.getFileName().toString().endsWith(".txt") && Files.isRegularFile(p))
                    .sorted().toList();
        } catch (NoSuchFileException e) {
            throw new IOException("Corpus folder " + folder + " does not exist; pass an existing folder", e);
        } catch (NotDirectoryException e) {
            throw new IOException(folder + " is not a folder; pass the folder that holds the .txt documents", e);
        }
        List<DocumentEntry> entries = new ArrayList<>(files.size());
        for (Path file : files) {
            String text = readText(file);
            String name = file.getFileName().toString();
            entries.add(new DocumentEntry(name.substring(0, name.length() - 4), titleOf(text), file, text.length()));
        }
        return entries;
    }

    /**
     * Reads a document's text as strict UTF-8 without a leading BOM, with the importers' decoder
     * ({@link TextDecoder}); an empty file is an empty text here, since listing is not importing.
     *
     * @throws IOException naming the file when it is not valid UTF-8, holds NUL bytes or cannot be read
     */
    public static String readText(Path file) throws IOException {
        if (Files.size(file) == 0) {
            return "";
        }
        DecodedText decoded;
        try {
            decoded = TextDecoder.decode(file.toString(), () -> Files.newInputStream(file), Files.size(file));
        } catch (ImportException e) {
            throw new IOException(e.getMessage(), e);
        }
        if (decoded.warning().isPresent() || !decoded.encoding().equals("UTF-8")) {
            throw new IOException(file + ": not valid UTF-8 (" + decoded.warning().map(w -> w.message())
                    .orElse(decoded.encoding()) + "); convert the file to UTF-8 and try again");
        }
        return decoded.text();
    }

    /** The title by the importers' rule ({@link PageTitle}); empty for a blank text. */
    static String titleOf(String text) {
        String title = PageTitle.of(text);
        return title == null ? "" : title;
    }
}
