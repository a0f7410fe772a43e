package org.segmenta.store.derby.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/** Field-by-field comparison of model objects, with the path of the first difference in the message. */
final class Compare {

    private Compare() {
    }

    /** Asserts that every attribute and every contained object of {@code actual} equals {@code expected}. */
    static void assertSameContent(EObject expected, EObject actual) {
        List<String> differences = new ArrayList<>();
        compare(expected, actual, expected.eClass().getName(), differences);
        if (!differences.isEmpty()) {
            fail("The stored object differs from what was written:\n  " + String.join("\n  ", differences));
        }
    }

    private static void compare(EObject e, EObject a, String path, List<String> out) {
        if (e == null || a == null) {
            if (e != a) {
                out.add(path + ": expected " + e + " but was " + a);
            }
            return;
        }
        assertEquals(e.eClass(), a.eClass(), path);
        for (EAttribute attribute : e.eClass().getEAllAttributes()) {
            Object x = e.eGet(attribute);
            Object y = a.eGet(attribute);
            boolean same = x instanceof BigDecimal bx && y instanceof BigDecimal by ? bx.compareTo(by) == 0
                    : Objects.equals(x, y);
            if (!same) {
                out.add(path + "." + attribute.getName() + ": expected <" + x + "> but was <" + y + ">");
            }
        }
        for (EReference reference : e.eClass().getEAllContainments()) {
            if (reference.isMany()) {
                List<?> xs = (List<?>) e.eGet(reference);
                List<?> ys = (List<?>) a.eGet(reference);
                if (xs.size() != ys.size()) {
                    out.add(path + "." + reference.getName() + ": expected " + xs.size() + " objects but was " + ys.size());
                    continue;
                }
                for (int i = 0; i < xs.size(); i++) {
                    compare((EObject) xs.get(i), (EObject) ys.get(i), path + "." + reference.getName() + "[" + i + "]", out);
                }
            } else {
                compare((EObject) e.eGet(reference), (EObject) a.eGet(reference), path + "." + reference.getName(), out);
            }
        }
    }

    /**
     * Asserts that among the objects given (and everything they contain) every attribute of every class met is
     * set to a value other than its default at least once: the fixtures then exercise every column.
     */
    static void assertEveryAttributeExercised(Collection<? extends EObject> objects) {
        Set<EClass> classes = new HashSet<>();
        Set<EAttribute> exercised = new HashSet<>();
        for (EObject root : objects) {
            visit(root, classes, exercised);
            for (TreeIterator<EObject> it = root.eAllContents(); it.hasNext();) {
                visit(it.next(), classes, exercised);
            }
        }
        List<String> missing = new ArrayList<>();
        for (EClass c : classes) {
            for (EAttribute a : c.getEAllAttributes()) {
                if (!exercised.contains(a)) {
                    missing.add(c.getName() + "." + a.getName());
                }
            }
        }
        if (!missing.isEmpty()) {
            fail("The fixtures leave these attributes at their defaults, so the round trip would not prove them: "
                    + missing);
        }
    }

    private static void visit(EObject o, Set<EClass> classes, Set<EAttribute> exercised) {
        classes.add(o.eClass());
        for (EAttribute a : o.eClass().getEAllAttributes()) {
            if (o.eIsSet(a)) {
                exercised.add(a);
            }
        }
    }
}
