package org.duoorm.model.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.duoorm.InvalidArgumentException;
import org.duoorm.ConstraintViolationException;
import org.duoorm.Database;
import org.duoorm.MappingException;
import org.duoorm.model.Everywhere;
import org.duoorm.model.Fetch;
import org.duoorm.model.ModelTesting.Way;
import org.duoorm.model.Models;
import org.duoorm.model.Query;
import org.duoorm.model.RelationNotLoadedException;
import org.duoorm.model.relations.Library.Author;
import org.duoorm.model.relations.Library.Book;
import org.duoorm.testing.CountingListener;
import org.duoorm.testing.TestDatabases;

/** Relationships: foreign keys in the schema, nothing loaded behind the caller's back, related() without N+1. */
@SuppressWarnings("try")
class RelationshipsTest {

    @Everywhere
    void foreignKeysAreInTheSchemaAndEnforced(TestDatabases.Target target, Way way) {
        try (Database db = Library.open(target)) {
            List<String> ddl = Models.schema(db).createStatements();
            assertTrue(ddl.get(0).toLowerCase().contains("r_author"), "referenced table first: " + ddl);
            assertTrue(ddl.stream().anyMatch(s -> s.contains("FOREIGN KEY") && s.toLowerCase().contains("r_book")), ddl.toString());
            assertThrows(ConstraintViolationException.class, () -> way.call(
                    () -> Library_Book_.create(Map.of("title", "orphan", "authorId", 999_999L)),
                    () -> Library_Book_.reactive().create(Map.of("title", "orphan", "authorId", 999_999L))));
        }
    }

    @Everywhere
    void unloadedRelationshipsAreExplicitNeverAHiddenQuery(TestDatabases.Target target, Way way) {
        CountingListener listener = new CountingListener();
        try (Database db = Library.open(target, listener)) {
            Library.fill();
            Query<Author> q = Library_Author_.where(Library_Author_.name.eq("Ada"));
            Author ada = way.call(q::one, () -> q.reactive().one());
            Query<Book> b = Library_Book_.where(Library_Book_.title.eq("A1"));
            Book a1 = way.call(b::one, () -> b.reactive().one());
            listener.statements.clear();
            RelationNotLoadedException e = assertThrows(RelationNotLoadedException.class, () -> ada.books.size());
            assertTrue(e.getMessage().contains("related(\"books\")"), e.getMessage());
            assertThrows(RelationNotLoadedException.class, () -> ada.books.iterator().hasNext());
            assertNull(a1.author, "a to-one relationship not loaded is null");
            assertEquals(ada.id, a1.authorId, "its key is in the foreign key field");
            assertEquals(List.of(), listener.statements, "no hidden query");
        }
    }

    @Everywhere
    void selectinLoadsAllParentsChildrenInOneMoreStatement(TestDatabases.Target target, Way way) {
        CountingListener listener = new CountingListener();
        try (Database db = Library.open(target, listener)) {
            Library.fill();
            listener.statements.clear();
            Query<Author> q = Library_Author_.query().orderBy("name").related("books");
            List<Author> authors = way.call(q::all, () -> q.reactive().all());
            assertEquals(2, listener.statements.size(), listener.statements.toString());
            assertTrue(listener.statements.get(1).contains(" IN ("), listener.statements.get(1));
            assertEquals(List.of("A1", "A2"), authors.get(0).books.stream().map(x -> x.title).toList());
            assertEquals(List.of("B1"), authors.get(1).books.stream().map(x -> x.title).toList());
            assertEquals(List.of(), authors.get(2).books, "loaded and empty");
            listener.statements.clear();
            Query<Book> books = Library_Book_.query().orderBy("title").related(Library_Book_.author);
            List<Book> found = way.call(books::all, () -> books.reactive().all());
            assertEquals(2, listener.statements.size(), listener.statements.toString());
            assertEquals(List.of("Ada", "Ada", "Bob"), found.stream().map(x -> x.author.name).toList());
        }
    }

    @Everywhere
    void joinedLoadsInOneStatement(TestDatabases.Target target, Way way) {
        CountingListener listener = new CountingListener();
        try (Database db = Library.open(target, listener)) {
            Library.fill();
            listener.statements.clear();
            Query<Author> q = Library_Author_.where(Library_Author_.name.ne("nobody")).orderBy(Library_Author_.name.desc())
                    .related("books", Fetch.JOINED);
            List<Author> authors = way.call(q::all, () -> q.reactive().all());
            assertEquals(1, listener.statements.size(), listener.statements.toString());
            assertTrue(listener.statements.get(0).contains("LEFT JOIN"), listener.statements.get(0));
            assertEquals(List.of("Cy", "Bob", "Ada"), authors.stream().map(a -> a.name).toList());
            assertEquals(List.of(0, 1, 2), authors.stream().map(a -> a.books.size()).toList());
            listener.statements.clear();
            Query<Book> books = Library_Book_.query().orderBy("title").related("author", Fetch.JOINED).limit(2);
            List<Book> found = way.call(books::all, () -> books.reactive().all());
            assertEquals(1, listener.statements.size(), listener.statements.toString());
            assertEquals(List.of("Ada", "Ada"), found.stream().map(x -> x.author.name).toList());
            Query<Author> both = Library_Author_.where(Library_Author_.name.eq("Ada")).related(Library_Author_.profile, Fetch.JOINED)
                    .related(Library_Author_.books);
            Author ada = way.call(both::one, () -> both.reactive().one());
            assertEquals("mathematician", ada.profile.bio);
            assertEquals(2, ada.books.size());
        }
    }

    @Everywhere
    void relatedIsCheckedAndCombinesClearly(TestDatabases.Target target, Way way) {
        try (Database db = Library.open(target)) {
            Library.fill();
            assertThrows(MappingException.class, () -> Library_Author_.query().related("novels"));
            assertThrows(InvalidArgumentException.class, () -> Library_Author_.query().related("books").related("books", Fetch.JOINED));
            Query<Author> twice = Library_Author_.query().related("books").related("books");
            assertEquals(3, way.call(twice::all, () -> twice.reactive().all()).size());
            Query<Author> paged = Library_Author_.query().related("books", Fetch.JOINED).limit(1);
            assertThrows(InvalidArgumentException.class, () -> way.call(paged::all, () -> paged.reactive().all()));
            Query<Author> streamed = Library_Author_.query().related("books");
            assertThrows(InvalidArgumentException.class, () -> way.list(streamed::iterate, () -> streamed.reactive().iterate()));
        }
    }
}
