package org.segmenta.cli.internal;

import java.util.concurrent.Callable;

import org.segmenta.core.demo.DemoData;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code demo}: loads the demo data into an empty database. */
@Command(name = "demo", mixinStandardHelpOptions = true, description = {
        "Load demo data into an empty database: languages, salutations, salespeople, groups, interaction templates "
                + "(LETTER with a Word letter per language, EMAIL, PHONE), a campaign, 150 contacts and an open segment.",
        "Refused (exit 1) when the database has contacts already." })
final class DemoCommand implements Callable<Integer> {

    private final Cli.Env env;
    @Mixin
    Output.JsonOption json;

    DemoCommand(Cli.Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        DemoData.Summary s = env.services().get(DemoData.class).load();
        new Output(env, json).result(
                Output.map("contacts", s.contacts(), "companies", s.companies(), "templates", s.templates(), "segment",
                        s.segmentNo()),
                Messages.DemoCommand_demoDataLoadedDContacts
                        .formatted(s.contacts(), s.companies(), s.templates(), s.segmentNo()));
        return Cli.OK;
    }
}
