package org.allianceledger.recording;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.springframework.ui.Model;
import org.springframework.web.servlet.ModelAndView;

import tools.jackson.databind.node.ObjectNode;

/**
 * What every recording form's controller shares: its name, title and group on {@code /record}, an empty
 * form's decision fields, and the way from what was typed to "Check your answers" and the record
 * ({@link FormRecording}). A form adds only its own fields.
 */
public abstract class RecordingPage implements RecordingForm {

    private final FormRecording forms;
    private final String name;
    private final String title;
    private final String group;

    protected RecordingPage(FormRecording forms, String name, String title, String group) {
        this.forms = forms;
        this.name = name;
        this.title = title;
        this.group = group;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String title() {
        return title;
    }

    @Override
    public final String group() {
        return group;
    }

    /** The decision's fields of an empty form, with a fresh idempotency key. */
    protected static void freshDecision(Model model) {
        FormRecording.show(DecisionAnswers.fresh(), model);
    }

    /**
     * A submitted form: checked and shown back for the recorder to check, or, confirmed, recorded
     * (see {@link FormRecording#record}).
     *
     * @param ownFields the form's own fields: the command path's field name (or path) to the form field that holds it
     * @param fields    writes the form's own fields into the command
     * @param summary   the form's own answers, as the check page lists them above the decision's
     * @param again     shows the form again, with what was typed, and answers its view
     */
    protected ModelAndView submit(DecisionAnswers decision, Map<String, String> ownFields, Consumer<ObjectNode> fields,
                                  Supplier<List<CheckedAnswer>> summary, Principal recorder, Model model, Supplier<String> again) {
        return forms.record(this, decision, ownFields, fields, summary, recorder, model, again);
    }
}
