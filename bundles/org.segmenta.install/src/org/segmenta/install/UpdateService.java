package org.segmenta.install;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Updates the running installation from the company's p2 repository (Help › Check for Updates, and
 * {@code segmenta cli update}). Built on p2's operations API: {@link #check} resolves an update of the installed
 * product against the repository and says what would change; {@link #install} downloads and installs exactly that;
 * the new bundles run from the next start.
 */
@ProviderType
public interface UpdateService {

    /** One installable unit that an update replaces. */
    record Change(String id, String name, String fromVersion, String toVersion) {
    }

    /** What {@link #check} found: the changes (empty when everything is up to date) and the repository. */
    interface Plan {
        /** @return the repository the plan was resolved against */
        URI site();

        /** @return what the update replaces, one entry per root (the product, its feature); empty when up to date */
        List<Change> changes();

        /** @return whether there is nothing to update */
        default boolean isEmpty() {
            return changes().isEmpty();
        }
    }

    /**
     * @param site a URL ({@code file:/srv/segmenta/repository}, {@code https://...}) or a plain folder path
     * @return the URI; a plain path becomes a {@code file:} URI
     * @throws IllegalArgumentException when it is neither; the message quotes it
     */
    static URI toSite(String site) {
        String s = site.strip();
        try {
            URI u = new URI(s);
            if (u.getScheme() != null && u.getScheme().length() > 1) {
                return u;
            }
        } catch (URISyntaxException e) {
            // a path with spaces or backslashes: below
        }
        try {
            return Path.of(s).toAbsolutePath().toUri();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("The update site '" + s + "' is neither a URL nor a folder", e);
        }
    }

    /**
     * @return the update site: the user's or company's {@link CompanySettings#UPDATE_SITE}, or null when none is set
     */
    URI defaultSite();

    /** @return the installed product's version, for example {@code 0.1.0.v20261206-1200} */
    String installedVersion();

    /**
     * Finds what an update from the repository would change. Reads the repository, changes nothing.
     *
     * @param site the p2 repository ({@code file:}, {@code http:} or {@code https:})
     * @param monitor progress and cancellation
     * @return the plan, empty when the installation is up to date
     * @throws UpdateException when the installation cannot be updated here (read-only folder, started from a
     *         development build) or the repository cannot be read; the message says what and how to fix it
     */
    Plan check(URI site, IProgressMonitor monitor) throws UpdateException;

    /**
     * Downloads and installs the plan's changes into this installation. Segmenta must be restarted to run them.
     *
     * @param plan what {@link #check} returned
     * @param monitor progress and cancellation
     * @throws UpdateException when the download or the installation fails; the installation is left as it was
     */
    void install(Plan plan, IProgressMonitor monitor) throws UpdateException;

    /** A failed check or installation, with a message for the user. */
    final class UpdateException extends Exception {
        private static final long serialVersionUID = 1L;

        /**
         * @param message what failed and how to fix it
         * @param cause the underlying failure, or null
         */
        public UpdateException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
