package org.segmenta.ui.window.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.contributions.IContributionFactory;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.internal.workbench.E4Workbench;
import org.eclipse.e4.ui.internal.workbench.E4XMIResourceFactory;
import org.eclipse.e4.ui.internal.workbench.swt.E4Application;
import org.eclipse.e4.ui.internal.workbench.swt.PartRenderingEngine;
import org.eclipse.e4.ui.model.application.MAddon;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MUILabel;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.model.application.ui.menu.MMenu;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuElement;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.e4.ui.workbench.swt.DisplayUISynchronize;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableColumn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.segmenta.testing.Screenshots;
import org.segmenta.ui.UiIds;
import org.segmenta.ui.internal.parts.ListPart;

/**
 * Loads the real {@code Application.e4xmi} of the product, renders its main window under the (virtual)
 * display with the real e4 renderers, and closes it again.
 */
@SuppressWarnings("restriction")
class MainWindowTest {

    private static final List<String> PARTS = List.of(UiIds.PART_CONTACTS, UiIds.PART_SEGMENTS,
            UiIds.PART_LOGGED_SEGMENTS, UiIds.PART_INTERACTION_LOG);

    private IEclipseContext context;
    private MApplication application;
    private E4Workbench workbench;
    private Display display;

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path folder;

    private org.segmenta.testing.services.TestServices services;

    @BeforeEach
    void loadApplicationModel() {
        display = Display.getDefault();
        context = E4Application.createDefaultContext();
        services = new org.segmenta.testing.services.TestServices(folder);
        context.set(org.segmenta.core.store.Store.class, services.store());
        context.set(org.segmenta.core.contact.ContactService.class, services.contacts());
        context.set(org.segmenta.core.segment.SegmentService.class, services.segments());
        context.set(org.segmenta.core.setup.SetupService.class, services.setup());
        context.set(org.segmenta.core.interaction.InteractionService.class, services.interactions());
        context.set(org.segmenta.core.criteria.CriteriaSources.class, services.sources());
        context.set(IWorkbench.PRESENTATION_URI_ARG, PartRenderingEngine.engineURI);
        context.set(UISynchronize.class, new DisplayUISynchronize(display));
        ContextInjectionFactory.setDefault(context);

        ResourceSet resources = new ResourceSetImpl();
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("e4xmi", new E4XMIResourceFactory());
        Resource resource = resources
                .getResource(URI.createPlatformPluginURI("org.segmenta.app/Application.e4xmi", true), true);
        application = (MApplication) resource.getContents().get(0);
        application.setContext(context);
        context.set(MApplication.class, application);
        Workbench.assemble(application, context);

        IContributionFactory factory = context.get(IContributionFactory.class);
        for (MAddon addon : application.getAddons()) {
            // as E4Application does: each addon may ask for its own MAddon
            IEclipseContext local = EclipseContextFactory.create("addon " + addon.getElementId());
            local.set(MAddon.class, addon);
            addon.setObject(factory.create(addon.getContributionURI(), context, local));
            local.dispose();
        }
        workbench = new E4Workbench(application, context);
    }

    @AfterEach
    void dispose() {
        if (workbench != null) {
            workbench.close();
        }
        ContextInjectionFactory.setDefault(null);
        context.dispose();
        services.close();
    }

    @Test
    void mainWindowInGermanWhenTheLocaleIsGerman() throws Exception {
        // what -nl de (or a German system locale) gives the workbench: its translation locale
        context.set(TranslationService.LOCALE, Locale.GERMAN);
        MWindow window = (MWindow) context.get(EModelService.class).find(UiIds.WINDOW_MAIN, application);
        workbench.createAndRunUI(window);
        spin();
        Shell shell = assertInstanceOf(Shell.class, window.getWidget());
        List<String> menus = Arrays.stream(shell.getMenuBar().getItems()).map(i -> i.getText().replace("&", "")).toList();
        assertEquals(List.of("Datei", "Bearbeiten", "Segment", "Fenster", "Hilfe"), menus);
        // the menu items come from org.segmenta.ui's fragment.e4xmi, translated from its own OSGI-INF/l10n
        List<org.eclipse.e4.ui.model.application.ui.menu.MMenuItem> importItem = context.get(EModelService.class).findElements(
                application, "org.segmenta.app.menuitem.import", org.eclipse.e4.ui.model.application.ui.menu.MMenuItem.class,
                null, EModelService.IN_MAIN_MENU);
        assertEquals("Importieren...", importItem.get(0).getLocalizedLabel());
        MPart contacts = (MPart) context.get(EModelService.class).find(UiIds.PART_CONTACTS, application);
        assertEquals("Kontakte", contacts.getLocalizedLabel());
        Screenshots.save(shell, "main-window-de.png");
    }

    @Test
    void mainWindowOpensWithItsFourPartsAndClosesCleanly() throws Exception {
        MWindow window = (MWindow) context.get(EModelService.class).find(UiIds.WINDOW_MAIN, application);
        assertNotNull(window, "the main window is in the application model");
        workbench.createAndRunUI(window);
        spin();

        Shell shell = assertInstanceOf(Shell.class, window.getWidget());
        assertTrue(shell.isVisible());
        assertEquals("Segmenta", shell.getText());

        List<String> menus = window.getMainMenu().getChildren().stream().map(MMenuElement::getLocalizedLabel)
                .map(l -> l.replace("&", "")).toList();
        assertEquals(List.of("File", "Edit", "Segment", "Window", "Help"), menus);
        for (MMenuElement m : window.getMainMenu().getChildren()) {
            assertFalse(((MMenu) m).getChildren().isEmpty(), m.getLabel() + " has items");
        }

        EPartService parts = window.getContext().get(EPartService.class);
        for (String id : PARTS) {
            MPart part = parts.showPart(id, PartState.ACTIVATE);
            spin();
            ListPart list = assertInstanceOf(ListPart.class, part.getObject(), id);
            assertTrue(list.getViewer().getTable().isVisible(), id + " shows its table");
            String[] headers = Arrays.stream(list.getViewer().getTable().getColumns()).map(TableColumn::getText)
                    .toArray(String[]::new);
            assertTrue(headers.length >= 6, id + " columns: " + Arrays.toString(headers));
            spin();
            assertEquals(0, list.getViewer().getTable().getItemCount(), "nothing to show yet in " + id);
            if (id.equals(UiIds.PART_CONTACTS)) {
                assertEquals("No.", headers[0]);
                assertEquals("Name", headers[1]);
            }
        }
        parts.showPart(UiIds.PART_CONTACTS, PartState.ACTIVATE);
        spin();
        Screenshots.save(shell, "main-window.png");

        workbench.close();
        workbench = null;
        spin();
        assertTrue(shell.isDisposed(), "closing the workbench disposes the main window");
    }

    private void spin() {
        for (int i = 0; i < 20; i++) {
            while (display.readAndDispatch()) {
                // run what is queued
            }
        }
    }
}
