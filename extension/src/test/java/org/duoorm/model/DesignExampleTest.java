package org.duoorm.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.duoorm.ConstraintViolationException;
import org.duoorm.Database;
import org.duoorm.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The illustration of DESIGN.md ("The API's spirit"), as it runs. */
@SuppressWarnings("try")
class DesignExampleTest {

    @Table(name = "m_design_users")
    public static class User extends Model<User> {
        @Id
        @GeneratedValue
        public Long id;
        @jakarta.persistence.Column(nullable = false, unique = true)
        public String name;
        public int age;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.duoorm.testing.TestDatabases#all")
    void asIllustrated(TestDatabases.Target target) {
        try (Database db = ModelTesting.open(target, User.class)) {
            User_ada();
            Optional<User> ada = DesignExampleTest_User_.where(DesignExampleTest_User_.name.eq("Ada")).first();
            assertEquals(36, ada.orElseThrow().age);
            List<User> adults = DesignExampleTest_User_.where(DesignExampleTest_User_.age.ge(18))
                    .orderBy(DesignExampleTest_User_.name.asc()).limit(10).all();
            assertEquals(List.of("Ada", "Linus"), adults.stream().map(u -> u.name).toList());
            User grace = DesignExampleTest_User_.create(Map.of("name", "Grace", "age", 85));
            grace.age = 86;
            grace.save();

            Uni<List<User>> adultsLater = DesignExampleTest_User_.where(DesignExampleTest_User_.age.ge(18))
                    .orderBy(DesignExampleTest_User_.name.asc()).reactive().all();
            Multi<User> everyone = DesignExampleTest_User_.query().reactive().iterate();
            grace.age = 87;
            Uni<User> savedLater = grace.reactive().save();
            assertEquals(3, adultsLater.await().atMost(ModelTesting.TIMEOUT).size());
            assertEquals(4, everyone.collect().asList().await().atMost(ModelTesting.TIMEOUT).size());
            assertEquals(87, savedLater.await().atMost(ModelTesting.TIMEOUT).age);

            db.transaction(tx -> DesignExampleTest_User_.create(Map.of("name", "Alan", "age", 41)));
            Uni<Long> count = db.transactionUni(tx -> DesignExampleTest_User_.where(DesignExampleTest_User_.age.lt(18)).reactive().count());
            assertEquals(1L, count.await().atMost(ModelTesting.TIMEOUT));
            assertThrows(ConstraintViolationException.class, () -> DesignExampleTest_User_.create(Map.of("name", "Ada", "age", 1)));
            assertThrows(ConstraintViolationException.class, () -> DesignExampleTest_User_.reactive().create(Map.of("age", 1))
                    .await().atMost(ModelTesting.TIMEOUT));
        }
    }

    private static void User_ada() {
        DesignExampleTest_User_.createBulk(List.of(Map.of("name", "Ada", "age", 36), Map.of("name", "Linus", "age", 28),
                Map.of("name", "Kid", "age", 9)));
    }
}
