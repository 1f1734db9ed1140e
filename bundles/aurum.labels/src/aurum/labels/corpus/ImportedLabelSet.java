package aurum.labels.corpus;

import aurum.core.model.LabelDefinition;
import aurum.core.model.LabelSet;
import aurum.core.model.LabelSetRef;
import aurum.core.model.Rgb;
import aurum.corpus.index.DocumentQuery;
import aurum.corpus.index.IndexedDocument;
import aurum.corpus.index.LayerSummary;
import aurum.corpus.store.CorpusSettings;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.CorpusStoreException;
import aurum.corpus.store.DocumentIds;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The corpus's own label set made from the labels its spans use, for data imported with labels the
 * corpus's label set lacks (PER, LOC, ORG and MISC from a CoNLL-2003 file, say): {@code aurum import
 * --create-label-set} and the import wizard's label-set page. Labels the current set defines keep their
 * definition (colour, hotkey, guideline, attributes); the others get a name, a colour and a free hotkey.
 * Written as {@value CorpusLabelSets#FILE} with {@code corpus.json} pointing at it, so {@code aurum validate}
 * passes on the imported spans.
 */
public final class ImportedLabelSet {

    /** Names of labels that training data commonly uses (CoNLL-2003, OntoNotes). */
    private static final Map<String, String> KNOWN_NAMES = Map.ofEntries(Map.entry("PER", "Person"),
            Map.entry("PERSON", "Person"), Map.entry("LOC", "Location"), Map.entry("ORG", "Organization"),
            Map.entry("MISC", "Miscellaneous"), Map.entry("GPE", "Geo-political entity"), Map.entry("DATE", "Date"),
            Map.entry("TIME", "Time"), Map.entry("MONEY", "Money"), Map.entry("PERCENT", "Percent"),
            Map.entry("FAC", "Facility"), Map.entry("NORP", "Nationality, religious or political group"),
            Map.entry("PRODUCT", "Product"), Map.entry("EVENT", "Event"), Map.entry("WORK_OF_ART", "Work of art"),
            Map.entry("LAW", "Law"), Map.entry("LANGUAGE", "Language"), Map.entry("QUANTITY", "Quantity"),
            Map.entry("ORDINAL", "Ordinal"), Map.entry("CARDINAL", "Cardinal number"));

    /** Colours far apart on the wheel, light enough to underline text with. */
    private static final List<Rgb> PALETTE = List.of(new Rgb(0x1f, 0x77, 0xb4), new Rgb(0xff, 0x7f, 0x0e),
            new Rgb(0x2c, 0xa0, 0x2c), new Rgb(0xd6, 0x27, 0x28), new Rgb(0x94, 0x67, 0xbd), new Rgb(0x8c, 0x56, 0x4b),
            new Rgb(0xe3, 0x77, 0xc2), new Rgb(0x7f, 0x7f, 0x7f), new Rgb(0xbc, 0xbd, 0x22), new Rgb(0x17, 0xbe, 0xcf));

    private ImportedLabelSet() {
    }

    /**
     * The label ids used by any saved layer of the corpus, read from its index (brought up to date first);
     * rejected spans are not counted.
     */
    public static SortedSet<String> usedLabels(CorpusStore store) throws CorpusStoreException {
        store.index().refresh((done, total) -> { });
        SortedSet<String> used = new TreeSet<>();
        for (IndexedDocument document : store.index().find(DocumentQuery.ALL)) {
            for (LayerSummary layer : document.layers()) {
                used.addAll(layer.spansPerLabel().keySet());
            }
        }
        return used;
    }

    /** The ids of {@code used} that {@code labelSet} does not define (all of them without a label set). */
    public static SortedSet<String> missing(Collection<String> used, Optional<LabelSet> labelSet) {
        SortedSet<String> missing = new TreeSet<>();
        for (String id : used) {
            if (labelSet.isEmpty() || !labelSet.get().contains(id)) {
                missing.add(id);
            }
        }
        return missing;
    }

    /**
     * A label set holding {@code used}: the definitions of {@code base} where it has them, in its order
     * (with their parents, so a child label keeps its place), then the others in id order.
     */
    public static LabelSet create(LabelSetRef ref, String name, Collection<String> used, Optional<LabelSet> base) {
        List<LabelDefinition> labels = new ArrayList<>();
        Set<Character> hotkeys = new HashSet<>();
        Set<String> wanted = new TreeSet<>(used);
        if (base.isPresent()) {
            Set<String> keep = new HashSet<>();
            for (String id : wanted) {
                if (base.get().contains(id)) {
                    keep.addAll(base.get().path(id));
                }
            }
            for (LabelDefinition label : base.get().labels()) {
                if (keep.contains(label.id())) {
                    labels.add(label);
                    if (label.hotkey() != null) {
                        hotkeys.add(Character.toLowerCase(label.hotkey()));
                    }
                }
            }
            wanted.removeAll(keep);
        }
        int colour = 0;
        for (String id : wanted) {
            labels.add(new LabelDefinition(id, KNOWN_NAMES.getOrDefault(id, id), "Found in imported data.",
                    PALETTE.get(colour++ % PALETTE.size()), freeHotkey(id, hotkeys), null, List.of()));
        }
        return new LabelSet(ref.id(), name, ref.version(), labels, base.map(LabelSet::keepsNumberSigns).orElse(true));
    }

    /**
     * Makes the corpus's own label set from the labels its spans use, writes it as
     * {@value CorpusLabelSets#FILE} and points {@code corpus.json} at it. Its id is the corpus folder's name;
     * when the corpus already had a file of its own, the new set keeps its id with the next minor version.
     *
     * @param current the corpus's label set now, if it has one (its definitions are kept)
     * @return the label set written
     * @throws IOException if the corpus cannot be read or a file cannot be written ({@link CorpusStoreException}
     *         for the corpus); the old files are then untouched
     */
    public static LabelSet createFor(CorpusStore store, Optional<CorpusLabelSet> current)
            throws IOException {
        return createFor(store, current, store.directory().toAbsolutePath().normalize().getFileName().toString());
    }

    /**
     * Like {@link #createFor(CorpusStore, Optional)}, naming a new set {@code name} (made a valid id) rather than
     * after the folder: for a corpus imported into a temporary folder that is renamed into place afterwards.
     */
    public static LabelSet createFor(CorpusStore store, Optional<CorpusLabelSet> current, String name)
            throws IOException {
        SortedSet<String> used = usedLabels(store);
        Optional<LabelSet> base = current.map(CorpusLabelSet::labelSet);
        LabelSetRef ref = current.filter(CorpusLabelSet::fromCorpusFile)
                .map(own -> new LabelSetRef(own.labelSet().id(), nextMinor(own.labelSet().version())))
                .orElseGet(() -> new LabelSetRef(DocumentIds.sanitize(name.toLowerCase(Locale.ROOT)), "1.0.0"));
        LabelSet created = create(ref, store.settings().name() + " labels", used, base);
        CorpusLabelSets.writeCorpusFile(store.directory(), created);
        CorpusSettings settings = store.settings();
        store.saveSettings(new CorpusSettings(settings.name(), created.ref(), settings.settings()));
        return created;
    }

    private static Character freeHotkey(String id, Set<Character> taken) {
        for (char c : (id.toLowerCase(Locale.ROOT) + "abcdefghijklmnopqrstuvwxyz").toCharArray()) {
            if (c >= 'a' && c <= 'z' && taken.add(c)) {
                return c;
            }
        }
        return null;
    }

    private static String nextMinor(String version) {
        String[] parts = version.split("\\.");
        try {
            int minor = parts.length > 1 ? Integer.parseInt(parts[1]) + 1 : 1;
            return parts[0] + "." + minor + ".0";
        } catch (NumberFormatException e) {
            return version + ".1";
        }
    }
}
