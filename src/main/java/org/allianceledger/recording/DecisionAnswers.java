package org.allianceledger.recording;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

import org.allianceledger.alliance.PartialDate;
import org.allianceledger.alliance.Plain;

import tools.jackson.databind.node.ObjectNode;

/**
 * What every recording form asks about the decision itself, as typed: when (day, month and year apart,
 * the day and month optional, since a source may give only a month or a year), the body, the deciders
 * (one a line) and the source; and the form's idempotency key, made when the form is first shown.
 */
public record DecisionAnswers(String day, String month, String year, String body, String decidedBy, String document,
                              String sourceDay, String sourceMonth, String sourceYear, String paragraph, String quote,
                              String key) {

    /** An empty form's answers, with a fresh key. */
    public static DecisionAnswers fresh() {
        return new DecisionAnswers(null, null, null, null, null, null, null, null, null, null, null, UUID.randomUUID().toString());
    }

    /** Writes the command's {@code decision} as the API would receive it: a field left blank is a field not given. */
    void putInto(ObjectNode command) {
        ObjectNode decision = command.putObject("decision");
        putGiven(decision, "decidedOn", date(year, month, day));
        putGiven(decision, "body", body);
        List<String> deciders = decidedBy == null ? List.of()
                : Arrays.stream(decidedBy.split("\\R")).map(String::strip).filter(name -> !name.isEmpty()).toList();
        if (!deciders.isEmpty()) {
            deciders.forEach(decision.putArray("decidedBy")::add);
        }
        ObjectNode source = decision.putObject("source");
        putGiven(source, "document", document);
        putGiven(source, "date", date(sourceYear, sourceMonth, sourceDay));
        putGiven(source, "paragraph", paragraph);
        putGiven(source, "quote", quote);
    }

    /** The decision's answers as "Check your answers" lists them, each with the field its "Change" returns to. */
    List<CheckedAnswer> summary() {
        String notNamed = "Not named in the source";
        List<String> deciders = decidedBy == null ? List.of()
                : Arrays.stream(decidedBy.split("\\R")).map(String::strip).filter(name -> !name.isEmpty()).toList();
        return List.of(CheckedAnswer.of("When", plainDate(date(year, month, day)), "year", "Not given"),
                CheckedAnswer.of("Body", body, "body", notNamed),
                CheckedAnswer.of("Who decided", String.join("; ", deciders), "decidedBy", notNamed),
                CheckedAnswer.of("Source document", document, "document", "Not given"),
                CheckedAnswer.of("Its date", plainDate(date(sourceYear, sourceMonth, sourceDay)), "sourceYear", "Not given"),
                CheckedAnswer.of("Paragraph or table", paragraph, "paragraph", "Not given"),
                CheckedAnswer.of("The source's own words", quote, "quote", "Not given"));
    }

    /** {@code 2019-06} as {@code June 2019}, as the pages write a date to the precision the source gives. */
    public static String plainDate(String date) {
        if (date == null) {
            return null;
        }
        try {
            return Plain.date(PartialDate.parse(date));
        } catch (RuntimeException unreadable) {
            return date;
        }
    }

    /**
     * {@code 2019}, {@code 2019-06} or {@code 2019-06-30} from the three boxes, or what was typed in them
     * joined the same way, for the command path to refuse in its own words.
     */
    public static String date(String year, String month, String day) {
        List<String> parts = Stream.of(year, month, day).map(DecisionAnswers::given).filter(Objects::nonNull)
                .map(part -> part.strip().length() == 1 ? "0" + part.strip() : part.strip()).toList();
        return parts.isEmpty() ? null : String.join("-", parts);
    }

    /** Puts {@code value}, stripped, unless it was left blank. */
    public static void putGiven(ObjectNode node, String field, String value) {
        if (given(value) != null) {
            node.put(field, value.strip());
        }
    }

    private static String given(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
