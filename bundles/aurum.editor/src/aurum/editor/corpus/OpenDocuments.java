package aurum.editor.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

import aurum.editor.input.CorpusDocumentInput;
import aurum.editor.preferences.AurumPreferences;

/**
 * The annotation editors open when the workbench closed, so the next start reopens them (the active
 * one on top). Kept in the instance preferences as lines of corpus folder, document id and title, tab
 * separated; only documents of the corpus being opened are reopened.
 */
public final class OpenDocuments {

    private static final String KEY = "openDocuments";

    private OpenDocuments() {
    }

    /** Remembers the annotation editors of {@code page}, the active one last. */
    public static void remember(IWorkbenchPage page) {
        List<CorpusDocumentInput> open = new ArrayList<>();
        IEditorPart active = page.getActiveEditor();
        CorpusDocumentInput activeInput = null;
        for (IEditorReference reference : page.getEditorReferences()) {
            if (!CorpusDocumentInput.EDITOR_ID.equals(reference.getId())) {
                continue; // curation editors are opened on purpose, not resumed
            }
            try {
                if (reference.getEditorInput() instanceof CorpusDocumentInput input) {
                    if (active != null && active.getEditorInput() == input) {
                        activeInput = input;
                    } else {
                        open.add(input);
                    }
                }
            } catch (PartInitException e) {
                // an editor that never opened has nothing to resume
            }
        }
        if (activeInput != null) {
            open.add(activeInput);
        }
        StringBuilder value = new StringBuilder();
        for (CorpusDocumentInput input : open) {
            value.append(input.corpus().toAbsolutePath().normalize()).append('\t').append(input.documentId())
                    .append('\t').append(input.getName().replace('\t', ' ').replace('\n', ' ')).append('\n');
        }
        IEclipsePreferences node = InstanceScope.INSTANCE.getNode(AurumPreferences.NODE);
        node.put(KEY, value.toString());
        try {
            node.flush();
        } catch (Exception e) { // the preference store could not be written
            ILog.of(OpenDocuments.class).warn("Cannot remember the open documents: " + e.getMessage());
        }
    }

    /** The remembered documents of {@code corpus}, the one to activate last. */
    public static List<CorpusDocumentInput> of(Path corpus) {
        Path wanted = corpus.toAbsolutePath().normalize();
        List<CorpusDocumentInput> inputs = new ArrayList<>();
        String value = InstanceScope.INSTANCE.getNode(AurumPreferences.NODE).get(KEY, "");
        for (String line : value.split("\n")) {
            String[] parts = line.split("\t", 3);
            if (parts.length == 3 && Path.of(parts[0]).equals(wanted)) {
                inputs.add(new CorpusDocumentInput(wanted, parts[1], parts[2]));
            }
        }
        return inputs;
    }

    /** Reopens the remembered documents of {@code corpus} in {@code page}; a document gone since is skipped. */
    public static void reopen(IWorkbenchPage page, Path corpus) {
        for (CorpusDocumentInput input : of(corpus)) {
            try {
                page.openEditor(input, CorpusDocumentInput.EDITOR_ID, true);
            } catch (PartInitException e) {
                ILog.of(OpenDocuments.class).warn("Cannot reopen " + input.documentId() + ": " + e.getMessage());
            }
        }
    }
}
