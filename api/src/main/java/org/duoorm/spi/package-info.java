/** For implementations of DuoORM, not for applications: helpers shared with the implementation (finding it, masking URLs). The provider interfaces are {@link org.duoorm.DatabaseProvider} and {@link org.duoorm.model.ModelProvider}. */
package org.duoorm.spi;
