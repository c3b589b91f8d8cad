package io.groundswell.architecture.violations.system;

import io.quarkus.vertx.http.runtime.VertxHttpRecorder;

/** Code that leans on a Quarkus recorder, which is build-step plumbing, not an API. */
public class RecorderUser {

    public Class<?> recorder() {
        return VertxHttpRecorder.class;
    }
}
