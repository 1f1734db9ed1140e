package aurum.bench.generator;

import java.util.List;

/**
 * One generated document with its gold spans; {@code nearDuplicateOf} names the earlier document it
 * was copied from with a few words changed, or is {@code null}.
 */
public record NewsDocument(String id, String text, List<Span> spans, String nearDuplicateOf) {
}
