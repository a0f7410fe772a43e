package org.segmenta.cli.internal;

/** Finds the OSGi services the commands work with. */
public interface Services {

    /**
     * @param <T> the service type
     * @param type the service interface, for example {@code SegmentService.class}
     * @return the service
     * @throws IllegalStateException when it is not available within the start-up timeout; the message names it
     */
    <T> T get(Class<T> type);
}
