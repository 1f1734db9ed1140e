package aurum.bench.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * The file work an import cannot avoid under the corpus format and its durability rule, and nothing else:
 * for every {@code .txt} under a source folder, its bytes written to {@code documents/<id>.txt} and (with
 * {@code filesPerDocument == 2}) a meta-file-sized JSON to {@code documents/<id>.meta.json}, each as a
 * temporary file flushed to disk and renamed into place, in groups of 512 documents whose flushes run
 * concurrently and whose folders are flushed once per rename phase; the texts are written in
 * {@code .aurum/staging/texts} while a second thread writes the meta files in {@code .aurum/staging/meta}:
 * the protocol of the store's bulk import
 * (docs/FORMAT.md "When an import is durable") without decoding, hashing, boilerplate, near-duplicate
 * analysis, the index or any locking. Its time is a floor for the import's, so {@code cp -r} time divided
 * by it bounds the import's speed ratio from above. Written for this benchmark; the store never uses it.
 */
final class DurableFileFloor {

    private static final int GROUP = 512;
    private static final int FLUSH_THREADS = 32;
    /** The size of a typical meta file of the generated corpus (id, hash, title, source, two regions). */
    private static final int META_BYTES = 440;

    private DurableFileFloor() {
    }

    /** Writes the floor's files for every text file under {@code source} into {@code target}; returns their count. */
    static int write(Path source, Path target, int filesPerDocument) throws IOException, InterruptedException {
        return write(source, target, filesPerDocument, true);
    }

    /**
     * As {@link #write(Path, Path, int)}; with {@code flushEach} false, no file or folder is flushed on its
     * own and the caller runs one {@code sync} at the end instead: what a single {@code syncfs} per import
     * (not possible from Java 21 without native code) would cost, a lower floor than the store's protocol.
     */
    static int write(Path source, Path target, int filesPerDocument, boolean flushEach)
            throws IOException, InterruptedException {
        Path documents = target.resolve("documents");
        Files.createDirectories(documents);
        List<Path> texts;
        try (Stream<Path> walk = Files.walk(source)) {
            texts = walk.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        byte[] meta = new byte[META_BYTES];
        Arrays.fill(meta, (byte) ' ');
        byte[] head = "{\"formatVersion\": 1}".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, meta, 0, head.length);
        Path textStaging = Files.createDirectories(target.resolve(".aurum/staging/texts"));
        Path staging = Files.createDirectories(target.resolve(".aurum/staging/meta"));
        ExecutorService flushers = Executors.newFixedThreadPool(FLUSH_THREADS);
        ExecutorService second = Executors.newSingleThreadExecutor();
        int files = 0;
        try {
            for (int from = 0; from < texts.size(); from += GROUP) {
                List<Path> group = texts.subList(from, Math.min(texts.size(), from + GROUP));
                List<Path[]> textMoves = new ArrayList<>();
                List<Path[]> metaMoves = new ArrayList<>();
                Future<?> metas = second.submit(() -> {
                    for (Path text : filesPerDocument == 2 ? group : List.<Path>of()) {
                        metaMoves.add(stage(staging, documents, id(source, text) + ".meta.json", meta));
                    }
                    return null;
                });
                for (Path text : group) {
                    textMoves.add(stage(textStaging, documents, id(source, text) + ".txt", Files.readAllBytes(text)));
                }
                try {
                    metas.get();
                } catch (ExecutionException e) {
                    throw new IOException(e.getCause());
                }
                List<Future<?>> flushes = new ArrayList<>();
                for (List<Path[]> moves : flushEach ? List.of(textMoves, metaMoves) : List.<List<Path[]>>of()) {
                    for (Path[] move : moves) {
                        flushes.add(flushers.submit(() -> force(move[0])));
                    }
                }
                for (Future<?> f : flushes) {
                    try {
                        f.get();
                    } catch (ExecutionException e) {
                        throw new IOException(e.getCause());
                    }
                }
                for (List<Path[]> moves : List.of(textMoves, metaMoves)) {
                    for (Path[] move : moves) {
                        Files.move(move[0], move[1], StandardCopyOption.ATOMIC_MOVE);
                        files++;
                    }
                    if (flushEach && !moves.isEmpty()) {
                        force(documents);
                        force(moves == metaMoves ? staging : textStaging);
                    }
                }
            }
        } finally {
            flushers.shutdown();
            second.shutdown();
        }
        return files;
    }

    private static String id(Path source, Path text) {
        return source.relativize(text).toString().replace('/', '_').replaceFirst("\\.txt$", "");
    }

    /** Writes {@code content} to a temporary file in {@code folder}; returns it and its target in {@code dir}. */
    private static Path[] stage(Path folder, Path dir, String name, byte[] content) throws IOException {
        Path temp = folder.resolve("." + name + ".floor.tmp");
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        }
        return new Path[] {temp, dir.resolve(name)};
    }

    private static void force(Path file) {
        try (FileChannel channel = FileChannel.open(file, Files.isDirectory(file) ? StandardOpenOption.READ
                : StandardOpenOption.WRITE)) {
            channel.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
