package io.camunda.zeebe.process.test.engine.db;

import io.camunda.zeebe.db.DbKey;
import io.camunda.zeebe.db.impl.ZeebeDbConstants;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Queue;
import java.util.function.Consumer;
import org.agrona.ExpandableArrayBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * How the embedded engine's column families build their keys, written for Etablering with the library's class name
 * (see our {@code InMemoryDbTransaction}). It does what the library's does, and also tells the state transaction
 * which prefix a scan is for: the library's scan reads on to the very end of the engine's state and skips what does
 * not match, so with the prefix known the scan can end where the prefix's entries end.
 */
final class InMemoryDbColumnFamilyIterationContext {

    /** The prefixes of the scans running on this thread, innermost first. */
    private static final ThreadLocal<Deque<Bytes>> SCANNING = ThreadLocal.withInitial(ArrayDeque::new);

    private final long columnFamilyPrefix;
    private final Queue<ExpandableArrayBuffer> prefixKeyBuffers =
            new ArrayDeque<>(List.of(new ExpandableArrayBuffer(), new ExpandableArrayBuffer()));

    InMemoryDbColumnFamilyIterationContext(long columnFamilyPrefix) {
        this.columnFamilyPrefix = columnFamilyPrefix;
    }

    void withPrefixKey(DbKey prefix, Consumer<Bytes> prefixKeyConsumer) {
        if (prefixKeyBuffers.peek() == null) {
            throw new IllegalStateException(
                    "Currently nested prefix iterations of this depth are not supported! This will cause unexpected behavior.");
        }
        ExpandableArrayBuffer buffer = prefixKeyBuffers.remove();
        Deque<Bytes> scanning = SCANNING.get();
        try {
            buffer.putLong(0, columnFamilyPrefix, ZeebeDbConstants.ZB_DB_BYTE_ORDER);
            prefix.write(buffer, Long.BYTES);
            Bytes prefixKey = Bytes.fromByteArray(buffer.byteArray(), Long.BYTES + prefix.getLength());
            scanning.push(prefixKey);
            prefixKeyConsumer.accept(prefixKey);
        } finally {
            if (!scanning.isEmpty()) {
                scanning.pop();
            }
            prefixKeyBuffers.add(buffer);
        }
    }

    public ByteBuffer keyWithColumnFamily(DbKey key) {
        ByteBuffer bytes = ByteBuffer.allocate(Long.BYTES + key.getLength());
        UnsafeBuffer buffer = new UnsafeBuffer(bytes);
        buffer.putLong(0, columnFamilyPrefix, ZeebeDbConstants.ZB_DB_BYTE_ORDER);
        key.write(buffer, Long.BYTES);
        return bytes;
    }

    /** The prefix of the innermost scan running on this thread, or null outside a scan. */
    static Bytes scanningPrefix() {
        return SCANNING.get().peek();
    }
}
