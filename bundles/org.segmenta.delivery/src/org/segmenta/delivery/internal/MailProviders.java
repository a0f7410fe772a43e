package org.segmenta.delivery.internal;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.angus.activation.MailcapRegistryProviderImpl;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * Jakarta Mail and Jakarta Activation find their implementations (Angus) through the thread's context class loader:
 * the stream provider and the transport providers by {@link java.util.ServiceLoader}, the content handlers by
 * {@code META-INF/mailcap}. In OSGi that loader sees neither Angus bundle, so every use of Jakarta Mail runs with a
 * context class loader that sees both Angus Mail and Angus Activation (classes and resources). Outside OSGi (the
 * child processes of the tests) it changes nothing that matters.
 */
public final class MailProviders extends ClassLoader {

    private static final MailProviders INSTANCE = new MailProviders();

    private final List<ClassLoader> loaders;

    private MailProviders() {
        super(null);
        Set<ClassLoader> set = new LinkedHashSet<>();
        for (ClassLoader l : new ClassLoader[] { SMTPTransport.class.getClassLoader(),
                MailcapRegistryProviderImpl.class.getClassLoader(), jakarta.mail.Session.class.getClassLoader(),
                jakarta.activation.DataHandler.class.getClassLoader(), MailProviders.class.getClassLoader() }) {
            if (l != null) {
                set.add(l);
            }
        }
        loaders = List.copyOf(set);
    }

    /**
     * Runs {@code work} with this loader as the thread's context class loader.
     *
     * @param <T> the result type
     * @param work what to run
     * @return what it returned
     */
    public static <T> T run(Supplier<T> work) {
        Thread t = Thread.currentThread();
        ClassLoader before = t.getContextClassLoader();
        t.setContextClassLoader(INSTANCE);
        try {
            return work.get();
        } finally {
            t.setContextClassLoader(before);
        }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        for (ClassLoader l : loaders) {
            try {
                return l.loadClass(name);
            } catch (ClassNotFoundException e) {
                // try the next
            }
        }
        throw new ClassNotFoundException(name);
    }

    @Override
    protected URL findResource(String name) {
        for (ClassLoader l : loaders) {
            URL u = l.getResource(name);
            if (u != null) {
                return u;
            }
        }
        return null;
    }

    @Override
    protected Enumeration<URL> findResources(String name) throws IOException {
        Set<URL> all = new LinkedHashSet<>();
        for (ClassLoader l : loaders) {
            all.addAll(Collections.list(l.getResources(name)));
        }
        return Collections.enumeration(new ArrayList<>(all));
    }
}
