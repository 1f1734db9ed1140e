package aurum.app.internal.cli;

import aurum.corpus.server.ServerAdministration;
import aurum.corpus.server.ServerAddress;
import aurum.corpus.server.ServerRole;
import aurum.corpus.server.TeamServer;
import aurum.corpus.server.local.LocalPostgres;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code aurum server init|users|grant|local|list|stats}: setting up a team server and looking at its corpora
 * (docs/TEAM-SERVER.md). Thin: the work is in {@link ServerAdministration}, {@link LocalPostgres} and
 * {@link ServerIndexCommands}.
 */
@Command(name = "server", description = "Set up a team server (PostgreSQL): init, users, grant, local; list and"
        + " stats of a corpus on it.")
final class ServerCommand extends CliCommand {

    ServerCommand(CliContext context) {
        super(context);
    }

    /** The command with its sub-commands, which need the context too. */
    static picocli.CommandLine withActions(CliContext context) {
        picocli.CommandLine server = new picocli.CommandLine(new ServerCommand(context));
        server.addSubcommand(new Init(context));
        server.addSubcommand(new Users(context));
        server.addSubcommand(new Grant(context));
        server.addSubcommand(new Local(context));
        server.addSubcommand(new ServerIndexCommands.ListDocuments(context));
        server.addSubcommand(new ServerIndexCommands.Stats(context));
        return server;
    }

    @Override
    public Integer call() throws Exception {
        throw new UsageException("name what to do: init, users, grant, local, list or stats");
    }

    static String roleList() {
        return "annotator, curator or lead";
    }

    static ServerRole role(String name) throws UsageException {
        try {
            return ServerRole.parse(name);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** {@code aurum server init}: creates the database when missing and brings its schema up to date. */
    @Command(name = "init", description = "Create the database (when missing) and its schema; run it again after"
            + " updating Aurum. Log in as the database's administrator.")
    static final class Init extends CliCommand {
        @Mixin
        ServerOptions server;

        Init(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() throws Exception {
            ServerAddress address = server.address();
            int applied = ServerAdministration.init(address, server.password());
            out().println(applied == 0 ? "The team server " + address + " is up to date."
                    : "The team server " + address + " is ready (" + applied + " schema migrations applied).");
            return CommandLine.OK;
        }
    }

    /** {@code aurum server users [list|add|remove|password]}: the people who log in. */
    @Command(name = "users", description = "List the people (default), or add, remove one, or set a password.")
    static final class Users extends CliCommand {
        @Mixin
        ServerOptions server;

        @Parameters(index = "0", arity = "0..1", paramLabel = "ACTION", description = "list, add, remove or password.")
        String action = "list";

        @Parameters(index = "1", arity = "0..1", paramLabel = "NAME", description = "The person: their annotator id.")
        String name;

        @Option(names = "--role", paramLabel = "ROLE", defaultValue = "annotator",
                description = "For add: annotator (default), curator or lead.")
        String role;

        @Option(names = "--new-password-file", paramLabel = "FILE",
                description = "For add and password: the person's password from the first line of FILE (else a prompt).")
        Path newPasswordFile;

        Users(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() throws Exception {
            if (!action.equals("list") && name == null) {
                throw new UsageException("name the person: aurum server users " + action + " NAME");
            }
            try (TeamServer team = server.connect(1)) {
                switch (action) {
                case "list" -> {
                    for (ServerAdministration.Person person : ServerAdministration.people(team)) {
                        out().println(person.name() + "\t" + person.role().cliName());
                    }
                }
                case "add" -> {
                    ServerRole chosen = role(role);
                    ServerAdministration.addPerson(team, name, chosen, ServerPasswords.newPassword(newPasswordFile, name));
                    out().println("Added " + name + " as " + chosen.cliName() + ".");
                }
                case "remove" -> {
                    ServerAdministration.removePerson(team, name);
                    out().println("Removed " + name + "; their layers stay on the server under their name.");
                }
                case "password" -> {
                    ServerAdministration.setPassword(team, name, ServerPasswords.newPassword(newPasswordFile, name));
                    out().println("Set the password of " + name + ".");
                }
                default -> throw new UsageException("the action is list, add, remove or password, not '" + action + "'");
                }
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            return CommandLine.OK;
        }
    }

    /** {@code aurum server grant NAME --role ROLE}. */
    @Command(name = "grant", description = "Give a person another role: annotator, curator or lead.")
    static final class Grant extends CliCommand {
        @Mixin
        ServerOptions server;

        @Parameters(paramLabel = "NAME", description = "The person.")
        String name;

        @Option(names = "--role", paramLabel = "ROLE", required = true, description = "annotator, curator or lead.")
        String role;

        Grant(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() throws Exception {
            ServerRole chosen = role(role);
            try (TeamServer team = server.connect(1)) {
                ServerAdministration.grant(team, name, chosen);
            }
            out().println(name + " is now " + chosen.cliName() + ".");
            return CommandLine.OK;
        }
    }

    /** {@code aurum server local --data DIR}: a team server on this machine, until Ctrl+C. */
    @Command(name = "local", description = "Run a team server on this machine from the Debian postgresql package,"
            + " until Ctrl+C: for trying Aurum with a team (docs/TEAM-SERVER.md).")
    static final class Local extends CliCommand {
        @Option(names = "--data", paramLabel = "DIR", required = true,
                description = "The server's data folder (created on first start; as root it must be reachable by 'nobody').")
        Path data;

        @Option(names = "--port", paramLabel = "PORT", defaultValue = "5432", description = "TCP port on 127.0.0.1 (default 5432).")
        int port;

        @Option(names = "--admin", paramLabel = "NAME", defaultValue = "aurum_admin",
                description = "The administrator's login (default aurum_admin).")
        String admin;

        @Option(names = "--password-file", paramLabel = "FILE",
                description = "The administrator's password from the first line of FILE (else AURUM_SERVER_PASSWORD, else a prompt).")
        Path passwordFile;

        Local(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() throws Exception {
            char[] password = ServerPasswords.login(passwordFile, admin);
            LocalPostgres server;
            try {
                server = LocalPostgres.start(data, port, admin, password);
            } catch (aurum.corpus.server.local.LocalPostgresException e) {
                throw new UsageException(e.getMessage());
            }
            ServerAddress address = new ServerAddress("127.0.0.1", server.port(), "aurum", admin);
            ServerAdministration.init(address, password);
            out().println("A team server runs at " + address + " (data in " + server.dataDirectory() + ").");
            out().println("Add people:  aurum server users add alice --server " + address);
            out().println("Share a corpus:  aurum push --corpus DIR --server " + address);
            out().println("Ctrl+C stops it.");
            out().flush();
            new CountDownLatch(1).await(); // until the JVM is stopped; LocalPostgres's shutdown hook stops the server
            return CommandLine.OK;
        }
    }
}
