package aurum.corpus.dedup;

/**
 * The parameters of duplicate detection. Signatures are only comparable when made with the same
 * shingle size, hash count and seed, so a corpus keeps one settings value for its lifetime.
 *
 * <p>Why the defaults:
 * <ul>
 * <li><b>Word 3-shingles.</b> Single words and word pairs measure topic, not copying: on the sample
 * corpus (five articles on US&ndash;Japan defence) any two articles share 10&ndash;20% of their words
 * and 2&ndash;5% of their word pairs, so topic noise would sit right at a "related" threshold. With
 * three words the overlap of independently written articles on the same topic falls below 2%, while a
 * single edited word still costs only three shingles. Larger shingles (5+) make every small edit
 * expensive without lowering the noise further.</li>
 * <li><b>128 values.</b> The Jaccard estimate has standard error about sqrt(J(1-J)/128), at most 0.044,
 * small against the gap between the tiers; a signature is 512 bytes (about 50 MB for 100k documents).
 * The values come from one hash per shingle spread over 128 bins (one-permutation hashing, see
 * {@link MinHasher}), not from 128 hash functions: same accuracy, a 128th of the hashing.</li>
 * <li><b>64 bands of 2 rows.</b> A pair with similarity s becomes a candidate with probability
 * 1-(1-s&sup2;)<sup>64</sup>: 93% at 0.2 (the related threshold), over 99.99% at 0.5; unrelated news
 * (s &asymp; 0.002) almost never does (0.03%), so candidates stay near-linear in the corpus size.</li>
 * <li><b>Near-duplicate at 0.5.</b> A copy with one paragraph in ten rewritten scores about 0.8, a
 * syndicated copy with a different lead and a cut tail about 0.6 (sample 001/004: 0.66 exactly, estimated 0.71);
 * texts sharing half their shingles are the same text for annotation purposes.</li>
 * <li><b>Shingle-related at 0.2.</b> {@link DuplicateIndex} also reports pairs sharing a fifth of their
 * shingles (its {@link Relation#RELATED} tier, and the floor of its candidate check). The corpus analysis
 * keeps only its near-duplicates: independent rewrites of the same wire story (sample 000/002) share only
 * about 2% of their 3-shingles, which no small sketch can tell from topic noise, so related documents
 * come from the vocabulary measure of {@link RelatedIndex} instead.</li>
 * <li><b>Boilerplate stripped.</b> Signatures are computed over the text minus the regions proposed by
 * {@code aurum.corpus.boilerplate}: same-site menus and footers otherwise make unrelated articles look
 * alike, and long "featured stories" lists make copies look different (001/004, exact: 0.44 with, 0.66
 * without).</li>
 * </ul>
 *
 * @param shingleSize words per shingle
 * @param hashCount MinHash values per signature; must equal {@code bands * rows}
 * @param bands LSH bands
 * @param nearDuplicate minimum estimated Jaccard similarity for a near-duplicate
 * @param related minimum estimated Jaccard similarity for a related pair
 * @param seed seed of the hash family; part of the stored format
 * @param stripBoilerplate whether {@link SignatureFactory} signs the page minus proposed boilerplate
 */
public record DedupSettings(int shingleSize, int hashCount, int bands, double nearDuplicate, double related,
        long seed, boolean stripBoilerplate) {

    /** The settings explained above. */
    public static final DedupSettings DEFAULT = new DedupSettings(3, 128, 64, 0.5, 0.2, 0x41757275_6d2d3031L, true);

    public DedupSettings {
        if (shingleSize < 1 || hashCount < 1 || bands < 1 || hashCount % bands != 0) {
            throw new IllegalArgumentException("need shingleSize >= 1 and hashCount a multiple of bands");
        }
        if (!(0 < related && related <= nearDuplicate && nearDuplicate <= 1)) {
            throw new IllegalArgumentException("need 0 < related <= nearDuplicate <= 1");
        }
    }

    /** MinHash values per band. */
    public int rows() {
        return hashCount / bands;
    }
}
