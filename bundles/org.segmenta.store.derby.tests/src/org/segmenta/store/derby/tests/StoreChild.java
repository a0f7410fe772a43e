package org.segmenta.store.derby.tests;

import java.nio.file.Path;
import java.util.stream.IntStream;

import org.segmenta.model.Contact;
import org.segmenta.model.ContactType;
import org.segmenta.model.NumberSeries;
import org.segmenta.model.SegmentHeader;
import org.segmenta.model.SegmentaFactory;
import org.segmenta.store.derby.internal.DerbyStore;

/**
 * The child process of {@link LockTest} and {@link KillTest}: runs the store outside OSGi on plain jars.
 * <ul>
 * <li>{@code hold FOLDER}: opens the embedded database, prints OPEN, keeps it open until its input ends.</li>
 * <li>{@code write-loop FOLDER HOLD_AT}: writes transaction after transaction (a contact, 200 segment lines and
 * a number of series KILLNO each), printing COMMITTED i after each commit; in transaction HOLD_AT (0 for never)
 * it stops halfway, prints HOLDING i, and waits for its input, to be killed there.</li>
 * </ul>
 */
public final class StoreChild {

    static final int LINES = 200;

    private StoreChild() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[1]);
        switch (args[0]) {
        case "hold" -> {
            try (DerbyStore store = DerbyStore.embedded(folder)) {
                System.out.println("OPEN");
                System.out.flush();
                while (System.in.read() >= 0) {
                    // wait for the end of the input
                }
            }
            System.out.println("CLOSED");
        }
        case "write-loop" -> writeLoop(folder, Integer.parseInt(args[2]));
        default -> throw new IllegalArgumentException(args[0]);
        }
    }

    private static void writeLoop(Path folder, int holdAt) throws Exception {
        SegmentaFactory f = SegmentaFactory.eINSTANCE;
        DerbyStore store = DerbyStore.embedded(folder);
        store.write(s -> {
            SegmentHeader h = f.createSegmentHeader();
            h.setNo("KILL");
            h.setDescription("Written until killed");
            s.segments().insert(h);
            NumberSeries n = f.createNumberSeries();
            n.setCode("KILLNO");
            n.setStartingNo("K000001");
            return s.numberSeries().insert(n);
        });
        System.out.println("READY");
        System.out.flush();
        for (int i = 1;; i++) {
            int tx = i;
            store.write(s -> {
                Contact c = f.createContact();
                c.setNo(String.format("K%06d", tx));
                c.setType(ContactType.COMPANY);
                c.setName("Contact written in transaction " + tx);
                s.contacts().insert(c);
                s.segmentLines().insertAll(IntStream.rangeClosed(1, LINES / 2)
                        .mapToObj(j -> Fixtures.line("KILL", (tx - 1) * LINES + j, c.getNo())).iterator());
                if (tx == holdAt) {
                    System.out.println("HOLDING " + tx);
                    System.out.flush();
                    while (System.in.read() >= 0) {
                        // killed here, in the middle of the transaction
                    }
                }
                s.segmentLines().insertAll(IntStream.rangeClosed(LINES / 2 + 1, LINES)
                        .mapToObj(j -> Fixtures.line("KILL", (tx - 1) * LINES + j, c.getNo())).iterator());
                return s.numberSeries().next("KILLNO");
            });
            System.out.println("COMMITTED " + tx);
            System.out.flush();
        }
    }
}
