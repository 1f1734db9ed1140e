package aurum.export;

import java.io.Closeable;
import java.io.IOException;

/** Writes the documents of one split of one export, in the order they are given. */
public interface DocumentWriter extends Closeable {

    /** Writes one document with its spans (and its sentences for token formats). */
    void write(ExportDocument document) throws IOException;
}
