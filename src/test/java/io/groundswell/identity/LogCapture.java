package io.groundswell.identity;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** Records what the application logs with a stack trace or at ERROR, while open. */
final class LogCapture extends Handler implements AutoCloseable {

    private final Logger root = Logger.getLogger("");
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();

    private LogCapture() {
        root.addHandler(this);
    }

    static LogCapture errorsAndTraces() {
        return new LogCapture();
    }

    /** "logger: message" of every record with a stack trace or at ERROR (SEVERE) so far. */
    List<String> errorsAndTracesSoFar() {
        return records.stream()
                .map(r -> r.getLoggerName() + ": " + r.getMessage())
                .toList();
    }

    @Override
    public void publish(LogRecord record) {
        if (record.getThrown() != null || record.getLevel().intValue() >= Level.SEVERE.intValue()) {
            records.add(record);
        }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {
        root.removeHandler(this);
    }
}
