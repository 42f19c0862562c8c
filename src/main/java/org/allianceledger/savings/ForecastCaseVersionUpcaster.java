package org.allianceledger.savings;

import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A forecast recorded before revision 2 did not carry the case version it was taken from (the
 * savings view looked it up in the business cases' view, which could be stale): it loads with no
 * version rather than one guessed now.
 */
@Component
class ForecastCaseVersionUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType WITHOUT_VERSION = new SimpleSerializedType("ForecastTakenFromBusinessCase", "1");
    private static final SimpleSerializedType WITH_VERSION = new SimpleSerializedType("ForecastTakenFromBusinessCase", "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        return event.getType().equals(WITHOUT_VERSION);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        return event.upcastPayload(WITH_VERSION, JsonNode.class, payload -> ((ObjectNode) payload).putNull("caseVersion"));
    }
}
