package org.allianceledger.alliance;

/** The police forces the alliance's documents name: the three BCH forces and their regional partners. */
public enum Force {
    BED("Bedfordshire Police"),
    CAM("Cambridgeshire Constabulary"),
    HER("Hertfordshire Constabulary"),
    NOR("Norfolk Constabulary"),
    SUF("Suffolk Constabulary"),
    ESS("Essex Police"),
    KEN("Kent Police"),
    WAR("Warwickshire Police"),
    WME("West Mercia Police");

    private final String title;

    Force(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    public boolean isBch() {
        return this == BED || this == CAM || this == HER;
    }
}
