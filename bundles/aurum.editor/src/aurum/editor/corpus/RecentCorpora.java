package aurum.editor.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;

import aurum.editor.preferences.AurumPreferences;

/**
 * The corpora opened lately, newest first, for File > Recent Corpora and for reopening the last one at
 * start. Kept in the instance preferences (one absolute path a line) and written at once, so a crash
 * does not lose it.
 */
public final class RecentCorpora {

    /** How many are remembered. */
    public static final int MAX = 8;
    private static final String KEY = "recentCorpora";

    private RecentCorpora() {
    }

    /** The remembered corpora that still exist, newest first. */
    public static List<Path> list() {
        List<Path> corpora = new ArrayList<>();
        for (String line : node().get(KEY, "").split("\n")) {
            if (!line.isBlank()) {
                Path corpus = Path.of(line);
                if (Files.isDirectory(corpus) && !corpora.contains(corpus)) {
                    corpora.add(corpus);
                }
            }
        }
        return corpora;
    }

    /** Puts {@code corpus} first. */
    public static void add(Path corpus) {
        Path absolute = corpus.toAbsolutePath().normalize();
        List<Path> corpora = new ArrayList<>(list());
        corpora.remove(absolute);
        corpora.add(0, absolute);
        StringBuilder value = new StringBuilder();
        for (Path path : corpora.subList(0, Math.min(MAX, corpora.size()))) {
            value.append(path).append('\n');
        }
        IEclipsePreferences node = node();
        node.put(KEY, value.toString());
        try {
            node.flush();
        } catch (Exception e) { // the preference store could not be written
            ILog.of(RecentCorpora.class).warn("Cannot save the list of recent corpora: " + e.getMessage());
        }
    }

    private static IEclipsePreferences node() {
        return InstanceScope.INSTANCE.getNode(AurumPreferences.NODE);
    }
}
