package aurum.corpus.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;

import aurum.corpus.internal.store.AtomicFiles;

/**
 * Replaces files atomically and durably: the content goes to a temporary file beside the target
 * ({@code .<name>.<random>.tmp}), which is flushed to disk, renamed over the target, and the folder is
 * flushed too (folders a write creates as well). When a call returns, the new content survives a crash;
 * when it throws, the target still holds its old content. Leftover temporary files of a crash are dot
 * files, which readers of a corpus ignore and opening a corpus removes.
 */
public final class DurableFiles {

    private DurableFiles() {
    }

    /** Writes {@code content} to {@code target}, replacing it, atomically and durably. */
    public static void write(Path target, byte[] content) throws IOException {
        AtomicFiles.write(target, content);
    }

    /** What a streamed write writes. */
    @FunctionalInterface
    public interface TextBody {
        /** Writes the file's content to {@code out} (UTF-8 is applied by the caller of this body). */
        void write(Writer out) throws IOException;
    }

    /**
     * Writes the UTF-8 text {@code body} writes to {@code target}, as {@link #write} does, without
     * holding the whole content in memory.
     */
    public static void writeText(Path target, TextBody body) throws IOException {
        AtomicFiles.writeStream(target, body::write);
    }

    /**
     * Flushes a folder's entries (after a rename into it) to disk. A no-op where the platform cannot open
     * folders (Windows), where the rename is still atomic.
     */
    public static void flushFolder(Path folder) {
        AtomicFiles.forceDirectory(folder);
    }

    /** Tells whether {@code file} is a leftover temporary file of this class's writes. */
    public static boolean isTemporary(Path file) {
        return AtomicFiles.isTemporary(file);
    }
}
