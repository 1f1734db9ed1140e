package aurum.corpus.store;

import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.Span;
import aurum.core.model.SpanStatus;
import java.nio.file.Path;

/**
 * A second Aurum process for {@link CorpusStoreCrossProcessTest}: adds {@code count} spans to alice's
 * layer on document {@code d}, one save each, reloading and retrying after every conflict.
 */
public final class LayerWriterProcess {

    private LayerWriterProcess() {
    }

    /** Arguments: corpus folder, writer number, span count, and {@code journal} to save through {@code saveChanges}. */
    public static void main(String[] args) throws Exception {
        CorpusStore store = CorpusStore.open(Path.of(args[0]));
        int writer = Integer.parseInt(args[1]);
        int count = Integer.parseInt(args[2]);
        boolean journal = args.length > 3 && args[3].equals("journal");
        for (int i = 0; i < count; i++) {
            while (true) {
                Layer layer = store.loadLayer("d", LayerOwner.annotator("alice"));
                long loadedAt = layer.revision();
                int offset = writer * count + i;
                Span span = StoreFixtures.simpleSpan("p" + writer + "-" + i, offset, offset + 1, SpanStatus.MANUAL);
                layer.add(span);
                try {
                    if (journal) {
                        store.saveChanges(layer, loadedAt, LayerChanges.builder().put(span).build());
                    } else {
                        store.saveLayer(layer, loadedAt);
                    }
                    break;
                } catch (ConflictException e) {
                    // someone else saved in between: reload and reapply
                }
            }
        }
    }
}
