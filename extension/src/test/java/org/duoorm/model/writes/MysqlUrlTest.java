package org.duoorm.model.writes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.duoorm.Database;
import org.duoorm.DatabaseConfig;
import org.duoorm.Dialect;
import org.duoorm.model.ModelTesting.Way;
import org.duoorm.model.ModelType;
import org.duoorm.model.Models;
import org.duoorm.model.Query;
import org.duoorm.model.writes.Accounts.Account;
import org.duoorm.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A {@code mysql://} URL is the MySQL dialect, served by the MariaDB JDBC driver and the Vert.x MySQL client. No
 * MySQL server runs here: this runs the MySQL dialect against the MariaDB server of the test suite (keys read
 * back with {@code LAST_INSERT_ID()}, not {@code RETURNING}), both modes.
 */
@SuppressWarnings("try")
class MysqlUrlTest {
    static Stream<Arguments> mariadb() {
        return TestDatabases.all().filter(t -> t.dialect() == Dialect.MARIADB)
                .flatMap(t -> Stream.of(Arguments.of(t, Way.BLOCKING), Arguments.of(t, Way.REACTIVE)));
    }

    @ParameterizedTest(name = "{0} {1}", allowZeroInvocations = true)
    @MethodSource("mariadb")
    void theMysqlDialectWritesAndReadsOnAMariaDbServer(TestDatabases.Target target, Way way) {
        String url = "mysql" + target.url().substring(target.url().indexOf("://"));
        try (Database db = Database.create(DatabaseConfig.url(url).build())) {
            assertEquals(Dialect.MYSQL, db.dialect());
            assertTrue(db.url().startsWith("jdbc:mariadb://"), db.url());
            Models.register(db, Account.class);
            Models.schema(db).drop();
            Models.schema(db).create();
            ModelType<Account> accounts = Models.of(db, Account.class);
            Account a = way.call(() -> accounts.create(Map.of("name", "Ada", "score", 3)),
                    () -> accounts.reactive().create(Map.of("name", "Ada", "score", 3)));
            List<Account> many = way.call(() -> accounts.createBulkReturning(List.of(Map.of("name", "Bea"), Map.of("name", "Cy"))),
                    () -> accounts.reactive().createBulkReturning(List.of(Map.of("name", "Bea"), Map.of("name", "Cy"))));
            assertEquals("Bea", accounts.get(many.get(0).id).orElseThrow().name);
            assertEquals("Cy", accounts.get(many.get(1).id).orElseThrow().name);
            assertEquals("Ada", accounts.get(a.id).orElseThrow().name);
            a.score = 4;
            way.call(() -> accounts.save(a), () -> accounts.reactive().save(a));
            Query<Account> q = accounts.query().where(Accounts_Account_.score.eq(4));
            assertEquals(List.of("Ada"), way.call(q::all, () -> q.reactive().all()).stream().map(x -> x.name).toList());
            Models.schema(db).drop();
        }
    }
}
