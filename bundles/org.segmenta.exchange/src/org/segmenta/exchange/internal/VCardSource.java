package org.segmenta.exchange.internal;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;

import org.segmenta.core.format.Formats;
import org.segmenta.exchange.ContactImportException;

import ezvcard.VCard;
import ezvcard.io.ParseWarning;
import ezvcard.io.text.VCardReader;
import ezvcard.parameter.VCardParameters;
import ezvcard.property.Address;
import ezvcard.property.Categories;
import ezvcard.property.Email;
import ezvcard.property.FormattedName;
import ezvcard.property.Note;
import ezvcard.property.Organization;
import ezvcard.property.RawProperty;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.Title;
import ezvcard.property.Url;
import ezvcard.property.VCardProperty;

/**
 * Reads vCard 2.1, 3.0 and 4.0 text with ez-vcard into {@link Draft}s, one per top-level card, each with the line
 * of its {@code BEGIN:VCARD}.
 * <p>
 * ez-vcard (with vinnie) already unfolds folded lines, decodes quoted-printable values with their CHARSET
 * (including soft line breaks whose continuation line has no leading blank, and multi-byte UTF-8 characters split
 * across soft breaks, as in KDE's and Android's exports), and accepts bare vCard 2.1 type parameters. What is
 * added here: the text is decoded by {@code TextDecoding} first (ez-vcard's own reader assumes UTF-8), the
 * quoted-printable default charset follows the file's encoding when that is Windows-1252, the card lines are
 * counted, and a truncated last card is refused.
 */
public final class VCardSource {

    private static final Pattern BEGIN = Pattern.compile("(?i)\\s*(?:[\\w-]+\\.)?BEGIN\\s*:\\s*VCARD\\s*");
    private static final Pattern END = Pattern.compile("(?i)\\s*(?:[\\w-]+\\.)?END\\s*:\\s*VCARD\\s*");

    private VCardSource() {
    }

    /** @return whether the text's first non-blank line is {@code BEGIN:VCARD} */
    public static boolean looksLikeVCard(String text) {
        for (String line : text.lines().limit(50).toList()) {
            if (!line.isBlank()) {
                return BEGIN.matcher(line).matches();
            }
        }
        return false;
    }

    /**
     * @param file the file (for messages)
     * @param text its decoded text
     * @param charset the encoding it was decoded from
     * @return one draft per card, in file order
     * @throws ContactImportException when a card has no {@code END:VCARD} or the cards cannot be parsed
     */
    public static List<Draft> read(Path file, String text, Charset charset) throws ContactImportException {
        return read(file, text, charset, new ArrayList<>());
    }

    /**
     * As {@link #read(Path, String, Charset)}, and says in {@code fileNotes} which encoding quoted-printable values
     * without a CHARSET parameter were read in when that had to be guessed.
     */
    public static List<Draft> read(Path file, String text, Charset charset, List<String> fileNotes)
            throws ContactImportException {
        List<Integer> begins = cardLines(file, text);
        List<Draft> drafts = new ArrayList<>();
        try (VCardReader reader = new VCardReader(text)) {
            // quoted-printable bytes without a CHARSET parameter: UTF-8 when they are valid UTF-8, else the
            // single-byte encoding that decodes them best (vCard 2.1 says ASCII; real phones write anything)
            byte[] qp = quotedPrintableWithoutCharset(text);
            Charset qpCharset = charset.name().startsWith("UTF") ? StandardCharsets.UTF_8 : charset;
            if (qp.length > 0 && hasHighBytes(qp)) {
                qpCharset = org.segmenta.exchange.util.TextDecoding.isUtf8(qp, 0, qp.length) ? StandardCharsets.UTF_8
                        : org.segmenta.exchange.util.TextDecoding.guessSingleByte(qp);
                fileNotes.add(Formats.bind(qpCharset == StandardCharsets.UTF_8
                        ? Messages.VCardSource_quotedPrintableUtf : Messages.VCardSource_quotedPrintableGuessed,
                        qpCharset.name()));
            }
            reader.setDefaultQuotedPrintableCharset(qpCharset);
            VCard card;
            int i = 0;
            while ((card = reader.readNext()) != null) {
                int line = i < begins.size() ? begins.get(i) : 0;
                i++;
                Draft d = toDraft(card, line);
                for (ParseWarning w : reader.getWarnings()) {
                    d.notes.add(w.getLineNumber() == null ? Formats.bind(Messages.VCardSource_warning, w.getMessage())
                            : Formats.bind(Messages.VCardSource_warningAtLine, w.getLineNumber(), w.getMessage()));
                }
                drafts.add(d);
            }
        } catch (IOException e) {
            throw new ContactImportException(file, 0, Formats.bind(Messages.VCardSource_theVcardTextCannot,
                    e.getMessage()), e);
        }
        if (drafts.isEmpty()) {
            throw new ContactImportException(file, 1, Formats.bind(Messages.VCardSource_theFileHoldsNo), null);
        }
        return drafts;
    }

    /** @return the bytes of the quoted-printable values that have no CHARSET parameter, separated by spaces */
    static byte[] quotedPrintableWithoutCharset(String text) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        String[] lines = text.split("\\r\\n|\\r|\\n", -1);
        for (int i = 0; i < lines.length && out.size() < (1 << 20); i++) {
            String line = lines[i];
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String head = line.substring(0, colon).toUpperCase(Locale.ROOT);
            if (!head.contains("QUOTED-PRINTABLE") || head.contains("CHARSET=")) {
                continue;
            }
            StringBuilder value = new StringBuilder(line.substring(colon + 1));
            while (value.length() > 0 && value.charAt(value.length() - 1) == '=' && i + 1 < lines.length) {
                value.setLength(value.length() - 1);
                value.append(lines[++i].stripLeading());
            }
            decodeQuotedPrintable(value, out);
            out.write(' ');
        }
        return out.toByteArray();
    }

    private static void decodeQuotedPrintable(CharSequence v, java.io.ByteArrayOutputStream out) {
        for (int i = 0; i < v.length(); i++) {
            char ch = v.charAt(i);
            if (ch == '=' && i + 2 < v.length()) {
                int hi = Character.digit(v.charAt(i + 1), 16);
                int lo = Character.digit(v.charAt(i + 2), 16);
                if (hi >= 0 && lo >= 0) {
                    out.write(hi * 16 + lo);
                    i += 2;
                    continue;
                }
            }
            out.write(ch < 0x80 ? ch : '?');
        }
    }

    private static boolean hasHighBytes(byte[] b) {
        for (byte x : b) {
            if (x < 0) {
                return true;
            }
        }
        return false;
    }

    /** The lines where top-level cards begin; refuses a card that is never ended. */
    private static List<Integer> cardLines(Path file, String text) throws ContactImportException {
        List<Integer> begins = new ArrayList<>();
        int depth = 0;
        int lineNo = 0;
        int open = 0;
        for (String line : text.split("\\r\\n|\\r|\\n", -1)) {
            lineNo++;
            if (BEGIN.matcher(line).matches()) {
                if (depth == 0) {
                    begins.add(lineNo);
                    open = lineNo;
                }
                depth++;
            } else if (END.matcher(line).matches() && depth > 0) {
                depth--;
            }
        }
        if (depth > 0) {
            throw new ContactImportException(file, open, Formats.bind(Messages.VCardSource_theCardThatBegins), null);
        }
        return begins;
    }

    private static Draft toDraft(VCard card, int line) {
        Draft d = new Draft(line);
        d.company = isOrganisation(card);

        // names: the first FN and the N in the same language; other-language alternates go to Name 2
        List<FormattedName> fns = card.getFormattedNames().stream().filter(f -> Draft.clean(f.getValue()) != null)
                .toList();
        FormattedName fn = fns.isEmpty() ? null : fns.get(0);
        String nameLanguage = fn == null ? null : fn.getLanguage();
        StructuredName n = card.getStructuredNames().stream()
                .filter(s -> nameLanguage == null || nameLanguage.equalsIgnoreCase(s.getLanguage())).findFirst()
                .orElse(card.getStructuredName());
        if (fn != null) {
            d.name = fn.getValue();
            List<String> others = fns.stream().skip(1)
                    .filter(f -> f.getLanguage() != null && !f.getLanguage().equalsIgnoreCase(nameLanguage))
                    .map(FormattedName::getValue).toList();
            if (!others.isEmpty()) {
                d.name2 = String.join(" / ", others);
                d.notes.add(Formats.bind(Messages.VCardSource_theNameIsGiven, d.name, others));
            }
        }
        if (n != null) {
            d.firstName = n.getGiven();
            d.middleName = Draft.join(" ", n.getAdditionalNames().toArray(String[]::new));
            d.surname = n.getFamily();
        }

        // language: LANG, else the LANGUAGE parameter of the names when they are all in one language
        card.getLanguages().stream().min(Comparator.comparing(p -> p.getPref() == null ? 100 : p.getPref()))
                .ifPresent(l -> d.language = l.getValue());
        if (d.language == null) {
            List<String> langs = new ArrayList<>();
            card.getFormattedNames().forEach(f -> langs.add(f.getLanguage()));
            card.getStructuredNames().forEach(s -> langs.add(s.getLanguage()));
            List<String> distinct = langs.stream().filter(Objects::nonNull).map(s -> s.toLowerCase(Locale.ROOT))
                    .distinct().toList();
            if (distinct.size() == 1) {
                d.language = distinct.get(0);
            } else if (distinct.size() > 1) {
                d.notes.add(Formats.bind(Messages.VCardSource_theNamesAreIn, distinct));
            }
        }

        Organization org = card.getOrganizations().stream()
                .filter(o -> !o.getValues().isEmpty() && Draft.clean(o.getValues().get(0)) != null).findFirst()
                .orElse(null);
        if (org != null) {
            d.companyName = org.getValues().get(0);
        }
        card.getTitles().stream().map(Title::getValue).filter(t -> Draft.clean(t) != null).findFirst()
                .ifPresent(t -> d.jobTitle = t);

        Email email = best(card.getEmails().stream().filter(e -> Draft.clean(e.getValue()) != null).toList(),
                VCardSource::preference);
        if (email != null) {
            d.email = email.getValue();
        }
        phones(card, d);
        Address adr = best(card.getAddresses(), VCardSource::preference);
        if (adr != null) {
            List<String> lines = new ArrayList<>(adr.getStreetAddresses());
            lines.addAll(adr.getExtendedAddresses());
            d.setAddressLines(lines);
            d.city = adr.getLocality();
            d.county = adr.getRegion();
            d.postCode = adr.getPostalCode();
            d.country = adr.getCountry();
        }
        Url url = best(card.getUrls().stream().filter(u -> Draft.clean(u.getValue()) != null).toList(),
                VCardSource::preference);
        if (url != null) {
            d.homePage = url.getValue();
        }
        for (Categories c : card.getCategoriesList()) {
            d.categories.addAll(c.getValues());
        }
        List<String> notes = card.getNotes().stream().map(Note::getValue).map(Draft::clean)
                .filter(Objects::nonNull).toList();
        if (!notes.isEmpty()) {
            d.contactNotes = d.from("NOTE", String.join("\n\n", notes));
        }
        from(d, "FN", d.name);
        from(d, "N", d.firstName, d.middleName, d.surname);
        from(d, "ORG", d.companyName);
        from(d, "TITLE", d.jobTitle);
        from(d, "EMAIL", d.email);
        from(d, "TEL", d.phone, d.mobile, d.fax);
        from(d, "ADR", d.address, d.address2, d.city, d.county, d.postCode, d.country);
        from(d, "URL", d.homePage);
        leftOver(card, d, email, adr, url);
        return d;
    }

    private static void from(Draft d, String property, String... values) {
        for (String v : values) {
            d.from(property, v);
        }
    }

    /** Counts what the card holds that has no place on a contact. */
    private static void leftOver(VCard card, Draft d, Email email, Address adr, Url url) {
        int emails = (int) card.getEmails().stream().filter(e -> Draft.clean(e.getValue()) != null).count();
        for (int i = email == null ? 0 : 1; i < emails; i++) {
            d.leftOver("more e-mail addresses");
        }
        int phones = (int) card.getTelephoneNumbers().stream().filter(t -> number(t) != null).count();
        int used = (d.phone == null ? 0 : 1) + (d.mobile == null ? 0 : 1) + (d.fax == null ? 0 : 1);
        for (int i = used; i < phones; i++) {
            d.leftOver("more phone numbers");
        }
        for (int i = adr == null ? 0 : 1; i < card.getAddresses().size(); i++) {
            d.leftOver("more addresses");
        }
        int urls = (int) card.getUrls().stream().filter(u -> Draft.clean(u.getValue()) != null).count();
        for (int i = url == null ? 0 : 1; i < urls; i++) {
            d.leftOver("more web pages");
        }
        for (VCardProperty p : card.getProperties()) {
            String kind = switch (p.getClass().getSimpleName()) {
            case "Birthday" -> "birthdays";
            case "Anniversary" -> "anniversaries";
            case "Impp" -> "IM addresses";
            case "Photo" -> "photos";
            case "Logo" -> "logos";
            case "Nickname" -> "nicknames";
            case "Geo" -> "geo positions";
            case "Related" -> "relations";
            case "Role" -> "roles";
            case "Gender" -> "genders";
            case "Expertise", "Hobby", "Interest" -> "interests";
            case "Sound" -> "sounds";
            case "Key" -> "keys";
            case "Xml" -> "XML parts";
            case "Agent" -> "agents";
            case "Member" -> "group members";
            case "RawProperty" -> rawKind(((RawProperty) p).getPropertyName());
            default -> null;
            };
            if (kind != null) {
                d.leftOver(kind);
            }
        }
    }

    /** Extended properties: instant messaging ones counted as IM addresses, Apple's labels and metadata ignored. */
    private static String rawKind(String name) {
        String n = name.toUpperCase(Locale.ROOT);
        if (n.matches("X-(AIM|ICQ|JABBER|MSN|YAHOO|SKYPE|SKYPE-USERNAME|GADUGADU|GOOGLE-TALK|QQ|TWITTER|SIP)")) {
            return "IM addresses";
        }
        if (n.equals("X-ANNIVERSARY") || n.equals("X-MS-ANNIVERSARY") || n.equals("X-EVOLUTION-ANNIVERSARY")) {
            return "anniversaries";
        }
        if (n.equals("X-SPOUSE") || n.equals("X-MS-SPOUSE") || n.equals("X-ASSISTANT") || n.equals("X-MANAGER")
                || n.equals("X-EVOLUTION-SPOUSE") || n.equals("X-EVOLUTION-MANAGER")
                || n.equals("X-EVOLUTION-ASSISTANT")) {
            return "relations";
        }
        if (n.startsWith("X-AB") || n.startsWith("X-PHONETIC") || n.startsWith("X-MS-OL") || n.equals("X-MS-CARDPICTURE")
                || n.startsWith("X-ANDROID") || n.startsWith("X-EVOLUTION-FILE") || n.equals("X-MOZILLA-HTML")) {
            return null; // layout, labels and sort keys of the writing program
        }
        if (n.equals("X-MS-IMADDRESS")) {
            return "IM addresses";
        }
        if (n.equals("LABEL") || n.equals("SORT-STRING") || n.equals("MAILER") || n.equals("NAME")
                || n.equals("SOURCE") || n.equals("CLASS") || n.equals("PROFILE")) {
            return null;
        }
        return "other (" + name + ")";
    }

    /** KIND:org (4.0), Apple's X-ABShowAs:COMPANY, or an ORG without any person name. */
    private static boolean isOrganisation(VCard card) {
        if (card.getKind() != null && card.getKind().isOrg()) {
            return true;
        }
        RawProperty showAs = card.getExtendedProperty("X-ABShowAs");
        if (showAs != null && "COMPANY".equalsIgnoreCase(Draft.clean(showAs.getValue()))) {
            return true;
        }
        boolean hasOrg = card.getOrganizations().stream()
                .anyMatch(o -> !o.getValues().isEmpty() && Draft.clean(o.getValues().get(0)) != null);
        boolean hasFn = card.getFormattedNames().stream().anyMatch(f -> Draft.clean(f.getValue()) != null);
        StructuredName n = card.getStructuredName();
        boolean hasN = n != null && (Draft.clean(n.getFamily()) != null || Draft.clean(n.getGiven()) != null);
        if (hasOrg && !hasN) {
            if (!hasFn) {
                return true;
            }
            String org = card.getOrganization().getValues().get(0);
            return card.getFormattedNames().stream().anyMatch(f -> org.strip().equalsIgnoreCase(f.getValue().strip()));
        }
        return false;
    }

    private static void phones(VCard card, Draft d) {
        List<Telephone> voice = new ArrayList<>();
        List<Telephone> cell = new ArrayList<>();
        List<Telephone> fax = new ArrayList<>();
        for (Telephone t : card.getTelephoneNumbers()) {
            if (number(t) == null) {
                continue;
            }
            List<String> types = types(t);
            if (types.contains("fax")) {
                fax.add(t);
            } else if (types.contains("cell")) {
                cell.add(t);
            } else if (!types.contains("pager")) {
                voice.add(t);
            }
        }
        d.phone = number(best(voice, VCardSource::preference));
        d.mobile = number(best(cell, VCardSource::preference));
        d.fax = number(best(fax, VCardSource::preference));
    }

    private static String number(Telephone t) {
        if (t == null) {
            return null;
        }
        if (t.getText() != null) {
            return Draft.clean(t.getText());
        }
        return t.getUri() == null ? null : Draft.clean(t.getUri().getNumber());
    }

    /** PREF (2.1/3.0 TYPE=pref, 4.0 PREF=n) counts 2, WORK counts 1; the first of the highest wins. */
    private static int preference(VCardProperty p) {
        List<String> types = types(p);
        int score = 0;
        Integer pref = p.getParameters().getPref();
        if (types.contains("pref") || pref != null) {
            score += pref == null ? 2 : 2 + Math.max(0, 100 - pref) / 100;
        }
        if (types.contains("work")) {
            score += 1;
        }
        return score;
    }

    private static List<String> types(VCardProperty p) {
        return p.getParameters().get(VCardParameters.TYPE).stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
    }

    private static <T extends VCardProperty> T best(List<T> list, ToIntFunction<VCardProperty> score) {
        T best = null;
        int bestScore = Integer.MIN_VALUE;
        for (T t : list) {
            int s = score.applyAsInt(t);
            if (s > bestScore) {
                best = t;
                bestScore = s;
            }
        }
        return best;
    }
}
