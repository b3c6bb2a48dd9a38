package org.duoorm.tck.definition;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.duoorm.tck.Tck;
import org.junit.jupiter.api.Test;

/** Each configuration mistake fails the deployment with a message naming the classes and the qualifier. */
class DeploymentErrorsTest {

    private static void assertMentions(Throwable failure, String... parts) {
        String messages = Tck.messages(failure);
        for (String part : parts) {
            assertTrue(messages.contains(part), "expected '" + part + "' in:\n" + messages);
        }
    }

    @Test
    void modelOfAnUnconfiguredDatabase() {
        RuntimeException e = Tck.deploymentFailure(Tck.h2(), DefaultConfig.class, OrphanModel.class);
        assertMentions(e, "DUOORM-CDI-001", OrphanModel.class.getName(), "@DuoDatabase(\"nowhere\")");
    }

    @Test
    void twoConfigurationsForOneQualifier() {
        RuntimeException e = Tck.deploymentFailure(Tck.h2(), DuplicateConfigs.class);
        assertMentions(e, "DUOORM-CDI-002", "@DuoDatabase(\"dup\")",
                "producer field " + DuplicateConfigs.class.getName() + ".field",
                "producer method " + DuplicateConfigs.class.getName() + ".method()");
    }

    @Test
    void transactionNamingAnUnknownDatabase() {
        RuntimeException e = Tck.deploymentFailure(Tck.h2(), DefaultConfig.class, GhostTransactionBean.class);
        assertMentions(e, "DUOORM-CDI-003", GhostTransactionBean.class.getName() + ".haunt()", "@DuoDatabase(\"ghost\")");
    }

    @Test
    void transactionOnTheDefaultDatabaseWhenNoneIsConfigured() {
        RuntimeException e = Tck.deploymentFailure(Tck.h2(), DefaultTransactionBean.class);
        assertMentions(e, "DUOORM-CDI-003", DefaultTransactionBean.class.getName() + ".work()", "'default'");
    }

    @Test
    void transactionOnAnUnsupportedReturnType() {
        RuntimeException e = Tck.deploymentFailure(Tck.h2(), DefaultConfig.class, StreamReturningBean.class);
        assertMentions(e, "DUOORM-CDI-004", StreamReturningBean.class.getName() + ".names()", "java.util.stream.Stream",
                "io.smallrye.mutiny.Uni", "io.smallrye.mutiny.Multi", "CompletionStage");
    }

    @Test
    void unreachableDatabaseThatConnectsOnStartup() {
        RuntimeException e = Tck.deploymentFailure(Tck.h2(), UnreachableConfig.class);
        assertMentions(e, "DUOORM-CDI-005", "'unreachable'", UnreachableConfig.class.getName() + ".config()");
        assertTrue(!Tck.messages(e).contains("password"), "no secret in the message");
    }

    @Test
    void transactionWithABadTimeout() {
        RuntimeException e = Tck.deploymentFailure(Tck.h2(), DefaultConfig.class, NegativeTimeoutBean.class);
        assertMentions(e, "DUOORM-CDI-009", NegativeTimeoutBean.class.getName() + ".work()", "timeout");
    }

    @Test
    void transactionWithBadRetrySettings() {
        RuntimeException e = Tck.deploymentFailure(Tck.h2(), DefaultConfig.class, BadRetryBean.class);
        assertMentions(e, "DUOORM-CDI-009", BadRetryBean.class.getName() + ".negative()", "retries must be 0 or more",
                BadRetryBean.class.getName() + ".stream()", "Multi");
    }
}
