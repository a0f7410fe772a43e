package org.segmenta.exchange;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import org.segmenta.core.language.LanguageCodes;

/**
 * How an import runs. Immutable; start from {@link #defaults()} and change with the {@code with...} methods.
 *
 * @param existing the contacts that already exist, for duplicate detection and for linking persons to existing
 *            companies
 * @param numbers gives the No. of each contact to create, called once per contact in creation order (companies
 *            before the persons that work for them); the import service passes its number series here, or keeps
 *            the provisional numbers and calls {@link ImportPlan#renumber(Supplier)} later
 * @param csvMapping the column mapping for a CSV file; {@code null} to recognise Outlook, Google and Thunderbird
 *            exports by their headers. A mapping, when given, is used even for those layouts
 * @param duplicates what to do with rows that duplicate an existing contact
 * @param languageCodes maps a language tag or name from the file ({@code en-us}, {@code English}) to a language
 *            code of the store ({@code ENU}), or to {@code null} to leave the contact's language empty
 * @param strict refuse the whole file when any row is a bad row ({@link ImportReport.Reason#isBadRow()}) instead of
 *            importing the good rows and reporting the bad ones
 * @param maxLengths the most characters each text attribute of a contact holds (attribute name → length); a row
 *            with a longer value is refused, never cut. The import service passes the store's; empty for none
 */
public record ImportOptions(ContactLookup existing, Supplier<String> numbers, CsvMapping csvMapping,
        DuplicatePolicy duplicates, Function<String, String> languageCodes, boolean strict,
        Map<String, Integer> maxLengths) {

    /** Checks that the required parts are there. */
    public ImportOptions {
        Objects.requireNonNull(existing, "existing");
        Objects.requireNonNull(numbers, "numbers");
        Objects.requireNonNull(duplicates, "duplicates");
        Objects.requireNonNull(languageCodes, "languageCodes");
        maxLengths = maxLengths == null ? Map.of() : Map.copyOf(maxLengths);
    }

    /** Options that are not strict and know no field lengths (as before those two existed). */
    public ImportOptions(ContactLookup existing, Supplier<String> numbers, CsvMapping csvMapping,
            DuplicatePolicy duplicates, Function<String, String> languageCodes) {
        this(existing, numbers, csvMapping, duplicates, languageCodes, false, Map.of());
    }

    /**
     * @return no existing contacts, provisional numbers {@code NEW-00001}, {@code NEW-00002}, ... (a new counter
     *         for each call), headers recognised, duplicates skipped, {@link LanguageCodes#fromIso(String)}
     */
    public static ImportOptions defaults() {
        return new ImportOptions(ContactLookup.NONE, provisionalNumbers(), null, DuplicatePolicy.SKIP,
                LanguageCodes::fromIso);
    }

    /** @return a fresh supplier of provisional numbers {@code NEW-00001}, {@code NEW-00002}, ... */
    public static Supplier<String> provisionalNumbers() {
        AtomicInteger n = new AtomicInteger();
        return () -> "NEW-%05d".formatted(n.incrementAndGet());
    }

    /** @param lookup the existing contacts @return a copy with that lookup */
    public ImportOptions withExisting(ContactLookup lookup) {
        return new ImportOptions(lookup, numbers, csvMapping, duplicates, languageCodes, strict, maxLengths);
    }

    /** @param series the number supplier @return a copy with that supplier */
    public ImportOptions withNumbers(Supplier<String> series) {
        return new ImportOptions(existing, series, csvMapping, duplicates, languageCodes, strict, maxLengths);
    }

    /** @param mapping the CSV column mapping, or {@code null} for header recognition @return a copy with it */
    public ImportOptions withCsvMapping(CsvMapping mapping) {
        return new ImportOptions(existing, numbers, mapping, duplicates, languageCodes, strict, maxLengths);
    }

    /** @param policy the duplicate policy @return a copy with it */
    public ImportOptions withDuplicates(DuplicatePolicy policy) {
        return new ImportOptions(existing, numbers, csvMapping, policy, languageCodes, strict, maxLengths);
    }

    /** @param codes the language mapping @return a copy with it */
    public ImportOptions withLanguageCodes(Function<String, String> codes) {
        return new ImportOptions(existing, numbers, csvMapping, duplicates, codes, strict, maxLengths);
    }

    /** @param value refuse a file with any bad row @return a copy with it */
    public ImportOptions withStrict(boolean value) {
        return new ImportOptions(existing, numbers, csvMapping, duplicates, languageCodes, value, maxLengths);
    }

    /** @param lengths attribute name → most characters @return a copy with them */
    public ImportOptions withMaxLengths(Map<String, Integer> lengths) {
        return new ImportOptions(existing, numbers, csvMapping, duplicates, languageCodes, strict, lengths);
    }
}
