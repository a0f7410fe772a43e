package org.segmenta.core.store;

import org.osgi.annotation.versioning.ProviderType;
import org.segmenta.model.NumberSeries;

/** Number series, keyed by code, and the numbers they hand out. */
@ProviderType
public interface NumberSeriesRepository extends KeyedRepository<String, NumberSeries> {

    /**
     * Hands out the next number of a series (its starting No. first, then
     * {@link org.segmenta.model.rules.NumberSeriesFormat#increment(String)} of the last one) and records it as
     * the last No. used. The series row stays locked until the unit ends, so no two units, not even on two
     * clients of one network server, ever get the same number; when the unit rolls back the number is given
     * out again.
     *
     * @param code the series, for example {@code SEGMENT}
     * @return the number, for example {@code SEG00001}
     * @throws NotFoundException when there is no such series
     * @throws IllegalStateException in a read-only unit
     */
    String next(String code);

    /**
     * Takes {@code count} numbers at once, as {@link #next(String)} called {@code count} times would, but in one
     * update of the series: for imports of many contacts.
     *
     * @param code the series
     * @param count how many numbers, 0 or more
     * @return the numbers in order
     * @throws NotFoundException when there is no such series
     * @throws StoreException when the series is used up before {@code count} numbers
     */
    default java.util.List<String> next(String code, int count) {
        java.util.List<String> numbers = new java.util.ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            numbers.add(next(code));
        }
        return numbers;
    }
}
