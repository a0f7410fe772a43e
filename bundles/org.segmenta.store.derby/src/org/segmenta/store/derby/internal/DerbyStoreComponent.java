package org.segmenta.store.derby.internal;

import java.net.URL;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;

import org.eclipse.osgi.service.datalocation.Location;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.EventAdmin;
import org.segmenta.core.SegmentaEvents;
import org.segmenta.core.format.Formats;
import org.segmenta.core.store.Store;
import org.segmenta.core.store.StoreException;
import org.segmenta.core.store.StoreInfo;
import org.segmenta.core.store.Work;

/**
 * Publishes the Derby store as the {@link Store} service. Configuration (component properties, framework or
 * system properties): {@code segmenta.db.url}, {@code segmenta.db.user}, {@code segmenta.db.password} for team
 * mode; {@code segmenta.db.folder} for an embedded database elsewhere than {@code <instance>/db}.
 * <p>
 * Activation is immediate and never touches the database: it only remembers where the configuration comes from. The
 * database is opened on first use (the first unit of work, {@link #info()}, {@link #changeStamps()} or
 * {@link #backup(Path)}), on the caller's thread, once: the settings are read, Derby boots, an empty database is
 * created and an older one migrated ({@link Schema}); callers that arrive meanwhile wait for that one opening. So no
 * DS component (nor Felix SCR's activation lock) ever waits for a migration, however long it takes; a face that wants
 * the database ready early (the window while it renders, the command line while it parses) calls {@link #info()} on
 * a thread of its own.
 * <p>
 * When the database cannot be opened (locked by another process, too new, server down), the service stays
 * registered and every call throws that clear exception, so the UI and the command line can show it. A database made
 * by a newer Segmenta stays refused until restart (only an update can open it); any other failure is tried again by
 * the first call {@value #RETRY_MILLIS} ms or more after it, so a database another process held, a server that was
 * down or a drive that was not mounted opens once it can, without a restart, while calls in between get the
 * remembered exception at once instead of each trying again.
 */
@Component(service = Store.class, configurationPid = "org.segmenta.store")
public final class DerbyStoreComponent implements Store {

    /** Guards the one opening of the database, {@link #store}, {@link #failure} and {@link #deactivated}. */
    private final Object opening = new Object();
    private volatile DerbyStore store;
    private StoreException failure;
    /** {@link System#nanoTime()} of {@link #failure}. */
    private long failedAt;
    /** How long a failure other than a too-new database is remembered before the next call tries again. */
    static final long RETRY_MILLIS = 2000;
    /** {@link #RETRY_MILLIS} in nanoseconds; a field so that tests can shorten it. */
    private long retryNanos = java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(RETRY_MILLIS);
    private boolean deactivated;
    /** Set at activation: how to open the database on first use; null outside an activation. */
    private java.util.function.Supplier<StoreSettings> settings;
    private volatile EventAdmin events;
    private final java.util.List<org.segmenta.core.store.StoreExtension> extensions = new java.util.concurrent.CopyOnWriteArrayList<>();
    private static final System.Logger LOG = System.getLogger(DerbyStoreComponent.class.getName());

    /**
     * @param extension a plug-in's own tables: migrated now when the store is open, else when it opens
     */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addExtension(org.segmenta.core.store.StoreExtension extension) {
        synchronized (opening) {
            extensions.add(extension);
            if (store != null) {
                register(store, extension);
            }
        }
    }

    void removeExtension(org.segmenta.core.store.StoreExtension extension) {
        extensions.remove(extension);
        DerbyStore s = store;
        if (s != null) {
            s.unregister(extension);
        }
    }

    private static void register(DerbyStore s, org.segmenta.core.store.StoreExtension extension) {
        try {
            s.register(extension);
        } catch (RuntimeException e) {
            // remembered by the store: the plug-in's units of work get the message
            LOG.log(System.Logger.Level.ERROR, e.getMessage(), e);
        }
    }

    /** @param e the framework's Event Admin: the store posts each committed change on it (SegmentaEvents) */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void setEventAdmin(EventAdmin e) {
        events = e;
    }

    void unsetEventAdmin(EventAdmin e) {
        if (events == e) {
            events = null;
        }
    }

    /**
     * Remembers where the settings come from (component configuration, then framework, then system properties, and
     * the instance location); reads nothing else and opens nothing.
     */
    @Activate
    void activate(BundleContext context, Map<String, Object> config) {
        String instanceArea = instanceArea(context);
        Map<String, Object> properties = Map.copyOf(config);
        synchronized (opening) {
            settings = () -> StoreSettings.from(key -> {
                Object v = properties.get(key);
                if (v != null) {
                    return v.toString();
                }
                String p = context.getProperty(key);
                return p != null ? p : System.getProperty(key);
            }, instanceArea);
        }
    }

    /** Opens the database once, under {@link #opening}: reads the settings, boots Derby, creates or migrates. */
    private DerbyStore open() {
        StoreSettings s;
        try {
            s = settings.get();
        } catch (StoreException e) {
            throw failed(e);
        }
        DerbyDatabase.engineDefaults();
        if (s.folder() != null && System.getProperty("derby.stream.error.file") == null) {
            // Derby writes derby.log into the working directory unless told otherwise; must be set before it boots
            Path instance = s.folder().toAbsolutePath().getParent();
            System.setProperty("derby.stream.error.file", instance.resolve("derby.log").toString());
        }
        String log = System.getProperty("derby.stream.error.file");
        if (log != null) {
            OwnerOnly.file(Path.of(log)); // made before Derby writes to it, so never readable by others
        }
        DerbyStore opened;
        try {
            opened = s.open();
        } catch (StoreException e) {
            throw failed(e);
        }
        failure = null;
        store = opened;
        extensions.forEach(x -> register(opened, x));
        opened.onCommit(changes -> {
            EventAdmin e = events;
            if (e != null) {
                changes.forEach(ch -> e.postEvent(SegmentaEvents.event(ch.topic(), ch.data())));
            }
        });
        return opened;
    }

    /** Remembers a failed opening (under {@link #opening}) and returns it to be thrown. */
    private StoreException failed(StoreException e) {
        failure = e;
        failedAt = System.nanoTime();
        return e;
    }

    private static String instanceArea(BundleContext context) {
        try {
            Collection<ServiceReference<Location>> refs = context.getServiceReferences(Location.class,
                    Location.INSTANCE_FILTER);
            for (ServiceReference<Location> ref : refs) {
                Location location = context.getService(ref);
                try {
                    URL url = location == null ? null : location.getURL();
                    if (url != null) {
                        return url.toString();
                    }
                } finally {
                    context.ungetService(ref);
                }
            }
        } catch (InvalidSyntaxException | IllegalStateException e) {
            // fall back to the osgi.instance.area property
        }
        return null;
    }

    @Deactivate
    void deactivate() {
        synchronized (opening) {
            deactivated = true;
            settings = null;
            if (store != null) {
                store.close();
                store = null;
            }
        }
    }

    /** @return the open store, opening it on first use (the caller waits for an opening under way) */
    private DerbyStore store() {
        DerbyStore s = store;
        if (s != null) {
            return s;
        }
        synchronized (opening) {
            if (store != null) {
                return store;
            }
            if (failure != null && (failure instanceof org.segmenta.core.store.DatabaseTooNewException
                    || System.nanoTime() - failedAt < retryNanos)) {
                throw failure;
            }
            if (deactivated || settings == null) {
                throw new StoreException(Formats.bind(Messages.DerbyStoreComponent_theSegmentaStoreIs));
            }
            return open();
        }
    }

    @Override
    public <R> R read(Work<R> work) {
        return store().read(work);
    }

    @Override
    public <R> R write(Work<R> work) {
        return store().write(work);
    }

    @Override
    public Map<String, Long> changeStamps() {
        return store().changeStamps();
    }

    @Override
    public StoreInfo info() {
        return store().info();
    }

    @Override
    public java.nio.file.Path backup(java.nio.file.Path folder) {
        return store().backup(folder);
    }
}
