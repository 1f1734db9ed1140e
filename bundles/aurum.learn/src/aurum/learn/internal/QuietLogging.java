package aurum.learn.internal;

/**
 * OpenNLP logs through slf4j. In the OSGi runtime slf4j finds its no-op provider only through the
 * service-loader mediator, which the product does not start, so on first use it would print "No SLF4J
 * providers were found" to standard error, in the middle of a command's output. It then logs nothing, as
 * intended; this turns off that report (slf4j's {@code slf4j.internal.verbosity}) unless the user set it.
 */
public final class QuietLogging {

    private QuietLogging() {
    }

    /** Call before the first use of OpenNLP. */
    public static void ensure() {
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
    }
}
