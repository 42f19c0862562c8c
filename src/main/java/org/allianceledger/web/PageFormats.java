package org.allianceledger.web;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

import org.allianceledger.alliance.Money;
import org.allianceledger.alliance.PartialDate;
import org.allianceledger.alliance.Plain;
import org.springframework.stereotype.Component;

/** How pages write money, dates and lists: the way a board paper would. Templates call it as {@code @formats}. */
@Component("formats")
public class PageFormats {

    private static final Locale UK = Locale.UK;
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss 'UTC'", UK)
            .withZone(ZoneOffset.UTC);

    /** Pounds from pence, whole pounds where there are no pence: {@code £2,600,000}, {@code -£186,000}. */
    public String money(long pence) {
        return Money.ofPence(pence).toString();
    }

    /** Short money for a chart's axis: {@code £2.6m}, {@code £740k}, {@code £0}. */
    public String moneyShort(long pence) {
        double pounds = pence / 100.0;
        DecimalFormat oneDecimal = new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(UK));
        if (Math.abs(pounds) >= 1_000_000) {
            return "£" + oneDecimal.format(pounds / 1_000_000) + "m";
        }
        if (Math.abs(pounds) >= 1_000) {
            return "£" + oneDecimal.format(pounds / 1_000) + "k";
        }
        return "£" + oneDecimal.format(pounds);
    }

    public String date(LocalDate date) {
        return date == null ? "" : Plain.date(PartialDate.day(date));
    }

    /** A date to the precision the source gives: {@code 19 July 2018}, {@code September 2016}, {@code 2011}. */
    public String date(PartialDate date) {
        return date == null ? "" : Plain.date(date);
    }

    public String date(String partialDate) {
        return partialDate == null ? "" : date(PartialDate.parse(partialDate));
    }

    public String instant(Instant instant) {
        return instant == null ? "" : INSTANT.format(instant);
    }

    public String list(Collection<?> items) {
        return items == null ? "" : items.stream().filter(Objects::nonNull).map(Plain::words).collect(Collectors.joining("; "));
    }

    /** A body, a decider list or an owner as the source gives it, or a plain word that it names none. */
    public String named(Object nameOrNames) {
        String text = nameOrNames instanceof Collection<?> names ? list(names) : nameOrNames == null ? "" : nameOrNames.toString();
        return text.isBlank() ? "Not named in the source" : text;
    }

    /**
     * {@code IN_PROGRESS} as {@code in progress}, {@code BED} as {@code Bedfordshire}, for codes read by
     * people; a kind such as {@code collaboration-deferred} as {@code collaboration deferred}.
     */
    public String words(Object code) {
        return code instanceof String kind ? kind.toLowerCase(UK).replace('-', ' ') : Plain.words(code);
    }
}
