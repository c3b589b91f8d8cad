package io.groundswell.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class WriteGateTest {

    @Test
    void shouldLetAWriteThroughOnceAnEarlierOneIsDone() throws Exception {
        WriteGate gate = new WriteGate(1, Duration.ofSeconds(30));
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<Object> first = CompletableFuture.supplyAsync(() -> pass(gate, () -> {
            inside.countDown();
            finish.await();
            return "first";
        }));
        inside.await();
        CompletableFuture<Object> second = CompletableFuture.supplyAsync(() -> pass(gate, () -> "second"));

        assertThat(second).isNotDone();
        finish.countDown();

        assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo("first");
        assertThat(second.get(30, TimeUnit.SECONDS)).isEqualTo("second");
    }

    @Test
    void shouldAnswer503WhenAWriteWaitsTooLong() throws Exception {
        WriteGate gate = new WriteGate(1, Duration.ofMillis(50));
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<Object> holder = CompletableFuture.supplyAsync(() -> pass(gate, () -> {
            inside.countDown();
            finish.await();
            return "held";
        }));
        inside.await();
        boolean[] ran = {false};

        assertThatThrownBy(() -> gate.pass(call(() -> ran[0] = true)))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.problem().status()).isEqualTo(503));
        assertThat(ran[0]).as("the refused write never ran").isFalse();

        finish.countDown();
        holder.get(30, TimeUnit.SECONDS);
        assertThat(gate.pass(call(() -> "after"))).as("the permit came back").isEqualTo("after");
    }

    @Test
    void shouldRunANestedWriteOnThePermitItsCallerHolds() throws Exception {
        WriteGate gate = new WriteGate(1, Duration.ofMillis(50));

        Object answer = gate.pass(call(() -> gate.pass(call(() -> "nested"))));

        assertThat(answer).isEqualTo("nested");
    }

    @Test
    void shouldGiveThePermitBackWhenAWriteFails() throws Exception {
        WriteGate gate = new WriteGate(1, Duration.ofMillis(50));

        assertThatThrownBy(() -> gate.pass(call(() -> {
                    throw new IllegalStateException("refused by the database");
                })))
                .isInstanceOf(IllegalStateException.class);

        assertThat(gate.pass(call(() -> "next"))).isEqualTo("next");
    }

    private static Object pass(WriteGate gate, Callable<Object> work) {
        try {
            return gate.pass(call(work));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The least of an interceptor's invocation: only proceed() matters to the gate. */
    private static InvocationContext call(Callable<Object> work) {
        return new InvocationContext() {
            private final Map<String, Object> data = new HashMap<>();

            @Override
            public Object proceed() throws Exception {
                return work.call();
            }

            @Override
            public Object getTarget() {
                return null;
            }

            @Override
            public Object getTimer() {
                return null;
            }

            @Override
            public Method getMethod() {
                return null;
            }

            @Override
            public Constructor<?> getConstructor() {
                return null;
            }

            @Override
            public Object[] getParameters() {
                return new Object[0];
            }

            @Override
            public void setParameters(Object[] params) {}

            @Override
            public Map<String, Object> getContextData() {
                return data;
            }
        };
    }
}
