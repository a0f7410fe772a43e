package org.segmenta.ui.window.tests;

import java.nio.file.Path;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.testing.services.TestServices;

/**
 * The set-up the whole-window tests share: the real services over a fresh database in the test's temporary folder
 * (seeded with generated contacts if the test class asks for them, see {@link #data}), and the main window rendered by
 * a {@link Workbench} with the services of {@link Workbench#putServices} in its context. A test class extends it and
 * overrides {@link #put} when its window needs more services; its own {@code @BeforeEach} methods run after the window
 * is shown, and the window and the database are closed after each test.
 */
abstract class WindowFixture {

    /** The test's folder; the database lives in its folder {@code db}, a test may write its files beside it. */
    @TempDir
    Path folder;

    /** The services over the test's database. */
    TestServices services;

    /** The workbench that renders the window. */
    Workbench wb;

    /** The main window, its part service and its shell. */
    MWindow window;
    EPartService parts;
    Shell shell;

    private final int contacts;

    /** An empty database: no seed data. */
    WindowFixture() {
        this(-1);
    }

    /**
     * @param contacts how many generated contacts (with the seed's salespeople and templates, see
     *        {@link TestServices#seed(int)}) the database starts with
     */
    WindowFixture(int contacts) {
        this.contacts = contacts;
    }

    @BeforeEach
    final void openWindow() {
        services = new TestServices(folder);
        data();
        wb = new Workbench(this::put);
        window = wb.showMainWindow();
        parts = window.getContext().get(EPartService.class);
        shell = (Shell) window.getWidget();
    }

    /** Stores the data the window opens on: the generated contacts the test class asked for, if any. */
    void data() {
        if (contacts >= 0) {
            services.seed(contacts);
        }
    }

    /**
     * Puts the services into the window's context before it is rendered: those of {@link Workbench#putServices}. A
     * test whose window needs others overrides it and calls it first.
     *
     * @param c the application context
     */
    void put(IEclipseContext c) {
        Workbench.putServices(c, services);
    }

    @AfterEach
    final void closeWindow() {
        if (wb != null) {
            wb.close();
        }
        services.close();
    }
}
