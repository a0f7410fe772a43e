package org.segmenta.cli.internal;

import java.util.concurrent.Callable;

import org.segmenta.core.demo.DemoData;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code demo}: loads the demo data into an empty database, or only its set-up into any database. */
@Command(name = "demo", mixinStandardHelpOptions = true, description = {
        "Load demo data into an empty database: languages, salutations, salespeople, groups, interaction templates "
                + "(LETTER with a Word letter per language, EMAIL, PHONE), a campaign, 150 contacts and an open segment.",
        "Refused (exit 1) when the database has contacts already; --setup-only then adds just the set-up." })
final class DemoCommand implements Callable<Integer> {

    private final Cli.Env env;
    @Mixin
    Output.JsonOption json;
    @Option(names = "--setup-only", description = "Only the set-up, also into a database with contacts (imported "
            + "first): languages, salutations, salespeople, mailing, industry and interaction groups, interaction "
            + "templates LETTER, EMAIL and PHONE; rows that exist are kept as they are.")
    boolean setupOnly;

    DemoCommand(Cli.Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        DemoData demo = env.services().get(DemoData.class);
        if (setupOnly) {
            DemoData.SetupSummary s = demo.loadSetup();
            new Output(env, json).result(
                    Output.map("languages", s.languages(), "salutations", s.salutations(), "salespeople",
                            s.salespeople(), "groups", s.groups(), "templates", s.templates()),
                    s.total() == 0 ? Messages.DemoCommand_setupThereAlready
                            : Messages.DemoCommand_setupLoaded.formatted(s.describe()));
            return Cli.OK;
        }
        DemoData.Summary s = demo.load();
        new Output(env, json).result(
                Output.map("contacts", s.contacts(), "companies", s.companies(), "templates", s.templates(), "segment",
                        s.segmentNo()),
                Messages.DemoCommand_demoDataLoadedDContacts
                        .formatted(s.describe(), s.segmentNo()));
        return Cli.OK;
    }
}
