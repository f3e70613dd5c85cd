package io.camunda.zeebe.process.test.engine.db;

import io.camunda.zeebe.db.DbValue;
import io.camunda.zeebe.db.TransactionOperation;
import io.camunda.zeebe.db.ZeebeDbTransaction;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The embedded engine's state transaction, written for Etablering. Like our {@code InMemoryLogStorage} it carries
 * the library's class name on purpose, so that the library's in-memory database builds this one (the application's
 * classes come first on the class path; {@code LocalZeebeEngine} checks it at start).
 *
 * <p>Why: the library's transaction copied the <em>whole</em> engine state into a new sorted map for every prefix
 * scan, and the engine scans by prefix many times per command (activating jobs, correlating messages). The cost of
 * each command so grew with every process instance alive in the engine: after a few thousand open cases the engine
 * spent nine tenths of its time copying, and inquiries waited seconds for their first task. Here a scan walks the
 * committed state in place, merged with a copy of this transaction's own (few) changes, which gives the same
 * entries in the same order; and it ends where the entries of the scanned prefix end, where the library's read on
 * to the end of the whole state (see our {@code InMemoryDbColumnFamilyIterationContext}).
 */
final class InMemoryDbTransaction implements ZeebeDbTransaction, InMemoryDbState {

    private final TreeMap<Bytes, Bytes> database;
    private final TreeMap<Bytes, Bytes> transactionCache = new TreeMap<>();
    private final HashSet<Bytes> deletedKeys = new HashSet<>();
    private boolean inCurrentTransaction;

    InMemoryDbTransaction(TreeMap<Bytes, Bytes> database) {
        this.database = database;
    }

    void resetTransaction() {
        rollback();
        inCurrentTransaction = true;
    }

    public boolean isInCurrentTransaction() {
        return inCurrentTransaction;
    }

    @Override
    public void run(TransactionOperation operations) throws Exception {
        operations.run();
    }

    @Override
    public void commit() {
        inCurrentTransaction = false;
        database.putAll(transactionCache);
        deletedKeys.forEach(database::remove);
        deletedKeys.clear();
        transactionCache.clear();
    }

    @Override
    public void rollback() {
        inCurrentTransaction = false;
        deletedKeys.clear();
        transactionCache.clear();
    }

    @Override
    public void put(FullyQualifiedKey key, DbValue value) {
        deletedKeys.remove(key.getKeyBytes());
        transactionCache.put(key.getKeyBytes(), Bytes.fromDbValue(value));
    }

    @Override
    public byte[] get(FullyQualifiedKey key) {
        Bytes bytes = key.getKeyBytes();
        if (deletedKeys.contains(bytes)) {
            return null;
        }
        Bytes written = transactionCache.get(bytes);
        if (written != null) {
            return written.toBytes();
        }
        Bytes committed = database.get(bytes);
        return committed == null ? null : committed.toBytes();
    }

    @Override
    public void delete(FullyQualifiedKey key) {
        Bytes bytes = key.getKeyBytes();
        transactionCache.remove(bytes);
        deletedKeys.add(bytes);
    }

    @Override
    public InMemoryDbIterator newIterator() {
        // this transaction's changes as they are now, so that a visitor writing while it scans changes nothing seen
        return new InMemoryDbIterator(new MergedState(database, new TreeMap<>(transactionCache),
                Set.copyOf(deletedKeys), null, InMemoryDbColumnFamilyIterationContext.scanningPrefix()));
    }

    @Override
    public boolean contains(FullyQualifiedKey key) {
        Bytes bytes = key.getKeyBytes();
        return !deletedKeys.contains(bytes) && (transactionCache.containsKey(bytes) || database.containsKey(bytes));
    }

    /**
     * The committed state with a transaction's changes over it, from {@code from} on, read in key order without
     * copying: written keys replace committed ones, deleted keys are left out. The library's iterator asks only for
     * {@link #tailMap} and {@link #entrySet}.
     */
    static final class MergedState extends AbstractMap<Bytes, Bytes> implements SortedMap<Bytes, Bytes> {

        private final TreeMap<Bytes, Bytes> committed;
        private final TreeMap<Bytes, Bytes> written;
        private final Set<Bytes> deleted;
        private final Bytes from;
        /** The scan's prefix: entries after those that start with it are of no interest (null: read to the end). */
        private final Bytes prefix;

        MergedState(TreeMap<Bytes, Bytes> committed, TreeMap<Bytes, Bytes> written, Set<Bytes> deleted, Bytes from,
                    Bytes prefix) {
            this.committed = committed;
            this.written = written;
            this.deleted = deleted;
            this.from = from;
            this.prefix = prefix;
        }

        @Override
        public SortedMap<Bytes, Bytes> tailMap(Bytes fromKey) {
            Bytes start = from == null || fromKey.compareTo(from) > 0 ? fromKey : from;
            return new MergedState(committed, written, deleted, start, prefix);
        }

        @Override
        public Set<Entry<Bytes, Bytes>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Entry<Bytes, Bytes>> iterator() {
                    return new Merging(from == null ? committed.entrySet().iterator()
                            : committed.tailMap(from, true).entrySet().iterator(),
                            from == null ? written.entrySet().iterator()
                                    : written.tailMap(from, true).entrySet().iterator(), deleted, prefix);
                }

                @Override
                public int size() {
                    int size = 0;
                    for (Iterator<Entry<Bytes, Bytes>> entries = iterator(); entries.hasNext(); entries.next()) {
                        size++;
                    }
                    return size;
                }
            };
        }

        @Override
        public Comparator<? super Bytes> comparator() {
            return null;
        }

        @Override
        public SortedMap<Bytes, Bytes> subMap(Bytes fromKey, Bytes toKey) {
            throw new UnsupportedOperationException("the engine's iterator reads tail maps only");
        }

        @Override
        public SortedMap<Bytes, Bytes> headMap(Bytes toKey) {
            throw new UnsupportedOperationException("the engine's iterator reads tail maps only");
        }

        @Override
        public Bytes firstKey() {
            Iterator<Entry<Bytes, Bytes>> entries = entrySet().iterator();
            if (!entries.hasNext()) {
                throw new NoSuchElementException();
            }
            return entries.next().getKey();
        }

        @Override
        public Bytes lastKey() {
            throw new UnsupportedOperationException("the engine's iterator reads tail maps only");
        }
    }

    /** Two sorted entry streams as one: on equal keys the written entry wins; deleted committed keys are skipped. */
    static final class Merging implements Iterator<Map.Entry<Bytes, Bytes>> {

        private final Iterator<Map.Entry<Bytes, Bytes>> committed;
        private final Iterator<Map.Entry<Bytes, Bytes>> written;
        private final Set<Bytes> deleted;
        private final byte[] prefix;
        private final Bytes prefixKey;
        private Map.Entry<Bytes, Bytes> nextCommitted;
        private Map.Entry<Bytes, Bytes> nextWritten;

        Merging(Iterator<Map.Entry<Bytes, Bytes>> committed, Iterator<Map.Entry<Bytes, Bytes>> written,
                Set<Bytes> deleted, Bytes prefix) {
            this.committed = committed;
            this.written = written;
            this.deleted = deleted;
            this.prefixKey = prefix;
            this.prefix = prefix == null ? null : prefix.toBytes();
            advanceCommitted();
            advanceWritten();
        }

        private void advanceCommitted() {
            nextCommitted = null;
            while (committed.hasNext()) {
                Map.Entry<Bytes, Bytes> candidate = committed.next();
                if (beyondPrefix(candidate.getKey())) {
                    return;
                }
                if (deleted.isEmpty() || !deleted.contains(candidate.getKey())) {
                    nextCommitted = candidate;
                    return;
                }
            }
        }

        private void advanceWritten() {
            nextWritten = null;
            if (written.hasNext()) {
                Map.Entry<Bytes, Bytes> candidate = written.next();
                nextWritten = beyondPrefix(candidate.getKey()) ? null : candidate;
            }
        }

        /**
         * Past every key that starts with the prefix: it does not start with it and sorts after it. Keys are ordered
         * byte by byte, so all keys with a prefix stand together, and none comes after this one.
         */
        private boolean beyondPrefix(Bytes key) {
            if (prefix == null) {
                return false;
            }
            byte[] bytes = key.toBytes();
            boolean startsWith = bytes.length >= prefix.length
                    && java.util.Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
            return !startsWith && key.compareTo(prefixKey) > 0;
        }

        @Override
        public boolean hasNext() {
            return nextCommitted != null || nextWritten != null;
        }

        @Override
        public Map.Entry<Bytes, Bytes> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            int order = nextCommitted == null ? 1 : nextWritten == null ? -1
                    : nextCommitted.getKey().compareTo(nextWritten.getKey());
            Map.Entry<Bytes, Bytes> result;
            if (order < 0) {
                result = Map.entry(nextCommitted.getKey(), nextCommitted.getValue());
                advanceCommitted();
            } else {
                result = Map.entry(nextWritten.getKey(), nextWritten.getValue());
                if (order == 0) {
                    advanceCommitted();
                }
                advanceWritten();
            }
            return result;
        }
    }
}
