package io.groundswell.trend;

import io.groundswell.trend.TrendReport.Filters;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import java.time.Instant;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The window and filters that every analytics endpoint reads the same way: {@code window} (24h,
 * 7d, 30d, 90d) or explicit {@code from}/{@code to}, and {@code department}, {@code source},
 * {@code tag}.
 */
public class WindowParams {

    @RestQuery
    @DefaultValue("7d")
    public String window;

    @RestQuery
    public String from;

    @RestQuery
    public String to;

    @RestQuery
    @Size(max = 100)
    public String department;

    @RestQuery
    @Size(max = 64)
    public String source;

    @RestQuery
    @Size(max = 64)
    public String tag;

    public TrendWindow window() {
        return TrendWindow.parse(window, from, to, Instant.now());
    }

    public Filters filters() {
        return new Filters(blankToNull(department), blankToNull(source), blankToNull(tag), null);
    }

    protected static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
