package aurum.corpus.internal.analysis;

import aurum.corpus.boilerplate.ExcludedRegion;
import aurum.corpus.boilerplate.RegionText;
import aurum.corpus.dedup.ContentTerms;
import aurum.corpus.dedup.DedupSettings;
import aurum.corpus.dedup.SignatureFactory;
import aurum.corpus.dedup.TextNormalizer;
import java.util.List;

/**
 * What the analysis reads from one document's text, once: the MinHash signature of its word 3-shingles
 * (near-duplicates) and its content-term counts (related documents), both over the text minus its
 * excluded regions.
 *
 * @param id the document id
 * @param contentHash the hash of the text analysed
 * @param signature the signature's values ({@link DedupSettings#hashCount} of them)
 * @param terms the content-term counts
 */
public record Features(String id, String contentHash, int[] signature, ContentTerms.Counts terms) {

    private static final SignatureFactory SIGNATURES = new SignatureFactory(DedupSettings.DEFAULT);
    private static final ContentTerms TERMS = new ContentTerms();

    /** Analyses a text; thread-safe. */
    public static Features of(String id, String contentHash, String text, List<ExcludedRegion> regions) {
        // both measures read the same words: split the text once (NFKC and tokenizing cost as much as hashing)
        List<String> words = TextNormalizer.words(RegionText.blankOut(text, regions));
        return new Features(id, contentHash, SIGNATURES.signWords(words).values(), TERMS.countWords(words));
    }
}
