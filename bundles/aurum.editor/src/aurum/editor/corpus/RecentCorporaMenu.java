package aurum.editor.corpus;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.CompoundContributionItem;

/** File > Recent Corpora: one entry per remembered corpus, numbered 1–8 as mnemonics; opens it in the navigator. */
public final class RecentCorporaMenu extends CompoundContributionItem {

    @Override
    protected IContributionItem[] getContributionItems() {
        List<Path> corpora = RecentCorpora.list();
        if (corpora.isEmpty()) {
            Action none = new Action("(none yet)") {
                // a placeholder, disabled
            };
            none.setEnabled(false);
            return new IContributionItem[] {new ActionContributionItem(none)};
        }
        IContributionItem[] items = new IContributionItem[corpora.size()];
        for (int i = 0; i < items.length; i++) {
            Path corpus = corpora.get(i);
            String name = corpus.getFileName() == null ? corpus.toString() : corpus.getFileName().toString();
            Action open = new Action("&" + (i + 1) + " " + name.replace("&", "&&") + "  (" + corpus.getParent() + ")") {
                @Override
                public void run() {
                    open(corpus);
                }
            };
            open.setToolTipText(corpus.toString());
            items[i] = new ActionContributionItem(open);
        }
        return items;
    }

    private static void open(Path corpus) {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        try {
            CorpusActions.openCorpus(page, corpus);
        } catch (PartInitException e) {
            ILog.of(RecentCorporaMenu.class).error("Cannot show the corpus navigator", e);
        }
    }
}
