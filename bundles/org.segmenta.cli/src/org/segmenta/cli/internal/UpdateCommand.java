package org.segmenta.cli.internal;

import org.eclipse.osgi.util.NLS;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.segmenta.install.UpdateService;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code update}: updates this installation from the company's p2 repository (as Help › Check for Updates). */
@Command(name = "update", mixinStandardHelpOptions = true, description = {
        "Update this installation from the company's p2 repository: lists what changes, installs it, and the next "
                + "start runs the new version.",
        "The repository is --site, else the update.site preference (Window › Preferences › Updates, or "
                + "org.segmenta.ui/update.site in the company's plugin_customization.ini)." })
final class UpdateCommand implements Callable<Integer> {

    private final Cli.Env env;
    @Mixin
    Output.JsonOption json;

    @Option(names = "--site", paramLabel = "URL", description = "The p2 repository (file:, http:, https: or a folder).")
    String site;

    @Option(names = "--check", description = "Only list what would change; install nothing.")
    boolean check;

    UpdateCommand(Cli.Env env) {
        this.env = env;
    }

    @Override
    public Integer call() throws Exception {
        UpdateService updates = env.services().get(UpdateService.class);
        URI uri = site != null ? UpdateService.toSite(site) : updates.defaultSite();
        if (uri == null) {
            throw new Commands.BadUsage(Messages.UpdateCommand_noUpdateSiteGiveSite);
        }
        UpdateService.Plan plan = updates.check(uri, new NullProgressMonitor());
        String before = updates.installedVersion();
        List<Map<String, Object>> changes = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (UpdateService.Change c : plan.changes()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", c.id());
            m.put("name", c.name());
            m.put("from", c.fromVersion());
            m.put("to", c.toVersion());
            changes.add(m);
            text.append("\n  ").append(c.name()).append(" (").append(c.id()).append(") ").append(c.fromVersion())
                    .append(" → ").append(c.toVersion());
        }
        boolean install = !check && !plan.isEmpty();
        if (install) {
            updates.install(plan, new NullProgressMonitor());
        }
        String sentence;
        if (plan.isEmpty()) {
            sentence = NLS.bind(Messages.UpdateCommand_segmentaIsUpToDate, before, uri);
        } else if (install) {
            sentence = NLS.bind(Messages.UpdateCommand_updatedFromRestartSegmentaTo, uri, text);
        } else {
            sentence = NLS.bind(Messages.UpdateCommand_updatesAtRunWithoutCheck, uri, text);
        }
        new Output(env, json).result(Output.map("site", uri.toString(), "installed", before, "changes", changes,
                "updated", install), sentence);
        return Cli.OK;
    }
}
