package org.segmenta.delivery.tests;

import java.util.List;

/** The bundles on the class path of the delivery tests' child process ({@link org.segmenta.testing.ChildJvm}). */
final class ChildBundles {

    static final List<String> DELIVERY = List.of("derby", "derbyshared", "derbytools", "derbynet", "derbyclient",
            "org.eclipse.emf.common", "org.eclipse.emf.ecore", "org.segmenta.model", "org.segmenta.core",
            "org.segmenta.store.derby", "org.segmenta.delivery", "org.segmenta.delivery.tests", "jakarta.mail-api",
            "jakarta.activation-api", "org.eclipse.angus.mail", "angus-activation", "org.eclipse.osgi");

    private ChildBundles() {
    }
}
