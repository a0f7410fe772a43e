package org.segmenta.store.derby.internal;

import java.net.URI;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

import org.segmenta.core.store.StoreUnavailableException;

/**
 * Where the store's database is, from configuration: {@code segmenta.db.url} (+ {@code segmenta.db.user},
 * {@code segmenta.db.password}) for team mode, else {@code segmenta.db.folder}, else {@code <instance>/db}
 * where the instance location is {@code osgi.instance.area}.
 *
 * @param url the network URL, or null for embedded
 * @param user the network user
 * @param password the network password
 * @param folder the embedded database folder
 */
record StoreSettings(String url, String user, String password, Path folder) {

    static final String URL = "segmenta.db.url";
    static final String USER = "segmenta.db.user";
    static final String PASSWORD = "segmenta.db.password";
    static final String FOLDER = "segmenta.db.folder";
    static final String INSTANCE_AREA = "osgi.instance.area";

    /**
     * @param property looks a property up (component configuration, then framework, then system); null when unset
     * @param instanceArea the instance location's URL when known from the Location service, else null
     */
    static StoreSettings from(UnaryOperator<String> property, String instanceArea) {
        String url = blankToNull(property.apply(URL));
        if (url != null) {
            return new StoreSettings(url, property.apply(USER), property.apply(PASSWORD), null);
        }
        String folder = blankToNull(property.apply(FOLDER));
        if (folder != null) {
            return new StoreSettings(null, null, null, Path.of(folder));
        }
        String area = instanceArea != null ? instanceArea : blankToNull(property.apply(INSTANCE_AREA));
        if (area == null) {
            throw new StoreUnavailableException("Segmenta has no instance location for its database: start it with"
                    + " -data DIR (segmenta --data DIR), or set " + FOLDER + " or " + URL + ".", null);
        }
        return new StoreSettings(null, null, null, instanceFolder(area).resolve("db"));
    }

    /** @return the instance folder of an {@code osgi.instance.area} value such as {@code file:/home/u/ws/} */
    static Path instanceFolder(String area) {
        if (area.startsWith("file:")) {
            try {
                return Path.of(URI.create(area.replace(" ", "%20")));
            } catch (IllegalArgumentException e) {
                return Path.of(area.substring("file:".length()));
            }
        }
        return Path.of(area);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    DerbyStore open() {
        return url != null ? DerbyStore.network(url, user, password) : DerbyStore.embedded(folder);
    }
}
