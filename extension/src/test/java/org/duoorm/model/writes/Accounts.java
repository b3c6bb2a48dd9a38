package org.duoorm.model.writes;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.duoorm.model.Guarded;
import org.duoorm.model.Model;

/** The models of the write tests: an account with several independent columns, and one guarded field. */
public final class Accounts {
    private Accounts() {
    }

    @Table(name = "wr_account")
    public static class Account extends Model<Account> {
        @Id
        @GeneratedValue
        public Long id;
        public String name;
        public String email;
        public Integer score;
        public Boolean active;
        @Guarded
        public String role;
    }

    /** A model whose key the application gives. */
    @Table(name = "wr_code")
    public static class Code extends Model<Code> {
        @Id
        public String code;
        public String label;
        public Integer rank;
    }

    /** A partial update as a DTO: only the fields it has. */
    public record NameOnly(String name) {
    }
}
