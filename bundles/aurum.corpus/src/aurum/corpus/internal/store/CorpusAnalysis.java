package aurum.corpus.internal.store;

import aurum.corpus.boilerplate.ExcludedRegion;
import aurum.corpus.boilerplate.RegionText;
import aurum.corpus.dedup.ContentTerms;
import aurum.corpus.dedup.DedupSettings;
import aurum.corpus.dedup.DisjointSets;
import aurum.corpus.dedup.DuplicateIndex;
import aurum.corpus.dedup.RelatedFinder;
import aurum.corpus.dedup.Relation;
import aurum.corpus.dedup.Signature;
import aurum.corpus.dedup.SignatureFactory;
import aurum.corpus.dedup.SimilarPair;
import aurum.corpus.dedup.TextNormalizer;
import aurum.corpus.store.DocumentRelation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/**
 * Turns stored documents into near-duplicate clusters and related pairs: MinHash over word 3-shingles
 * ({@link DuplicateIndex}, {@link DedupSettings#DEFAULT}) for near-duplicates and shingle overlap,
 * TF-IDF cosine of content words ({@link RelatedFinder}) for rewrites of one story. Both look at the
 * text minus its excluded regions. {@link #features} is thread-safe; {@link #relate} is a pure function.
 */
final class CorpusAnalysis {

    /** What the analysis keeps of one document. */
    record Features(Signature signature, ContentTerms.Counts terms) {
    }

    /** Relations and the clusters they make. */
    record Result(List<DocumentRelation> relations, List<List<String>> clusters) {
    }

    private final SignatureFactory signatures = new SignatureFactory(DedupSettings.DEFAULT);
    private final ContentTerms terms = new ContentTerms();

    Features features(String text, List<ExcludedRegion> regions) {
        // both measures read the same words: split the article once (NFKC and tokenizing cost as much as hashing)
        List<String> words = TextNormalizer.words(RegionText.blankOut(text, regions));
        return new Features(signatures.signWords(words), terms.countWords(words));
    }

    /** Relations among {@code documents} (id order), and near-duplicate clusters of two or more. */
    static Result relate(SortedMap<String, Features> documents) {
        // the two measures are independent: the vocabulary pairs are found on another core meanwhile
        CompletableFuture<List<SimilarPair>> related = CompletableFuture.supplyAsync(() -> {
            RelatedFinder vocabulary = new RelatedFinder();
            documents.forEach((id, features) -> vocabulary.add(id, features.terms()));
            return vocabulary.pairs();
        });
        DuplicateIndex shingles = new DuplicateIndex(DedupSettings.DEFAULT);
        Map<String, DocumentRelation> byPair = new TreeMap<>();
        for (Map.Entry<String, Features> e : documents.entrySet()) {
            for (SimilarPair pair : shingles.add(e.getKey(), e.getValue().signature())) {
                put(byPair, pair);
            }
        }
        for (SimilarPair pair : related.join()) {
            byPair.putIfAbsent(key(pair), relation(pair)); // shingle evidence, when there is any, wins
        }
        List<String> ids = new ArrayList<>(documents.keySet());
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            index.put(ids.get(i), i);
        }
        DisjointSets sets = new DisjointSets();
        ids.forEach(id -> sets.add());
        for (DocumentRelation r : byPair.values()) {
            if (r.relation() == Relation.NEAR_DUPLICATE) {
                sets.union(index.get(r.first()), index.get(r.second()));
            }
        }
        SortedMap<Integer, List<String>> clusters = new TreeMap<>();
        for (int i = 0; i < ids.size(); i++) {
            clusters.computeIfAbsent(sets.find(i), k -> new ArrayList<>()).add(ids.get(i));
        }
        List<List<String>> multi = clusters.values().stream().filter(c -> c.size() > 1).map(List::copyOf)
                .sorted((a, b) -> a.get(0).compareTo(b.get(0))).toList();
        return new Result(List.copyOf(byPair.values()), multi);
    }

    private static void put(Map<String, DocumentRelation> byPair, SimilarPair pair) {
        byPair.put(key(pair), relation(pair));
    }

    private static String key(SimilarPair pair) {
        boolean ordered = pair.first().compareTo(pair.second()) < 0;
        return ordered ? pair.first() + "\u0000" + pair.second() : pair.second() + "\u0000" + pair.first();
    }

    private static DocumentRelation relation(SimilarPair pair) {
        boolean ordered = pair.first().compareTo(pair.second()) < 0;
        double rounded = Math.round(pair.similarity() * 10000) / 10000.0;
        return new DocumentRelation(ordered ? pair.first() : pair.second(), ordered ? pair.second() : pair.first(),
                pair.relation(), rounded);
    }
}
