package org.segmenta.store.derby.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.osgi.service.component.annotations.Component;
import org.segmenta.core.format.Formats;
import org.segmenta.core.store.ConnectionCheck;
import org.segmenta.core.store.StoreUnavailableException;

/**
 * {@link ConnectionCheck} with Derby's network client: connects without {@code create=true} (a missing database is
 * reported, not made), reads the schema version from {@code segmenta_schema}, closes.
 */
@Component(service = ConnectionCheck.class)
public final class DerbyConnectionCheck implements ConnectionCheck {

    /** How long a check waits for the server to answer, in seconds. */
    static final int TIMEOUT_SECONDS = 10;

    @Override
    public String checkTeamServer(String url, String user, String password) {
        if (url == null || !url.startsWith("jdbc:derby://")) {
            throw new StoreUnavailableException(Formats.bind(Messages.DerbyConnectionCheck_theTeamDatabaseUrl,
                    url), null);
        }
        Driver driver;
        try {
            // by name: the client's package comes from the derbyclient bundle through a fragment of this bundle
            driver = (Driver) Class.forName("org.apache.derby.client.ClientAutoloadedDriver").getDeclaredConstructor()
                    .newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new StoreUnavailableException(Formats.bind(Messages.DerbyConnectionCheck_derbySNetworkClient, e), e);
        }
        Properties props = new Properties();
        if (user != null && !user.isBlank()) {
            props.setProperty("user", user.strip());
        }
        if (password != null) {
            props.setProperty("password", password);
        }
        if (DriverManager.getLoginTimeout() == 0) {
            // the client waits this long for the server's answer (a port that is not a Derby server never answers)
            DriverManager.setLoginTimeout(TIMEOUT_SECONDS);
        }
        try (Connection c = driver.connect(url, props)) {
            if (c == null) {
                throw new StoreUnavailableException(Formats.bind(Messages.DerbyConnectionCheck_derbySClientDriver,
                        url), null);
            }
            DatabaseMetaData meta = c.getMetaData();
            String where = url.substring("jdbc:derby://".length());
            String schema = schemaVersion(c);
            return "Connected to " + where + " as " + meta.getUserName() + " (" + meta.getDatabaseProductName() + " "
                    + meta.getDatabaseProductVersion() + "); " + schema;
        } catch (SQLException e) {
            String state = DerbyErrors.state(e);
            if ("08004".equals(state) && DerbyErrors.rootMessage(e).toLowerCase(java.util.Locale.ROOT).contains("not found")) {
                throw new StoreUnavailableException(Formats.bind(Messages.DerbyConnectionCheck_theTeamServerAt2,
                        url, DerbyErrors.rootMessage(e)), e);
            }
            if ("08004".equals(state)) {
                throw new StoreUnavailableException(Formats.bind(Messages.DerbyConnectionCheck_theTeamServerAt,
                        url, user, DerbyErrors.rootMessage(e)), e);
            }
            throw new StoreUnavailableException(Formats.bind(Messages.DerbyConnectionCheck_cannotReachTheTeam,
                    url, DerbyErrors.rootMessage(e)), e);
        }
    }

    private static String schemaVersion(Connection c) {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT MAX(version) FROM " + Tables.SCHEMA + "." + Schema.VERSION_TABLE)) {
            return rs.next() && rs.getObject(1) != null ? "Segmenta schema version " + rs.getInt(1) + "."
                    : "the database has no Segmenta schema yet.";
        } catch (SQLException e) {
            return "its Segmenta schema version could not be read (" + DerbyErrors.rootMessage(e)
                    + "); a new database gets its tables when Segmenta first connects.";
        }
    }
}
