package org.duoorm.tck.definition;

import org.duoorm.DuoDatabase;

/** A model of a database that nothing configures. */
@DuoDatabase("nowhere")
public class OrphanModel {
    public Long id;
}
