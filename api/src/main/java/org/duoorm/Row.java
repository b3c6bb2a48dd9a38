package org.duoorm;

import java.util.List;
import java.util.Map;

/**
 * One result row of a raw query, the same in both modes. Column lookups ignore case, since databases
 * disagree on the case of unquoted names. Values are normalized across drivers: {@code java.time}
 * types for dates and times, {@code byte[]} for binary, {@link java.math.BigDecimal} for decimals.
 */
public interface Row {
    /** The number of columns. */
    int size();

    /** The column labels, in select order. */
    List<String> columns();

    /** @param index zero-based @return the value, may be null */
    Object get(int index);

    /**
     * @param column a column label, any case
     * @return the value, may be null
     * @throws IllegalArgumentException when the row has no such column (the message lists those it has)
     */
    Object get(String column);

    /**
     * @param column a column label, any case
     * @param type the wanted type; numbers convert between widths when no precision is lost
     * @param <T> the type
     * @return the converted value, may be null
     * @throws MappingException when the value cannot be converted
     */
    <T> T get(String column, Class<T> type);

    /** @param index zero-based @param type the wanted type @param <T> the type @return the converted value */
    <T> T get(int index, Class<T> type);

    /** The row as an ordered map from column label to value. */
    Map<String, Object> toMap();
}
