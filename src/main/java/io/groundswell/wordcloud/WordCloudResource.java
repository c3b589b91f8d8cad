package io.groundswell.wordcloud;

import io.groundswell.identity.Caller;
import io.groundswell.identity.Roles;
import io.groundswell.system.ProblemResponses;
import io.groundswell.trend.AnalyticsAccess;
import io.groundswell.trend.AnalyticsParams;
import io.groundswell.trend.TrendReport.Filters;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The trend word cloud, as a PNG and as JSON with every word's box: for everyone signed in, sliced
 * as {@link AnalyticsAccess} allows.
 */
@APIResponse(responseCode = "200")
@APIResponse(responseCode = "403", description = AnalyticsAccess.REFUSED_SLICES)
@APIResponse(responseCode = "503", description = ProblemResponses.INDEX_OPENING)
@Path("/api")
@RolesAllowed(Roles.EMPLOYEE)
@Tag(name = "word clouds")
public class WordCloudResource {

    private final TrendClouds clouds;
    private final AnalyticsAccess access;
    private final SecurityIdentity identity;

    WordCloudResource(TrendClouds clouds, AnalyticsAccess access, SecurityIdentity identity) {
        this.clouds = clouds;
        this.access = access;
        this.identity = identity;
    }

    @GET
    @Path("/wordcloud")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The trend word cloud as JSON: every placed word with its box, and the words that did not fit")
    public WordCloudView json(
            @BeanParam @Valid AnalyticsParams query, @BeanParam @Valid CloudShape shape, @Context UriInfo uri) {
        String rawQuery = uri.getRequestUri().getRawQuery();
        String imageUrl = "/api/wordcloud.png" + (rawQuery == null ? "" : "?" + rawQuery);
        return clouds.draw(query.window(), allowed(query), shape).view(imageUrl);
    }

    @GET
    @Path("/wordcloud.png")
    @Produces("image/png")
    @Operation(summary = "The trend word cloud as a PNG image")
    public Response png(@BeanParam @Valid AnalyticsParams query, @BeanParam @Valid CloudShape shape) {
        byte[] png = clouds.draw(query.window(), allowed(query), shape).png();
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setMaxAge(30);
        return Response.ok(png, "image/png").cacheControl(cache).build();
    }

    private Filters allowed(AnalyticsParams query) {
        return access.allowed(query.filters(), Caller.of(identity));
    }
}
