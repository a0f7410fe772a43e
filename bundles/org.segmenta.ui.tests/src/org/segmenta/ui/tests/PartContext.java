package org.segmenta.ui.tests;

import java.util.function.BooleanSupplier;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.MDirtyable;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.swt.DisplayUISynchronize;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.segmenta.core.criteria.CriteriaSources;
import org.segmenta.core.interaction.InteractionService;
import org.segmenta.core.segment.SegmentService;
import org.segmenta.core.store.Store;
import org.segmenta.testing.services.TestServices;
import org.segmenta.ui.internal.parts.SegmentEditorPart;
import org.segmenta.ui.internal.parts.SegmentEditors;

/** An e4 context with the real services over a test database, to make parts in a real shell. */
final class PartContext implements AutoCloseable {

    final Display display = Display.getDefault();
    final Shell shell = new Shell(display);
    final IEclipseContext context = EclipseContextFactory.create("test");

    PartContext(TestServices services) {
        context.set(Store.class, services.store());
        context.set(org.segmenta.core.contact.ContactService.class, services.contacts());
        context.set(SegmentService.class, services.segments());
        context.set(org.segmenta.core.setup.SetupService.class, services.setup());
        context.set(InteractionService.class, services.interactions());
        context.set(CriteriaSources.class, services.sources());
        context.set(UISynchronize.class, new DisplayUISynchronize(display));
        shell.setSize(1200, 760);
        shell.setLayout(new org.eclipse.swt.layout.FillLayout());
    }

    /**
     * Makes the segment editor of a segment as the window opens it: the part's persisted state names the segment, the
     * part is its {@link MPart} and {@link MDirtyable} in the context.
     *
     * @param part the editor's part in the application model
     * @param segmentNo the segment's No., for example {@code SEG00001}
     * @return the editor, made in a new composite of the shell (not yet shown: {@code shell.open()} shows it)
     */
    SegmentEditorPart segmentEditor(MPart part, String segmentNo) {
        part.getPersistedState().put(SegmentEditors.SEGMENT_NO, segmentNo);
        context.set(MPart.class, part);
        context.set(MDirtyable.class, part);
        return make(SegmentEditorPart.class);
    }

    /**
     * @param segmentNo the segment's No.
     * @return the segment's editor in a new part, as {@link #segmentEditor(MPart, String)}
     */
    SegmentEditorPart segmentEditor(String segmentNo) {
        return segmentEditor(MBasicFactory.INSTANCE.createPart(), segmentNo);
    }

    /**
     * @param type the part class
     * @return the part, made with injection in a new composite of the shell
     */
    <T> T make(Class<T> type) {
        Composite parent = new Composite(shell, 0);
        IEclipseContext local = context.createChild();
        local.set(Composite.class, parent);
        T part = ContextInjectionFactory.make(type, local);
        shell.layout(true, true);
        return part;
    }

    void waitUntil(BooleanSupplier condition, String what) {
        long end = System.currentTimeMillis() + 60_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("timed out waiting until " + what);
            }
            if (!display.readAndDispatch()) {
                display.timerExec(10, () -> {
                });
                display.sleep();
            }
        }
    }

    @Override
    public void close() {
        shell.dispose();
        context.dispose();
    }
}
