package aurum.app.tests.editor;

import static aurum.app.tests.editor.EditorDriver.page;
import static aurum.app.tests.editor.EditorDriver.settle;
import static aurum.app.tests.editor.EditorDriver.waitUntil;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Optional;

import org.eclipse.ui.PlatformUI;

import aurum.corpus.index.DocumentOrder;
import aurum.corpus.store.CorpusStore;
import aurum.editor.identity.AnnotatorIdentity;
import aurum.editor.navigator.CorpusNavigatorView;
import aurum.editor.server.ConnectHandler;
import aurum.editor.server.ServerCorpus;

/**
 * Shows team-server corpora in the Corpus view as File &gt; Connect to Team Server… does, and puts the workbench
 * back as the tests after expect it: the start-up corpus in the view, in document order, and the annotator name
 * of before (connecting names the login as the annotator).
 */
final class ServerCorpusInNavigator {

    private final Optional<String> identity = AnnotatorIdentity.current();
    private CorpusStore original;

    /** Shows {@code corpus} and waits until the view lists it. */
    CorpusNavigatorView show(ServerCorpus corpus) {
        CorpusNavigatorView navigator;
        try {
            navigator = (CorpusNavigatorView) page().showView(CorpusNavigatorView.ID);
        } catch (org.eclipse.ui.PartInitException e) {
            throw new AssertionError("the Corpus view opens", e);
        }
        if (original == null) {
            // the start-up corpus (-corpus) is opened in a job: it must land first, or it replaces the server corpus
            waitUntil("the start-up corpus is shown", () -> navigator.store() != null && !navigator.isSearching(), 60_000);
            original = navigator.store();
        }
        boolean[] listed = {false};
        navigator.whenListed(() -> listed[0] = true);
        try {
            ConnectHandler.show(PlatformUI.getWorkbench().getActiveWorkbenchWindow(), corpus, null);
        } catch (org.eclipse.core.commands.ExecutionException e) {
            throw new AssertionError("the Corpus view shows the server corpus", e);
        }
        waitUntil("the navigator lists the server corpus", () -> listed[0], 30_000);
        settle(300);
        assertSame(corpus, navigator.store(), "the navigator shows the server corpus");
        return navigator;
    }

    /** Closes the editors, shows the start-up corpus again in document order and restores the annotator name. */
    void restore() {
        page().closeAllEditors(false);
        if (original != null) {
            CorpusNavigatorView navigator = (CorpusNavigatorView) page().findView(CorpusNavigatorView.ID);
            navigator.sortBy(DocumentOrder.Key.ID, false);
            navigator.showCorpus(original);
            waitUntil("the navigator shows the start-up corpus again",
                    () -> navigator.store() == original && !navigator.isSearching(), 30_000);
        }
        identity.ifPresent(AnnotatorIdentity::set);
    }
}
