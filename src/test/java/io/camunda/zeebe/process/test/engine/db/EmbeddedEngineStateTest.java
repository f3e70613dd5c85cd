package io.camunda.zeebe.process.test.engine.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The embedded engine's state transaction (Etablering's, see its comment) scans the committed state in place, merged
 * with the transaction's own changes. These are the entries the library's copy-everything scan gave, in the same
 * order, for random states, changes and scan starts.
 */
class EmbeddedEngineStateTest {

    private final Random random = new Random(20261130);

    @Test
    void aScanSeesWhatACopyOfTheStateWithTheChangesOverItWouldHold() {
        for (int round = 0; round < 500; round++) {
            TreeMap<Bytes, Bytes> committed = new TreeMap<>();
            for (int i = random.nextInt(60); i > 0; i--) {
                committed.put(key(), value());
            }
            TreeMap<Bytes, Bytes> written = new TreeMap<>();
            Set<Bytes> deleted = new HashSet<>();
            for (int i = random.nextInt(20); i > 0; i--) {
                Bytes key = random.nextBoolean() && !committed.isEmpty() ? someKeyOf(committed) : key();
                if (random.nextInt(3) == 0) { // as the transaction's delete does
                    written.remove(key);
                    deleted.add(key);
                } else { // as its put does
                    deleted.remove(key);
                    written.put(key, value());
                }
            }
            TreeMap<Bytes, Bytes> copy = new TreeMap<>(committed);
            copy.putAll(written);
            deleted.forEach(copy::remove);

            byte[] start = random.nextBoolean() ? new byte[0] : new byte[] {(byte) random.nextInt(4)};
            List<String> expected = entries(new InMemoryDbIterator(copy).seek(start, start.length).iterate());
            List<String> scanned = entries(new InMemoryDbIterator(
                    new InMemoryDbTransaction.MergedState(committed, written, deleted, null, null))
                    .seek(start, start.length).iterate());
            assertThat(scanned).as("round %d", round).isEqualTo(expected);
        }
    }

    /**
     * The library's scan reads on to the end of the state and skips keys without the prefix; ours ends after the
     * prefix's keys. What the scan keeps (the keys with the prefix, from the start key on) is the same.
     */
    @Test
    void aScanForAPrefixEndsWhereThePrefixsKeysEndAndKeepsEveryOneOfThem() {
        for (int round = 0; round < 500; round++) {
            TreeMap<Bytes, Bytes> committed = new TreeMap<>();
            for (int i = random.nextInt(80); i > 0; i--) {
                committed.put(key(), value());
            }
            TreeMap<Bytes, Bytes> written = new TreeMap<>();
            for (int i = random.nextInt(10); i > 0; i--) {
                written.put(key(), value());
            }
            byte[] prefix = random.nextBoolean() ? new byte[] {(byte) random.nextInt(4)}
                    : new byte[] {(byte) random.nextInt(4), (byte) random.nextInt(4)};
            byte[] start = random.nextBoolean() ? prefix : java.util.Arrays.copyOf(prefix, prefix.length + 1);
            if (start.length > prefix.length) {
                start[prefix.length] = (byte) random.nextInt(4);
            }
            TreeMap<Bytes, Bytes> copy = new TreeMap<>(committed);
            copy.putAll(written);
            List<String> expected = withPrefix(prefix, entries(new InMemoryDbIterator(copy).seek(start, start.length)
                    .iterate()));
            List<String> scanned = entries(new InMemoryDbIterator(new InMemoryDbTransaction.MergedState(committed,
                    written, Set.of(), null, Bytes.fromByteArray(prefix))).seek(start, start.length).iterate());
            assertThat(withPrefix(prefix, scanned)).as("round %d", round).isEqualTo(expected);
            assertThat(scanned).as("nothing read past the prefix's keys, round %d", round).isEqualTo(expected);
        }
    }

    private static List<String> withPrefix(byte[] prefix, List<String> entries) {
        String start = java.util.Arrays.toString(prefix);
        String open = start.substring(0, start.length() - 1);
        return entries.stream().filter(entry -> entry.startsWith(open + "]") || entry.startsWith(open + ",")).toList();
    }

    @Test
    void aVisitorWritingWhileItScansChangesNothingTheScanSees() {
        TreeMap<Bytes, Bytes> committed = new TreeMap<>();
        committed.put(Bytes.fromByteArray(new byte[] {1}), Bytes.fromByteArray(new byte[] {10}));
        committed.put(Bytes.fromByteArray(new byte[] {2}), Bytes.fromByteArray(new byte[] {20}));
        TreeMap<Bytes, Bytes> written = new TreeMap<>();
        written.put(Bytes.fromByteArray(new byte[] {3}), Bytes.fromByteArray(new byte[] {30}));
        InMemoryDbTransaction.MergedState state = new InMemoryDbTransaction.MergedState(committed,
                new TreeMap<>(written), Set.copyOf(new HashSet<Bytes>()), null, null);
        Iterator<Map.Entry<Bytes, Bytes>> scan = new InMemoryDbIterator(state).seek(new byte[0], 0).iterate();
        List<String> seen = new ArrayList<>();
        while (scan.hasNext()) {
            Map.Entry<Bytes, Bytes> entry = scan.next();
            seen.add(entry.getKey().toBytes()[0] + "=" + entry.getValue().toBytes()[0]);
            written.put(Bytes.fromByteArray(new byte[] {4}), Bytes.fromByteArray(new byte[] {40}));
        }
        assertThat(seen).containsExactly("1=10", "2=20", "3=30");
    }

    private Bytes key() {
        byte[] key = new byte[1 + random.nextInt(3)];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) random.nextInt(4);
        }
        return Bytes.fromByteArray(key);
    }

    private Bytes value() {
        return Bytes.fromByteArray(new byte[] {(byte) random.nextInt(100)});
    }

    private Bytes someKeyOf(TreeMap<Bytes, Bytes> map) {
        return new ArrayList<>(map.keySet()).get(random.nextInt(map.size()));
    }

    private static List<String> entries(Iterator<Map.Entry<Bytes, Bytes>> iterator) {
        List<String> entries = new ArrayList<>();
        iterator.forEachRemaining(entry -> entries.add(java.util.Arrays.toString(entry.getKey().toBytes()) + "="
                + java.util.Arrays.toString(entry.getValue().toBytes())));
        return entries;
    }
}
