package org.duoorm.model;

import java.util.List;

/**
 * One page of a query's results and the total count of its rows.
 *
 * @param items the rows on this page, possibly empty (past the end)
 * @param total the number of rows the query matches, over all pages
 * @param number this page's number, from 1
 * @param size the page size asked for
 * @param <T> the model
 */
public record Page<T>(List<T> items, long total, int number, int size) {

    /** The number of pages; 0 when there are no rows. */
    public long totalPages() {
        return size == 0 ? 0 : (total + size - 1) / size;
    }

    /** Whether a page follows this one. */
    public boolean hasNext() {
        return number < totalPages();
    }

    /** Whether a page comes before this one. */
    public boolean hasPrevious() {
        return number > 1;
    }
}
