package aurum.editor.internal.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

/**
 * What identifies one version of a file without reading it. The store replaces files by atomic rename,
 * so every save gives the file a new inode (file key); size and time catch editors that write in place.
 */
public record FileStamp(Object fileKey, long modifiedNanos, long size) {

    /** The stamp of a file that does not exist. */
    public static final FileStamp MISSING = new FileStamp(null, -1, -1);

    /** Reads the stamp of {@code file}, {@link #MISSING} when there is none. */
    public static FileStamp of(Path file) throws IOException {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new FileStamp(attributes.fileKey(), attributes.lastModifiedTime().toInstant().getEpochSecond()
                    * 1_000_000_000L + attributes.lastModifiedTime().toInstant().getNano(), attributes.size());
        } catch (NoSuchFileException e) {
            return MISSING;
        }
    }

    /**
     * The stamp of a layer as stored: its layer file and, when there is one, the change journal beside it
     * ({@code LayerFiles.journal}), which grows on every save while the layer file stays the same.
     * {@link #MISSING} when the layer file is missing.
     */
    public static FileStamp ofLayer(Path layerFile) {
        FileStamp layer = quietlyOf(layerFile);
        if (layer == MISSING) {
            return MISSING;
        }
        FileStamp journal = quietlyOf(LayerFiles.journal(layerFile));
        return journal == MISSING ? layer
                : new FileStamp(java.util.List.of(String.valueOf(layer.fileKey()), journal), layer.modifiedNanos(),
                        layer.size());
    }

    /** Like {@link #of} but answers {@link #MISSING} when the file cannot be read. */
    public static FileStamp quietlyOf(Path file) {
        try {
            return of(file);
        } catch (IOException e) {
            return MISSING;
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FileStamp that && Objects.equals(fileKey, that.fileKey)
                && modifiedNanos == that.modifiedNanos && size == that.size;
    }

    @Override
    public int hashCode() {
        return Objects.hash(fileKey, modifiedNanos, size);
    }
}
