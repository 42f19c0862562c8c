package org.allianceledger.alliance;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a command's text as prose (a rationale, a quote, a finding) rather than a name or title:
 * it may run to the long-text limit and hold line breaks and tabs. Only a marker: the command path
 * checks it on the way in, and a record loaded from the event store is never checked again.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface LongText {
}
