package org.allianceledger.integrity;

import java.time.Clock;
import java.time.Instant;

import org.allianceledger.web.Page;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page prints at its foot (print only): when it was printed, and the record's size and
 * latest seal then, so that a printout can be matched to the state of the record it came from.
 * Who printed it and the point in time come from the page's own model.
 */
@ControllerAdvice(annotations = Page.class)
class PrintFooterAdvice {

    private final RecordTally tally;
    private final Clock clock;

    PrintFooterAdvice(RecordTally tally, Clock clock) {
        this.tally = tally;
        this.clock = clock;
    }

    /** @param record the record as stored when the page was made */
    record Printed(Instant at, RecordTally.Tally record) {
    }

    @ModelAttribute("printed")
    Printed printed() {
        return new Printed(clock.instant(), tally.now());
    }
}
