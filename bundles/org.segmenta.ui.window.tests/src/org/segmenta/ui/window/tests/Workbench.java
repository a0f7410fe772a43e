package org.segmenta.ui.window.tests;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.contributions.IContributionFactory;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.internal.workbench.E4Workbench;
import org.eclipse.e4.ui.internal.workbench.E4XMIResourceFactory;
import org.eclipse.e4.ui.internal.workbench.ModelAssembler;
import org.eclipse.e4.ui.internal.workbench.swt.E4Application;
import org.eclipse.e4.ui.internal.workbench.swt.PartRenderingEngine;
import org.eclipse.e4.ui.model.application.MAddon;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.swt.DisplayUISynchronize;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.segmenta.core.criteria.CriteriaSources;
import org.segmenta.core.interaction.InteractionService;
import org.segmenta.core.merge.MergeService;
import org.segmenta.core.segment.SegmentService;
import org.segmenta.core.store.Store;
import org.segmenta.testing.Screenshots;
import org.segmenta.testing.services.TestServices;
import org.segmenta.ui.Prompter;
import org.segmenta.ui.UiIds;
import org.segmenta.ui.internal.parts.SegmentEditorPart;
import org.segmenta.ui.internal.parts.SegmentEditors;

/**
 * The real application model rendered with the real e4 renderers under the (virtual) display, with services put
 * into its context by the test, and helpers to wait for the UI and to drive dialogs.
 */
@SuppressWarnings("restriction")
final class Workbench implements AutoCloseable {

    /** Answers every question with Yes and remembers what was asked and said. */
    static final class AnsweringPrompter implements Prompter {
        final List<String> said = Collections.synchronizedList(new ArrayList<>());

        @Override
        public boolean confirm(Shell shell, String title, String message) {
            said.add("? " + message);
            return true;
        }

        @Override
        public void inform(Shell shell, String title, String message) {
            said.add("i " + message);
        }

        @Override
        public void error(Shell shell, String title, String message) {
            said.add("! " + message);
        }

        boolean saidSomething(String part) {
            synchronized (said) {
                return said.stream().anyMatch(s -> s.contains(part));
            }
        }
    }

    final Display display = Display.getDefault();
    final IEclipseContext context;
    final MApplication application;
    final AnsweringPrompter prompter = new AnsweringPrompter();
    E4Workbench workbench;
    /** The main window, once {@link #showMainWindow()} rendered it. */
    MWindow window;

    /**
     * @param services puts the services into the application context before the model is rendered
     */
    Workbench(Consumer<IEclipseContext> services) {
        context = E4Application.createDefaultContext();
        context.set(IWorkbench.PRESENTATION_URI_ARG, PartRenderingEngine.engineURI);
        context.set(UISynchronize.class, new DisplayUISynchronize(display));
        context.set(Prompter.class, prompter);
        services.accept(context);
        ContextInjectionFactory.setDefault(context);
        ResourceSet resources = new ResourceSetImpl();
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("e4xmi", new E4XMIResourceFactory());
        Resource resource = resources
                .getResource(URI.createPlatformPluginURI("org.segmenta.app/Application.e4xmi", true), true);
        application = (MApplication) resource.getContents().get(0);
        application.setContext(context);
        context.set(MApplication.class, application);
        assemble(application, context);
        IContributionFactory factory = context.get(IContributionFactory.class);
        for (MAddon addon : application.getAddons()) {
            IEclipseContext local = EclipseContextFactory.create("addon " + addon.getElementId());
            local.set(MAddon.class, addon);
            addon.setObject(factory.create(addon.getContributionURI(), context, local));
            local.dispose();
        }
        workbench = new E4Workbench(application, context);
    }

    /**
     * Puts the services every window test gives the window into a context: the store, the segment, interaction and
     * merge services and the criteria sources of the test's services. A test puts the others its window needs itself.
     *
     * @param c the application context (in the consumer given to the constructor)
     * @param services the test's services
     */
    static void putServices(IEclipseContext c, TestServices services) {
        c.set(Store.class, services.store());
        c.set(SegmentService.class, services.segments());
        c.set(InteractionService.class, services.interactions());
        c.set(MergeService.class, services.merge());
        c.set(CriteriaSources.class, services.sources());
        // the code fields check codes with the set-up service: the test's own, over the test's database (else the
        // framework's DS component, over another database, would answer)
        c.set(org.segmenta.core.setup.SetupService.class, services.setup());
    }

    /**
     * Merges every model fragment of the installed bundles ({@code org.eclipse.e4.workbench.model}: the commands,
     * handlers, key bindings, menu items and part descriptors of {@code org.segmenta.ui}) into the application model,
     * as the product's E4Application does before it renders the window.
     *
     * @param application the application model as loaded
     * @param context its context (with {@link UISynchronize} set)
     */
    static void assemble(MApplication application, IEclipseContext context) {
        assemble(application, context, true);
    }

    /**
     * Merges the model fragments into the application model as the product's start does: {@code initial} for a model
     * loaded from {@code Application.e4xmi}, not for one restored from saved state ({@code workbench.xmi}), where a
     * fragment whose {@code apply} is {@code initial} is left out.
     *
     * @param application the application model as loaded
     * @param context its context (with {@link UISynchronize} set)
     * @param initial whether the model is the application's own rather than a restored one
     */
    static void assemble(MApplication application, IEclipseContext context, boolean initial) {
        org.osgi.framework.BundleContext bundles = org.osgi.framework.FrameworkUtil.getBundle(Workbench.class)
                .getBundleContext();
        org.osgi.util.tracker.ServiceTracker<ModelAssembler, ModelAssembler> tracker = new org.osgi.util.tracker.ServiceTracker<>(
                bundles, ModelAssembler.class, null);
        tracker.open();
        try {
            ModelAssembler assembler = tracker.waitForService(30_000);
            if (assembler == null) {
                throw new AssertionError("no ModelAssembler service: is org.eclipse.e4.ui.workbench started?");
            }
            // the product's start binds the extension registry to the assembler; here it may not be bound yet
            org.eclipse.core.runtime.IExtensionRegistry registry = org.eclipse.core.runtime.RegistryFactory.getRegistry();
            if (registry == null || registry.getExtensionPoint("org.eclipse.e4.workbench.model") == null) {
                throw new AssertionError("no extension registry with org.eclipse.e4.workbench.model");
            }
            assembler.setExtensionRegistry(registry);
            assembler.init(application, context, context.get(UISynchronize.class));
            assembler.processModel(initial);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } finally {
            tracker.close();
        }
    }

    /**
     * Renders the application model's main window, as the product does at start, and lets it settle.
     *
     * @return the main window (also {@link #window})
     */
    MWindow showMainWindow() {
        window = (MWindow) context.get(EModelService.class).find(UiIds.WINDOW_MAIN, application);
        workbench.createAndRunUI(window);
        spin();
        return window;
    }

    /**
     * Makes the main window the active shell, as real key presses need, and waits until it is.
     *
     * @return the main window's shell
     */
    Shell activateMainWindow() {
        Shell shell = (Shell) window.getWidget();
        shell.forceActive();
        waitUntil(() -> display.getActiveShell() == shell, "the main window is active");
        return shell;
    }

    /**
     * Executes a command in the main window, as its menu item or key binding does.
     *
     * @param commandId the command's id ({@code org.segmenta.ui.command.*})
     */
    void run(String commandId) {
        IEclipseContext c = window.getContext();
        ParameterizedCommand command = c.get(ECommandService.class).createCommand(commandId, null);
        c.get(EHandlerService.class).executeHandler(command);
    }

    /**
     * Asks whether a command is enabled now, as its menu item is when the menu shows.
     *
     * @param commandId the command's id ({@code org.segmenta.ui.command.*})
     * @return whether its handler can execute
     */
    boolean canRun(String commandId) {
        IEclipseContext c = window.getContext();
        ParameterizedCommand command = c.get(ECommandService.class).createCommand(commandId, null);
        return c.get(EHandlerService.class).canExecute(command);
    }

    /**
     * Opens a segment in its editor in the main window, as a double-click in Segments does, and lets it render.
     *
     * @param segmentNo the segment's number
     * @return the editor
     */
    SegmentEditorPart openSegment(String segmentNo) {
        MPart part = SegmentEditors.open(window.getContext().get(EPartService.class), segmentNo);
        spin();
        return assertInstanceOf(SegmentEditorPart.class, part.getObject());
    }

    /**
     * Opens a segment that has lines and waits until its first line shows with its contact.
     *
     * @param segmentNo the segment's number
     * @return the editor
     */
    SegmentEditorPart openSegmentWithLines(String segmentNo) {
        SegmentEditorPart editor = openSegment(segmentNo);
        Table table = editor.lines().getTable();
        waitUntil(() -> table.getItemCount() > 0 && table.getItem(0).getText(1).startsWith("CT"), "the lines show");
        return editor;
    }

    /**
     * Saves a screenshot of a shell after a moment for GTK to paint what changed.
     *
     * @param shell the window or dialog
     * @param name the file name in {@code target/screenshots}
     */
    void shot(Shell shell, String name) {
        long until = System.currentTimeMillis() + 300;
        waitUntil(() -> System.currentTimeMillis() > until, "a moment");
        try {
            Screenshots.save(shell, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Presses Ctrl (and Alt) with a letter through the X server ({@link Display#post}), as a user would, and lets the
     * window handle it.
     *
     * @param alt whether Alt is held too
     * @param letter the letter key, lower case
     */
    void pressKeys(boolean alt, char letter) {
        postKey(SWT.KeyDown, SWT.CTRL, '\0');
        if (alt) {
            postKey(SWT.KeyDown, SWT.ALT, '\0');
        }
        postKey(SWT.KeyDown, 0, letter);
        postKey(SWT.KeyUp, 0, letter);
        if (alt) {
            postKey(SWT.KeyUp, SWT.ALT, '\0');
        }
        postKey(SWT.KeyUp, SWT.CTRL, '\0');
        spin();
    }

    private void postKey(int type, int keyCode, char character) {
        Event e = new Event();
        e.type = type;
        e.keyCode = keyCode;
        e.character = character;
        if (!display.post(e)) {
            throw new AssertionError("the display does not take the key event");
        }
    }

    /** Runs the event loop a little. */
    void spin() {
        for (int i = 0; i < 20; i++) {
            while (display.readAndDispatch()) {
                // run what is queued
            }
        }
    }

    /**
     * Runs the event loop until the condition holds.
     *
     * @param condition what to wait for
     * @param what its description, for the failure
     */
    void waitUntil(BooleanSupplier condition, String what) {
        long end = System.currentTimeMillis() + 30_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("timed out waiting until " + what);
            }
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> {
                });
                display.sleep();
            }
        }
    }

    /**
     * Arranges for {@code driver} to run inside the event loop of the modal dialog with the given title once it opens
     * (call before the command that opens it). A failure in the driver closes the dialog and is thrown by
     * {@link #rethrow()}.
     *
     * @param title the dialog's shell text
     * @param driver what to do with the dialog's shell
     */
    void whenDialog(String title, Consumer<Shell> driver) {
        long end = System.currentTimeMillis() + 30_000;
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            for (Shell s : display.getShells()) {
                if (!s.isDisposed() && s.isVisible() && title.equals(s.getText())) {
                    try {
                        driver.accept(s);
                    } catch (Throwable t) {
                        failure = t;
                        if (!s.isDisposed()) {
                            s.close();
                        }
                    }
                    return;
                }
            }
            if (System.currentTimeMillis() < end) {
                display.timerExec(50, poll[0]);
            } else {
                failure = new AssertionError("the dialog \"" + title + "\" did not open");
            }
        };
        display.timerExec(50, poll[0]);
    }

    private Throwable failure;

    /** Throws what a dialog driver failed with, if anything. */
    void rethrow() {
        Throwable t = failure;
        failure = null;
        if (t instanceof Error e) {
            throw e;
        }
        if (t != null) {
            throw new AssertionError(t);
        }
    }

    @Override
    public void close() {
        if (workbench != null) {
            workbench.close();
            workbench = null;
        }
        spin();
        ContextInjectionFactory.setDefault(null);
        context.dispose();
    }
}
