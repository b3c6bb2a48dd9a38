package org.duoorm.tck.twodatabases;

import jakarta.persistence.Id;
import org.duoorm.DuoDatabase;

/** A model of the "billing" database. */
@DuoDatabase("billing")
public class Invoice {
    @Id
    public Long id;
    public String number;
}
