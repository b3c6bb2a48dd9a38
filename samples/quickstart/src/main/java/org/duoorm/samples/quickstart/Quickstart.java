package org.duoorm.samples.quickstart;

import io.smallrye.mutiny.Uni;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import org.duoorm.Database;
import org.duoorm.DatabaseConfig;
import org.duoorm.Row;

/**
 * The quickstart: plain Java, no container, an embedded H2 database. It creates a table, inserts and
 * queries rows, first blocking and then reactive, and prints each step.
 *
 * <p>Run it with {@code mvn -B -q -Pquickstart -pl samples/quickstart -am package -DskipTests}.
 */
public final class Quickstart {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String INSERT = "insert into person (id, name, born) values (?, ?, ?)";

    private Quickstart() {
    }

    /**
     * Runs the quickstart and prints to standard output.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(System.out);
    }

    /**
     * Runs the quickstart.
     *
     * @param out where each step is printed, not null
     */
    public static void run(PrintStream out) {
        // close() disposes both engines, so no pool or worker thread outlives main
        try (Database db = Database.create(DatabaseConfig.url("h2:mem:quickstart").build())) {
            db.connect();
            out.println("Connected to " + db.url() + " (reactive: " + db.reactiveUrl().orElse("off") + ")");
            blocking(db, out);
            reactive(db, out);
        }
        out.println("Closed the database. Done.");
    }

    private static void blocking(Database db, PrintStream out) {
        db.execute("create table person (id int primary key, name varchar(100) not null, born int)");
        out.println("[blocking] created table person");

        int n = db.execute(INSERT, 1, "Ada Lovelace", 1815);
        out.println("[blocking] inserted " + n + " row: Ada Lovelace");

        db.useTransaction(tx -> {
            tx.execute(INSERT, 2, "Grace Hopper", 1906);
            tx.execute(INSERT, 3, "Alan Turing", 1912);
        });
        out.println("[blocking] transaction committed 2 rows: Grace Hopper, Alan Turing");

        try {
            db.useTransaction(tx -> {
                tx.execute(INSERT, 4, "Nobody", 2000);
                throw new IllegalStateException("changed my mind");
            });
        } catch (IllegalStateException e) {
            out.println("[blocking] transaction rolled back (" + e.getMessage() + "): Nobody was not kept");
        }

        List<Row> early = db.query("select id, name, born from person where born < ? order by born", 1900);
        for (Row r : early) {
            out.println("[blocking] born before 1900: " + r.get("name", String.class) + " (" + r.get("born", Integer.class) + ")");
        }
        long count = db.queryValue(Long.class, "select count(*) from person").orElseThrow();
        out.println("[blocking] person has " + count + " rows");
    }

    private static void reactive(Database db, PrintStream out) {
        int n = db.reactive().execute(INSERT, 5, "Katherine Johnson", 1918).await().atMost(WAIT);
        out.println("[reactive] inserted " + n + " row: Katherine Johnson");

        int both = db.reactive().transaction(s -> s.execute(INSERT, 6, "Edsger Dijkstra", 1930)
                        .chain(a -> s.execute(INSERT, 7, "Barbara Liskov", 1939).map(b -> a + b)))
                .await().atMost(WAIT);
        out.println("[reactive] transaction committed " + both + " rows: Edsger Dijkstra, Barbara Liskov");

        String outcome = db.reactive().transaction(s -> s.execute(INSERT, 8, "Nobody", 2000)
                        .chain(() -> Uni.createFrom().<String>failure(new IllegalStateException("changed my mind"))))
                .onFailure(IllegalStateException.class).recoverWithItem(e -> e.getMessage())
                .await().atMost(WAIT);
        out.println("[reactive] transaction rolled back (" + outcome + "): Nobody was not kept");

        List<Row> modern = db.reactive().query("select name, born from person where born >= ? order by born", 1900)
                .await().atMost(WAIT);
        for (Row r : modern) {
            out.println("[reactive] born in 1900 or later: " + r.get("name", String.class) + " (" + r.get("born", Integer.class) + ")");
        }

        List<String> names = db.reactive().stream("select name from person order by id", 2)
                .map(r -> r.get("name", String.class))
                .collect().asList()
                .await().atMost(WAIT);
        out.println("[reactive] streamed " + names.size() + " names, 2 per fetch: " + String.join(", ", names));

        long count = db.reactive().queryValue(Long.class, "select count(*) from person").await().atMost(WAIT).orElseThrow();
        out.println("[reactive] person has " + count + " rows");
    }
}
