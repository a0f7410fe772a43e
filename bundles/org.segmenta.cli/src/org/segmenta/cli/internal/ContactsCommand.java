package org.segmenta.cli.internal;

import org.segmenta.core.format.Formats;
import org.eclipse.osgi.util.NLS;
import java.util.List;
import java.util.concurrent.Callable;

import org.segmenta.core.store.ContactQuery;
import org.segmenta.core.store.Store;
import org.segmenta.model.Contact;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code contacts}: lists contacts. */
@Command(name = "contacts", mixinStandardHelpOptions = true, description = "List contacts by No., with simple filters.")
final class ContactsCommand implements Callable<Integer> {

    private final Cli.Env env;
    @Mixin
    Output.JsonOption json;
    @Option(names = "--city", paramLabel = "CITY", description = "Only contacts in this city (exact).")
    String city;
    @Option(names = "--country", paramLabel = "CODE", description = "Only contacts with this country/region code.")
    String country;
    @Option(names = "--search", paramLabel = "TEXT", description = "Only contacts whose search name starts with TEXT (any case).")
    String search;
    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Skip the first N (default ${DEFAULT-VALUE}).")
    int offset;
    @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "At most N contacts (default ${DEFAULT-VALUE}).")
    int limit;

    ContactsCommand(Cli.Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        Commands.checkPage(offset, limit);
        ContactQuery q = ContactQuery.all().withCity(city).withCountryRegionCode(country)
                .withSearchName(search).page(offset, limit);
        Store store = env.services().get(Store.class);
        List<Contact> found = store.read(s -> s.contacts().find(q));
        new Output(env, json).rows(found.stream().map(Rows::contact).toList(), Messages.ContactsCommand_noContactsMatch);
        long total = store.read(s -> s.contacts().count(q));
        if (offset + found.size() < total) {
            // on stderr, so that --json output stays clean for scripts
            env.err().println(NLS.bind(Messages.ContactsCommand_showingOfContactsUseOffset, Formats.count(offset + 1), Formats.count(offset + found.size()), Formats.count(total), (offset + found.size())));
        }
        return Cli.OK;
    }
}
