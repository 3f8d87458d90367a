package imrgraph;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.SettingValueParsers;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Transaction;
import org.neo4j.io.ByteUnit;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.kernel.impl.security.User;
import org.neo4j.logging.NullLogProvider;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.server.security.SecureHasher;
import org.neo4j.server.security.SystemGraphCredential;
import org.neo4j.server.security.auth.CommunitySecurityModule;
import org.neo4j.server.security.auth.FileUserRepository;

/**
 * Runs Neo4j Community embedded with a Bolt connector so the project can use a real server
 * without Docker or a Neo4j install.
 *
 * <p>Usage: {@code java -Xmx1g -jar neo4j-local.jar <homeDir> <port>} with the password for
 * user {@code neo4j} in {@code NEO4J_PASSWORD}; optional {@code NEO4J_TRANSACTION_TIMEOUT} takes
 * a Neo4j duration such as {@code 60s}. Prints {@value #READY} once Bolt accepts logins.
 */
public final class LocalNeo4j {
    static final String READY = "neo4j-local ready";
    private static final String USER = "neo4j";

    private LocalNeo4j() {}

    public static void main(String[] args) throws InterruptedException {
        long startedAt = System.nanoTime();
        if (args.length != 2) {
            fail("usage: LocalNeo4j <homeDir> <port>");
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = parsePort(args[1]);
        String password = System.getenv("NEO4J_PASSWORD");
        if (password == null || password.length() < 8) {
            // Neo4j refuses passwords under 8 characters; say so before a slow start.
            fail("NEO4J_PASSWORD must be set to at least 8 characters");
        }

        boolean fresh = !Files.exists(home.resolve("data/databases/system"));
        if (fresh) {
            writeInitialPassword(home, password);
        }
        DatabaseManagementService dbms = build(home, port);
        System.out.println("neo4j-local started in " + millisSince(startedAt) + " ms");
        CountDownLatch stopped = new CountDownLatch(1);
        // SIGTERM runs shutdown hooks; a clean shutdown avoids recovery on the next start.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("neo4j-local stopping");
            dbms.shutdown();
            System.out.println("neo4j-local stopped");
            stopped.countDown();
        }, "neo4j-local-shutdown"));

        if (!fresh) {
            try {
                setPassword(dbms, password);
            } catch (RuntimeException e) {
                e.printStackTrace();
                System.exit(1);
            }
        }
        System.out.println(READY + " bolt://127.0.0.1:" + port + " in " + millisSince(startedAt) + " ms");
        System.out.flush();
        stopped.await();
    }

    private static DatabaseManagementService build(Path home, int port) {
        var builder = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(512))
                // No phoning home: the machines have no internet, and the data is medical.
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // Netty otherwise idles 5 s per Bolt connector on shutdown; nothing is in flight
                // by then, and stop time adds up over test runs.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0);
        String pageCache = System.getenv("IMR_GRAPH_NEO4J_PAGECACHE");
        if (pageCache != null && !pageCache.isBlank()) {
            // Neo4j's own byte syntax (512m, 4g, ...): size it to the store for large graphs.
            builder.setConfig(GraphDatabaseSettings.pagecache_memory, SettingValueParsers.BYTES.parse(pageCache));
        }
        String timeout = System.getenv("NEO4J_TRANSACTION_TIMEOUT");
        if (timeout != null && !timeout.isBlank()) {
            // Neo4j's own duration syntax (30s, 2m, ...), as in neo4j.conf.
            builder.setConfig(GraphDatabaseSettings.transaction_timeout, SettingValueParsers.DURATION.parse(timeout));
        }
        return builder.build();
    }

    /**
     * What {@code neo4j-admin dbms set-initial-password} does: the system database reads this
     * file when it is created. Internal classes, pinned by the exact Neo4j version in pom.xml;
     * it saves the 5 to 15 s that the first Cypher statement (ALTER USER) costs on a cold JVM.
     */
    private static void writeInitialPassword(Path home, String password) {
        Config config = Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, home).build();
        Path file = CommunitySecurityModule.getInitialUserRepositoryFile(config);
        try (var fs = new DefaultFileSystemAbstraction()) {
            fs.mkdirs(file.getParent());
            fs.deleteFile(file);
            var users = new FileUserRepository(fs, file, NullLogProvider.getInstance(), EmptyMemoryTracker.INSTANCE);
            users.start();
            var credential = SystemGraphCredential.createCredentialForPassword(
                    password.getBytes(StandardCharsets.UTF_8), new SecureHasher());
            users.create(new User(USER, null, credential, false, false));
            users.shutdown();
        } catch (Exception e) {
            throw new IllegalStateException("could not write the initial password file " + file, e);
        }
    }

    /**
     * For a data directory made by an earlier start. Embedded code runs with full rights, so
     * the system database takes the password directly; a changed NEO4J_PASSWORD then applies.
     */
    private static void setPassword(DatabaseManagementService dbms, String password) {
        var system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        if (passwordMatches(system, password)) {
            return;
        }
        try {
            system.executeTransactionally(
                    "ALTER USER " + USER + " SET PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("password", password));
        } catch (RuntimeException e) {
            // Neo4j refuses to "change" a password to the one already set: that is success here.
            if (!String.valueOf(e.getMessage()).contains("cannot be the same")) {
                throw e;
            }
        }
    }

    /** Reads the stored credential without Cypher, so an unchanged password costs nothing. */
    private static boolean passwordMatches(GraphDatabaseService system, String password) {
        try (Transaction tx = system.beginTx()) {
            Node user = tx.findNode(Label.label("User"), "name", USER);
            Object stored = user == null ? null : user.getProperty("credentials", null);
            return stored instanceof String serialized
                    && SystemGraphCredential.deserialize(serialized, new SecureHasher())
                            .matchesPassword(password.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            // An unexpected system graph shape: ALTER USER below still sets the password.
            return false;
        }
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    private static int parsePort(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port > 0 && port < 65536) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // Reported below with the offending text.
        }
        fail("port must be a number from 1 to 65535, got: " + text);
        return -1;
    }

    private static void fail(String message) {
        System.err.println("neo4j-local: " + message);
        System.exit(2);
    }
}
