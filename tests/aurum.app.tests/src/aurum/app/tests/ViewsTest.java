package aurum.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import aurum.app.tests.fakes.FakeAnnotatedDocument;
import aurum.app.tests.fakes.FakeEditor;
import aurum.core.model.Span;
import aurum.core.model.SpanStatus;
import aurum.core.validation.Severity;
import aurum.editor.annotations.AnnotationsView;
import aurum.editor.annotations.SpanColumn;
import aurum.editor.labels.LabelRow;
import aurum.editor.labels.LabelsView;
import aurum.editor.problems.Finding;
import aurum.editor.problems.ProblemsView;
import aurum.editor.properties.AttributeField;
import aurum.editor.properties.SpanPropertiesView;
import aurum.editor.views.AnnotatedDocumentView;

/** The Labels, Annotations, Properties and Problems views following a fake annotation editor. */
class ViewsTest {

    private FakeAnnotatedDocument document;

    @BeforeEach
    void openFakeEditor() throws Exception {
        Ui.page().closeAllEditors(false);
        document = new FakeAnnotatedDocument();
        Ui.openFake(document);
    }

    @AfterEach
    void closeEditors() {
        Ui.page().closeAllEditors(false);
        Ui.settle();
    }

    private <T> T view(String id, Class<T> type) throws Exception {
        T view = type.cast(Ui.page().showView(id, null, org.eclipse.ui.IWorkbenchPage.VIEW_VISIBLE));
        Ui.settle();
        return view;
    }

    @Test
    void viewsSayNoEditorIsOpenAndDetachWhenItCloses() throws Exception {
        LabelsView labels = view(LabelsView.ID, LabelsView.class);
        AnnotationsView annotations = view(AnnotationsView.ID, AnnotationsView.class);
        assertFalse(labels.showsNoEditorPage());
        assertTrue(document.listenerCount() >= 2);
        Ui.page().closeAllEditors(false);
        Ui.settle();
        for (AnnotatedDocumentView v : List.of(labels, annotations)) {
            assertTrue(v.showsNoEditorPage(), v.getTitle());
            assertEquals(null, v.document());
        }
        assertEquals(0, document.listenerCount(), "no view keeps listening to a closed editor's document");
        assertTrue(labels.rows().isEmpty());
        assertTrue(annotations.rows().isEmpty());
    }

    @Test
    void aViewOpenedWithoutAnEditorSaysSo() throws Exception {
        Ui.page().closeAllEditors(false);
        Ui.page().hideView(Ui.page().findView(ProblemsView.ID));
        Ui.settle();
        ProblemsView problems = view(ProblemsView.ID, ProblemsView.class);
        assertTrue(problems.showsNoEditorPage());
        Ui.openFake(document);
        assertFalse(problems.showsNoEditorPage());
    }

    @Test
    void labelsShowThePaletteWithCountsAndGuidelines() throws Exception {
        LabelsView labels = view(LabelsView.ID, LabelsView.class);
        List<LabelRow> rows = labels.rows();
        assertEquals(List.of("PERSON", "ORG", "GPE", "CITY", "MONEY"), rows.stream().map(r -> r.label().id()).toList());
        LabelRow person = rows.get(0);
        assertEquals(3, person.count());
        assertEquals("p", person.hotkeyText());
        LabelRow org = rows.get(1);
        assertEquals(1, org.count(), "the suggestion is counted apart");
        assertEquals(1, org.suggested());
        assertEquals(1, rows.get(3).depth(), "CITY sits under GPE");
        labels.viewer().getTable().setSelection(4);
        labels.viewer().setSelection(labels.viewer().getSelection());
        labels.viewer().getTable().notifyListeners(SWT.Selection, new Event());
        Ui.settle();
        assertTrue(labels.guidelineText().contains("Amounts with their currency."), labels.guidelineText());
    }

    @Test
    void enterOnALabelTagsTheEditorsSelection() throws Exception {
        LabelsView labels = view(LabelsView.ID, LabelsView.class);
        labels.viewer().getTable().setSelection(2);
        Event enter = new Event();
        enter.keyCode = SWT.CR;
        labels.viewer().getTable().notifyListeners(SWT.KeyDown, enter);
        assertEquals(List.of("tagSelection:GPE"), document.calls);
    }

    @Test
    void labelCountsFollowLayerChanges() throws Exception {
        LabelsView labels = view(LabelsView.ID, LabelsView.class);
        document.delete(document.layer().spans().get(0));
        Ui.settle();
        assertEquals(2, labels.rows().get(0).count());
    }

    @Test
    void annotationsListEverySpanAndSortByColumn() throws Exception {
        AnnotationsView annotations = view(AnnotationsView.ID, AnnotationsView.class);
        assertEquals(document.layer().size(), annotations.rows().size());
        List<Integer> starts = annotations.rows().stream().map(Span::start).toList();
        assertEquals(starts.stream().sorted().toList(), starts);
        annotations.sortBy(SpanColumn.LABEL, true);
        List<String> labels = annotations.rows().stream().map(Span::labelId).toList();
        assertEquals(labels.stream().sorted().toList(), labels);
        annotations.sortBy(SpanColumn.START, false);
        assertEquals(document.layer().spans().get(document.layer().size() - 1), annotations.rows().get(0));
        annotations.sortBy(SpanColumn.START, true);
        Span money = annotations.rows().stream().filter(s -> s.labelId().equals("MONEY")).findFirst().orElseThrow();
        assertEquals("$5 billion", SpanColumn.TEXT.text(money, FakeAnnotatedDocument.TEXT));
        assertEquals("accepted", SpanColumn.STATUS.text(money, FakeAnnotatedDocument.TEXT));
    }

    @Test
    void selectingARowRevealsTheSpanAndDeleteDeletesIt() throws Exception {
        AnnotationsView annotations = view(AnnotationsView.ID, AnnotationsView.class);
        Span second = annotations.rows().get(1);
        annotations.selectRows(1);
        assertEquals(List.of("reveal:" + second.id()), document.calls);
        Event delete = new Event();
        delete.keyCode = SWT.DEL;
        annotations.viewer().getTable().notifyListeners(SWT.KeyDown, delete);
        assertTrue(document.calls.contains("delete:" + second.id()));
        Ui.settle();
        assertEquals(document.layer().size(), annotations.rows().size());
        assertFalse(annotations.rows().contains(second));
    }

    @Test
    void enterOnASuggestedRowAcceptsItAndOnlyIt() throws Exception {
        AnnotationsView annotations = view(AnnotationsView.ID, AnnotationsView.class);
        List<Span> rows = annotations.rows();
        int suggested = rows.indexOf(rows.stream().filter(s -> s.status() == SpanStatus.SUGGESTED).findFirst().orElseThrow());
        annotations.viewer().getTable().setSelection(new int[] { 0, suggested });
        annotations.viewer().getTable().notifyListeners(SWT.DefaultSelection, new Event());
        assertEquals(List.of("accept:" + rows.get(suggested).id()), document.calls);
    }

    @Test
    void aLayerOf100kSpansIsShownInAVirtualTable() throws Exception {
        AnnotationsView annotations = view(AnnotationsView.ID, AnnotationsView.class);
        FakeAnnotatedDocument large = FakeAnnotatedDocument.large(100_000);
        long start = System.nanoTime();
        Ui.openFake(large);
        // the virtual table grows by AnnotationsView.ROWS_PER_STEP rows per event, so the editor stays responsive
        assertTrue(Ui.waitUntil(() -> annotations.viewer().getTable().getItemCount() == 100_000, 20_000));
        long opened = System.nanoTime();
        annotations.sortBy(SpanColumn.LABEL, true);
        long sorted = System.nanoTime();
        assertEquals("GPE", annotations.rows().get(0).labelId());
        long deleting = System.nanoTime();
        large.delete(large.layer().spans().get(5));
        assertTrue(Ui.waitUntil(() -> annotations.viewer().getTable().getItemCount() == 99_999, 20_000));
        System.out.printf("Annotations view, 100k spans: delete to table updated %d ms (all views refresh)%n",
                (System.nanoTime() - deleting) / 1_000_000);
        // a figure for the report, not an assertion: wall-clock time depends on the machine
        System.out.printf("Annotations view, 100k spans: open+show %d ms (includes 300 ms settle), sort by label %d ms%n",
                (opened - start) / 1_000_000, (sorted - opened) / 1_000_000);
    }

    @Test
    void editorSelectionSelectsTheRow() throws Exception {
        AnnotationsView annotations = view(AnnotationsView.ID, AnnotationsView.class);
        Span tokyo = document.layer().spans().stream().filter(s -> s.labelId().equals("GPE")).findFirst().orElseThrow();
        document.select(tokyo);
        Ui.settle();
        assertEquals(List.of(tokyo), annotations.selectedSpans());
    }

    @Test
    void propertiesEditTypedAttributesAndTheNote() throws Exception {
        SpanPropertiesView properties = view(SpanPropertiesView.ID, SpanPropertiesView.class);
        Span money = document.layer().spans().stream().filter(s -> s.labelId().equals("MONEY")).findFirst().orElseThrow();
        document.select(money);
        Ui.settle();
        assertEquals(money.id(), properties.span().orElseThrow().id());
        List<AttributeField> fields = properties.fields();
        assertEquals(List.of("amount", "currency", "approximate", "source"),
                fields.stream().map(f -> f.definition().name()).toList());
        fields.get(0).enter("five");
        assertTrue(properties.statusText().contains("not a number"), properties.statusText());
        assertTrue(document.calls.isEmpty(), "a bad number is not stored");
        fields.get(0).enter("5000000000");
        Ui.settle();
        assertEquals(List.of("setAttribute:" + money.id() + ":amount=NumberValue[value=5E+9]"), document.calls);
        properties.fields().get(1).enter("USD");
        Ui.settle();
        properties.fields().get(2).enter("true");
        Ui.settle();
        properties.noteField().setText("check the exchange rate");
        properties.commitNote();
        Ui.settle();
        Span stored = document.layer().find(money.id()).orElseThrow();
        assertEquals("USD", SpanColumn.valueText(stored.attributes().get("currency")));
        assertEquals("true", SpanColumn.valueText(stored.attributes().get("approximate")));
        assertEquals("check the exchange rate", stored.note());
        assertEquals("5000000000", properties.fields().get(0).value(), "the form shows the stored values");
        properties.fields().get(1).enter("");
        Ui.settle();
        assertFalse(document.layer().find(money.id()).orElseThrow().attributes().containsKey("currency"),
                "the empty choice removes the attribute");
    }

    @Test
    void problemsListValidationAndConsistencyFindingsAndReveal() throws Exception {
        ProblemsView problems = view(ProblemsView.ID, ProblemsView.class);
        document.layer().add(document.span("met ", 0, "NOPE", SpanStatus.MANUAL));
        document.select();
        document.delete(document.span("Abe", 0, "PERSON", SpanStatus.MANUAL));
        // the view re-checks after the event that changed the layer; the consistency finding was there before
        assertTrue(Ui.waitUntil(() -> !problems.isChecking()
                && problems.findings().stream().anyMatch(f -> f.message().contains("NOPE")), 10_000),
                () -> problems.findings().toString());
        List<Finding> findings = problems.findings();
        assertTrue(findings.stream().anyMatch(f -> f.severity() == Severity.ERROR && f.message().contains("NOPE")),
                findings.toString());
        Finding inconsistent = findings.stream().filter(f -> f.source().equals("consistency")).findFirst().orElseThrow();
        assertTrue(inconsistent.message().contains("GPE"), inconsistent.message());
        assertEquals(FakeAnnotatedDocument.TEXT.indexOf("tokyo"), inconsistent.offset());
        List<Integer> offsets = findings.stream().map(Finding::offset).toList();
        assertEquals(offsets.stream().sorted().toList(), offsets);
        document.calls.clear();
        problems.reveal(inconsistent);
        assertEquals(List.of("reveal:" + inconsistent.spanId()), document.calls);
        Ui.screenshot("views-problems.png");
    }

    @Test
    void screenshotOfTheWorkbenchWithItsViews() throws Exception {
        view(AnnotationsView.ID, AnnotationsView.class);
        view(LabelsView.ID, LabelsView.class);
        Span money = document.layer().spans().stream().filter(s -> s.labelId().equals("MONEY")).findFirst().orElseThrow();
        document.reveal(money);
        Ui.settle();
        Ui.screenshot("views-workbench.png");
        assertTrue(Ui.page().getActiveEditor() instanceof FakeEditor);
    }
}
