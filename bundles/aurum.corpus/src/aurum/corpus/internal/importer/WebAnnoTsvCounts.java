package aurum.corpus.internal.importer;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import aurum.corpus.importer.ImportWarning;
import aurum.corpus.internal.importer.WebAnnoTsvSchema.Column;
import aurum.corpus.internal.importer.WebAnnoTsvSchema.ColumnKind;

/** Counts, per layer, what a WebAnno TSV 3 file holds that Aurum's spans cannot, for the import report. */
final class WebAnnoTsvCounts {

    private final WebAnnoTsvSchema schema;
    private final Map<Integer, Set<String>> relations = new TreeMap<>();
    private final Map<Integer, Set<String>> chainElements = new TreeMap<>();
    private final Map<Integer, Long> slotLinks = new TreeMap<>();
    private final Map<Integer, Long> tokenLayer = new TreeMap<>();
    private final Map<Integer, Long> zeroLength = new TreeMap<>();
    private long sentenceIds;
    private long sentencesWithoutTokens;

    WebAnnoTsvCounts(WebAnnoTsvSchema schema) {
        this.schema = schema;
    }

    void relation(int layer, String unitKey) {
        relations.computeIfAbsent(layer, l -> new HashSet<>()).add(unitKey);
    }

    /** A chain link value is {@code type->chain-element}; without a link column each unit value counts. */
    void chainElement(Column column, String unitKey, String value) {
        boolean hasLinkColumn = schema.columns().stream()
                .anyMatch(c -> c.layer() == column.layer() && c.kind() == ColumnKind.CHAIN_LINK);
        if (column.kind() == ColumnKind.CHAIN_LINK) {
            int arrow = value.lastIndexOf("->");
            chainElements.computeIfAbsent(column.layer(), l -> new HashSet<>())
                    .add(arrow >= 0 ? value.substring(arrow + 2) : unitKey);
        } else if (!hasLinkColumn) {
            chainElements.computeIfAbsent(column.layer(), l -> new HashSet<>()).add(unitKey);
        }
    }

    void slotLinks(int layer, String targets) {
        long n = WebAnnoTsvEscaping.split(targets, ';').stream().filter(t -> !t.equals("*") && !t.equals("_")).count();
        if (n > 0) {
            slotLinks.merge(layer, n, Long::sum);
        }
    }

    void tokenLayerAnnotation(int layer) {
        tokenLayer.merge(layer, 1L, Long::sum);
    }

    void zeroLength(int layer) {
        zeroLength.merge(layer, 1L, Long::sum);
    }

    void sentenceId() {
        sentenceIds++;
    }

    void sentenceWithoutTokens() {
        sentencesWithoutTokens++;
    }

    void report(String file, List<ImportWarning> warnings) {
        relations.forEach((layer, set) -> warnings.add(ImportWarning.skipped(file, 0, "relation", set.size(),
                set.size() + " relation(s) of layer " + name(layer) + " not imported: Aurum holds spans, not relations")));
        chainElements.forEach((layer, set) -> warnings.add(ImportWarning.skipped(file, 0, "chain", set.size(),
                set.size() + " chain element(s) of layer " + name(layer) + " not imported: Aurum holds spans, not chains")));
        slotLinks.forEach((layer, n) -> warnings.add(ImportWarning.skipped(file, 0, "slot-link", n, n + " slot link(s) of "
                + "layer " + name(layer) + " not imported: the spans that hold them are, their links to other spans are not")));
        tokenLayer.forEach((layer, n) -> warnings.add(ImportWarning.skipped(file, 0, "token-layer", n, n
                + " annotation(s) of the token layer " + name(layer) + " not imported: part-of-speech, lemma, stem and "
                + "morphology describe tokens, not spans to train on")));
        zeroLength.forEach((layer, n) -> warnings.add(ImportWarning.skipped(file, 0, "zero-length-span", n, n
                + " zero-length annotation(s) of layer " + name(layer) + " not imported: an Aurum span covers at least one character")));
        if (sentenceIds > 0) {
            warnings.add(ImportWarning.skipped(file, 0, "sentence-id", sentenceIds, sentenceIds
                    + " sentence id(s) (#Sentence.id=) not kept: Aurum finds sentences again when it exports"));
        }
        if (sentencesWithoutTokens > 0) {
            warnings.add(new ImportWarning(file, 0, "the last sentence has no token lines; its text was kept at the "
                    + "end of the document"));
        }
    }

    private String name(int layer) {
        return schema.layers().get(layer).type();
    }
}
