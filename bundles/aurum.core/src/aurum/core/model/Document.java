package aurum.core.model;

import aurum.core.text.Offsets;
import aurum.core.text.SurrogatePairs;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A text to annotate, exactly as imported: line endings are kept as they were (CRLF stays CRLF), so
 * span offsets mean the same in Aurum as in the source file. Only a leading byte order mark is
 * removed, and that is recorded so an export can put it back. Annotating never changes a document;
 * the SHA-256 content hash lets the corpus store notice when a file on disk no longer matches.
 */
public final class Document {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final String id;
    private final String text;
    private final boolean byteOrderMarkRemoved;
    private final DocumentMetadata metadata;
    private final String contentHash;
    private volatile Offsets offsets;

    /**
     * Restores a document whose text has already been prepared (for example read back from the store).
     *
     * @throws IllegalArgumentException if the id is blank or the text holds an unpaired surrogate,
     *         which cannot be written as UTF-8
     */
    public Document(String id, String text, boolean byteOrderMarkRemoved, DocumentMetadata metadata) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("document id must not be blank");
        }
        Objects.requireNonNull(text, "text");
        int unpaired = SurrogatePairs.firstUnpaired(text);
        if (unpaired >= 0) {
            throw new IllegalArgumentException("document '" + id + "' has an unpaired surrogate "
                    + String.format("U+%04X", (int) text.charAt(unpaired)) + " at offset " + unpaired
                    + "; decode the source with a replacing decoder so it becomes U+FFFD");
        }
        this.id = id;
        this.text = text;
        this.byteOrderMarkRemoved = byteOrderMarkRemoved;
        this.metadata = metadata == null ? DocumentMetadata.NONE : metadata;
        this.contentHash = sha256Hex(text);
    }

    /** Creates a document from decoded file content, removing one leading byte order mark if present. */
    public static Document imported(String id, String decodedText, DocumentMetadata metadata) {
        boolean hasMark = !decodedText.isEmpty() && decodedText.charAt(0) == BYTE_ORDER_MARK;
        return new Document(id, hasMark ? decodedText.substring(1) : decodedText, hasMark, metadata);
    }

    /** The id, unique within a corpus. */
    public String id() {
        return id;
    }

    /** The text every span offset refers to. */
    public String text() {
        return text;
    }

    /** The text length in UTF-16 units. */
    public int length() {
        return text.length();
    }

    /** Tells whether a byte order mark was removed from the start of the imported text. */
    public boolean byteOrderMarkRemoved() {
        return byteOrderMarkRemoved;
    }

    /** What is known about the document's origin. */
    public DocumentMetadata metadata() {
        return metadata;
    }

    /** The lowercase hex SHA-256 of the text (without a removed byte order mark) encoded as UTF-8. */
    public String contentHash() {
        return contentHash;
    }

    /** Offset conversions for this text, built on first use and then shared. */
    public Offsets offsets() {
        Offsets result = offsets;
        if (result == null) {
            result = new Offsets(text);
            offsets = result;
        }
        return result;
    }

    /** A copy with other metadata; the text and therefore the hash stay the same. */
    public Document withMetadata(DocumentMetadata newMetadata) {
        return new Document(id, text, byteOrderMarkRemoved, newMetadata);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Document that && id.equals(that.id) && text.equals(that.text)
                && byteOrderMarkRemoved == that.byteOrderMarkRemoved && metadata.equals(that.metadata);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, contentHash, byteOrderMarkRemoved, metadata);
    }

    @Override
    public String toString() {
        return "Document[" + id + ", " + text.length() + " chars, sha256 " + contentHash.substring(0, 12) + "…]";
    }

    private static String sha256Hex(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
