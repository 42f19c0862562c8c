package org.allianceledger.decisions;

import static java.util.Comparator.naturalOrder;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.allianceledger.alliance.Features;
import org.allianceledger.alliance.InvalidInput;
import org.allianceledger.alliance.PublicName;
import org.allianceledger.function.FunctionRegister;
import org.allianceledger.function.FunctionRow;
import org.allianceledger.readmodel.PointInTime;
import org.allianceledger.readmodel.PointInTimeParams;
import org.allianceledger.web.AsOfControl;
import org.allianceledger.web.Csv;
import org.allianceledger.web.NotRecordedException;
import org.allianceledger.web.Page;
import org.allianceledger.web.PageLinks;
import org.allianceledger.web.RefusedInput;
import org.allianceledger.web.StoredEvents;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Who decided what and when: the decision register as a page, and each decision with the events behind it. */
@Page
@RequestMapping("/timeline")
class TimelinePage {

    private final AsOfControl asOfControl;
    /** Every kind of decision the register can hold: a kind filter naming another is a mistake, not an empty list. */
    private final Set<String> kinds;
    private final DecisionRegister register;
    private final FunctionRegister functions;
    private final StoredEvents events;
    private final TimelinePaging paging;

    TimelinePage(AsOfControl asOfControl, Features features, DecisionRegister register, FunctionRegister functions,
                 StoredEvents events, TimelinePaging paging) {
        this.asOfControl = asOfControl;
        this.kinds = features.events().stream()
                .filter(type -> type.isAnnotationPresent(PublicName.class)).map(Features::publicName).collect(Collectors.toSet());
        this.register = register;
        this.functions = functions;
        this.events = events;
        this.paging = paging;
    }

    /**
     * The decisions the filters select, a page of them, newest first unless the URL asks otherwise. A filter
     * that contradicts another or names what the record does not hold, and a page that does not exist, are
     * refused in the form with the reason, never shown as an empty table.
     */
    @GetMapping
    String timeline(PointInTimeParams params, DecisionFilter filter, @RequestParam(required = false) String sort,
                    @RequestParam(required = false) Integer size, @RequestParam(required = false) Integer page, Model model) {
        PointInTime at = asOfControl.read(params, model);
        // Outlines for the choices and counts; only the page's rows are made whole.
        List<DecisionRow> everything = register.outlines(at, DecisionFilter.NONE);
        List<FunctionRow> recordedFunctions = functions.functions(at);
        model.addAttribute("filter", filter);
        model.addAttribute("sort", sort);
        model.addAttribute("size", size);
        model.addAttribute("recorded", everything.size());
        model.addAttribute("bodies", distinct(everything, row -> row.body() == null ? List.of() : List.of(row.body())));
        model.addAttribute("deciders", distinct(everything, DecisionRow::decidedBy));
        model.addAttribute("kinds", distinct(everything, row -> List.of(row.kind())));
        model.addAttribute("functions", recordedFunctions);
        model.addAttribute("csvLink", Csv.downloadLink("/api/decisions"));
        Set<String> functionIds = new HashSet<>(distinct(everything, row -> row.function() == null ? List.of() : List.of(row.function())));
        recordedFunctions.forEach(function -> functionIds.add(function.functionId()));
        try {
            List<DecisionRow> matching = filter.narrows() ? register.outlines(at, filter.checked(kinds, functionIds)) : everything;
            TimelinePaging.Slice slice = paging.slice(matching, sort, size, page);
            model.addAttribute("total", matching.size());
            model.addAttribute("slice", slice);
            model.addAttribute("decisions", register.whole(slice.rows()));
            model.addAttribute("previousPage", slice.page() > 1 ? pageLink(slice.page() - 1) : null);
            model.addAttribute("nextPage", slice.page() < slice.pages() ? pageLink(slice.page() + 1) : null);
        } catch (InvalidInput refused) {
            RefusedInput.show(model, refused);
            model.addAttribute("decisions", List.of());
        }
        return "timeline";
    }

    /** This page of the timeline, every other parameter kept. */
    private static String pageLink(int number) {
        return PageLinks.thisPage().replaceQueryParam("page", number).build().toUriString();
    }

    @GetMapping("/{eventId}")
    String decision(@PathVariable String eventId, PointInTimeParams params, Model model) {
        asOfControl.read(params, model);
        DecisionRow decision = register.decision(eventId)
                .orElseThrow(() -> new NotRecordedException("No decision is recorded under the id '" + eventId + "'"));
        String aggregateId = events.aggregateOf(eventId).orElseThrow();
        model.addAttribute("decision", decision);
        model.addAttribute("aggregateId", aggregateId);
        model.addAttribute("stream", events.stream(aggregateId));
        return "decision";
    }

    private static List<String> distinct(List<DecisionRow> rows, Function<DecisionRow, Collection<String>> values) {
        return rows.stream().map(values).filter(Objects::nonNull).flatMap(Collection::stream).filter(Objects::nonNull)
                .distinct().sorted(naturalOrder()).toList();
    }
}
