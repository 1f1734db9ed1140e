package aurum.labels.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import aurum.core.model.AttributeDefinition;
import aurum.core.model.AttributeType;
import aurum.core.model.AttributeValue;
import aurum.core.model.Document;
import aurum.core.model.DocumentMetadata;
import aurum.core.model.LabelDefinition;
import aurum.core.model.LabelSet;
import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.Span;
import aurum.core.model.SpanStatus;
import aurum.corpus.store.ConflictException;
import aurum.corpus.store.CorpusSettings;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.CorpusStoreException;
import aurum.labels.corpus.CorpusLabelSets;

class LabelMigrationTest {

    private static final String TEXT = "\uD83D\uDE80 Tokyo\u00A0and Osaka\r\nsent \u201Cships\u201D.";
    private static final LabelSet NEWS = new LabelSet("news", "News", "1.0.0", List.of(
            LabelDefinition.of("LOC", "Place").withHotkey('l'), LabelDefinition.of("GPE", "Country").withHotkey('g'),
            LabelDefinition.of("LOC.CITY", "City").withParent("LOC"), LabelDefinition.of("WEAPON", "WEAPON")));
    private static final LayerOwner ALICE = LayerOwner.annotator("alice");

    @TempDir
    Path dir;
    private CorpusStore store;

    @BeforeEach
    void corpus() throws Exception {
        store = CorpusStore.create(dir.resolve("c"), CorpusSettings.of("c", NEWS.ref()));
        store.addDocument(Document.imported("d1", TEXT, DocumentMetadata.NONE));
        store.addDocument(Document.imported("d2", TEXT + " More.", DocumentMetadata.NONE));
        save("d1", ALICE, span("a1", "Tokyo", "LOC"), span("a2", "Osaka", "LOC"), span("a3", "ships", "WEAPON"));
        save("d1", LayerOwner.GOLD, span("g1", "Tokyo", "LOC"));
        save("d2", LayerOwner.annotator("bob"), span("b1", "Osaka", "GPE"));
    }

    private static Span span(String id, String covered, String label) {
        int start = TEXT.indexOf(covered);
        return Span.builder().id(id).range(start, start + covered.length()).label(label)
                .attribute("note", AttributeValue.ofString("x")).status(SpanStatus.ACCEPTED).build();
    }

    private void save(String doc, LayerOwner owner, Span... spans) throws Exception {
        Layer layer = store.loadLayer(doc, owner);
        long revision = layer.revision();
        layer.addAll(List.of(spans));
        store.saveLayer(layer, revision);
    }

    private Map<String, String> labels(String doc, LayerOwner owner) throws Exception {
        return store.loadLayer(doc, owner).spans().stream()
                .collect(java.util.stream.Collectors.toMap(Span::id, Span::labelId));
    }

    @Test
    void previewCountsChangedSpansPerLayerAndChangesNothing() throws Exception {
        MigrationPreview preview = LabelMigration.preview(store, NEWS, new LabelChange.Rename("LOC", "PLACE"));
        assertEquals(List.of(new LayerChange("d1", LayerOwner.GOLD, 1, 1, 0), new LayerChange("d1", ALICE, 1, 2, 0)),
                preview.layers());
        assertEquals(3, preview.spans());
        assertEquals("2.0.0", preview.after().version());
        assertEquals("LOC", labels("d1", ALICE).get("a1"));
        assertFalse(Files.exists(store.directory().resolve("labelset.json")));
    }

    @Test
    void renameRelabelsEveryLayerMovesChildrenAndGivesTheCorpusANewVersion() throws Exception {
        AppliedMigration applied = LabelMigration.preview(store, NEWS, new LabelChange.Rename("LOC", "PLACE")).apply();
        assertEquals(3, applied.spans());
        assertEquals(Map.of("a1", "PLACE", "a2", "PLACE", "a3", "WEAPON"), labels("d1", ALICE));
        assertEquals(Map.of("g1", "PLACE"), labels("d1", LayerOwner.GOLD));
        LabelSet now = CorpusLabelSets.readCorpusFile(store.directory()).orElseThrow();
        assertEquals("2.0.0", now.version());
        assertEquals("PLACE", now.label("LOC.CITY").orElseThrow().parentId());
        assertEquals('l', now.label("PLACE").orElseThrow().hotkey());
        assertEquals(now.ref(), CorpusStore.open(store.directory()).settings().labelSet());
        assertEquals("x", ((AttributeValue.StringValue) store.loadLayer("d1", ALICE).find("a1").orElseThrow()
                .attributes().get("note")).value(), "attributes survive");
    }

    @Test
    void mergeMovesSpansIntoTheOtherLabelAndRemovesTheLabel() throws Exception {
        LabelMigration.preview(store, NEWS, new LabelChange.Merge("GPE", "LOC")).apply();
        assertEquals(Map.of("b1", "LOC"), labels("d2", LayerOwner.annotator("bob")));
        assertFalse(CorpusLabelSets.readCorpusFile(store.directory()).orElseThrow().contains("GPE"));
    }

    @Test
    void deleteRemovesTheSpansAndUndoBringsThemBackWholeAfterARestart() throws Exception {
        Span before = store.loadLayer("d1", ALICE).find("a3").orElseThrow();
        MigrationPreview preview = LabelMigration.preview(store, NEWS, new LabelChange.Delete("WEAPON"));
        assertEquals(List.of(new LayerChange("d1", ALICE, 1, 0, 1)), preview.layers());
        preview.apply();
        assertFalse(store.loadLayer("d1", ALICE).contains("a3"));

        CorpusStore reopened = CorpusStore.open(store.directory());
        UndoneMigration undone = LabelMigration.undoLast(reopened).orElseThrow();
        assertEquals("delete WEAPON", undone.change());
        assertEquals(before, reopened.loadLayer("d1", ALICE).find("a3").orElseThrow());
        assertFalse(Files.exists(store.directory().resolve("labelset.json")), "the corpus had no file before");
        assertEquals(NEWS.ref(), CorpusStore.open(store.directory()).settings().labelSet());
        assertTrue(LabelMigration.undoLast(reopened).isEmpty(), "nothing left to undo");
    }

    @Test
    void undoesStackNewestFirst() throws Exception {
        LabelMigration.preview(store, NEWS, new LabelChange.Rename("LOC", "PLACE")).apply();
        LabelSet v2 = CorpusLabelSets.readCorpusFile(store.directory()).orElseThrow();
        LabelMigration.preview(store, v2, new LabelChange.Merge("GPE", "PLACE")).apply();
        assertEquals("3.0.0", CorpusLabelSets.readCorpusFile(store.directory()).orElseThrow().version());
        assertEquals("merge GPE into PLACE", LabelMigration.undoLast(store).orElseThrow().change());
        assertEquals(v2, CorpusLabelSets.readCorpusFile(store.directory()).orElseThrow());
        assertEquals(Map.of("b1", "GPE"), labels("d2", LayerOwner.annotator("bob")));
        LabelMigration.undoLast(store);
        assertEquals(Map.of("a1", "LOC", "a2", "LOC", "a3", "WEAPON"), labels("d1", ALICE));
    }

    @Test
    void aLayerSavedAfterThePreviewStopsTheMigrationWithNothingChanged() throws Exception {
        MigrationPreview preview = LabelMigration.preview(store, NEWS, new LabelChange.Rename("LOC", "PLACE"));
        save("d1", ALICE, span("a4", "sent", "LOC"));
        ConflictException e = assertThrows(ConflictException.class, preview::apply);
        assertEquals("d1", e.documentId());
        assertEquals("LOC", labels("d1", LayerOwner.GOLD).get("g1"));
        assertFalse(Files.exists(store.directory().resolve("labelset.json")));
        assertTrue(LabelMigration.undoLast(store).isEmpty(), "no journal for a migration that did not happen");
    }

    @Test
    void undoIsRefusedWhenALayerWasSavedAfterTheMigration() throws Exception {
        LabelMigration.preview(store, NEWS, new LabelChange.Rename("LOC", "PLACE")).apply();
        save("d1", ALICE, span("a4", "sent", "PLACE"));
        CorpusStoreException e = assertThrows(CorpusStoreException.class, () -> LabelMigration.undoLast(store));
        assertTrue(e.getMessage().contains("document 'd1' (annotator 'alice')") && e.getMessage().contains("Nothing"),
                e.getMessage());
        assertEquals("PLACE", labels("d1", LayerOwner.GOLD).get("g1"), "the gold layer was not reverted either");
    }

    @Test
    void changesThatDoNotFitTheLabelSetAreRefusedWithAReason() {
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> LabelMigration.preview(store, NEWS, new LabelChange.Rename("LOC", "GPE"))).getMessage()
                .contains("merge LOC into GPE"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> LabelMigration.preview(store, NEWS, new LabelChange.Delete("LOC"))).getMessage()
                .contains("LOC.CITY"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> LabelMigration.preview(store, NEWS, new LabelChange.Delete("NOPE"))).getMessage()
                .contains("has no label NOPE"));
    }

    /** A label set that, like news 1.0.0, has a sub-type both as a child label and as an attribute value. */
    private static final LabelSet TWO_FORMS = new LabelSet("news", "News", "1.0.0", List.of(
            LabelDefinition.of("WEAPON", "Weapon").withHotkey('w').withAttributes(
                    AttributeDefinition.ofEnum("topic", "SPACE", "BALLISTIC_MISSILE"),
                    AttributeDefinition.of("note", AttributeType.STRING)),
            LabelDefinition.of("WEAPON.SPACE", "Space").withParent("WEAPON").withHotkey('p'),
            LabelDefinition.of("GPE", "Country")));

    private CorpusStore twoForms() throws Exception {
        CorpusStore corpus = CorpusStore.create(dir.resolve("two"), CorpusSettings.of("two", TWO_FORMS.ref()));
        corpus.addDocument(Document.imported("d1", TEXT, DocumentMetadata.NONE));
        Layer layer = corpus.loadLayer("d1", ALICE);
        long revision = layer.revision();
        layer.add(span("s", "Tokyo", "WEAPON").withAttribute("topic", AttributeValue.ofEnum("SPACE")));
        layer.add(span("b", "Osaka", "WEAPON").withAttribute("topic", AttributeValue.ofEnum("BALLISTIC_MISSILE")));
        layer.add(span("n", "ships", "WEAPON"));
        layer.add(span("c", "sent", "WEAPON.SPACE"));
        corpus.saveLayer(layer, revision);
        return corpus;
    }

    @Test
    void subtypesMoveAttributeValuesIntoChildLabelsAddTheMissingChildAndDropTheAttribute() throws Exception {
        CorpusStore corpus = twoForms();
        Span before = corpus.loadLayer("d1", ALICE).find("s").orElseThrow();
        MigrationPreview preview = LabelMigration.preview(corpus, TWO_FORMS, new LabelChange.Subtypes("WEAPON", "topic"));
        assertEquals(List.of(new LayerChange("d1", ALICE, 1, 2, 0)), preview.layers(), "two spans carry a topic");
        preview.apply();
        Layer after = corpus.loadLayer("d1", ALICE);
        assertEquals("WEAPON.SPACE", after.find("s").orElseThrow().labelId());
        assertEquals(Map.of("note", AttributeValue.ofString("x")), after.find("s").orElseThrow().attributes(),
                "the topic went into the label; other attributes stay");
        assertEquals("WEAPON.BALLISTIC_MISSILE", after.find("b").orElseThrow().labelId());
        assertEquals("WEAPON", after.find("n").orElseThrow().labelId(), "a WEAPON without topic stays a WEAPON");
        LabelSet now = CorpusLabelSets.readCorpusFile(corpus.directory()).orElseThrow();
        assertEquals("2.0.0", now.version());
        assertTrue(now.label("WEAPON").orElseThrow().attribute("topic").isEmpty());
        assertEquals("WEAPON", now.label("WEAPON.BALLISTIC_MISSILE").orElseThrow().parentId());
        assertEquals("Ballistic missile", now.label("WEAPON.BALLISTIC_MISSILE").orElseThrow().displayName());
        assertEquals(List.of("WEAPON", "WEAPON.SPACE", "WEAPON.BALLISTIC_MISSILE", "GPE"),
                now.labels().stream().map(LabelDefinition::id).toList(), "the new child goes after its siblings");
        assertEquals(List.of(), new aurum.core.validation.SpanValidator(now).validate(after));

        UndoneMigration undone = LabelMigration.undoLast(CorpusStore.open(corpus.directory())).orElseThrow();
        assertEquals(2, undone.spans());
        assertEquals(before, corpus.loadLayer("d1", ALICE).find("s").orElseThrow(), "label and topic are back");
        assertEquals(TWO_FORMS.ref(), CorpusStore.open(corpus.directory()).settings().labelSet());
    }

    @Test
    void subtypesMoveTheCorpusToAnInstalledVersionWithTheSameLabels() throws Exception {
        CorpusStore corpus = twoForms();
        LabelSet installed = new LabelSet("news", "News", "2.0.0", List.of(
                LabelDefinition.of("WEAPON", "Weapon").withHotkey('w').withGuideline("Sub-types are child labels.")
                        .withAttributes(AttributeDefinition.of("note", AttributeType.STRING)),
                LabelDefinition.of("WEAPON.SPACE", "Space").withParent("WEAPON").withHotkey('p')
                        .withAttributes(AttributeDefinition.of("note", AttributeType.STRING)),
                LabelDefinition.of("WEAPON.BALLISTIC_MISSILE", "Ballistic missiles").withParent("WEAPON").withHotkey('b')
                        .withAttributes(AttributeDefinition.of("note", AttributeType.STRING)),
                LabelDefinition.of("GPE", "Country")));
        MigrationPreview preview = LabelMigration.preview(corpus, TWO_FORMS, new LabelChange.Subtypes("WEAPON", "topic"),
                List.of(TWO_FORMS, installed));
        assertEquals(installed, preview.after());
        preview.apply();
        assertEquals(installed, CorpusLabelSets.readCorpusFile(corpus.directory()).orElseThrow());
    }

    @Test
    void subtypesAreRefusedWhenASpanHasAValueWithoutAChildOrTheAttributeIsNotAnEnum() throws Exception {
        CorpusStore corpus = twoForms();
        Layer layer = corpus.loadLayer("d1", ALICE);
        long revision = layer.revision();
        layer.replace(layer.find("n").orElseThrow().withAttribute("topic", AttributeValue.ofEnum("LASER")));
        corpus.saveLayer(layer, revision);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LabelMigration.preview(corpus,
                TWO_FORMS, new LabelChange.Subtypes("WEAPON", "topic")));
        assertTrue(e.getMessage().contains("span 'n'") && e.getMessage().contains("WEAPON.LASER")
                && e.getMessage().contains("nothing was changed"), e.getMessage());
        assertFalse(Files.exists(corpus.directory().resolve("labelset.json")));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> LabelMigration.preview(corpus, TWO_FORMS,
                new LabelChange.Subtypes("WEAPON", "note"))).getMessage().contains("only an ENUM attribute"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> LabelMigration.preview(corpus, TWO_FORMS,
                new LabelChange.Subtypes("GPE", "topic"))).getMessage().contains("has no attribute topic"));
    }
}
