package org.allianceledger.readmodel;

import java.util.HashMap;
import java.util.Map;

/**
 * One instance of each equal value a view holds over and over: the bodies, deciders, recorders,
 * sources and dates that thousands of rows share. Without it each row holds its own copy, as each
 * event is read from the store on its own. Prose (rationales, quotes, notes) is not for it: it is
 * seldom the same twice. Only the read models' processor uses a vocabulary; a replay starts a new one.
 */
public final class Vocabulary {

    private final Map<Object, Object> values = new HashMap<>();
    private final Map<Object, String> texts = new HashMap<>();

    /** The instance equal to {@code value} that this vocabulary holds, {@code value} itself the first time. */
    @SuppressWarnings("unchecked")
    public <T> T of(T value) {
        return value == null ? null : (T) values.computeIfAbsent(value, key -> key);
    }

    /** The one instance of {@code value}'s text, written once for each equal value. */
    public String text(Object value) {
        return value == null ? null : texts.computeIfAbsent(value, key -> of(key.toString()));
    }
}
