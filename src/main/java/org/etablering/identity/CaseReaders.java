package org.etablering.identity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/** Companies and officials: who may read cases (the service then decides which). Enforced on service methods, whatever the URL rules say. */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@PreAuthorize("hasAnyRole('applicant','first-line','business','development','planning','manager')")
public @interface CaseReaders {
}
