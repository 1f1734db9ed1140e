package aurum.editor.navigator;

import java.util.Locale;
import java.util.Set;

import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;

/**
 * Keeps the documents whose id or title contains the query (ignoring case), or whose text does; text
 * matches are found by a job and handed in as ids, because reading texts is disk work.
 */
public final class DocumentFilter extends ViewerFilter {

    private String query = "";
    private Set<String> textMatches = Set.of();
    private Set<String> only;

    /** Sets the query and the ids of documents whose text contains it (found so far). */
    public void set(String newQuery, Set<String> newTextMatches) {
        query = newQuery == null ? "" : newQuery.strip().toLowerCase(Locale.ROOT);
        textMatches = Set.copyOf(newTextMatches);
    }

    /** Keeps only the documents of {@code ids} (e.g. those assigned to the annotator); null keeps all. */
    public void setOnly(Set<String> ids) {
        only = ids == null ? null : Set.copyOf(ids);
    }

    /** The normalised query; empty when everything is shown. */
    public String query() {
        return query;
    }

    /** Whether {@code row} is shown. */
    public boolean matches(DocumentRow row) {
        if (only != null && !only.contains(row.id())) {
            return false;
        }
        return query.isEmpty() || row.id().toLowerCase(Locale.ROOT).contains(query)
                || row.title().toLowerCase(Locale.ROOT).contains(query) || textMatches.contains(row.id());
    }

    @Override
    public boolean select(Viewer viewer, Object parent, Object element) {
        return element instanceof DocumentRow row && matches(row);
    }
}
