package org.segmenta.ui.internal.preferences;

import org.segmenta.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;
import java.io.IOException;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.segmenta.core.delivery.DeliveryService;
import org.segmenta.core.delivery.DeliverySettings;
import org.segmenta.core.delivery.DeliverySettingsService;
import org.segmenta.core.delivery.SmtpSecurity;
import org.segmenta.ui.SegmentaPreferences;

/**
 * Window › Preferences › E-Mail: the SMTP server Log with Send delivers e-mails through (host, port, security none /
 * STARTTLS / SSL, user, sender), kept by {@link DeliverySettingsService} in the instance folder's
 * {@code delivery.properties}, which the command line reads too; the password in Eclipse secure storage, never in
 * that file. Send Test Message saves the page and sends one message through {@link DeliveryService#sendTestMessage}.
 */
public final class SmtpPreferencePage extends PreferencePage {

    private static final String TITLE = Messages.SmtpPreferencePage_eMail;
    private static final String DESCRIPTION = Messages.SmtpPreferencePage_theSMTPServerEMails;
    private static final String[] SECURITY = { Messages.SmtpPreferencePage_nonePlainSMTPTrustedNetwork, Messages.SmtpPreferencePage_starttlsPort587,
            Messages.SmtpPreferencePage_sslTLSPort465 };
    private static final String NO_SERVICE = Messages.SmtpPreferencePage_deliveryIsNotInstalledBundle;
    private static final String SENDING = Messages.SmtpPreferencePage_sendingATestMessageTo;
    private static final String SENT = Messages.SmtpPreferencePage_theTestMessageWasSent;
    private static final String NOT_SENT = Messages.SmtpPreferencePage_theTestMessageWasNot;
    private static final String GIVE_RECIPIENT = Messages.SmtpPreferencePage_giveTheAddressToSend;
    private static final String BAD_PORT = Messages.SmtpPreferencePage_thePortIsANumber;
    private static final String NOT_KEPT = Messages.SmtpPreferencePage_thePasswordCouldNotBe;

    private final DeliverySettingsService settingsService;
    private final DeliveryService delivery;

    private Text host;
    private Text port;
    private Combo security;
    private Text user;
    private Text password;
    private Text sender;
    private Button fromSalesperson;
    private Text testTo;
    private Label result;
    private DeliverySettings loaded = DeliverySettings.NONE;

    /**
     * @param settingsService where the settings are kept, or null when delivery is not installed
     * @param delivery sends the test message, or null
     */
    public SmtpPreferencePage(DeliverySettingsService settingsService, DeliveryService delivery) {
        super(TITLE);
        setDescription(DESCRIPTION);
        this.settingsService = settingsService;
        this.delivery = delivery;
        noDefaultAndApplyButton();
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(c);
        if (settingsService == null) {
            new Label(c, SWT.WRAP).setText(NO_SERVICE);
            return c;
        }
        try {
            loaded = settingsService.load();
        } catch (IllegalArgumentException e) {
            setErrorMessage(e.getMessage());
        }
        host = text(c, Messages.SmtpPreferencePage_smtpHost, loaded.host(), SWT.NONE);
        host.setMessage("smtp.example.com");
        port = text(c, Messages.SmtpPreferencePage_port, String.valueOf(loaded.port()), SWT.NONE);
        new Label(c, SWT.NONE).setText(Messages.SmtpPreferencePage_security);
        security = new Combo(c, SWT.READ_ONLY);
        security.setItems(SECURITY);
        security.select(loaded.security() == null ? SmtpSecurity.STARTTLS.ordinal() : loaded.security().ordinal());
        user = text(c, Messages.SmtpPreferencePage_user, loaded.user(), SWT.NONE);
        user.setMessage(Messages.SmtpPreferencePage_noneTheServerNeedsNo);
        password = text(c, Messages.SmtpPreferencePage_passWord, "", SWT.PASSWORD);
        try {
            password.setText(SegmentaPreferences.smtpPassword());
        } catch (StorageException e) {
            password.setMessage(NLS.bind(Messages.SmtpPreferencePage_secureStorageIsNotAvailable, e.getMessage()));
        }
        sender = text(c, Messages.SmtpPreferencePage_seNder, loaded.sender(), SWT.NONE);
        sender.setMessage(Messages.SmtpPreferencePage_salesSalesExampleCom);
        new Label(c, SWT.NONE);
        fromSalesperson = new Button(c, SWT.CHECK);
        fromSalesperson.setText(Messages.SmtpPreferencePage_sendFromTheSalespersonS);
        fromSalesperson.setSelection(loaded.fromSalesperson());
        // the keys the company locked (plugin_customization.ini's org.segmenta.ui/locked) show its value, greyed
        preset(host, "smtp.host");
        preset(port, "smtp.port");
        preset(security, "smtp.security");
        preset(user, "smtp.user");
        preset(sender, "sender");
        preset(fromSalesperson, "fromSalesperson");

        Label line = new Label(c, SWT.SEPARATOR | SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().span(2, 1).indent(0, 8).applyTo(line);
        testTo = text(c, Messages.SmtpPreferencePage_testMessageTo, "", SWT.NONE);
        testTo.setMessage("you@example.com");
        Button send = new Button(c, SWT.PUSH);
        send.setText(Messages.SmtpPreferencePage_sendTestMessage);
        send.setEnabled(delivery != null);
        GridDataFactory.swtDefaults().span(2, 1).applyTo(send);
        send.addListener(SWT.Selection, e -> sendTestMessage());
        result = new Label(c, SWT.WRAP);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(420, SWT.DEFAULT).applyTo(result);
        port.addListener(SWT.Modify, e -> check());
        security.addListener(SWT.Selection, e -> {
            // the usual port of the chosen security, while the port is still one of the usual ones
            String p = port.getText().strip();
            if (SegmentaPreferencePage.editable(port) && (p.equals("25") || p.equals("465") || p.equals("587"))) {
                port.setText(switch (SmtpSecurity.values()[security.getSelectionIndex()]) {
                case NONE -> "25";
                case STARTTLS -> "587";
                case SSL -> "465";
                });
            }
        });
        check();
        return c;
    }

    /** Marks a field with its preset key and greys it when the company locked that key. */
    private static void preset(Control control, String key) {
        control.setData("segmenta.preference", key);
        SegmentaPreferencePage.lockIfPreset(control, key);
    }

    private static Text text(Composite c, String label, String value, int style) {
        new Label(c, SWT.NONE).setText(label);
        Text t = new Text(c, SWT.BORDER | style);
        t.setText(value == null ? "" : value);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(t);
        return t;
    }

    private boolean check() {
        String problem = port.getText().strip().matches("\\d{1,5}") && Integer.parseInt(port.getText().strip()) >= 1
                && Integer.parseInt(port.getText().strip()) <= 65535 ? null : BAD_PORT;
        setErrorMessage(problem);
        setValid(problem == null);
        return problem == null;
    }

    /** @return the settings the page shows, on top of what was loaded (the password file, folders, timeout stay) */
    DeliverySettings settings() {
        return loaded.withHost(blankToNull(host.getText())).withPort(Integer.parseInt(port.getText().strip()))
                .withSecurity(SmtpSecurity.values()[security.getSelectionIndex()]).withUser(blankToNull(user.getText()))
                .withSender(blankToNull(sender.getText())).withFromSalesperson(fromSalesperson.getSelection());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Override
    public boolean performOk() {
        if (getControl() == null || settingsService == null) {
            return true;
        }
        return save();
    }

    private boolean save() {
        if (!check()) {
            return false;
        }
        try {
            DeliverySettings s = settings();
            settingsService.save(s);
            loaded = s;
        } catch (IllegalArgumentException e) {
            setErrorMessage(e.getMessage());
            return false;
        }
        try {
            SegmentaPreferences.setSmtpPassword(user.getText().isBlank() ? "" : password.getText());
        } catch (StorageException | IOException e) {
            setErrorMessage(String.format(NOT_KEPT, e.getMessage()));
            return false;
        }
        setErrorMessage(null);
        return true;
    }

    /**
     * Saves the page, then sends one test message with its settings in the background (Send Test Message); the
     * outcome (or the server's refusal, as the delivery service words it) appears under the button.
     *
     * @return the job sending it, or null when nothing was sent (no recipient, the page could not be saved)
     */
    public Job sendTestMessage() {
        String to = testTo.getText().strip();
        if (to.isEmpty()) {
            show(GIVE_RECIPIENT);
            return null;
        }
        if (delivery == null || !save()) {
            show(delivery == null ? NO_SERVICE : getErrorMessage());
            return null;
        }
        DeliverySettings s = loaded;
        show(SENDING + to + "...");
        Job job = Job.create(SENDING + to, m -> {
            String said;
            try {
                delivery.sendTestMessage(s, to);
                said = NLS.bind(Messages.SmtpPreferencePage_through, SENT, to, s.host(), s.port());
            } catch (RuntimeException e) {
                said = NOT_SENT + e.getMessage();
            }
            String shown = said;
            if (!result.isDisposed()) {
                result.getDisplay().asyncExec(() -> show(shown));
            }
        });
        job.schedule();
        return job;
    }

    private void show(String text) {
        if (result != null && !result.isDisposed()) {
            result.setText(text == null ? "" : text);
            result.getParent().layout(true, true);
        }
    }

    // ---- for tests ----------------------------------------------------------------------------------------

    /**
     * @param key a preset key: smtp.host, smtp.port, smtp.security, smtp.user, sender or fromSalesperson
     * @return its field on the page
     * @throws IllegalArgumentException for another key
     */
    public Control field(String key) {
        for (Control c : new Control[] { host, port, security, user, sender, fromSalesperson }) {
            if (key.equals(c.getData("segmenta.preference"))) {
                return c;
            }
        }
        throw new IllegalArgumentException("no field for " + key);
    }

    /** @return the outcome of Send Test Message as shown */
    public String result() {
        return result.getText();
    }

    /**
     * Fills the page as a user would.
     *
     * @param smtpHost the host
     * @param smtpPort the port
     * @param smtpSecurity the security
     * @param smtpUser the user, or empty
     * @param smtpPassword the password, or empty
     * @param from the sender
     * @param to the test message's recipient
     */
    public void fill(String smtpHost, int smtpPort, SmtpSecurity smtpSecurity, String smtpUser, String smtpPassword,
            String from, String to) {
        host.setText(smtpHost);
        security.select(smtpSecurity.ordinal());
        port.setText(String.valueOf(smtpPort));
        user.setText(smtpUser);
        password.setText(smtpPassword);
        sender.setText(from);
        testTo.setText(to);
    }
}
