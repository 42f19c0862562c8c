package org.allianceledger.review;

import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

import org.allianceledger.alliance.InvalidInput;
import org.allianceledger.alliance.RuleViolation;
import org.allianceledger.command.CommandOutcome;
import org.allianceledger.command.CommandReader;
import org.allianceledger.command.CommandRecording;
import org.allianceledger.command.MalformedCommandException;
import org.allianceledger.readmodel.PointInTimeParams;
import org.allianceledger.readmodel.ReadModels;
import org.allianceledger.recording.RecordingForm;
import org.allianceledger.web.Page;
import org.allianceledger.web.RefusedInput;
import org.allianceledger.web.StoredEvents;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /record/record-recommendation-progress}: a recorder records progress on a recommendation
 * from the pages, through the same command path as {@code POST /api/commands/record-recommendation-progress}
 * (same checks, same event, the signed-in user as recorder). The form carries one idempotency key,
 * so a second submit of the same form records nothing more; a refused form is shown again with what
 * was typed and the command path's own message.
 */
@Page
@RequestMapping("/record/" + RecommendationProgressForm.NAME)
class RecommendationProgressForm implements RecordingForm {

    static final String NAME = "record-recommendation-progress";
    private static final String VIEW = "record-recommendation-progress";
    /** Where the command path's field names are typed in the form. */
    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("reviewId", "recommendation"),
            Map.entry("number", "recommendation"), Map.entry("note", "note"), Map.entry("decision.decidedOn", "year"),
            Map.entry("decision.body", "body"), Map.entry("decision.decidedBy", "decidedBy"), Map.entry("decision.source", "document"),
            Map.entry("decision.source.document", "document"), Map.entry("decision.source.date", "sourceYear"),
            Map.entry("decision.source.paragraph", "paragraph"), Map.entry("decision.source.quote", "quote"),
            Map.entry("decision", "year"));

    private final RecommendationRegister progress;
    private final ReadModels readModels;
    private final CommandReader reader;
    private final CommandRecording recording;
    private final StoredEvents events;
    private final JsonMapper json;

    RecommendationProgressForm(RecommendationRegister progress, ReadModels readModels, CommandReader reader,
                               CommandRecording recording, StoredEvents events, JsonMapper json) {
        this.progress = progress;
        this.readModels = readModels;
        this.reader = reader;
        this.recording = recording;
        this.events = events;
        this.json = json;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String title() {
        return "Record progress on a recommendation";
    }

    @Override
    public String group() {
        return "Reviews and recommendations";
    }

    /**
     * What the form holds, as typed. Dates are day, month and year apart, the day and month optional:
     * a source may give only a month or a year.
     *
     * @param recommendation {@code reviewId/number}
     * @param key            the form's idempotency key, made when the form is first shown
     */
    record Answers(String recommendation, String note, String day, String month, String year, String body, String decidedBy,
                   String document, String sourceDay, String sourceMonth, String sourceYear, String paragraph, String quote,
                   String key) {
    }

    @GetMapping
    String form(@RequestParam(required = false) String recommendation, Model model) {
        return show(new Answers(recommendation, null, null, null, null, null, null, null, null, null, null, null, null,
                UUID.randomUUID().toString()), model);
    }

    @PostMapping
    ModelAndView record(Answers answers, Principal recorder, Model model) {
        try {
            Object command = reader.read(NAME, command(answers));
            CommandOutcome outcome = recording.record(command, recorder, answers.key(), null, null).outcome();
            RedirectView recorded = new RedirectView("/timeline/" + recordedEvent(outcome), true);
            recorded.setStatusCode(HttpStatus.SEE_OTHER);
            recorded.setExposeModelAttributes(false);
            return new ModelAndView(recorded);
        } catch (InvalidInput e) {
            RefusedInput.show(model, formField(e.field()), e.getMessage(), HttpStatus.BAD_REQUEST);
        } catch (MalformedCommandException e) {
            RefusedInput.show(model, formField(e.field()), e.getMessage(), HttpStatus.BAD_REQUEST);
        } catch (RuleViolation e) {
            RefusedInput.show(model, formField(e.field()), e.getMessage(), HttpStatus.UNPROCESSABLE_CONTENT);
        }
        return new ModelAndView(show(answers, model), model.asMap());
    }

    private String show(Answers answers, Model model) {
        List<RecommendationRow> open = progress.recommendations(readModels.readAt(new PointInTimeParams(null, null)), null);
        model.addAttribute("answers", answers);
        model.addAttribute("recommendations", open);
        model.addAttribute("timeQuery", "");
        return VIEW;
    }

    /** The command's JSON, as the API would receive it: a field left blank is a field not given. */
    private String command(Answers answers) {
        ObjectNode command = json.createObjectNode();
        String chosen = given(answers.recommendation());
        if (chosen != null && chosen.contains("/")) {
            command.put("reviewId", chosen.substring(0, chosen.indexOf('/')));
            command.put("number", chosen.substring(chosen.indexOf('/') + 1));
        }
        putGiven(command, "note", answers.note());
        ObjectNode decision = command.putObject("decision");
        putGiven(decision, "decidedOn", date(answers.year(), answers.month(), answers.day()));
        putGiven(decision, "body", answers.body());
        List<String> deciders = answers.decidedBy() == null ? List.of()
                : Arrays.stream(answers.decidedBy().split("\\R")).map(String::strip).filter(name -> !name.isEmpty()).toList();
        if (!deciders.isEmpty()) {
            deciders.forEach(decision.putArray("decidedBy")::add);
        }
        ObjectNode source = decision.putObject("source");
        putGiven(source, "document", answers.document());
        putGiven(source, "date", date(answers.sourceYear(), answers.sourceMonth(), answers.sourceDay()));
        putGiven(source, "paragraph", answers.paragraph());
        putGiven(source, "quote", answers.quote());
        return json.writeValueAsString(command);
    }

    /**
     * {@code 2019}, {@code 2019-06} or {@code 2019-06-30} from the three boxes, or what was typed in them
     * joined the same way, for the command path to refuse in its own words.
     */
    private static String date(String year, String month, String day) {
        List<String> parts = Stream.of(year, month, day).map(RecommendationProgressForm::given).filter(Objects::nonNull)
                .map(part -> part.strip().length() == 1 ? "0" + part.strip() : part.strip()).toList();
        return parts.isEmpty() ? null : String.join("-", parts);
    }

    private static void putGiven(ObjectNode node, String field, String value) {
        if (given(value) != null) {
            node.put(field, value.strip());
        }
    }

    private static String given(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** The form field that holds what the command path blames ({@code decision.source.quote} is the quote box). */
    private static String formField(String path) {
        if (path == null) {
            return null;
        }
        return FIELDS.getOrDefault(path, FIELDS.getOrDefault(path.substring(path.lastIndexOf('.') + 1), null));
    }

    /** The event the command recorded: its aggregate's at the version it answered. */
    private String recordedEvent(CommandOutcome outcome) {
        List<StoredEvents.StoredEvent> stream = events.stream(outcome.aggregateId());
        return stream.stream().filter(event -> event.sequenceNumber() == outcome.version()).findFirst()
                .orElse(stream.get(stream.size() - 1)).eventId();
    }
}
