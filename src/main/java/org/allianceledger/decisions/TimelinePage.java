package org.allianceledger.decisions;

import static java.util.Comparator.naturalOrder;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.allianceledger.function.FunctionRegister;
import org.allianceledger.readmodel.PointInTime;
import org.allianceledger.readmodel.PointInTimeParams;
import org.allianceledger.web.AsOfControl;
import org.allianceledger.web.Csv;
import org.allianceledger.web.NotRecordedException;
import org.allianceledger.web.Page;
import org.allianceledger.web.StoredEvents;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** Who decided what and when: the decision register as a page, and each decision with the events behind it. */
@Page
@RequestMapping("/timeline")
class TimelinePage {

    private final AsOfControl asOfControl;
    private final DecisionRegister register;
    private final FunctionRegister functions;
    private final StoredEvents events;

    TimelinePage(AsOfControl asOfControl, DecisionRegister register, FunctionRegister functions, StoredEvents events) {
        this.asOfControl = asOfControl;
        this.register = register;
        this.functions = functions;
        this.events = events;
    }

    @GetMapping
    String timeline(PointInTimeParams params, DecisionFilter filter, Model model) {
        PointInTime at = asOfControl.read(params, model);
        List<DecisionRow> everything = register.decisions(at, DecisionFilter.NONE);
        model.addAttribute("filter", filter);
        model.addAttribute("decisions", DecisionFilter.NONE.equals(filter) ? everything : register.decisions(at, filter));
        model.addAttribute("bodies", distinct(everything, row -> row.body() == null ? List.of() : List.of(row.body())));
        model.addAttribute("deciders", distinct(everything, DecisionRow::decidedBy));
        model.addAttribute("kinds", distinct(everything, row -> List.of(row.kind())));
        model.addAttribute("functions", functions.functions(at));
        model.addAttribute("csvLink", Csv.downloadLink("/api/decisions"));
        return "timeline";
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
