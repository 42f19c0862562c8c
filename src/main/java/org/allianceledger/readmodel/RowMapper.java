package org.allianceledger.readmodel;

import org.allianceledger.store.LedgerSerializer;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Converts between the domain's values and read-model rows with the event store's own JSON
 * mapping, so a row spells a date, a fiscal year or an amount exactly as the stored event does.
 */
final class RowMapper {

    private final ObjectMapper mapper = LedgerSerializer.objectMapper();

    Object toBson(Object value) {
        return mapper.convertValue(value, Object.class);
    }

    <T> T fromRow(Object row, Class<T> type) {
        return mapper.convertValue(row, type);
    }
}
