package org.duoorm.tck.twodatabases;

import jakarta.persistence.Id;
import org.duoorm.DuoDatabase;

/** A model of the "inventory" database. */
@DuoDatabase("inventory")
public class Item {
    @Id
    public Long id;
    public String name;
}
