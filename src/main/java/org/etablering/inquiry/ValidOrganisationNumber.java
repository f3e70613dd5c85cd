package org.etablering.inquiry;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The organisation number must be valid for the given country, check digit included. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = OrganisationNumberValidator.class)
public @interface ValidOrganisationNumber {
    String message() default "is not a valid organisation number for the given country (check digit or length)";
    Class<?>[] groups() default {};
    Class<? extends Payload>[] payload() default {};
}
