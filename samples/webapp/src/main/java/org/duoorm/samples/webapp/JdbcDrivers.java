package org.duoorm.samples.webapp;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Collections;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Deregisters, when the application stops, the JDBC drivers that WEB-INF/lib registered with the JVM-wide
 * {@link DriverManager} (every driver registers itself when its class is loaded). Left there, they would
 * keep the undeployed application's class loader alive; Payara warns about it.
 */
@WebListener
public class JdbcDrivers implements ServletContextListener {
    private static final Logger LOG = Logger.getLogger(JdbcDrivers.class.getName());

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        ClassLoader application = JdbcDrivers.class.getClassLoader();
        for (Driver driver : Collections.list(DriverManager.getDrivers())) {
            if (driver.getClass().getClassLoader() == application) {
                try {
                    DriverManager.deregisterDriver(driver);
                } catch (SQLException e) {
                    LOG.log(Level.FINE, "could not deregister " + driver.getClass().getName(), e);
                }
            }
        }
    }
}
