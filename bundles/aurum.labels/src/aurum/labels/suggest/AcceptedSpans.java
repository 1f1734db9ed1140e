package aurum.labels.suggest;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import aurum.core.model.Document;
import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.Span;
import aurum.core.model.SpanStatus;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.CorpusStoreException;
import aurum.corpus.store.DocumentInfo;
import aurum.labels.dictionary.AcceptedSpan;

/** Reads what people decided in a corpus: the MANUAL and ACCEPTED spans of every layer, for the corpus dictionary. */
public final class AcceptedSpans {

    private static final Set<SpanStatus> DECIDED = EnumSet.of(SpanStatus.MANUAL, SpanStatus.ACCEPTED);

    private AcceptedSpans() {
    }

    /** @return every span a person made or accepted, in any layer (gold and annotators) of any document */
    public static List<AcceptedSpan> read(CorpusStore store) throws CorpusStoreException {
        List<AcceptedSpan> result = new ArrayList<>();
        for (DocumentInfo info : store.documents()) {
            List<LayerOwner> owners = store.layers(info.id());
            if (owners.isEmpty()) {
                continue;
            }
            Document document = store.document(info.id()).orElseThrow();
            for (LayerOwner owner : owners) {
                Layer layer = store.loadLayer(info.id(), owner);
                for (Span span : layer.spans()) {
                    if (DECIDED.contains(span.status())) {
                        result.add(new AcceptedSpan(info.id(), span.start(), span.end(),
                                span.coveredText(document.text()), span.labelId()));
                    }
                }
            }
        }
        return result;
    }
}
