package org.allianceledger.alliance;

import java.util.List;

/** Decision contexts for tests: cited, dated, with a body and deciders, as the rules require. */
public final class Decisions {

    private Decisions() {
    }

    public static DecisionContext on(String date) {
        return new DecisionContext(PartialDate.parse(date), "Strategic Alliance Summit",
                List.of("Police and Crime Commissioners", "Chief Constables"), "as minuted",
                new SourceRef("CE Strategic Alliance Review, Apr 2019", PartialDate.parse("2019-04"), "§3.12"));
    }
}
