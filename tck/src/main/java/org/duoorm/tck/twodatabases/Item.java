package org.duoorm.tck.twodatabases;

import org.duoorm.DuoDatabase;

/** A model of the "inventory" database. */
@DuoDatabase("inventory")
public class Item {
    public Long id;
    public String name;
}
