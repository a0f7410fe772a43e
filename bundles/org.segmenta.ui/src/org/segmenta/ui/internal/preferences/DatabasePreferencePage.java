package org.segmenta.ui.internal.preferences;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.segmenta.ui.SegmentaPreferences;

/**
 * Window › Preferences › Database: the embedded database (its folder) or a team server (host, port, database, user;
 * the password in secure storage), with Test Connection. Takes effect at the next start.
 */
public final class DatabasePreferencePage extends SegmentaPreferencePage {

    private Button embedded;
    private Button server;
    private Text password;
    private Label result;

    /** The page. */
    public DatabasePreferencePage() {
        super("Database", "Where Segmenta keeps its data. Changes take effect when Segmenta starts again; "
                + "-Dsegmenta.db.url or -Dsegmenta.db.folder on the command line win over these.");
    }

    @Override
    protected void createFields(Composite c) {
        embedded = new Button(c, SWT.RADIO);
        embedded.setText("&Embedded database (only this desktop)");
        GridDataFactory.fillDefaults().span(3, 1).applyTo(embedded);
        Text folder = field(c, "    &Folder:", SegmentaPreferences.DB_FOLDER, SWT.SINGLE);
        folder.setMessage("<instance folder>/db");
        folderButton(c, folder);
        server = new Button(c, SWT.RADIO);
        server.setText("&Team server (a Derby network server: segmenta server)");
        GridDataFactory.fillDefaults().span(3, 1).indent(0, 8).applyTo(server);
        field(c, "    &Host:", SegmentaPreferences.DB_HOST, SWT.SINGLE);
        filler(c);
        field(c, "    &Port:", SegmentaPreferences.DB_PORT, SWT.SINGLE);
        filler(c);
        field(c, "    &Database:", SegmentaPreferences.DB_DATABASE, SWT.SINGLE);
        filler(c);
        field(c, "    &User:", SegmentaPreferences.DB_USER, SWT.SINGLE);
        filler(c);
        new Label(c, SWT.NONE).setText("    Pass&word:");
        password = new Text(c, SWT.BORDER | SWT.PASSWORD);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(password);
        try {
            password.setText(SegmentaPreferences.password());
        } catch (StorageException e) {
            password.setMessage("secure storage is not available: " + e.getMessage());
        }
        Label kept = new Label(c, SWT.NONE);
        kept.setText("kept in secure storage");
        Button test = new Button(c, SWT.PUSH);
        test.setText("Test &Connection");
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

    private void enable() {
        boolean s = server.getSelection();
        fields.get(SegmentaPreferences.DB_FOLDER).setEnabled(!s && editable(fields.get(SegmentaPreferences.DB_FOLDER)));
        for (String k : new String[] { SegmentaPreferences.DB_HOST, SegmentaPreferences.DB_PORT,
                SegmentaPreferences.DB_DATABASE, SegmentaPreferences.DB_USER }) {
            fields.get(k).setEnabled(s && editable(fields.get(k)));
        }
        password.setEnabled(s);
        String problem = null;
        if (s && fields.get(SegmentaPreferences.DB_HOST).getText().isBlank()) {
            problem = "Give the team server's host name.";
        } else if (s && !fields.get(SegmentaPreferences.DB_PORT).getText().strip().matches("\\d{1,5}")) {
            problem = "The port is a number such as 1527.";
        }
        setErrorMessage(problem);
        setValid(problem == null);
    }

    /**
     * Checks that the team server answers at host and port (a TCP connection; the user and password are checked by
     * the server when Segmenta starts), or that the embedded folder can be written.
     *
     * @return what the check found, as shown beside the button
     */
    public String testConnection() {
        String said;
        if (server.getSelection()) {
            String host = fields.get(SegmentaPreferences.DB_HOST).getText().strip();
            String port = fields.get(SegmentaPreferences.DB_PORT).getText().strip();
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(host, Integer.parseInt(port)), 3000);
                said = "A server answers at " + host + ":" + port + ".";
            } catch (IOException | IllegalArgumentException e) {
                said = "No server answers at " + host + ":" + port + " (" + e.getMessage()
                        + "). Check the host, the port, that segmenta server runs there and the firewall.";
            }
        } else {
            String folder = fields.get(SegmentaPreferences.DB_FOLDER).getText().strip();
            if (folder.isEmpty()) {
                said = "The database is in the instance folder's db folder.";
            } else {
                java.nio.file.Path p = java.nio.file.Path.of(folder);
                java.nio.file.Path existing = p;
                while (existing != null && !java.nio.file.Files.exists(existing)) {
                    existing = existing.getParent();
                }
                said = existing != null && java.nio.file.Files.isWritable(existing) ? "The folder " + folder
                        + " can be used." : "The folder " + folder + " cannot be written; choose another.";
            }
        }
        result.setText(said);
        result.getParent().layout(true, true);
        return said;
    }

    @Override
    protected boolean save() {
        try {
            SegmentaPreferences.set(SegmentaPreferences.DB_MODE,
                    server.getSelection() ? SegmentaPreferences.SERVER : SegmentaPreferences.EMBEDDED);
            SegmentaPreferences.setPassword(server.getSelection() ? password.getText() : "");
            return true;
        } catch (StorageException | IOException | org.osgi.service.prefs.BackingStoreException e) {
            setErrorMessage("The password could not be kept in secure storage (" + e.getMessage()
                    + "); it was not saved anywhere else.");
            return false;
        }
    }
}
