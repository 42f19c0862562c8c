package org.allianceledger.alliance;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A legal person who can be party to a Section 22A agreement: the Police and Crime Commissioner or
 * the Chief Constable of a force. Written as {@code "BED-PCC"} or {@code "CAM-CC"}.
 */
public record CorporationSole(Force force, Office office) implements Named {

    public enum Office {
        PCC("Police and Crime Commissioner"),
        CC("Chief Constable");

        private final String title;

        Office(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    /** The six Corporations Sole of the BCH alliance: three PCCs and three Chief Constables. */
    public static List<CorporationSole> bchSix() {
        return Stream.of(Force.BED, Force.CAM, Force.HER)
                .flatMap(f -> Stream.of(new CorporationSole(f, Office.PCC), new CorporationSole(f, Office.CC)))
                .toList();
    }

    @JsonCreator
    public static CorporationSole parse(String text) {
        String[] parts = text == null ? new String[0] : text.trim().toUpperCase(Locale.ROOT).split("-");
        if (parts.length != 2) {
            throw new InvalidInput("A Corporation Sole is written FORCE-OFFICE, e.g. BED-PCC or CAM-CC, not '" + text + "'");
        }
        try {
            return new CorporationSole(Force.valueOf(parts[0]), Office.valueOf(parts[1]));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("Unknown Corporation Sole '" + text + "': force must be one of "
                    + List.of(Force.values()) + " and office PCC or CC");
        }
    }

    @JsonValue
    @Override
    public String toString() {
        return force + "-" + office;
    }

    public String title() {
        return office.title() + " for " + force.title();
    }

    /** As the agreements name the parties: "Bedfordshire PCC", "Chief Constable of Bedfordshire". */
    @Override
    public String displayName() {
        return switch (office) {
            case PCC -> force.displayName() + " PCC";
            case CC -> "Chief Constable of " + force.displayName();
        };
    }
}
