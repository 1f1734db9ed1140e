package aurum.editor.navigator;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.CorpusStoreException;

/** Finds the documents whose text contains a query, ignoring case. Reads every text: call it from a job. */
final class TextSearch {

    private TextSearch() {
    }

    static Set<String> matching(CorpusStore store, List<String> ids, String query, IProgressMonitor monitor)
            throws CorpusStoreException {
        String needle = query.strip().toLowerCase(Locale.ROOT);
        Set<String> found = new HashSet<>();
        if (needle.isEmpty()) {
            return found;
        }
        SubMonitor progress = SubMonitor.convert(monitor, "Searching texts for '" + query + "'", ids.size());
        for (String id : ids) {
            progress.split(1);
            store.document(id).filter(d -> d.text().toLowerCase(Locale.ROOT).contains(needle))
                    .ifPresent(d -> found.add(id));
        }
        return found;
    }
}
