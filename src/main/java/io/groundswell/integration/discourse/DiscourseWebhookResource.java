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
 * The body is read whole before it is verified, which the HTTP edge bounds to
 * groundswell.limits.max-webhook-bytes (1 MB; Discourse sends kilobytes): the body has to be kept to
 * be parsed once verified, so hashing it while it streams would not save that buffer.
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
            description = "Verified by X-Discourse-Event-Signature (sha256=<hex HMAC-SHA256 of the body>); only the"
                    + " signed body decides what happens. 200 when applied, or when the same body or an older version"
                    + " of the post was applied before; 202 when the body is ignored; 401 when the signature is"
                    + " missing or wrong; 413 when the body is larger than groundswell.limits.max-webhook-bytes.")
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
