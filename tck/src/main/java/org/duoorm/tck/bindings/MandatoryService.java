package org.duoorm.tck.bindings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Stereotype;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.duoorm.DuoTransaction;
import org.duoorm.Propagation;

/** A stereotype carrying {@code @DuoTransaction(MANDATORY)}: its beans' methods need an open unit of work. */
@Stereotype
@ApplicationScoped
@DuoTransaction(Propagation.MANDATORY)
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface MandatoryService {
}
