package org.segmenta.ui.internal.parts;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;

/**
 * Lays a form of label/field pairs out with as many columns as fit the width it has, so that long labels (German:
 * "Korrespondenzart (Standard)") move the fields to more rows instead of being cut off at the right: the form's
 * {@link GridLayout} tries each column count in turn, widest first, and keeps the first whose preferred width fits; the
 * scrolled composite around it scrolls what still does not fit (a very narrow part) instead of clipping it.
 */
public final class Reflow {

    private Reflow() {
    }

    /**
     * Reflows the form now and whenever the scrolled composite is resized.
     *
     * @param scroll the scrolled composite whose content is {@code form} (expanding horizontally and vertically)
     * @param form the form, laid out by a {@link GridLayout}
     * @param columns the column counts to try, widest first (for pairs: 6, 4, 2)
     * @param spans told each column count tried and the width there is, before the form is measured, to set the
     *            spans of the controls that span the row (a title, a notes field) and the width a wrapping text wraps
     *            at; may be null
     */
    public static void fit(ScrolledComposite scroll, Composite form, int[] columns, Spans spans) {
        scroll.addListener(SWT.Resize, e -> reflow(scroll, form, columns, spans));
        if (scroll.getClientArea().width > 0) {
            reflow(scroll, form, columns, spans);
        } else if (form.getLayout() instanceof GridLayout grid) {
            // not laid out yet (a part being created): the widest column count for now; measuring and laying the form
            // out at no width would be undone by the first Resize, which reflows it for the width it gets
            grid.numColumns = columns[0];
            if (spans != null) {
                spans.set(columns[0], 0);
            }
        }
    }

    /** Chooses the column count for the scrolled composite's width now. */
    public static void reflow(ScrolledComposite scroll, Composite form, int[] columns, Spans spans) {
        if (scroll.isDisposed() || form.isDisposed() || !(form.getLayout() instanceof GridLayout grid)) {
            return;
        }
        int width = scroll.getClientArea().width;
        for (int i = 0; i < columns.length; i++) {
            grid.numColumns = columns[i];
            if (spans != null) {
                spans.set(columns[i], width);
            }
            if (width <= 0 || form.computeSize(SWT.DEFAULT, SWT.DEFAULT, true).x <= width) {
                break;
            }
        }
        int w = Math.max(width, form.computeSize(SWT.DEFAULT, SWT.DEFAULT).x);
        Point size = form.computeSize(w, SWT.DEFAULT);
        scroll.setMinSize(w, size.y);
        form.layout(true, true);
    }

    /** Sets what depends on the column count and the width (spans, the width a wrapping text wraps at). */
    @FunctionalInterface
    public interface Spans {
        /**
         * @param columns the column count tried
         * @param width the width the form has, in pixels (0 before the part is shown)
         */
        void set(int columns, int width);
    }
}
