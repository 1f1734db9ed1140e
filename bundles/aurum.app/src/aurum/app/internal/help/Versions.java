package aurum.app.internal.help;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** What About shows: the versions of Aurum, of the platform under it, of Java and of the system. */
final class Versions {

    private static final String[][] PLATFORM = {
        {"Eclipse workbench", "org.eclipse.ui.workbench"},
        {"SWT", "org.eclipse.swt"},
        {"JFace text", "org.eclipse.jface.text"},
        {"Equinox OSGi", "org.eclipse.osgi"},
        {"Apache Lucene", "org.apache.lucene.core"},
        {"Gson", "com.google.gson"},
    };

    private Versions() {
    }

    /** Lines of {@code name  version}, Aurum's bundles first. */
    static List<String> lines() {
        List<String> lines = new ArrayList<>();
        Bundle app = FrameworkUtil.getBundle(Versions.class);
        lines.add("Aurum " + (app == null ? "(not running in OSGi)" : app.getVersion()));
        lines.add("");
        if (app != null) {
            java.util.SortedMap<String, String> aurum = new java.util.TreeMap<>();
            for (Bundle bundle : app.getBundleContext().getBundles()) {
                String name = bundle.getSymbolicName();
                if (name != null && name.startsWith("aurum.") && !name.endsWith(".tests") && !name.endsWith(".source")) {
                    aurum.put(name, bundle.getVersion().toString());
                }
            }
            aurum.forEach((name, version) -> lines.add(name + "  " + version));
            lines.add("");
            for (String[] library : PLATFORM) {
                Bundle bundle = Platform.getBundle(library[1]);
                if (bundle != null) {
                    lines.add(library[0] + "  " + bundle.getVersion());
                }
            }
        }
        lines.add("Java  " + System.getProperty("java.runtime.version") + " ("
                + System.getProperty("java.vendor") + ")");
        lines.add(String.format(Locale.ROOT, "System  %s %s, %s", System.getProperty("os.name"),
                System.getProperty("os.version"), System.getProperty("os.arch")));
        return lines;
    }
}
