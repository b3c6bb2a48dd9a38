package org.duoorm.servers;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** One application server under test: started on 127.0.0.1, deploys the sample WAR, stopped at the end. */
interface Server extends AutoCloseable {

    /** @return the server's name, for messages */
    String name();

    /** Starts the server with these extra environment variables and waits until it is ready. */
    void start(Map<String, String> environment) throws Exception;

    /** Deploys the WAR and waits until the application is started. */
    void deploy(Path war) throws Exception;

    /** Undeploys the application and waits until it is stopped. */
    void undeploy() throws Exception;

    /** @return the application's base URI, ending with a slash */
    URI application();

    /** @return the process id of the server's JVM */
    long jvmPid();

    /** @return the log files to scan */
    List<Path> logs();

    /** @return log lines this server writes on its own that the scan must not count */
    default List<String> benignLogLines() {
        return List.of();
    }

    /** Stops the server and waits for its processes to end; safe to call more than once. */
    @Override
    void close();
}
