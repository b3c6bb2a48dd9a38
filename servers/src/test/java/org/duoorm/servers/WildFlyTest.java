package org.duoorm.servers;

import java.nio.file.Path;

/** The sample in WildFly ({@code -Pwildfly}). */
class WildFlyTest extends DeployedWebAppScenario {
    @Override
    Server server(Path work) {
        return new WildFly(Path.of(System.getProperty("duoorm.servers.wildfly.home")), work);
    }
}
