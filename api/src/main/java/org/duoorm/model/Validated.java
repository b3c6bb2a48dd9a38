package org.duoorm.model;

/**
 * A model that checks itself before it is written: {@link #validate()} runs after the declared
 * Jakarta Bean Validation constraints, before any SQL, on {@code save}, {@code create} and
 * {@code update}, and on bulk paths when hooks are asked for ({@code createBulk(payloads, true)}).
 *
 * <pre>{@code
 * public class Booking extends Model<Booking> implements Validated {
 *     public LocalDate start, end;
 *     public void validate() {
 *         if (end.isBefore(start)) throw new ValidationException(List.of("end: must not be before start"));
 *     }
 * }
 * }</pre>
 */
public interface Validated {
    /**
     * Checks the model.
     *
     * @throws org.duoorm.ValidationException listing what is wrong; its violations are reported with the
     *     declared constraints' own
     */
    void validate();
}
