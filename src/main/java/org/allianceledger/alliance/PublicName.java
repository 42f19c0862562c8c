package org.allianceledger.alliance;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The name a command or event is known by outside the code. A command's is its endpoint
 * ({@code POST /api/commands/sign-section22-agreement}), its OpenAPI operation id and its name in a
 * history file; an event's is its {@code kind} in the decision register. Written out rather than
 * derived from the record's name, because clients, history files and rendered registers depend on
 * it: renaming a record must not change the API. (The name an event is stored under is its
 * {@code @JsonTypeName}.)
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PublicName {

    String value();
}
