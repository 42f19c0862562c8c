package org.allianceledger.web;

/** The media type reads answer in when a client asks for CSV. */
public final class Csv {

    public static final String MEDIA_TYPE = "text/csv";

    private Csv() {
    }
}
