package org.allianceledger.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.core.annotation.AliasFor;
import org.springframework.stereotype.Controller;

/**
 * A controller of HTML pages for people rather than programs: its rejections are pages too
 * ({@link PageErrorAdvice}), not problem documents.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
public @interface Page {

    @AliasFor(annotation = Controller.class)
    String value() default "";
}
