package io.groundswell.leadership;

import io.groundswell.trend.TrendReport.Filters;
import io.groundswell.trend.TrendWindow;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import java.time.Instant;
import org.jboss.resteasy.reactive.RestQuery;

/** The window and filters of the leadership endpoints, read as trends read them. */
public class WindowQuery {

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

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
