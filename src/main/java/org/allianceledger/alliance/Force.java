package org.allianceledger.alliance;

/** The police forces the alliance's documents name: the three BCH forces and their regional partners. */
public enum Force implements Named {
    BED("Bedfordshire", "Bedfordshire Police"),
    CAM("Cambridgeshire", "Cambridgeshire Constabulary"),
    HER("Hertfordshire", "Hertfordshire Constabulary"),
    NOR("Norfolk", "Norfolk Constabulary"),
    SUF("Suffolk", "Suffolk Constabulary"),
    ESS("Essex", "Essex Police"),
    KEN("Kent", "Kent Police"),
    WAR("Warwickshire", "Warwickshire Police"),
    WME("West Mercia", "West Mercia Police");

    private final String area;
    private final String title;

    Force(String area, String title) {
        this.area = area;
        this.title = title;
    }

    /** The force by the area it polices, as the alliance's papers mostly name it: "Bedfordshire". */
    @Override
    public String displayName() {
        return area;
    }

    public String title() {
        return title;
    }

    public boolean isBch() {
        return this == BED || this == CAM || this == HER;
    }
}
