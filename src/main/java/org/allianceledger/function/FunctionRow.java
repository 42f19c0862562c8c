package org.allianceledger.function;

import java.util.List;

import org.allianceledger.alliance.Force;
import org.allianceledger.alliance.PartialDate;
import org.allianceledger.alliance.Portfolio;

/**
 * A collaborated function as the register shows it on a date.
 *
 * @param state      {@code proposed}, {@code live}, {@code deferred}, {@code in-progress} (resumed after a
 *                   deferral), {@code not-proceeded} or {@code business-as-usual}
 * @param stateSince the date of the decision that put it in that state
 */
public record FunctionRow(String functionId, String name, Portfolio portfolio, Force leadForce,
                          List<Force> participatingForces, String description, String state, PartialDate stateSince,
                          String reviewCondition, PartialDate earliestReview, List<GoLive> goLives,
                          List<Appointment> appointments) {

    /** @param planned a go-live a document expects, not one that happened: it leaves the state as it was */
    /** @param planned an appointment a document says is to come */
    public record Appointment(PartialDate on, String role, String appointee, boolean planned) {
    }

    public record GoLive(PartialDate on, String phase, String whatWentLive, boolean planned) {
    }
}
