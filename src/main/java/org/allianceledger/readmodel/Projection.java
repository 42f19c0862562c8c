package org.allianceledger.readmodel;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.axonframework.config.ProcessingGroup;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A read model: a component in the read models' processing group, handling each event before the
 * {@link ProcessedEvents checkpoint} records it as taken in.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Component
@ProcessingGroup(ReadModels.PROCESSING_GROUP)
@Order(0)
public @interface Projection {
}
