package aurum.corpus.server.internal;

import aurum.corpus.store.CorpusStoreException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.output.MigrateResult;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * Brings a database to the team server's current schema with Flyway. The migrations are SQL files in this
 * bundle's {@code aurum/corpus/server/internal/migration/}, named here rather than found by scanning the class path, which does not
 * work the same inside OSGi; each is applied once, in version order, in its own transaction, and recorded
 * in {@code aurum.flyway_schema_history}.
 */
public final class SchemaMigrations {

    /** The schema holding every table. */
    public static final String SCHEMA = "aurum";

    /** The migrations in order; add new ones at the end, never change an applied one. */
    static final List<String> FILES = List.of("V1__corpus_tables.sql", "V2__roles_and_row_security.sql",
            "V3__people.sql", "V4__document_listing.sql", "V5__change_notifications.sql",
            "V6__corpus_file_notifications.sql");

    private SchemaMigrations() {
    }

    /**
     * Applies the migrations the database lacks.
     *
     * @return how many were applied (0 when the schema was current)
     * @throws CorpusStoreException naming the migration that failed and the server's message
     */
    public static int migrate(DataSource dataSource) throws CorpusStoreException {
        try {
            Flyway flyway = Flyway.configure(SchemaMigrations.class.getClassLoader()).dataSource(dataSource)
                    .schemas(SCHEMA).createSchemas(true).cleanDisabled(true).resourceProvider(new BundledScripts())
                    .javaMigrationClassProvider(List::of).load();
            MigrateResult result = flyway.migrate();
            return result.migrationsExecuted;
        } catch (FlywayException e) {
            throw new CorpusStoreException("Could not bring the server's schema up to date: " + e.getMessage()
                    + " Connect as the database's owner (the administrator who ran 'aurum server init').", e);
        }
    }

    /** The bundle's migration scripts for Flyway. */
    private static final class BundledScripts implements ResourceProvider {

        @Override
        public LoadableResource getResource(String name) {
            return FILES.contains(name) ? new Script(name) : null;
        }

        @Override
        public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
            List<LoadableResource> found = new ArrayList<>();
            for (String file : FILES) {
                if (file.startsWith(prefix) && Arrays.stream(suffixes).anyMatch(file::endsWith)) {
                    found.add(new Script(file));
                }
            }
            return found;
        }
    }

    /** One script, read from the bundle when Flyway asks. */
    private static final class Script extends LoadableResource {

        private final String name;

        Script(String name) {
            this.name = name;
        }

        @Override
        public Reader read() {
            String path = "migration/" + name;
            try (InputStream in = SchemaMigrations.class.getResourceAsStream(path)) {
                if (in == null) {
                    throw new FlywayException("the migration " + path + " is missing from the bundle aurum.corpus.server");
                }
                return new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new FlywayException("cannot read the migration " + path + ": " + e.getMessage(), e);
            }
        }

        @Override
        public String getAbsolutePath() {
            return "aurum/corpus/server/internal/migration/" + name;
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return getAbsolutePath();
        }

        @Override
        public String getFilename() {
            return name;
        }

        @Override
        public String getRelativePath() {
            return name;
        }
    }
}
