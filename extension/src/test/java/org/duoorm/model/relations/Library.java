package org.duoorm.model.relations;

import jakarta.persistence.CascadeType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Map;
import org.duoorm.Database;
import org.duoorm.model.Model;
import org.duoorm.model.ModelTesting;
import org.duoorm.testing.TestDatabases;

/** The models of the relationship tests: authors with books (one-to-many) and a profile (one-to-one). */
final class Library {
    private Library() {
    }

    @Table(name = "r_author")
    public static class Author extends Model<Author> {
        @Id
        @GeneratedValue
        public Long id;
        public String name;
        @OneToMany(mappedBy = "author", cascade = CascadeType.ALL)
        public List<Book> books;
        @OneToOne(mappedBy = "author")
        public Profile profile;
    }

    @Table(name = "r_book")
    public static class Book extends Model<Book> {
        @Id
        @GeneratedValue
        public Long id;
        public String title;
        public int year;
        public Long authorId;
        @ManyToOne
        @JoinColumn(name = "author_id")
        public Author author;
    }

    @Table(name = "r_profile")
    public static class Profile extends Model<Profile> {
        @Id
        @GeneratedValue
        public Long id;
        public String bio;
        public Long authorId;
        @OneToOne
        @JoinColumn(name = "author_id")
        public Author author;
    }

    /** Registers the books before the authors on purpose: the schema creates referenced tables first. */
    static Database open(TestDatabases.Target target, org.duoorm.DatabaseListener listener) {
        Database db = Database.create(target.config().listener(listener).build());
        org.duoorm.model.Models.register(db, Book.class, Profile.class, Author.class);
        org.duoorm.model.Models.schema(db).drop();
        org.duoorm.model.Models.schema(db).create();
        return db;
    }

    static Database open(TestDatabases.Target target) {
        return open(target, new org.duoorm.DatabaseListener() { });
    }

    /** Ada (2 books, a profile), Bob (1 book), Cy (none). */
    static void fill() {
        Author ada = Library_Author_.create(Map.of("name", "Ada"));
        Author bob = Library_Author_.create(Map.of("name", "Bob"));
        Library_Author_.create(Map.of("name", "Cy"));
        Library_Book_.createBulk(List.of(Map.of("title", "A1", "year", 1990, "authorId", ada.id),
                Map.of("title", "A2", "year", 2005, "authorId", ada.id), Map.of("title", "B1", "year", 2010, "authorId", bob.id)));
        Library_Profile_.create(Map.of("bio", "mathematician", "authorId", ada.id));
    }

    static final java.time.Duration TIMEOUT = java.time.Duration.ofSeconds(30);

    static ModelTesting.Way way(ModelTesting.Way w) {
        return w;
    }
}
