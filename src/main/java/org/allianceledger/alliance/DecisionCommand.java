package org.allianceledger.alliance;

/**
 * A command that records a decision: it names the aggregate it concerns and carries its
 * {@link DecisionContext}. Its record declares the name it is posted under as {@link PublicName}.
 */
public interface DecisionCommand {

    DecisionContext decision();
}
