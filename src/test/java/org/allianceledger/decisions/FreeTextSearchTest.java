package org.allianceledger.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.allianceledger.alliance.DecisionContext;
import org.allianceledger.alliance.Nature;
import org.allianceledger.alliance.PartialDate;
import org.allianceledger.alliance.SourceRef;
import org.allianceledger.governance.GovernanceBodyEvent.GovernanceBodyEstablished;
import org.allianceledger.governance.GovernanceBodyEvent.GovernanceBodyTermsChanged;
import org.allianceledger.readmodel.PointInTime;
import org.allianceledger.readmodel.ProjectionHarness;
import org.junit.jupiter.api.Test;

/**
 * Free text is answered from the term index, and answers exactly what comparing the text of every
 * row would: parts of words, several words, punctuation, other scripts, white space as typed.
 */
class FreeTextSearchTest {

    private static final List<String> WORDS = List.of("Custody", "custodial", "Strategic", "Alliance", "Board", "Héritage",
            "s22-ict", "ICT", "£1.2m", "2015/16", "Police  and Crime", "Commissioner's", "réseau", "ÉQUIPE", "—", "(BCH)");

    @Test
    void theIndexFindsWhatComparingEveryRowWouldFind() {
        Random random = new Random(18);
        ProjectionHarness harness = new ProjectionHarness(DecisionRegister::new);
        DecisionRegister register = harness.projection();
        for (int n = 0; n < 300; n++) {
            String body = "b" + (n / 5);
            DecisionContext decision = new DecisionContext(PartialDate.parse("2016"), phrase(random), List.of(phrase(random)),
                    phrase(random), new SourceRef("Report " + phrase(random), PartialDate.parse("2016"), "§" + n, phrase(random)),
                    null, Nature.DECISION);
            harness.record(n % 5 == 0
                    ? new GovernanceBodyEstablished(body, phrase(random), List.of("Chief Constables"), null, "monthly", null, decision)
                    : new GovernanceBodyTermsChanged(body, null, null, phrase(random), null, decision));
        }
        PointInTime now = harness.asOf("2020-01-01");
        List<DecisionRow> every = register.decisions(now, DecisionFilter.NONE);
        List<String> queries = List.of("cust", "ODY", "stody cust", "s22", "22-i", "ict board", "£1.2", "2015/1", "police and",
                "police   and crime", "commissioner's", "héri", "RÉSEAU", "équipe", "—", "(bch", "b1", "§12", "-", "nothing-here",
                "board custody", " alliance ");
        for (String q : queries) {
            String wanted = SearchText.comparable(q);
            List<DecisionRow> expected = every.stream().filter(row -> TermIndexTest.joined(SearchText.ownFields(row), SearchText.sharedFields(row)).contains(wanted)).toList();
            assertThat(register.decisions(now, new DecisionFilter(null, null, null, null, null, null, null, q)))
                    .as("q=%s", q).containsExactlyElementsOf(expected);
        }
        assertThat(register.decisions(now, new DecisionFilter(null, null, null, null, null, null, null, "cust"))).isNotEmpty();
    }

    private static String phrase(Random random) {
        StringBuilder phrase = new StringBuilder();
        for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
            phrase.append(i == 0 ? "" : " ").append(WORDS.get(random.nextInt(WORDS.size())));
        }
        return phrase.toString();
    }
}
