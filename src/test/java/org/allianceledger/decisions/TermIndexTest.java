package org.allianceledger.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * The index answers a search exactly as comparing each row's joined text would (text holding the mark
 * between fields excepted: it is in no field), whatever the rows hold and however far apart the rows
 * holding a term are.
 */
class TermIndexTest {

    @Test
    void numbersComeBackAsWrittenInOneToFiveBytes() {
        int[] values = {0, 1, 127, 128, 16_383, 16_384, 2_097_151, 2_097_152, 268_435_455, 268_435_456, Integer.MAX_VALUE};
        byte[] bytes = new byte[values.length * 5];
        int length = 0;
        for (int value : values) {
            length = TermIndex.Varint.write(bytes, length, value);
        }
        assertThat(length).isEqualTo(1 + 1 + 1 + 2 + 2 + 3 + 3 + 4 + 4 + 5 + 5);
        assertThat(TermIndex.Varint.read(bytes, values.length)).containsExactly(values);
        assertThat(TermIndex.Varint.read(Arrays.copyOf(bytes, length), Integer.MAX_VALUE)).containsExactly(values);
    }

    @Test
    void rowsHoldingTextAreThoseWhoseJoinedTextHoldsItHoweverFarApart() {
        Random random = new Random(18);
        TermIndex index = new TermIndex();
        List<String> texts = new ArrayList<>();
        for (int number = 0; number < 40_000; number++) {
            // "custody" in few rows, up to tens of thousands apart (postings gaps of one to three bytes)
            boolean custody = random.nextInt(number % 3 == 0 ? 20 : 4_000) == 0;
            List<String> own = custody ? List.of("Custody suite, Ely", "custody  again in the same row") : List.of("Board " + number % 7);
            List<String> shares = List.of(number % 2 == 0 ? "Joint board" : "(BCH) board", "—");
            index.add(number, own, shares);
            texts.add(joined(own, shares));
        }
        for (String q : List.of("CUSTODY", "custody suite", "tody s", ", ely", "e, e", "ely\u0000custody", "d 3", "board 3\u0000joint",
                "board", " — ", "—", "(bch) bo", "h) b", "nothing", "again in the same", "same row\u0000")) {
            String wanted = SearchText.comparable(q);
            // Text with the mark between fields is in no field; any other is in the joined text only within a field.
            assertThat(index.rowsHolding(q).boxed().toList()).as("q=%s", q).isEqualTo(q.contains(TermIndex.BETWEEN) ? List.of()
                    : IntStream.range(0, texts.size()).filter(row -> texts.get(row).contains(wanted)).boxed().toList());
        }
        assertThat(index.rowsHolding("custody").count()).isBetween(500L, 1_500L);
    }

    @Test
    void rowsAreFiledInNumberOrderOnly() {
        TermIndex index = new TermIndex();
        index.add(0, List.of("a"), List.of());
        assertThatIllegalArgumentException().isThrownBy(() -> index.add(2, List.of("b"), List.of()));
    }

    /** A row's text as a search compares it: each field comparable, joined by the mark between fields. */
    static String joined(List<String> own, List<String> shares) {
        List<String> fields = new ArrayList<>(own);
        fields.addAll(shares);
        return String.join(TermIndex.BETWEEN, fields.stream().map(SearchText::comparable).toList());
    }
}
