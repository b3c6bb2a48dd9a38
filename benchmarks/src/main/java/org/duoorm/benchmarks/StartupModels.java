package org.duoorm.benchmarks;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Fifty small models for {@link StartupProbe}: what a real application registers at start-up, with the
 * usual variety of column types (text, numbers, decimals, booleans, enums, UUIDs, dates, versions).
 * Generated once by a script (every class has the same shape with its own table); kept as one file.
 */
@SuppressWarnings("unused")
public final class StartupModels {
    private StartupModels() {
    }

    enum Status { NEW, ACTIVE, CLOSED }

    @Table(name = "startup_m00")
    public static class M00 {
        @Id @GeneratedValue public Long id;
        @Column(nullable = false, length = 80) public String name;
        public int qty;
        public long total;
        @Column(precision = 12, scale = 2) public BigDecimal price;
        public boolean active;
        @Enumerated(EnumType.STRING) public Status status;
        public UUID ref;
        public LocalDate day;
        public LocalDateTime createdAt;
        public Instant updatedAt;
        @Version public int version;
    }

    @Table(name = "startup_m01")
    public static class M01 {
        @Id @GeneratedValue public Long id;
        @Column(nullable = false, length = 80) public String name;
        public int qty;
        public long total;
        @Column(precision = 12, scale = 2) public BigDecimal price;
        public boolean active;
        @Enumerated(EnumType.STRING) public Status status;
        public UUID ref;
        public LocalDate day;
        public LocalDateTime createdAt;
        public Instant updatedAt;
        @Version public int version;
    }

    @Table(name = "startup_m02")
    public static class M02 {
        @Id @GeneratedValue public Long id;
        @Column(nullable = false, length = 80) public String name;
        public int qty;
        public long total;
        @Column(precision = 12, scale = 2) public BigDecimal price;
        public boolean active;
        @Enumerated(EnumType.STRING) public Status status;
        public UUID ref;
        public LocalDate day;
        public LocalDateTime createdAt;
        public Instant updatedAt;
        @Version public int version;
    }

    @Table(name = "startup_m03")
    public static class M03 {
        @Id @GeneratedValue public Long id;
        @Column(nullable = false, length = 80) public String name;
        public int qty;
        public long total;
        @Column(precision = 12, scale = 2) public BigDecimal price;
        public boolean active;
        @Enumerated(EnumType.STRING) public Status status;
        public UUID ref;
        public LocalDate day;
        public LocalDateTime createdAt;
        public Instant updatedAt;
        @Version public int version;
    }

    @Table(name = "startup_m04")
    public static class M04 {
        @Id @GeneratedValue public Long id;
        @Column(nullable = false, length = 80) public String name;
        public int qty;
        public long total;
        @Column(precision = 12, scale = 2) public BigDecimal price;
        public boolean active;
        @Enumerated(EnumType.STRING) public Status status;
        public UUID ref;
        public LocalDate day;
        public LocalDateTime createdAt;
        public Instant updatedAt;
        @Version public int version;
    }

    @Table(name = "startup_m05")
    public static class M05 {
        @Id @GeneratedValue public Long id;
        @Column(nullable = false, length = 80) public String name;
        public int qty;
        public long total;
        @Column(precision = 12, scale = 2) public BigDecimal price;
        public boolean active;
        @Enumerated(EnumType.STRING) public Status status;
        public UUID ref;
        public LocalDate day;
        public LocalDateTime createdAt;
        public Instant updatedAt;
        @Version public int version;
    }

    @Table(name = "startup_m06")
    public static class M06 {
        @Id @GeneratedValue public Long id;
        @Column(nullable = false, length = 80) public String name;
        public int qty;
        public long total;
        @Column(precision = 12, scale = 2) public BigDecimal price;
        public boolean active;
        @Enumerated(EnumType.STRING) public Status status;
        public UUID ref;
        public LocalDate day;
        public LocalDateTime createdAt;
        public Instant updatedAt;
        @Version public int version;
    }

    @Table(name = "startup_m07")
    public static class M07 {
        @Id @GeneratedValue public Long id;
        @Column(nullable = false, length = 80) public String name;
        public int qty;
        public long total;
        @Column(precision = 12, scale = 2) public BigDecimal price;
        public boolean active;
        @Enumerated(EnumType.STRING) public Status status;
        public UUID ref;
        public LocalDate day;
        public LocalDateTime createdAt;
        public Instant updatedAt;
        @Version public int version;
    }

    @Table(name = "startup_m08")
    public static class M08 {
        @Id @GeneratedValue public Long id;
        @Column(nullable = false, length = 80) public String name;
        public int qty;
        public long total;
        @Column(precision = 12, scale = 2) public BigDecimal price;
        public boolean active;
        @Enumerated(EnumType.STRING) public Status status;
        public UUID ref;
        public LocalDate day;
        public LocalDateTime createdAt;
        public Instant updatedAt;
        @Version public int version;
    }

    @Table(name = "startup_m09")
    public static class M09 {
        @Id @GeneratedValue public Long id;
        @Column(nullable = false, length = 80) public String name;
        public int qty;
        public long total;
        @Column(precision = 12, scale = 2) public BigDecimal price;
        public boolean active;
        @Enumerated(EnumType.STRING) public Status status;
        public UUID ref;
        public LocalDate day;
        public LocalDateTime createdAt;
        public Instant updatedAt;
        @Version public int version;
    }

    @Table(name = "startup_m10")
    public static class M10 {
        @Id @GeneratedValue public Long id;
        @Column(nullable = false, length = 80) public String name;
        public int qty;
        public long total;
        @Column(precision = 12, scale = 2) public BigDecimal price;
        public boolean active;
        @Enumerated(EnumType.STRING) public Status status;
        public UUID ref;
        public LocalDate day;
        public LocalDateTime createdAt;
        public Instant updatedAt;
        @Version public int version;
    }

    @Table(name = "startup_m11")
    public static class M11 {
        @Id @GeneratedValue public Long id;
        @Column(nullable = false, length = 80) public String name;
        public int qty;
        public long total;
        @Column(precision = 12, scale = 2) public BigDecimal price;
        public boolean active;
        @Enumerated(EnumType.STRING) public Status status;
        public UUID ref;
        public LocalDate day;
        public LocalDateTime createdAt;
        public Instant updatedAt;
        @Version public int version;
    }

    @Table(name = "startup_m12")
    public static class M12 {
        @Id @GeneratedValue public Long id;
        @Column(nullable = false, length = 80) public String name;
        public int qty;
        public long total;
        @Column(precision = 12, scale = 2) public BigDecimal price;
        public boolean active;
        @Enumerated(EnumType.STRING) public Status status;
        public UUID ref;
        public LocalDate day;
        public LocalDateTime createdAt;
        public Instant updatedAt;
        @Version public int version;
    }

    @Table(name = "startup_m13")
    public static class M13 {
        @Id @GeneratedValue public Long id;
        @Column(nullable = false, length = 80) public String name;
        public int qty;
        public long total;
        @Column(precision = 12, scale = 2) public BigDecimal price;
        public boolean active;
        @Enumerated(EnumType.STRING) public Status status;
        public UUID ref;
        public LocalDate day;
        public LocalDateTime createdAt;
        public Instant updatedAt;
        @Version public int version;
    }

    @Table(name = "startup_m14")
    public static class M14 {
        @Id @GeneratedValue public Long id;
        @Column(nullable = false, length = 80) public String name;
        public int qty;
        public long total;
        @Column(precision = 12, scale = 2) public BigDecimal price;
        public boolean active;
        @Enumerated(EnumType.STRING) public Status status;
        public UUID ref;
        public LocalDate day;
        public LocalDateTime createdAt;
        public Instant updatedAt;
        @Version public int version;
    }

    @Table(name = "startup_m15")
    public static class M15 {
        @Id @GeneratedValue public Long id;
        @Column(nullable = false, length = 80) public String name;
        public int qty;
        public long total;
        @Column(precision = 12, scale = 2) public BigDecimal price;
        public boolean active;
        @Enumerated(EnumType.STRING) public Status status;
        public UUID ref;
        public LocalDate day;
        public LocalDateTime createdAt;
        public Instant updatedAt;
        @Version public int version;
    }

    @Table(name = "startup_m16")
    public static class M16 {
        @Id @GeneratedValue public Long id;
        @Column(nullable = false, length = 80) public String name;
        public int qty;
        public long total;
        @Column(precision = 12, scale = 2) public BigDecimal price;
        public boolean active;
        @Enumerated(EnumType.STRING) public Status status;
        public UUID ref;
        public LocalDate day;
        public LocalDateTime createdAt;
        public Instant updatedAt;
        @Version public int version;
    }

    @Table(name = "startup_m17")
    public static class M17 {
        @Id @GeneratedValue public Long id;
        @Column(nullable = false, length = 80) public String name;
        public int qty;
        public long total;
        @Column(precision = 12, scale = 2) public BigDecimal price;
        public boolean active;
        @Enumerated(EnumType.STRING) public Status status;
        public UUID ref;
        public LocalDate day;
        public LocalDateTime createdAt;
        public Instant updatedAt;
        @Version public int version;
    }

    @Table(name = "startup_m18")
    public static class M18 {
        @Id @GeneratedValue public Long id;
        @Column(nullable = false, length = 80) public String name;
        public int qty;
        public long total;
        @Column(precision = 12, scale = 2) public BigDecimal price;
        public boolean active;
        @Enumerated(EnumType.STRING) public Status status;
        public UUID ref;
        public LocalDate day;
        public LocalDateTime createdAt;
        public Instant updatedAt;
        @Version public int version;
    }

    @Table(name = "startup_m19")
    public static class M19 {
        @Id @GeneratedValue public Long id;
        @Column(nullable = false, length = 80) public String name;
        public int qty;
        public long total;
        @Column(precision = 12, scale = 2) public BigDecimal price;
        public boolean active;
        @Enumerated(EnumType.STRING) public Status status;
        public UUID ref;
        public LocalDate day;
        public LocalDateTime createdAt;
        public Instant updatedAt;
        @Version public int version;
    }

    @Table(name = "startup_m20")
    public static class M20 {
        @Id @GeneratedValue public Long id;
        @Column(nullable = false, length = 80) public String name;
        public int qty;
        public long total;
        @Column(precision = 12, scale = 2) public BigDecimal price;
        public boolean active;
        @Enumerated(EnumType.STRING) public Status status;
        public UUID ref;
        public LocalDate day;
        public LocalDateTime createdAt;
        public Instant updatedAt;
        @Version public int version;
    }

    @Table(name = "startup_m21")
    public static class M21 {
        @Id @GeneratedValue public Long id;
        @Column(nullable = false, length = 80) public String name;
        public int qty;
        public long total;
        @Column(precision = 12, scale = 2) public BigDecimal price;
        public boolean active;
        @Enumerated(EnumType.STRING) public Status status;
        public UUID ref;
        public LocalDate day;
        public LocalDateTime createdAt;
        public Instant updatedAt;
        @Version public int version;
    }

    @Table(name = "startup_m22")
    public static class M22 {
        @Id @GeneratedValue public Long id;
        @Column(nullable = false, length = 80) public String name;
        public int qty;
        public long total;
        @Column(precision = 12, scale = 2) public BigDecimal price;
        public boolean active;
        @Enumerated(EnumType.STRING) public Status status;
        public UUID ref;
        public LocalDate day;
        public LocalDateTime createdAt;
        public Instant updatedAt;
        @Version public int version;
    }

    @Table(name = "startup_m23")
    public static class M23 {
        @Id @GeneratedValue public Long id;
        @Column(nullable = false, length = 80) public String name;
        public int qty;
        public long total;
        @Column(precision = 12, scale = 2) public BigDecimal price;
        public boolean active;
        @Enumerated(EnumType.STRING) public Status status;
        public UUID ref;
        public LocalDate day;
        public LocalDateTime createdAt;
        public Instant updatedAt;
        @Version public int version;
    }

    @Table(name = "startup_m24")
    public static class M24 {
        @Id @GeneratedValue public Long id;
        @Column(nullable = false, length = 80) public String name;
        public int qty;
        public long total;
        @Column(precision = 12, scale = 2) public BigDecimal price;
        public boolean active;
        @Enumerated(EnumType.STRING) public Status status;
        public UUID ref;
        public LocalDate day;
        public LocalDateTime createdAt;
        public Instant updatedAt;
        @Version public int version;
    }

    @Table(name = "startup_m25")
    public static class M25 {
        @Id @GeneratedValue public Long id;
        @Column(nullable = false, length = 80) public String name;
        public int qty;
        public long total;
        @Column(precision = 12, scale = 2) public BigDecimal price;
        public boolean active;
        @Enumerated(EnumType.STRING) public Status status;
        public UUID ref;
        public LocalDate day;
        public LocalDateTime createdAt;
        public Instant updatedAt;
        @Version public int version;
    }

    @Table(name = "startup_m26")
    public static class M26 {
        @Id @GeneratedValue public Long id;
        @Column(nullable = false, length = 80) public String name;
        public int qty;
        public long total;
        @Column(precision = 12, scale = 2) public BigDecimal price;
        public boolean active;
        @Enumerated(EnumType.STRING) public Status status;
        public UUID ref;
        public LocalDate day;
        public LocalDateTime createdAt;
        public Instant updatedAt;
        @Version public int version;
    }

    @Table(name = "startup_m27")
    public static class M27 {
        @Id @GeneratedValue public Long id;
        @Column(nullable = false, length = 80) public String name;
        public int qty;
        public long total;
        @Column(precision = 12, scale = 2) public BigDecimal price;
        public boolean active;
        @Enumerated(EnumType.STRING) public Status status;
        public UUID ref;
        public LocalDate day;
        public LocalDateTime createdAt;
        public Instant updatedAt;
        @Version public int version;
    }

    @Table(name = "startup_m28")
    public static class M28 {
        @Id @GeneratedValue public Long id;
        @Column(nullable = false, length = 80) public String name;
        public int qty;
        public long total;
        @Column(precision = 12, scale = 2) public BigDecimal price;
        public boolean active;
        @Enumerated(EnumType.STRING) public Status status;
        public UUID ref;
        public LocalDate day;
        public LocalDateTime createdAt;
        public Instant updatedAt;
        @Version public int version;
    }

    @Table(name = "startup_m29")
    public static class M29 {
        @Id @GeneratedValue public Long id;
        @Column(nullable = false, length = 80) public String name;
        public int qty;
        public long total;
        @Column(precision = 12, scale = 2) public BigDecimal price;
        public boolean active;
        @Enumerated(EnumType.STRING) public Status status;
        public UUID ref;
        public LocalDate day;
        public LocalDateTime createdAt;
        public Instant updatedAt;
        @Version public int version;
    }

    @Table(name = "startup_m30")
    public static class M30 {
        @Id @GeneratedValue public Long id;
        @Column(nullable = false, length = 80) public String name;
        public int qty;
        public long total;
        @Column(precision = 12, scale = 2) public BigDecimal price;
        public boolean active;
        @Enumerated(EnumType.STRING) public Status status;
        public UUID ref;
        public LocalDate day;
        public LocalDateTime createdAt;
        public Instant updatedAt;
        @Version public int version;
    }

    @Table(name = "startup_m31")
    public static class M31 {
        @Id @GeneratedValue public Long id;
        @Column(nullable = false, length = 80) public String name;
        public int qty;
        public long total;
        @Column(precision = 12, scale = 2) public BigDecimal price;
        public boolean active;
        @Enumerated(EnumType.STRING) public Status status;
        public UUID ref;
        public LocalDate day;
        public LocalDateTime createdAt;
        public Instant updatedAt;
        @Version public int version;
    }

    @Table(name = "startup_m32")
    public static class M32 {
        @Id @GeneratedValue public Long id;
        @Column(nullable = false, length = 80) public String name;
        public int qty;
        public long total;
        @Column(precision = 12, scale = 2) public BigDecimal price;
        public boolean active;
        @Enumerated(EnumType.STRING) public Status status;
        public UUID ref;
        public LocalDate day;
        public LocalDateTime createdAt;
        public Instant updatedAt;
        @Version public int version;
    }

    @Table(name = "startup_m33")
    public static class M33 {
        @Id @GeneratedValue public Long id;
        @Column(nullable = false, length = 80) public String name;
        public int qty;
        public long total;
        @Column(precision = 12, scale = 2) public BigDecimal price;
        public boolean active;
        @Enumerated(EnumType.STRING) public Status status;
        public UUID ref;
        public LocalDate day;
        public LocalDateTime createdAt;
        public Instant updatedAt;
        @Version public int version;
    }

    @Table(name = "startup_m34")
    public static class M34 {
        @Id @GeneratedValue public Long id;
        @Column(nullable = false, length = 80) public String name;
        public int qty;
        public long total;
        @Column(precision = 12, scale = 2) public BigDecimal price;
        public boolean active;
        @Enumerated(EnumType.STRING) public Status status;
        public UUID ref;
        public LocalDate day;
        public LocalDateTime createdAt;
        public Instant updatedAt;
        @Version public int version;
    }

    @Table(name = "startup_m35")
    public static class M35 {
        @Id @GeneratedValue public Long id;
        @Column(nullable = false, length = 80) public String name;
        public int qty;
        public long total;
        @Column(precision = 12, scale = 2) public BigDecimal price;
        public boolean active;
        @Enumerated(EnumType.STRING) public Status status;
        public UUID ref;
        public LocalDate day;
        public LocalDateTime createdAt;
        public Instant updatedAt;
        @Version public int version;
    }

    @Table(name = "startup_m36")
    public static class M36 {
        @Id @GeneratedValue public Long id;
        @Column(nullable = false, length = 80) public String name;
        public int qty;
        public long total;
        @Column(precision = 12, scale = 2) public BigDecimal price;
        public boolean active;
        @Enumerated(EnumType.STRING) public Status status;
        public UUID ref;
        public LocalDate day;
        public LocalDateTime createdAt;
        public Instant updatedAt;
        @Version public int version;
    }

    @Table(name = "startup_m37")
    public static class M37 {
        @Id @GeneratedValue public Long id;
        @Column(nullable = false, length = 80) public String name;
        public int qty;
        public long total;
        @Column(precision = 12, scale = 2) public BigDecimal price;
        public boolean active;
        @Enumerated(EnumType.STRING) public Status status;
        public UUID ref;
        public LocalDate day;
        public LocalDateTime createdAt;
        public Instant updatedAt;
        @Version public int version;
    }

    @Table(name = "startup_m38")
    public static class M38 {
        @Id @GeneratedValue public Long id;
        @Column(nullable = false, length = 80) public String name;
        public int qty;
        public long total;
        @Column(precision = 12, scale = 2) public BigDecimal price;
        public boolean active;
        @Enumerated(EnumType.STRING) public Status status;
        public UUID ref;
        public LocalDate day;
        public LocalDateTime createdAt;
        public Instant updatedAt;
        @Version public int version;
    }

    @Table(name = "startup_m39")
    public static class M39 {
        @Id @GeneratedValue public Long id;
        @Column(nullable = false, length = 80) public String name;
        public int qty;
        public long total;
        @Column(precision = 12, scale = 2) public BigDecimal price;
        public boolean active;
        @Enumerated(EnumType.STRING) public Status status;
        public UUID ref;
        public LocalDate day;
        public LocalDateTime createdAt;
        public Instant updatedAt;
        @Version public int version;
    }

    @Table(name = "startup_m40")
    public static class M40 {
        @Id @GeneratedValue public Long id;
        @Column(nullable = false, length = 80) public String name;
        public int qty;
        public long total;
        @Column(precision = 12, scale = 2) public BigDecimal price;
        public boolean active;
        @Enumerated(EnumType.STRING) public Status status;
        public UUID ref;
        public LocalDate day;
        public LocalDateTime createdAt;
        public Instant updatedAt;
        @Version public int version;
    }

    @Table(name = "startup_m41")
    public static class M41 {
        @Id @GeneratedValue public Long id;
        @Column(nullable = false, length = 80) public String name;
        public int qty;
        public long total;
        @Column(precision = 12, scale = 2) public BigDecimal price;
        public boolean active;
        @Enumerated(EnumType.STRING) public Status status;
        public UUID ref;
        public LocalDate day;
        public LocalDateTime createdAt;
        public Instant updatedAt;
        @Version public int version;
    }

    @Table(name = "startup_m42")
    public static class M42 {
        @Id @GeneratedValue public Long id;
        @Column(nullable = false, length = 80) public String name;
        public int qty;
        public long total;
        @Column(precision = 12, scale = 2) public BigDecimal price;
        public boolean active;
        @Enumerated(EnumType.STRING) public Status status;
        public UUID ref;
        public LocalDate day;
        public LocalDateTime createdAt;
        public Instant updatedAt;
        @Version public int version;
    }

    @Table(name = "startup_m43")
    public static class M43 {
        @Id @GeneratedValue public Long id;
        @Column(nullable = false, length = 80) public String name;
        public int qty;
        public long total;
        @Column(precision = 12, scale = 2) public BigDecimal price;
        public boolean active;
        @Enumerated(EnumType.STRING) public Status status;
        public UUID ref;
        public LocalDate day;
        public LocalDateTime createdAt;
        public Instant updatedAt;
        @Version public int version;
    }

    @Table(name = "startup_m44")
    public static class M44 {
        @Id @GeneratedValue public Long id;
        @Column(nullable = false, length = 80) public String name;
        public int qty;
        public long total;
        @Column(precision = 12, scale = 2) public BigDecimal price;
        public boolean active;
        @Enumerated(EnumType.STRING) public Status status;
        public UUID ref;
        public LocalDate day;
        public LocalDateTime createdAt;
        public Instant updatedAt;
        @Version public int version;
    }

    @Table(name = "startup_m45")
    public static class M45 {
        @Id @GeneratedValue public Long id;
        @Column(nullable = false, length = 80) public String name;
        public int qty;
        public long total;
        @Column(precision = 12, scale = 2) public BigDecimal price;
        public boolean active;
        @Enumerated(EnumType.STRING) public Status status;
        public UUID ref;
        public LocalDate day;
        public LocalDateTime createdAt;
        public Instant updatedAt;
        @Version public int version;
    }

    @Table(name = "startup_m46")
    public static class M46 {
        @Id @GeneratedValue public Long id;
        @Column(nullable = false, length = 80) public String name;
        public int qty;
        public long total;
        @Column(precision = 12, scale = 2) public BigDecimal price;
        public boolean active;
        @Enumerated(EnumType.STRING) public Status status;
        public UUID ref;
        public LocalDate day;
        public LocalDateTime createdAt;
        public Instant updatedAt;
        @Version public int version;
    }

    @Table(name = "startup_m47")
    public static class M47 {
        @Id @GeneratedValue public Long id;
        @Column(nullable = false, length = 80) public String name;
        public int qty;
        public long total;
        @Column(precision = 12, scale = 2) public BigDecimal price;
        public boolean active;
        @Enumerated(EnumType.STRING) public Status status;
        public UUID ref;
        public LocalDate day;
        public LocalDateTime createdAt;
        public Instant updatedAt;
        @Version public int version;
    }

    @Table(name = "startup_m48")
    public static class M48 {
        @Id @GeneratedValue public Long id;
        @Column(nullable = false, length = 80) public String name;
        public int qty;
        public long total;
        @Column(precision = 12, scale = 2) public BigDecimal price;
        public boolean active;
        @Enumerated(EnumType.STRING) public Status status;
        public UUID ref;
        public LocalDate day;
        public LocalDateTime createdAt;
        public Instant updatedAt;
        @Version public int version;
    }

    @Table(name = "startup_m49")
    public static class M49 {
        @Id @GeneratedValue public Long id;
        @Column(nullable = false, length = 80) public String name;
        public int qty;
        public long total;
        @Column(precision = 12, scale = 2) public BigDecimal price;
        public boolean active;
        @Enumerated(EnumType.STRING) public Status status;
        public UUID ref;
        public LocalDate day;
        public LocalDateTime createdAt;
        public Instant updatedAt;
        @Version public int version;
    }

    /** The fifty classes, in registration order. */
    public static final List<Class<?>> ALL = List.of(
            M00.class,
            M01.class,
            M02.class,
            M03.class,
            M04.class,
            M05.class,
            M06.class,
            M07.class,
            M08.class,
            M09.class,
            M10.class,
            M11.class,
            M12.class,
            M13.class,
            M14.class,
            M15.class,
            M16.class,
            M17.class,
            M18.class,
            M19.class,
            M20.class,
            M21.class,
            M22.class,
            M23.class,
            M24.class,
            M25.class,
            M26.class,
            M27.class,
            M28.class,
            M29.class,
            M30.class,
            M31.class,
            M32.class,
            M33.class,
            M34.class,
            M35.class,
            M36.class,
            M37.class,
            M38.class,
            M39.class,
            M40.class,
            M41.class,
            M42.class,
            M43.class,
            M44.class,
            M45.class,
            M46.class,
            M47.class,
            M48.class,
            M49.class);
}
