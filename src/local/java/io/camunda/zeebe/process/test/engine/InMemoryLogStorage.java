package io.camunda.zeebe.process.test.engine;

import io.camunda.zeebe.logstreams.storage.LogStorage;
import io.camunda.zeebe.logstreams.storage.LogStorageReader;
import io.camunda.zeebe.util.buffer.BufferWriter;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.atomic.AtomicLong;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * The embedded engine's log, written for Etablering. It carries the library's class name on purpose: the library's
 * {@code EngineFactory} constructs its log by this name, and the application's classes come before the library's
 * on the class path, so the factory builds this one.
 *
 * <p>Why: the library keeps the log's blocks in a plain {@code ArrayList} that the engine's actor threads read while
 * another thread appends. Now and then a reader sees the longer list before the block itself, gets {@code null},
 * and the stream processor stops with a {@code NullPointerException}; from then on the engine accepts commands but
 * processes none. Here each block is published through a concurrent map, so a reader sees a block whole or not at
 * all, and commit listeners may come and go while blocks are appended.
 *
 * <p>{@code LocalZeebeEngine} checks at start that this class, not the library's, is the one loaded.
 */
final class InMemoryLogStorage implements LogStorage {

    /** Blocks by the position of their first record; the sequencer appends them in increasing order. */
    private final ConcurrentSkipListMap<Long, ByteBuffer> blocks = new ConcurrentSkipListMap<>();
    private final Set<CommitListener> commitListeners = new CopyOnWriteArraySet<>();
    private final AtomicLong appended = new AtomicLong();

    InMemoryLogStorage() {
    }

    @Override
    public LogStorageReader newReader() {
        return new Reader();
    }

    @Override
    public void append(long lowestPosition, long highestPosition, BufferWriter writer, AppendListener listener) {
        ByteBuffer block = ByteBuffer.allocate(writer.getLength());
        writer.write(new UnsafeBuffer(block), 0);
        append(lowestPosition, highestPosition, block, listener);
    }

    @Override
    public void append(long lowestPosition, long highestPosition, ByteBuffer block, AppendListener listener) {
        blocks.put(lowestPosition, block);
        long index = appended.incrementAndGet();
        listener.onWrite(index, highestPosition);
        listener.onCommit(index, highestPosition);
        commitListeners.forEach(CommitListener::onCommit);
    }

    @Override
    public void addCommitListener(CommitListener listener) {
        commitListeners.add(listener);
    }

    @Override
    public void removeCommitListener(CommitListener listener) {
        commitListeners.remove(listener);
    }

    /** Reads blocks in order; each reader belongs to one actor at a time. */
    private final class Reader implements LogStorageReader {

        /** The first record position the next block may start at. */
        private long from = Long.MIN_VALUE;

        /** Goes to the last block that starts before the position; the log stream skips what precedes it. */
        @Override
        public void seek(long position) {
            Long start = blocks.lowerKey(position);
            from = start == null ? Long.MIN_VALUE : start;
        }

        @Override
        public boolean hasNext() {
            return blocks.ceilingKey(from) != null;
        }

        @Override
        public DirectBuffer next() {
            Map.Entry<Long, ByteBuffer> block = blocks.ceilingEntry(from);
            if (block == null) {
                throw new NoSuchElementException();
            }
            from = block.getKey() + 1;
            return new UnsafeBuffer(block.getValue());
        }

        @Override
        public void close() {
        }
    }
}
