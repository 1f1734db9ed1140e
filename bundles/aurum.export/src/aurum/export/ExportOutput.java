package aurum.export;

import java.io.IOException;
import java.io.Writer;

/**
 * Where an exporter creates its files: a staging folder that {@link CorpusExport} moves into place only
 * when the whole export succeeded. Files are UTF-8, flushed to disk when closed, and hashed for the
 * manifest.
 */
public interface ExportOutput {

    /**
     * Creates a file for writing.
     *
     * @param relativePath a path with {@code /} separators, such as {@code train/doc-1.ann}
     * @throws IOException if the file exists already or cannot be created
     */
    Writer create(String relativePath) throws IOException;
}
