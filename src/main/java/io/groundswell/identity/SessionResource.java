package io.groundswell.identity;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Signing in and out of the dashboard. A sign-in checks the password as HTTP Basic does (throttled,
 * the same time for unknown usernames) and starts a session the browser holds in an HttpOnly
 * cookie, which page scripts cannot read: no password or token sits in web storage. The cookie is
 * {@code SameSite=Strict}, sent only with this site's own requests, and {@code Secure} when the
 * request came over HTTPS: the request's scheme, which behind a proxy that ends TLS is the
 * forwarded one once Quarkus trusts the proxy (quarkus.http.proxy.proxy-address-forwarding and
 * allow-x-forwarded or allow-forwarded).
 */
@Path(SessionResource.PATH)
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "identity")
public class SessionResource {

    static final String PATH = "/api/session";

    /** A sign-in: the username and password of an account. */
    public record SignIn(@NotNull String username, @NotNull String password) {}

    private final Authenticator authenticator;
    private final Sessions sessions;
    private final Profiles profiles;

    SessionResource(Authenticator authenticator, Sessions sessions, Profiles profiles) {
        this.authenticator = authenticator;
        this.sessions = sessions;
        this.profiles = profiles;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Sign in to the dashboard: starts a session held in the HttpOnly cookie " + Sessions.COOKIE
                    + " and answers who you are, as GET /api/me does")
    @APIResponse(
            responseCode = "200",
            description = "Signed in; the session ends after groundswell.sessions.idle-timeout unused, at the"
                    + " latest after groundswell.sessions.absolute-timeout",
            content = @Content(schema = @Schema(implementation = MeResource.Me.class)))
    @APIResponse(responseCode = "401", description = "The username and password do not match an account")
    @APIResponse(responseCode = "429", description = "Too many failed sign-ins; see Retry-After")
    public Response signIn(@Valid @NotNull SignIn request, @Context HttpServerRequest http) {
        SecurityIdentity identity =
                authenticator.authenticateUser(request.username(), request.password(), ClientAddress.of(http));
        // A session this browser still held is ended, not left to expire.
        Cookie previous = http.getCookie(Sessions.COOKIE);
        if (previous != null) {
            sessions.end(previous.getValue());
        }
        String token = sessions.start(identity.getPrincipal().getName());
        return Response.ok(MeResource.describe(identity, profiles))
                .cookie(cookie(token, sessions.absoluteTimeout().toSeconds(), http))
                .build();
    }

    @GET
    @Operation(
            summary = "The session this browser holds: who you are, as GET /api/me answers, or 204 when there is"
                    + " no session (never 401, so that a page can ask before it shows its sign-in form)")
    @APIResponse(
            responseCode = "200",
            description = "Signed in",
            content = @Content(schema = @Schema(implementation = MeResource.Me.class)))
    @APIResponse(responseCode = "204", description = "No session: none was started, or it ended")
    public Response current(@Context HttpServerRequest http) {
        Cookie cookie = http.getCookie(Sessions.COOKIE);
        if (cookie == null) {
            return Response.noContent().build();
        }
        try {
            return Response.ok(MeResource.describe(sessions.identify(cookie.getValue()), profiles))
                    .build();
        } catch (AuthenticationFailedException e) {
            return Response.noContent().cookie(cookie("", 0, http)).build();
        }
    }

    @DELETE
    @Operation(summary = "Sign out: ends the session on the server and clears its cookie; also fine without one")
    @APIResponse(responseCode = "204", description = "Signed out")
    public Response signOut(@Context HttpServerRequest http) {
        Cookie cookie = http.getCookie(Sessions.COOKIE);
        if (cookie != null) {
            sessions.end(cookie.getValue());
        }
        return Response.noContent().cookie(cookie("", 0, http)).build();
    }

    /** The session cookie; an empty value with a max age of 0 tells the browser to drop it. */
    private static NewCookie cookie(String token, long maxAgeSeconds, HttpServerRequest http) {
        return new NewCookie.Builder(Sessions.COOKIE)
                .value(token)
                .path("/")
                .maxAge((int) Math.min(Integer.MAX_VALUE, maxAgeSeconds))
                .httpOnly(true)
                .secure("https".equalsIgnoreCase(http.scheme()))
                .sameSite(NewCookie.SameSite.STRICT)
                .build();
    }
}
