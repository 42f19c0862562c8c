package org.allianceledger.home;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.allianceledger.agreement.AgreementRegister;
import org.allianceledger.decisions.DecisionFilter;
import org.allianceledger.decisions.DecisionRegister;
import org.allianceledger.decisions.DecisionRow;
import org.allianceledger.disagreement.DisagreementRegister;
import org.allianceledger.function.FunctionRegister;
import org.allianceledger.readmodel.PointInTime;
import org.allianceledger.readmodel.PointInTimeParams;
import org.allianceledger.review.RecommendationRegister;
import org.allianceledger.web.AsOfControl;
import org.allianceledger.web.Page;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The front door for commissioners and auditors: where the record stands on the date, and the way to each view. */
@Page
class HomePage {

    private static final int LATEST_DECISIONS = 5;

    private final AsOfControl asOfControl;
    private final DecisionRegister decisions;
    private final FunctionRegister functions;
    private final AgreementRegister agreements;
    private final RecommendationRegister recommendations;
    private final DisagreementRegister disagreements;

    HomePage(AsOfControl asOfControl, DecisionRegister decisions, FunctionRegister functions, AgreementRegister agreements,
             RecommendationRegister recommendations, DisagreementRegister disagreements) {
        this.asOfControl = asOfControl;
        this.decisions = decisions;
        this.functions = functions;
        this.agreements = agreements;
        this.recommendations = recommendations;
        this.disagreements = disagreements;
    }

    @GetMapping("/")
    String home(PointInTimeParams params, Model model) {
        PointInTime at = asOfControl.read(params, model);
        long count = decisions.slice(at, DecisionFilter.NONE, 0, 0).total();
        model.addAttribute("decisionCount", count);
        List<DecisionRow> latest = new ArrayList<>(decisions.slice(at, DecisionFilter.NONE,
                Math.max(0, count - LATEST_DECISIONS), LATEST_DECISIONS).rows());
        Collections.reverse(latest);
        model.addAttribute("latestDecisions", latest);
        model.addAttribute("functions", functions.functions(at));
        model.addAttribute("agreementsInForce", agreements.agreements(at).stream().filter(row -> "in-force".equals(row.status())).count());
        model.addAttribute("recommendationCounts", recommendations.counts(at, null));
        model.addAttribute("disagreementCount", disagreements.disagreements(at).size());
        return "home";
    }
}
