package aurum.export.internal.pipeline;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * Cleans what killed exports left beside their destinations: staging folders {@code .<out>.<uuid>.tmp} and their
 * scratch files {@code .<out>.<uuid>.tmp.<name>.tmp}. A running export holds an OS lock on {@value #LOCK} in its
 * staging folder; a folder whose lock can be taken belongs to no running export and is deleted, as is one without
 * a lock file that is older than ten minutes (its export died before it took the lock).
 */
final class StagingSweep {

    static final String LOCK = ".export.lock";
    private static final Pattern STAGING = Pattern.compile("\\..+\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}"
            + "-[0-9a-f]{12}\\.tmp");
    private static final Duration STALE = Duration.ofMinutes(10);

    /** The lock a running export holds on its staging folder. */
    static final class Owner {
        private final Path file;
        private FileChannel channel;
        private FileLock lock;

        Owner(Path file, FileChannel channel, FileLock lock) {
            this.file = file;
            this.channel = channel;
            this.lock = lock;
        }

        void release() throws IOException {
            if (channel != null) {
                try {
                    if (lock != null) {
                        lock.release();
                    }
                    channel.close();
                } finally {
                    channel = null;
                    lock = null;
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private StagingSweep() {
    }

    /** Locks {@code staging} for this export. */
    static Owner own(Path staging) throws IOException {
        Path file = staging.resolve(LOCK);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return new Owner(file, channel, channel.lock());
    }

    /** Deletes the abandoned staging folders and scratch files in {@code parent}; best effort. */
    static int sweep(Path parent) {
        int removed = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent, ".*.tmp")) {
            for (Path p : entries) {
                if (Files.isDirectory(p) && STAGING.matcher(p.getFileName().toString()).matches() && abandoned(p)) {
                    deleteTree(p);
                    removed++;
                    try (DirectoryStream<Path> scratch = Files.newDirectoryStream(parent,
                            p.getFileName().toString().replace("[", "\\[").replace("*", "\\*")
                                    .replace("?", "\\?").replace("{", "\\{") + ".*.tmp")) {
                        for (Path s : scratch) {
                            Files.deleteIfExists(s);
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // a folder that cannot be listed or cleaned is left; the export itself goes on
        }
        return removed;
    }

    private static boolean abandoned(Path staging) throws IOException {
        Path file = staging.resolve(LOCK);
        if (!Files.exists(file)) {
            return Files.getLastModifiedTime(staging).toInstant().isBefore(Instant.now().minus(STALE));
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return false;
            }
            lock.release();
            return true;
        } catch (OverlappingFileLockException e) {
            return false; // this process's own running export
        }
    }

    static void deleteTree(Path dir) throws IOException {
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
