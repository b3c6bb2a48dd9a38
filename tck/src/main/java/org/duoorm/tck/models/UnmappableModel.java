package org.duoorm.tck.models;

import org.duoorm.DuoDatabase;
import org.duoorm.model.Model;

/** A model without an {@code @Id}: it cannot be mapped. */
@DuoDatabase("shop")
public class UnmappableModel extends Model<UnmappableModel> {
    public String name;
}
