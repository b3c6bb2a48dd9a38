package org.duoorm.model.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.duoorm.Database;
import org.duoorm.Row;
import org.duoorm.model.Everywhere;
import org.duoorm.model.Model;
import org.duoorm.model.ModelTesting;
import org.duoorm.model.ModelTesting.Way;
import org.duoorm.model.Models;
import org.duoorm.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code @Convert(converter = X.class)}: values go through the converter and are stored as its database type,
 * with that type's column; conditions bind the converted value. What cannot be honoured is refused.
 */
@SuppressWarnings("try")
class MappingAnnotationsConvertTest {

    /** An amount in cents, which DuoORM cannot map by itself. */
    public record Money(long cents) {
    }

    public static class MoneyInCents implements AttributeConverter<Money, Long> {
        @Override
        public Long convertToDatabaseColumn(Money attribute) {
            return attribute.cents();
        }

        @Override
        public Money convertToEntityAttribute(Long dbData) {
            return new Money(dbData);
        }
    }

    public enum Level { LOW, HIGH }

    /** One letter per level, as a legacy schema might have. */
    static class LevelLetter implements AttributeConverter<Level, String> {
        LevelLetter() {
        }

        @Override
        public String convertToDatabaseColumn(Level attribute) {
            return attribute == Level.LOW ? "l" : "h";
        }

        @Override
        public Level convertToEntityAttribute(String dbData) {
            return dbData.equals("l") ? Level.LOW : Level.HIGH;
        }
    }

    /** The same Java and database type: the converter must still run both ways. */
    public static class Shouting implements AttributeConverter<String, String> {
        @Override
        public String convertToDatabaseColumn(String attribute) {
            return attribute.toUpperCase(Locale.ROOT);
        }

        @Override
        public String convertToEntityAttribute(String dbData) {
            return dbData.toLowerCase(Locale.ROOT);
        }
    }

    @Table(name = "mp_invoice")
    public static class Invoice extends Model<Invoice> {
        @Id
        @GeneratedValue
        public Long id;
        @Convert(converter = MoneyInCents.class)
        public Money total;
        @Convert(converter = LevelLetter.class)
        @Column(length = 1, nullable = false)
        public Level grade;
        @Convert(converter = Shouting.class)
        public String code;
    }

    public static class MoneyAsUri implements AttributeConverter<Money, java.net.URI> {
        @Override
        public java.net.URI convertToDatabaseColumn(Money attribute) {
            return null;
        }

        @Override
        public Money convertToEntityAttribute(java.net.URI dbData) {
            return null;
        }
    }

    @Converter(autoApply = true)
    public static class AutoMoney extends MoneyInCents {
    }

    public static class NeedsArgument extends MoneyInCents {
        public NeedsArgument(String unused) {
        }
    }

    @Table(name = "mp_unmappable_target")
    public static class UnmappableTarget {
        @Id
        public Long id;
        @Convert(converter = MoneyAsUri.class)
        public Money total;
    }

    @Table(name = "mp_disabled")
    public static class Disabled {
        @Id
        public Long id;
        @Convert(disableConversion = true)
        public String text;
    }

    @Table(name = "mp_auto_applied")
    public static class AutoApplied {
        @Id
        public Long id;
        @Convert(converter = AutoMoney.class)
        public Money total;
    }

    @Table(name = "mp_twice_converted")
    public static class TwiceConverted {
        @Id
        public Long id;
        @Convert(converter = Shouting.class)
        @Convert(converter = Shouting.class)
        public String text;
    }

    @Table(name = "mp_wrong_type")
    public static class WrongType {
        @Id
        public Long id;
        @Convert(converter = MoneyInCents.class)
        public String total;
    }

    @Table(name = "mp_converted_key")
    public static class ConvertedKey {
        @Id
        @Convert(converter = Shouting.class)
        public String id;
    }

    @Table(name = "mp_no_constructor")
    public static class NoConstructor {
        @Id
        public Long id;
        @Convert(converter = NeedsArgument.class)
        public Money total;
    }

    @Table(name = "mp_attribute_named")
    public static class AttributeNamed {
        @Id
        public Long id;
        @Convert(converter = MoneyInCents.class, attributeName = "cents")
        public Money total;
    }

    @Table(name = "mp_unconverted")
    public static class Unconverted {
        @Id
        public Long id;
        public Money total;
    }

    @Everywhere
    void valuesRoundTripThroughTheConverter(TestDatabases.Target target, Way way) {
        try (Database db = ModelTesting.open(target, Invoice.class)) {
            Invoice made = new Invoice();
            made.total = new Money(1250);
            made.grade = Level.HIGH;
            made.code = "abc";
            way.call(made::save, () -> made.reactive().save());
            Row raw = db.query("SELECT total, grade, code FROM mp_invoice").get(0);
            assertEquals(1250L, ((Number) raw.get(0)).longValue(), "stored as the converter's Long");
            assertEquals(List.of("h", "ABC"), List.of(raw.get(1), raw.get(2)));
            Invoice loaded = way.call(() -> MappingAnnotationsConvertTest_Invoice_.get(made.id),
                    () -> MappingAnnotationsConvertTest_Invoice_.reactive().get(made.id)).orElseThrow();
            assertEquals(new Money(1250), loaded.total);
            assertEquals(Level.HIGH, loaded.grade);
            assertEquals("abc", loaded.code, "read back through the converter although the types are the same");
            way.call(() -> MappingAnnotationsConvertTest_Invoice_.create(Map.of("total", new Money(99), "grade", Level.LOW,
                    "code", "xyz")), () -> MappingAnnotationsConvertTest_Invoice_.reactive().create(Map.of("total",
                            new Money(99), "grade", Level.LOW, "code", "xyz")));
            var byTotal = MappingAnnotationsConvertTest_Invoice_.where(MappingAnnotationsConvertTest_Invoice_.total.eq(new Money(1250)),
                    MappingAnnotationsConvertTest_Invoice_.grade.eq(Level.HIGH), MappingAnnotationsConvertTest_Invoice_.code.eq("abc"));
            assertEquals(List.of(1250L, "h", "ABC"), byTotal.params(), "conditions bind the database values");
            List<Invoice> found = way.call(byTotal::all, () -> byTotal.reactive().all());
            assertEquals(List.of(made.id), found.stream().map(i -> i.id).toList());
            List<Invoice> low = way.call(() -> MappingAnnotationsConvertTest_Invoice_.where(
                    MappingAnnotationsConvertTest_Invoice_.grade.in(List.of(Level.LOW))).all(),
                    () -> MappingAnnotationsConvertTest_Invoice_.where(MappingAnnotationsConvertTest_Invoice_.grade.in(List.of(Level.LOW)))
                            .reactive().all());
            assertEquals(List.of(new Money(99)), low.stream().map(i -> i.total).toList());
            loaded.total = new Money(1300);
            way.call(loaded::save, () -> loaded.reactive().save());
            assertEquals(1300L, db.queryValue(Long.class, "SELECT total FROM mp_invoice WHERE id = ?", made.id).orElseThrow());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.duoorm.testing.TestDatabases#all")
    void theColumnHasTheDatabaseTypesColumn(TestDatabases.Target target) {
        try (Database db = ModelTesting.open(target, Invoice.class)) {
            Map<String, Inspect.ColumnInfo> columns = Inspect.columns(db, null, "mp_invoice");
            assertTrue(List.of("bigint", "int8").contains(columns.get("total").type()), columns.toString());
            assertEquals(1, columns.get("grade").size());
            assertEquals(false, columns.get("grade").nullable());
            assertEquals(255, columns.get("code").size());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.duoorm.testing.TestDatabases#all")
    void whatCannotBeHonouredIsRefused(TestDatabases.Target target) {
        Mapping.assertRefused(target, UnmappableTarget.class, List.of("@Convert", "UnmappableTarget.total", "java.net.URI"));
        Mapping.assertRefused(target, Disabled.class, List.of("@Convert(disableConversion = true)", "Disabled.text", "remove"));
        Mapping.assertRefused(target, AutoApplied.class, List.of("autoApply", "AutoApplied.total", "@Convert"));
        Mapping.assertRefused(target, TwiceConverted.class, List.of("@Converts", "TwiceConverted.text", "one @Convert"));
        Mapping.assertRefused(target, WrongType.class, List.of("@Convert", "WrongType.total", "Money", "String"));
        Mapping.assertRefused(target, ConvertedKey.class, List.of("@Convert", "ConvertedKey.id", "@Id"));
        Mapping.assertRefused(target, NoConstructor.class, List.of("NeedsArgument", "NoConstructor.total", "constructor"));
        Mapping.assertRefused(target, AttributeNamed.class, List.of("@Convert(attributeName", "AttributeNamed.total"));
        Mapping.assertRefused(target, Unconverted.class, List.of("Unconverted.total", "@Convert"));
    }
}
