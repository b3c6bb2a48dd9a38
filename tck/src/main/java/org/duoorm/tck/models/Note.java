package org.duoorm.tck.models;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.duoorm.model.Model;

/** A model of the default database (no {@code @DuoDatabase}). */
@Table(name = "tck_cdi_note")
public class Note extends Model<Note> {
    @Id
    @GeneratedValue
    public Long id;
    public String text;
}
