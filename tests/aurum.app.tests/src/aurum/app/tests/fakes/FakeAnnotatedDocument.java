package aurum.app.tests.fakes;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import aurum.core.model.AttributeDefinition;
import aurum.core.model.AttributeType;
import aurum.core.model.AttributeValue;
import aurum.core.model.Document;
import aurum.core.model.DocumentMetadata;
import aurum.core.model.LabelDefinition;
import aurum.core.model.LabelSet;
import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.Rgb;
import aurum.core.model.Span;
import aurum.core.model.SpanStatus;
import aurum.editor.model.AnnotatedDocument;

/**
 * An {@link AnnotatedDocument} over a real {@link Layer}, without an editor: edits change the layer and
 * notify listeners as the real editor does, and every call is recorded so tests can check what a view asked for.
 */
public final class FakeAnnotatedDocument implements AnnotatedDocument {

    /** CRLF, a no-break space, curly quotes, a combining mark and an emoji outside the BMP. */
    public static final String TEXT = "Prime Minister Abe met Obama in Tokyo.\r\n"
            + "Toyota\u00a0Motor paid \u201c$5 billion\u201d to Tokyo.\r\n"
            + "Caf\u00e9 owner Jos\u0065\u0301 said \uD83D\uDE00 tokyo is busy.";

    private final Document document;
    private final LabelSet labels = fakeLabels();
    private final Layer layer;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private List<Span> selected = List.of();
    /** Every edit asked for, as {@code method:argument}, in order. */
    public final List<String> calls = new ArrayList<>();

    /** A fake document with a few spans, one of them a suggestion and one inconsistent with the others. */
    public FakeAnnotatedDocument() {
        document = new Document("fake-doc", TEXT, false, DocumentMetadata.NONE.withTitle("Fake"));
        layer = new Layer(document, LayerOwner.annotator("tester"));
        layer.add(span("Abe", 0, "PERSON", SpanStatus.MANUAL));
        layer.add(span("Obama", 0, "PERSON", SpanStatus.MANUAL));
        layer.add(span("Tokyo", 0, "GPE", SpanStatus.MANUAL));
        layer.add(span("Toyota\u00a0Motor", 0, "ORG", SpanStatus.SUGGESTED));
        layer.add(span("$5 billion", 0, "MONEY", SpanStatus.ACCEPTED));
        layer.add(span("Tokyo", 1, "GPE", SpanStatus.MANUAL));
        layer.add(span("tokyo", 0, "ORG", SpanStatus.MANUAL));
        layer.add(span("\uD83D\uDE00", 0, "PERSON", SpanStatus.MANUAL));
    }

    private FakeAnnotatedDocument(Document document, Layer layer) {
        this.document = document;
        this.layer = layer;
    }

    /** A document of {@code words} words, each one a span, labels taken in turn: for scale checks. */
    public static FakeAnnotatedDocument large(int words) {
        StringBuilder text = new StringBuilder(words * 8);
        List<Span> spans = new ArrayList<>(words);
        String[] labelIds = { "PERSON", "ORG", "GPE", "MONEY" };
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < words; i++) {
            int start = text.length();
            text.append("w").append(i).append(' ');
            spans.add(new Span("s" + i, start, text.length() - 1, labelIds[i % labelIds.length], java.util.Map.of(),
                    null, "tester", now, now, SpanStatus.MANUAL));
        }
        Document document = new Document("large-doc", text.toString(), false, DocumentMetadata.NONE.withTitle("Large"));
        return new FakeAnnotatedDocument(document, Layer.restore(document, LayerOwner.annotator("tester"),
                aurum.core.model.LayerState.IN_PROGRESS, 1, spans));
    }

    /** The news-like label set of the fake, with an attribute of every type on MONEY. */
    public static LabelSet fakeLabels() {
        return new LabelSet("fake", "Fake labels", "1", List.of(
                new LabelDefinition("PERSON", "Person", "People, real or fictional.", Rgb.parse("#ff8080"), 'p',
                        null, List.of()),
                new LabelDefinition("ORG", "Organisation", "Companies, agencies, institutions.",
                        Rgb.parse("#80c0ff"), 'o', null, List.of()),
                new LabelDefinition("GPE", "Place", "Countries, cities, states.", Rgb.parse("#80ff80"), 'g', null,
                        List.of()),
                new LabelDefinition("CITY", "City", "A city.", Rgb.parse("#40c040"), 'c', "GPE", List.of()),
                new LabelDefinition("MONEY", "Money", "Amounts with their currency.", Rgb.parse("#ffd700"), 'm',
                        null, List.of(AttributeDefinition.of("amount", AttributeType.NUMBER),
                                AttributeDefinition.ofEnum("currency", "USD", "JPY"),
                                AttributeDefinition.of("approximate", AttributeType.BOOLEAN),
                                AttributeDefinition.of("source", AttributeType.STRING)))));
    }

    /** A span over the {@code occurrence}-th (0-based) appearance of {@code text}. */
    public Span span(String text, int occurrence, String label, SpanStatus status) {
        int start = -1;
        for (int i = 0; i <= occurrence; i++) {
            start = TEXT.indexOf(text, start + 1);
        }
        if (start < 0) {
            throw new IllegalArgumentException(text + " not in the fake text");
        }
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        return new Span(label + "-" + start, start, start + text.length(), label, java.util.Map.of(), null,
                "tester", now, now, status);
    }

    /** Selects spans as the editor's caret would, notifying listeners. */
    public void select(Span... spans) {
        selected = List.of(spans);
        listeners.forEach(l -> l.selectionChanged(this));
    }

    private void changed() {
        listeners.forEach(l -> l.layerChanged(this));
    }

    @Override
    public String documentId() {
        return document.id();
    }

    /** A folder no real corpus is in, so that corpus views never take the fake for one of theirs. */
    @Override
    public Path corpusDirectory() {
        return Path.of("/nonexistent/fake-corpus").toAbsolutePath();
    }

    @Override
    public Document document() {
        return document;
    }

    @Override
    public LabelSet labelSet() {
        return labels;
    }

    @Override
    public Layer layer() {
        return layer;
    }

    @Override
    public List<Span> selectedSpans() {
        return selected;
    }

    @Override
    public void reveal(Span span) {
        calls.add("reveal:" + span.id());
        select(span);
    }

    @Override
    public void tagSelection(String labelId) {
        calls.add("tagSelection:" + labelId);
    }

    @Override
    public void relabel(Span span, String labelId) {
        calls.add("relabel:" + span.id() + "=" + labelId);
        layer.replace(layer.find(span.id()).orElseThrow().withLabel(labelId));
        changed();
    }

    @Override
    public void setAttribute(Span span, String name, AttributeValue value) {
        calls.add("setAttribute:" + span.id() + ":" + name + "=" + value);
        Span current = layer.find(span.id()).orElseThrow();
        layer.replace(value == null ? current.withoutAttribute(name) : current.withAttribute(name, value));
        changed();
    }

    @Override
    public void setNote(Span span, String note) {
        calls.add("setNote:" + span.id() + "=" + note);
        layer.replace(layer.find(span.id()).orElseThrow().withNote(note));
        changed();
    }

    @Override
    public void delete(Span span) {
        calls.add("delete:" + span.id());
        layer.remove(span.id());
        selected = List.of();
        changed();
    }

    @Override
    public void accept(Span span) {
        calls.add("accept:" + span.id());
    }

    @Override
    public void reject(Span span) {
        calls.add("reject:" + span.id());
    }

    @Override
    public void acceptAll(String labelId) {
        calls.add("acceptAll:" + labelId);
    }

    @Override
    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    /** How many listeners are attached: views must detach when their editor goes away. */
    public int listenerCount() {
        return listeners.size();
    }
}
