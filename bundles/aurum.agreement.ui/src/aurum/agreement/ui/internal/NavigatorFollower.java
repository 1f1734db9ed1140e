package aurum.agreement.ui.internal;

import java.util.function.Consumer;

import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IPropertyListener;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;

import aurum.corpus.store.CorpusStore;
import aurum.editor.navigator.CorpusNavigatorView;

/**
 * Tells which corpus the corpus navigator has open, now and whenever it opens another. The navigator
 * renames itself and changes its description when it shows a corpus, so a property listener on it is
 * enough: no API of its own is needed. Follows the navigator being closed and reopened too.
 */
public final class NavigatorFollower {

    private final IWorkbenchPage page;
    private final Consumer<CorpusStore> opened;
    private CorpusNavigatorView navigator;
    private CorpusStore current;

    private final IPropertyListener propertyChanged = (source, property) -> check();

    private final IPartListener2 parts = new IPartListener2() {
        @Override
        public void partOpened(IWorkbenchPartReference ref) {
            if (ref.getPart(false) instanceof CorpusNavigatorView view) {
                attach(view);
            }
        }

        @Override
        public void partClosed(IWorkbenchPartReference ref) {
            if (ref.getPart(false) == navigator) {
                navigator.removePropertyListener(propertyChanged);
                navigator = null;
            }
        }
    };

    /**
     * @param page the page whose navigator to follow
     * @param opened told each corpus the navigator shows (on the UI thread), at most once per store
     */
    public NavigatorFollower(IWorkbenchPage page, Consumer<CorpusStore> opened) {
        this.page = page;
        this.opened = opened;
    }

    /** Starts following; tells the navigator's current corpus, if any, at once. */
    public void start() {
        page.addPartListener(parts);
        IWorkbenchPart part = page.findView(CorpusNavigatorView.ID);
        if (part instanceof CorpusNavigatorView view) {
            attach(view);
        }
    }

    /** Stops following. */
    public void stop() {
        page.removePartListener(parts);
        if (navigator != null) {
            navigator.removePropertyListener(propertyChanged);
            navigator = null;
        }
    }

    /** The navigator's corpus, or {@code null}. */
    public CorpusStore current() {
        return current;
    }

    private void attach(CorpusNavigatorView view) {
        if (navigator != null) {
            navigator.removePropertyListener(propertyChanged);
        }
        navigator = view;
        navigator.addPropertyListener(propertyChanged);
        check();
    }

    private void check() {
        CorpusStore store = navigator == null ? null : navigator.store();
        if (store != null && store != current) {
            current = store;
            opened.accept(store);
        }
    }
}
