package org.harmreductionworks.hub.common.markdown;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** Markdown that can be shown as written: nested no deeper than {@link SafeMarkdown#MAX_DEPTH}. */
@Target({ FIELD, METHOD, PARAMETER, TYPE_USE })
@Retention(RUNTIME)
@Constraint(validatedBy = ReadableMarkdown.Check.class)
public @interface ReadableMarkdown {

    String message() default "{hrw.markdown-too-deep}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<ReadableMarkdown, String> {
        @Override
        public boolean isValid(String markdown, ConstraintValidatorContext context) {
            return markdown == null || !SafeMarkdown.nestedTooDeeply(markdown);
        }
    }
}
