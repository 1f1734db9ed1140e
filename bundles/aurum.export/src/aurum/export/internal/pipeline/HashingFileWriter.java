package aurum.export.internal.pipeline;

import java.io.IOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * A UTF-8 writer straight onto a file channel that hashes (SHA-256) and counts the bytes as it writes
 * them, with one 64 KB byte buffer and no char buffer, encoder or lock in between. Gives the bytes
 * {@code new OutputStreamWriter(out, UTF_8)} gives, including its {@code '?'} for a surrogate without
 * its pair. Not thread-safe: each export file is written by one thread (the export's writer).
 */
final class HashingFileWriter extends Writer {

    /** Called once when the file is complete: its size and the digest of its bytes. */
    @FunctionalInterface
    interface OnClose {
        void closed(long bytes, MessageDigest digest) throws IOException;
    }

    private static final int BUFFER = 1 << 16;
    /** Room for the longest encoding of one character (a surrogate pair: 4 bytes). */
    private static final int SLACK = 4;

    private final FileChannel channel;
    private final MessageDigest digest;
    private final OnClose onClose;
    private final byte[] buf = new byte[BUFFER];
    private int pos;
    private long count;
    /** A high surrogate whose low half has not been written yet, or 0. */
    private char pendingHigh;
    private boolean closed;

    HashingFileWriter(FileChannel channel, MessageDigest digest, OnClose onClose) {
        this.channel = channel;
        this.digest = digest;
        this.onClose = onClose;
    }

    @Override
    public void write(int c) throws IOException {
        ensureOpen();
        put((char) c);
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, chars.length);
        ensureOpen();
        for (int i = off, end = off + len; i < end; i++) {
            char c = chars[i];
            if (c < 0x80 && pendingHigh == 0 && pos < BUFFER) {
                buf[pos++] = (byte) c;
            } else {
                put(c);
            }
        }
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, s.length());
        ensureOpen();
        for (int i = off, end = off + len; i < end; i++) {
            char c = s.charAt(i);
            if (c < 0x80 && pendingHigh == 0 && pos < BUFFER) {
                buf[pos++] = (byte) c;
            } else {
                put(c);
            }
        }
    }

    private void put(char c) throws IOException {
        if (pos > BUFFER - SLACK) {
            drain();
        }
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(c)) {
                int cp = Character.toCodePoint(high, c);
                buf[pos++] = (byte) (0xF0 | (cp >> 18));
                buf[pos++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                buf[pos++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                buf[pos++] = (byte) (0x80 | (cp & 0x3F));
                return;
            }
            buf[pos++] = '?'; // the high surrogate had no low one: what the JDK's encoder writes
            if (pos > BUFFER - SLACK) {
                drain();
            }
        }
        if (c < 0x80) {
            buf[pos++] = (byte) c;
        } else if (c < 0x800) {
            buf[pos++] = (byte) (0xC0 | (c >> 6));
            buf[pos++] = (byte) (0x80 | (c & 0x3F));
        } else if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
        } else if (Character.isLowSurrogate(c)) {
            buf[pos++] = '?';
        } else {
            buf[pos++] = (byte) (0xE0 | (c >> 12));
            buf[pos++] = (byte) (0x80 | ((c >> 6) & 0x3F));
            buf[pos++] = (byte) (0x80 | (c & 0x3F));
        }
    }

    /** Hashes and writes the buffered bytes. */
    private void drain() throws IOException {
        if (pos == 0) {
            return;
        }
        digest.update(buf, 0, pos);
        ByteBuffer bytes = ByteBuffer.wrap(buf, 0, pos);
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
        count += pos;
        pos = 0;
    }

    /** Writes what is buffered; a high surrogate waits for its low half, as with the JDK's writer. */
    @Override
    public void flush() throws IOException {
        ensureOpen();
        drain();
    }

    /** Writes the rest, forces the file to disk, closes it and reports its size and digest. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        try {
            if (pendingHigh != 0) {
                pendingHigh = 0;
                drain();
                buf[pos++] = '?';
            }
            drain();
            channel.force(true);
        } finally {
            closed = true;
            channel.close();
        }
        onClose.closed(count, digest);
    }

    private void ensureOpen() throws IOException {
        if (closed) {
            throw new IOException("the export file is closed");
        }
    }
}
