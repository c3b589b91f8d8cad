package io.groundswell.system;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * An absolute http(s) URL. Used with {@code groups = PatternChecks.class} (its pattern then runs
 * after the field's length limit) and a {@code @Schema} that repeats {@link PatternChecks#HTTP_URL}.
 */
@Documented
@Pattern(regexp = PatternChecks.HTTP_URL, message = HttpUrl.MESSAGE)
@Constraint(validatedBy = {})
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface HttpUrl {

    String MESSAGE = "must be an http(s) URL";

    String message() default MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
