package org.duoorm.model.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.duoorm.Database;
import org.duoorm.model.Condition;
import org.duoorm.model.Everywhere;
import org.duoorm.model.ModelTesting.Way;
import org.duoorm.model.Query;
import org.duoorm.model.Related;
import org.duoorm.model.relations.Library.Author;
import org.duoorm.model.relations.Library.Book;
import org.duoorm.testing.TestDatabases;

/** Filtering parents through a relationship: exists (default), count with a comparison (the having), all. */
@SuppressWarnings("try")
class RelationFiltersTest {

    private static List<String> names(Way way, Condition<Author> c) {
        Query<Author> q = Library_Author_.where(c).orderBy("name");
        return way.call(q::all, () -> q.reactive().all()).stream().map(a -> a.name).toList();
    }

    @Everywhere
    void existsCountAndAll(TestDatabases.Target target, Way way) {
        try (Database db = Library.open(target)) {
            Library.fill();
            assertEquals(List.of("Ada", "Bob"), names(way, Related.exists("books")));
            assertEquals(List.of("Ada"), names(way, Related.exists("books", Library_Book_.year.lt(2000))));
            assertEquals(List.of("Ada"), names(way, Related.exists(Library_Author_.books, Library_Book_.year.lt(2000))), "typed");
            assertEquals(List.of("Bob", "Cy"), names(way, Related.all(Library_Author_.books, Library_Book_.year.gt(2000))));
            assertEquals(List.of("Ada"), names(way, Related.count(Library_Author_.books, Library_Book_.title.startsWith("A")).eq(2)));
            assertEquals(List.of("Cy"), names(way, Related.<Author>exists("books").not()));
            assertEquals(List.of("Ada"), names(way, Related.count("books").ge(2)));
            assertEquals(List.of("Bob", "Cy"), names(way, Related.count("books").lt(2)));
            assertEquals(List.of("Ada", "Bob"), names(way, Related.count("books", Library_Book_.year.gt(2000)).eq(1)));
            assertEquals(List.of("Bob", "Cy"), names(way, Related.all("books", Library_Book_.year.gt(2000))),
                    "every book after 2000 (Cy has none)");
            assertEquals(List.of("Ada"), names(way, Related.<Author>exists("profile").and(Library_Author_.name.startsWith("A"))));
            Query<Book> byAuthor = Library_Book_.where(Related.exists("author", Library_Author_.name.eq("Bob")));
            assertEquals(List.of("B1"), way.call(byAuthor::all, () -> byAuthor.reactive().all()).stream().map(b -> b.title).toList());
        }
    }

    @Everywhere
    void relationConditionsBindTheirValuesAndWorkInCountsAndBulkWrites(TestDatabases.Target target, Way way) {
        try (Database db = Library.open(target)) {
            Library.fill();
            Query<Author> q = Library_Author_.where(Related.exists("books", Library_Book_.title.eq("A1")));
            assertTrue(q.sql().contains("EXISTS (SELECT 1 FROM"), q.sql());
            assertTrue(!q.sql().contains("A1") && q.params().contains("A1"), q.sql());
            assertEquals(1L, way.call(q::count, () -> q.reactive().count()));
            Query<Book> bobs = Library_Book_.where(Related.exists("author", Library_Author_.name.eq("Bob")));
            assertEquals(1, way.call(() -> bobs.updateBulk(Library_Book_.year.set(2011)), () -> bobs.reactive().updateBulk(Library_Book_.year.set(2011))));
            assertEquals(1L, Library_Book_.where(Library_Book_.year.eq(2011)).count());
        }
    }

    @Everywhere
    void orderByTheNumberOfRelatedRows(TestDatabases.Target target, Way way) {
        try (Database db = Library.open(target)) {
            Library.fill();
            Query<Author> most = Library_Author_.query().orderBy(Related.count("books").desc());
            assertEquals(List.of("Ada", "Bob", "Cy"), way.call(most::all, () -> most.reactive().all()).stream().map(a -> a.name).toList());
            Query<Author> recent = Library_Author_.query().orderBy(Related.count("books", Library_Book_.year.gt(2000)).asc()).orderBy("-name")
                    .related("books").limit(2);
            List<Author> found = way.call(recent::all, () -> recent.reactive().all());
            assertEquals(List.of("Cy", "Bob"), found.stream().map(a -> a.name).toList());
            assertEquals(1, found.get(1).books.size());
        }
    }
}
