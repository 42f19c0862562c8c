package org.allianceledger.disagreement;

import java.util.List;

import org.allianceledger.disagreement.DisagreementEvent.DisagreementRecorded;
import org.allianceledger.readmodel.Fact;
import org.allianceledger.readmodel.KeyedView;
import org.allianceledger.readmodel.KeyedViews;
import org.allianceledger.readmodel.PointInTime;
import org.allianceledger.readmodel.Projection;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;

/** The register of disagreements between sources: each statement side by side, on any date. */
@Projection
public class DisagreementRegister implements KeyedViews {

    private final KeyedView<DisagreementEvent, DisagreementRow> disagreements = new KeyedView<>(DisagreementEvent.class, DisagreementRegister::evolve);

    @EventHandler
    void on(DisagreementEvent event, EventMessage<?> message) {
        disagreements.add(event.disagreementId(), Fact.of(event, message));
    }

    @ResetHandler
    void reset() {
        disagreements.clear();
    }

    @Override
    public List<KeyedView<?, ?>> keyedViews() {
        return List.of(disagreements);
    }

    /** In the order they were dated. */
    public List<DisagreementRow> disagreements(PointInTime at) {
        return disagreements.rows(at);
    }

    static DisagreementRow evolve(DisagreementRow row, Fact<DisagreementEvent> fact) {
        return switch (fact.event()) {
            case DisagreementRecorded recorded -> new DisagreementRow(recorded.disagreementId(), recorded.topic(),
                    recorded.statements(), recorded.resolution(), recorded.decision().decidedOn(),
                    recorded.decision().dateInferredFrom());
        };
    }
}
