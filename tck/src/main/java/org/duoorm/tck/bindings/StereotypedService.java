package org.duoorm.tck.bindings;

/** Bound through its stereotype. */
@MandatoryService
public class StereotypedService {
    public String work() {
        return "done";
    }
}
