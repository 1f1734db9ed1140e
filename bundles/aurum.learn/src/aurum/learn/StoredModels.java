package aurum.learn;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import aurum.corpus.io.DurableFiles;
import aurum.learn.internal.ManifestJson;

/**
 * Keeps a corpus's learned model in its {@code .aurum/learn/} folder: {@code model.bin} (an OpenNLP model
 * archive) and {@code manifest.json} ({@link ModelManifest}). The model file is written first and the
 * manifest, which holds the model's hash, last, each atomically; a reader uses the pair only when the hash
 * matches, so a crash in between leaves the old model in use or none. Reads are cached per folder until
 * the manifest changes.
 */
public final class StoredModels {

    /** The folder under the corpus. */
    public static final String FOLDER = ".aurum/learn";
    /** The model file in it. */
    public static final String MODEL = "model.bin";
    /** The manifest file in it. */
    public static final String MANIFEST = "manifest.json";

    /** A model and its manifest as stored. */
    public record Stored(LearnedModel model, ModelManifest manifest) {
    }

    private record Cached(FileTime manifestTime, long manifestSize, Stored stored) {
    }

    private static final ConcurrentHashMap<Path, Cached> CACHE = new ConcurrentHashMap<>();

    private StoredModels() {
    }

    /** The folder where the corpus in {@code corpusDir} keeps its model. */
    public static Path folder(Path corpusDir) {
        return corpusDir.resolve(FOLDER);
    }

    /**
     * The stored model of the corpus, if there is a usable one.
     *
     * @throws IOException if the files exist but cannot be read, or do not belong together (the message
     *         names the file and says to train again)
     */
    public static Optional<Stored> load(Path corpusDir) throws IOException {
        Path dir = folder(corpusDir);
        Path manifestFile = dir.resolve(MANIFEST);
        FileTime time;
        long size;
        try {
            time = Files.getLastModifiedTime(manifestFile);
            size = Files.size(manifestFile);
        } catch (NoSuchFileException e) {
            CACHE.remove(dir);
            return Optional.empty();
        }
        Cached cached = CACHE.get(dir);
        if (cached != null && cached.manifestTime().equals(time) && cached.manifestSize() == size) {
            return Optional.of(cached.stored());
        }
        ModelManifest manifest;
        try {
            manifest = ManifestJson.read(Files.readString(manifestFile, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new IOException(manifestFile + ": " + e.getMessage() + ". Train again (aurum train) to replace it.", e);
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(dir.resolve(MODEL));
        } catch (NoSuchFileException e) {
            throw new IOException(dir.resolve(MODEL) + " is missing though " + manifestFile
                    + " names it. Train again (aurum train) to replace both.", e);
        }
        if (!sha256(bytes).equals(manifest.modelSha256())) {
            throw new IOException(dir.resolve(MODEL) + " does not match the hash in " + manifestFile
                    + " (a training was interrupted or the file was changed). Train again (aurum train).");
        }
        LearnedModel model = LearnedModel.read(new ByteArrayInputStream(bytes), manifest.labels(),
                manifest.parameters().minimumConfidence(), manifest.spansPerLabel(),
                LearnedModel.withheld(manifest.summary().heldOut()));
        Stored stored = new Stored(model, manifest);
        CACHE.put(dir, new Cached(time, size, stored));
        return Optional.of(stored);
    }

    /**
     * Stores a model with its manifest (whose {@code modelSha256} is filled in here), durably.
     *
     * @return the manifest as written
     */
    public static ModelManifest save(Path corpusDir, LearnedModel model, ModelManifest manifest) throws IOException {
        Path dir = folder(corpusDir);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.write(out);
        byte[] bytes = out.toByteArray();
        ModelManifest complete = new ModelManifest(manifest.format(), manifest.library(), manifest.trainedAt(),
                manifest.labelSetId(), manifest.labelSetVersion(), manifest.labels(), manifest.summary(),
                manifest.decidedSpans(), manifest.fingerprint(), manifest.parameters(), sha256(bytes));
        DurableFiles.write(dir.resolve(MODEL), bytes);
        DurableFiles.write(dir.resolve(MANIFEST), ManifestJson.write(complete).getBytes(StandardCharsets.UTF_8));
        CACHE.remove(dir);
        return complete;
    }

    /** Removes the stored model, e.g. after learning was turned off and the user asks to forget it. */
    public static boolean delete(Path corpusDir) throws IOException {
        Path dir = folder(corpusDir);
        CACHE.remove(dir);
        boolean manifest = Files.deleteIfExists(dir.resolve(MANIFEST));
        boolean model = Files.deleteIfExists(dir.resolve(MODEL));
        return manifest || model;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
