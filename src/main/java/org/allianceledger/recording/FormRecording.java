package org.allianceledger.recording;

import java.security.Principal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.allianceledger.alliance.InvalidInput;
import org.allianceledger.alliance.RuleViolation;
import org.allianceledger.command.CommandOutcome;
import org.allianceledger.command.CommandReader;
import org.allianceledger.command.CommandRecording;
import org.allianceledger.command.MalformedCommandException;
import org.allianceledger.web.RefusedInput;
import org.allianceledger.web.StoredEvents;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What every recording form does with what was typed: builds the command's JSON, reads it through
 * {@link CommandReader} exactly as the API does, records it under the form's idempotency key and the
 * signed-in user, and answers 303 to the recorded decision's page; or, refused, shows the form again
 * with what was typed and the command path's message beside the field it blames (400 or 422).
 */
@Component
public class FormRecording {

    /** Where the command path's names for the decision's fields are typed in the form. */
    private static final Map<String, String> DECISION_FIELDS = Map.ofEntries(Map.entry("decision.decidedOn", "year"),
            Map.entry("decision.body", "body"), Map.entry("decision.decidedBy", "decidedBy"), Map.entry("decision.source", "document"),
            Map.entry("decision.source.document", "document"), Map.entry("decision.source.date", "sourceYear"),
            Map.entry("decision.source.paragraph", "paragraph"), Map.entry("decision.source.quote", "quote"),
            Map.entry("decision", "year"));

    private final CommandReader reader;
    private final CommandRecording recording;
    private final StoredEvents events;
    private final JsonMapper json;

    FormRecording(CommandReader reader, CommandRecording recording, StoredEvents events, JsonMapper json) {
        this.reader = reader;
        this.recording = recording;
        this.events = events;
        this.json = json;
    }

    /** Puts the decision's answers in the model for the {@code fragments/recording} fields. */
    public static void show(DecisionAnswers decision, Model model) {
        model.addAttribute("decision", decision);
        model.addAttribute("timeQuery", "");
    }

    /**
     * Records command {@code name}.
     *
     * @param ownFields the form's own fields: the command path's field name (or path) to the form field that holds it
     * @param fields    writes the form's own fields into the command
     * @param again     shows the form again, with what was typed, and answers its view
     */
    public ModelAndView record(String name, DecisionAnswers decision, Map<String, String> ownFields, Consumer<ObjectNode> fields,
                               Principal recorder, Model model, Supplier<String> again) {
        try {
            ObjectNode command = json.createObjectNode();
            fields.accept(command);
            decision.putInto(command);
            CommandOutcome outcome = recording.record(reader.read(name, json.writeValueAsString(command)), recorder, decision.key(), null, null)
                    .outcome();
            RedirectView recorded = new RedirectView("/timeline/" + recordedEvent(outcome), true);
            recorded.setStatusCode(HttpStatus.SEE_OTHER);
            recorded.setExposeModelAttributes(false);
            return new ModelAndView(recorded);
        } catch (InvalidInput e) {
            RefusedInput.show(model, formField(e.field(), ownFields), e.getMessage(), HttpStatus.BAD_REQUEST);
        } catch (MalformedCommandException e) {
            RefusedInput.show(model, formField(e.field(), ownFields), e.getMessage(), HttpStatus.BAD_REQUEST);
        } catch (RuleViolation e) {
            RefusedInput.show(model, formField(e.field(), ownFields), e.getMessage(), HttpStatus.UNPROCESSABLE_CONTENT);
        }
        show(decision, model);
        return new ModelAndView(again.get(), model.asMap());
    }

    /** The form field that holds what the command path blames ({@code decision.source.quote} is the quote box). */
    private static String formField(String path, Map<String, String> ownFields) {
        if (path == null) {
            return null;
        }
        Map<String, String> fields = new HashMap<>(DECISION_FIELDS);
        fields.putAll(ownFields);
        return fields.getOrDefault(path, fields.get(path.substring(path.lastIndexOf('.') + 1)));
    }

    /** The event the command recorded: its aggregate's at the version it answered. */
    private String recordedEvent(CommandOutcome outcome) {
        List<StoredEvents.StoredEvent> stream = events.stream(outcome.aggregateId());
        return stream.stream().filter(event -> event.sequenceNumber() == outcome.version()).findFirst()
                .orElse(stream.get(stream.size() - 1)).eventId();
    }
}
