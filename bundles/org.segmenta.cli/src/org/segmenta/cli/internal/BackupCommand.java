package org.segmenta.cli.internal;

import org.eclipse.osgi.util.NLS;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.segmenta.core.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code backup DIR}: an online backup of the database (embedded; a team database is backed up on its server). */
@Command(name = "backup", mixinStandardHelpOptions = true, description = {
        "Copy the database, consistently, into DIR/db (an online backup: other programs may keep working).",
        "Restore: close Segmenta, move <instance folder>/db away, copy DIR/db in its place.",
        "A team database is backed up on its server: segmenta server backup DIR." })
final class BackupCommand implements Callable<Integer> {

    private final Cli.Env env;

    @Parameters(index = "0", paramLabel = "DIR", descriptionKey = "param.dir", description = "the folder that receives the copy (made when missing)")
    Path folder;

    BackupCommand(Cli.Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        Path copy = env.services().get(Store.class).backup(folder);
        env.out().println(NLS.bind(Messages.BackupCommand_backedUpTheDatabaseTo, copy));
        return Cli.OK;
    }
}
