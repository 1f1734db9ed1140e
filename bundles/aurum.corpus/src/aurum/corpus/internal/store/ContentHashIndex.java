package aurum.corpus.internal.store;

import aurum.corpus.store.DocumentInfo;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Which stored document holds a text (by content hash) and which ids are taken (case-folded), so that
 * adding a document costs O(1) instead of reading every meta file. Derived data: cached in
 * {@code .aurum/content-hashes.tsv} (one {@code hash TAB id} line per document, appended by every writer
 * under the corpus lock) and rebuilt from the meta files when the cache is missing or its entry count
 * differs from the number of meta files (a crash between a meta write and the append, a {@code git pull},
 * a hand edit). All methods must be called under the corpus lock.
 */
final class ContentHashIndex {

    private static final String HEADER = "# aurum content-hash index v1: contentHash<TAB>id, derived from documents/*.meta.json\n";

    private final CorpusLayout layout;
    private final Map<String, String> byHash = new HashMap<>();
    private final Map<String, String> byFoldedId = new HashMap<>();
    /** Bytes of the cache file read so far; -1 before the first refresh. */
    private long readUpTo = -1;

    ContentHashIndex(CorpusLayout layout) {
        this.layout = layout;
    }

    /** Reads what other writers appended since the last call; loads or rebuilds the cache the first time. */
    void refresh() throws IOException {
        Path file = layout.hashIndexFile();
        long size = Files.exists(file) ? Files.size(file) : -1;
        if (readUpTo >= 0 && size >= readUpTo) {
            if (size > readUpTo) {
                readFrom(file, readUpTo);
            }
            return;
        }
        byHash.clear();
        byFoldedId.clear();
        readUpTo = -1;
        if (size > 0) {
            readFrom(file, 0);
        }
        if (readUpTo < 0 || byFoldedId.size() != countMetaFiles()) {
            rebuild(file);
        }
    }

    /** The id storing the text with {@code contentHash}, or {@code null}. */
    String idOfHash(String contentHash) {
        String id = byHash.get(contentHash);
        // an entry whose meta file vanished (a hand edit since the last rebuild) is not trusted
        return id != null && Files.exists(layout.meta(id)) ? id : null;
    }

    /** The stored id equal to {@code id} ignoring case, or {@code null}. */
    String idIgnoringCase(String id) {
        String found = byFoldedId.get(fold(id));
        return found != null && Files.exists(layout.meta(found)) ? found : null;
    }

    /** The ids of every indexed document (possibly including ones deleted by hand since the last rebuild). */
    java.util.Collection<String> ids() {
        return java.util.List.copyOf(byFoldedId.values());
    }

    /** Every indexed document: id → content hash, sorted by id (possibly including ones deleted by hand). */
    SortedMap<String, String> documents() {
        SortedMap<String, String> documents = new TreeMap<>();
        byHash.forEach((hash, id) -> documents.put(id, hash));
        return documents;
    }

    /** Records documents whose meta files are durable now; their texts were new to the index. */
    void append(List<DocumentInfo> added) throws IOException {
        if (added.isEmpty()) {
            return;
        }
        StringBuilder lines = new StringBuilder(added.size() * 80);
        for (DocumentInfo info : added) {
            lines.append(info.contentHash()).append('\t').append(info.id()).append('\n');
            put(info.contentHash(), info.id());
        }
        byte[] bytes = lines.toString().getBytes(StandardCharsets.UTF_8);
        Path file = layout.hashIndexFile();
        // not flushed: a lost tail only makes the entry count differ, which triggers a rebuild
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND); OutputStream out = Channels.newOutputStream(channel)) {
            out.write(bytes);
        }
        readUpTo = Files.size(file);
    }

    private void readFrom(Path file, long offset) throws IOException {
        byte[] all;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate((int) (size - offset));
            while (buffer.hasRemaining() && channel.read(buffer, offset + buffer.position()) >= 0) {
                // read on
            }
            all = buffer.array();
        }
        if (offset == 0 && !new String(all, 0, Math.min(all.length, HEADER.length()), StandardCharsets.UTF_8)
                .equals(HEADER)) {
            return; // unknown or torn header: rebuild
        }
        int start = offset == 0 ? HEADER.length() : 0;
        int complete = start;
        for (int i = start; i < all.length; i++) {
            if (all[i] == '\n') {
                String line = new String(all, complete, i - complete, StandardCharsets.UTF_8);
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    put(line.substring(0, tab), line.substring(tab + 1));
                }
                complete = i + 1;
            }
        }
        // a torn last line (crash during an append) stays unread and is read once completed or rebuilt
        readUpTo = offset + complete;
    }

    private void rebuild(Path file) throws IOException {
        byHash.clear();
        byFoldedId.clear();
        StringBuilder lines = new StringBuilder(HEADER);
        for (DocumentInfo info : new DocumentCatalog(layout).list()) {
            lines.append(info.contentHash()).append('\t').append(info.id()).append('\n');
            put(info.contentHash(), info.id());
        }
        byte[] bytes = lines.toString().getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, bytes);
        readUpTo = bytes.length;
    }

    private int countMetaFiles() throws IOException {
        int count = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(layout.documentsDir(),
                "*" + CorpusLayout.META_SUFFIX)) {
            for (Path entry : entries) {
                if (!entry.getFileName().toString().startsWith(".")) {
                    count++;
                }
            }
        }
        return count;
    }

    private void put(String hash, String id) {
        byHash.putIfAbsent(hash, id);
        byFoldedId.put(fold(id), id);
    }

    private static String fold(String id) {
        return id.toLowerCase(Locale.ROOT);
    }
}
