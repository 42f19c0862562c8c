package org.allianceledger.web;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/** Links from a page to itself with some parameters changed, every other one kept. */
public final class PageLinks {

    private PageLinks() {
    }

    /**
     * The page being answered, as a relative link (path and query): never built from the request's
     * {@code Host} header, which the client chooses.
     */
    public static UriComponentsBuilder thisPage() {
        return ServletUriComponentsBuilder.fromCurrentRequest().scheme(null).host(null).port(-1);
    }
}
