package aurum.corpus.internal.importer;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;

/**
 * Reads one zip entry as an attacker may have made it: at most {@link InputFiles#MAX_DOCUMENT_BYTES}, at most
 * {@value #MAX_RATIO} times its compressed size (a zip bomb expands a few KB into gigabytes), and with its CRC-32
 * checked at the end, since {@link java.util.zip.ZipFile} does not check it for compressed entries.
 */
final class CheckedEntryStream extends FilterInputStream {

    /** How many times larger than its compressed size an entry may expand; text rarely exceeds 10. */
    static final long MAX_RATIO = 200;
    /** Entries smaller than this are never refused for their ratio (a megabyte of spaces is harmless). */
    private static final long RATIO_FLOOR = 1 << 20;

    private final ZipEntry entry;
    private final CRC32 crc = new CRC32();
    private final long limit;
    private long read;

    CheckedEntryStream(InputStream in, ZipEntry entry) {
        super(in);
        this.entry = entry;
        long compressed = entry.getCompressedSize();
        long byRatio = compressed < 0 ? Long.MAX_VALUE : Math.max(RATIO_FLOOR, compressed * MAX_RATIO);
        this.limit = Math.min(InputFiles.MAX_DOCUMENT_BYTES, byRatio);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            crc.update(b, off, n);
            read += n;
            if (read > limit) {
                throw new InputLimitException(limit == InputFiles.MAX_DOCUMENT_BYTES
                        ? "the entry expands to more than " + (limit >> 20) + " MiB; documents are limited to that"
                        : "the entry expands more than " + MAX_RATIO + " times its compressed size (a zip bomb?)",
                        "Split large documents, or extract the archive and check what it holds");
            }
        } else if (n < 0 && entry.getCrc() >= 0 && crc.getValue() != entry.getCrc()) {
            throw new InputLimitException("the entry's CRC-32 checksum does not match its content: the archive is"
                    + " damaged", "Download or copy the archive again, or repair it (zip -FF)");
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] buffer = new byte[(int) Math.min(n, 8192)];
        long skipped = 0;
        while (skipped < n) {
            int r = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
            if (r < 0) {
                break;
            }
            skipped += r;
        }
        return skipped;
    }
}
