package aurum.corpus.server.internal;

import aurum.corpus.server.ServerAddress;
import aurum.corpus.store.CorpusStoreException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import javax.net.ssl.SSLException;

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
        } else if (isUnreachable(e)) {
            message = "Cannot reach the team server to " + what + ": it does not answer (it may be restarting, or the"
                    + " address is wrong). Nothing was sent; try again in a moment.";
        } else if (isConnectionLost(state)) {
            message = "The connection to the team server broke while trying to " + what + " (the server stopped or"
                    + " restarted). Aurum connects again on the next try; reload to see whether the change was stored.";
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

    /**
     * The exception to throw when logging in to {@code address} failed: a TLS problem ({@link #tlsFailure}) or
     * else what {@link #describe} says.
     */
    public static CorpusStoreException loginFailure(SQLException e, String what, ServerAddress address) {
        Optional<String> tls = tlsFailure(e, address);
        return tls.isPresent() ? new CorpusStoreException(tls.get(), e) : describe(e, what, address.user());
    }

    /**
     * One line for the user when {@code e} is a TLS failure while connecting to {@code address}: the server offers
     * no TLS though the address demands it, its certificate is not signed by the trusted CA or does not name the
     * host, the CA file cannot be read, or the server accepts only encrypted connections. The driver's own text,
     * which names Java classes, is never part of it (it stays in the exception's cause).
     */
    public static Optional<String> tlsFailure(Throwable e, ServerAddress address) {
        ServerAddress.Tls tls = address.tls();
        String where = address.host() + ":" + address.port();
        String mode = "sslmode=" + tls.mode().value();
        String ca = tls.rootCert() != null ? "the CA in " + tls.rootCert() + " (sslrootcert)" : "a CA Java trusts (no sslrootcert)";
        String state = sqlState(e);
        if (has(e, SSLException.class)) {
            if (has(e, CertificateException.class) || has(e, java.security.cert.CertPathValidatorException.class)) {
                return Optional.of("The team server at " + where + " did not prove who it is: its certificate is not"
                        + " signed by " + ca + ". Check sslrootcert, or ask the administrator for the server's CA certificate.");
            }
            return Optional.of("Cannot set up TLS with the team server at " + where + " (" + mode + "): the handshake"
                    + " failed; ask the administrator to check the server's certificate and ssl settings.");
        }
        if (anyMessageContains(e, "PgjdbcHostnameVerifier")) {
            return Optional.of("The certificate of the team server at " + where + " does not name '" + address.host()
                    + "' (sslmode=verify-full checks the host name): connect with a name the certificate gives, not"
                    + " another name or an IP address.");
        }
        if (tls.mode().requiresTls() && state.equals("08004") && anyMessageContains(e, "SSL")) {
            return Optional.of("The team server at " + where + " does not offer TLS, but the address demands it (" + mode
                    + "): ask the administrator to turn on ssl on the server.");
        }
        if (tls.rootCert() != null && tls.mode().verifiesCertificate() && !has(e, SSLException.class)) {
            if (has(e, FileNotFoundException.class)) {
                return Optional.of("Cannot read the CA file " + tls.rootCert() + " (sslrootcert): there is no such file"
                        + " (or it may not be read).");
            }
            if (has(e, IOException.class) || has(e, GeneralSecurityException.class)) {
                return Optional.of("The CA file " + tls.rootCert() + " (sslrootcert) holds no certificate Aurum can read:"
                        + " give the CA certificate as a PEM file.");
            }
        }
        if (!tls.mode().requiresTls() && state.equals("28000") && anyMessageContains(e, "no encryption")) {
            return Optional.of("The team server at " + where + " accepts only encrypted connections (the address has "
                    + mode + "): use sslmode=verify-full with sslrootcert=CA-FILE.");
        }
        return Optional.empty();
    }

    private static boolean has(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyMessageContains(Throwable e, String text) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(text)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether no connection could be made, so nothing reached the server: the pool timed out waiting for one
     * ({@link SQLTransientConnectionException}), the connection attempt failed (SQLSTATE 08001, 08004), or the
     * server is starting up or shutting down (57P03).
     */
    public static boolean isUnreachable(SQLException e) {
        String state = sqlState(e);
        return e instanceof SQLTransientConnectionException || state.equals("08001") || state.equals("08004")
                || state.equals("57P03");
    }

    /**
     * Whether an open connection broke (class 08) or the server ended it (57P01 administrator shutdown, 57P02
     * crash shutdown): a change sent on it may or may not have been stored.
     */
    public static boolean isConnectionLost(String state) {
        return state.startsWith("08") || state.equals("57P01") || state.equals("57P02");
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
