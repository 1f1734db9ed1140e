package aurum.labels.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import aurum.core.model.Document;
import aurum.core.model.DocumentMetadata;
import aurum.core.model.LabelDefinition;
import aurum.core.model.LabelSet;
import aurum.core.model.LabelSetRef;
import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.Span;
import aurum.core.model.SpanStatus;
import aurum.corpus.store.CorpusSettings;
import aurum.corpus.store.CorpusStore;

class ImportedLabelSetTest {

    private static final LabelSet NEWS = new LabelSet("news", "News", "1.0.0",
            List.of(LabelDefinition.of("GPE", "Place").withHotkey('g'), LabelDefinition.of("OFFICIAL", "Official")
                    .withHotkey('p'), LabelDefinition.of("WEAPON", "Weapon").withHotkey('w'),
                    LabelDefinition.of("HYPERSONIC", "Hypersonic").withParent("WEAPON")));

    @TempDir
    Path dir;

    private static void tag(CorpusStore store, String id, String owner, String... labels) throws Exception {
        Layer layer = store.loadLayer(id, LayerOwner.annotator(owner));
        long revision = layer.revision();
        for (String label : labels) {
            layer.add(Span.builder().range(0, 3).label(label).status(SpanStatus.MANUAL).build());
        }
        store.saveLayer(layer, revision);
    }

    @Test
    void conllLabelsGetNamesColoursAndDistinctHotkeys() {
        LabelSet set = ImportedLabelSet.create(new LabelSetRef("conll", "1.0.0"), "CoNLL",
                List.of("PER", "LOC", "ORG", "MISC"), Optional.empty());
        assertEquals(List.of("LOC", "MISC", "ORG", "PER"), set.labels().stream().map(LabelDefinition::id).toList());
        assertEquals("Person", set.label("PER").orElseThrow().displayName());
        Set<Character> hotkeys = new TreeSet<>();
        set.labels().forEach(l -> hotkeys.add(l.hotkey()));
        assertEquals(4, hotkeys.size(), "one hotkey each: " + hotkeys);
        assertEquals(Character.valueOf('l'), set.label("LOC").orElseThrow().hotkey());
        assertNotEquals(set.label("LOC").orElseThrow().colour(), set.label("PER").orElseThrow().colour());
    }

    @Test
    void labelsTheCurrentSetDefinesKeepTheirDefinitionAndParentsAndNewOnesAvoidTheirHotkeys() {
        LabelSet set = ImportedLabelSet.create(new LabelSetRef("mine", "1.0.0"), "Mine", List.of("GPE", "HYPERSONIC", "PER",
                "PLACE"), Optional.of(NEWS));
        assertEquals(List.of("GPE", "WEAPON", "HYPERSONIC", "PER", "PLACE"),
                set.labels().stream().map(LabelDefinition::id).toList());
        assertEquals(NEWS.label("GPE"), set.label("GPE"));
        assertTrue(set.labels().stream().filter(l -> !NEWS.contains(l.id())).noneMatch(l -> l.hotkey() == 'g'
                || l.hotkey() == 'w'), set.labels().toString());
        assertEquals(new TreeSet<>(List.of("PER", "PLACE")), ImportedLabelSet.missing(List.of("GPE", "PER", "PLACE"),
                Optional.of(NEWS)));
    }

    @Test
    void theCorpusGetsItsOwnFileMadeFromEveryLayersLabelsAndCorpusJsonPointsAtIt() throws Exception {
        CorpusStore store = CorpusStore.create(dir.resolve("conll-2003"), CorpusSettings.of("conll", NEWS.ref()));
        store.addDocument(Document.imported("d1", "Abe in Tokyo.", DocumentMetadata.NONE));
        store.addDocument(Document.imported("d2", "Kim in Seoul.", DocumentMetadata.NONE));
        tag(store, "d1", "import", "PER", "LOC");
        tag(store, "d2", "alice", "GPE", "MISC");
        LabelSet created = ImportedLabelSet.createFor(store, Optional.of(new CorpusLabelSet(NEWS, "installed", false,
                List.of())));
        assertEquals(new LabelSetRef("conll-2003", "1.0.0"), created.ref());
        assertEquals(Set.of("GPE", "LOC", "MISC", "PER"), new TreeSet<>(created.labels().stream().map(LabelDefinition::id)
                .toList()));
        CorpusStore reopened = CorpusStore.open(store.directory());
        assertEquals(created.ref(), reopened.settings().labelSet());
        CorpusLabelSet resolved = new CorpusLabelSets(() -> List.of(NEWS)).resolve(reopened);
        assertEquals(created, resolved.labelSet());
        assertTrue(resolved.fromCorpusFile());

        tag(store, "d2", "bob", "DATE");
        LabelSet again = ImportedLabelSet.createFor(store, Optional.of(resolved));
        assertEquals(new LabelSetRef("conll-2003", "1.1.0"), again.ref(), "the corpus's own set gets a new version");
        assertEquals(created.label("PER"), again.label("PER"));
        assertTrue(again.contains("DATE"));
    }
}
