package aurum.corpus.server;

import java.util.Locale;

/**
 * What a person may do on a team server. Each is a PostgreSQL group role; the database itself enforces it
 * with grants and row-level security (docs/TEAM-SERVER.md), so it holds for any client, raw SQL included.
 */
public enum ServerRole {
    /** Reads documents, writes their own layers, reads only their own layers and curated gold (blind annotation). */
    ANNOTATOR("aurum_annotator"),
    /** An annotator who also reads every layer and writes gold. */
    CURATOR("aurum_curator"),
    /** A curator who also pushes corpora and documents and may change any layer. */
    LEAD("aurum_lead");

    private final String groupRole;

    ServerRole(String groupRole) {
        this.groupRole = groupRole;
    }

    /** The PostgreSQL group role, e.g. {@code aurum_annotator}. */
    public String groupRole() {
        return groupRole;
    }

    /** The name used on the command line: {@code annotator}, {@code curator}, {@code lead}. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The role named {@code annotator}, {@code curator} or {@code lead} (any case).
     *
     * @throws IllegalArgumentException listing the roles
     */
    public static ServerRole parse(String name) {
        for (ServerRole role : values()) {
            if (role.cliName().equalsIgnoreCase(name == null ? "" : name.strip())) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown role '" + name + "': use annotator, curator or lead");
    }
}
