package aurum.editor;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import aurum.core.model.Document;
import aurum.core.model.DocumentMetadata;
import aurum.core.model.LabelDefinition;
import aurum.core.model.LabelSet;
import aurum.core.model.Rgb;
import aurum.core.model.Span;
import aurum.core.model.SpanStatus;

/** A tricky text and label set shared by the plain unit tests. */
public final class Fixtures {

    /** CRLF, a no-break space, curly quotes, a combining mark and an emoji outside the BMP. */
    public static final String TEXT = "\uD83D\uDE00 Tokyo\u00a0Bay met \u201cTokyo\u00a0bay\u201d.\r\n"
            + "Jose\u0301 of TOKYO BAY Inc. and Tokyo Bay.";

    private Fixtures() {
    }

    public static Document document() {
        return new Document("doc", TEXT, false, DocumentMetadata.NONE);
    }

    public static LabelSet labels() {
        return new LabelSet("t", "Test", "1", List.of(
                new LabelDefinition("LOC", "Location", "Places.", Rgb.parse("#00ff00"), 'l', null, List.of()),
                new LabelDefinition("CITY", "City", "", null, 'c', "LOC", List.of()),
                new LabelDefinition("ORG", "Organisation", "", null, 'o', null, List.of()),
                LabelDefinition.of("PERSON", "Person")));
    }

    /** A span over the {@code occurrence}-th appearance of {@code text}. */
    public static Span span(String text, int occurrence, String label, SpanStatus status) {
        int start = -1;
        for (int i = 0; i <= occurrence; i++) {
            start = TEXT.indexOf(text, start + 1);
        }
        Instant t = Instant.EPOCH;
        return new Span(label + start, start, start + text.length(), label, Map.of(), null, null, t, t, status);
    }
}
