package io.groundswell.architecture.violations.rating;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An entity of the rating feature. */
@Entity
public class Vote {
    @Id
    public Long id;

    public int stars;
}
