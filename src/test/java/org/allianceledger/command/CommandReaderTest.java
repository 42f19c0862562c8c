package org.allianceledger.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.allianceledger.LedgerFeatures;
import org.allianceledger.savings.SavingsLedgerCommand.RecordBudgetReduction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.util.unit.DataSize;

import tools.jackson.databind.json.JsonMapper;

/** The command path's JSON is strict and its values are held to the limits: no Spring needed to see it. */
class CommandReaderTest {

    static final InputLimits LIMITS = new InputLimits(1900, 1_000_000_000_000L, 300, 20_000, DataSize.ofMegabytes(1));

    private final CommandReader reader = new CommandReader(new CommandCatalog(LedgerFeatures.ALL), JsonMapper.builder().build(),
            new CommandInputCheck(LIMITS));

    private static final String DECISION = "\"decision\":{\"decidedOn\":\"2016\",\"source\":{\"document\":\"BCB report\"}}";

    private static String reduction(String fields) {
        return "{\"ledgerId\":\"savings-custody\",\"entryId\":\"r1\",\"force\":\"CAM\",\"fiscalYear\":\"2017/18\","
                + "\"recurrent\":true," + fields + DECISION + "}";
    }

    @Test
    void aWellFormedCommandIsRead() {
        RecordBudgetReduction read = (RecordBudgetReduction) reader.read("record-budget-reduction", reduction("\"amount\":9200000,"));

        assertThat(read.amount().pence()).isEqualTo(9_200_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "\"amount\":1,\"amount\":2,",          // a key given twice
            "\"amount\":\"9200000\",",             // text for a number
            "\"amount\":92000.5,",                 // a fraction for whole pence
            "\"amount\":9200000,\"businessCaseId\":12345,", // a number for text
            "\"amount\":9200000,\"businessCaseId\":true,",  // a boolean for text
    })
    void duplicateKeysAndCoercionsAreRefused(String fields) {
        assertThatThrownBy(() -> reader.read("record-budget-reduction", reduction(fields)))
                .isInstanceOf(MalformedCommandException.class);
    }

    @Test
    void anEnumByItsPositionOrANullForAFlagIsRefused() {
        String byPosition = reduction("\"amount\":1,").replace("\"force\":\"CAM\"", "\"force\":1");
        String nullFlag = reduction("\"amount\":1,").replace("\"recurrent\":true", "\"recurrent\":null");

        assertThatThrownBy(() -> reader.read("record-budget-reduction", byPosition)).isInstanceOf(MalformedCommandException.class);
        assertThatThrownBy(() -> reader.read("record-budget-reduction", nullFlag)).isInstanceOf(MalformedCommandException.class);
    }

    @Test
    void anAmountBeyondTheLimitIsRefusedNamingTheField() {
        assertThatThrownBy(() -> reader.read("record-budget-reduction", reduction("\"amount\":" + Long.MAX_VALUE + ",")))
                .isInstanceOfSatisfying(MalformedCommandException.class, e -> assertThat(e.field()).isEqualTo("amount"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000", "0999", "-001", "1899", "1899-12-31"})
    void aYearBeforeTheEarliestIsRefusedNamingTheField(String date) {
        String body = reduction("\"amount\":1,").replace("\"decidedOn\":\"2016\"", "\"decidedOn\":\"" + date + "\"");

        assertThatThrownBy(() -> reader.read("record-budget-reduction", body))
                .isInstanceOfSatisfying(MalformedCommandException.class, e -> assertThat(e.field()).isEqualTo("decision.decidedOn"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"x\\ud800y", "x\\udc00", "x\\u0000y", "a\\tb", "a\\nb", "x\\u007fy", "x\\u0085y"})
    void textThatIsNotValidUnicodeHoldsAControlCharacterOrIsBlankIsRefused(String text) {
        String body = reduction("\"amount\":1,").replace("\"document\":\"BCB report\"", "\"document\":\"BCB report\","
                + "\"paragraph\":\"§1\",\"quote\":\"q\"").replace("\"BCB report\"", "\"" + text + "\"");

        assertThatThrownBy(() -> reader.read("record-budget-reduction", body))
                .isInstanceOfSatisfying(MalformedCommandException.class, e -> assertThat(e.field()).isEqualTo("decision.source.document"));
    }

    @Test
    void whitespaceOnlyTextIsRefusedWhereverItIsRequired() {
        String body = "{\"bodyId\":\"jcob\",\"name\":\"JCOB\",\"members\":[\"PCCs\",\" \\u3000\\t\"]," + DECISION + "}";

        assertThatThrownBy(() -> reader.read("establish-governance-body", body))
                .isInstanceOfSatisfying(MalformedCommandException.class, e -> assertThat(e.field()).isEqualTo("members[1]"));
    }

    @Test
    void proseMayHoldLineBreaksAndTabs() {
        String body = reduction("\"amount\":1,").replace("\"document\":\"BCB report\"",
                "\"document\":\"BCB report\",\"quote\":\"one\\n\\ttwo 😀\"");

        RecordBudgetReduction read = (RecordBudgetReduction) reader.read("record-budget-reduction", body);

        assertThat(read.decision().source().quote()).isEqualTo("one\n\ttwo 😀");
    }

    @Test
    void textIsCountedInCharactersAgainstItsKindsLimit() {
        String longest = "😀".repeat(300);
        String body = reduction("\"amount\":1,").replace("\"BCB report\"", "\"" + longest + "\"");

        assertThat(reader.read("record-budget-reduction", body).decision().source().document()).isEqualTo(longest);
        assertThatThrownBy(() -> reader.read("record-budget-reduction", body.replace(longest, longest + "x")))
                .isInstanceOfSatisfying(MalformedCommandException.class, e -> assertThat(e.field()).isEqualTo("decision.source.document"));
    }

    @Test
    void aDecisionWithoutADateOrASourceOrACitationWithoutItsDocumentIsRefusedNamingTheField() {
        Map<String, String> refused = Map.of(
                "\"decision\":{\"source\":{\"document\":\"BCB report\"}}", "decision.decidedOn",
                "\"decision\":{\"decidedOn\":\"2016\"}", "decision.source",
                "\"decision\":{\"decidedOn\":\"2016\",\"source\":{\"paragraph\":\"§1\"}}", "decision.source.document");

        refused.forEach((decision, field) -> assertThatThrownBy(() ->
                reader.read("record-budget-reduction", reduction("\"amount\":1,").replace(DECISION, decision)))
                .as(decision).isInstanceOfSatisfying(MalformedCommandException.class, e -> assertThat(e.field()).isEqualTo(field)));
    }

    @Test
    void anEmptyEntryOfAListIsRefusedNamingItsPosition() {
        String members = "{\"bodyId\":\"jcob\",\"name\":\"JCOB\",\"members\":[\"PCCs\",null]," + DECISION + "}";
        String deciders = reduction("\"amount\":1,").replace("\"decidedOn\":", "\"decidedBy\":[null],\"decidedOn\":");

        assertThatThrownBy(() -> reader.read("establish-governance-body", members))
                .isInstanceOfSatisfying(MalformedCommandException.class, e -> assertThat(e.field()).isEqualTo("members[1]"));
        assertThatThrownBy(() -> reader.read("record-budget-reduction", deciders))
                .isInstanceOfSatisfying(MalformedCommandException.class, e -> assertThat(e.field()).isEqualTo("decision.decidedBy[0]"));
    }

    /** Jackson wraps what a constructor throws: the refusal still names the field, by the check's name or the value's path. */
    @Test
    void aMistakeFoundAsTheCommandIsConstructedIsRefusedNamingTheField() {
        String unknownParty = "{\"agreementId\":\"s22-custody\",\"functionId\":\"custody\",\"title\":\"Custody\","
                + "\"parties\":[\"BED-PCC\",\"BED-MAYOR\"]," + DECISION + "}";
        String leadNotTakingPart = "{\"functionId\":\"custody\",\"name\":\"Custody\",\"portfolio\":\"JOINT_PROTECTIVE_SERVICES\","
                + "\"leadForce\":\"HER\",\"participatingForces\":[\"BED\",\"CAM\"]," + DECISION + "}";

        assertThatThrownBy(() -> reader.read("draft-section22-agreement", unknownParty))
                .isInstanceOfSatisfying(MalformedCommandException.class, e -> {
                    assertThat(e.field()).isEqualTo("parties[1]");
                    assertThat(e).hasMessageContaining("BED-MAYOR");
                });
        assertThatThrownBy(() -> reader.read("propose-collaborated-function", leadNotTakingPart))
                .isInstanceOfSatisfying(MalformedCommandException.class, e -> {
                    assertThat(e.field()).isEqualTo("leadForce");
                    assertThat(e).hasMessageContaining("must be one of the participating forces");
                });
    }
}
