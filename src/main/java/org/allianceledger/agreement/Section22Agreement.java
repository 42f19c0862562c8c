package org.allianceledger.agreement;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

import org.allianceledger.agreement.Section22AgreementCommand.AmendSection22Agreement;
import org.allianceledger.agreement.Section22AgreementCommand.DraftSection22Agreement;
import org.allianceledger.agreement.Section22AgreementCommand.SignSection22Agreement;
import org.allianceledger.agreement.Section22AgreementCommand.TableSection22Agreement;
import org.allianceledger.agreement.Section22AgreementCommand.TerminateSection22Agreement;
import org.allianceledger.agreement.Section22AgreementEvent.Section22AgreementAmended;
import org.allianceledger.agreement.Section22AgreementEvent.Section22AgreementCameIntoForce;
import org.allianceledger.agreement.Section22AgreementEvent.Section22AgreementDrafted;
import org.allianceledger.agreement.Section22AgreementEvent.Section22AgreementSigned;
import org.allianceledger.agreement.Section22AgreementEvent.Section22AgreementTabled;
import org.allianceledger.agreement.Section22AgreementEvent.Section22AgreementTerminated;
import org.allianceledger.alliance.CorporationSole;
import org.allianceledger.alliance.DecisionContext;
import org.allianceledger.alliance.PartialDate;
import org.allianceledger.alliance.RuleViolation;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A Section 22A agreement. Each party signs once; the last signature brings it into force; a
 * terminated agreement takes no further decisions.
 */
@Aggregate
class Section22Agreement {

    @AggregateIdentifier
    private String agreementId;
    private String title;
    private PartialDate draftedOn;
    private final Set<CorporationSole> parties = new LinkedHashSet<>();
    private final Set<CorporationSole> signed = new HashSet<>();
    private boolean inForce;
    private boolean terminated;

    Section22Agreement() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    Section22Agreement(DraftSection22Agreement command) {
        apply(new Section22AgreementDrafted(command.agreementId(), command.functionId(), command.title(),
                command.parties(), command.scope(), command.decision()));
    }

    @CommandHandler
    void handle(TableSection22Agreement command) {
        requireNotTerminated();
        apply(new Section22AgreementTabled(agreementId, command.decision()));
    }

    /** In force by every party's signature, not by the last signatory's: on the last signature's date and evidence. */
    private DecisionContext cameIntoForce(DecisionContext lastSignature) {
        return new DecisionContext(lastSignature.decidedOn(), null, parties.stream().map(CorporationSole::displayName).toList(),
                "In force once every party has signed", lastSignature.source(), lastSignature.dateInferredFrom(),
                lastSignature.nature());
    }

    @CommandHandler
    void handle(SignSection22Agreement command) {
        requireNotTerminated();
        CorporationSole party = command.party();
        if (!parties.contains(party)) {
            throw new RuleViolation("party", party.title() + " is not a party to " + title);
        }
        if (signed.contains(party)) {
            throw new RuleViolation("party", party.title() + " has already signed " + title);
        }
        PartialDate signedOn = command.decision().decidedOn();
        if (signedOn.latest().isBefore(draftedOn.earliest())) {
            throw new RuleViolation("decision.decidedOn", "A signature dated " + signedOn + " precedes the draft of " + draftedOn);
        }
        apply(new Section22AgreementSigned(agreementId, party, command.signatory(), command.decision()));
        if (signed.size() == parties.size()) {
            apply(new Section22AgreementCameIntoForce(agreementId, signedOn, cameIntoForce(command.decision())));
        }
    }

    @CommandHandler
    void handle(AmendSection22Agreement command) {
        requireNotTerminated();
        if (inForce && !command.partiesAdded().isEmpty()) {
            throw new RuleViolation("partiesAdded", title + " is in force: new parties need a new agreement");
        }
        for (CorporationSole added : command.partiesAdded()) {
            if (parties.contains(added)) {
                throw new RuleViolation("partiesAdded", added.title() + " is already a party to " + title);
            }
        }
        apply(new Section22AgreementAmended(agreementId, command.whatChanged(), command.partiesAdded(), command.decision()));
    }

    @CommandHandler
    void handle(TerminateSection22Agreement command) {
        requireNotTerminated();
        apply(new Section22AgreementTerminated(agreementId, command.decision()));
    }

    private void requireNotTerminated() {
        if (terminated) {
            throw new RuleViolation("agreementId", title + " was terminated and takes no further decisions");
        }
    }

    @EventSourcingHandler
    void on(Section22AgreementDrafted event) {
        agreementId = event.agreementId();
        title = event.title();
        draftedOn = event.decision().decidedOn();
        parties.addAll(event.parties());
    }

    @EventSourcingHandler
    void on(Section22AgreementSigned event) {
        signed.add(event.party());
    }

    @EventSourcingHandler
    void on(Section22AgreementCameIntoForce event) {
        inForce = true;
    }

    @EventSourcingHandler
    void on(Section22AgreementAmended event) {
        parties.addAll(event.partiesAdded());
    }

    @EventSourcingHandler
    void on(Section22AgreementTerminated event) {
        terminated = true;
    }
}
