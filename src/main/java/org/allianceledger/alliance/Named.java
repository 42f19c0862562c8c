package org.allianceledger.alliance;

/** A value that readers know by a name other than the code it is stored and exchanged as: a force, a Corporation Sole. */
public interface Named {

    String displayName();
}
