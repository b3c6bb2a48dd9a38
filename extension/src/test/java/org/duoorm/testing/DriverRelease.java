package org.duoorm.testing;

import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Collections;

/**
 * What an application does when it is undeployed, run from the application's own class loader: deregisters the
 * JDBC drivers its class loader registered (DriverManager only lets the loader that sees a driver deregister it).
 */
public final class DriverRelease {
    private DriverRelease() {
    }

    public static void run() throws SQLException {
        ClassLoader mine = DriverRelease.class.getClassLoader();
        // Twice: listing the drivers from this class loader initializes this loader's copy of every registered
        // driver class (DriverManager checks visibility with Class.forName(name, true, loader)), and each copy
        // registers itself while the first list is being made.
        for (int pass = 0; pass < 2; pass++) {
            for (Driver d : Collections.list(DriverManager.getDrivers())) {
                if (d.getClass().getClassLoader() == mine) {
                    DriverManager.deregisterDriver(d);
                }
            }
        }
    }
}
