package org.segmenta.exchange;

import org.segmenta.core.store.Store;
import org.segmenta.exchange.internal.ContactImportServiceImpl;

/**
 * The contact import service built without DS, for a local service graph (the tests' {@code TestServices}, the
 * {@code bench} command, tools); in the product it is the {@link ContactImportService} OSGi service.
 */
public final class ContactImports {

    private ContactImports() {
    }

    /**
     * @param store the store the contacts go into
     * @return a new import service over it: the very DS component the product runs
     */
    public static ContactImportService service(Store store) {
        return new ContactImportServiceImpl(store);
    }
}
