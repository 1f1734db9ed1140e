package aurum.corpus.internal.analysis;

import aurum.corpus.dedup.ContentTerms;
import aurum.corpus.dedup.DedupSettings;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A temporary file of {@link Features}, so that an import holds no features in memory while it runs
 * (100k documents: 400 MB of them): the import appends each written group's features, the analysis
 * reads them back at the end, sequentially or by record number. The file is locked while open; one left
 * by a crash (not locked by anyone) is deleted by {@link #deleteAbandoned}. Appending is thread-safe.
 */
public final class FeatureSpill implements AutoCloseable {

    private static final String PREFIX = "import-";
    private static final String SUFFIX = ".features";

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private final OutputStream out;
    private long[] offsets = new long[64];
    private final List<String> ids = new ArrayList<>();
    private final List<String> hashes = new ArrayList<>();
    private int count;
    private long written;

    private FeatureSpill(Path file) throws IOException {
        this.file = file;
        this.channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        this.lock = channel.lock();
        this.out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
    }

    /** A new, empty spill file in {@code dir} (created if missing). */
    public static FeatureSpill create(Path dir) throws IOException {
        Files.createDirectories(dir);
        return new FeatureSpill(dir.resolve(PREFIX + Long.toHexString(ThreadLocalRandom.current().nextLong()
                & Long.MAX_VALUE) + SUFFIX));
    }

    /** Appends one document's features. */
    public synchronized void append(Features f) throws IOException {
        if (count == offsets.length) {
            offsets = Arrays.copyOf(offsets, count * 2);
        }
        offsets[count++] = written;
        ids.add(f.id());
        hashes.add(f.contentHash());
        byte[] id = f.id().getBytes(StandardCharsets.UTF_8);
        byte[] hash = f.contentHash().getBytes(StandardCharsets.UTF_8);
        int[] terms = f.terms().terms();
        int[] counts = f.terms().counts();
        // one buffer per record, written at once: DataOutputStream's int by int cost more than the disk
        ByteBuffer record = ByteBuffer.allocate(4 + id.length + 4 + hash.length + 4 * f.signature().length + 4
                + 6 * terms.length);
        record.putInt(id.length).put(id).putInt(hash.length).put(hash);
        record.asIntBuffer().put(f.signature());
        record.position(record.position() + 4 * f.signature().length);
        record.putInt(terms.length);
        record.asIntBuffer().put(terms);
        record.position(record.position() + 4 * terms.length);
        for (int c : counts) {
            record.putChar((char) Math.min(c, Character.MAX_VALUE));
        }
        out.write(record.array());
        written += record.capacity();
    }

    /** Appends the features of several documents. */
    public synchronized void append(Iterable<Features> features) throws IOException {
        for (Features f : features) {
            append(f);
        }
    }

    /** How many records were appended. */
    public synchronized int size() {
        return count;
    }

    /** The document id of record {@code i}, without reading it. */
    public synchronized String id(int i) {
        return ids.get(i);
    }

    /** The content hash of record {@code i}, without reading it. */
    public synchronized String contentHash(int i) {
        return hashes.get(i);
    }

    /** Record {@code i}, in the order appended. */
    public synchronized Features read(int i) throws IOException {
        out.flush();
        long end = i + 1 < count ? offsets[i + 1] : written;
        ByteBuffer buffer = ByteBuffer.allocate((int) (end - offsets[i]));
        for (long at = offsets[i]; buffer.hasRemaining();) {
            int n = channel.read(buffer, at);
            if (n < 0) {
                throw new IOException(file + " ends inside record " + i);
            }
            at += n;
        }
        return decode(buffer.array());
    }

    private static Features decode(byte[] bytes) {
        ByteBuffer record = ByteBuffer.wrap(bytes);
        String id = string(record);
        String hash = string(record);
        int[] signature = new int[DedupSettings.DEFAULT.hashCount()];
        record.asIntBuffer().get(signature);
        record.position(record.position() + 4 * signature.length);
        int n = record.getInt();
        int[] terms = new int[n];
        record.asIntBuffer().get(terms);
        record.position(record.position() + 4 * n);
        int[] counts = new int[n];
        for (int k = 0; k < n; k++) {
            counts[k] = record.getChar();
        }
        return new Features(id, hash, signature, new ContentTerms.Counts(terms, counts));
    }

    private static String string(ByteBuffer record) {
        int length = record.getInt();
        String s = new String(record.array(), record.position(), length, StandardCharsets.UTF_8);
        record.position(record.position() + length);
        return s;
    }

    /** Closes and deletes the file. */
    @Override
    public synchronized void close() throws IOException {
        try {
            out.close(); // closes the channel and so releases the lock
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * Deletes the spill files in {@code dir} that no process holds (left by a crash); a file locked by
     * this JVM or another process belongs to an import at work and stays.
     */
    public static void deleteAbandoned(Path dir) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, PREFIX + "*" + SUFFIX)) {
            for (Path f : files) {
                try (FileChannel c = FileChannel.open(f, StandardOpenOption.WRITE); FileLock held = c.tryLock()) {
                    if (held != null) {
                        Files.deleteIfExists(f);
                    }
                } catch (OverlappingFileLockException | IOException e) {
                    // ours or in use, or gone meanwhile
                }
            }
        } catch (IOException e) {
            // derived data: a leftover file costs disk space only
        }
    }
}
