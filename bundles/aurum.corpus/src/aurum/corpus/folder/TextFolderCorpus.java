package aurum.corpus.folder;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import aurum.corpus.boilerplate.BoilerplateDetector;
import aurum.corpus.boilerplate.ExcludedRegion;

/**
 * Lists the {@code *.txt} documents of a folder in file-name order, with their titles. Reading is strict
 * UTF-8 so a mis-encoded file is reported with its name instead of being shown garbled.
 */
public final class TextFolderCorpus {

    private static final char BOM = '\uFEFF';

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
     * Reads a document's text as strict UTF-8 without a leading BOM.
     *
     * @throws IOException naming the file when it is not valid UTF-8
     */
    public static String readText(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IOException(file + ": not valid UTF-8; convert the file to UTF-8 and try again", e);
        }
        return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
    }

    /** The first non-blank line outside proposed boilerplate; the first non-blank line when all is boilerplate. */
    static String titleOf(String text) {
        List<ExcludedRegion> boilerplate = new BoilerplateDetector().propose(text);
        String fallback = null;
        Matcher line = Pattern.compile("[^\\r\\n]+").matcher(text);
        while (line.find()) {
            String trimmed = line.group().strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            int from = line.start();
            int to = line.end();
            if (boilerplate.stream().noneMatch(r -> r.overlaps(from, to))) {
                return trimmed;
            }
            if (fallback == null) {
                fallback = trimmed;
            }
        }
        return fallback == null ? "" : fallback;
    }
}
