package aurum.corpus.dedup;

import aurum.corpus.boilerplate.BoilerplateDetector;
import aurum.corpus.boilerplate.RegionText;

/**
 * What import calls: the signature of an imported page under the corpus settings, by default over the
 * page minus its proposed boilerplate (see {@link DedupSettings} for why). Thread-safe.
 */
public final class SignatureFactory {

    private final DedupSettings settings;
    private final MinHasher hasher;
    private final BoilerplateDetector boilerplate = new BoilerplateDetector();

    public SignatureFactory(DedupSettings settings) {
        this.settings = settings;
        this.hasher = new MinHasher(settings);
    }

    public DedupSettings settings() {
        return settings;
    }

    /** The signature of a page's words, split by {@link TextNormalizer#words} from the text to sign. */
    public Signature signWords(java.util.List<String> words) {
        return hasher.signWords(words);
    }

    /** The signature of a page whose boilerplate regions are known already (proposed once, at import). */
    public Signature sign(String page, java.util.List<aurum.corpus.boilerplate.ExcludedRegion> regions) {
        return hasher.sign(settings.stripBoilerplate() ? RegionText.blankOut(page, regions) : page);
    }

    /** The signature of a page as imported. */
    public Signature sign(String page) {
        String text = settings.stripBoilerplate() ? RegionText.blankOut(page, boilerplate.propose(page)) : page;
        return hasher.sign(text);
    }
}
