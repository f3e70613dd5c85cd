package org.etablering.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.camunda.zeebe.logstreams.storage.LogStorage;
import io.camunda.zeebe.logstreams.storage.LogStorageReader;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.agrona.DirectBuffer;
import org.junit.jupiter.api.Test;

/**
 * The embedded engine's log is Etablering's own, which readers on other threads may read while blocks are appended
 * (the library's stopped the engine now and then with a NullPointerException).
 */
class EmbeddedEngineLogTest {

    @Test
    void theEngineIsBuiltWithEtableringsLogAndStateTransactionNotTheLibrarys() {
        assertThatCode(LocalZeebeEngine::requireThreadSafeLog).doesNotThrowAnyException();
        assertThat(LocalZeebeEngine.stateTransactionClass().getProtectionDomain().getCodeSource().getLocation())
                .isEqualTo(LocalZeebeEngine.class.getProtectionDomain().getCodeSource().getLocation());
    }

    /** The library's log fails this within two or three rounds on a 2-core machine. */
    @Test
    void readersOnOtherThreadsSeeEveryBlockWholeAndInOrderWhileBlocksAreAppended() throws Exception {
        for (int round = 0; round < 10; round++) {
            readWhileAppending(newLog());
        }
    }

    private static void readWhileAppending(LogStorage log) throws Exception {
        int blocks = 20_000;
        int readers = 4;
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        AtomicBoolean appending = new AtomicBoolean(true);
        CountDownLatch started = new CountDownLatch(readers);
        List<Thread> threads = new ArrayList<>();
        AtomicInteger completeReaders = new AtomicInteger();
        for (int r = 0; r < readers; r++) {
            Thread reader = new Thread(() -> {
                LogStorageReader cursor = log.newReader();
                long expected = 1;
                started.countDown();
                try {
                    while (expected <= blocks) {
                        if (cursor.hasNext()) {
                            DirectBuffer block = cursor.next();
                            assertThat(block.getLong(0)).isEqualTo(expected);
                            expected++;
                        } else if (!appending.get() && !cursor.hasNext()) {
                            break;
                        }
                    }
                    if (expected == blocks + 1) {
                        completeReaders.incrementAndGet();
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            threads.add(reader);
            reader.start();
        }
        started.await();
        AtomicInteger commits = new AtomicInteger();
        log.addCommitListener(commits::incrementAndGet);
        for (long position = 1; position <= blocks; position++) {
            log.append(position, position, block(position), new LogStorage.AppendListener() { });
            if (position % 1000 == 0) {
                LogStorage.CommitListener passing = () -> { };
                log.addCommitListener(passing);
                log.removeCommitListener(passing);
            }
        }
        appending.set(false);
        for (Thread reader : threads) {
            reader.join(30_000);
        }
        assertThat(failures).isEmpty();
        assertThat(completeReaders).hasValue(readers);
        assertThat(commits).hasValue(blocks);
    }

    @Test
    void aReaderSeeksToTheBlockThatHoldsAPosition() throws Exception {
        LogStorage log = newLog();
        log.append(1, 9, block(1), new LogStorage.AppendListener() { });
        log.append(10, 19, block(10), new LogStorage.AppendListener() { });
        log.append(20, 29, block(20), new LogStorage.AppendListener() { });
        LogStorageReader reader = log.newReader();

        reader.seek(15);
        assertThat(reader.next().getLong(0)).isEqualTo(10);
        assertThat(reader.next().getLong(0)).isEqualTo(20);
        assertThat(reader.hasNext()).isFalse();

        reader.seek(0);
        assertThat(reader.next().getLong(0)).isEqualTo(1);
        reader.seek(Long.MAX_VALUE);
        assertThat(reader.next().getLong(0)).isEqualTo(20);
    }

    private static LogStorage newLog() throws Exception {
        var constructor = LocalZeebeEngine.logStorageClass().getDeclaredConstructor();
        constructor.setAccessible(true);
        return (LogStorage) constructor.newInstance();
    }

    private static ByteBuffer block(long firstPosition) {
        return ByteBuffer.allocate(Long.BYTES).order(java.nio.ByteOrder.LITTLE_ENDIAN).putLong(0, firstPosition);
    }
}
