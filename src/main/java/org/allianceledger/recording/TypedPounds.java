package org.allianceledger.recording;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import tools.jackson.databind.node.ObjectNode;

/** An amount typed in pounds, as people write it ({@code £174,000} or {@code 174000.50}), written as the API's pence. */
public final class TypedPounds {

    private static final Pattern POUNDS = Pattern.compile("-?\\d+(\\.\\d{1,2})?");

    private TypedPounds() {
    }

    /** Whether anything was typed, once the pound sign and thousands commas are set aside. */
    public static boolean given(String typed) {
        return typed != null && !bare(typed).isEmpty();
    }

    /** Puts the amount in pence, or, when it is not an amount, as typed for the command path to refuse in its own words. */
    public static void putPence(ObjectNode node, String field, String typed) {
        String amount = bare(typed);
        if (POUNDS.matcher(amount).matches()) {
            node.put(field, new BigDecimal(amount).movePointRight(2).longValueExact());
        } else {
            node.put(field, amount);
        }
    }

    private static String bare(String typed) {
        return typed.strip().replace("£", "").replace(",", "");
    }
}
