package org.segmenta.core;

import org.osgi.annotation.versioning.ProviderType;

/**
 * What the running Segmenta product is: its name and version. Published as an OSGi service by the core
 * bundle; the About dialog, the command line and the lifecycle handler (which clears stale UI state when the
 * version changes) read it.
 */
@ProviderType
public interface ProductInfo {

    /** @return the product's name as users see it, for example {@code Segmenta} */
    String name();

    /**
     * @return the product's version as {@code major.minor.micro} (for example {@code 0.1.0}), without the build
     *         qualifier
     */
    String version();

    /**
     * @return the full build version {@code major.minor.micro.qualifier}, the qualifier being the build's
     *         timestamp (for example {@code 0.1.0.v20261129-1530}); changes with every build
     */
    String buildVersion();
}
