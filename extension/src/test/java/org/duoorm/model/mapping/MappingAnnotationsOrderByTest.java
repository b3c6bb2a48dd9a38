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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.duoorm.Database;
import org.duoorm.MappingException;
import org.duoorm.internal.model.MappingProbe;
import org.duoorm.model.Everywhere;
import org.duoorm.model.Fetch;
import org.duoorm.model.ModelTesting;
import org.duoorm.model.ModelTesting.Way;
import org.duoorm.model.ModelType;
import org.duoorm.model.Models;
import org.duoorm.model.Related;
import org.duoorm.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Jakarta Persistence {@code @OrderBy} on a {@code @OneToMany}: read when the relationship is resolved, checked
 * against the related model's fields, and applied to the loaded list, whether loaded by a second statement or
 * by a join, blocking and reactive.
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

    private static Volume volume(long id, String title, int year) {
        Volume v = new Volume();
        v.id = id;
        v.title = title;
        v.publishedYear = year;
        v.shelfId = 1L;
        return v;
    }

    private static List<Long> ids(List<Volume> vs) {
        return vs.stream().map(v -> v.id).toList();
    }

    @Everywhere
    void theLoadedListFollowsTheOrderBy(TestDatabases.Target target, Way way) {
        try (Database db = ModelTesting.open(target, Shelf.class, Volume.class)) {
            Shelf shelf = new Shelf();
            shelf.id = 1L;
            Models.of(db, Shelf.class).save(shelf);
            Shelf empty = new Shelf();
            empty.id = 2L;
            Models.of(db, Shelf.class).save(empty);
            // ids neither in title nor in year order; equal titles, equal years, a NULL title
            List<Volume> volumes = List.of(volume(5, "b", 1990), volume(3, "a", 1980), volume(9, "b", 2001), volume(1, null, 1999),
                    volume(7, "a", 1980), volume(2, "c", 1970), volume(8, "a", 2020), volume(4, null, 1950));
            Models.of(db, Volume.class).createBulk(volumes);
            Comparator<Volume> declared = Comparator.comparing((Volume v) -> v.title, Comparator.nullsFirst(Comparator.naturalOrder()))
                    .thenComparing(Comparator.comparingInt((Volume v) -> v.publishedYear).reversed())
                    .thenComparing(v -> v.id);
            List<Volume> expected = new ArrayList<>(volumes);
            expected.sort(declared);
            List<Long> byId = volumes.stream().map(v -> v.id).sorted().toList();
            ModelType<Shelf> shelves = Models.of(db, Shelf.class);
            for (Fetch fetch : List.of(Fetch.SELECTIN, Fetch.JOINED)) {
                for (String relation : List.of("volumes", "byKey", "unordered")) {
                    List<Shelf> loaded = way.call(() -> shelves.query().related(relation, fetch).all(),
                            () -> shelves.query().related(relation, fetch).reactive().all());
                    assertEquals(List.of(1L, 2L), loaded.stream().map(s -> s.id).toList(), fetch + " " + relation);
                    List<Volume> got = relation.equals("volumes") ? loaded.get(0).volumes
                            : relation.equals("byKey") ? loaded.get(0).byKey : loaded.get(0).unordered;
                    if (!relation.equals("unordered")) {
                        assertEquals(relation.equals("volumes") ? ids(expected) : byId, ids(got), fetch + " " + relation);
                    } else {
                        assertEquals(byId, ids(got).stream().sorted().toList(), "without @OrderBy: every element, in no promised order");
                    }
                    List<Volume> none = relation.equals("volumes") ? loaded.get(1).volumes
                            : relation.equals("byKey") ? loaded.get(1).byKey : loaded.get(1).unordered;
                    assertEquals(List.of(), none, fetch + " " + relation + ": the empty shelf");
                }
            }
        }
    }
}
