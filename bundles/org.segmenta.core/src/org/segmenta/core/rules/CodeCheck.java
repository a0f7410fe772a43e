package org.segmenta.core.rules;

import org.segmenta.core.internal.Messages;
import org.eclipse.osgi.util.NLS;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.segmenta.core.store.KeyedRepository;
import org.segmenta.core.store.StoreSession;
import org.segmenta.model.Salesperson;
import org.segmenta.model.rules.Captions;

/**
 * Refuses codes that are not set up, at the moment they are given (NAV's {@code TableRelation}: a Salesperson Code
 * must be a salesperson that is not blocked, a Campaign No. a campaign, an Interaction Template Code a template, a
 * Language Code a language, ...). Services call it before they store a header, a line, a contact or a set-up row, so
 * that an unknown code never reaches the data and the user learns at once which field is wrong and how to fix it.
 * Correspondence types are options of the model: {@link org.segmenta.core.ModelFields#value} refuses an unknown one.
 * <p>
 * The fields checked, by attribute name (on any class): {@code salespersonCode}, {@code campaignNo},
 * {@code interactionTemplateCode}, {@code interactionGroupCode}, {@code languageCode}, {@code languageCodeDefault},
 * {@code salutationCode}. Empty values are not checked (a blank code is no code).
 */
public final class CodeCheck {

    /** What a field refers to: its set-up table's name for messages, and how to find its rows. */
    private record Target(String table, Function<StoreSession, KeyedRepository<String, ? extends EObject>> repository) {
    }

    private static final Map<String, Target> TARGETS = Map.of(
            "salespersonCode", new Target("salesperson", StoreSession::salespeople),
            "campaignNo", new Target("campaign", StoreSession::campaigns),
            "interactionTemplateCode", new Target("interaction template", StoreSession::interactionTemplates),
            "interactionGroupCode", new Target("interaction group", StoreSession::interactionGroups),
            "languageCode", new Target("language", StoreSession::languages),
            "languageCodeDefault", new Target("language", StoreSession::languages),
            "salutationCode", new Target("salutation", StoreSession::salutations));

    /** How many existing codes a message lists at most. */
    private static final int LISTED = 12;

    private CodeCheck() {
    }

    /**
     * @param field an attribute
     * @return whether {@link #check(StoreSession, EAttribute, Object)} looks its values up
     */
    public static boolean checks(EAttribute field) {
        return TARGETS.containsKey(field.getName()) && field.getEAttributeType().getInstanceClass() == String.class;
    }

    /**
     * Checks one value.
     *
     * @param s the unit of work to look in
     * @param field the attribute
     * @param value its value (normalised: see {@link Codes}); null or blank passes
     * @throws UnknownCodeException when the code is not set up, or is a blocked salesperson
     */
    public static void check(StoreSession s, EAttribute field, Object value) {
        problem(s, field, value).ifPresent(m -> {
            throw new UnknownCodeException(field, (String) value, m);
        });
    }

    /**
     * Checks every code field of an object that is set (not the objects it contains).
     *
     * @param s the unit of work to look in
     * @param object a header, a line, a contact, a template, ...
     * @throws UnknownCodeException at the first unknown code
     */
    public static void check(StoreSession s, EObject object) {
        for (EAttribute a : object.eClass().getEAllAttributes()) {
            if (!a.isMany() && checks(a)) {
                check(s, a, object.eGet(a));
            }
        }
    }

    /**
     * @param s the unit of work to look in
     * @param field the attribute
     * @param value its value
     * @return what is wrong with the value, or empty when it is fine (or the field refers to nothing)
     */
    public static Optional<String> problem(StoreSession s, EAttribute field, Object value) {
        if (!checks(field) || !(value instanceof String code) || code.isBlank()) {
            return Optional.empty();
        }
        Target t = TARGETS.get(field.getName());
        KeyedRepository<String, ? extends EObject> repo = t.repository().apply(s);
        Optional<? extends EObject> row = repo.get(code);
        String caption = Captions.shown(field.getName());
        if (row.isEmpty()) {
            return Optional.of(NLS.bind(Messages.CodeCheck_doesNotExist, caption, code, choices(repo, t.table(), code)));
        }
        if (row.get() instanceof Salesperson sp && sp.isBlocked()) {
            return Optional.of(NLS.bind(Messages.CodeCheck_salespersonIsBlockedChooseAnother, caption, code, code, code));
        }
        return Optional.empty();
    }

    /**
     * The codes a code field accepts, for a list of choices (a content proposal, a combo): every row of the table the
     * field refers to, by code, with its name or description; blocked salespeople are left out (they are refused).
     *
     * @param s the unit of work to look in
     * @param field the attribute
     * @return the choices, by code; empty when the field refers to no table ({@link #checks} is false)
     */
    public static List<CodeChoice> choices(StoreSession s, EAttribute field) {
        if (!checks(field)) {
            return List.of();
        }
        List<CodeChoice> result = new ArrayList<>();
        for (EObject o : TARGETS.get(field.getName()).repository().apply(s).list()) {
            if (o instanceof Salesperson sp && sp.isBlocked()) {
                continue;
            }
            result.add(new CodeChoice(key(o), name(o)));
        }
        result.sort(java.util.Comparator.comparing(CodeChoice::code));
        return result;
    }

    private static String name(EObject o) {
        for (String n : new String[] { "name", "description" }) {
            EStructuralFeature f = o.eClass().getEStructuralFeature(n);
            if (f != null && o.eGet(f) instanceof String text) {
                return text;
            }
        }
        return "";
    }

    private static String choices(KeyedRepository<String, ? extends EObject> repo, String table, String code) {
        long n = repo.count();
        if (n == 0) {
            String shown = table;
            if (java.util.Locale.getDefault().getLanguage().equals("de")) {
                // "interaction template" is the class InteractionTemplate: its caption in German
                StringBuilder name = new StringBuilder();
                for (String word : table.split(" ")) {
                    name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
                }
                shown = Captions.shownClass(name.toString());
            }
            return NLS.bind(Messages.CodeCheck_thereIsNoYetSet, shown, shown, code);
        }
        List<String> keys = new ArrayList<>();
        if (n <= LISTED) {
            for (EObject o : repo.list()) {
                keys.add(key(o));
            }
            return NLS.bind(Messages.CodeCheck_useOneOfOrSet, String.join(", ", keys), table, code);
        }
        return NLS.bind(Messages.CodeCheck_chooseOneOfTheCodes, org.segmenta.core.format.Formats.count(n), table, table, code);
    }

    private static String key(EObject o) {
        EAttribute id = o.eClass().getEIDAttribute();
        if (id == null) {
            for (EAttribute a : o.eClass().getEAllAttributes()) {
                if (a.getName().equals("code") || a.getName().equals("no")) {
                    id = a;
                    break;
                }
            }
        }
        return id == null ? o.toString() : String.valueOf(o.eGet(id));
    }
}
