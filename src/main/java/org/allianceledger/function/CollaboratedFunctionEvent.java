package org.allianceledger.function;

import java.util.List;
import java.util.Optional;

import org.allianceledger.alliance.DecisionContext;
import org.allianceledger.alliance.RecordedDecision;
import org.allianceledger.alliance.Subject;
import org.allianceledger.alliance.Force;
import org.allianceledger.alliance.PartialDate;
import org.allianceledger.alliance.Portfolio;
import org.axonframework.serialization.Revision;

import com.fasterxml.jackson.annotation.JsonTypeName;

/** What the record says happened to a collaborated function. */
public sealed interface CollaboratedFunctionEvent extends RecordedDecision {

    @Override
    default Subject subject() {
        return new Subject("function", functionId());
    }

    String functionId();

    @Override
    default Optional<String> concernedFunction() {
        return Optional.of(functionId());
    }

    @Revision("1")
    @JsonTypeName("CollaboratedFunctionProposed")
    record CollaboratedFunctionProposed(String functionId, String name, Portfolio portfolio, Force leadForce,
                                        List<Force> participatingForces, String description, DecisionContext decision)
            implements CollaboratedFunctionEvent {
        @Override
        public String summary() {
            return "Collaboration of " + name + " proposed" + (leadForce == null ? "" : ", led by " + leadForce);
        }
    }

    @Revision("1")
    @JsonTypeName("FunctionLeadershipChanged")
    record FunctionLeadershipChanged(String functionId, Portfolio portfolio, Force leadForce,
                                     List<Force> participatingForces, DecisionContext decision)
            implements CollaboratedFunctionEvent {
        @Override
        public String summary() {
            return "Leadership of " + functionId + " changed" + (leadForce == null ? "" : ": led by " + leadForce);
        }
    }

    @Revision("1")
    @JsonTypeName("FunctionWentLive")
    record FunctionWentLive(String functionId, String phase, String whatWentLive, DecisionContext decision)
            implements CollaboratedFunctionEvent {
        @Override
        public String summary() {
            return "" + functionId + " went live" + (phase == null ? "" : " (" + phase + ")") + ": " + whatWentLive;
        }
    }

    @Revision("1")
    @JsonTypeName("AppointmentRecorded")
    record AppointmentRecorded(String functionId, String role, String appointee, DecisionContext decision)
            implements CollaboratedFunctionEvent {
        @Override
        public String summary() {
            return appointee == null ? role : appointee + " appointed " + role;
        }
    }

    @Revision("1")
    @JsonTypeName("CollaborationDeferred")
    record CollaborationDeferred(String functionId, String reviewCondition, PartialDate earliestReview,
                                 DecisionContext decision) implements CollaboratedFunctionEvent {
        @Override
        public String summary() {
            return "Collaboration of " + functionId + " deferred: " + reviewCondition;
        }
    }

    @Revision("1")
    @JsonTypeName("CollaborationResumed")
    record CollaborationResumed(String functionId, DecisionContext decision) implements CollaboratedFunctionEvent {
        @Override
        public String summary() {
            return "Collaboration of " + functionId + " resumed";
        }
    }

    @Revision("1")
    @JsonTypeName("CollaborationNotProceeded")
    record CollaborationNotProceeded(String functionId, DecisionContext decision) implements CollaboratedFunctionEvent {
        @Override
        public String summary() {
            return "Collaboration of " + functionId + " not proceeded with";
        }
    }

    @Revision("1")
    @JsonTypeName("FunctionMovedToBusinessAsUsual")
    record FunctionMovedToBusinessAsUsual(String functionId, DecisionContext decision)
            implements CollaboratedFunctionEvent {
        @Override
        public String summary() {
            return "" + functionId + " moved to business as usual";
        }
    }
}
