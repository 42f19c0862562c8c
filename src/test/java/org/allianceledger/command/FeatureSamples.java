package org.allianceledger.command;

import java.util.List;
import java.util.Map;

/**
 * One valid example of every command and event a feature defines. The shared tests find every
 * implementation on the test classpath and fail when an event type or command endpoint has none:
 * events must round-trip through the stored serializer, and every command endpoint must reject
 * empty, malformed and rule-breaking bodies without storing anything.
 *
 * <p>Implementations need a public no-argument constructor.
 */
public interface FeatureSamples {

    /** A valid command per endpoint path, e.g. {@code "/api/commands/establish-governance-body"}. */
    Map<String, Object> commandsByEndpoint();

    /** One instance of every event type the feature defines. */
    List<Object> events();
}
