package io.groundswell.system;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The clock that time-dependent rules read, so that a test can move it instead of waiting. */
@Singleton
public class Clocks {

    @Produces
    @DefaultBean
    @Singleton
    Clock system() {
        return Clock.systemUTC();
    }
}
