package org.duoorm.internal.jdbc;

import java.sql.Driver;
import org.duoorm.Dialect;
import org.duoorm.DriverNotFoundException;

/** The JDBC driver of each dialect and the artifact that brings it. */
public final class Drivers {
    private Drivers() {
    }

    static String className(Dialect d) {
        switch (d) {
            case POSTGRESQL: return "org.postgresql.Driver";
            case MYSQL:
            case MARIADB: return "org.mariadb.jdbc.Driver";
            case H2: return "org.h2.Driver";
            default: return "org.sqlite.JDBC";
        }
    }

    static String artifact(Dialect d) {
        switch (d) {
            case POSTGRESQL: return "org.postgresql:postgresql";
            case MYSQL:
            case MARIADB: return "org.mariadb.jdbc:mariadb-java-client";
            case H2: return "com.h2database:h2";
            default: return "org.xerial:sqlite-jdbc";
        }
    }

    /**
     * Loads the driver class from DuoORM's class loader or the thread's context class loader (which in
     * an application server sees the WAR's libraries).
     */
    @SuppressWarnings("unchecked")
    static Class<? extends Driver> load(String database, Dialect d) {
        String name = className(d);
        for (ClassLoader cl : new ClassLoader[] {Thread.currentThread().getContextClassLoader(), Drivers.class.getClassLoader()}) {
            if (cl == null) {
                continue;
            }
            try {
                return (Class<? extends Driver>) Class.forName(name, true, cl);
            } catch (ClassNotFoundException | LinkageError e) {
                // try the next loader
            }
        }
        throw new DriverNotFoundException("Database '" + database + "' needs the JDBC driver " + name
                + " for " + d + ", which is not on the class path. Add the dependency " + artifact(d) + ".");
    }
}
