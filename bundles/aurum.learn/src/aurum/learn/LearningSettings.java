package aurum.learn;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Whether suggestions learn, and how often the model is trained again. Kept as Eclipse instance
 * preferences of node {@value #NODE} (in the workspace, {@code .metadata/.plugins/org.eclipse.core.runtime/
 * .settings/aurum.learn.prefs}), so the workbench's preference page and {@code aurum train --learning off}
 * change the same setting. The system property {@code -Daurum.learn.enabled=false} turns learning off for
 * one run whatever the preference says.
 *
 * @param enabled      whether the learning recognizer proposes spans and models are trained in the
 *                     background; {@code aurum train} trains on demand either way
 * @param retrainAfter how many newly accepted or made spans start a background training
 */
public record LearningSettings(boolean enabled, int retrainAfter) {

    /** The preference node. */
    public static final String NODE = "aurum.learn";
    /** Preference key of {@link #enabled()}. */
    public static final String ENABLED = "enabled";
    /** Preference key of {@link #retrainAfter()}. */
    public static final String RETRAIN_AFTER = "retrainAfter";
    /** Default of {@link #retrainAfter()}. */
    public static final int DEFAULT_RETRAIN_AFTER = 20;

    /** Rejects a non-positive retraining interval. */
    public LearningSettings {
        if (retrainAfter < 1) {
            throw new IllegalArgumentException("retrainAfter must be at least 1, not " + retrainAfter);
        }
    }

    /** Learning on, training again after {@value #DEFAULT_RETRAIN_AFTER} decisions. */
    public static LearningSettings defaults() {
        return new LearningSettings(true, DEFAULT_RETRAIN_AFTER);
    }

    /** The settings in force: the preferences when the platform runs, else the defaults; the system property wins. */
    public static LearningSettings current() {
        LearningSettings settings = defaults();
        if (isPlatformRunning()) {
            IEclipsePreferences node = InstanceScope.INSTANCE.getNode(NODE);
            settings = new LearningSettings(node.getBoolean(ENABLED, true),
                    Math.max(1, node.getInt(RETRAIN_AFTER, DEFAULT_RETRAIN_AFTER)));
        }
        String property = System.getProperty("aurum.learn.enabled");
        if (property != null && property.equalsIgnoreCase("false")) {
            settings = new LearningSettings(false, settings.retrainAfter());
        }
        return settings;
    }

    /**
     * Stores these settings as the instance preferences.
     *
     * @throws IllegalStateException if the platform is not running or the preferences cannot be written
     */
    public void store() {
        if (!isPlatformRunning()) {
            throw new IllegalStateException("preferences need the running platform");
        }
        IEclipsePreferences node = InstanceScope.INSTANCE.getNode(NODE);
        node.putBoolean(ENABLED, enabled);
        node.putInt(RETRAIN_AFTER, retrainAfter);
        try {
            node.flush();
        } catch (BackingStoreException e) {
            throw new IllegalStateException("could not save the learning preferences: " + e.getMessage(), e);
        }
    }

    private static boolean isPlatformRunning() {
        try {
            return Platform.isRunning();
        } catch (LinkageError | RuntimeException e) {
            return false;
        }
    }
}
