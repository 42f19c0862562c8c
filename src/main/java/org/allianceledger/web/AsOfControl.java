package org.allianceledger.web;

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

    private final ReadModels readModels;

    AsOfControl(ReadModels readModels) {
        this.readModels = readModels;
    }

    /** The point in time a page reads at, once the read models have caught up; the page's model learns it too. */
    public PointInTime read(PointInTimeParams params, Model model) {
        PointInTime at = readModels.readAt(params);
        model.addAttribute("at", at);
        model.addAttribute("asOf", blankToNull(params.asOf()));
        model.addAttribute("knownAt", blankToNull(params.knownAt()));
        model.addAttribute("timeQuery", query(params));
        return at;
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
