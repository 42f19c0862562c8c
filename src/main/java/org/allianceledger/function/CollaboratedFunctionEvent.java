package org.allianceledger.function;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.allianceledger.alliance.DecisionContext;
import org.allianceledger.alliance.PublicName;
import org.allianceledger.alliance.RecordedDecision;
import org.allianceledger.alliance.Subject;
import org.allianceledger.alliance.Force;
import org.allianceledger.alliance.Names;
import org.allianceledger.alliance.Nature;
import org.allianceledger.alliance.PartialDate;
import org.allianceledger.alliance.Plain;
import org.allianceledger.alliance.Portfolio;
import org.axonframework.serialization.Revision;

import com.fasterxml.jackson.annotation.JsonTypeName;

/** What the record says happened to a collaborated function. */
public sealed interface CollaboratedFunctionEvent extends RecordedDecision {

    @Override
    default Subject subject() {
        return new Subject(Subject.FUNCTION, functionId());
    }

    String functionId();

    /** The function as readers know it: by the name its proposal gave it. */
    default String function(Names names) {
        return names.of(subject());
    }

    @Override
    default Optional<String> concernedFunction() {
        return Optional.of(functionId());
    }

    @Revision("1")
    @JsonTypeName("CollaboratedFunctionProposed")
    @PublicName("collaborated-function-proposed")
    record CollaboratedFunctionProposed(String functionId, String name, Portfolio portfolio, Force leadForce,
                                        List<Force> participatingForces, String description, DecisionContext decision)
            implements CollaboratedFunctionEvent {
        @Override
        public String summary(Names names) {
            return "Collaboration of " + name + " proposed" + Plain.part(", led by ", leadForce, "");
        }

        @Override
        public Optional<String> nameGiven(Names names) {
            return Optional.of(name);
        }
    }

    @Revision("1")
    @JsonTypeName("FunctionLeadershipChanged")
    @PublicName("function-leadership-changed")
    record FunctionLeadershipChanged(String functionId, Portfolio portfolio, Force leadForce,
                                     List<Force> participatingForces, DecisionContext decision)
            implements CollaboratedFunctionEvent {
        @Override
        public String summary(Names names) {
            return "Leadership of " + function(names) + " changed" + Plain.part(": led by ", leadForce, "");
        }
    }

    @Revision("1")
    @JsonTypeName("FunctionWentLive")
    @PublicName("function-went-live")
    record FunctionWentLive(String functionId, String phase, String whatWentLive, DecisionContext decision)
            implements CollaboratedFunctionEvent {
        @Override
        public String summary(Names names) {
            // a go-live a document only expects is not reported as done
            String wentLive = decision.nature() == Nature.PLANNED ? ": go-live planned" : " went live";
            return function(names) + wentLive + Plain.part(" (", phase, ")") + Plain.part(": ", whatWentLive, "");
        }
    }

    @Revision("1")
    @JsonTypeName("AppointmentRecorded")
    @PublicName("appointment-recorded")
    record AppointmentRecorded(String functionId, String role, String appointee, DecisionContext decision)
            implements CollaboratedFunctionEvent {
        @Override
        public String summary(Names names) {
            String appointment = Stream.of(appointee, role).filter(part -> part != null && !part.isBlank())
                    .collect(Collectors.joining(" appointed "));
            return function(names) + Plain.part(": ", appointment, "") + (decision.nature() == Nature.PLANNED ? " (planned)" : "");
        }
    }

    @Revision("1")
    @JsonTypeName("CollaborationDeferred")
    @PublicName("collaboration-deferred")
    record CollaborationDeferred(String functionId, String reviewCondition, PartialDate earliestReview,
                                 DecisionContext decision) implements CollaboratedFunctionEvent {
        @Override
        public String summary(Names names) {
            return "Collaboration of " + function(names) + " deferred" + Plain.part(": ", reviewCondition, "")
                    + Plain.part(" (to be reviewed from ", earliestReview, ")");
        }
    }

    @Revision("1")
    @JsonTypeName("CollaborationResumed")
    @PublicName("collaboration-resumed")
    record CollaborationResumed(String functionId, DecisionContext decision) implements CollaboratedFunctionEvent {
        @Override
        public String summary(Names names) {
            return "Collaboration of " + function(names) + " resumed";
        }
    }

    @Revision("1")
    @JsonTypeName("CollaborationNotProceeded")
    @PublicName("collaboration-not-proceeded")
    record CollaborationNotProceeded(String functionId, DecisionContext decision) implements CollaboratedFunctionEvent {
        @Override
        public String summary(Names names) {
            return "Collaboration of " + function(names) + " not proceeded with";
        }
    }

    @Revision("1")
    @JsonTypeName("FunctionMovedToBusinessAsUsual")
    @PublicName("function-moved-to-business-as-usual")
    record FunctionMovedToBusinessAsUsual(String functionId, DecisionContext decision)
            implements CollaboratedFunctionEvent {
        @Override
        public String summary(Names names) {
            return function(names) + " moved to business as usual";
        }
    }
}
