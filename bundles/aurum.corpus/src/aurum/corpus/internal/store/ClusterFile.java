package aurum.corpus.internal.store;

import aurum.corpus.dedup.Relation;
import aurum.corpus.store.CorpusStoreException;
import aurum.corpus.store.DocumentRelation;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code clusters.json} (docs/FORMAT.md) as a stream, never as one tree, so a file of a large corpus
 * costs its clusters or relations only, and the header costs a few bytes. Written by
 * {@link aurum.corpus.internal.analysis.ClusterFileWriter}.
 */
final class ClusterFile {

    /**
     * What the file says it covers: the number and {@code CorpusDigest} of the documents analysed; both
     * absent ({@code -1}, {@code null}) in files written before they were recorded.
     */
    record Header(int documents, String corpusDigest) {
    }

    /** What a reader wants: the header only, the clusters, or the relations. */
    private enum Part {
        HEADER, CLUSTERS, RELATIONS
    }

    private final List<List<String>> clusters = new ArrayList<>();
    private final List<DocumentRelation> relations = new ArrayList<>();
    private Header header = new Header(-1, null);

    private ClusterFile() {
    }

    /** The header; {@code null} when there is no file. */
    static Header header(Path file, String name) throws CorpusStoreException {
        return Files.exists(file) ? read(file, name, Part.HEADER).header : null;
    }

    /** The near-duplicate clusters, each of two or more ids; empty when there is no file. */
    static List<List<String>> clusters(Path file, String name) throws CorpusStoreException {
        return Files.exists(file) ? read(file, name, Part.CLUSTERS).clusters : List.of();
    }

    /** The relations, sorted by first then second id; empty when there is no file. */
    static List<DocumentRelation> relations(Path file, String name) throws CorpusStoreException {
        return Files.exists(file) ? read(file, name, Part.RELATIONS).relations : List.of();
    }

    private static ClusterFile read(Path file, String name, Part wanted) throws CorpusStoreException {
        ClusterFile result = new ClusterFile();
        try (JsonReader in = JsonFiles.openStream(file)) {
            in.beginObject();
            int documents = -1;
            String digest = null;
            boolean versioned = false;
            while (in.hasNext()) {
                String field = in.nextName();
                switch (field) {
                    case "formatVersion" -> {
                        checkVersion(in.nextInt(), name);
                        versioned = true;
                    }
                    case "documents" -> documents = in.nextInt();
                    case "corpusDigest" -> digest = in.nextString();
                    case "nearDuplicateClusters" -> {
                        result.header = header(versioned, documents, digest, name);
                        if (wanted == Part.HEADER) {
                            return result;
                        }
                        result.readClusters(in, name, wanted == Part.CLUSTERS);
                    }
                    case "relations" -> {
                        result.header = header(versioned, documents, digest, name);
                        if (wanted == Part.HEADER) {
                            return result;
                        }
                        if (wanted == Part.RELATIONS) {
                            result.readRelations(in, name);
                        } else {
                            in.skipValue();
                        }
                    }
                    default -> in.skipValue(); // fields of later versions
                }
            }
            in.endObject();
            if (in.peek() != JsonToken.END_DOCUMENT) {
                throw new CorpusStoreException("Cannot read " + name + ": something follows the JSON object."
                        + " Delete the file; the next import writes it again.");
            }
            result.header = header(versioned, documents, digest, name);
            return result;
        } catch (CorpusStoreException e) {
            throw e;
        } catch (IOException | IllegalStateException | NumberFormatException e) {
            throw JsonFiles.malformed(name, e);
        }
    }

    private static Header header(boolean versioned, int documents, String digest, String name)
            throws CorpusStoreException {
        if (!versioned) {
            throw new CorpusStoreException("Cannot read " + name + ": it has no numeric \"formatVersion\" before its"
                    + " lists. Delete the file; the next import writes it again.");
        }
        return new Header(documents, digest);
    }

    private static void checkVersion(int found, String name) throws CorpusStoreException {
        if (found > JsonFiles.FORMAT_VERSION) {
            throw new CorpusStoreException(name + " has format version " + found + ", but this Aurum reads format"
                    + " version " + JsonFiles.FORMAT_VERSION + " only: it was written by a newer Aurum. Update Aurum to"
                    + " open this corpus; nothing was changed.");
        }
        if (found < 1) {
            throw new CorpusStoreException("Cannot read " + name + ": format version " + found
                    + " does not exist. Delete the file; the next import writes it again.");
        }
    }

    private void readClusters(JsonReader in, String name, boolean keep) throws IOException, CorpusStoreException {
        in.beginArray();
        while (in.hasNext()) {
            if (in.peek() != JsonToken.BEGIN_ARRAY) {
                throw error(name, in, "each near-duplicate cluster must be an array of two or more ids");
            }
            in.beginArray();
            List<String> members = new ArrayList<>();
            while (in.hasNext()) {
                if (in.peek() != JsonToken.STRING) {
                    throw error(name, in, "cluster members must be document ids (strings)");
                }
                members.add(in.nextString());
            }
            in.endArray();
            if (members.size() < 2) {
                throw error(name, in, "each near-duplicate cluster must be an array of two or more ids");
            }
            if (keep) {
                clusters.add(List.copyOf(members));
            }
        }
        in.endArray();
    }

    private void readRelations(JsonReader in, String name) throws IOException, CorpusStoreException {
        in.beginArray();
        while (in.hasNext()) {
            String where = "relations[" + relations.size() + "]";
            if (in.peek() != JsonToken.BEGIN_OBJECT) {
                throw error(name, in, where + ": expected an object {first, second, relation, similarity}");
            }
            in.beginObject();
            String first = null;
            String second = null;
            Relation relation = null;
            Double similarity = null;
            while (in.hasNext()) {
                switch (in.nextName()) {
                    case "first" -> first = string(in, name, where, "first");
                    case "second" -> second = string(in, name, where, "second");
                    case "relation" -> {
                        String value = string(in, name, where, "relation");
                        try {
                            relation = Relation.valueOf(value);
                        } catch (IllegalArgumentException e) {
                            throw error(name, in, where + ": \"relation\" must be NEAR_DUPLICATE or RELATED, not '"
                                    + value + "'");
                        }
                    }
                    case "similarity" -> {
                        if (in.peek() != JsonToken.NUMBER) {
                            throw error(name, in, where + ": field \"similarity\" must be a number");
                        }
                        similarity = in.nextDouble();
                    }
                    default -> in.skipValue();
                }
            }
            in.endObject();
            if (first == null || second == null || relation == null || similarity == null) {
                throw error(name, in, where + ": needs \"first\", \"second\", \"relation\" and \"similarity\"");
            }
            if (first.compareTo(second) >= 0) {
                throw error(name, in, where + ": \"first\" must sort before \"second\"");
            }
            relations.add(new DocumentRelation(first, second, relation, similarity));
        }
        in.endArray();
    }

    private static String string(JsonReader in, String name, String where, String field)
            throws IOException, CorpusStoreException {
        if (in.peek() != JsonToken.STRING) {
            throw error(name, in, where + ": field \"" + field + "\" must be a string");
        }
        return in.nextString();
    }

    private static CorpusStoreException error(String name, JsonReader in, String problem) {
        return new CorpusStoreException("Cannot read " + name + " at " + in.getPath() + ": " + problem
                + ". Delete the file; the next import writes it again.");
    }
}
