package org.allianceledger.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A client's id is kept, logged and shown as sent, so it must be visible ASCII and not too long. */
class RecordingMetadataTest {

    @Test
    void anIdOfVisibleAsciiIsKeptAsSent() {
        for (String id : new String[] {"change-7f3a", "history:ce-2019-rec-1", "0b1d5c2e-94f3-4a57-9d1c-2f5b8c7e6a10", "x".repeat(200)}) {
            assertThat(RecordingMetadata.clientId("Idempotency-Key", id)).isEqualTo(id);
        }
    }

    @Test
    void anIdWithAControlCharacterASpaceOrALookAlikeLetterOrTooLongIsRefusedNamingItsHeader() {
        for (String id : new String[] {"", " ", "two words", "evil\u001b[31m", "line\nbreak", "nul\u0000", "раураl", "x".repeat(201)}) {
            assertThatThrownBy(() -> RecordingMetadata.clientId("X-Correlation-Id", id)).as(id)
                    .isInstanceOf(MalformedCommandException.class)
                    .hasMessageStartingWith("X-Correlation-Id: must be 1 to 200 visible ASCII characters");
        }
        assertThat(RecordingMetadata.isClientId(null)).isFalse();
    }
}
