package org.allianceledger.web;

import org.allianceledger.alliance.InvalidInput;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A value typed into a page's form that the ledger refuses: the page is shown again, answered 400,
 * with the form as typed and an error summary naming the field, so the reader corrects it in place
 * rather than starting over from an error page.
 *
 * @param field   the form field to blame (its input's id), or null
 * @param message why it is refused
 */
public record RefusedInput(String field, String message) {

    static final String ATTRIBUTE = "refused";

    /** Tells the page's model and the answer's status that {@code refusal} was refused. */
    public static void show(Model model, InvalidInput refusal) {
        show(model, refusal.field(), refusal.getMessage(), HttpStatus.BAD_REQUEST);
    }

    /** The same for a refusal the page words itself: {@code status} 400 for a malformed value, 422 for a rule it breaks. */
    public static void show(Model model, String field, String message, HttpStatus status) {
        model.addAttribute(ATTRIBUTE, new RefusedInput(field, message));
        ServletRequestAttributes request = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
        if (request.getResponse() != null) {
            request.getResponse().setStatus(status.value());
        }
    }
}
