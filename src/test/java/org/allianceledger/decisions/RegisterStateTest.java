package org.allianceledger.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.allianceledger.alliance.DecisionContext;
import org.allianceledger.alliance.Force;
import org.allianceledger.alliance.Nature;
import org.allianceledger.alliance.PartialDate;
import org.allianceledger.alliance.SourceRef;
import org.allianceledger.alliance.RecordedDecision;
import org.allianceledger.businesscase.BusinessCaseEvent.BusinessCaseApproved;
import org.allianceledger.function.CollaboratedFunctionEvent.CollaboratedFunctionProposed;
import org.allianceledger.function.CollaboratedFunctionEvent.CollaborationDeferred;
import org.allianceledger.governance.GovernanceBodyEvent.GovernanceBodyEstablished;
import org.allianceledger.governance.GovernanceBodyEvent.GovernanceBodyTermsChanged;
import org.allianceledger.readmodel.PointInTime;
import org.allianceledger.readmodel.ProjectionHarness;
import org.allianceledger.readmodel.StateInput;
import org.allianceledger.readmodel.StateOutput;
import org.allianceledger.store.LedgerSerializer;
import org.junit.jupiter.api.Test;

/**
 * The register read back from the state it wrote answers every read as the register that wrote it,
 * and goes on filing later events as that one does: the same names for subjects, the same shared
 * values, the same token numbers for text seen before and after.
 */
class RegisterStateTest {

    private static final List<String> WORDS = List.of("Custody", "custodial", "Strategic", "Alliance", "Board", "Héritage",
            "s22-ict", "ICT", "£1.2m", "2015/16", "Police  and Crime", "Commissioner's", "réseau", "ÉQUIPE", "—", "(BCH)");
    private static final List<String> QUERIES = List.of("cust", "ODY", "stody cust", "s22", "ict board", "£1.2", "police and",
            "héri", "RÉSEAU", "—", "(bch", "b1", "§12", "fn-3", "Function 2", "deferred", "nothing-here", "new words");

    private final Random random = new Random(1807);
    private final List<Instant> recorded = new ArrayList<>();

    @Test
    void aRegisterReadFromItsStateAnswersAndFilesOnAsTheOneThatWroteIt() throws Exception {
        ProjectionHarness harness = new ProjectionHarness(DecisionRegister::new);
        DecisionRegister written = harness.projection();
        for (int n = 0; n < 400; n++) {
            record(harness, n, "");
        }

        DecisionRegister read = new DecisionRegister(harness);
        read.readState(new StateInput(new ByteArrayInputStream(state(written)), LedgerSerializer.JSON));
        assertSameAnswers(written, read, harness);

        long from = harness.delivered();
        for (int n = 400; n < 600; n++) {
            record(harness, n, n % 3 == 0 ? " new words" : "");
        }
        harness.deliverAgain(read, from);
        assertSameAnswers(written, read, harness);
    }

    @Test
    void anEmptyRegisterReadsBackEmptyAndFilesOn() throws Exception {
        ProjectionHarness harness = new ProjectionHarness(DecisionRegister::new);
        DecisionRegister read = new DecisionRegister(harness);
        read.readState(new StateInput(new ByteArrayInputStream(state(harness.projection())), LedgerSerializer.JSON));
        assertThat(read.decisions(harness.asOf("2020-01-01"), DecisionFilter.NONE)).isEmpty();

        record(harness, 0, "");
        harness.deliverAgain(read, 0);
        assertSameAnswers(harness.projection(), read, harness);
    }

    private static byte[] state(DecisionRegister register) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StateOutput out = new StateOutput(bytes, LedgerSerializer.JSON);
        register.writeState(out);
        out.flush();
        return bytes.toByteArray();
    }

    /** Bodies named and renamed, functions named then referred to by id, business cases for them, some dated late. */
    private void record(ProjectionHarness harness, int n, String extra) {
        DecisionContext decision = new DecisionContext(PartialDate.parse((2011 + random.nextInt(9)) + "-0" + (1 + random.nextInt(9))),
                n % 4 == 0 ? null : phrase(), List.of(phrase()), n % 2 == 0 ? null : phrase() + extra,
                new SourceRef("Report " + (n % 7), PartialDate.parse("2019"), "§" + n, n % 3 == 0 ? null : phrase()),
                n % 5 == 0 ? "dated by the report" : null, n % 6 == 0 ? Nature.REPORTED : Nature.DECISION);
        String function = "fn-" + (n % 11);
        RecordedDecision event = switch (n % 5) {
            case 0 -> new GovernanceBodyEstablished("b" + (n % 13), phrase() + extra, List.of("Chief Constables"), null, "monthly", null,
                    decision);
            case 1 -> new GovernanceBodyTermsChanged("b" + (n % 13), null, null, phrase(), null, decision);
            case 2 -> new CollaboratedFunctionProposed(function, "Function " + (n % 11) + extra, null, Force.HER, List.of(Force.HER),
                    null, decision);
            case 3 -> new CollaborationDeferred(function, phrase(), null, decision);
            default -> new BusinessCaseApproved("bc-" + (n % 17), function, "Case " + phrase(), "option", List.of(), 1, decision);
        };
        recorded.add(harness.record(event));
    }

    private String phrase() {
        StringBuilder phrase = new StringBuilder();
        for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
            phrase.append(i == 0 ? "" : " ").append(WORDS.get(random.nextInt(WORDS.size())));
        }
        return phrase.toString();
    }

    private void assertSameAnswers(DecisionRegister expected, DecisionRegister actual, ProjectionHarness harness) {
        List<PointInTime> times = List.of(harness.asOf("2030-01-01"), harness.asOf("2015-06-30"),
                ProjectionHarness.at("2030-01-01", recorded.get(recorded.size() / 2)));
        for (PointInTime at : times) {
            List<DecisionRow> every = expected.decisions(at, DecisionFilter.NONE);
            assertThat(actual.decisions(at, DecisionFilter.NONE)).as("every decision at %s", at).isEqualTo(every);
            for (String q : QUERIES) {
                DecisionFilter searched = new DecisionFilter(null, null, null, null, null, null, null, q);
                assertThat(actual.decisions(at, searched)).as("q=%s at %s", q, at).isEqualTo(expected.decisions(at, searched));
            }
            for (DecisionFilter filter : List.of(new DecisionFilter(null, null, "fn-3", null, null, null, null, null),
                    new DecisionFilter(null, null, "business-case", null, null, null, null, null),
                    new DecisionFilter(null, null, null, "fn-4", null, null, null, null),
                    new DecisionFilter("chief", "board", null, null, null, null, null, null),
                    new DecisionFilter(null, null, null, null, "collaboration-deferred", null, null, null, Nature.DECISION))) {
                assertThat(actual.decisions(at, filter)).as("%s at %s", filter, at).isEqualTo(expected.decisions(at, filter));
            }
            every.stream().limit(20).forEach(row -> assertThat(actual.decision(row.id())).contains(row));
        }
        assertThat(expected.decisions(times.get(0), DecisionFilter.NONE)).hasSize(recorded.size());
    }
}
