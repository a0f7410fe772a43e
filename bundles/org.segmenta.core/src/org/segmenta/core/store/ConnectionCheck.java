package org.segmenta.core.store;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Tries a team server's address and credentials before they are used (Window › Preferences › Database › Test
 * Connection): connects as the store would, reads which database it is, and disconnects, changing nothing and
 * creating nothing. An OSGi service of the store bundle.
 */
@ProviderType
public interface ConnectionCheck {

    /**
     * @param url the team database, {@code jdbc:derby://HOST:PORT/DATABASE}
     * @param user the user
     * @param password the user's password
     * @return what was found, one sentence: the server, the user and the database's schema version (or that the
     *         database has no Segmenta tables yet)
     * @throws StoreUnavailableException when the server cannot be reached, refuses the user or has no such database;
     *             the message is the server's or the network's, with what to check
     */
    String checkTeamServer(String url, String user, String password);
}
