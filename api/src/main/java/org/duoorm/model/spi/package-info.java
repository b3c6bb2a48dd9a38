/** The service interface between the model API and its implementation; applications do not use it. */
package org.duoorm.model.spi;
