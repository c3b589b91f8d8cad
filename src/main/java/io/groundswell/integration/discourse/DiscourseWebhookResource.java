package io.groundswell.integration.discourse;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Discourse's webhooks in their own format. Public: Discourse cannot send Basic or Bearer
 * credentials, so each delivery is authenticated by its HMAC signature instead, over the raw body.
 */
@Path("/api/integrations/discourse")
@Tag(name = "integrations")
public class DiscourseWebhookResource {

    private final DiscourseWebhooks webhooks;

    DiscourseWebhookResource(DiscourseWebhooks webhooks) {
        this.webhooks = webhooks;
    }

    @POST
    @PermitAll
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirements
    @Operation(
            summary = "Receive a Discourse webhook",
            description = "Verified by X-Discourse-Event-Signature (sha256=<hex HMAC-SHA256 of the body>); 200 when"
                    + " applied or a replay of an applied event id, 202 when the event is ignored, 401 when the"
                    + " signature is missing or wrong.")
    public Response receive(
            byte[] body,
            @HeaderParam("X-Discourse-Event") String event,
            @HeaderParam("X-Discourse-Instance") String instance,
            @HeaderParam("X-Discourse-Event-Id") String eventId,
            @HeaderParam("X-Discourse-Event-Signature") String signature) {
        DiscourseOutcome outcome = webhooks.receive(
                new DiscourseWebhooks.Delivery(body == null ? new byte[0] : body, event, instance, eventId, signature));
        return Response.status("ignored".equals(outcome.status()) ? 202 : 200)
                .entity(outcome)
                .build();
    }
}
