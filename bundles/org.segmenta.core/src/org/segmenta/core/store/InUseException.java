package org.segmenta.core.store;

import java.util.List;
import java.util.stream.Collectors;
import org.segmenta.core.format.Formats;
import org.segmenta.core.internal.Messages;

/**
 * A delete was refused because other data still refers to what was to be deleted; nothing was deleted. The message
 * names what uses it, for example "Salesperson AB is used by 12 contacts (Salesperson Code: CT000001, ...) and 1
 * open segments (...). Change those first, or block the salesperson instead."
 */
public class InUseException extends StoreException {

    private static final long serialVersionUID = 1L;

    private final transient List<ReferenceRepository.Use> uses;

    /**
     * @param what what was to be deleted, for example {@code Salesperson AB}
     * @param uses what uses it, at least one
     * @param fix how to go on, a sentence, or null
     */
    public InUseException(String what, List<ReferenceRepository.Use> uses, String fix) {
        super(Formats.bind(Messages.InUse_cannotBeDeleted, what,
                uses.stream().map(ReferenceRepository.Use::toString).collect(Collectors.joining("; ")))
                + (fix == null ? "" : " " + fix));
        this.uses = List.copyOf(uses);
    }

    /** @return what uses it, one entry per reference */
    public List<ReferenceRepository.Use> uses() {
        return uses;
    }
}
