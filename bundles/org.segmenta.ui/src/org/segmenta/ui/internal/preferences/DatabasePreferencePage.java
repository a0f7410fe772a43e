package org.segmenta.ui.internal.preferences;

import org.segmenta.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;
import java.io.IOException;

import org.eclipse.core.runtime.jobs.Job;

import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.segmenta.core.store.ConnectionCheck;
import org.segmenta.install.CompanySettings;
import org.segmenta.ui.SegmentaPreferences;

/**
 * Window › Preferences › Database: the embedded database (its folder; encrypted on disk or not, the boot password in
 * secure storage) or a team server (host, port, database, user, TLS; the password in secure storage), with Test
 * Connection. Takes effect at the next start. The page only carries the values: the store checks them (Test
 * Connection, and when it opens the database: a wrong boot password or TLS mode is refused there with the reason).
 */
public final class DatabasePreferencePage extends SegmentaPreferencePage {

    private Button embedded;
    private Button server;
    private Text password;
    private Button encrypted;
    private Text bootPassword;
    private Combo tls;
    private Label result;

    /** The values of {@link SegmentaPreferences#DB_SSL}, in the order of the TLS choices. */
    private static final String[] TLS_MODES = { "off", "basic", "peerAuthentication" };

    private static final String NO_CHECK = Messages.DatabasePreferencePage_theStoreSConnectionCheck;
    private static final String CONNECTING = Messages.DatabasePreferencePage_connectingTo;

    private final ConnectionCheck check;

    /** The page, without a connection check (Test Connection then says so). */
    public DatabasePreferencePage() {
        this(null);
    }

    /** @param check tries the team server's address and credentials (Test Connection); null when not installed */
    public DatabasePreferencePage(ConnectionCheck check) {
        super(Messages.DatabasePreferencePage_database, Messages.DatabasePreferencePage_whereSegmentaKeepsItsData);
        this.check = check;
    }

    @Override
    protected void createFields(Composite c) {
        embedded = new Button(c, SWT.RADIO);
        embedded.setText(Messages.DatabasePreferencePage_embeddedDatabaseOnlyThisDesktop);
        GridDataFactory.fillDefaults().span(3, 1).applyTo(embedded);
        Text folder = field(c, Messages.DatabasePreferencePage_folder, SegmentaPreferences.DB_FOLDER, SWT.SINGLE);
        folder.setMessage(Messages.DatabasePreferencePage_instanceFolderDb);
        folderButton(c, folder);
        encrypted = new Button(c, SWT.CHECK);
        encrypted.setText(Messages.DatabasePreferencePage_encryptedOnDisk);
        GridDataFactory.fillDefaults().span(3, 1).indent(16, 0).applyTo(encrypted);
        encrypted.setSelection(Boolean.parseBoolean(SegmentaPreferences.get(SegmentaPreferences.DB_ENCRYPTED)));
        lockIfPreset(encrypted, SegmentaPreferences.DB_ENCRYPTED);
        new Label(c, SWT.NONE).setText(Messages.DatabasePreferencePage_bootPassword);
        bootPassword = new Text(c, SWT.BORDER | SWT.PASSWORD);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bootPassword);
        try {
            bootPassword.setText(SegmentaPreferences.bootPassword());
        } catch (StorageException e) {
            bootPassword.setMessage(NLS.bind(Messages.DatabasePreferencePage_secureStorageIsNotAvailable, e.getMessage()));
        }
        new Label(c, SWT.NONE).setText(Messages.DatabasePreferencePage_keptInSecureStorage);
        server = new Button(c, SWT.RADIO);
        server.setText(Messages.DatabasePreferencePage_teamServerADerbyNetwork);
        GridDataFactory.fillDefaults().span(3, 1).indent(0, 8).applyTo(server);
        field(c, Messages.DatabasePreferencePage_host, SegmentaPreferences.DB_HOST, SWT.SINGLE);
        filler(c);
        field(c, Messages.DatabasePreferencePage_port, SegmentaPreferences.DB_PORT, SWT.SINGLE);
        filler(c);
        field(c, Messages.DatabasePreferencePage_database2, SegmentaPreferences.DB_DATABASE, SWT.SINGLE);
        filler(c);
        field(c, Messages.DatabasePreferencePage_user, SegmentaPreferences.DB_USER, SWT.SINGLE);
        filler(c);
        new Label(c, SWT.NONE).setText(Messages.DatabasePreferencePage_tls);
        tls = new Combo(c, SWT.READ_ONLY);
        tls.setItems(Messages.DatabasePreferencePage_tlsOff, Messages.DatabasePreferencePage_tlsBasic,
                Messages.DatabasePreferencePage_tlsPeerAuthentication);
        String mode = SegmentaPreferences.get(SegmentaPreferences.DB_SSL);
        int chosen = 0;
        for (int i = 0; i < TLS_MODES.length; i++) {
            if (TLS_MODES[i].equalsIgnoreCase(mode)) {
                chosen = i;
            }
        }
        tls.select(chosen);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(tls);
        lockIfPreset(tls, SegmentaPreferences.DB_SSL);
        filler(c);
        new Label(c, SWT.NONE).setText(Messages.DatabasePreferencePage_passWord);
        password = new Text(c, SWT.BORDER | SWT.PASSWORD);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(password);
        try {
            password.setText(SegmentaPreferences.password());
        } catch (StorageException e) {
            password.setMessage(NLS.bind(Messages.DatabasePreferencePage_secureStorageIsNotAvailable, e.getMessage()));
        }
        Label kept = new Label(c, SWT.NONE);
        kept.setText(Messages.DatabasePreferencePage_keptInSecureStorage);
        Button test = new Button(c, SWT.PUSH);
        test.setText(Messages.DatabasePreferencePage_testConnection);
        GridDataFactory.fillDefaults().indent(0, 8).applyTo(test);
        result = new Label(c, SWT.WRAP);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).indent(0, 8).applyTo(result);
        test.addListener(SWT.Selection, e -> testConnection());
        boolean isServer = SegmentaPreferences.SERVER.equals(SegmentaPreferences.get(SegmentaPreferences.DB_MODE));
        server.setSelection(isServer);
        embedded.setSelection(!isServer);
        lockIfPreset(server, SegmentaPreferences.DB_MODE);
        lockIfPreset(embedded, SegmentaPreferences.DB_MODE);
        embedded.addListener(SWT.Selection, e -> enable());
        server.addListener(SWT.Selection, e -> enable());
        encrypted.addListener(SWT.Selection, e -> enable());
        enable();
    }

    /**
     * Chooses the team server as a user would (for tests).
     *
     * @param host the host
     * @param port the port
     * @param user the user
     */
    public void chooseServer(String host, String port, String user) {
        server.setSelection(true);
        embedded.setSelection(false);
        fields.get(SegmentaPreferences.DB_HOST).setText(host);
        fields.get(SegmentaPreferences.DB_PORT).setText(port);
        fields.get(SegmentaPreferences.DB_USER).setText(user);
        enable();
    }

    /**
     * Chooses the team server as a user would, with a password (for tests).
     *
     * @param host the host
     * @param port the port
     * @param user the user
     * @param pw the password
     */
    public void chooseServer(String host, String port, String user, String pw) {
        chooseServer(host, port, user);
        password.setText(pw);
    }

    /**
     * Chooses TLS to the team server as a user would (for tests).
     *
     * @param mode {@code off}, {@code basic} or {@code peerAuthentication}
     */
    public void chooseTls(String mode) {
        tls.select(java.util.Arrays.asList(TLS_MODES).indexOf(mode));
    }

    /**
     * Chooses the embedded database encrypted on disk, with a boot password, as a user would (for tests).
     *
     * @param boot the boot password
     */
    public void chooseEncrypted(String boot) {
        embedded.setSelection(true);
        server.setSelection(false);
        encrypted.setSelection(true);
        bootPassword.setText(boot);
        enable();
    }

    private String tlsMode() {
        return TLS_MODES[Math.max(0, tls.getSelectionIndex())];
    }

    private void enable() {
        boolean s = server.getSelection();
        encrypted.setEnabled(!s && editable(encrypted));
        bootPassword.setEnabled(!s);
        tls.setEnabled(s && editable(tls));
        fields.get(SegmentaPreferences.DB_FOLDER).setEnabled(!s && editable(fields.get(SegmentaPreferences.DB_FOLDER)));
        for (String k : new String[] { SegmentaPreferences.DB_HOST, SegmentaPreferences.DB_PORT,
                SegmentaPreferences.DB_DATABASE, SegmentaPreferences.DB_USER }) {
            fields.get(k).setEnabled(s && editable(fields.get(k)));
        }
        password.setEnabled(s);
        String problem = null;
        if (s && fields.get(SegmentaPreferences.DB_HOST).getText().isBlank()) {
            problem = Messages.DatabasePreferencePage_giveTheTeamServerS;
        } else if (s && !fields.get(SegmentaPreferences.DB_PORT).getText().strip().matches("\\d{1,5}")) {
            problem = Messages.DatabasePreferencePage_thePortIsANumber;
        }
        setErrorMessage(problem);
        setValid(problem == null);
    }

    /**
     * Test Connection: connects to the team server with the host, port, database, user and password on the page,
     * through the store's {@link ConnectionCheck} (in the background; the outcome, or the server's own refusal,
     * appears beside the button), or checks that the embedded folder can be written.
     *
     * @return the job connecting, or null when the check was done at once (the embedded folder) or cannot be made
     */
    public Job testConnection() {
        if (!server.getSelection()) {
            show(checkFolder());
            return null;
        }
        if (check == null) {
            show(NO_CHECK);
            return null;
        }
        String url = CompanySettings.serverUrl(fields.get(SegmentaPreferences.DB_HOST).getText(),
                fields.get(SegmentaPreferences.DB_PORT).getText(), fields.get(SegmentaPreferences.DB_DATABASE).getText(),
                tlsMode());
        String user = fields.get(SegmentaPreferences.DB_USER).getText().strip();
        String pw = password.getText();
        show(CONNECTING + url + "...");
        Job job = Job.create(CONNECTING + url, m -> {
            String said;
            try {
                said = check.checkTeamServer(url, user, pw);
            } catch (RuntimeException e) {
                said = e.getMessage();
            }
            String shown = said;
            if (!result.isDisposed()) {
                result.getDisplay().asyncExec(() -> show(shown));
            }
        });
        job.schedule();
        return job;
    }

    /** @return what Test Connection says, as shown beside its button */
    public String result() {
        return result.getText();
    }

    private void show(String said) {
        if (!result.isDisposed()) {
            result.setText(said);
            result.getParent().layout(true, true);
        }
    }

    private String checkFolder() {
        String folder = fields.get(SegmentaPreferences.DB_FOLDER).getText().strip();
        if (folder.isEmpty()) {
            return Messages.DatabasePreferencePage_theDatabaseIsInThe;
        }
        java.nio.file.Path p = java.nio.file.Path.of(folder);
        java.nio.file.Path existing = p;
        while (existing != null && !java.nio.file.Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing != null && java.nio.file.Files.isWritable(existing) ? NLS.bind(Messages.DatabasePreferencePage_theFolderCanBeUsed, folder)
                : NLS.bind(Messages.DatabasePreferencePage_theFolderCannotBeWritten, folder);
    }

    @Override
    protected boolean save() {
        try {
            SegmentaPreferences.set(SegmentaPreferences.DB_MODE,
                    server.getSelection() ? SegmentaPreferences.SERVER : SegmentaPreferences.EMBEDDED);
            SegmentaPreferences.setPassword(server.getSelection() ? password.getText() : "");
            SegmentaPreferences.set(SegmentaPreferences.DB_SSL, tlsMode());
            if (!server.getSelection()) {
                // kept even when the box is cleared: an encrypted database stays encrypted and still needs it
                SegmentaPreferences.set(SegmentaPreferences.DB_ENCRYPTED, String.valueOf(encrypted.getSelection()));
                SegmentaPreferences.setBootPassword(bootPassword.getText());
            }
            return true;
        } catch (StorageException | IOException | org.osgi.service.prefs.BackingStoreException e) {
            setErrorMessage(NLS.bind(Messages.DatabasePreferencePage_thePasswordCouldNotBe, e.getMessage()));
            return false;
        }
    }
}
