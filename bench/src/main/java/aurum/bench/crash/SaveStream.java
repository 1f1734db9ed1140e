package aurum.bench.crash;

import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.Span;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.DocumentInfo;
import aurum.corpus.store.LayerChanges;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Saves annotations through {@link CorpusStore} as fast as it can until killed: picks a document and
 * one of two annotators, loads the layer, adds a span, saves it, and only after {@code saveLayer}
 * returns prints {@code ACK <document> <annotator> <revision> <span id>} and flushes. A line that is
 * printed is therefore a change the store has promised to keep.
 *
 * <p>With {@code journal} the saves go through {@link CorpusStore#saveChanges} (the editor's way: one
 * line appended to the layer's change journal), and every 25th save is followed by
 * {@link CorpusStore#compactLayer}, so kills land in appends, journal creations and compactions.
 *
 * <p>Usage: {@code SaveStream CORPUS_DIR SEED [whole|journal]}
 */
public final class SaveStream {

    static final List<String> ANNOTATORS = List.of("crash-a", "crash-b");

    private SaveStream() {
    }

    public static void main(String[] args) throws Exception {
        CorpusStore store = CorpusStore.open(Path.of(args[0]));
        Random random = new Random(Long.parseLong(args[1]));
        List<DocumentInfo> documents = store.documents();
        boolean journal = args.length > 2 && args[2].equals("journal");
        PrintStream out = System.out;
        for (long saves = 1;; saves++) {
            String id = documents.get(random.nextInt(documents.size())).id();
            String annotator = ANNOTATORS.get(random.nextInt(ANNOTATORS.size()));
            Layer layer = store.loadLayer(id, LayerOwner.annotator(annotator));
            long expected = layer.revision();
            Span span = randomSpan(layer.document().text(), annotator, random);
            layer.add(span);
            long saved = journal ? store.saveChanges(layer, expected, LayerChanges.builder().put(span).build())
                    : store.saveLayer(layer, expected);
            out.println("ACK " + id + " " + annotator + " " + saved + " " + span.id());
            out.flush();
            if (journal && saves % 25 == 0) {
                store.compactLayer(id, LayerOwner.annotator(annotator));
            }
        }
    }

    private static Span randomSpan(String text, String annotator, Random random) {
        while (true) {
            int start = random.nextInt(text.length() - 1);
            int end = Math.min(text.length(), start + 1 + random.nextInt(30));
            if (Character.isLowSurrogate(text.charAt(start))
                    || end < text.length() && Character.isLowSurrogate(text.charAt(end))) {
                continue;
            }
            return Span.builder().range(start, end).label(random.nextBoolean() ? "AMOUNT" : "WEAPON")
                    .annotator(annotator).buildFor(text);
        }
    }
}
