package aurum.bench.generator;

import java.util.List;

/**
 * One generated document with its gold spans; {@code nearDuplicateOf} names the earlier document it
 * was copied from with a few words changed, or is {@code null}; {@code story} names the story it
 * reports (documents of one story are related; in a classic corpus each document is its own story).
 */
public record NewsDocument(String id, String text, List<Span> spans, String nearDuplicateOf, String story) {
}
