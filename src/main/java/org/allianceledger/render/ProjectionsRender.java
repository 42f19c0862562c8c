package org.allianceledger.render;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.allianceledger.agreement.AgreementRegister;
import org.allianceledger.agreement.AgreementRow;
import org.allianceledger.alliance.PartialDate;
import org.allianceledger.businesscase.BusinessCaseRegister;
import org.allianceledger.businesscase.BusinessCaseRow;
import org.allianceledger.decisions.DecisionFilter;
import org.allianceledger.decisions.DecisionRegister;
import org.allianceledger.decisions.DecisionRow;
import org.allianceledger.disagreement.DisagreementRegister;
import org.allianceledger.disagreement.DisagreementRow;
import org.allianceledger.disagreement.Statement;
import org.allianceledger.function.FunctionRegister;
import org.allianceledger.function.FunctionRow;
import org.allianceledger.readmodel.PointInTime;
import org.allianceledger.readmodel.PointInTimeParams;
import org.allianceledger.readmodel.ReadModels;
import org.allianceledger.review.RecommendationRegister;
import org.allianceledger.review.RecommendationRow;
import org.allianceledger.savings.SavingsRegister;
import org.allianceledger.savings.SavingsTimeline;
import org.allianceledger.web.PageFormats;
import org.allianceledger.web.RecordTable;
import org.springframework.stereotype.Component;

/**
 * The read models as files for reviewers reading the repository: Markdown to read, CSV to load into
 * a spreadsheet. They show the record as of its latest decision, so the files change only when the
 * record or the read models do. Instants of recording are left out: they differ on every load.
 */
@Component
public class ProjectionsRender {

    public static final String COMMAND = "./mvnw -q spring-boot:run -Dspring-boot.run.arguments=\"render-projections projections\"";
    private static final String EVERYTHING_EVER = "9999-12-31";

    private final ReadModels readModels;
    private final DecisionRegister decisions;
    private final SavingsRegister savings;
    private final RecommendationRegister recommendations;
    private final AgreementRegister agreements;
    private final BusinessCaseRegister businessCases;
    private final FunctionRegister functions;
    private final DisagreementRegister disagreements;
    private final PageFormats formats;

    ProjectionsRender(ReadModels readModels, DecisionRegister decisions, SavingsRegister savings,
                      RecommendationRegister recommendations, AgreementRegister agreements,
                      BusinessCaseRegister businessCases, FunctionRegister functions,
                      DisagreementRegister disagreements, PageFormats formats) {
        this.readModels = readModels;
        this.decisions = decisions;
        this.savings = savings;
        this.recommendations = recommendations;
        this.agreements = agreements;
        this.businessCases = businessCases;
        this.functions = functions;
        this.disagreements = disagreements;
        this.formats = formats;
    }

    /** File name to content, for every file the render writes. */
    public Map<String, String> render() {
        PointInTime ever = readModels.readAt(new PointInTimeParams(EVERYTHING_EVER, null));
        List<DecisionRow> all = decisions.decisions(ever, DecisionFilter.NONE);
        LocalDate lastDecision = all.isEmpty() ? ever.knownAt().atZone(ZoneOffset.UTC).toLocalDate()
                : PartialDate.parse(all.get(all.size() - 1).decidedOn()).earliest();
        PointInTime at = new PointInTime(lastDecision, ever.knownAt());

        Map<String, String> files = new LinkedHashMap<>();
        RecordTable<DecisionRow> decisionTable = RecordTable.of(DecisionRow.class, decisions.decisions(at, DecisionFilter.NONE), "id", "recordedAt");
        put(files, "decisions", "Decision register", at, decisionTable);
        SavingsTimeline timeline = savings.timeline(at, null, null);
        RecordTable<SavingsTimeline.Row> savingsRows = RecordTable.of(SavingsTimeline.Row.class, timeline.rows());
        // the source's own table first, with its printed totals reconciled, then the timelines per function
        files.put("savings.md", heading("Savings timelines", at)
                + "## " + timeline.savingsTable().force().title() + ": recurrent budget reductions and change-team costs\n\n"
                + "Laid out as the BCB report of 19 Jul 2018 prints it (§5.2), every figure computed from the recorded entries;\n"
                + "costs are negative, as the source prints them, and never netted against the savings (§5.4).\n\n"
                + savingsTable(timeline.savingsTable())
                + "\n## Stated totals beside the recorded line items (difference: computed less stated)\n\n"
                + RecordTable.of(SavingsTimeline.Reconciliation.class, timeline.reconciliation()).markdown()
                + "\n## By function, force and fiscal year\n\n" + savingsRows.markdown()
                + "\n## Totals by function and force\n\n" + RecordTable.of(SavingsTimeline.Total.class, timeline.totals()).markdown()
                + "\n## Change-team costs (never netted against savings)\n\n"
                + RecordTable.of(SavingsTimeline.ChangeTeamCost.class, timeline.changeTeamCosts()).markdown()
                + "\n## Stated figures\n\n" + RecordTable.of(SavingsTimeline.StatedFigure.class, timeline.statedFigures()).markdown());
        files.put("savings.csv", savingsRows.csv());
        files.put("change-team-costs.csv", RecordTable.of(SavingsTimeline.ChangeTeamCost.class, timeline.changeTeamCosts()).csv());
        put(files, "recommendations", "Recommendations", at, RecordTable.of(RecommendationRow.class, recommendations.recommendations(at, null)));
        put(files, "agreements", "Section 22A agreements", at, RecordTable.of(AgreementRow.class, agreements.agreements(at)));
        put(files, "business-cases", "Business cases", at, RecordTable.of(BusinessCaseRow.class, businessCases.businessCases(at)));
        put(files, "functions", "Collaborated functions", at, RecordTable.of(FunctionRow.class, functions.functions(at)));
        List<DisagreementRow> disagreementRows = disagreements.disagreements(at);
        files.put("disagreements.md", heading("Disagreements between sources", at) + disagreementSections(disagreementRows));
        files.put("disagreements.csv", RecordTable.of(DisagreementRow.class, disagreementRows).csv());
        return files;
    }

    /** Each disagreement as a reader compares it: every statement's citation with the source's words quoted beneath. */
    private String disagreementSections(List<DisagreementRow> rows) {
        StringBuilder text = new StringBuilder();
        for (DisagreementRow row : rows) {
            text.append("## ").append(row.topic()).append("\n\n`").append(row.disagreementId()).append("`, recorded at ")
                    .append(formats.date(row.recordedOn()))
                    .append(row.dateInferredFrom() == null ? "" : " (inferred: " + row.dateInferredFrom() + ")").append("\n\n");
            for (Statement statement : row.statements()) {
                text.append("- **").append(statement.source()).append(statement.source().date() == null ? " (undated)"
                        : " (" + formats.date(statement.source().date()) + ")").append("**: ").append(statement.says())
                        .append("\n\n  > ").append(statement.source().quote()).append("\n\n");
            }
            if (row.resolution() != null) {
                text.append("How the record treats it: ").append(row.resolution()).append("\n\n");
            }
        }
        return text.toString();
    }

    /** The §5.2 table as its source lays it out: a line per function, then the totals, then the costs as negatives. */
    private String savingsTable(SavingsTimeline.SavingsTable table) {
        StringBuilder text = new StringBuilder("|  | ");
        table.fiscalYears().forEach(year -> text.append(year).append(" | "));
        text.append("Total |\n|---|").append("---:|".repeat(table.fiscalYears().size() + 1)).append('\n');
        for (SavingsTimeline.TableLine line : table.lines()) {
            text.append("| ").append(line.label().replace("|", "\\|")).append(" | ");
            line.pence().forEach(pence -> text.append(pence == null ? "" : formats.money(line.kind().cost() ? -pence : pence)).append(" | "));
            text.append(line.totalPence() == null ? "" : formats.money(line.totalPence())).append(" |\n");
        }
        return text.toString();
    }

    private static void put(Map<String, String> files, String name, String title, PointInTime at, RecordTable<?> table) {
        files.put(name + ".md", heading(title, at) + table.markdown());
        files.put(name + ".csv", table.csv());
    }

    private static String heading(String title, PointInTime at) {
        return "# " + title + "\n\n"
                + "The shipped history's read model as of " + at.asOf() + ", its latest decision. Generated by\n"
                + "`" + COMMAND + "`;\n"
                + "do not edit: `ProjectionsDriftTest` fails when this file differs from a fresh render.\n\n";
    }
}
