package aurum.export.internal.pipeline;

import java.io.IOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

import aurum.corpus.io.DurableFiles;
import aurum.export.ExportOutput;

/**
 * The export's files, written into a hidden staging folder beside the destination and moved into place
 * in one rename when everything succeeded, so a failed or cancelled export leaves nothing half written.
 * Each file is hashed (SHA-256) while written and flushed to disk when closed.
 */
public final class StagingOutput implements ExportOutput, AutoCloseable {

    /** A finished file for the manifest. */
    public record FileRecord(String path, long bytes, String sha256) {
    }

    private final Path destination;
    private final Path staging;
    private final Map<String, FileRecord> files = new TreeMap<>();
    private final List<Path> scratch = new ArrayList<>();
    private boolean committed;
    /** Held while the export runs, so that another export's sweep knows that this staging folder is in use. */
    private final StagingSweep.Owner owner;

    /**
     * @throws IOException if the destination exists and is not an empty folder
     */
    public StagingOutput(Path destination) throws IOException {
        this.destination = destination.toAbsolutePath().normalize();
        if (Files.exists(this.destination) && !isEmptyDirectory(this.destination)) {
            throw new IOException(destination + " exists and is not empty; name a new folder for the export");
        }
        Path parent = this.destination.getParent();
        Files.createDirectories(parent);
        StagingSweep.sweep(parent);
        this.staging = parent.resolve("." + this.destination.getFileName() + "." + UUID.randomUUID() + ".tmp");
        Files.createDirectory(staging);
        this.owner = StagingSweep.own(staging);
    }

    @Override
    public Writer create(String relativePath) throws IOException {
        Path file = staging.resolve(relativePath).normalize();
        if (!file.startsWith(staging) || files.containsKey(relativePath)) {
            throw new IOException("cannot create '" + relativePath + "' in the export: outside it or created twice");
        }
        Files.createDirectories(file.getParent());
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return new HashingFileWriter(channel, sha256(), (bytes, digest) ->
                files.put(relativePath, new FileRecord(relativePath, bytes, HexFormat.of().formatHex(digest.digest()))));
    }

    /**
     * A scratch file beside the staging folder, not part of the export: it does not exist yet, and it is
     * deleted when this output closes, committed or not.
     */
    public Path scratch(String name) {
        Path file = staging.resolveSibling(staging.getFileName() + "." + name + ".tmp");
        scratch.add(file);
        return file;
    }

    /** The files written so far, sorted by path. */
    public List<FileRecord> files() {
        return List.copyOf(files.values());
    }

    /** Moves the staging folder to the destination in one rename. */
    public void commit() throws IOException {
        owner.release(); // its lock file is no part of the export
        if (Files.exists(destination)) {
            Files.delete(destination); // empty, checked in the constructor
        }
        try {
            Files.move(staging, destination, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(staging, destination);
        }
        DurableFiles.flushFolder(destination.getParent());
        committed = true;
    }

    /** Deletes the scratch files, and the staging folder unless committed. */
    @Override
    public void close() throws IOException {
        owner.release();
        for (Path file : scratch) {
            Files.deleteIfExists(file);
        }
        if (!committed && Files.exists(staging)) {
            StagingSweep.deleteTree(staging);
        }
    }

    private static boolean isEmptyDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> children = Files.list(dir)) {
            return children.findAny().isEmpty();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
