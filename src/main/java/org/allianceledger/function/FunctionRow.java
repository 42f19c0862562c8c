package org.allianceledger.function;

import java.util.List;

import org.allianceledger.alliance.Force;
import org.allianceledger.alliance.PartialDate;
import org.allianceledger.readmodel.Lists;
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

    /** A function before any event of it is seen (an event dated before its proposal is folded onto this). */
    static FunctionRow empty(String functionId) {
        return new FunctionRow(functionId, null, null, null, null, null, null, null, null, null, List.of(), List.of());
    }

    FunctionRow proposed(String name, String description) {
        return new FunctionRow(functionId, name, portfolio, leadForce, participatingForces, description, state, stateSince,
                reviewCondition, earliestReview, goLives, appointments);
    }

    FunctionRow led(Portfolio portfolio, Force leadForce, List<Force> participatingForces) {
        return new FunctionRow(functionId, name, portfolio, leadForce, participatingForces, description, state, stateSince,
                reviewCondition, earliestReview, goLives, appointments);
    }

    /** The function in {@code state} since {@code since}. */
    FunctionRow in(String state, PartialDate since) {
        return new FunctionRow(functionId, name, portfolio, leadForce, participatingForces, description, state, since,
                reviewCondition, earliestReview, goLives, appointments);
    }

    FunctionRow deferred(String reviewCondition, PartialDate earliestReview) {
        return new FunctionRow(functionId, name, portfolio, leadForce, participatingForces, description, state, stateSince,
                reviewCondition, earliestReview, goLives, appointments);
    }

    FunctionRow with(GoLive goLive) {
        return new FunctionRow(functionId, name, portfolio, leadForce, participatingForces, description, state, stateSince,
                reviewCondition, earliestReview, Lists.appended(goLives, goLive), appointments);
    }

    FunctionRow with(Appointment appointment) {
        return new FunctionRow(functionId, name, portfolio, leadForce, participatingForces, description, state, stateSince,
                reviewCondition, earliestReview, goLives, Lists.appended(appointments, appointment));
    }

    /** @param planned a go-live a document expects, not one that happened: it leaves the state as it was */
    /** @param planned an appointment a document says is to come */
    public record Appointment(PartialDate on, String role, String appointee, boolean planned) {
    }

    public record GoLive(PartialDate on, String phase, String whatWentLive, boolean planned) {
    }
}
