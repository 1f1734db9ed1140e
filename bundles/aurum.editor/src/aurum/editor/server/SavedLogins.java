package aurum.editor.server;

import java.io.IOException;
import java.util.Optional;

import org.eclipse.equinox.security.storage.EncodingUtils;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.StorageException;

import aurum.corpus.server.ServerAddress;

/**
 * The team-server logins the workbench remembers, in Eclipse secure storage: the last address (not
 * secret) and, when the user asks, the password of an address, encrypted by the storage. Passwords are
 * never written to plain preferences.
 */
public final class SavedLogins {

    private static final String NODE = "aurum/teamServer";
    private static final String LAST = "lastAddress";
    private static final String LAST_CORPUS = "lastCorpus";
    private static final String PASSWORD = "password";

    private final ISecurePreferences root;

    /**
     * @param root the secure storage, {@code SecurePreferencesFactory.getDefault()} in the workbench; {@code null}
     *        when it cannot be opened (then nothing is remembered)
     */
    public SavedLogins(ISecurePreferences root) {
        this.root = root;
    }

    /** The address last connected to, as {@code postgresql://USER@HOST:PORT/DATABASE[?TLS settings]}. */
    public Optional<String> lastAddress() {
        return root == null ? Optional.empty() : read(root.node(NODE), LAST);
    }

    /** The corpus last opened. */
    public Optional<String> lastCorpus() {
        return root == null ? Optional.empty() : read(root.node(NODE), LAST_CORPUS);
    }

    /** The remembered password of {@code address}. */
    public Optional<String> password(ServerAddress address) {
        if (root == null) {
            return Optional.empty();
        }
        ISecurePreferences login = login(address);
        try {
            return login.isEncrypted(PASSWORD) ? read(login, PASSWORD) : Optional.empty();
        } catch (StorageException e) {
            return Optional.empty();
        }
    }

    /**
     * Notes a successful login; keeps its password (encrypted) when {@code remember}, else forgets any kept.
     *
     * @throws StorageException when the secure storage cannot encrypt (no master password available)
     * @throws IOException when it cannot be written
     */
    public void connected(ServerAddress address, String corpus, char[] password, boolean remember)
            throws StorageException, IOException {
        if (root == null) {
            throw new StorageException(StorageException.NO_PASSWORD, "secure storage cannot be opened");
        }
        ISecurePreferences node = root.node(NODE);
        node.put(LAST, address.toString(), false); // with its TLS settings (sslmode, sslrootcert)
        node.put(LAST_CORPUS, corpus, false);
        ISecurePreferences login = login(address);
        if (remember) {
            login.put(PASSWORD, new String(password), true);
            if (!login.isEncrypted(PASSWORD)) {
                // Equinox stores the value in plain text (Base64) when no master password could be had
                login.remove(PASSWORD);
                root.flush();
                throw new StorageException(StorageException.NO_PASSWORD, "no master password for secure storage");
            }
        } else {
            login.remove(PASSWORD);
        }
        root.flush();
    }

    private ISecurePreferences login(ServerAddress address) {
        return root.node(NODE).node(EncodingUtils.encodeSlashes(address.user() + "@" + address.host() + ":"
                + address.port() + "/" + address.database()));
    }

    private static Optional<String> read(ISecurePreferences node, String key) {
        try {
            return Optional.ofNullable(node.get(key, null));
        } catch (StorageException e) {
            return Optional.empty(); // cannot decrypt (master password changed or unavailable): ask again
        }
    }
}
