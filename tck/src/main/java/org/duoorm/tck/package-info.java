/**
 * The DuoORM CDI behaviour contract, deployable part: the beans, producers and services of each
 * scenario, one scenario per package. The tests that drive them live in {@code src/test} and boot a
 * container with these classes and the DuoORM extension; another environment (an application server)
 * deploys the same classes and sets {@link org.duoorm.tck.TckEnvironment} before deployment.
 */
package org.duoorm.tck;
