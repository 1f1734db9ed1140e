package aurum.corpus.internal.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import aurum.corpus.importer.ImportException;

/**
 * Reads a line-oriented UTF-8 file (JSON lines, CoNLL, brat {@code .ann}) one line at a time with its
 * line number, so errors can point at the line. Invalid UTF-8 is an error here, not a guess: these
 * formats are UTF-8 by definition and a wrong guess would shift every offset.
 */
final class LineSource implements AutoCloseable {

    private final String name;
    private final BufferedReader reader;
    private long lineNumber;

    LineSource(Path file) throws ImportException {
        this.name = file.toString();
        InputFiles.requireRegularFile(file, Long.MAX_VALUE);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            this.reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder), 1 << 16);
        } catch (IOException e) {
            throw ImportException.atLine(name, 0, 0, "the file cannot be opened (" + e + ")",
                    "Check that it exists and is readable", e);
        }
    }

    /** The next line without its terminator, or {@code null} at the end; a leading BOM is dropped. */
    String next() throws ImportException {
        try {
            String line = reader.readLine();
            if (line != null) {
                lineNumber++;
                if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
            }
            return line;
        } catch (IOException e) {
            throw ImportException.atLine(name, lineNumber + 1, 0, "the line cannot be read as UTF-8 (" + e + ")",
                    "Save the file as UTF-8 and import it again", e);
        }
    }

    /** The number of the line last returned, starting at 1. */
    long lineNumber() {
        return lineNumber;
    }

    /** The file name for messages. */
    String name() {
        return name;
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            // nothing was written, so nothing can be lost
        }
    }
}
