package org.duoorm.model.cache;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.duoorm.model.ComparableColumn;
import org.duoorm.model.JsonColumn;
import org.duoorm.model.Model;
import org.duoorm.model.NumberColumn;
import org.duoorm.model.StringColumn;

/**
 * The models of the statement-cache differential test: the same tables mapped twice, once for a database
 * with the statement cache ({@code C*}) and once for one without ({@code U*}), since a model class belongs
 * to one database. A column name holds a quote, a backquote, a question mark and a colon on purpose.
 */
public final class Items {
    private Items() {
    }

    public enum Kind { PLAIN, SPECIAL, OTHER }

    /** The column that holds every character an identifier should not break on. */
    public static final String ODD_COLUMN = "we\"ird `?:x col";

    public abstract static class ItemBase<T extends ItemBase<T>> extends Model<T> {
        @Id
        @GeneratedValue
        public Long id;
        public String name;
        public Integer qty;
        @Column(precision = 10, scale = 2)
        public BigDecimal price;
        public Boolean active;
        @Enumerated(EnumType.STRING)
        public Kind kind;
        public LocalDate day;
        @Column(name = ODD_COLUMN)
        public String odd;
        public Map<String, Object> attrs;
    }

    public abstract static class PartBase<T extends PartBase<T>> extends Model<T> {
        @Id
        @GeneratedValue
        public Long id;
        public Long itemId;
        public String label;
        public Integer weight;
    }

    @Table(name = "p_item")
    public static class CItem extends ItemBase<CItem> {
        @OneToMany(mappedBy = "item")
        public List<CPart> parts;
    }

    @Table(name = "p_part")
    public static class CPart extends PartBase<CPart> {
        @ManyToOne
        public CItem item;
    }

    @Table(name = "p_item")
    public static class UItem extends ItemBase<UItem> {
        @OneToMany(mappedBy = "item")
        public List<UPart> parts;
    }

    @Table(name = "p_part")
    public static class UPart extends PartBase<UPart> {
        @ManyToOne
        public UItem item;
    }

    /** Typed columns of one item class and its part class, built by hand (the same for both mappings). */
    public static final class Cols<I, P> {
        final Class<I> item;
        final StringColumn<I> name;
        final NumberColumn<I, Integer> qty;
        final NumberColumn<I, BigDecimal> price;
        final org.duoorm.model.Column<I, Boolean> active;
        final org.duoorm.model.Column<I, Kind> kind;
        final ComparableColumn<I, LocalDate> day;
        final StringColumn<I> odd;
        final JsonColumn<I, Map<String, Object>> attrs;
        final StringColumn<P> label;
        final NumberColumn<P, Integer> weight;

        @SuppressWarnings({"unchecked", "rawtypes"})
        Cols(Class<I> item, Class<P> part) {
            this.item = item;
            this.name = new StringColumn<>(item, "name");
            this.qty = new NumberColumn<>(item, "qty", Integer.class);
            this.price = new NumberColumn<>(item, "price", BigDecimal.class);
            this.active = new org.duoorm.model.Column<>(item, "active", Boolean.class);
            this.kind = new org.duoorm.model.Column<>(item, "kind", Kind.class);
            this.day = new ComparableColumn<>(item, "day", LocalDate.class);
            this.odd = new StringColumn<>(item, "odd");
            this.attrs = new JsonColumn<>(item, "attrs", (Class) Map.class);
            this.label = new StringColumn<>(part, "label");
            this.weight = new NumberColumn<>(part, "weight", Integer.class);
        }
    }
}
