package org.duoorm.tck.twodatabases;

import org.duoorm.DuoDatabase;

/** A model of the "billing" database. */
@DuoDatabase("billing")
public class Invoice {
    public Long id;
    public String number;
}
