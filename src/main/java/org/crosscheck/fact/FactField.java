package org.crosscheck.fact;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents what rules see of a fact: on a record component, one field; on a public no-argument method, a derived
 * field rules may read like the others ({@code time.year}); on a record, the fact type itself. The fact-model
 * reference in {@code rules/README.md} and the rule checker's messages are generated from these.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.TYPE})
public @interface FactField {
    /** What the field holds, in a rule author's terms. */
    String value();

    /** A typical value as a rule would compare it; empty for a fact type. */
    String example() default "";
}
