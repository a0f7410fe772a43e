package org.segmenta.core;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

import org.segmenta.core.contact.ContactService;
import org.segmenta.core.criteria.CriteriaSource;
import org.segmenta.core.criteria.CriteriaSources;
import org.segmenta.core.demo.DemoData;
import org.segmenta.core.interaction.InteractionService;
import org.segmenta.core.internal.ContactServiceImpl;
import org.segmenta.core.internal.CriteriaSourceRegistry;
import org.segmenta.core.internal.DemoDataImpl;
import org.segmenta.core.internal.InteractionServiceImpl;
import org.segmenta.core.internal.SegmentServiceImpl;
import org.segmenta.core.internal.SetupServiceImpl;
import org.segmenta.core.merge.MergeService;
import org.segmenta.core.segment.SegmentService;
import org.segmenta.core.setup.SetupService;
import org.segmenta.core.store.Store;

/**
 * The core's services over one store, wired without DS: the one way to build a local service graph, for the tests
 * (through {@code org.segmenta.testing}'s {@code TestServices}), the {@code bench} command (which measures on fresh
 * databases of its own) and tools. Each service is the very DS component the product runs, built through its one
 * {@code @Activate} constructor with the same dependencies DS would give it; in the product, get the services from
 * the OSGi service registry instead.
 * <p>
 * The services share the store and the merge service given; nothing here opens or closes the store.
 *
 * @param store the store every service works on
 * @param merge the Word merge service (Log stores each line's merged letter through it)
 * @param sources the criteria sources: the built-in ones plus those given to {@link #over}
 * @param segments the segment service
 * @param interactions the interaction service (validation, merge, Log)
 * @param contacts the contact service
 * @param setup the set-up service
 * @param demo the demo data (what {@code segmenta cli demo} and the window's welcome load)
 */
public record LocalServices(Store store, MergeService merge, CriteriaSources sources, SegmentService segments,
        InteractionService interactions, ContactService contacts, SetupService setup, DemoData demo) {

    /** Checks that every service is there. */
    public LocalServices {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(merge, "merge");
        Objects.requireNonNull(sources, "sources");
        Objects.requireNonNull(segments, "segments");
        Objects.requireNonNull(interactions, "interactions");
        Objects.requireNonNull(contacts, "contacts");
        Objects.requireNonNull(setup, "setup");
        Objects.requireNonNull(demo, "demo");
    }

    /**
     * Builds the core's services over {@code store}.
     *
     * @param store the store, open (the caller closes it)
     * @param merge the Word merge service
     * @param clock what "today" is for every service (a fixed clock makes dates predictable in tests)
     * @param extraSources criteria sources besides the built-in ones, as plug-ins register them in the product
     * @return the services
     */
    public static LocalServices over(Store store, MergeService merge, Clock clock, List<CriteriaSource> extraSources) {
        Objects.requireNonNull(clock, "clock");
        CriteriaSourceRegistry sources = CriteriaSourceRegistry.of(extraSources);
        SegmentServiceImpl segments = new SegmentServiceImpl(store, sources, clock);
        return new LocalServices(store, merge, sources, segments,
                new InteractionServiceImpl(store, segments, merge, clock), new ContactServiceImpl(store),
                new SetupServiceImpl(store, clock), new DemoDataImpl(store, segments, clock));
    }

    /**
     * Builds the core's services over {@code store} with the system clock and the built-in criteria sources.
     *
     * @param store the store, open (the caller closes it)
     * @param merge the Word merge service
     * @return the services
     */
    public static LocalServices over(Store store, MergeService merge) {
        return over(store, merge, Clock.systemDefaultZone(), List.of());
    }
}
