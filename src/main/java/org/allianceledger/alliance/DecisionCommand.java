package org.allianceledger.alliance;

/** A command that records a decision: it names the aggregate it concerns and carries its {@link DecisionContext}. */
public interface DecisionCommand {

    DecisionContext decision();
}
