package org.duoorm.internal.model;

import java.util.AbstractList;
import org.duoorm.model.RelationNotLoadedException;

/**
 * The value of a collection relationship that was not loaded: every read fails with a
 * {@link RelationNotLoadedException} saying how to load it, so that nothing is ever loaded behind the
 * caller's back (and no event loop is ever blocked by a hidden query).
 */
final class Unloaded extends AbstractList<Object> {
    private final String what;

    private Unloaded(String what) {
        this.what = what;
    }

    @SuppressWarnings("unchecked")
    static <E> java.util.List<E> list(Class<?> owner, String field) {
        return (java.util.List<E>) new Unloaded(owner.getSimpleName() + "." + field);
    }

    static boolean is(Object value) {
        return value instanceof Unloaded;
    }

    private RelationNotLoadedException fail() {
        return new RelationNotLoadedException("Relationship " + what + " was not loaded; DuoORM never loads one behind "
                + "your back. Load it with the query: .related(\"" + what.substring(what.indexOf('.') + 1) + "\")");
    }

    @Override
    public Object get(int index) {
        throw fail();
    }

    @Override
    public int size() {
        throw fail();
    }

    @Override
    public boolean add(Object e) {
        throw fail();
    }

    @Override
    public boolean equals(Object o) {
        return o == this;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return "<not loaded: " + what + ">";
    }
}
