package org.segmenta.ui.window.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.internal.workbench.E4XMIResourceFactory;
import org.eclipse.e4.ui.internal.workbench.swt.E4Application;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.MApplicationElement;
import org.eclipse.e4.ui.model.application.commands.MKeyBinding;
import org.eclipse.e4.ui.workbench.swt.DisplayUISynchronize;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window restored from its saved state ({@code workbench.xmi}): org.segmenta.ui's fragment is merged only into a
 * model started from {@code Application.e4xmi} ({@code apply="initial"}), so the saved model must bring every command,
 * handler, key binding, menu item and part descriptor of it, each once, as a model freshly merged has them.
 */
@SuppressWarnings("restriction")
class RestoredModelTest {

    @TempDir
    Path folder;

    @Test
    void aModelRestoredFromSavedStateHasEveryContributionOfTheFragmentOnce() throws Exception {
        Display display = Display.getDefault();
        IEclipseContext context = E4Application.createDefaultContext();
        try {
            context.set(UISynchronize.class, new DisplayUISynchronize(display));
            MApplication fresh = load(URI.createPlatformPluginURI("org.segmenta.app/Application.e4xmi", true), context);
            Workbench.assemble(fresh, context, true);
            Map<String, Integer> merged = contributions(fresh);
            // from org.segmenta.ui's fragment.e4xmi, not from Application.e4xmi
            for (String element : new String[] { "Command org.segmenta.ui.command.importcontacts",
                    "Command org.segmenta.ui.command.undostep", "HandledMenuItem org.segmenta.app.menuitem.import",
                    "KeyBinding M1+Z org.segmenta.ui.command.undostep", "KeyBinding M1+Q org.eclipse.ui.file.exit" }) {
                assertEquals(1, merged.getOrDefault(element, 0), element + " once in the merged model: " + merged);
            }
            assertTrue(merged.keySet().stream().anyMatch(k -> k.startsWith("PartDescriptor ")), "part descriptors: " + merged);
            assertTrue(merged.keySet().stream().anyMatch(k -> k.startsWith("Handler ")), "handlers: " + merged);

            // saved as the workbench saves its state at exit, and restored as the next start of the same build does
            Path saved = folder.resolve("workbench.xmi");
            Resource resource = ((EObject) fresh).eResource();
            resource.setURI(URI.createFileURI(saved.toString()));
            resource.save(null);
            assertTrue(Files.size(saved) > 0);
            MApplication restored = load(URI.createFileURI(saved.toString()), context);
            Workbench.assemble(restored, context, false);

            assertEquals(merged, contributions(restored), "the restored model has what the merged one had, each once");
        } finally {
            context.dispose();
        }
    }

    private static MApplication load(URI uri, IEclipseContext context) {
        ResourceSet resources = new ResourceSetImpl();
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("e4xmi", new E4XMIResourceFactory());
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new E4XMIResourceFactory());
        MApplication application = (MApplication) resources.getResource(uri, true).getContents().get(0);
        application.setContext(context);
        context.set(MApplication.class, application);
        return application;
    }

    /** @return every element with an id, as its kind and id (a key binding: its keys and command), with its count */
    private static Map<String, Integer> contributions(MApplication application) {
        Map<String, Integer> found = new TreeMap<>();
        for (EObject o : (Iterable<EObject>) () -> EcoreUtil.getAllContents((EObject) application, true)) {
            String key = null;
            if (o instanceof MKeyBinding binding) {
                key = "KeyBinding " + binding.getKeySequence() + " "
                        + (binding.getCommand() == null ? null : binding.getCommand().getElementId());
            } else if (o instanceof MApplicationElement element && element.getElementId() != null) {
                key = o.eClass().getName() + " " + element.getElementId();
            }
            if (key != null) {
                found.merge(key, 1, Integer::sum);
            }
        }
        return found;
    }
}
