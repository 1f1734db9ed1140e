package aurum.corpus.internal.analysis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;

/**
 * Names a set of documents in 64 hex digits: the SHA-256 of {@code id TAB contentHash LF} per document in
 * id order. {@code clusters.json} records the digest of the documents it was computed from, so a reader
 * can tell, from the ids and hashes alone, whether it still describes the corpus.
 */
public final class CorpusDigest {

    private CorpusDigest() {
    }

    /** The digest of {@code documents}: id → content hash. */
    public static String of(SortedMap<String, String> documents) {
        MessageDigest sha = sha256();
        for (Map.Entry<String, String> e : documents.entrySet()) {
            update(sha, e.getKey(), e.getValue());
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The digest of the documents of an analysis, given its document numbers in id order. */
    static String of(CorpusAnalysis a, int[] byRank) {
        MessageDigest sha = sha256();
        for (int doc : byRank) {
            update(sha, a.ids.get(doc), a.hashes.get(doc));
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void update(MessageDigest sha, String id, String hash) {
        sha.update((id + '\t' + hash + '\n').getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
