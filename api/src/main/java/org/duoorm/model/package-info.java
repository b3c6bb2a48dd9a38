/**
 * Models and the fluent query API: one model class used blocking and reactive. Start at
 * {@link org.duoorm.model.Model}, {@link org.duoorm.model.Models} and {@link org.duoorm.model.Query}.
 */
package org.duoorm.model;
