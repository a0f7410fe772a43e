package org.segmenta.example.loyalty.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

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
import org.eclipse.e4.ui.model.application.commands.MCommand;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.model.application.ui.menu.MHandledMenuItem;
import org.eclipse.e4.ui.model.application.ui.menu.MMenu;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuElement;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.swt.DisplayUISynchronize;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.segmenta.core.store.ContactQuery;
import org.segmenta.core.store.Store;
import org.segmenta.example.loyalty.LoyaltyService;
import org.segmenta.example.loyalty.Tier;
import org.segmenta.model.Contact;
import org.segmenta.model.ContactType;

/**
 * Segmenta's window with the plug-in installed: the application model of {@code org.segmenta.app} plus every
 * {@code org.eclipse.e4.workbench.model} fragment, as the product's E4Application assembles it; Window › Loyalty
 * opens the plug-in's part with the members. Saves {@code target/screenshots/loyalty-part.png}.
 */
@SuppressWarnings("restriction")
class LoyaltyWindowTest {

    private static final String MENU_ITEM = "org.segmenta.example.loyalty.menuitem.loyalty";
    private static final String COMMAND = "org.segmenta.example.loyalty.command.showloyalty";
    private static final String PART = "org.segmenta.example.loyalty.partdescriptor.loyalty";
    private static final String INTERACTION_LOG = "org.segmenta.app.menuitem.interactionlog";

    private Display display;
    private IEclipseContext context;
    private E4Workbench workbench;

    @BeforeAll
    static void demo() {
        Osgi.demoData();
    }

    @AfterEach
    void close() {
        if (workbench != null) {
            workbench.close();
        }
        spin();
        ContextInjectionFactory.setDefault(null);
        if (context != null) {
            context.dispose();
        }
    }

    @Test
    void windowLoyaltyOpensThePluginsPart() throws Exception {
        LoyaltyService loyalty = Osgi.service(LoyaltyService.class);
        List<Contact> persons = Osgi.service(Store.class).read(s -> s.contacts().find(ContactQuery.all())).stream()
                .filter(c -> c.getType() == ContactType.PERSON).toList();
        loyalty.enrol(persons.get(20).getNo(), Tier.GOLD, 5400);
        loyalty.enrol(persons.get(21).getNo(), Tier.PLATINUM, 21_000);
        loyalty.enrol(persons.get(22).getNo(), Tier.SILVER, 1500);

        display = Display.getDefault();
        context = E4Application.createDefaultContext();
        context.set(IWorkbench.PRESENTATION_URI_ARG, PartRenderingEngine.engineURI);
        context.set(UISynchronize.class, new DisplayUISynchronize(display));
        ContextInjectionFactory.setDefault(context);
        MApplication application = load(URI.createPlatformPluginURI("org.segmenta.app/Application.e4xmi", true));
        fragments(application, true);

        EModelService models = context.get(EModelService.class);
        assertTrue(application.getDescriptors().stream().anyMatch(d -> d.getElementId().equals(PART)),
                "the plug-in's part descriptor is in the model");
        MWindow window = (MWindow) models.find("org.segmenta.app.window.main", application);
        MMenu windowMenu = (MMenu) models.find("org.segmenta.app.menu.window", window.getMainMenu());
        MHandledMenuItem item = (MHandledMenuItem) windowMenu.getChildren().stream()
                .filter(m -> MENU_ITEM.equals(m.getElementId())).findFirst().orElse(null);
        assertNotNull(item, "Window › Loyalty is in the menu");
        assertEquals("Loyalty", item.getLabel());
        assertEquals(COMMAND, item.getCommand().getElementId());
        assertEquals(INTERACTION_LOG, windowMenu.getChildren().get(windowMenu.getChildren().indexOf(item) - 1)
                .getElementId(), "Window › Loyalty comes after Window › Interaction Log, among the parts");

        IContributionFactory factory = context.get(IContributionFactory.class);
        for (MAddon addon : application.getAddons()) {
            IEclipseContext local = EclipseContextFactory.create("addon " + addon.getElementId());
            local.set(MAddon.class, addon);
            addon.setObject(factory.create(addon.getContributionURI(), context, local));
            local.dispose();
        }
        workbench = new E4Workbench(application, context);
        workbench.createAndRunUI(window);
        spin();

        IEclipseContext windowContext = window.getContext();
        ParameterizedCommand show = windowContext.get(ECommandService.class).createCommand(COMMAND, Map.of());
        windowContext.get(EHandlerService.class).executeHandler(show);
        spin();
        MPart part = windowContext.get(EPartService.class).findPart(PART);
        assertNotNull(part, "the command opened the Loyalty part");
        waitUntil(() -> part.getObject() != null, "the Loyalty part is created");
        Table table = (Table) part.getObject().getClass().getMethod("table").invoke(part.getObject());
        waitUntil(() -> table.getItemCount() == loyalty.members().size(), "the part lists every member");
        assertTrue(table.getItemCount() >= 3, "members: " + table.getItemCount());
        boolean platinum = false;
        for (int i = 0; i < table.getItemCount(); i++) {
            platinum |= table.getItem(i).getText(0).equals(persons.get(21).getNo())
                    && table.getItem(i).getText(1).equals(persons.get(21).getName())
                    && table.getItem(i).getText(2).equals("Platinum") && table.getItem(i).getText(3).equals("21,000");
        }
        assertTrue(platinum, "the Platinum member is listed with 21,000 points");

        // the service announces a change; the part shows it without being asked
        loyalty.addPoints(persons.get(22).getNo(), 100);
        waitUntil(() -> {
            for (int i = 0; i < table.getItemCount(); i++) {
                if (table.getItem(i).getText(0).equals(persons.get(22).getNo())) {
                    return table.getItem(i).getText(3).equals("1,600");
                }
            }
            return false;
        }, "the part shows the new balance");
        screenshot((Shell) window.getWidget(), "loyalty-part.png");
    }

    /**
     * A window saved with the plug-in installed (the instance folder's {@code workbench.xmi}, written when the window
     * closes) and started again: the fragments are merged into the saved model as the product's start merges them
     * ({@code apply="always"}, not a first start), so Window › Loyalty, the part descriptor and the open Loyalty part
     * are there once each, in their place, the menu entry on the Loyalty command (by id, as the workbench runs it).
     * And a window saved before the plug-in was installed gets the plug-in's entries at its next start.
     */
    @Test
    void aSavedWindowKeepsThePluginsMenuEntryAndPartOnce(@TempDir Path dir) throws Exception {
        display = Display.getDefault();
        freshContext();
        URI appModel = URI.createPlatformPluginURI("org.segmenta.app/Application.e4xmi", true);

        // first start with the plug-in: the Loyalty part opened in the main stack, then the window saved
        MApplication first = load(appModel);
        fragments(first, true);
        EModelService models = context.get(EModelService.class);
        MPartStack stack = (MPartStack) models.find("org.segmenta.app.partstack.main", first);
        MPart opened = models.createPart(models.getPartDescriptor(PART));
        stack.getChildren().add(opened);
        Path saved = save(first, dir.resolve("with-plugin/workbench.xmi"));
        context.dispose();

        // the next start restores the saved window
        MApplication restored = restart(saved);
        assertOnce(restored);
        MPartStack restoredStack = (MPartStack) context.get(EModelService.class).find("org.segmenta.app.partstack.main",
                restored);
        assertEquals(1, restoredStack.getChildren().stream().filter(p -> PART.equals(p.getElementId())).count(),
                "the Loyalty part the user had open is in its stack again");
        context.dispose();

        // a window saved before the plug-in was installed: its next start adds the plug-in's elements
        freshContext();
        MApplication before = load(appModel);
        fragments(before, true);
        String plugin = "platform:/plugin/org.segmenta.example.loyalty.ui";
        List<org.eclipse.emf.ecore.EObject> contributed = new java.util.ArrayList<>();
        ((org.eclipse.emf.ecore.EObject) before).eAllContents().forEachRemaining(o -> {
            if (o instanceof org.eclipse.e4.ui.model.application.MApplicationElement e
                    && plugin.equals(e.getContributorURI())) {
                contributed.add(o);
            }
        });
        assertEquals(4, contributed.size(), "the plug-in's command, handler, part descriptor and menu entry");
        contributed.forEach(org.eclipse.emf.ecore.util.EcoreUtil::delete);
        Path older = save(before, dir.resolve("before-plugin/workbench.xmi"));
        context.dispose();
        assertOnce(restart(older));
    }

    /** A fresh context with the saved model loaded and the fragments merged into it, as a start that restores. */
    private MApplication restart(Path saved) {
        freshContext();
        MApplication application = load(URI.createFileURI(saved.toString()));
        fragments(application, false);
        return application;
    }

    /** A new workbench context, as each start of the product has. */
    private void freshContext() {
        context = E4Application.createDefaultContext();
        context.set(IWorkbench.PRESENTATION_URI_ARG, PartRenderingEngine.engineURI);
        context.set(UISynchronize.class, new DisplayUISynchronize(display));
        ContextInjectionFactory.setDefault(context);
    }

    /** The plug-in's part descriptor, command and Window menu entry, each once, the entry after Interaction Log. */
    private void assertOnce(MApplication application) {
        assertEquals(1, application.getDescriptors().stream().filter(d -> PART.equals(d.getElementId())).count(),
                "one Loyalty part descriptor");
        List<MCommand> commands = application.getCommands().stream().filter(c -> COMMAND.equals(c.getElementId()))
                .toList();
        assertEquals(1, commands.size(), "one Loyalty command");
        EModelService models = context.get(EModelService.class);
        MWindow window = (MWindow) models.find("org.segmenta.app.window.main", application);
        MMenu windowMenu = (MMenu) models.find("org.segmenta.app.menu.window", window.getMainMenu());
        List<MMenuElement> items = windowMenu.getChildren().stream().filter(m -> MENU_ITEM.equals(m.getElementId()))
                .toList();
        assertEquals(1, items.size(), "one Window › Loyalty");
        MHandledMenuItem item = (MHandledMenuItem) items.get(0);
        assertEquals(INTERACTION_LOG, windowMenu.getChildren().get(windowMenu.getChildren().indexOf(item) - 1)
                .getElementId(), "Window › Loyalty after Window › Interaction Log");
        // e4 merges the fragment again into a saved model: an element equal to the saved one is kept, one that differs
        // is replaced by the fragment's, which may then point at the fragment's copy of the command; the workbench runs
        // a menu entry by its command's id, so the id is what must match
        assertEquals(COMMAND, item.getCommand().getElementId(), "the menu entry runs the Loyalty command");
        assertEquals(1, application.getHandlers().stream()
                .filter(h -> COMMAND.equals(h.getCommand().getElementId())).count(), "and its one handler");
    }

    /** @return the application model read from {@code uri} (e4 XMI), with the context set */
    private MApplication load(URI uri) {
        ResourceSet resources = new ResourceSetImpl();
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put(Resource.Factory.Registry.DEFAULT_EXTENSION,
                new E4XMIResourceFactory());
        Resource resource = resources.getResource(uri, true);
        MApplication application = (MApplication) resource.getContents().get(0);
        application.setContext(context);
        context.set(MApplication.class, application);
        return application;
    }

    /** Saves the model as the workbench saves it when the window closes. @return the file */
    private static Path save(MApplication application, Path file) throws java.io.IOException {
        Files.createDirectories(file.getParent());
        Resource resource = ((org.eclipse.emf.ecore.EObject) application).eResource();
        resource.setURI(URI.createFileURI(file.toString()));
        resource.save(null);
        return file;
    }

    /**
     * Adds every model fragment of the installed bundles, as the product's start does.
     *
     * @param initial true for a model read from {@code Application.e4xmi}, false for a saved one
     */
    private void fragments(MApplication application, boolean initial) {
        BundleContext bundles = FrameworkUtil.getBundle(getClass()).getBundleContext();
        ServiceTracker<ModelAssembler, ModelAssembler> tracker = new ServiceTracker<>(bundles, ModelAssembler.class, null);
        tracker.open();
        try {
            ModelAssembler assembler = tracker.waitForService(30_000);
            assertNotNull(assembler, "no ModelAssembler service");
            // the product's start binds the extension registry to the assembler; here it may not be bound yet
            org.eclipse.core.runtime.IExtensionRegistry registry = org.eclipse.core.runtime.RegistryFactory.getRegistry();
            if (registry == null || registry.getExtensionPoint("org.eclipse.e4.workbench.model") == null) {
                throw new AssertionError("no extension registry with org.eclipse.e4.workbench.model");
            }
            assembler.setExtensionRegistry(registry);
            assembler.init(application, context, context.get(UISynchronize.class));
            assembler.processModel(initial);
            if (application.getDescriptors().stream().noneMatch(d -> d.getElementId().equals(PART))) {
                StringBuilder b = new StringBuilder("the fragments were not merged; extensions of the point:");
                for (org.eclipse.core.runtime.IExtension x : registry.getExtensionPoint("org.eclipse.e4.workbench.model")
                        .getExtensions()) {
                    for (org.eclipse.core.runtime.IConfigurationElement ce : x.getConfigurationElements()) {
                        b.append(' ').append(x.getContributor().getName()).append('/').append(ce.getName()).append('=')
                                .append(ce.getAttribute("uri")).append(" apply=").append(ce.getAttribute("apply"));
                    }
                }
                b.append("; descriptors: ").append(application.getDescriptors().stream().map(d -> d.getElementId()).toList());
                b.append("; commands: ").append(application.getCommands().size());
                throw new AssertionError(b.toString());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } finally {
            tracker.close();
        }
    }

    private void spin() {
        if (display == null) {
            return;
        }
        for (int i = 0; i < 20; i++) {
            while (display.readAndDispatch()) {
                // run what is queued
            }
        }
    }

    private void waitUntil(BooleanSupplier condition, String what) {
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

    private void screenshot(Shell shell, String name) throws Exception {
        spin();
        Rectangle r = shell.getBounds();
        Image image = new Image(display, r.width, r.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, r.x, r.y);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            loader.save(dir.resolve(name).toString(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
