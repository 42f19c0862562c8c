package org.allianceledger.readmodel;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.axonframework.config.ProcessingGroup;
import org.springframework.stereotype.Component;

/** A read model: a component in the read models' processing group, which the token store tracks as one. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Component
@ProcessingGroup(ReadModels.PROCESSING_GROUP)
public @interface Projection {
}
