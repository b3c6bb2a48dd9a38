package org.duoorm.model.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.List;
import org.duoorm.ConstraintViolationException;
import org.duoorm.Database;
import org.duoorm.MappingException;
import org.duoorm.model.Everywhere;
import org.duoorm.model.ModelTesting.Way;
import org.duoorm.model.Models;
import org.duoorm.model.relations.Library.Author;
import org.duoorm.model.relations.Library.Book;
import org.duoorm.testing.CountingListener;
import org.duoorm.testing.TestDatabases;

/** The state-tracking unit of work: identity map, changes written at commit or flush, rollback, cascades in FK order. */
@SuppressWarnings("try")
class UnitOfWorkTest {
    static final java.time.Duration TIMEOUT = java.time.Duration.ofSeconds(30);

    static class Boom extends RuntimeException {
        Boom() {
            super("boom");
        }
    }

    private static Author ada(Way way) {
        return way.call(() -> Library_Author_.where(Library_Author_.name.eq("Ada")).one(),
                () -> Library_Author_.where(Library_Author_.name.eq("Ada")).reactive().one());
    }

    private static <V> V inTransaction(Database db, Way way, java.util.function.Supplier<V> blocking, java.util.function.Supplier<Uni<V>> reactive) {
        return way == Way.BLOCKING ? db.transaction(tx -> blocking.get()) : db.transactionUni(tx -> reactive.get()).await().atMost(TIMEOUT);
    }

    @Everywhere
    void sameRowSameObjectInsideDistinctOutside(TestDatabases.Target target, Way way) {
        try (Database db = Library.open(target)) {
            Library.fill();
            assertNotSame(ada(way), ada(way), "outside a unit of work calls share nothing");
            Long id = ada(way).id;
            List<Object> seen = inTransaction(db, way,
                    () -> List.of(Library_Author_.get(id).orElseThrow(), ada(way), Library_Author_.query().orderBy("name").all().get(0),
                            Library_Book_.query().orderBy("title").related("author").all().get(0).author),
                    () -> Library_Author_.reactive().get(id).chain(a -> Library_Author_.where(Library_Author_.name.eq("Ada")).reactive().one()
                                    .chain(b -> Library_Author_.query().orderBy("name").reactive().all()
                                            .chain(all -> Library_Book_.query().orderBy("title").related("author").reactive().all()
                                                    .map(books -> List.<Object>of(a.orElseThrow(), b, all.get(0), books.get(0).author))))));
            for (Object o : seen) {
                assertSame(seen.get(0), o);
            }
        }
    }

    @Everywhere
    void changesToLoadedModelsAreWrittenAtCommitWithoutSave(TestDatabases.Target target, Way way) {
        try (Database db = Library.open(target)) {
            Library.fill();
            inTransaction(db, way, () -> {
                Author a = Library_Author_.where(Library_Author_.name.eq("Ada")).one();
                a.name = "Ada Lovelace";
                return a;
            }, () -> Library_Author_.where(Library_Author_.name.eq("Ada")).reactive().one().invoke(a -> a.name = "Ada Lovelace"));
            assertEquals(1L, Library_Author_.where(Library_Author_.name.eq("Ada Lovelace")).count());
            long seenInside = inTransaction(db, way, () -> {
                Author a = Library_Author_.where(Library_Author_.name.eq("Bob")).one();
                a.name = "Robert";
                Models.flush(db);
                return Library_Author_.where(Library_Author_.name.eq("Robert")).count();
            }, () -> Library_Author_.where(Library_Author_.name.eq("Bob")).reactive().one()
                    .invoke(a -> a.name = "Robert")
                    .chain(() -> Models.flushUni(db))
                    .chain(() -> Library_Author_.where(Library_Author_.name.eq("Robert")).reactive().count()));
            assertEquals(1L, seenInside, "an explicit flush writes before commit");
        }
    }

    @Everywhere
    void aStreamUnitOfWorkWritesItsTrackedChangesWhenItCompletes(TestDatabases.Target target, Way way) {
        try (Database db = Library.open(target)) {
            Library.fill();
            long authors = Library_Author_.count();
            List<String> seen = way == Way.BLOCKING
                    ? db.transaction(tx -> {
                        try (java.util.stream.Stream<Author> s = Library_Author_.query().orderBy("name").iterate()) {
                            return s.peek(a -> a.name = a.name + "!").map(a -> a.name).toList();
                        }
                    })
                    : db.reactive().transactionMulti(org.duoorm.TransactionOptions.defaults(), s ->
                            Library_Author_.query().orderBy("name").reactive().iterate()
                                    .invoke(a -> a.name = a.name + "!")
                                    .map(a -> a.name))
                            .collect().asList().await().atMost(TIMEOUT);
            assertEquals(authors, seen.size());
            for (String name : seen) {
                assertTrue(name.endsWith("!"), name);
                assertEquals(1L, Library_Author_.where(Library_Author_.name.eq(name)).count(), "written at commit: " + name);
            }
            assertThrows(Boom.class, () -> {
                if (way == Way.BLOCKING) {
                    db.transaction(tx -> {
                        try (java.util.stream.Stream<Author> s = Library_Author_.query().orderBy("name").iterate()) {
                            s.forEach(a -> a.name = "lost");
                        }
                        throw new Boom();
                    });
                } else {
                    db.reactive().transactionMulti(org.duoorm.TransactionOptions.defaults(), s ->
                            Library_Author_.query().orderBy("name").reactive().iterate()
                                    .invoke(a -> a.name = "lost")
                                    .onCompletion().failWith(Boom::new))
                            .collect().asList().await().atMost(TIMEOUT);
                }
            });
            assertEquals(0L, Library_Author_.where(Library_Author_.name.eq("lost")).count(), "a failed stream writes nothing");
        }
    }

    @Everywhere
    void rollbackLeavesTrackedChangesUnwritten(TestDatabases.Target target, Way way) {
        try (Database db = Library.open(target)) {
            Library.fill();
            assertThrows(Boom.class, () -> inTransaction(db, way, () -> {
                ada(way).name = "changed";
                throw new Boom();
            }, () -> Library_Author_.where(Library_Author_.name.eq("Ada")).reactive().one()
                    .invoke(a -> a.name = "changed")
                    .chain(() -> Uni.createFrom().failure(new Boom()))));
            assertEquals(0L, Library_Author_.where(Library_Author_.name.eq("changed")).count());
            assertEquals(1L, Library_Author_.where(Library_Author_.name.eq("Ada")).count());
        }
    }

    @Everywhere
    void aNestedScopeThatRollsBackTakesItsTrackedChangesWithIt(TestDatabases.Target target, Way way) {
        org.duoorm.TransactionOptions nested = org.duoorm.TransactionOptions.of(org.duoorm.Propagation.NESTED);
        try (Database db = Library.open(target)) {
            Library.fill();
            String[] seen = new String[2];
            if (way == Way.BLOCKING) {
                db.useTransaction(tx -> {
                    Author a = ada(way);
                    a.name = "outer";
                    assertThrows(Boom.class, () -> db.useTransaction(nested, inner -> {
                        a.name = "inner";
                        Library_Author_.where(Library_Author_.name.eq("Bob")).one().name = "inner too";
                        throw new Boom();
                    }));
                    seen[0] = a.name;
                    seen[1] = Library_Author_.where(Library_Author_.name.eq("Bob")).one().name;
                });
            } else {
                db.transactionUni(tx -> Library_Author_
                        .where(Library_Author_.name.eq("Ada")).reactive().one()
                        .invoke(a -> a.name = "outer")
                        .call(a -> db.reactive().transaction(nested, inner -> Library_Author_
                                .where(Library_Author_.name.eq("Bob")).reactive().one()
                                .invoke(b -> {
                                    a.name = "inner";
                                    b.name = "inner too";
                                })
                                .chain(() -> Uni.createFrom().failure(new Boom())))
                                .onFailure(Boom.class).recoverWithNull())
                        .invoke(a -> seen[0] = a.name)
                        .chain(() -> Library_Author_.where(Library_Author_.name.eq("Bob")).reactive().one())
                        .invoke(b -> seen[1] = b.name)
                        .replaceWithVoid()).await().atMost(TIMEOUT);
            }
            assertEquals("outer", seen[0], "the object is back to its state at the savepoint");
            assertEquals("Bob", seen[1], "an object first loaded in the scope is forgotten with it");
            assertEquals(1L, Library_Author_.where(Library_Author_.name.eq("outer")).count(), "the outer change commits");
            assertEquals(0L, Library_Author_.where(Library_Author_.name.in(java.util.List.of("inner", "inner too"))).count());
            assertEquals(1L, Library_Author_.where(Library_Author_.name.eq("Bob")).count());
        }
    }

    @Everywhere
    void savingAParentWithNewChildrenInsertsInForeignKeyOrder(TestDatabases.Target target, Way way) {
        CountingListener listener = new CountingListener();
        try (Database db = Library.open(target, listener)) {
            Author dan = new Author();
            dan.name = "Dan";
            dan.books = new ArrayList<>();
            for (String title : List.of("D1", "D2")) {
                Book b = new Book();
                b.title = title;
                dan.books.add(b);
            }
            listener.statements.clear();
            way.call(dan::save, () -> dan.reactive().save());
            List<String> inserts = listener.statements.stream().filter(s -> s.contains("INSERT")).map(s -> s.toLowerCase()).toList();
            assertEquals(3, inserts.size(), inserts.toString());
            assertTrue(inserts.get(0).contains("r_author") && inserts.get(1).contains("r_book"), inserts.toString());
            assertNotNull(dan.id);
            assertTrue(dan.books.stream().allMatch(b -> dan.id.equals(b.authorId) && b.author == dan && b.id != null));
            assertEquals(2L, Library_Book_.where(Library_Book_.authorId.eq(dan.id)).count());

            Book orphan = new Book();
            orphan.title = "E1";
            orphan.author = new Author();
            orphan.author.name = "Eve";
            assertThrows(MappingException.class, () -> way.call(orphan::save, () -> orphan.reactive().save()),
                    "a new referenced model without cascade");
            Book byRef = new Book();
            byRef.title = "D3";
            byRef.author = dan;
            way.call(byRef::save, () -> byRef.reactive().save());
            assertEquals(dan.id, byRef.authorId, "the foreign key follows the referenced model");
        }
    }

    @Everywhere
    void deleteFollowsTheDeclaredCascade(TestDatabases.Target target, Way way) {
        try (Database db = Library.open(target)) {
            Library.fill();
            Author bob = Library_Author_.where(Library_Author_.name.eq("Bob")).one();
            way.run(bob::delete, () -> bob.reactive().delete());
            assertEquals(0L, Library_Author_.where(Library_Author_.name.eq("Bob")).count());
            assertEquals(0L, Library_Book_.where(Library_Book_.title.eq("B1")).count(), "books cascade (CascadeType.ALL)");
            Author ada = Library_Author_.where(Library_Author_.name.eq("Ada")).one();
            assertThrows(ConstraintViolationException.class, () -> way.run(ada::delete, () -> ada.reactive().delete()),
                    "the profile does not cascade, so its foreign key refuses");
            assertEquals(2L, Library_Book_.where(Library_Book_.authorId.eq(ada.id)).count(), "the cascade rolled back with it");
        }
    }

    @Everywhere
    void pointingAToOneRelationshipElsewhereIsAChangeToo(TestDatabases.Target target, Way way) {
        try (Database db = Library.open(target)) {
            Library.fill();
            inTransaction(db, way, () -> {
                Book b1 = Library_Book_.where(Library_Book_.title.eq("B1")).one();
                b1.author = Library_Author_.where(Library_Author_.name.eq("Cy")).one();
                return b1;
            }, () -> Library_Book_.where(Library_Book_.title.eq("B1")).reactive().one()
                    .chain(b1 -> Library_Author_.where(Library_Author_.name.eq("Cy")).reactive().one().map(cy -> {
                        b1.author = cy;
                        return b1;
                    })));
            Author cy = Library_Author_.where(Library_Author_.name.eq("Cy")).one();
            assertEquals(cy.id, Library_Book_.where(Library_Book_.title.eq("B1")).one().authorId);
        }
    }
}
