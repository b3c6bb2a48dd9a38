package org.duoorm.tck.definition;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import org.duoorm.DatabaseConfig;
import org.duoorm.DuoDatabase;
import org.duoorm.tck.TckEnvironment;

/** Two configurations of the database "dup": a producer method and a producer field. */
@Dependent
public class DuplicateConfigs {
    @Produces
    @DuoDatabase("dup")
    DatabaseConfig field = TckEnvironment.config().build();

    @Produces
    @DuoDatabase("dup")
    DatabaseConfig method() {
        return TckEnvironment.config().build();
    }
}
