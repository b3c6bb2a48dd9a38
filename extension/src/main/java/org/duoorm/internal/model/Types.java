package org.duoorm.internal.model;

import java.util.Map;

/** Primitive and boxed types. */
final class Types {
    private static final Map<Class<?>, Class<?>> BOXES = Map.of(int.class, Integer.class, long.class, Long.class,
            short.class, Short.class, byte.class, Byte.class, double.class, Double.class, float.class, Float.class,
            boolean.class, Boolean.class, char.class, Character.class);
    private static final Map<Class<?>, Object> ZEROS = Map.of(int.class, 0, long.class, 0L, short.class, (short) 0,
            byte.class, (byte) 0, double.class, 0d, float.class, 0f, boolean.class, false, char.class, '\0');

    private Types() {
    }

    static Class<?> boxed(Class<?> type) {
        return type.isPrimitive() ? BOXES.get(type) : type;
    }

    static Object zero(Class<?> primitive) {
        return ZEROS.get(primitive);
    }
}
