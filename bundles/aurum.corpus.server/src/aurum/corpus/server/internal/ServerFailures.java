package aurum.corpus.server.internal;

import aurum.corpus.store.CorpusStoreException;
import java.sql.SQLException;

/**
 * Turns what the JDBC driver reports into messages for a user: what failed, why, and what to do. The
 * PostgreSQL error code (SQLSTATE) decides; the server's own text is quoted only where it helps.
 */
public final class ServerFailures {

    /** SQLSTATE of a privilege or row-level security violation. */
    public static final String INSUFFICIENT_PRIVILEGE = "42501";
    /** SQLSTATE of a unique constraint violation. */
    public static final String UNIQUE_VIOLATION = "23505";

    private ServerFailures() {
    }

    /**
     * The exception to throw for {@code e}, raised while doing {@code what} (e.g. "save the layer of
     * annotator 'bob' on document 'd1'") as {@code user}.
     */
    public static CorpusStoreException describe(SQLException e, String what, String user) {
        String state = sqlState(e);
        String message;
        if (state.equals(INSUFFICIENT_PRIVILEGE)) {
            message = "The team server does not allow '" + user + "' to " + what + ": their role does not permit it"
                    + " (annotators read and write only their own layers; a lead can change roles with"
                    + " 'aurum server grant').";
        } else if (state.equals("28P01") || state.equals("28000")) {
            message = "The team server refused the login of '" + user + "': wrong user name or password."
                    + " Check the address and the password (AURUM_SERVER_PASSWORD), or ask the lead.";
        } else if (state.startsWith("08") || state.equals("57P01") || state.equals("57P03")) {
            message = "Cannot reach the team server to " + what + ": " + firstLine(e)
                    + ". Check that the server runs and the address is right; nothing was changed.";
        } else if (state.equals("3D000")) {
            message = "The team server has no such database: " + firstLine(e)
                    + ". Create it with 'aurum server init', or check the address.";
        } else if (state.equals("42P01") || state.equals("3F000")) {
            message = "The database holds no Aurum schema (" + firstLine(e) + "). Run 'aurum server init' first.";
        } else {
            message = "The team server could not " + what + ": " + firstLine(e) + " (SQLSTATE " + state + ").";
        }
        return new CorpusStoreException(message, e);
    }

    /** The SQLSTATE of {@code e} or of the first exception in its chain that has one; empty if none. */
    public static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return "";
    }

    private static String firstLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }
}
