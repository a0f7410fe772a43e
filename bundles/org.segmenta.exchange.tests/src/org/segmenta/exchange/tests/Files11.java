package org.segmenta.exchange.tests;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.segmenta.exchange.ContactImportException;
import org.segmenta.exchange.util.ContactImporter;
import org.segmenta.exchange.ImportOptions;
import org.segmenta.exchange.ImportPlan;
import org.segmenta.model.Contact;
import org.segmenta.testing.Corpus;

/** Helpers: the shared contact files, read in place. */
final class Files11 {

    private Files11() {
    }

    static Path contacts(String name) {
        return Corpus.dir("contacts").resolve(name);
    }

    static ImportPlan importFile(String name) throws ContactImportException {
        return ContactImporter.read(contacts(name), ImportOptions.defaults());
    }

    /** name → contact (names unique in the tests that use it) */
    static Map<String, Contact> byName(ImportPlan plan) {
        return plan.contacts().stream().collect(Collectors.toMap(Contact::getName, c -> c, (a, b) -> a));
    }

    static List<String> groups(Contact c) {
        return c.getMailingGroups().stream().map(g -> g.getMailingGroupCode()).toList();
    }

    /** A dump of the plan, printed by the probe test while developing. */
    static String dump(ImportPlan plan) {
        StringBuilder b = new StringBuilder(plan.report().toString()).append('\n');
        for (var cr : plan.report().created()) {
            Contact c = cr.contact();
            b.append("  line ").append(cr.line()).append(' ').append(c.getNo()).append(' ').append(c.getType())
                    .append(" co=").append(c.getCompanyNo()).append(" name=[").append(c.getName()).append("] name2=[")
                    .append(c.getName2()).append("] first=[").append(c.getFirstName()).append("] middle=[")
                    .append(c.getMiddleName()).append("] sur=[").append(c.getSurname()).append("] company=[")
                    .append(c.getCompanyName()).append("] title=[").append(c.getJobTitle()).append("] email=[")
                    .append(c.getEmail()).append("] phone=[").append(c.getPhoneNo()).append("] mobile=[")
                    .append(c.getMobilePhoneNo()).append("] fax=[").append(c.getFaxNo()).append("] adr=[")
                    .append(c.getAddress()).append("|").append(c.getAddress2()).append("|").append(c.getPostCode())
                    .append("|").append(c.getCity()).append("|").append(c.getCounty()).append("|")
                    .append(c.getCountryRegionCode()).append("] url=[").append(c.getHomePage()).append("] lang=[")
                    .append(c.getLanguageCode()).append("] groups=").append(groups(c)).append('\n');
        }
        return b.toString();
    }
}
