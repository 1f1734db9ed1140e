package aurum.editor.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.SpanStatus;
import aurum.editor.Fixtures;

class LabelRowsTest {

    @Test
    void rowsFollowTheHierarchyAndCountSuggestionsApart() {
        Layer layer = new Layer(Fixtures.document(), LayerOwner.annotator("a"));
        layer.add(Fixtures.span("Tokyo", 0, "LOC", SpanStatus.MANUAL));
        layer.add(Fixtures.span("Tokyo", 1, "LOC", SpanStatus.ACCEPTED));
        layer.add(Fixtures.span("Tokyo", 2, "LOC", SpanStatus.SUGGESTED));
        layer.add(Fixtures.span("met", 0, "LOC", SpanStatus.REJECTED));
        layer.add(Fixtures.span("Jose", 0, "NOT_IN_SET", SpanStatus.MANUAL));
        List<LabelRow> rows = LabelRows.of(Fixtures.labels(), layer);
        assertEquals(List.of("LOC", "CITY", "ORG", "PERSON"), rows.stream().map(r -> r.label().id()).toList());
        assertEquals(List.of(0, 1, 0, 0), rows.stream().map(LabelRow::depth).toList());
        assertEquals(2, rows.get(0).count());
        assertEquals(1, rows.get(0).suggested());
        assertEquals("l", rows.get(0).hotkeyText());
        assertEquals("", rows.get(3).hotkeyText());
    }

    @Test
    void withoutALayerEveryCountIsZero() {
        assertEquals(0, LabelRows.of(Fixtures.labels(), null).stream().mapToInt(r -> r.count() + r.suggested()).sum());
    }
}
