package org.duoorm.servers;

import java.nio.file.Path;

/** The sample in Open Liberty ({@code -Pliberty}). */
class LibertyTest extends DeployedWebAppScenario {
    @Override
    Server server(Path work) {
        return new Liberty(Path.of(System.getProperty("duoorm.servers.liberty.home")), work);
    }
}
