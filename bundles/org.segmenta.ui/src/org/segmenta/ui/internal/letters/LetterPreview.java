package org.segmenta.ui.internal.letters;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.widgets.Composite;

/**
 * A read-only view of one merged letter: its text with the formatting of its runs, and the merged values
 * highlighted (the theme's selection colours, so it reads under a dark theme too).
 */
public final class LetterPreview {

    private final StyledText text;
    private final LocalResourceManager resources;
    private final Map<Integer, Font> fonts = new HashMap<>();
    private final List<int[]> highlighted = new ArrayList<>();

    /** @param parent the parent; lay out {@link #control()} */
    public LetterPreview(Composite parent) {
        text = new StyledText(parent, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.READ_ONLY);
        text.setMargins(16, 12, 16, 12);
        text.setTabs(8);
        resources = new LocalResourceManager(JFaceResources.getResources(), text);
    }

    /** @return the text widget */
    public StyledText control() {
        return text;
    }

    /** @return the stretches shown highlighted, as {start, length}, in order */
    public List<int[]> highlighted() {
        return highlighted;
    }

    /**
     * Shows a letter.
     *
     * @param letter the letter's text and formatting
     * @param values the values merged into it (each line of a multi-line value counts apart); blank ones are ignored
     */
    public void show(LetterText letter, Collection<String> values) {
        String s = letter.text();
        int n = s.length();
        boolean[] bold = new boolean[n];
        boolean[] italic = new boolean[n];
        boolean[] underline = new boolean[n];
        int[] points = new int[n];
        boolean[] mark = new boolean[n];
        for (LetterText.Span span : letter.spans()) {
            for (int i = span.start(); i < span.start() + span.length() && i < n; i++) {
                bold[i] = span.bold();
                italic[i] = span.italic();
                underline[i] = span.underline();
                points[i] = span.points();
            }
        }
        for (String value : values) {
            for (String line : value.split("\n")) {
                String v = line.strip();
                if (v.length() < 2) {
                    continue; // a one-letter value would light up half the letter
                }
                for (int at = s.indexOf(v); at >= 0; at = s.indexOf(v, at + v.length())) {
                    for (int i = at; i < at + v.length(); i++) {
                        mark[i] = true;
                    }
                }
            }
        }
        text.setText(s);
        highlighted.clear();
        List<StyleRange> ranges = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= n; i++) {
            if (i == n || bold[i] != bold[start] || italic[i] != italic[start] || underline[i] != underline[start]
                    || points[i] != points[start] || mark[i] != mark[start]) {
                if (bold[start] || italic[start] || underline[start] || points[start] > 0 || mark[start]) {
                    StyleRange r = new StyleRange();
                    r.start = start;
                    r.length = i - start;
                    r.fontStyle = (bold[start] ? SWT.BOLD : 0) | (italic[start] ? SWT.ITALIC : 0);
                    r.underline = underline[start];
                    if (points[start] > 0) {
                        r.font = font(points[start], r.fontStyle);
                    }
                    if (mark[start]) {
                        r.background = text.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION);
                        r.foreground = text.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION_TEXT);
                        highlighted.add(new int[] { start, i - start });
                    }
                    ranges.add(r);
                }
                start = i;
            }
        }
        text.setStyleRanges(ranges.toArray(StyleRange[]::new));
    }

    /** Shows a message instead of a letter (no letter for this line, or the merge failed). */
    public void message(String message) {
        highlighted.clear();
        text.setStyleRanges(new StyleRange[0]);
        text.setText(message);
    }

    private Font font(int points, int style) {
        int size = Math.max(6, Math.min(points, 36));
        return fonts.computeIfAbsent(size * 4 + style, k -> {
            FontData[] base = text.getFont().getFontData();
            return resources.create(FontDescriptor.createFrom(base).setHeight(size).setStyle(style));
        });
    }
}
