package org.allianceledger.web;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The media type reads answer in when a client asks for CSV. */
public final class Csv {

    public static final String MEDIA_TYPE = "text/csv";

    /** The {@code format} value that asks a read for CSV where a link cannot set the Accept header. */
    static final String FORMAT = "csv";

    private Csv() {
    }

    /** A link to the API read {@code apiPath} as CSV, with the current page's query (its filters and point in time). */
    public static String downloadLink(String apiPath) {
        return ServletUriComponentsBuilder.fromCurrentRequest().replacePath(apiPath)
                .replaceQueryParam("format", FORMAT).build().toUriString();
    }
}
