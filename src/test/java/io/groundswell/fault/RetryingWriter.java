package io.groundswell.fault;

import com.fasterxml.jackson.databind.JsonNode;
import io.groundswell.testing.JsonClient;
import io.groundswell.testing.JsonClient.Answer;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.function.IntFunction;

/**
 * An integration that sends its posts singly and in bulk and retries each batch until it is
 * acknowledged, through kills and restarts: a connection refused or cut is retried after a pause,
 * anything the server answers other than 2xx is recorded as a failure.
 */
final class RetryingWriter implements Runnable {

    /**
     * How many posts writers may take on: raised by the test phase by phase, so that a kill is sure
     * to fall in the middle of ingest however fast the machine is.
     */
    static final class Budget {
        private int allowed;
        private int reserved;

        synchronized void reserve(int posts) throws InterruptedException {
            while (reserved + posts > allowed) {
                wait();
            }
            reserved += posts;
        }

        synchronized void raiseTo(int posts) {
            allowed = posts;
            notifyAll();
        }
    }

    private final JsonClient client;
    private final List<List<Integer>> batches;
    private final IntFunction<Map<String, Object>> post;
    private final Budget budget;
    private final Map<String, Long> acknowledged;
    private final Queue<String> failures;
    private final Instant deadline;

    RetryingWriter(
            JsonClient client,
            List<List<Integer>> batches,
            IntFunction<Map<String, Object>> post,
            Budget budget,
            Map<String, Long> acknowledged,
            Queue<String> failures,
            Duration patience) {
        this.client = client;
        this.batches = batches;
        this.post = post;
        this.budget = budget;
        this.acknowledged = acknowledged;
        this.failures = failures;
        this.deadline = Instant.now().plus(patience);
    }

    @Override
    public void run() {
        try {
            for (List<Integer> batch : batches) {
                budget.reserve(batch.size());
                long pause = 50;
                while (!send(batch)) {
                    if (Instant.now().isAfter(deadline)) {
                        failures.add("gave up on posts " + batch);
                        return;
                    }
                    Thread.sleep(pause);
                    pause = Math.min(1000, pause * 2);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            failures.add(e.toString());
        }
    }

    /** True when acknowledged; false to retry (the server is down, or was killed mid-request). */
    private boolean send(List<Integer> batch) throws InterruptedException {
        Answer answer;
        try {
            answer = batch.size() == 1
                    ? client.exchange("POST", "/api/posts", post.apply(batch.get(0)))
                    : client.exchange(
                            "POST",
                            "/api/posts/bulk",
                            batch.stream().map(post::apply).toList());
        } catch (IOException unreachable) {
            return false;
        }
        if (!answer.ok()) {
            failures.add("posts " + batch + " answered " + answer.status() + ": " + answer.body());
            return false;
        }
        JsonNode body = answer.json();
        if (batch.size() == 1) {
            acknowledged.put(body.get("externalId").asText(), body.get("id").asLong());
            return true;
        }
        for (JsonNode item : body) {
            String status = item.get("status").asText();
            if (!status.equals("created") && !status.equals("updated")) {
                failures.add("bulk item " + item);
            }
            acknowledged.put(item.get("externalId").asText(), item.get("id").asLong());
        }
        return true;
    }
}
