package org.allianceledger.recording;

import java.lang.reflect.RecordComponent;
import java.security.Principal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.allianceledger.alliance.InvalidInput;
import org.allianceledger.alliance.RuleViolation;
import org.allianceledger.command.CommandOutcome;
import org.allianceledger.command.CommandReader;
import org.allianceledger.command.CommandRecording;
import org.allianceledger.command.MalformedCommandException;
import org.allianceledger.command.RecordingMetadata;
import org.allianceledger.web.RefusedInput;
import org.allianceledger.web.StoredEvents;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
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

    /** Sent by the check page's "Record" button: record what was checked. */
    static final String CONFIRM = "confirm";
    /** Sent by a check page's "Change" button, naming the field: show the form again as typed. */
    static final String CHANGE = "change";

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
     * A submitted form, in three steps as GOV.UK's question pages go: what was typed is read through the
     * command path's checks and, refused, shown again with the reason beside the field it blames; passed,
     * it is shown back on "Check your answers", with a "Change" button per answer and a "Record" button
     * that sends the same answers again with {@code confirm}. Only that confirmed send records, under the
     * form's idempotency key, so a second send of it records nothing more. A "Change" button sends them
     * back to the form as typed.
     *
     * @param ownFields the form's own fields: the command path's field name (or path) to the form field that holds it
     * @param fields    writes the form's own fields into the command
     * @param summary   the form's own answers for the check page
     * @param again     shows the form again, with what was typed, and answers its view
     */
    public ModelAndView record(RecordingForm form, DecisionAnswers decision, Map<String, String> ownFields, Consumer<ObjectNode> fields,
                               Supplier<List<CheckedAnswer>> summary, Principal recorder, Model model, Supplier<String> again) {
        Map<String, String[]> sent = currentRequest().getParameterMap();
        if (sent.containsKey(CHANGE)) {
            show(decision, model);
            return new ModelAndView(again.get(), model.asMap());
        }
        Object command = null;
        try {
            ObjectNode body = json.createObjectNode();
            fields.accept(body);
            decision.putInto(body);
            command = reader.read(form.name(), json.writeValueAsString(body));
            if (form.creates()) {
                // before recording too, so that a taken id is refused without an append the store turns away
                refuseExisting(command, decision.key());
            }
            if (!sent.containsKey(CONFIRM)) {
                recording.check(command, recorder);
                return check(form, decision, summary.get(), sent, model);
            }
            CommandOutcome outcome = recording.record(command, recorder, decision.key(), null, null).outcome();
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
        } catch (AggregateStreamCreationException e) {
            String idField = identifierField(command);
            RefusedInput.show(model, formField(idField, ownFields), "Something is already recorded under the id '"
                    + identifier(command, idField) + "' this answer makes: the record has it already, or it needs another name",
                    HttpStatus.CONFLICT);
        }
        show(decision, model);
        return new ModelAndView(again.get(), model.asMap());
    }

    /** "Check your answers": the form's answers and the decision's, and every field as sent, hidden, for the confirm. */
    private static ModelAndView check(RecordingForm form, DecisionAnswers decision, List<CheckedAnswer> own,
                                      Map<String, String[]> sent, Model model) {
        Map<String, String[]> carried = new LinkedHashMap<>(sent);
        carried.keySet().removeAll(List.of("_csrf", CONFIRM, CHANGE));
        List<CheckedAnswer> answers = new ArrayList<>(own);
        answers.addAll(decision.summary());
        model.addAttribute("form", form);
        model.addAttribute("answers", answers);
        model.addAttribute("carried", carried);
        model.addAttribute("timeQuery", "");
        return new ModelAndView("record-check", model.asMap());
    }

    /**
     * A form that creates a record: nothing may be recorded under the id it makes already (ids are unique
     * across kinds), unless this form's own key recorded it, whose second send answers as the first did.
     */
    private void refuseExisting(Object command, String key) {
        Object id = identifier(command, identifierField(command));
        if (id instanceof String given && !given.isEmpty()) {
            List<StoredEvents.StoredEvent> stream = events.stream(given);
            if (!stream.isEmpty() && (key == null || !key.equals(stream.get(0).metadata().get(RecordingMetadata.CLIENT_COMMAND_ID)))) {
                throw new AggregateStreamCreationException("Already recorded: " + given);
            }
        }
    }

    private static HttpServletRequest currentRequest() {
        return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
    }

    /** The command's field that names the record it changes or creates: its {@code @TargetAggregateIdentifier}. */
    private static String identifierField(Object command) {
        if (command != null && command.getClass().isRecord()) {
            for (RecordComponent component : command.getClass().getRecordComponents()) {
                if (component.getAccessor().isAnnotationPresent(TargetAggregateIdentifier.class)
                        || fieldAnnotated(command.getClass(), component.getName())) {
                    return component.getName();
                }
            }
        }
        return null;
    }

    private static boolean fieldAnnotated(Class<?> type, String name) {
        try {
            return type.getDeclaredField(name).isAnnotationPresent(TargetAggregateIdentifier.class);
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    private static Object identifier(Object command, String field) {
        try {
            return field == null ? "" : command.getClass().getMethod(field).invoke(command);
        } catch (ReflectiveOperationException e) {
            return "";
        }
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
