package org.allianceledger.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Tokens are found by their characters wherever they lie, through the table's growth. */
class TokenNumbersTest {

    @Test
    void everyTokenAddedIsFoundByItsCharactersAndNoOtherIs() {
        TokenNumbers numbers = new TokenNumbers();
        for (int n = 0; n < 20_000; n++) {
            assertThat(numbers.find("t" + n, 0, ("t" + n).length())).isEqualTo(-1);
            assertThat(numbers.add("t" + n)).isEqualTo(n);
        }
        for (int n = 0; n < 20_000; n++) {
            StringBuilder around = new StringBuilder("[[t").append(n).append("]]");
            assertThat(numbers.find(around, 2, around.length() - 2)).as("t%d", n).isEqualTo(n);
        }
        assertThat(numbers.find("t20000", 0, 6)).isEqualTo(-1);
        assertThat(numbers.find("t1", 0, 1)).as("a token's start is not the token").isEqualTo(-1);
    }
}
