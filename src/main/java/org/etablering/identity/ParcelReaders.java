package org.etablering.identity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/** Officials and administrators: everyone who works with the land inventory. Enforced on service methods, whatever the URL rules say. */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@PreAuthorize("hasAnyRole('first-line','business','development','planning','manager','admin')")
public @interface ParcelReaders {
}
