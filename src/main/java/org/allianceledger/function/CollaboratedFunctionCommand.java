package org.allianceledger.function;

import java.util.List;
import java.util.Set;

import org.allianceledger.alliance.DecisionCommand;
import org.allianceledger.alliance.DecisionContext;
import org.allianceledger.alliance.Force;
import org.allianceledger.alliance.Ids;
import org.allianceledger.alliance.InvalidInput;
import org.allianceledger.alliance.LongText;
import org.allianceledger.alliance.PartialDate;
import org.allianceledger.alliance.Portfolio;
import org.allianceledger.alliance.PublicName;
import org.allianceledger.alliance.Required;
import org.allianceledger.alliance.Text;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Decisions about a collaborated function or unit: what it is, who leads it, and where it stands. */
public sealed interface CollaboratedFunctionCommand extends DecisionCommand {

    String functionId();

    /** A function is proposed for collaboration, in a portfolio, led by one of its participating forces. */
    @PublicName("propose-collaborated-function")
    record ProposeCollaboratedFunction(@TargetAggregateIdentifier String functionId, String name, Portfolio portfolio,
                                       Force leadForce, List<Force> participatingForces, @LongText String description,
                                       DecisionContext decision) implements CollaboratedFunctionCommand {

        public ProposeCollaboratedFunction {
            Ids.requireSlug(functionId, "functionId");
            name = Text.require(name, "name");
            Required.value(portfolio, "portfolio");
            participatingForces = Participation.validate(leadForce, participatingForces);
            description = Text.optional(description);
        }
    }

    /** The lead force or the participating forces change (the 2018 report restates portfolios and leads). */
    @PublicName("change-function-leadership")
    record ChangeFunctionLeadership(@TargetAggregateIdentifier String functionId, Portfolio portfolio, Force leadForce,
                                    List<Force> participatingForces, DecisionContext decision)
            implements CollaboratedFunctionCommand {

        public ChangeFunctionLeadership {
            Ids.requireSlug(functionId, "functionId");
            Required.value(portfolio, "portfolio");
            participatingForces = Participation.validate(leadForce, participatingForces);
        }
    }

    /** The collaborated function, or one phase of it, goes live. */
    @PublicName("record-go-live")
    record RecordGoLive(@TargetAggregateIdentifier String functionId, String phase, @LongText String whatWentLive,
                        DecisionContext decision) implements CollaboratedFunctionCommand {

        public RecordGoLive {
            Ids.requireSlug(functionId, "functionId");
            phase = Text.optional(phase);
            whatWentLive = Text.require(whatWentLive, "whatWentLive");
        }
    }

    /**
     * Somebody is appointed to, or a team put in place for, a role in the function: a head, a senior
     * management team. Not a go-live: an appointment says nothing of whether the collaboration went live.
     */
    @PublicName("record-appointment")
    record RecordAppointment(@TargetAggregateIdentifier String functionId, String role, String appointee,
                             DecisionContext decision) implements CollaboratedFunctionCommand {

        public RecordAppointment {
            Ids.requireSlug(functionId, "functionId");
            role = Text.require(role, "role");
            appointee = Text.optional(appointee);
        }
    }

    /** Collaboration is pushed back, to be reviewed when a condition is met and not before a date. */
    @PublicName("defer-collaboration")
    record DeferCollaboration(@TargetAggregateIdentifier String functionId, @LongText String reviewCondition,
                              PartialDate earliestReview, DecisionContext decision)
            implements CollaboratedFunctionCommand {

        public DeferCollaboration {
            Ids.requireSlug(functionId, "functionId");
            reviewCondition = Text.require(reviewCondition, "reviewCondition");
            if (earliestReview != null && decision != null && decision.decidedOn() != null
                    && earliestReview.latest().isBefore(decision.decidedOn().earliest())) {
                throw new InvalidInput("earliestReview", "earliestReview " + earliestReview + " is before the deferral itself");
            }
        }
    }

    /** A deferred collaboration is taken up again. */
    @PublicName("resume-collaboration")
    record ResumeCollaboration(@TargetAggregateIdentifier String functionId, DecisionContext decision)
            implements CollaboratedFunctionCommand {

        public ResumeCollaboration {
            Ids.requireSlug(functionId, "functionId");
        }
    }

    /** The alliance decides not to proceed with collaborating the function (the "do we still proceed?" point). */
    @PublicName("decide-not-to-proceed")
    record DecideNotToProceed(@TargetAggregateIdentifier String functionId, DecisionContext decision)
            implements CollaboratedFunctionCommand {

        public DecideNotToProceed {
            Ids.requireSlug(functionId, "functionId");
        }
    }

    /** The function leaves the change programme and is run as business as usual. */
    @PublicName("move-to-business-as-usual")
    record MoveToBusinessAsUsual(@TargetAggregateIdentifier String functionId, DecisionContext decision)
            implements CollaboratedFunctionCommand {

        public MoveToBusinessAsUsual {
            Ids.requireSlug(functionId, "functionId");
        }
    }

    /**
     * Shared by proposing a function and changing its leadership: the same rule about who takes
     * part. The lead force may be unknown (the sources name none for ERSOU); when given, it takes part.
     */
    final class Participation {

        private Participation() {
        }

        static List<Force> validate(Force leadForce, List<Force> participatingForces) {
            List<Force> forces = Required.entries(participatingForces, "participatingForces");
            if (Set.copyOf(forces).size() < 2) {
                throw new InvalidInput("participatingForces", "participatingForces must name at least two different forces");
            }
            if (Set.copyOf(forces).size() != forces.size()) {
                throw new InvalidInput("participatingForces", "participatingForces names a force twice");
            }
            if (leadForce != null && !forces.contains(leadForce)) {
                throw new InvalidInput("leadForce", "leadForce " + leadForce + " must be one of the participating forces");
            }
            return forces;
        }
    }
}
