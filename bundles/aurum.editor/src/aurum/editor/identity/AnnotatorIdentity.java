package aurum.editor.identity;

import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.prefs.BackingStoreException;

import aurum.corpus.assignment.CorpusAnnotators;
import aurum.corpus.store.DocumentIds;
import aurum.editor.preferences.AurumPreferences;

/**
 * The annotator working in this workspace: a name the user gave (on first start, in Annotate › Switch
 * Annotator… or in the preferences), never silently the operating system's user. Stored as the
 * {@link AurumPreferences#ANNOTATOR} preference of the workspace; whoever must follow a change (open editors,
 * the navigator) listens to that preference.
 */
public final class AnnotatorIdentity {

    /** Layer names that are not people: imported spans, and the word the Corpus view uses for gold. */
    private static final String IMPORT = "import";
    private static final String GOLD = "gold";

    private AnnotatorIdentity() {
    }

    /** The annotator's name, or empty when nobody has been named yet (or the stored name is unusable). */
    public static Optional<String> current() {
        String name = node().get(AurumPreferences.ANNOTATOR, null);
        return name == null || problem(name) != null ? Optional.empty() : Optional.of(name);
    }

    /**
     * Why {@code name} cannot name an annotator, in words for the dialog and the preference page, or null
     * when it can. It becomes a folder name in every corpus (docs/FORMAT.md, "Ids").
     */
    public static String problem(String name) {
        if (name == null || name.isBlank()) {
            return "Enter the name your layers are saved under, for example alice or a.sato.";
        }
        if (name.equals(CorpusAnnotators.SUGGESTIONS) || name.equals(IMPORT) || name.equals(GOLD)) {
            return "'" + name + "' names " + (name.equals(IMPORT) ? "the layer of imported spans"
                    : name.equals(GOLD) ? "the curated layer" : "the layer of recognizer suggestions")
                    + "; choose a person's name.";
        }
        if (!DocumentIds.isValid(name)) {
            return "Use letters, digits, '.', '_' and '-' only (it names a folder in every corpus), for example "
                    + DocumentIds.sanitize(name.strip()) + ".";
        }
        return null;
    }

    /**
     * Names {@code name} as the annotator and stores it in the workspace at once; editors and views that
     * follow the preference switch to the new name.
     *
     * @throws IllegalArgumentException when {@link #problem} has an objection
     */
    public static void set(String name) {
        String problem = problem(name);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        IEclipsePreferences node = node();
        node.put(AurumPreferences.ANNOTATOR, name);
        try {
            node.flush();
        } catch (BackingStoreException e) {
            ILog.of(AnnotatorIdentity.class).warn("The annotator name could not be written to the workspace now;"
                    + " it is kept for this session and written when the workbench closes.", e);
        }
    }

    /**
     * The annotator's name, asking for it first when nobody has been named (on the first start of a
     * workspace); empty when the user cancelled.
     */
    public static Optional<String> askIfUnknown(Shell shell) {
        Optional<String> known = current();
        return known.isPresent() ? known : ask(shell);
    }

    /** Asks who is annotating (pre-filled with the current name, if any) and stores the answer. */
    public static Optional<String> ask(Shell shell) {
        AnnotatorDialog dialog = new AnnotatorDialog(shell, current().orElse(""));
        if (dialog.open() != Window.OK) {
            return Optional.empty();
        }
        set(dialog.name());
        return Optional.of(dialog.name());
    }

    private static IEclipsePreferences node() {
        return InstanceScope.INSTANCE.getNode(AurumPreferences.NODE);
    }
}
