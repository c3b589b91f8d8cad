package io.groundswell.system;

import io.quarkus.arc.profile.IfBuildProfile;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.FileSystemAccess;
import io.vertx.ext.web.handler.StaticHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * In {@code ./mvnw quarkus:dev} only: the dashboard is served straight from {@code frontend/},
 * uncached, so an edited page or script shows on the next reload. The packaged application serves
 * the copy Maven made in its classes, as before.
 */
@ApplicationScoped
@IfBuildProfile("dev")
class DevFrontend {

    void serve(@Observes Router router) {
        Path frontend = Path.of("frontend").toAbsolutePath();
        if (!Files.isDirectory(frontend)) {
            return;
        }
        router.route()
                .order(Integer.MIN_VALUE + 10)
                .handler(StaticHandler.create(FileSystemAccess.ROOT, frontend.toString())
                        .setCachingEnabled(false)
                        .setDefaultContentEncoding("UTF-8"));
    }
}
