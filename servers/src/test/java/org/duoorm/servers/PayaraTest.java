package org.duoorm.servers;

import java.nio.file.Path;

/** The sample in Payara Micro ({@code -Ppayara}), which redeploys by reloading the exploded WAR. */
class PayaraTest extends DeployedWebAppScenario {
    @Override
    Server server(Path work) {
        return new Payara(Path.of(System.getProperty("duoorm.servers.payara.jar")), work);
    }

    @Override
    boolean undeploys() {
        return false;
    }

    @Override
    void redeploy(Server s) throws Exception {
        ((Payara) s).redeploy();
    }
}
