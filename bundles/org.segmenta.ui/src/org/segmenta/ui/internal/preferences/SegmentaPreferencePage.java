package org.segmenta.ui.internal.preferences;

import org.eclipse.osgi.util.NLS;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.osgi.service.prefs.BackingStoreException;
import org.segmenta.ui.internal.Messages;
import org.segmenta.ui.SegmentaPreferences;

/**
 * A preference page of labelled text fields, each bound to a key of {@link SegmentaPreferences}: filled from the
 * effective value, written on OK/Apply, and reset to the company's or built-in default by Restore Defaults.
 */
abstract class SegmentaPreferencePage extends PreferencePage {

    /** Field per key, in page order. */
    protected final Map<String, Text> fields = new LinkedHashMap<>();

    SegmentaPreferencePage(String title, String description) {
        super(title);
        setDescription(description);
        noDefaultAndApplyButton();
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(c);
        createFields(c);
        return c;
    }

    /** @param c the page's composite, three columns: label, field, button */
    protected abstract void createFields(Composite c);

    protected Text field(Composite c, String label, String key, int style) {
        new Label(c, SWT.NONE).setText(label);
        Text t = new Text(c, SWT.BORDER | style);
        t.setText(SegmentaPreferences.get(key));
        t.setData("segmenta.preference", key);
        lockIfPreset(t, key);
        GridDataFactory.fillDefaults().grab(true, false).hint(280, SWT.DEFAULT).applyTo(t);
        fields.put(key, t);
        return t;
    }

    /**
     * Greys a field the company locked (plugin_customization.ini's {@code org.segmenta.ui/locked}) and says so.
     *
     * @param control the field
     * @param key its preference key
     */
    protected static void lockIfPreset(Control control, String key) {
        if (SegmentaPreferences.isLocked(key)) {
            control.setEnabled(false);
            control.setToolTipText(Messages.Preferences_locked);
            control.setData("segmenta.locked", Boolean.TRUE);
        }
    }

    /** @param control a field @return whether it may be enabled: not locked by the company */
    protected static boolean editable(Control control) {
        return control.getData("segmenta.locked") == null;
    }

    protected void folderButton(Composite c, Text target) {
        Button b = new Button(c, SWT.PUSH);
        b.setText(Messages.SegmentaPreferencePage_browse);
        b.addListener(SWT.Selection, e -> {
            DirectoryDialog d = new DirectoryDialog(getShell());
            d.setFilterPath(target.getText());
            String f = d.open();
            if (f != null) {
                target.setText(f);
            }
        });
    }

    protected static void filler(Composite c) {
        new Label(c, SWT.NONE);
    }

    @Override
    public boolean performOk() {
        if (getControl() == null) {
            return true;
        }
        try {
            for (Map.Entry<String, Text> e : fields.entrySet()) {
                SegmentaPreferences.set(e.getKey(), e.getValue().getText());
            }
            return save();
        } catch (BackingStoreException | IllegalStateException e) {
            setErrorMessage(NLS.bind(Messages.SegmentaPreferencePage_thePreferencesCouldNotBe, e.getMessage()));
            return false;
        }
    }

    /** @return whether the page's other values were kept; the default keeps nothing more */
    protected boolean save() {
        return true;
    }
}
