package org.segmenta.store.derby.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.segmenta.core.LocalServices;
import org.segmenta.core.contact.ContactService;
import org.segmenta.core.criteria.FieldFilter;
import org.segmenta.core.interaction.InteractionService;
import org.segmenta.core.interaction.LogOptions;
import org.segmenta.core.interaction.LogResult;
import org.segmenta.core.merge.MergeService;
import org.segmenta.core.segment.SegmentService;
import org.segmenta.core.segment.StepOptions;
import org.segmenta.core.segment.StepRequest;
import org.segmenta.core.segment.StepSummary;
import org.segmenta.core.store.ConcurrentChangeException;
import org.segmenta.exchange.ImportReport;
import org.segmenta.exchange.ContactImportService;
import org.segmenta.exchange.ContactImports;
import org.segmenta.model.Contact;
import org.segmenta.model.ContactType;
import org.segmenta.model.CriteriaAction;
import org.segmenta.model.SegmentHeader;
import org.segmenta.model.SegmentaFactory;
import org.segmenta.model.SegmentaPackage.Literals;
import org.segmenta.store.derby.internal.DerbyStore;
import org.segmenta.store.derby.internal.TeamServer;

/**
 * Team mode under load (issue 16): a team server on a loopback port and two clients, alice and bob, each with its
 * own store (connections over the network) and its own services, doing {@value #DEFAULT_OPS} mixed operations each:
 * segment steps (Add, Reduce, Refine), undo, Log of small segments, contact imports (vCard files through the real
 * importer), new contacts and segments (number series), reads, and optimistic changes of a contact. First on
 * different segments only, then half of the segment work on one shared segment.
 * <p>
 * What must hold: no deadlock or lock time-out while the two work on different segments (row locks only); no lost
 * update (every line added by hand to the shared segment is there, every increment of the shared contact is there);
 * no number handed out twice (segments, contacts, logged segments, interaction log entries); every failure is a
 * {@link ConcurrentChangeException} that says "changed by another user" and "try again". The figures are printed.
 * {@code -Dsegmenta.stress.ops=N} changes the number of operations per client.
 */
class TeamStressTest {

    static final int DEFAULT_OPS = 500;
    private static final SegmentaFactory F = SegmentaFactory.eINSTANCE;

    @TempDir
    Path dir;

    /** One desktop: its own store (its own connections to the server) and services. */
    final class Client {
        final String name;
        final DerbyStore store;
        final LocalServices services;
        final SegmentService segments;
        final InteractionService interactions;
        final ContactService contacts;
        final ContactImportService importer;
        final Random random;
        final List<String> ownSegments = new ArrayList<>();
        final Map<String, Long> ownLines = new LinkedHashMap<>();
        final List<String> numbers = new ArrayList<>();
        final List<String> addedToShared = new ArrayList<>();
        final List<Long> loggedEntries = new ArrayList<>();
        long logEntries;
        long increments;
        final Map<String, Integer> done = new TreeMap<>();
        final Map<String, Integer> refused = new TreeMap<>();
        final List<String> unclear = new ArrayList<>();

        Client(String name, DerbyStore store, MergeService merge, long seed) {
            this.name = name;
            this.store = store;
            services = LocalServices.over(store, merge);
            segments = services.segments();
            interactions = services.interactions();
            contacts = services.contacts();
            importer = ContactImports.service(store);
            random = new Random(seed);
        }

        String newSegment(String description) {
            SegmentHeader h = interactions.createSegment(description,
                    Map.of(Literals.SEGMENT_HEADER__SALESPERSON_CODE, "AB"));
            interactions.chooseTemplate(h.getNo(), "PHONE", false);
            numbers.add(h.getNo());
            return h.getNo();
        }

        /** Runs {@code ops} operations; on the shared segment too when {@code shared} is not null. */
        void work(int ops, String shared, String sharedContact) throws Exception {
            for (int n = 0; n < ops; n++) {
                int i = ++sequence; // unique over both halves: names, files
                int pick = random.nextInt(100);
                String kind = "?";
                try {
                    if (pick < 30) {
                        boolean onShared = shared != null && random.nextBoolean();
                        String seg = onShared ? shared : own();
                        CriteriaAction action = onShared ? CriteriaAction.ADD
                                : CriteriaAction.values()[random.nextInt(3)];
                        kind = "step " + action.getLiteral() + (onShared ? " (shared)" : "");
                        StepSummary s = segments.apply(seg, new StepRequest(action, StepOptions.DEFAULTS,
                                List.of(new FieldFilter("contact", "no", range()))));
                        if (!onShared) {
                            ownLines.put(seg, s.linesAfter());
                        }
                    } else if (pick < 42) {
                        String seg = own();
                        kind = "undo";
                        segments.undo(seg);
                        ownLines.put(seg, segments.lineCount(seg));
                    } else if (pick < 50) {
                        kind = "log";
                        String seg = newSegment(name + " log " + i);
                        segments.apply(seg, StepRequest.of(CriteriaAction.ADD, new FieldFilter("contact", "no",
                                range())));
                        LogResult r = interactions.log(seg, new LogOptions(false, false, name.toUpperCase()));
                        loggedEntries.add(r.loggedSegmentEntryNo());
                        logEntries += r.entries();
                    } else if (pick < 58) {
                        kind = "import";
                        Path vcf = dir.resolve(name + "-" + i + ".vcf");
                        Files.writeString(vcf, card(name, i, 1) + card(name, i, 2));
                        ImportReport r = importer.importFile(vcf);
                        for (ImportReport.Created c : r.created()) {
                            numbers.add(c.contact().getNo());
                        }
                        if (r.createdCount() != 2) {
                            unclear.add(kind + ": " + r);
                        }
                    } else if (pick < 70) {
                        kind = "new contact";
                        Contact draft = F.createContact();
                        draft.setType(ContactType.PERSON);
                        draft.setName(name + " Person " + i);
                        String no = contacts.create(draft).contact().getNo();
                        numbers.add(no);
                        if (shared != null) {
                            kind = "add by hand (shared)";
                            segments.addContacts(shared, List.of(no), "stress");
                            addedToShared.add(no);
                        }
                    } else if (pick < 78) {
                        kind = "new segment";
                        String seg = newSegment(name + " segment " + i);
                        ownSegments.add(seg);
                        ownLines.put(seg, 0L);
                    } else if (pick < 86) {
                        kind = "change contact" + (shared != null ? " (shared)" : "");
                        String no = shared != null ? sharedContact : ownContact;
                        increment(no);
                    } else {
                        kind = "read";
                        String seg = own();
                        segments.lines(seg, 0, 50);
                        segments.lineCount(seg);
                    }
                    done.merge(kind, 1, Integer::sum);
                } catch (org.segmenta.core.interaction.LogRefusedException e) {
                    refused.merge(kind + " (refused by its rules)", 1, Integer::sum);
                } catch (ConcurrentChangeException e) {
                    refused.merge(kind, 1, Integer::sum);
                    if (!(e.getMessage().contains("changed by another user") && e.getMessage().contains("try again"))) {
                        unclear.add(kind + ": " + e.getMessage());
                    }
                } catch (RuntimeException e) {
                    unclear.add(kind + ": " + e);
                    e.printStackTrace();
                }
            }
        }

        String ownContact;
        int sequence;

        /** Read, change, write back: what a user does in a form; a stale write is refused and done again. */
        void increment(String no) {
            for (int attempt = 0;; attempt++) {
                Contact c = contacts.get(no).orElseThrow();
                int n = c.getCounty() == null ? 0 : Integer.parseInt(c.getCounty());
                c.setCounty(String.valueOf(n + 1));
                try {
                    contacts.change(c);
                    increments++;
                    return;
                } catch (ConcurrentChangeException e) {
                    if (attempt == 20) {
                        throw e;
                    }
                    refused.merge("change contact (stale, done again)", 1, Integer::sum);
                }
            }
        }

        String own() {
            return ownSegments.get(random.nextInt(ownSegments.size()));
        }

        String range() {
            int from = 1 + random.nextInt(140);
            return String.format("CT%06d..CT%06d", from, from + 2 + random.nextInt(8));
        }
    }

    private static String card(String who, int op, int n) {
        String surname = "Stress" + who + op + "x" + n;
        return "BEGIN:VCARD\r\nVERSION:3.0\r\nN:" + surname + ";Ann;;;\r\nFN:Ann " + surname + "\r\nEMAIL:ann." + surname
                .toLowerCase() + "@example.com\r\nEND:VCARD\r\n";
    }

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES) // a guard against a hang, not a speed check: about 1 min at load 10
    void twoClientsOnALoopbackServerLoseNothingAndNeverDeadlockAcrossSegments() throws Exception {
        int ops = Integer.getInteger("segmenta.stress.ops", DEFAULT_OPS);
        // a deadlock, should one happen, is written to the test's derby.log with the locks involved
        System.setProperty("derby.locks.monitor", "true");
        System.setProperty("derby.locks.deadlockTrace", "true");
        ServiceTracker<MergeService, MergeService> mergeTracker = new ServiceTracker<>(
                FrameworkUtil.getBundle(getClass()).getBundleContext(), MergeService.class, null);
        mergeTracker.open();
        MergeService merge = mergeTracker.waitForService(10_000);
        assertNotNull(merge, "the Word merge service runs in the framework");
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        try (TeamServer server = TeamServer.start(new TeamServer.Config(dir.resolve("server"), "localhost", port, "off",
                null, false))) {
            try (Connection c = server.adminConnection()) {
                TeamServer.addUser(c, "alice", "Tulipan-17");
                TeamServer.addUser(c, "bob", "Rugbrod-42");
            }
            try (DerbyStore a = DerbyStore.network(server.url(), "alice", "Tulipan-17");
                    DerbyStore b = DerbyStore.network(server.url(), "bob", "Rugbrod-42")) {
                Client alice = new Client("alice", a, merge, 16L);
                Client bob = new Client("bob", b, merge, 61L);
                alice.services.demo().load();
                for (Client c : List.of(alice, bob)) {
                    for (int i = 0; i < 3; i++) {
                        String seg = c.newSegment(c.name + " own " + i);
                        c.ownSegments.add(seg);
                        c.ownLines.put(seg, 0L);
                    }
                    Contact mine = F.createContact();
                    mine.setType(ContactType.PERSON);
                    mine.setName(c.name + " counter");
                    c.ownContact = c.contacts.create(mine).contact().getNo();
                    c.numbers.add(c.ownContact);
                }
                Contact counter = F.createContact();
                counter.setType(ContactType.COMPANY);
                counter.setName("Shared counter");
                String sharedContact = alice.contacts.create(counter).contact().getNo();
                alice.numbers.add(sharedContact);
                String shared = alice.newSegment("Shared by alice and bob");

                long entriesBefore = a.read(s -> s.interactionLog().count(org.segmenta.core.store.InteractionLogQuery.all()));
                long start = System.nanoTime();
                run(alice, bob, ops / 2, null, null);
                long apart = System.nanoTime();
                Map<String, Long> apartCollisions = merged(a.collisions(), b.collisions());
                run(alice, bob, ops - ops / 2, shared, sharedContact);
                long end = System.nanoTime();
                Map<String, Long> allCollisions = merged(a.collisions(), b.collisions());

                StringBuilder figures = new StringBuilder("TeamStressTest: 2 clients x " + ops + " operations on a"
                        + " loopback team server; different segments " + (apart - start) / 1_000_000 + " ms, with a"
                        + " shared segment " + (end - apart) / 1_000_000 + " ms; collisions apart " + apartCollisions
                        + ", in all " + allCollisions + " (40001 deadlock, 40XL1/40XL2 lock time-out, 23505 same new"
                        + " key, SGRACE a row changed between read and write in one unit; each repeated by the store),"
                        + " units repeated " + (a.retries() + b.retries()) + "; load average "
                        + java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()
                        + " on " + Runtime.getRuntime().availableProcessors() + " cores\n");
                for (Client c : List.of(alice, bob)) {
                    figures.append("  ").append(c.name).append(": done ").append(c.done).append("; refused ")
                            .append(c.refused).append('\n');
                }
                System.out.println(figures);

                for (Client c : List.of(alice, bob)) {
                    assertEquals(List.of(), c.unclear, c.name + ": every failure is a clear 'try again'");
                    // own segments: only this client touched them, so they hold what its last step said
                    for (Map.Entry<String, Long> e : c.ownLines.entrySet()) {
                        assertEquals(e.getValue().longValue(), c.segments.lineCount(e.getKey()),
                                c.name + "'s segment " + e.getKey());
                    }
                }
                assertFalse(apartCollisions.containsKey("40001"), "no deadlock across different segments: " + figures);
                assertFalse(apartCollisions.containsKey("40XL1") || apartCollisions.containsKey("40XL2"),
                        "no lock time-out across different segments: " + figures);
                assertEquals(Map.of(), merged(refusedApart(alice), refusedApart(bob)),
                        "nothing refused while working apart");

                // no lost update on the shared segment and the shared contact
                Set<String> inShared = new HashSet<>();
                long count = alice.segments.lineCount(shared);
                alice.segments.lines(shared, 0, (int) count).forEach(l -> inShared.add(l.getContactNo()));
                for (Client c : List.of(alice, bob)) {
                    for (String no : c.addedToShared) {
                        assertTrue(inShared.contains(no), c.name + " added " + no + " to the shared segment");
                    }
                }
                Contact sharedNow = bob.contacts.get(sharedContact).orElseThrow();
                assertEquals(alice.increments + bob.increments - ownIncrements(alice, bob, ops),
                        Integer.parseInt(Optional.ofNullable(sharedNow.getCounty()).orElse("0")),
                        "every increment of the shared contact is there");

                // no number twice
                List<String> numbers = new ArrayList<>(alice.numbers);
                numbers.addAll(bob.numbers);
                assertEquals(numbers.size(), new HashSet<>(numbers).size(), "no segment or contact No. twice");
                List<Long> logged = new ArrayList<>(alice.loggedEntries);
                logged.addAll(bob.loggedEntries);
                assertEquals(logged.size(), new HashSet<>(logged).size(), "no logged segment No. twice");
                long entries = a.read(s -> s.interactionLog().count(org.segmenta.core.store.InteractionLogQuery.all()));
                assertEquals(entriesBefore + alice.logEntries + bob.logEntries, entries, "every interaction log entry once");
            }
        } finally {
            mergeTracker.close();
        }
    }

    private final Map<Client, Long> ownIncrementsApart = new java.util.HashMap<>();
    private final Map<Client, Map<String, Integer>> refusedAfterApart = new java.util.HashMap<>();

    private void run(Client alice, Client bob, int ops, String shared, String sharedContact) throws Exception {
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> both = new ArrayList<>();
            for (Client c : List.of(alice, bob)) {
                both.add(two.submit(() -> {
                    c.work(ops, shared, sharedContact);
                    return null;
                }));
            }
            Exception first = null;
            for (Future<?> f : both) {
                try {
                    f.get();
                } catch (Exception e) {
                    first = first == null ? e : first;
                }
            }
            if (first != null) {
                throw first;
            }
        } finally {
            two.shutdownNow();
        }
        if (shared == null) {
            for (Client c : List.of(alice, bob)) {
                ownIncrementsApart.put(c, c.increments);
                refusedAfterApart.put(c, new TreeMap<>(c.refused));
            }
        }
    }

    private Map<String, Integer> refusedApart(Client c) {
        return refusedAfterApart.getOrDefault(c, Map.of());
    }

    /** @return the increments made on the clients' own contacts (in the first half) */
    private long ownIncrements(Client alice, Client bob, int ops) {
        return ownIncrementsApart.getOrDefault(alice, 0L) + ownIncrementsApart.getOrDefault(bob, 0L);
    }

    private static <V extends Number> Map<String, V> merged(Map<String, V> x, Map<String, V> y) {
        Map<String, V> m = new TreeMap<>(x);
        y.forEach((k, v) -> m.merge(k, v, TeamStressTest::sum));
        return Collections.unmodifiableMap(m);
    }

    @SuppressWarnings("unchecked")
    private static <V extends Number> V sum(V p, V q) {
        if (p instanceof Integer) {
            return (V) Integer.valueOf(p.intValue() + q.intValue());
        }
        return (V) Long.valueOf(p.longValue() + q.longValue());
    }
}
