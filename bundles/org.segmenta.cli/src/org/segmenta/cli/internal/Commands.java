package org.segmenta.cli.internal;

import org.eclipse.osgi.util.NLS;
import java.util.ArrayList;
import java.util.List;

import org.segmenta.core.criteria.FieldFilter;

/** Checks and conversions several commands share. */
final class Commands {

    private Commands() {
    }

    /**
     * @param offset rows to skip
     * @param limit rows at most
     * @throws BadUsage when offset is negative or limit below 1
     */
    static void checkPage(int offset, int limit) {
        if (offset < 0 || limit < 1) {
            throw new BadUsage(NLS.bind(Messages.Commands_offsetMustBe0Or, offset, limit));
        }
    }

    /**
     * Parses {@code source.field=EXPRESSION} filters.
     *
     * @param specs the filters as typed, for example {@code contact.city=Aarhus|Odense}
     * @return the filters
     * @throws BadUsage when one lacks the dot or the equals sign
     */
    static List<FieldFilter> filters(List<String> specs) {
        List<FieldFilter> filters = new ArrayList<>();
        for (String spec : specs == null ? List.<String>of() : specs) {
            int eq = spec.indexOf('=');
            int dot = eq < 0 ? -1 : spec.substring(0, eq).indexOf('.');
            if (eq < 0 || dot <= 0 || dot == eq - 1) {
                throw new BadUsage(NLS.bind(Messages.Commands_filterIsNotSOURCEFIELD, spec));
            }
            filters.add(new FieldFilter(spec.substring(0, dot), spec.substring(dot + 1, eq), spec.substring(eq + 1)));
        }
        return filters;
    }

    /**
     * Bad usage found after parsing (a filter that does not parse, a wrong page): exit code 2, the message on
     * stderr.
     */
    static final class BadUsage extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        BadUsage(String message) {
            super(message);
        }
    }
}
