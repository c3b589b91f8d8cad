package io.groundswell.trend;

import java.util.Map;

/**
 * Fired (asynchronously) after the named-window snapshots were recomputed, with every snapshot by
 * window label. Observers such as outbound notifications run off the snapshot thread, so they can
 * neither delay nor break the computation.
 */
public record TrendSnapshotsRefreshed(Map<String, TrendReport> snapshots) {}
