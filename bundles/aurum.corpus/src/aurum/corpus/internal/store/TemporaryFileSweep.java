package aurum.corpus.internal.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Deletes the temporary files a crash left in a corpus's folders (see {@link AtomicFiles}), listing
 * only folders that may have gained one. Creating a file in a folder moves the folder's modification
 * time, so a folder whose time is the one recorded when it was last found clean holds no new temporary
 * file and need not be listed again; on a 100k-document corpus that saves reading some 300k names at
 * every open. The record ({@code .aurum/swept-folders}, one {@code time TAB folder} line per folder) is
 * derived data: a missing or unreadable record means a full sweep.
 * <p>
 * A folder changed less than {@link #RACY_NANOS} before the sweep is recorded as unknown, not clean, so
 * a temporary file created in the same clock tick as the time read (file times are coarse on many file
 * systems) is still found next time; git's index handles "racily clean" files the same way. Best
 * effort throughout: a read-only corpus keeps its leftovers, which readers ignore.
 */
final class TemporaryFileSweep {

    /** How old a folder's modification time must be to be trusted as "nothing created since". */
    static final long RACY_NANOS = TimeUnit.SECONDS.toNanos(2);
    private static final long UNKNOWN = -1;

    private final Path root;
    private final Path record;

    /**
     * @param root the corpus folder; folder names in the record are relative to it
     * @param record the file that keeps the folder times between opens, or {@code null} to list every
     *        folder and record nothing
     */
    TemporaryFileSweep(Path root, Path record) {
        this.root = root;
        this.record = record;
    }

    /** Sweeps {@code folders} and their subfolders, then records the times of those found clean. */
    void sweep(List<Path> folders) {
        Map<String, Long> recorded = read();
        Map<String, Long> now = new TreeMap<>();
        Deque<Path> pending = new ArrayDeque<>(folders);
        long trustedBefore = System.currentTimeMillis() * 1_000_000L - RACY_NANOS;
        long staleBefore = System.currentTimeMillis() - AtomicFiles.STALE_AFTER.toMillis();
        while (!pending.isEmpty()) {
            Path dir = pending.pop();
            String name = name(dir);
            long time = modified(dir);
            if (time == UNKNOWN) {
                continue; // missing (e.g. no layers yet) or not a folder
            }
            Long before = recorded.get(name);
            if (before != null && before == time) {
                subfolders(recorded, name).forEach(sub -> pending.push(root.resolve(sub)));
                now.put(name, time);
            } else {
                // unreadable folders, and those keeping a young temporary file, stay known but unknown-clean,
                // so they are listed again next time
                now.put(name, list(dir, pending, staleBefore) && time < trustedBefore ? time : UNKNOWN);
            }
        }
        if (record != null && !now.equals(recorded)) {
            write(now);
        }
    }

    /**
     * Deletes the stale temporary files directly inside each of {@code folders}, not in their subfolders,
     * listing them every time. For the corpus folder itself and {@code .aurum}: files such as
     * {@code clusters.json} and {@code labelset.json} are replaced there through temporary files, so
     * their times move at every import and a record would not save a listing; they hold a few entries.
     */
    static void sweepFilesOf(List<Path> folders) {
        long staleBefore = System.currentTimeMillis() - AtomicFiles.STALE_AFTER.toMillis();
        for (Path dir : folders) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, AtomicFiles::isTemporary)) {
                for (Path entry : entries) {
                    deleteIfStale(entry, staleBefore);
                }
            } catch (IOException e) {
                // missing or unreadable: leftovers stay, and readers ignore them
            }
        }
    }

    /**
     * Deletes the temporary files of {@code dir} last modified before {@code staleBefore} (epoch millis)
     * and queues its subfolders. Younger ones may be a live writer's (see {@link AtomicFiles#STALE_AFTER})
     * and stay.
     *
     * @return whether the folder was read and holds no temporary file any more
     */
    private static boolean list(Path dir, Deque<Path> pending, long staleBefore) {
        boolean clean = true;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                if (AtomicFiles.isTemporary(entry)) {
                    clean &= deleteIfStale(entry, staleBefore);
                } else if (!looksLikeCorpusFile(entry) && Files.isDirectory(entry)) {
                    pending.push(entry);
                }
            }
            return clean;
        } catch (IOException e) {
            return false;
        }
    }

    /** @return whether {@code temp} is gone */
    private static boolean deleteIfStale(Path temp, long staleBefore) {
        try {
            if (Files.getLastModifiedTime(temp).toMillis() >= staleBefore) {
                return false;
            }
            Files.deleteIfExists(temp);
            return true;
        } catch (NoSuchFileException e) {
            return true; // renamed or deleted by its writer meanwhile
        } catch (IOException e) {
            return false; // read-only: tried again next time
        }
    }

    /**
     * Document and layer files are never folders, so the sweep need not {@code stat} them. A folder so
     * named (an annotator called {@code x.json}) is merely not swept, which leaves harmless leftovers.
     */
    static boolean looksLikeCorpusFile(Path entry) {
        String name = entry.getFileName().toString();
        return name.endsWith(".json") || name.endsWith(".txt");
    }

    private static List<String> subfolders(Map<String, Long> recorded, String parent) {
        String prefix = parent + "/";
        return recorded.keySet().stream()
                .filter(n -> n.startsWith(prefix) && n.indexOf('/', prefix.length()) < 0).toList();
    }

    private static long modified(Path dir) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(dir, BasicFileAttributes.class);
            return attributes.isDirectory() ? attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS) : UNKNOWN;
        } catch (IOException e) {
            return UNKNOWN;
        }
    }

    private String name(Path dir) {
        return root.relativize(dir).toString().replace('\\', '/');
    }

    private Map<String, Long> read() {
        Map<String, Long> folders = new TreeMap<>();
        if (record == null) {
            return folders;
        }
        try {
            for (String line : Files.readAllLines(record, StandardCharsets.UTF_8)) {
                int tab = line.indexOf('\t');
                folders.put(line.substring(tab + 1), Long.parseLong(line.substring(0, tab)));
            }
        } catch (NoSuchFileException e) {
            return Map.of();
        } catch (IOException | RuntimeException damaged) {
            return Map.of(); // torn or edited: sweep everything and write a new record
        }
        return folders;
    }

    /** Replaces the record through a temporary file; not flushed to disk, it is only a cache. */
    private void write(Map<String, Long> folders) {
        StringBuilder text = new StringBuilder();
        folders.forEach((name, time) -> text.append(time).append('\t').append(name).append('\n'));
        Path temp = record.resolveSibling("." + record.getFileName() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + ".tmp");
        try {
            Files.createDirectories(record.getParent());
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            try {
                Files.move(temp, record, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, record, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // a read-only corpus: the next open sweeps in full again
            }
        }
    }
}
