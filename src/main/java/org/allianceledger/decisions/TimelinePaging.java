package org.allianceledger.decisions;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.allianceledger.alliance.InvalidInput;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the timeline page pages its decisions: newest first unless the URL asks for the oldest, so that
 * what happened last is on the first page, and a bounded number a page.
 *
 * @param pageSize    decisions a page when the URL names no {@code size}
 * @param maxPageSize the most a page may show
 */
@ConfigurationProperties("ledger.pages.timeline")
record TimelinePaging(int pageSize, int maxPageSize) {

    static final String NEWEST = "newest";
    static final String OLDEST = "oldest";

    /** One page of {@code decisions} (in the order they were taken), as the URL's {@code sort}, {@code size} and {@code page} ask. */
    Slice slice(List<DecisionRow> decisions, String sort, Integer size, Integer page) {
        String order = sort == null || sort.isBlank() ? NEWEST : sort.trim().toLowerCase(Locale.ROOT);
        if (!order.equals(NEWEST) && !order.equals(OLDEST)) {
            throw new InvalidInput("sort", "sort is newest or oldest, not '" + sort.trim() + "'");
        }
        int perPage = size == null ? pageSize : size;
        if (perPage < 1 || perPage > maxPageSize) {
            throw new InvalidInput("size", "size is a number of decisions a page from 1 to " + maxPageSize + ", not " + size);
        }
        int pages = Math.max(1, (decisions.size() + perPage - 1) / perPage);
        int number = page == null ? 1 : page;
        if (number < 1 || number > pages) {
            throw new InvalidInput("page", "page is from 1 to " + pages + " for these filters, not " + page);
        }
        List<DecisionRow> ordered = new ArrayList<>(decisions);
        if (order.equals(NEWEST)) {
            Collections.reverse(ordered);
        }
        int from = (number - 1) * perPage;
        return new Slice(ordered.subList(from, Math.min(from + perPage, ordered.size())), order, perPage, number, pages, from);
    }

    /**
     * @param first the position of its first row among all the decisions that match, from 0
     */
    record Slice(List<DecisionRow> rows, String sort, int size, int page, int pages, int first) {
    }
}
