package aurum.corpus.internal.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The exclusive write lock of one corpus folder, held while a writer reads, checks and replaces a
 * file. It combines an OS file lock on {@code .aurum/lock}, which excludes other processes, with a
 * lock shared by every store in this JVM, because OS locks are per process and would throw
 * {@code OverlappingFileLockException} instead of waiting.
 */
final class CorpusLock {

    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final Path lockFile;
    private final ReentrantLock inProcess;

    CorpusLock(Path lockFile) {
        this.lockFile = lockFile;
        this.inProcess = IN_PROCESS.computeIfAbsent(lockFile.toAbsolutePath().normalize(), p -> new ReentrantLock());
    }

    /** Something to do while holding the lock. */
    interface Action<T> {
        T run() throws IOException;
    }

    /** Runs {@code action} holding both locks, waiting for other writers. */
    <T> T withLock(Action<T> action) throws IOException {
        inProcess.lock();
        try {
            try (FileChannel channel = open(); FileLock held = channel.lock()) {
                return action.run();
            }
        } finally {
            inProcess.unlock();
        }
    }

    /**
     * Opens the lock file, creating its folder only when missing: a bulk import takes the lock once per
     * document, and {@code Files.createDirectories} on an existing folder costs a failed {@code mkdir} and
     * an exception each time.
     */
    private FileChannel open() throws IOException {
        try {
            return FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (NoSuchFileException e) {
            Files.createDirectories(lockFile.getParent());
            return FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        }
    }
}
