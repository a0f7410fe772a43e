package org.segmenta.core.demo;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Demo data for a first look at Segmenta: companies and persons with their groups, salespeople, languages,
 * salutations, interaction groups and templates (one with a Word letter template), a campaign and an open
 * segment. The window offers it on an empty database; the command line loads it with {@code demo}. An OSGi
 * service.
 */
@ProviderType
public interface DemoData {

    /** What was loaded. */
    record Summary(int contacts, int companies, int templates, String segmentNo) {
    }

    /** @return {@code true} when the database holds no contact yet, so that offering demo data makes sense */
    boolean isEmpty();

    /**
     * Loads the demo data in one transaction.
     *
     * @return what was loaded
     * @throws IllegalStateException when the database is not empty (the message says so; nothing is written)
     */
    Summary load();
}
