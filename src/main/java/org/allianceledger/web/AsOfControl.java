package org.allianceledger.web;

import java.time.Clock;
import java.time.LocalDate;

import org.allianceledger.alliance.InvalidInput;
import org.allianceledger.readmodel.PointInTime;
import org.allianceledger.readmodel.PointInTimeParams;
import org.allianceledger.readmodel.ReadModels;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The "as of" and "as known at" control every page carries: reads the point in time from the URL,
 * so a view can be shared, and gives the page what it shows and what its links carry on.
 */
@Component
public class AsOfControl {

    private static final PointInTimeParams NOW = new PointInTimeParams(null, null);

    private final ReadModels readModels;
    private final Clock clock;

    AsOfControl(ReadModels readModels, Clock clock) {
        this.readModels = readModels;
        this.clock = clock;
    }

    /**
     * The point in time a page reads at, once the read models have caught up; the page's model learns it too.
     * A date the ledger refuses is kept in the form beside the reason ({@link RefusedInput}), and the page
     * reads the record as it stands now, saying so.
     */
    public PointInTime read(PointInTimeParams params, Model model) {
        PointInTimeParams applied = params;
        PointInTime at;
        try {
            at = readModels.readAt(params);
        } catch (InvalidInput refused) {
            RefusedInput.show(model, refused);
            applied = NOW;
            at = readModels.readAt(NOW);
        }
        model.addAttribute("at", at);
        model.addAttribute("asOf", blankToNull(params.asOf()));
        model.addAttribute("knownAt", blankToNull(params.knownAt()));
        model.addAttribute("timeQuery", query(applied));
        // Not "today, as the record stands now": the page's banner says which of the two it is not.
        model.addAttribute("otherDay", !at.asOf().equals(LocalDate.now(clock)));
        model.addAttribute("todayLink", today());
        model.addAttribute("earlierRecord", blankToNull(applied.knownAt()) != null && at.knownAt().isBefore(clock.instant()));
        return at;
    }

    /** This page, its other parameters kept, as of today and as the record stands now. */
    private static String today() {
        return PageLinks.thisPage().replaceQueryParam("asOf").replaceQueryParam("knownAt").build().toUriString();
    }

    /** {@code ?asOf=...&knownAt=...} for links to other pages at the same point in time, or empty. */
    private static String query(PointInTimeParams params) {
        UriComponentsBuilder query = UriComponentsBuilder.newInstance();
        if (blankToNull(params.asOf()) != null) {
            query.queryParam("asOf", params.asOf().trim());
        }
        if (blankToNull(params.knownAt()) != null) {
            query.queryParam("knownAt", params.knownAt().trim());
        }
        return query.encode().build().toUriString();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
