package org.segmenta.cli.internal;

import org.eclipse.osgi.util.NLS;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.segmenta.install.ThirdPartyLicences;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code licences}: the bundled third-party libraries and their licences, as Help › About lists them. */
@Command(name = "licences", mixinStandardHelpOptions = true, description = {
        "List the third-party libraries bundled with this installation and their licences (as the product build "
                + "found them in the bundles' manifests and Maven POMs)." })
final class LicencesCommand implements Callable<Integer> {

    private final Cli.Env env;
    @Mixin
    Output.JsonOption json;

    LicencesCommand(Cli.Env env) {
        this.env = env;
    }

    @Override
    public Integer call() throws Exception {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (ThirdPartyLicences.Library l : ThirdPartyLicences.list()) {
            rows.add(Output.map("bundle", l.bundle(), "version", l.version(), "name", l.name(), "licence", l.licence(),
                    "url", l.url(), "maven", l.maven()));
        }
        new Output(env, json).rows(rows, NLS.bind(Messages.LicencesCommand_noListOfLibrariesThis, ThirdPartyLicences.FILE));
        return Cli.OK;
    }
}
