package org.segmenta.store.derby.tests;

import java.util.List;

/** The bundles on the class path of the store tests' child processes ({@link org.segmenta.testing.ChildJvm}). */
final class ChildBundles {

    static final List<String> STORE = List.of("derby", "derbyshared", "derbytools", "derbynet", "derbyclient",
            "org.eclipse.emf.common", "org.eclipse.emf.ecore", "org.segmenta.model", "org.segmenta.core",
            "org.segmenta.store.derby", "org.segmenta.store.derby.tests", "org.eclipse.osgi");

    private ChildBundles() {
    }
}
