package org.allianceledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.TreeMap;

import org.allianceledger.alliance.Features;
import org.allianceledger.alliance.RecordedDecision;
import org.allianceledger.command.CommandCatalog;
import org.allianceledger.store.LedgerSerializer;
import org.allianceledger.store.StableTypeNames;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * The names the world knows commands and events by, written out. Clients post to the command
 * names, history files are written in them, the store holds events under their stored names and
 * rendered registers show the kinds: a rename or a new type fails here until this list is changed
 * on purpose.
 */
class PublicNamesTest {

    /** Each command's endpoint, {@code POST /api/commands/{name}}, and its name in a history file. */
    private static final List<String> COMMANDS = List.of(
            "agree-financial-principles",
            "amend-section22-agreement",
            "approve-business-case",
            "change-business-case-option",
            "change-function-leadership",
            "change-governance-body-terms",
            "change-recommendation-status",
            "commission-review",
            "correct-savings-entry",
            "decide-not-to-proceed",
            "defer-collaboration",
            "disband-governance-body",
            "draft-section22-agreement",
            "establish-governance-body",
            "move-to-business-as-usual",
            "open-savings-ledger",
            "propose-collaborated-function",
            "raise-recommendation",
            "reassign-recommendation-owner",
            "record-appointment",
            "record-budget-reduction",
            "record-change-team-cost",
            "record-disagreement",
            "record-go-live",
            "record-principle-implementation",
            "record-recommendation-progress",
            "record-stated-figure",
            "report-review",
            "resume-collaboration",
            "sign-section22-agreement",
            "supersede-business-case",
            "table-section22-agreement",
            "take-forecast-from-business-case",
            "terminate-section22-agreement",
            "withdraw-business-case");

    /** Every event as the store names it, then its kind in the decision register (the seals are no decisions). */
    private static final List<String> EVENTS = List.of(
            "AppointmentRecorded appointment-recorded",
            "BudgetReductionRecorded budget-reduction-recorded",
            "BusinessCaseApproved business-case-approved",
            "BusinessCaseOptionChanged business-case-option-changed",
            "BusinessCaseSuperseded business-case-superseded",
            "BusinessCaseWithdrawn business-case-withdrawn",
            "ChangeTeamCostRecorded change-team-cost-recorded",
            "CollaboratedFunctionProposed collaborated-function-proposed",
            "CollaborationDeferred collaboration-deferred",
            "CollaborationNotProceeded collaboration-not-proceeded",
            "CollaborationResumed collaboration-resumed",
            "DisagreementRecorded disagreement-recorded",
            "FinancialPrinciplesAgreed financial-principles-agreed",
            "ForecastTakenFromBusinessCase forecast-taken-from-business-case",
            "FunctionLeadershipChanged function-leadership-changed",
            "FunctionMovedToBusinessAsUsual function-moved-to-business-as-usual",
            "FunctionWentLive function-went-live",
            "GovernanceBodyDisbanded governance-body-disbanded",
            "GovernanceBodyEstablished governance-body-established",
            "GovernanceBodyTermsChanged governance-body-terms-changed",
            "IntegrityCheckpointed",
            "IntegritySealed",
            "PrincipleImplementationRecorded principle-implementation-recorded",
            "RecommendationOwnerReassigned recommendation-owner-reassigned",
            "RecommendationProgressRecorded recommendation-progress-recorded",
            "RecommendationRaised recommendation-raised",
            "RecommendationStatusChanged recommendation-status-changed",
            "ReviewCommissioned review-commissioned",
            "ReviewReported review-reported",
            "SavingsEntryCorrected savings-entry-corrected",
            "SavingsLedgerOpened savings-ledger-opened",
            "Section22AgreementAmended section22-agreement-amended",
            "Section22AgreementCameIntoForce section22-agreement-came-into-force",
            "Section22AgreementDrafted section22-agreement-drafted",
            "Section22AgreementSigned section22-agreement-signed",
            "Section22AgreementTabled section22-agreement-tabled",
            "Section22AgreementTerminated section22-agreement-terminated",
            "StatedFigureRecorded stated-figure-recorded");

    @Test
    void commandsArePostedUnderTheirListedNames() {
        assertThat(new CommandCatalog(LedgerFeatures.ALL).all().keySet()).containsExactlyElementsOf(COMMANDS);
    }

    @Test
    void eventsAreStoredAndFiledUnderTheirListedNames() {
        assertThat(new TreeMap<>(LedgerSerializer.create(LedgerFeatures.ALL).names().all()).entrySet())
                .extracting(stored -> stored.getKey() + (RecordedDecision.class.isAssignableFrom(stored.getValue())
                        ? " " + Features.publicName(stored.getValue()) : ""))
                .containsExactlyElementsOf(EVENTS);
    }

    @Test
    void noTwoCommandsOrEventsShareAName() {
        assertThat(LedgerFeatures.ALL.commands()).extracting(Features::publicName).doesNotHaveDuplicates();
        assertThat(LedgerFeatures.ALL.events()).extracting(PublicNamesTest::storedName).doesNotHaveDuplicates();
        assertThat(LedgerFeatures.ALL.events()).filteredOn(RecordedDecision.class::isAssignableFrom)
                .extracting(Features::publicName).doesNotHaveDuplicates();
    }

    @JsonTypeName("Twice")
    record First() {
    }

    @JsonTypeName("Twice")
    record Second() {
    }

    @Test
    void theStoreRefusesTwoEventTypesUnderOneName() {
        assertThatThrownBy(() -> StableTypeNames.of(List.of(First.class, Second.class)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("'Twice'");
    }

    private static String storedName(Class<?> event) {
        return event.getAnnotation(JsonTypeName.class).value();
    }
}
