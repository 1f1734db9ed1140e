package aurum.editor.navigator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ViewPart;

import aurum.corpus.folder.DocumentEntry;
import aurum.corpus.folder.TextFolderCorpus;

/**
 * Lists the documents of the open corpus; Enter or double-click opens one. The folder is read in a
 * {@link Job} so the UI thread never waits on the disk.
 */
public class CorpusNavigatorView extends ViewPart {

    /** The view id, as contributed in plugin.xml. */
    public static final String ID = "aurum.editor.navigator";

    private TableViewer viewer;
    private Path corpus;

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        column("Document", 200, DocumentEntry::id);
        column("Title", 420, DocumentEntry::title);
        column("Chars", 70, d -> Integer.toString(d.chars()));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.addOpenListener(e -> open((IStructuredSelection) e.getSelection()));
        getSite().setSelectionProvider(viewer);
    }

    private void column(String title, int width, Function<DocumentEntry, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((DocumentEntry) element);
            }
        });
    }

    /**
     * Shows the documents of a corpus folder, replacing what was shown.
     *
     * @param folder the corpus folder
     */
    public void showCorpus(Path folder) {
        this.corpus = folder;
        setContentDescription(folder.toString());
        Job.create("Reading corpus " + folder.getFileName(), (IProgressMonitor monitor) -> {
            try {
                List<DocumentEntry> documents = new TextFolderCorpus(folder).list();
                viewer.getControl().getDisplay().asyncExec(() -> {
                    if (!viewer.getControl().isDisposed() && folder.equals(corpus)) {
                        viewer.setInput(documents);
                    }
                });
                return Status.OK_STATUS;
            } catch (IOException e) {
                return Status.error(e.getMessage(), e);
            }
        }).schedule();
    }

    /** @return the documents shown, in table order (empty until the corpus has been read) */
    public List<DocumentEntry> documents() {
        Object input = viewer.getInput();
        @SuppressWarnings("unchecked")
        List<DocumentEntry> documents = input instanceof List<?> ? (List<DocumentEntry>) input : List.of();
        return documents;
    }

    private void open(IStructuredSelection selection) {
        if (selection.getFirstElement() instanceof DocumentEntry entry) {
            try {
                IDE.openEditorOnFileStore(getSite().getPage(), EFS.getLocalFileSystem().getStore(entry.file().toUri()));
            } catch (PartInitException e) {
                getSite().getWorkbenchWindow().getShell().getDisplay().beep();
                ILog.of(getClass()).error("Cannot open " + entry.file(), e);
            }
        }
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}
