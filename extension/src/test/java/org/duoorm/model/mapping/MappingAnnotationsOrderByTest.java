package org.duoorm.model.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.List;
import org.duoorm.Database;
import org.duoorm.MappingException;
import org.duoorm.internal.model.MappingProbe;
import org.duoorm.model.Models;
import org.duoorm.model.Related;
import org.duoorm.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Jakarta Persistence {@code @OrderBy} on a {@code @OneToMany}: read when the relationship is resolved, checked
 * against the related model's fields, and kept on the resolved relationship for loading.
 */
@SuppressWarnings("try")
class MappingAnnotationsOrderByTest {

    @Table(name = "mp_shelf")
    public static class Shelf {
        @Id
        public Long id;
        @OneToMany(mappedBy = "shelf")
        @OrderBy("title ASC, published_year desc, id")
        public List<Volume> volumes;
        @OneToMany(mappedBy = "shelf")
        @OrderBy
        public List<Volume> byKey;
        @OneToMany(mappedBy = "shelf")
        public List<Volume> unordered;
    }

    @Table(name = "mp_volume")
    public static class Volume {
        @Id
        public Long id;
        public String title;
        public int publishedYear;
        public Long shelfId;
        @ManyToOne
        @JoinColumn(name = "shelf_id")
        public Shelf shelf;
    }

    @Table(name = "mp_bad_shelf")
    public static class BadShelf {
        @Id
        public Long id;
        @OneToMany(mappedBy = "shelf")
        @OrderBy("title, colour DESC")
        public List<PlainBook> books;
    }

    @Table(name = "mp_odd_shelf")
    public static class OddShelf {
        @Id
        public Long id;
        @OneToMany(mappedBy = "shelf")
        @OrderBy("title sideways")
        public List<PlainBook> books;
    }

    @Table(name = "mp_book")
    public static class Book {
        @Id
        public Long id;
        public String title;
        public Long shelfId;
        @ManyToOne
        @JoinColumn(name = "shelf_id")
        @OrderBy("title")
        public BadShelf shelf;
    }

    @Table(name = "mp_plain_book")
    public static class PlainBook {
        @Id
        public Long id;
        public String title;
        public Long shelfId;
        @ManyToOne
        @JoinColumn(name = "shelf_id")
        public BadShelf shelf;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.duoorm.testing.TestDatabases#all")
    void theOrderIsResolvedAgainstTheRelatedModel(TestDatabases.Target target) {
        try (Database db = Mapping.unconnected(target, Shelf.class, Volume.class)) {
            Models.validate(db);
            assertEquals(List.of("title ASC", "publishedYear DESC", "id ASC"), MappingProbe.order(db, Shelf.class, "volumes"),
                    "field or column names, any case");
            assertEquals(List.of("id ASC"), MappingProbe.order(db, Shelf.class, "byKey"), "empty: by primary key");
            assertEquals(List.of(), MappingProbe.order(db, Shelf.class, "unordered"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.duoorm.testing.TestDatabases#all")
    void unknownFieldsAndOtherTextAreRefused(TestDatabases.Target target) {
        try (Database db = Mapping.unconnected(target, BadShelf.class, PlainBook.class)) {
            MappingException e = assertThrows(MappingException.class, () -> Models.validate(db));
            assertTrue(e.getMessage().contains("@OrderBy") && e.getMessage().contains("BadShelf.books")
                    && e.getMessage().contains("'colour'") && e.getMessage().contains("[id, title, shelfId]"), e.getMessage());
            MappingException first = assertThrows(MappingException.class,
                    () -> Models.of(db, BadShelf.class).where(Related.exists("books")).sql(), "at the relationship's first use");
            assertEquals(e.getMessage(), first.getMessage());
        }
        try (Database db = Mapping.unconnected(target, OddShelf.class, PlainBook.class)) {
            MappingException e = assertThrows(MappingException.class, () -> Models.validate(db));
            assertTrue(e.getMessage().contains("@OrderBy(\"title sideways\")") && e.getMessage().contains("ASC or DESC"),
                    e.getMessage());
        }
        Mapping.assertRefused(target, Book.class, List.of("@OrderBy", "Book.shelf", "@OneToMany"));
    }
}
