package aurum.editor.internal.session;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.ServiceCaller;

import aurum.core.model.LabelDefinition;
import aurum.core.model.LabelSet;
import aurum.core.model.LabelSetRef;
import aurum.core.model.Layer;
import aurum.core.model.Rgb;
import aurum.core.model.Span;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.CorpusStoreException;
import aurum.labels.corpus.CorpusLabelSets;
import aurum.labels.format.LabelSetFormatException;
import aurum.labels.registry.LabelSetRegistry;

/**
 * Finds the label set of a corpus: its own label-set file, or the set it refers to in the
 * {@link LabelSetRegistry} service. When the corpus names
 * none, or the set is not installed, it makes one from the label ids found in the layer, with distinct
 * colours and the first free letter of each id as hotkey, so that imported work can still be reviewed.
 */
public final class LabelSetResolver {

    private static final Rgb[] PALETTE = {new Rgb(46, 125, 50), new Rgb(21, 101, 192), new Rgb(198, 40, 40),
        new Rgb(106, 27, 154), new Rgb(239, 108, 0), new Rgb(0, 131, 143), new Rgb(173, 20, 87),
        new Rgb(85, 139, 47), new Rgb(69, 90, 100), new Rgb(141, 110, 99)};

    private LabelSetResolver() {
    }

    /** The installed label set {@code ref} names, if any. */
    public static Optional<LabelSet> installed(LabelSetRef ref) {
        if (ref == null) {
            return Optional.empty();
        }
        AtomicReference<LabelSet> found = new AtomicReference<>();
        ServiceCaller.callOnce(LabelSetResolver.class, LabelSetRegistry.class,
                registry -> registry.find(ref.id(), ref.version()).ifPresent(found::set));
        return Optional.ofNullable(found.get());
    }

    /** The installed set, or one made from the labels of {@code layer}. */
    public static LabelSet resolve(LabelSetRef ref, Layer layer) {
        return installed(ref).orElseGet(() -> fromLayer(ref, layer));
    }

    /**
     * The corpus's own label set ({@value CorpusLabelSets#FILE}, written by label migrations) when it has
     * one, else as {@link #resolve(LabelSetRef, Layer)}.
     *
     * @throws CorpusStoreException if the corpus's label-set file is malformed; the message names the file
     */
    public static LabelSet resolve(CorpusStore store, Layer layer) throws CorpusStoreException {
        try {
            Optional<LabelSet> own = CorpusLabelSets.readCorpusFile(store.directory());
            if (own.isPresent()) {
                return own.get();
            }
        } catch (LabelSetFormatException e) {
            throw new CorpusStoreException(e.getMessage(), e);
        }
        return resolve(store.settings().labelSet(), layer);
    }

    /**
     * The label set that declares what a corpus's spans may carry: its own ({@value CorpusLabelSets#FILE})
     * or the installed one it names; empty when neither is there (then nothing is checked on import).
     *
     * @throws CorpusStoreException if the corpus's label-set file is malformed; the message names the file
     */
    public static Optional<LabelSet> declared(CorpusStore store) throws CorpusStoreException {
        try {
            Optional<LabelSet> own = CorpusLabelSets.readCorpusFile(store.directory());
            if (own.isPresent()) {
                return own;
            }
        } catch (LabelSetFormatException e) {
            throw new CorpusStoreException(e.getMessage(), e);
        }
        return installed(store.settings().labelSet());
    }

    /** A label set holding the label ids used in {@code layer}. */
    public static LabelSet fromLayer(LabelSetRef ref, Layer layer) {
        Set<String> ids = new LinkedHashSet<>();
        for (Span span : layer.spans()) {
            ids.add(span.labelId());
        }
        List<LabelDefinition> labels = new ArrayList<>();
        Set<Character> keys = new HashSet<>();
        int index = 0;
        for (String id : ids) {
            labels.add(new LabelDefinition(id, id, "", PALETTE[index++ % PALETTE.length], freeKey(id, keys),
                    null, List.of()));
        }
        String name = ref == null ? "labels found in the layer" : ref.id() + " " + ref.version() + " (not installed)";
        return new LabelSet(ref == null ? "found" : ref.id(), name, ref == null ? "0" : ref.version(), labels);
    }

    private static Character freeKey(String id, Set<Character> taken) {
        for (char c : id.toLowerCase().toCharArray()) {
            if (Character.isLetterOrDigit(c) && taken.add(c)) {
                return c;
            }
        }
        return null;
    }
}
