package org.duoorm.model.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Basic;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ExcludeDefaultListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Index;
import jakarta.persistence.Inheritance;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Temporal;
import jakarta.persistence.TemporalType;
import jakarta.persistence.Transient;
import java.util.List;
import java.util.stream.Stream;
import org.duoorm.Database;
import org.duoorm.MappingException;
import org.duoorm.model.Json;
import org.duoorm.model.Model;
import org.duoorm.model.Models;
import org.duoorm.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whitelist: every Jakarta Persistence annotation on a model, its superclasses, fields and methods is honoured
 * or refused by name, with the alternative; an attribute DuoORM does not honour must keep its default.
 */
@SuppressWarnings("try")
class MappingAnnotationsRefusalTest {

    /** A refused model and what its message must name besides the class. */
    record Case(Class<?> model, List<String> fragments) {
        @Override
        public String toString() {
            return model.getSimpleName();
        }
    }

    static Stream<Arguments> refused() {
        return Mapping.everyDatabase(List.of(
                new Case(Inherited.class, List.of("@Inheritance", "@MappedSuperclass")),
                new Case(Dog.class, List.of("@Entity", "Animal", "@MappedSuperclass")),
                new Case(InCatalog.class, List.of("@Table(catalog", "schema")),
                new Case(Named.class, List.of("@NamedQuery", "Model_.where")),
                new Case(Listened.class, List.of("@EntityListeners", "@PrePersist", "Validated")),
                new Case(Cached.class, List.of("@Cacheable", "cache")),
                new Case(Composite.class, List.of("@IdClass", "one @Id")),
                new Case(TwoTables.class, List.of("@SecondaryTable", "one table")),
                new Case(Properties.class, List.of("@Access(value = PROPERTY)", "fields")),
                new Case(OtherTable.class, List.of("@Column(table", "OtherTable.name", "one table")),
                new Case(EagerBooks.class, List.of("@OneToMany(fetch = EAGER)", "EagerBooks.books", "related(")),
                new Case(RequiredOwner.class, List.of("@ManyToOne(optional = false)", "RequiredOwner.owner",
                        "@Column(nullable = false)", "ownerId")),
                new Case(Tagged.class, List.of("@ManyToMany", "Tagged.tags", "join table")),
                new Case(Collected.class, List.of("@ElementCollection", "Collected.nicknames", "@Json")),
                new Case(WithAddress.class, List.of("@Embedded", "WithAddress.address")),
                new Case(Dated.class, List.of("@Temporal", "Dated.day", "java.time")),
                new Case(Positioned.class, List.of("@OrderColumn", "Positioned.books", "@OrderBy")),
                new Case(LazyColumn.class, List.of("@Basic(fetch = LAZY)", "LazyColumn.text", "every column")),
                new Case(LobNumber.class, List.of("@Lob", "LobNumber.count", "String")),
                new Case(EnumeratedText.class, List.of("@Enumerated", "EnumeratedText.kind", "enum")),
                new Case(SizedNumber.class, List.of("@Column(length = 10)", "SizedNumber.count", "text")),
                new Case(ScaledText.class, List.of("@Column(precision = 5)", "ScaledText.text", "BigDecimal")),
                new Case(DefinedAndSized.class, List.of("@Column(length = 10)", "DefinedAndSized.text", "columnDefinition")),
                new Case(PropertyId.class, List.of("@Id", "PropertyId.getId()", "field")),
                new Case(TransientColumn.class, List.of("@Column", "TransientColumn.scratch", "@Transient")),
                new Case(JoinByCode.class, List.of("referencedColumnName", "JoinByCode.parent", "primary key")),
                new Case(NotNullJoin.class, List.of("@JoinColumn(nullable = false)", "NotNullJoin.parent",
                        "@Column(nullable = false)")),
                new Case(NamedForeignKey.class, List.of("@JoinColumn(foreignKey", "NamedForeignKey.parent")),
                new Case(Targeted.class, List.of("@OneToMany(targetEntity", "Targeted.books", "List<")),
                new Case(TableKeys.class, List.of("@TableGenerator", "SEQUENCE")),
                new Case(TableStrategy.class, List.of("@GeneratedValue(strategy = TABLE)", "TableStrategy.id", "SEQUENCE")),
                new Case(JoinedInverse.class, List.of("@JoinColumn", "JoinedInverse.children", "mappedBy = \"parent\"")),
                new Case(Refreshing.class, List.of("cascade = REFRESH", "Refreshing.parent", "PERSIST", "REMOVE")),
                new Case(LongIndexName.class, List.of("@Index(name = ", "longer than 63 bytes", "shorten")),
                new Case(JsonWithLength.class, List.of("@Column(length = 20)", "JsonWithLength.doc", "text columns"))));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("refused")
    void refusedWithTheAlternative(TestDatabases.Target target, Case c) {
        Mapping.assertRefused(target, c.model(), c.fragments());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.duoorm.testing.TestDatabases#all")
    void refusedAtFirstUseTooAndEveryProblemListedByValidate(TestDatabases.Target target) {
        try (Database db = Mapping.unconnected(target, Inherited.class, OtherTable.class)) {
            MappingException first = assertThrows(MappingException.class, () -> Models.of(db, OtherTable.class));
            assertTrue(first.getMessage().contains("@Column(table"), first.getMessage());
            MappingException all = assertThrows(MappingException.class, () -> Models.validate(db));
            assertTrue(all.getMessage().contains("@Inheritance") && all.getMessage().contains("@Column(table"), all.getMessage());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.duoorm.testing.TestDatabases#all")
    void honouredOnesAreAccepted(TestDatabases.Target target) {
        Mapping.assertAccepted(target, Accepted.class, Shelf.class, Volume.class);
        try (Database db = Mapping.unconnected(target, Accepted.class)) {
            assertEquals("mp_entity_named", Models.of(db, Accepted.class).table(), "@Entity(name) names the table");
            assertEquals(List.of("id", "createdBy", "text"), Models.of(db, Accepted.class).fields(),
                    "a @MappedSuperclass gives its fields first");
        }
    }

    // ---- refused on the class ----

    @Inheritance
    @Table(name = "mp_inherited")
    public static class Inherited {
        @Id
        public Long id;
    }

    @Entity
    public static class Animal {
        @Id
        public Long id;
    }

    @Table(name = "mp_dog")
    public static class Dog extends Animal {
        public String name;
    }

    @Table(name = "mp_in_catalog", catalog = "other")
    public static class InCatalog {
        @Id
        public Long id;
    }

    @NamedQuery(name = "all", query = "select n from Named n")
    @Table(name = "mp_named")
    public static class Named {
        @Id
        public Long id;
    }

    @EntityListeners(Object.class)
    @Table(name = "mp_listened")
    public static class Listened {
        @Id
        public Long id;
    }

    @Cacheable
    @Table(name = "mp_cached")
    public static class Cached {
        @Id
        public Long id;
    }

    @IdClass(Object.class)
    @Table(name = "mp_composite")
    public static class Composite {
        @Id
        public Long id;
    }

    @SecondaryTable(name = "mp_more")
    @Table(name = "mp_two_tables")
    public static class TwoTables {
        @Id
        public Long id;
    }

    @Access(AccessType.PROPERTY)
    @Table(name = "mp_properties")
    public static class Properties {
        @Id
        public Long id;
    }

    // ---- refused on a field ----

    @Table(name = "mp_other_table")
    public static class OtherTable {
        @Id
        public Long id;
        @Column(table = "mp_elsewhere")
        public String name;
    }

    @Table(name = "mp_eager_books")
    public static class EagerBooks {
        @Id
        public Long id;
        @OneToMany(mappedBy = "owner", fetch = FetchType.EAGER)
        public List<RequiredOwner> books;
    }

    @Table(name = "mp_required_owner")
    public static class RequiredOwner {
        @Id
        public Long id;
        public Long ownerId;
        @ManyToOne(optional = false)
        public EagerBooks owner;
    }

    @Table(name = "mp_tagged")
    public static class Tagged {
        @Id
        public Long id;
        @ManyToMany
        public List<Tagged> tags;
    }

    @Table(name = "mp_collected")
    public static class Collected {
        @Id
        public Long id;
        @ElementCollection
        public List<String> nicknames;
    }

    public static class Address {
        public String street;
    }

    @Table(name = "mp_with_address")
    public static class WithAddress {
        @Id
        public Long id;
        @Embedded
        public Address address;
    }

    @Table(name = "mp_dated")
    public static class Dated {
        @Id
        public Long id;
        @Temporal(TemporalType.DATE)
        public java.util.Date day;
    }

    @Table(name = "mp_positioned")
    public static class Positioned {
        @Id
        public Long id;
        @OneToMany(mappedBy = "parent")
        @OrderColumn
        public List<JoinByCode> books;
    }

    @Table(name = "mp_lazy_column")
    public static class LazyColumn {
        @Id
        public Long id;
        @Basic(fetch = FetchType.LAZY)
        public String text;
    }

    @Table(name = "mp_lob_number")
    public static class LobNumber {
        @Id
        public Long id;
        @Lob
        public Integer count;
    }

    @Table(name = "mp_enumerated_text")
    public static class EnumeratedText {
        @Id
        public Long id;
        @Enumerated(EnumType.STRING)
        public String kind;
    }

    @Table(name = "mp_sized_number")
    public static class SizedNumber {
        @Id
        public Long id;
        @Column(length = 10)
        public Integer count;
    }

    @Table(name = "mp_scaled_text")
    public static class ScaledText {
        @Id
        public Long id;
        @Column(precision = 5)
        public String text;
    }

    @Table(name = "mp_defined_and_sized")
    public static class DefinedAndSized {
        @Id
        public Long id;
        @Column(length = 10, columnDefinition = "TEXT")
        public String text;
    }

    @Table(name = "mp_property_id")
    public static class PropertyId {
        public Long id;

        @Id
        public Long getId() {
            return id;
        }
    }

    @Table(name = "mp_transient_column")
    public static class TransientColumn {
        @Id
        public Long id;
        @Transient
        @Column(name = "x")
        public String scratch;
    }

    @Table(name = "mp_join_by_code")
    public static class JoinByCode {
        @Id
        public Long id;
        public String code;
        public String parentCode;
        @ManyToOne
        @JoinColumn(name = "parent_code", referencedColumnName = "code")
        public JoinByCode parent;
    }

    @Table(name = "mp_not_null_join")
    public static class NotNullJoin {
        @Id
        public Long id;
        public Long parentId;
        @ManyToOne
        @JoinColumn(name = "parent_id", nullable = false)
        public NotNullJoin parent;
    }

    @Table(name = "mp_named_foreign_key")
    public static class NamedForeignKey {
        @Id
        public Long id;
        public Long parentId;
        @ManyToOne
        @JoinColumn(name = "parent_id", foreignKey = @ForeignKey(name = "fk_parent"))
        public NamedForeignKey parent;
    }

    @Table(name = "mp_targeted")
    public static class Targeted {
        @Id
        public Long id;
        @OneToMany(mappedBy = "owner", targetEntity = RequiredOwner.class)
        public List<Object> books;
    }

    @TableGenerator(name = "keys")
    @Table(name = "mp_table_keys")
    public static class TableKeys {
        @Id
        @GeneratedValue
        public Long id;
    }

    @Table(name = "mp_table_strategy")
    public static class TableStrategy {
        @Id
        @GeneratedValue(strategy = GenerationType.TABLE)
        public Long id;
    }

    @Table(name = "mp_joined_inverse")
    public static class JoinedInverse {
        @Id
        public Long id;
        public Long parentId;
        @ManyToOne
        public JoinedInverse parent;
        @OneToMany(mappedBy = "parent")
        @JoinColumn(name = "parent_id")
        public List<JoinedInverse> children;
    }

    @Table(name = "mp_refreshing")
    public static class Refreshing {
        @Id
        public Long id;
        public Long parentId;
        @ManyToOne(cascade = {CascadeType.PERSIST, CascadeType.REFRESH})
        public Refreshing parent;
    }

    @Table(name = "mp_long_index_name", indexes = @Index(name = "an_index_name_that_postgresql_would_cut_short_without_saying_a_word",
            columnList = "id"))
    public static class LongIndexName {
        @Id
        public Long id;
    }

    @Table(name = "mp_json_with_length")
    public static class JsonWithLength {
        @Id
        public Long id;
        @Json
        @Column(length = 20)
        public String doc;
    }

    // ---- accepted ----

    @MappedSuperclass
    @Access(AccessType.FIELD)
    public abstract static class Base<T extends Model<T>> extends Model<T> {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        public Long id;
        @Basic
        public String createdBy;
    }

    @Entity(name = "mp_entity_named")
    @ExcludeDefaultListeners
    public static class Accepted extends Base<Accepted> {
        @Access(AccessType.FIELD)
        public String text;

        @Transient
        public String getShout() {
            return text == null ? null : text.toUpperCase(java.util.Locale.ROOT);
        }
    }

    @Table(name = "mp_shelf")
    public static class Shelf {
        @Id
        public Long id;
        @OneToMany(mappedBy = "shelf", fetch = FetchType.LAZY)
        public List<Volume> volumes;
    }

    @Table(name = "mp_volume")
    public static class Volume {
        @Id
        public Long id;
        public Long shelfId;
        @ManyToOne(fetch = FetchType.LAZY)
        @JoinColumn(name = "shelf_id", referencedColumnName = "id")
        public Shelf shelf;
    }
}
