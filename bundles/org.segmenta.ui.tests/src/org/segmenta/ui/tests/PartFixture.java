package org.segmenta.ui.tests;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.testing.services.TestServices;

/**
 * The set-up the part tests share: the real services over a fresh database in the test's temporary folder
 * ({@link TestServices}, seeded with generated contacts if the test class asks for them) and a {@link PartContext}
 * to make parts in a real shell. A test class extends it; its own {@code @BeforeEach} methods run after both are open,
 * and both are closed after each test.
 */
abstract class PartFixture {

    /** The test's folder; the database lives in it. */
    @TempDir
    Path folder;

    /** The services over the test's database. */
    TestServices services;

    /** The e4 context and shell the parts are made in. */
    PartContext ui;

    private final int contacts;

    /** An empty database: no seed data. */
    PartFixture() {
        this(-1);
    }

    /**
     * @param contacts how many generated contacts (with the seed's salespeople and templates, see
     *        {@link TestServices#seed(int)}) the database starts with
     */
    PartFixture(int contacts) {
        this.contacts = contacts;
    }

    @BeforeEach
    final void openParts() {
        services = new TestServices(folder);
        if (contacts >= 0) {
            services.seed(contacts);
        }
        ui = new PartContext(services);
    }

    @AfterEach
    final void closeParts() {
        ui.close();
        services.close();
    }
}
