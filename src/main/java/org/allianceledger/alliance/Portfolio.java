package org.allianceledger.alliance;

/** The alliance's programmes of collaborated functions, each with a lead force, and the wider collaborations. */
public enum Portfolio implements Named {
    JOINT_PROTECTIVE_SERVICES("Joint Protective Services"),
    ORGANISATIONAL_SUPPORT("Organisational Support"),
    OPERATIONAL_SUPPORT("Operational Support"),
    REGIONAL("Regional collaboration (ERSOU, the Seven Forces)"),
    NATIONAL("National collaboration (NPAS)");

    private final String title;

    Portfolio(String title) {
        this.title = title;
    }

    @Override
    public String displayName() {
        return title;
    }
}
