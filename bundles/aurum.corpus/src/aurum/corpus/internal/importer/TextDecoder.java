package aurum.corpus.internal.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import aurum.corpus.importer.ImportException;
import aurum.corpus.importer.ImportWarning;

/**
 * Decodes a text file while streaming it, so a large file is held once as decoded characters (plus
 * the final string) rather than also as a byte array. A byte order mark selects UTF-8 or UTF-16;
 * without one the bytes must be valid UTF-8, otherwise they are read again as windows-1252 and a
 * warning says so. NUL bytes mean binary content and are refused, as are empty files: importing
 * either would only produce documents nobody can annotate.
 */
public final class TextDecoder {

    /** Opens the bytes again; a fallback decoding needs a second pass. */
    @FunctionalInterface
    public interface Source {
        InputStream open() throws IOException;
    }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int CHUNK = 1 << 16;

    private TextDecoder() {
    }

    /**
     * Decodes the bytes {@code source} opens.
     *
     * @param name the file name used in messages
     * @param sizeHint the expected size in bytes, or a negative number when unknown
     * @throws ImportException for empty or binary content and for read errors
     */
    public static DecodedText decode(String name, Source source, long sizeHint) throws ImportException {
        byte[] head = readHead(name, source);
        Bom bom = Bom.of(head);
        if (head.length == bom.length) {
            throw ImportException.atLine(name, 0, 0, head.length == 0 ? "the file is empty (0 bytes)"
                    : "the file holds only a byte order mark and no text",
                    "Add text to the file or leave it out of the import");
        }
        if (bom.charset != null) {
            return new DecodedText(run(name, source, bom, bom.charset, false, sizeHint), bom.length > 0,
                    bom.charset.name(), Optional.empty());
        }
        try {
            return new DecodedText(run(name, source, bom, StandardCharsets.UTF_8, true, sizeHint), false, "UTF-8",
                    Optional.empty());
        } catch (MalformedAt malformed) {
            String text = run(name, source, bom, WINDOWS_1252, false, sizeHint);
            ImportWarning warning = new ImportWarning(name, 0, "not valid UTF-8 (first invalid byte at offset "
                    + malformed.offset + "), decoded as windows-1252; check accented letters and quotes, "
                    + "or save the file as UTF-8 and import it again");
            return new DecodedText(text, false, "windows-1252", Optional.of(warning));
        }
    }

    private static byte[] readHead(String name, Source source) throws ImportException {
        try (InputStream in = source.open()) {
            return in.readNBytes(4); // one byte past the longest mark tells a mark-only file apart
        } catch (IOException e) {
            throw unreadable(name, e);
        }
    }

    private static String run(String name, Source source, Bom bom, Charset charset, boolean strict, long sizeHint)
            throws ImportException {
        boolean wide = charset != StandardCharsets.UTF_8 && charset != WINDOWS_1252;
        // UTF-16 and UTF-32 are never guessed (a byte order mark said so): broken input is an error, not U+FFFD
        CharsetDecoder decoder = charset.newDecoder().onUnmappableCharacter(CodingErrorAction.REPLACE)
                .onMalformedInput(strict || wide ? CodingErrorAction.REPORT : CodingErrorAction.REPLACE);
        StringBuilder text = new StringBuilder((int) Math.min(Math.max(sizeHint, 16), Integer.MAX_VALUE - 16));
        try (InputStream in = source.open()) {
            in.skipNBytes(bom.length);
            // a news article is a few KB: buffers of the file's size, not of CHUNK, or the buffers are most
            // of what an import allocates
            int chunk = sizeHint < 0 ? CHUNK : (int) Math.min(CHUNK, Math.max(sizeHint + 16, 64));
            ByteBuffer bytes = ByteBuffer.allocate(chunk);
            CharBuffer chars = CharBuffer.allocate(chunk);
            long consumed = bom.length;
            boolean end = false;
            while (!end) {
                int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
                end = read < 0;
                if (!end && !wide) {
                    requireNoNul(name, bytes.array(), bytes.position(), read, consumed + bytes.position());
                }
                bytes.position(bytes.position() + Math.max(read, 0)).flip();
                CoderResult result;
                do {
                    result = decoder.decode(bytes, chars, end);
                    drain(name, chars, text, wide, bom.length);
                } while (result.isOverflow());
                if (result.isError() && wide) {
                    throw ImportException.atByte(name, consumed + bytes.position(), "broken " + charset.name()
                            + ": " + (end && bytes.remaining() < 2 ? "the file ends in the middle of a character (an"
                            + " odd number of bytes)" : "a lone surrogate (half of a character)"),
                            "Check how the file was written and save it again as UTF-8 or UTF-16");
                }
                if (result.isError()) {
                    throw new MalformedAt(consumed + bytes.position());
                }
                consumed += bytes.position();
                bytes.compact();
            }
            while (decoder.flush(chars).isOverflow()) {
                drain(name, chars, text, wide, bom.length);
            }
            drain(name, chars, text, wide, bom.length);
        } catch (IOException e) {
            throw unreadable(name, e);
        }
        return text.toString();
    }

    private static void drain(String name, CharBuffer chars, StringBuilder text, boolean wide, int bomLength)
            throws ImportException {
        chars.flip();
        if (wide) {
            for (int i = chars.position(); i < chars.limit(); i++) {
                if (chars.get(i) == '\0') {
                    throw binary(name, bomLength + 2L * (text.length() + i - chars.position()));
                }
            }
        }
        text.append(chars);
        chars.clear();
    }

    private static void requireNoNul(String name, byte[] buffer, int from, int count, long offsetOfFrom)
            throws ImportException {
        for (int i = 0; i < count; i++) {
            if (buffer[from + i] == 0) {
                throw binary(name, offsetOfFrom + i);
            }
        }
    }

    private static ImportException binary(String name, long offset) {
        return ImportException.atByte(name, offset, "the file holds a NUL byte, so it is binary, not text",
                "Leave it out of the import, or convert it to a UTF-8 text file first");
    }

    private static ImportException unreadable(String name, IOException e) {
        if (e instanceof InputLimitException limit) {
            return ImportException.atLine(name, 0, 0, limit.getMessage(), limit.remedy(), e);
        }
        return ImportException.atLine(name, 0, 0, "the file cannot be read ("
                + aurum.corpus.internal.store.IoFailures.describe(e) + ")",
                "Check that it exists and is readable, then import again", e);
    }

    /** Signals invalid UTF-8 so the caller can fall back; never escapes this class. */
    private static final class MalformedAt extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final long offset;

        MalformedAt(long offset) {
            super(null, null, false, false);
            this.offset = offset;
        }
    }

    private record Bom(int length, Charset charset) {
        static Bom of(byte[] head) {
            if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
                return new Bom(3, StandardCharsets.UTF_8);
            }
            if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
                return new Bom(2, StandardCharsets.UTF_16LE);
            }
            if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
                return new Bom(2, StandardCharsets.UTF_16BE);
            }
            return new Bom(0, null);
        }
    }
}
