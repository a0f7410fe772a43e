package org.segmenta.store.derby.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.apache.derby.drda.NetworkServerControl;
import org.apache.derby.jdbc.EmbeddedDriver;
import org.segmenta.core.format.Formats;
import org.segmenta.core.store.StoreException;

/**
 * The team server: a Derby network server over one database, {@code segmenta}, in a data folder.
 * <p>
 * Security (issue 16): the database keeps its users itself (Derby's NATIVE authentication, passwords hashed in the
 * database) and runs with SQL authorization. Its owner, {@value #OWNER}, has a random password kept in the data
 * folder ({@code owner.password}, mode 600) and is used only by the server and by {@code segmenta server user|backup}
 * on the same machine. The owner creates and upgrades the schema; team users (added with {@code segmenta server user
 * add}) get SELECT (column by column), INSERT, UPDATE and DELETE on Segmenta's tables and nothing else: they cannot
 * change the schema, lock a whole table ({@link #grantTeamRights(Connection)}), call the system procedures reserved to
 * the owner (export, import, backup, properties, jars) or create routines, because each user's own schema is made and
 * owned by the owner. The data folder, the database's files and
 * {@code derby.log} are owner-only. Without TLS, traffic is plain: see {@link Config#sslMode()}.
 * <p>
 * Round one's set-up (a {@code derby.properties} with {@code derby.user.NAME=PASSWORD} lines, Derby's BUILTIN
 * provider) is upgraded at the first start: its users become NATIVE users with the same passwords, and the file's
 * user lines, passwords in clear, are removed.
 */
public final class TeamServer implements AutoCloseable {

    /** The database name clients use: {@code jdbc:derby://HOST:PORT/segmenta}. */
    public static final String DATABASE = "segmenta";
    /**
     * The server's own user: the owner of schema APP, where Segmenta's tables are (Derby gives schema APP to user
     * APP), and for a database made by this server also the database owner.
     */
    public static final String OWNER = "APP";
    /**
     * How the line printed when the server accepts connections starts in English; tests and scripts wait for it. The
     * line is in the user's language ({@code ServerCommand_ready}: {@code Segmenta-Teamserver bereit} in German), so
     * a script that waits for this text starts the server with {@code -nl en} (or {@code LANG=C}).
     */
    public static final String READY = "Segmenta team server ready";
    /** The owner's password file in the data folder. */
    static final String OWNER_PASSWORD = "owner.password";
    /**
     * For a database of round one, whose database owner is round one's user {@code segmenta}: its name and password
     * (two lines), used for the users and the backup.
     */
    static final String DBO_PASSWORD = "dbo.password";
    /** Where a running server notes its host, port and TLS mode for the administration commands. */
    static final String SERVER_PROPERTIES = "server.properties";

    /**
     * How a server runs.
     *
     * @param data the data folder (database {@code segmenta}, {@code derby.log}, the owner's password)
     * @param host the address to listen on ({@code localhost}: this machine only)
     * @param port the TCP port
     * @param sslMode {@code off}, {@code basic} (encrypted; clients connect with {@code ;ssl=basic}) or
     *            {@code peerAuthentication} (also checks the clients' certificates); for both the JVM needs a key store
     *            ({@code javax.net.ssl.keyStore}, {@code javax.net.ssl.keyStorePassword})
     * @param bootPassword the boot password of an encrypted database, or null for none; on the first start it makes
     *            the database encrypted (Derby's {@code dataEncryption=true})
     * @param ownProcess whether the server owns its JVM (the product's {@code segmenta server}): then Derby's system
     *            home is the data folder and its system-wide settings are set (authentication for system operations
     *            such as creating databases or shutting the server down, the log file); false for a server inside a
     *            test's JVM, whose other databases must stay unaffected
     */
    public record Config(Path data, String host, int port, String sslMode, String bootPassword, boolean ownProcess) {
    }

    private final Config config;
    private final String databaseName;
    private final String ownerPassword;
    private String dbo = OWNER;
    private String dboPassword;
    private NetworkServerControl control;

    private TeamServer(Config config, String ownerPassword) throws IOException {
        this.config = config;
        this.databaseName = config.ownProcess() ? DATABASE : config.data().resolve(DATABASE).toAbsolutePath().toString();
        this.ownerPassword = ownerPassword;
        this.dboPassword = ownerPassword;
        Path dboFile = config.data().toAbsolutePath().resolve(DBO_PASSWORD);
        if (Files.exists(dboFile)) {
            OwnerOnly.readSecret(dboFile, Messages.OwnerOnly_databaseOwnersPassword); // checks the mode
            List<String> lines = Files.readAllLines(dboFile);
            dbo = lines.get(0).strip();
            dboPassword = lines.get(1).strip();
        }
    }

    /**
     * Prepares the database (creates it, upgrades round one's set-up, brings the schema up to date, grants the team
     * its rights) and starts the network server.
     *
     * @param config how to run
     * @return the running server; {@link #close()} stops it
     * @throws Exception when the database cannot be prepared or the port cannot be opened
     */
    public static TeamServer start(Config config) throws Exception {
        Path data = config.data().toAbsolutePath();
        OwnerOnly.folder(data);
        DerbyDatabase.engineDefaults();
        Map<String, String> roundOne = roundOneUsers(data);
        String password = ownerPassword(data, roundOne);
        TeamServer server = new TeamServer(config, password);
        server.systemProperties();
        server.prepareDatabase(roundOne);
        if (!config.sslMode().equals("off")) {
            System.setProperty("derby.drda.sslMode", config.sslMode());
        }
        server.control = new NetworkServerControl(InetAddress.getByName(config.host()), config.port(), OWNER, password);
        server.control.start(new PrintWriter(System.err, true));
        server.waitUntilUp();
        Properties noted = new Properties();
        noted.setProperty("host", config.host());
        noted.setProperty("port", String.valueOf(config.port()));
        noted.setProperty("sslMode", config.sslMode());
        try (var out = Files.newOutputStream(data.resolve(SERVER_PROPERTIES))) {
            noted.store(out, "Written by the running Segmenta team server, read by 'segmenta server user|backup'");
        }
        OwnerOnly.file(data.resolve(SERVER_PROPERTIES));
        OwnerOnly.tree(data.resolve(DATABASE));
        OwnerOnly.file(data.resolve("derby.log"));
        return server;
    }

    /** @return the URL clients use, for example {@code jdbc:derby://localhost:1527/segmenta} */
    public String url() {
        String host = config.host().equals("0.0.0.0") ? "HOST" : config.host();
        return "jdbc:derby://" + host + ":" + config.port() + "/" + databaseName
                + (config.sslMode().equals("off") ? "" : ";ssl=" + config.sslMode());
    }

    /** @return the owner's password (tests and the administration commands of this process) */
    public String ownerPassword() {
        return ownerPassword;
    }

    private void systemProperties() {
        if (!config.ownProcess()) {
            return;
        }
        Path data = config.data().toAbsolutePath();
        System.setProperty("derby.system.home", data.toString());
        if (System.getProperty("derby.stream.error.file") == null) {
            System.setProperty("derby.stream.error.file", data.resolve("derby.log").toString());
        }
        OwnerOnly.file(Path.of(System.getProperty("derby.stream.error.file")));
        DerbyDatabase.engineDefaults();
        // system-wide operations (creating another database, shutting the engine down) need the owner's password;
        // the database itself authenticates with its own NATIVE users, which override this
        System.setProperty("derby.connection.requireAuthentication", "true");
        System.setProperty("derby.authentication.provider", "BUILTIN");
        System.setProperty("derby.user." + OWNER, ownerPassword);
    }

    private static Map<String, String> roundOneUsers(Path data) throws IOException {
        Map<String, String> users = new LinkedHashMap<>();
        Path file = data.resolve("derby.properties");
        if (!Files.exists(file)) {
            return users;
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        }
        for (String name : p.stringPropertyNames().stream().sorted().toList()) {
            if (name.startsWith("derby.user.") && !p.getProperty(name).isEmpty()) {
                users.put(name.substring("derby.user.".length()), p.getProperty(name));
            }
        }
        return users;
    }

    private static String ownerPassword(Path data, Map<String, String> roundOne) throws IOException {
        Path file = data.resolve(OWNER_PASSWORD);
        if (Files.exists(file)) {
            return OwnerOnly.readSecret(file, Messages.OwnerOnly_serverOwnersPassword);
        }
        String password = randomPassword();
        OwnerOnly.writeSecret(file, password);
        return password;
    }

    static String randomPassword() {
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private String embeddedUrl() {
        return "jdbc:derby:" + databaseName;
    }

    private Properties ownerProperties() {
        return properties(OWNER, ownerPassword);
    }

    private Properties properties(String user, String password) {
        Properties p = new Properties();
        p.setProperty("user", user);
        p.setProperty("password", password);
        if (config.bootPassword() != null) {
            p.setProperty("bootPassword", config.bootPassword());
        }
        return p;
    }

    /** @return a connection of the owner (of Segmenta's tables) to the database, through the engine of this JVM */
    public Connection ownerConnection() throws SQLException {
        return new EmbeddedDriver().connect(embeddedUrl(), ownerProperties());
    }

    /**
     * @return a connection of the database owner (users, backup), through the engine of this JVM: the owner itself,
     *         or for a database of round one its user {@code segmenta}
     */
    public Connection adminConnection() throws SQLException {
        return new EmbeddedDriver().connect(embeddedUrl(), properties(dbo, dboPassword));
    }

    private void prepareDatabase(Map<String, String> roundOne) throws SQLException, IOException {
        Path folder = config.data().toAbsolutePath().resolve(DATABASE);
        if (!Files.exists(folder.resolve("service.properties"))) {
            Properties create = ownerProperties();
            create.setProperty("create", "true");
            if (config.bootPassword() != null) {
                create.setProperty("dataEncryption", "true");
            }
            try (Connection c = new EmbeddedDriver().connect(embeddedUrl(), create)) {
                enableNativeAuthentication(c, OWNER, ownerPassword, null, roundOne);
            }
            shutdownDatabase();
        } else if (!nativeAuthentication()) {
            upgradeRoundOne(roundOne);
        }
        removeRoundOneUsers(roundOne);
        try (Connection c = ownerConnection()) {
            try (Statement s = c.createStatement()) {
                s.execute("SET SCHEMA " + Tables.SCHEMA);
            }
            Schema.migrate(c, "the team database " + folder, Migrations.latest(), Migrations.ALL);
            grantTeamRights(c);
            c.commit();
        }
    }

    /**
     * Stores the owner's credentials and round one's users in the database, switches NATIVE authentication on (SQL
     * authorization with it) and never lets passwords expire; effective from the database's next boot.
     */
    private static void enableNativeAuthentication(Connection c, String owner, String password, String dbo,
            Map<String, String> users) throws SQLException {
        c.setAutoCommit(true);
        if (dbo != null) {
            createUser(c, dbo, users.get(dbo)); // the database owner's credentials come first
        }
        createUser(c, owner, password);
        for (Map.Entry<String, String> u : users.entrySet()) {
            if (!u.getKey().equalsIgnoreCase(owner) && !u.getKey().equals(dbo)) {
                createUser(c, u.getKey(), u.getValue());
                ownSchema(c, u.getKey(), owner);
            }
        }
        setProperty(c, "derby.authentication.native.passwordLifetimeMillis", "0");
        setProperty(c, "derby.database.sqlAuthorization", "true");
        try {
            setProperty(c, "derby.authentication.provider", "NATIVE::LOCAL");
        } catch (SQLException e) {
            if (!"XCY05".equals(e.getSQLState())) { // the owner's credentials switched it on already
                throw e;
            }
        }
    }

    private boolean nativeAuthentication() throws SQLException {
        Properties p = ownerProperties();
        try (Connection c = new EmbeddedDriver().connect(embeddedUrl(), p);
                PreparedStatement q = c.prepareStatement("VALUES SYSCS_UTIL.SYSCS_GET_DATABASE_PROPERTY(?)")) {
            q.setString(1, "derby.authentication.provider");
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return String.valueOf(rs.getString(1)).startsWith("NATIVE");
            }
        }
    }

    /**
     * A database of round one: created by user segmenta under BUILTIN authentication, without SQL authorization. Its
     * users (still known to the engine from derby.properties) become NATIVE users with the same passwords.
     */
    private void upgradeRoundOne(Map<String, String> roundOne) throws SQLException, IOException {
        String owner;
        try (Connection c = ownerConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT authorizationid FROM sys.sysschemas WHERE schemaname = 'SYS'")) {
            rs.next();
            owner = rs.getString(1);
        }
        String name = null;
        for (String u : roundOne.keySet()) {
            if (u.equalsIgnoreCase(owner)) {
                name = u;
            }
        }
        if (name == null) {
            throw new StoreException(Formats.bind(Messages.TeamServer_theTeamDatabaseIn,
                    config.data(), owner, config.data().resolve("derby.properties"), owner.toLowerCase(Locale.ROOT)));
        }
        // the user management and the switch to NATIVE are the database owner's
        try (Connection c = new EmbeddedDriver().connect(embeddedUrl(), properties(name, roundOne.get(name)))) {
            enableNativeAuthentication(c, OWNER, ownerPassword, name, roundOne);
        }
        dbo = name;
        dboPassword = roundOne.get(name);
        OwnerOnly.writeSecret(config.data().toAbsolutePath().resolve(DBO_PASSWORD), name + "\n" + dboPassword);
        shutdownDatabase();
        System.out.println("Upgraded the team database of round one: " + roundOne.size() + " user(s) now kept in the"
                + " database (NATIVE authentication, passwords hashed), SQL authorization on.");
    }

    /** Takes the users with passwords in clear out of derby.properties (they are in the database now). */
    private void removeRoundOneUsers(Map<String, String> roundOne) throws IOException {
        if (roundOne.isEmpty()) {
            return;
        }
        Path file = config.data().toAbsolutePath().resolve("derby.properties");
        List<String> kept = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.strip().startsWith("derby.user.")) {
                kept.add(line);
            }
        }
        Files.write(file, kept);
        OwnerOnly.file(file);
    }

    private void shutdownDatabase() {
        Properties p = properties(dbo, dboPassword); // under SQL authorization only the database owner may
        p.setProperty("shutdown", "true");
        try {
            new EmbeddedDriver().connect(embeddedUrl(), p);
        } catch (SQLException e) {
            // 08006: shut down as asked
        }
    }

    /**
     * SELECT, INSERT, UPDATE and DELETE on every table of Segmenta's schema to every user of the database (PUBLIC:
     * each of them is a team user). Repeated at every start, after the upgrade, so that new tables and columns are
     * covered.
     * <p>
     * SELECT is granted on the columns, by name, never on the table: Derby lets whoever holds the table-level SELECT
     * privilege run {@code LOCK TABLE} (DERBY-1708), and one team user's {@code LOCK TABLE contact IN EXCLUSIVE MODE}
     * would stop everyone's work until that user's transaction ended. A column grant lets every query, UPDATE and
     * DELETE through (also {@code SELECT COUNT(*)} and {@code SELECT *}), while {@code LOCK TABLE} is refused (42500).
     * The table-level SELECT of earlier servers is revoked.
     */
    static void grantTeamRights(Connection c) throws SQLException {
        Map<String, List<String>> columns = new java.util.TreeMap<>();
        try (ResultSet rs = c.getMetaData().getTables(null, Tables.SCHEMA, null, new String[] { "TABLE" })) {
            while (rs.next()) {
                columns.put(rs.getString("TABLE_NAME"), new ArrayList<>());
            }
        }
        try (ResultSet rs = c.getMetaData().getColumns(null, Tables.SCHEMA, null, null)) {
            while (rs.next()) {
                List<String> of = columns.get(rs.getString("TABLE_NAME"));
                if (of != null) {
                    of.add("\"" + rs.getString("COLUMN_NAME") + "\"");
                }
            }
        }
        Set<String> tableSelect = tablesWithPublicSelect(c);
        try (Statement s = c.createStatement()) {
            for (Map.Entry<String, List<String>> t : columns.entrySet()) {
                String table = Tables.SCHEMA + ".\"" + t.getKey() + "\"";
                if (tableSelect.contains(t.getKey())) {
                    s.execute("REVOKE SELECT ON " + table + " FROM PUBLIC");
                }
                s.execute("GRANT SELECT (" + String.join(", ", t.getValue()) + ") ON " + table + " TO PUBLIC");
                s.execute("GRANT INSERT, UPDATE, DELETE ON " + table + " TO PUBLIC");
            }
        }
    }

    /** @return the tables of Segmenta's schema on which PUBLIC holds the table-level SELECT privilege */
    private static Set<String> tablesWithPublicSelect(Connection c) throws SQLException {
        Set<String> result = new java.util.HashSet<>();
        try (PreparedStatement q = c.prepareStatement("SELECT t.tablename FROM sys.systableperms p"
                + " JOIN sys.systables t ON t.tableid = p.tableid JOIN sys.sysschemas s ON s.schemaid = t.schemaid"
                + " WHERE p.grantee = 'PUBLIC' AND p.selectpriv IN ('y', 'Y') AND s.schemaname = ?")) {
            q.setString(1, Tables.SCHEMA);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    result.add(rs.getString(1));
                }
            }
        }
        return result;
    }

    private static void createUser(Connection c, String name, String password) throws SQLException {
        try (CallableStatement call = c.prepareCall("CALL SYSCS_UTIL.SYSCS_CREATE_USER(?, ?)")) {
            call.setString(1, name);
            call.setString(2, password);
            call.execute();
        }
    }

    /** Makes the user's own schema, owned by the owner, so that the user can create nothing (no tables, no routines). */
    private static void ownSchema(Connection c, String user, String owner) throws SQLException {
        String schema = user.toUpperCase(Locale.ROOT);
        try (PreparedStatement q = c.prepareStatement("SELECT 1 FROM sys.sysschemas WHERE schemaname = ?")) {
            q.setString(1, schema);
            try (ResultSet rs = q.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA \"" + schema + "\" AUTHORIZATION \"" + owner.toUpperCase(Locale.ROOT) + "\"");
        }
    }

    private static void setProperty(Connection c, String key, String value) throws SQLException {
        try (CallableStatement call = c.prepareCall("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY(?, ?)")) {
            call.setString(1, key);
            call.setString(2, value);
            call.execute();
        }
    }

    private void waitUntilUp() throws Exception {
        Exception last = null;
        for (int i = 0; i < 300; i++) {
            try {
                if (config.sslMode().equals("off")) {
                    control.ping();
                } else {
                    // Derby's ping would check the server's certificate against this JVM's trust store: a port that
                    // accepts connections is enough here
                    try (java.net.Socket probe = new java.net.Socket(config.host().equals("0.0.0.0") ? "localhost"
                            : config.host(), config.port())) {
                        probe.getPort();
                    }
                }
                return;
            } catch (Exception e) {
                last = e;
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("The Derby network server did not come up: " + last, last);
    }

    /** Stops the network server and shuts the database down (its files consistent, its lock released). */
    @Override
    public void close() {
        try {
            control.shutdown();
        } catch (Exception ignored) {
            // stopping anyway
        }
        shutdownDatabase();
        try {
            Files.deleteIfExists(config.data().toAbsolutePath().resolve(SERVER_PROPERTIES));
        } catch (IOException ignored) {
            // only a note for the administration commands
        }
    }

    // ---- administration: users and backup, as the owner, through the running server or the engine of this JVM

    /**
     * The owner's connection for administration: through the running server when {@code server.properties} says
     * one runs, else through the engine of this JVM (the server must then be stopped).
     */
    static final class Admin implements AutoCloseable {

        final Connection connection;
        private final TeamServer embedded;

        private Admin(Connection connection, TeamServer embedded) {
            this.connection = connection;
            this.embedded = embedded;
        }

        /**
         * @param data the server's data folder
         * @param bootPassword the boot password of an encrypted database, or null
         * @param ownProcess whether this JVM is the administration command's own (the product)
         */
        static Admin open(Path data, String bootPassword, boolean ownProcess) throws Exception {
            Path absolute = data.toAbsolutePath();
            if (!Files.exists(absolute.resolve(DATABASE).resolve("service.properties"))) {
                throw new IllegalArgumentException(Formats.bind(Messages.TeamServer_thereIsNoTeam,
                        absolute, absolute));
            }
            String password = OwnerOnly.readSecret(absolute.resolve(OWNER_PASSWORD), Messages.OwnerOnly_serverOwnersPassword);
            TeamServer local = new TeamServer(new Config(absolute, "localhost", 0, "off", bootPassword, ownProcess),
                    password);
            Path noted = absolute.resolve(SERVER_PROPERTIES);
            if (Files.exists(noted)) {
                Properties p = new Properties();
                try (InputStream in = Files.newInputStream(noted)) {
                    p.load(in);
                }
                String host = p.getProperty("host", "localhost");
                if (host.equals("0.0.0.0")) {
                    host = "localhost";
                }
                String ssl = p.getProperty("sslMode", "off");
                String name = ownProcess ? DATABASE : absolute.resolve(DATABASE).toString();
                String url = "jdbc:derby://" + host + ":" + p.getProperty("port", "1527") + "/" + name
                        + (ssl.equals("off") ? "" : ";ssl=basic");
                try {
                    return new Admin(NetworkDatabase.clientDriver().connect(url, local.properties(local.dbo,
                            local.dboPassword)), null);
                } catch (SQLException e) {
                    if (!String.valueOf(DerbyErrors.state(e)).startsWith("08001")) {
                        throw e;
                    }
                    // no server there any more (it was killed): work on the files
                }
            }
            local.systemProperties();
            return new Admin(local.adminConnection(), local);
        }

        @Override
        public void close() throws SQLException {
            connection.close();
            if (embedded != null) {
                embedded.shutdownDatabase();
            }
        }
    }

    /**
     * Adds a team user (NATIVE credentials, hashed in the database) who can work with Segmenta's data and do nothing
     * else.
     *
     * @param c the owner's connection
     * @param name the user's name (letters, digits, underscores; case does not matter)
     * @param password the password, at least 8 characters
     */
    public static void addUser(Connection c, String name, String password) throws SQLException {
        checkName(name);
        checkPassword(password);
        createUser(c, name, password);
        ownSchema(c, name, OWNER);
        if (!c.getAutoCommit()) {
            c.commit();
        }
    }

    /** Removes a team user; the owner cannot be removed. */
    public static void removeUser(Connection c, String name) throws SQLException {
        checkName(name);
        if (name.equalsIgnoreCase(OWNER)) {
            throw new IllegalArgumentException(Formats.bind(Messages.TeamServer_theOwner, OWNER));
        }
        try (CallableStatement call = c.prepareCall("CALL SYSCS_UTIL.SYSCS_DROP_USER(?)")) {
            call.setString(1, name);
            call.execute();
        }
        if (!c.getAutoCommit()) {
            c.commit();
        }
    }

    /** Gives a team user a new password. */
    public static void resetPassword(Connection c, String name, String password) throws SQLException {
        checkName(name);
        checkPassword(password);
        if (name.equalsIgnoreCase(OWNER)) {
            throw new IllegalArgumentException(Formats.bind(Messages.TeamServer_theOwnerSPassword, OWNER_PASSWORD));
        }
        try (CallableStatement call = c.prepareCall("CALL SYSCS_UTIL.SYSCS_RESET_PASSWORD(?, ?)")) {
            call.setString(1, name);
            call.setString(2, password);
            call.execute();
        }
        if (!c.getAutoCommit()) {
            c.commit();
        }
    }

    /** @return the database's users, owner first */
    public static List<String> users(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT username FROM sys.sysusers ORDER BY username")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        names.sort((a, b) -> a.equalsIgnoreCase(OWNER) ? -1 : b.equalsIgnoreCase(OWNER) ? 1 : a.compareTo(b));
        return names;
    }

    /**
     * An online backup: a consistent copy of the database in {@code folder}/segmenta while clients keep working.
     *
     * @param c the owner's connection
     * @param folder the folder on the server's machine that receives the copy
     */
    public static void backup(Connection c, Path folder) throws SQLException, IOException {
        OwnerOnly.folder(folder.toAbsolutePath());
        try (CallableStatement call = c.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
            call.setString(1, folder.toAbsolutePath().toString());
            call.execute();
        }
        OwnerOnly.tree(folder.toAbsolutePath());
    }

    private static void checkName(String name) {
        if (name == null || !name.matches("[A-Za-z][A-Za-z0-9_]{0,127}")) {
            throw new IllegalArgumentException(Formats.bind(Messages.TeamServer_text, name));
        }
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < 8) {
            throw new IllegalArgumentException(Formats.bind(Messages.TeamServer_thePasswordMustHave));
        }
    }

    /** @return Derby's network client driver (for tests and tools that connect without a store) */
    public static Driver clientDriver() {
        return NetworkDatabase.clientDriver();
    }
}
