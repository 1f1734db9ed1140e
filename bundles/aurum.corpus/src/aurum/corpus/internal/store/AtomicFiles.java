package aurum.corpus.internal.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces files so that a crash at any moment leaves either the old or the new content, never half
 * of it: write a temporary file beside the target, flush it, rename it over the target, flush the
 * folder. Temporary files are named {@code .<target>.<random>.tmp}; dot files are never ids, so
 * readers ignore leftovers and {@link #sweepTemporaryFiles} removes them.
 */
public final class AtomicFiles {

    private static final String TEMP_SUFFIX = ".tmp";
    /** Age after which a temporary file is a crash's leftover, not a file some writer is about to rename. */
    static final Duration STALE_AFTER = Duration.ofMinutes(10);

    private AtomicFiles() {
    }

    /** Writes {@code content} to {@code target} atomically and durably. */
    public static void write(Path target, byte[] content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path outermostNew = firstMissingAncestor(dir);
        Files.createDirectories(dir);
        // a new folder (e.g. layers/annotators/<name>/ on a first save) is durable only once its own
        // entry in its parent is flushed, else a power cut can take the new file with it
        for (Path p = dir; outermostNew != null && p.startsWith(outermostNew); p = p.getParent()) {
            forceDirectory(p.getParent());
        }
        Path temp = dir.resolve("." + target.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current()
                .nextLong() & Long.MAX_VALUE) + TEMP_SUFFIX);
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            move(temp, target);
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
        forceDirectory(dir);
    }

    /** Writes a file's content as a stream of text. */
    public interface TextBody {
        void write(Writer out) throws IOException;
    }

    /**
     * Writes what {@code body} writes (UTF-8) to {@code target} atomically and durably, as {@link #write}
     * does, without holding the content in memory.
     */
    public static void writeStream(Path target, TextBody body) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = dir.resolve("." + target.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current()
                .nextLong() & Long.MAX_VALUE) + TEMP_SUFFIX);
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                Writer out = new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(channel),
                        StandardCharsets.UTF_8), 1 << 16);
                body.write(out);
                out.flush();
                channel.force(true);
            }
            move(temp, target);
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
        forceDirectory(dir);
    }

    /** Tells whether {@code file} is a temporary file of this class, to be ignored by readers. */
    public static boolean isTemporary(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(".") && name.endsWith(TEMP_SUFFIX);
    }

    /**
     * Deletes temporary files left in {@code dir} and its subfolders by a crash: those not modified for
     * {@link #STALE_AFTER}, listing every folder. Younger ones may belong to a writer at work in this or
     * another process (a bulk import writes and flushes a whole group of them before it takes the corpus
     * lock to rename them), so they stay until a later sweep. Best effort: a read-only corpus keeps them,
     * which is harmless because readers ignore them. Opening a corpus uses {@link TemporaryFileSweep} with
     * its record, which lists only folders that changed.
     */
    public static void sweepTemporaryFiles(Path dir) {
        new TemporaryFileSweep(dir, null).sweep(List.of(dir));
    }

    static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The outermost folder of {@code dir} (itself included) that does not exist yet, or {@code null}. */
    private static Path firstMissingAncestor(Path dir) {
        Path missing = null;
        for (Path p = dir; p != null && !Files.isDirectory(p); p = p.getParent()) {
            missing = p;
        }
        return missing;
    }

    /** Flushes the folder entry of the rename; some platforms (Windows) cannot open folders, which is fine. */
    public static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // not supported on this platform: the rename is still atomic
        }
    }
}
