package org.segmenta.store.derby.internal;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;

/**
 * The row version an object was read at, kept on the object as an EMF adapter (the model has no version
 * attribute). An update of an object that carries one succeeds only while the row still has that version.
 */
final class RowVersion extends AdapterImpl {

    int version;

    private RowVersion(int version) {
        this.version = version;
    }

    @Override
    public boolean isAdapterForType(Object type) {
        return type == RowVersion.class;
    }

    /** @return the version {@code object} was read or last written at, or null when it was built from scratch */
    static Integer of(EObject object) {
        for (Adapter a : object.eAdapters()) {
            if (a instanceof RowVersion v) {
                return v.version;
            }
        }
        return null;
    }

    /** Records the row version of {@code object}. */
    static void set(EObject object, int version) {
        for (Adapter a : object.eAdapters()) {
            if (a instanceof RowVersion v) {
                v.version = version;
                return;
            }
        }
        object.eAdapters().add(new RowVersion(version));
    }
}
