package org.segmenta.store.derby.internal;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.segmenta.core.format.Formats;
import org.segmenta.core.store.StoreUnavailableException;

/**
 * A database on a Derby network server (team mode), reached with Derby's client driver used directly (not
 * through {@code DriverManager}, which does not see it inside OSGi).
 */
final class NetworkDatabase implements ConnectionSource {

    private final String url;
    private final String user;
    private final String password;
    private final Driver driver = clientDriver();

    /**
     * @param url {@code jdbc:derby://host:port/name}
     * @param user the user the server knows
     * @param password the user's password
     */
    NetworkDatabase(String url, String user, String password) {
        if (url == null || !url.startsWith("jdbc:derby://")) {
            throw new StoreUnavailableException(Formats.bind(Messages.NetworkDatabase_theTeamDatabaseUrl, url), null);
        }
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /**
     * Derby's client driver, instantiated directly (never through {@code DriverManager}, which does not see it
     * inside OSGi). Its package comes from the derbyclient bundle through the fragment
     * {@code org.segmenta.store.derby.client}, which exports it.
     */
    static Driver clientDriver() {
        try {
            // by name: the compiler does not see packages a fragment exports from its host; the resolver does
            return (Driver) Class.forName("org.apache.derby.client.ClientAutoloadedDriver").getDeclaredConstructor()
                    .newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new StoreUnavailableException(Formats.bind(Messages.NetworkDatabase_derbySNetworkClient, e), e);
        }
    }

    @Override
    public Connection connect() {
        Properties props = new Properties();
        if (user != null) {
            props.setProperty("user", user);
        }
        if (password != null) {
            props.setProperty("password", password);
        }
        Connection c;
        try {
            c = driver.connect(url, props);
        } catch (SQLException e) {
            String state = DerbyErrors.state(e);
            if ("08004".equals(state)) {
                throw new StoreUnavailableException(Formats.bind(password == null
                        ? Messages.NetworkDatabase_refusedUserNoPassword : Messages.NetworkDatabase_refusedUserThisPassword, url, user), e);
            }
            throw new StoreUnavailableException(Formats.bind(Messages.NetworkDatabase_cannotReachTheTeam,
                    url, DerbyErrors.rootMessage(e)), e);
        }
        if (c == null) {
            throw new StoreUnavailableException(Formats.bind(Messages.NetworkDatabase_derbySClientDriver, url), null);
        }
        try (Statement s = c.createStatement()) {
            s.execute("SET SCHEMA " + Tables.SCHEMA);
        } catch (SQLException e) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // already failing
            }
            throw DerbyErrors.translate(e, Formats.bind(Messages.DerbyStore_preparingAConnectionTo, url));
        }
        return c;
    }

    @Override
    public String location() {
        return url;
    }

    @Override
    public boolean team() {
        return true;
    }

    @Override
    public String user() {
        return user;
    }

    @Override
    public void close() {
        // the server keeps the database; our connections are closed by the store
    }
}
