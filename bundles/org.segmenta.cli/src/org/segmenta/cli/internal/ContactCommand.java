package org.segmenta.cli.internal;

import org.eclipse.osgi.util.NLS;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.eclipse.emf.ecore.EAttribute;
import org.segmenta.core.ModelFields;
import org.segmenta.core.contact.ContactService;
import org.segmenta.core.contact.LikelyDuplicate;
import org.segmenta.core.contact.SavedContact;
import org.segmenta.core.store.NotFoundException;
import org.segmenta.model.Contact;
import org.segmenta.model.ContactType;
import org.segmenta.model.SegmentaFactory;
import org.segmenta.model.SegmentaPackage.Literals;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code contact add|set|show|delete}: one contact through the contact service. */
@Command(name = "contact", mixinStandardHelpOptions = true, description = "Create, change, show or delete one contact "
        + "(the contact service's rules: Search Name, company fields, known codes, likely duplicates).",
        subcommands = { ContactCommand.Add.class, ContactCommand.Set.class, ContactCommand.Show.class,
                ContactCommand.Delete.class },
        footer = { "", "FIELD=VALUE words set any field by the model's attribute name, for example city=Aarhus "
                + "salespersonCode=AB correspondenceType=Email excludeFromSegment=true; 'contact show CT000001' lists them." })
final class ContactCommand implements Callable<Integer> {

    private final Cli.Env env;

    ContactCommand(Cli.Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        env.err().println(Messages.ContactCommand_segmentaCliContactNeedsA);
        return Cli.USAGE;
    }

    static ContactService contacts(Cli.Env env) {
        return env.services().get(ContactService.class);
    }

    /** Sets FIELD=VALUE words on a contact; a word without '=' or an unknown field is bad usage. */
    static void apply(Contact c, List<String> fields) {
        for (String word : fields == null ? List.<String>of() : fields) {
            int eq = word.indexOf('=');
            if (eq <= 0) {
                throw new Commands.BadUsage(NLS.bind(Messages.ContactCommand_isNotFIELDVALUEFor, word));
            }
            try {
                ModelFields.set(c, word.substring(0, eq), word.substring(eq + 1));
            } catch (IllegalArgumentException e) {
                throw new Commands.BadUsage(e.getMessage());
            }
        }
    }

    /** @return every field of the contact (empty ones too), then its groups */
    static Map<String, Object> full(Contact c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("contact", c.getNo());
        for (EAttribute a : ModelFields.fields(Literals.CONTACT)) {
            if (a != Literals.CONTACT__NO) {
                Object v = c.eGet(a);
                m.put(a.getName(), v);
            }
        }
        m.put("mailingGroups", c.getMailingGroups().stream().map(g -> g.getMailingGroupCode()).toList());
        m.put("industryGroups", c.getIndustryGroups().stream().map(g -> g.getIndustryGroupCode()).toList());
        m.put("jobResponsibilities", c.getJobResponsibilities().stream().map(g -> g.getJobResponsibilityCode()).toList());
        return m;
    }

    static void printSaved(Cli.Env env, Output.JsonOption json, SavedContact saved, String verb) {
        Contact c = saved.contact();
        Map<String, Object> result = Output.map("contact", c.getNo(), "type", c.getType(), "name", c.getName(),
                "searchName", c.getSearchName(), "companyNo", c.getCompanyNo(), "companyName", c.getCompanyName(),
                "email", c.getEmail(), "duplicates", saved.duplicates().stream().map(d -> Output.map("contact",
                        d.contactNo(), "name", d.name(), "company", d.companyName(), "reason", d.reason().words()))
                        .toList());
        new Output(env, json).result(result, NLS.bind(Messages.ContactCommand_contact, verb, c.getNo(), c.getName()));
        for (LikelyDuplicate d : saved.duplicates()) {
            // on stderr, so that --json output stays clean; a warning, not a refusal (the exit code stays 0)
            env.err().println(NLS.bind(Messages.ContactCommand_warningIsLikelyTheSame, c.getNo(), d.describe(), d.contactNo()));
        }
    }

    static Contact require(Cli.Env env, String no) {
        return contacts(env).get(no).orElseThrow(() -> new NotFoundException(NLS.bind(Messages.ContactCommand_thereIsNoContactFind, no)));
    }

    /** {@code contact add} */
    @Command(name = "add", mixinStandardHelpOptions = true, description = "Create a contact; prints its No. A likely "
            + "duplicate (the same e-mail address, or the same name and company) is a warning on stderr, not a refusal.")
    static final class Add implements Callable<Integer> {
        private final Cli.Env env;
        @Mixin
        Output.JsonOption json;
        @Option(names = "--name", required = true, paramLabel = "NAME", description = "The name, for example \"Ann Lee\" (a person's first name and surname are taken from it).")
        String name;
        @Option(names = "--email", paramLabel = "ADDRESS", description = "The e-mail address.")
        String email;
        @Option(names = "--company", paramLabel = "CONTACT", description = "A person's company: a company contact's No.")
        String company;
        @Option(names = "--type", paramLabel = "TYPE", defaultValue = "Person", description = "Person or Company (default ${DEFAULT-VALUE}).")
        String type;
        @Option(names = "--no", paramLabel = "NO", description = "Its No. (default: the next of the CONTACT number series).")
        String no;
        @Parameters(paramLabel = "FIELD=VALUE", arity = "0..*", descriptionKey = "param.field_value", description = "Further fields by attribute name, for example city=Aarhus salespersonCode=AB.")
        List<String> fields = new ArrayList<>();

        Add(Cli.Env env) {
            this.env = env;
        }

        @Override
        public Integer call() {
            Contact c = SegmentaFactory.eINSTANCE.createContact();
            c.setType(type(type));
            c.setNo(no);
            c.setName(name);
            c.setEmail(email);
            c.setCompanyNo(company);
            apply(c, fields);
            printSaved(env, json, contacts(env).create(c), Messages.ContactCommand_created);
            return Cli.OK;
        }
    }

    static ContactType type(String text) {
        for (ContactType t : ContactType.VALUES) {
            if (t.getLiteral().equalsIgnoreCase(text.strip()) || t.getName().equalsIgnoreCase(text.strip())) {
                return t;
            }
        }
        throw new Commands.BadUsage(NLS.bind(Messages.ContactCommand_typeMustBePersonOr, text));
    }

    /** {@code contact set} */
    @Command(name = "set", mixinStandardHelpOptions = true, description = "Change fields of a contact.")
    static final class Set implements Callable<Integer> {
        private final Cli.Env env;
        @Mixin
        Output.JsonOption json;
        @Parameters(index = "0", paramLabel = "CONTACT", descriptionKey = "param.contact", description = "The contact's No.")
        String no;
        @Parameters(index = "1..*", arity = "1..*", paramLabel = "FIELD=VALUE", descriptionKey = "param.field_value", description = "Fields by attribute name, for example name=\"Ann Lee-Smith\" city=Odense; an empty VALUE clears the field.")
        List<String> fields;

        Set(Cli.Env env) {
            this.env = env;
        }

        @Override
        public Integer call() {
            Contact c = require(env, no);
            apply(c, fields);
            printSaved(env, json, contacts(env).change(c), Messages.ContactCommand_saved);
            return Cli.OK;
        }
    }

    /** {@code contact show} */
    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show every field of a contact.")
    static final class Show implements Callable<Integer> {
        private final Cli.Env env;
        @Mixin
        Output.JsonOption json;
        @Parameters(index = "0", paramLabel = "CONTACT", descriptionKey = "param.contact", description = "The contact's No.")
        String no;

        Show(Cli.Env env) {
            this.env = env;
        }

        @Override
        public Integer call() {
            Map<String, Object> m = full(require(env, no));
            Output out = new Output(env, json);
            if (out.json()) {
                out.result(m, "");
            } else {
                fieldLines(env, m);
            }
            return Cli.OK;
        }
    }

    /** Prints name: value lines, the names padded, empty values left out. */
    static void fieldLines(Cli.Env env, Map<String, Object> m) {
        int width = m.keySet().stream().mapToInt(String::length).max().orElse(0);
        m.forEach((k, v) -> {
            Object p = Output.plain(v);
            if (p instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof Map) {
                // rows it contains (language rows, formulas, questions): one line each, empty values left out
                env.out().println(k + ":");
                for (Object row : l) {
                    List<String> cells = new java.util.ArrayList<>();
                    ((Map<?, ?>) row).forEach((rk, rv) -> {
                        if (rv != null && !(rv instanceof List<?> rl && rl.isEmpty())) {
                            cells.add(rk + "=" + rv);
                        }
                    });
                    env.out().println("  - " + String.join(", ", cells));
                }
                return;
            }
            String s = p == null ? "" : p instanceof List<?> l ? String.join(", ", l.stream().map(String::valueOf).toList())
                    : p.toString();
            if (!s.isEmpty() && !(p instanceof Boolean b && !b)) {
                env.out().println(k + " ".repeat(width - k.length()) + "  " + s);
            }
        });
    }

    /** {@code contact delete} */
    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete a contact. Refused while it is a "
            + "company with persons, on a line of an open segment, or has interaction log entries.")
    static final class Delete implements Callable<Integer> {
        private final Cli.Env env;
        @Mixin
        Output.JsonOption json;
        @Parameters(index = "0", paramLabel = "CONTACT", descriptionKey = "param.contact", description = "The contact's No.")
        String no;

        Delete(Cli.Env env) {
            this.env = env;
        }

        @Override
        public Integer call() {
            Contact c = require(env, no);
            contacts(env).delete(c.getNo());
            new Output(env, json).result(Output.map("contact", c.getNo(), "deleted", true),
                    NLS.bind(Messages.ContactCommand_deletedContact, c.getNo(), c.getName()));
            return Cli.OK;
        }
    }
}
