package org.segmenta.install.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.operations.ProvisioningJob;
import org.eclipse.equinox.p2.operations.ProvisioningSession;
import org.eclipse.equinox.p2.operations.Update;
import org.eclipse.equinox.p2.operations.UpdateOperation;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.segmenta.install.CompanySettings;
import org.segmenta.install.UpdateService;

/**
 * {@link UpdateService} on p2's operations API ({@link UpdateOperation} resolves, its {@link ProvisioningJob}
 * installs), for the profile the product was installed with ({@code eclipse.p2.profile} in its
 * {@code config.ini}, {@link IProfileRegistry#SELF}).
 */
@Component(service = UpdateService.class)
public final class P2UpdateService implements UpdateService {

    /** The p2 id of the product (the {@code uid} of {@code segmenta.product}). */
    static final String PRODUCT_IU = "org.segmenta.product";

    private final BundleContext context;

    /** @param context the bundle's context, to find p2's provisioning agent */
    @Activate
    public P2UpdateService(BundleContext context) {
        this.context = context;
    }

    @Override
    public URI defaultSite() {
        String site = CompanySettings.get(CompanySettings.UPDATE_SITE, "");
        return site.isBlank() ? null : UpdateService.toSite(site);
    }

    @Override
    public String installedVersion() {
        try {
            IProvisioningAgent agent = agent();
            if (agent != null) {
                IProfile self = profile(agent);
                if (self != null) {
                    Iterator<IInstallableUnit> it = self.query(QueryUtil.createIUQuery(PRODUCT_IU), null).iterator();
                    if (it.hasNext()) {
                        return it.next().getVersion().toString();
                    }
                }
            }
        } catch (RuntimeException e) {
            // a profile that cannot be read here (a read-only installation cannot lock it): the bundle's version
        }
        return FrameworkUtil.getBundle(P2UpdateService.class).getVersion().toString();
    }

    @Override
    public Plan check(URI site, IProgressMonitor monitor) throws UpdateException {
        if (site == null) {
            throw new UpdateException("No update site is set: set it in Window › Preferences › Updates (or your "
                    + "company presets org.segmenta.ui/update.site in plugin_customization.ini)", null);
        }
        IProvisioningAgent agent = updatableAgent();
        IProgressMonitor m = monitor == null ? new NullProgressMonitor() : monitor;
        // p2 leaves out a repository it cannot load and then finds "nothing to update": load it first, so that a
        // wrong or unreachable site is reported as such
        IMetadataRepositoryManager repositories = agent.getService(IMetadataRepositoryManager.class);
        try {
            repositories.loadRepository(site, m);
        } catch (ProvisionException e) {
            throw new UpdateException("The update site " + site + " cannot be read: " + e.getMessage()
                    + " (check the URL in Window › Preferences › Updates, or ask your administrator)", e);
        } catch (OperationCanceledException e) {
            throw new UpdateException("The check for updates was cancelled", e);
        }
        UpdateOperation op = new UpdateOperation(new ProvisioningSession(agent));
        op.getProvisioningContext().setMetadataRepositories(site);
        op.getProvisioningContext().setArtifactRepositories(site);
        IStatus status = op.resolveModal(m);
        if (status.getCode() == UpdateOperation.STATUS_NOTHING_TO_UPDATE) {
            return new P2Plan(site, List.of(), null);
        }
        if (status.getSeverity() == IStatus.CANCEL) {
            throw new UpdateException("The check for updates was cancelled", null);
        }
        if (status.getSeverity() == IStatus.ERROR) {
            throw new UpdateException("Cannot update from " + site + ": " + message(status), status.getException());
        }
        List<Change> changes = new ArrayList<>();
        for (Update u : op.getSelectedUpdates()) {
            String name = u.replacement.getProperty(IInstallableUnit.PROP_NAME, null);
            changes.add(new Change(u.toUpdate.getId(), name == null ? u.toUpdate.getId() : name,
                    u.toUpdate.getVersion().toString(), u.replacement.getVersion().toString()));
        }
        return new P2Plan(site, List.copyOf(changes), changes.isEmpty() ? null : op);
    }

    @Override
    public void install(Plan plan, IProgressMonitor monitor) throws UpdateException {
        if (!(plan instanceof P2Plan p) || p.operation == null) {
            return;
        }
        IProgressMonitor m = monitor == null ? new NullProgressMonitor() : monitor;
        ProvisioningJob job = p.operation.getProvisioningJob(m);
        if (job == null) {
            throw new UpdateException("The update from " + p.site + " cannot be installed: "
                    + message(p.operation.getResolutionResult()), null);
        }
        IStatus status = job.runModal(m);
        if (status.getSeverity() == IStatus.CANCEL) {
            throw new UpdateException("The update was cancelled; Segmenta stays as it was", null);
        }
        if (status.getSeverity() == IStatus.ERROR) {
            throw new UpdateException("The update from " + p.site + " failed: " + message(status)
                    + "; Segmenta stays as it was", status.getException());
        }
        unsignLaunchJars();
    }

    /**
     * An update that brought a new framework or launcher brought it signed, as the p2 repository keeps it: the signature
     * comes off as the product build takes it off ({@link LaunchJars}), so that the next starts do not verify its classes
     * and Java's AOT cache keeps them. The update is done either way; a jar that cannot be rewritten (a read-only file)
     * stays signed and only starts slower, which the log says.
     */
    private static void unsignLaunchJars() {
        Path install = installFolder();
        if (install == null || !Files.isDirectory(install.resolve("plugins"))) {
            return;
        }
        try {
            LaunchJars.unsignIn(install.resolve("plugins"));
        } catch (IOException | RuntimeException e) {
            System.getLogger(P2UpdateService.class.getName()).log(System.Logger.Level.WARNING, "The update is installed,"
                    + " but the signature of its new framework or launcher jar in " + install.resolve("plugins") + " could"
                    + " not be taken off (the window and the command line start slower until it is): " + e.getMessage(), e);
        }
    }

    private IProvisioningAgent updatableAgent() throws UpdateException {
        Path install = installFolder();
        if (install != null && !Files.isWritable(install.resolve("plugins"))) {
            throw new UpdateException("This installation (" + install + ") is read-only for you: ask your administrator "
                    + "to update it, or install Segmenta in a folder of your own", null);
        }
        IProvisioningAgent agent = agent();
        if (agent == null || profile(agent) == null) {
            throw new UpdateException("This Segmenta was not installed as a product (no p2 profile, for example a "
                    + "development or test run): install it from the product archive to update it", null);
        }
        return agent;
    }

    private static Path installFolder() {
        String area = System.getProperty("osgi.install.area");
        if (area == null) {
            return null;
        }
        try {
            return Path.of(new URL(area).toURI());
        } catch (Exception e) {
            return null;
        }
    }

    private IProvisioningAgent agent() {
        ServiceReference<IProvisioningAgent> ref = context.getServiceReference(IProvisioningAgent.class);
        if (ref != null) {
            IProvisioningAgent agent = context.getService(ref);
            if (agent != null) {
                return agent;
            }
        }
        ServiceReference<IProvisioningAgentProvider> pref = context.getServiceReference(IProvisioningAgentProvider.class);
        if (pref == null) {
            return null;
        }
        try {
            return context.getService(pref).createAgent(null); // null: the agent of the running system
        } catch (ProvisionException e) {
            return null;
        }
    }

    private static IProfile profile(IProvisioningAgent agent) {
        IProfileRegistry registry = agent.getService(IProfileRegistry.class);
        return registry == null ? null : registry.getProfile(IProfileRegistry.SELF);
    }

    private static String message(IStatus status) {
        if (status == null) {
            return "no reason given";
        }
        StringBuilder b = new StringBuilder(status.getMessage());
        if (status instanceof MultiStatus) {
            for (IStatus c : status.getChildren()) {
                if (c.getSeverity() >= IStatus.WARNING && !c.getMessage().isBlank()) {
                    b.append("; ").append(message(c));
                }
            }
        }
        return b.toString();
    }

    /** A resolved update and the operation that installs it. */
    private record P2Plan(URI site, List<Change> changes, UpdateOperation operation) implements Plan {
    }
}
