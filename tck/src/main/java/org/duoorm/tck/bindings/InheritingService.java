package org.duoorm.tck.bindings;

import jakarta.enterprise.context.ApplicationScoped;

/** Inherits the class-level binding of {@link BaseService}. */
@ApplicationScoped
public class InheritingService extends BaseService {
    public String more() {
        return "more";
    }
}
