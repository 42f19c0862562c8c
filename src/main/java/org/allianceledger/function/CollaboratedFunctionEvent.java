package org.allianceledger.function;

import java.util.List;

import org.allianceledger.alliance.DecisionContext;
import org.allianceledger.alliance.Force;
import org.allianceledger.alliance.PartialDate;
import org.allianceledger.alliance.Portfolio;
import org.axonframework.serialization.Revision;

import com.fasterxml.jackson.annotation.JsonTypeName;

/** What the record says happened to a collaborated function. */
public sealed interface CollaboratedFunctionEvent {

    String functionId();

    DecisionContext decision();

    @Revision("1")
    @JsonTypeName("CollaboratedFunctionProposed")
    record CollaboratedFunctionProposed(String functionId, String name, Portfolio portfolio, Force leadForce,
                                        List<Force> participatingForces, String description, DecisionContext decision)
            implements CollaboratedFunctionEvent {
    }

    @Revision("1")
    @JsonTypeName("FunctionLeadershipChanged")
    record FunctionLeadershipChanged(String functionId, Portfolio portfolio, Force leadForce,
                                     List<Force> participatingForces, DecisionContext decision)
            implements CollaboratedFunctionEvent {
    }

    @Revision("1")
    @JsonTypeName("FunctionWentLive")
    record FunctionWentLive(String functionId, String phase, String whatWentLive, DecisionContext decision)
            implements CollaboratedFunctionEvent {
    }

    @Revision("1")
    @JsonTypeName("CollaborationDeferred")
    record CollaborationDeferred(String functionId, String reviewCondition, PartialDate earliestReview,
                                 DecisionContext decision) implements CollaboratedFunctionEvent {
    }

    @Revision("1")
    @JsonTypeName("CollaborationResumed")
    record CollaborationResumed(String functionId, DecisionContext decision) implements CollaboratedFunctionEvent {
    }

    @Revision("1")
    @JsonTypeName("CollaborationNotProceeded")
    record CollaborationNotProceeded(String functionId, DecisionContext decision) implements CollaboratedFunctionEvent {
    }

    @Revision("1")
    @JsonTypeName("FunctionMovedToBusinessAsUsual")
    record FunctionMovedToBusinessAsUsual(String functionId, DecisionContext decision)
            implements CollaboratedFunctionEvent {
    }
}
