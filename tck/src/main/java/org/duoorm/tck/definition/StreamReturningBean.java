package org.duoorm.tck.definition;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.stream.Stream;
import org.duoorm.DuoTransaction;

/** A lazy return type that a unit of work cannot span. */
@ApplicationScoped
public class StreamReturningBean {
    @DuoTransaction
    public Stream<String> names() {
        return Stream.of("a");
    }
}
