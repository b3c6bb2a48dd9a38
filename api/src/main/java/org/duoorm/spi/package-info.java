/** For implementations of DuoORM, not for applications: the provider interface and shared helpers. */
package org.duoorm.spi;
