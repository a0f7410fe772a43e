package org.segmenta.store.derby.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.segmenta.core.store.ConcurrentChangeException;
import org.segmenta.core.store.DuplicateKeyException;
import org.segmenta.core.store.NotFoundException;
import org.segmenta.core.store.StoreException;
import org.segmenta.model.Language;

/** Units of work: a write commits whole or leaves nothing. */
class TransactionTest extends StoreFixture {

    @Test
    void anExceptionInsideAWriteLeavesNothing() {
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> store.write(s -> {
            s.salespeople().insert(Fixtures.salesperson());
            s.contacts().insert(Fixtures.company());
            s.contacts().insertAll(List.of(Fixtures.person()).iterator());
            s.segments().insert(Fixtures.segment());
            s.segmentLines().insertAll(List.of(Fixtures.line("SEG00001", 10000, "CT000002")).iterator());
            s.numberSeries().next("SEGMENT");
            throw new IllegalStateException("the printer caught fire at line 1");
        }));
        assertEquals("the printer caught fire at line 1", thrown.getMessage(), "the work's own exception reaches the caller");
        store.read(s -> {
            assertEquals(0, s.salespeople().count());
            assertEquals(0, s.contacts().count());
            assertEquals(0, s.segments().count());
            assertEquals(0, s.segmentLines().count("SEG00001"));
            assertEquals(null, s.numberSeries().require("SEGMENT").getLastNoUsed(), "the number was not used up");
            return null;
        });
        assertEquals("SEG00001", store.write(s -> s.numberSeries().next("SEGMENT")));
    }

    @Test
    void aCheckedExceptionIsWrappedWithItsCause() {
        IOException io = new IOException("disk unplugged");
        StoreException e = assertThrows(StoreException.class, () -> store.write(s -> {
            s.languages().insert(Fixtures.language());
            throw io;
        }));
        assertSame(io, e.getCause());
        assertTrue(e.getMessage().contains("disk unplugged") && e.getMessage().contains("Nothing was saved"), e.getMessage());
        assertEquals(0L, store.read(s -> s.languages().count()));
    }

    @Test
    void aDuplicateKeyRollsBackTheWholeUnit() {
        store.write(s -> s.languages().insert(Fixtures.language()));
        DuplicateKeyException e = assertThrows(DuplicateKeyException.class, () -> store.write(s -> {
            s.mailingGroups().insert(Fixtures.mailingGroup());
            return s.languages().insert(Fixtures.language());
        }));
        assertTrue(e.getMessage().contains("Language DAN") && e.getMessage().contains("exists already"), e.getMessage());
        assertEquals(0L, store.read(s -> s.mailingGroups().count()));
    }

    @Test
    void aNestedUnitJoinsAndItsFailureRollsBackTheOuterOne() {
        StoreException e = assertThrows(StoreException.class, () -> store.write(s -> {
            s.languages().insert(Fixtures.language());
            try {
                store.write(inner -> {
                    assertSame(s, inner, "the nested unit runs in the outer one's session");
                    inner.mailingGroups().insert(Fixtures.mailingGroup());
                    throw new IllegalArgumentException("inner failure");
                });
            } catch (IllegalArgumentException expected) {
                // swallowed by the outer work: the store still rolls everything back
            }
            return null;
        }));
        assertTrue(e.getMessage().contains("nested unit"), e.getMessage());
        store.read(s -> {
            assertEquals(0, s.languages().count());
            assertEquals(0, s.mailingGroups().count());
            return null;
        });
    }

    @Test
    void aReadUnitRefusesWrites() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> store.read(s -> s.languages().insert(Fixtures.language())));
        assertTrue(e.getMessage().contains("read-only unit"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> store.read(s -> store.write(w -> w.numberSeries().next("SEGMENT"))));
        assertFalse(store.read(s -> s.languages().exists("DAN")));
    }

    @Test
    void aStaleUpdateIsRefusedInsteadOfOverwriting() {
        store.write(s -> s.languages().insert(Fixtures.language()));
        Language mine = store.read(s -> s.languages().require("DAN"));
        store.write(s -> {
            Language theirs = s.languages().require("DAN");
            theirs.setName("Dansk");
            return s.languages().update(theirs);
        });
        mine.setName("Danish (Denmark)");
        ConcurrentChangeException e = assertThrows(ConcurrentChangeException.class,
                () -> store.write(s -> s.languages().update(mine)));
        assertTrue(e.getMessage().contains("Language DAN was changed by another user"), e.getMessage());
        assertEquals("Dansk", store.read(s -> s.languages().require("DAN").getName()));
        // after reading again, the change goes through
        Language fresh = store.read(s -> s.languages().require("DAN"));
        fresh.setName("Danish (Denmark)");
        store.write(s -> s.languages().update(fresh));
        fresh.setWindowsLanguageId(1031);
        store.write(s -> s.languages().update(fresh));
        assertEquals(1031, store.read(s -> s.languages().require("DAN").getWindowsLanguageId()));
    }

    @Test
    void missingObjectsAreNamed() {
        NotFoundException e = assertThrows(NotFoundException.class, () -> store.read(s -> s.contacts().require("CT999999")));
        assertTrue(e.getMessage().startsWith("Contact CT999999 does not exist"), e.getMessage());
        assertThrows(NotFoundException.class, () -> store.write(s -> {
            s.campaigns().delete("CP0");
            return null;
        }));
        assertThrows(NotFoundException.class, () -> store.write(s -> s.numberSeries().next("NO-SUCH-SERIES")));
        assertThrows(NotFoundException.class, () -> store.write(s -> s.languages().update(Fixtures.language())));
    }
}
