package org.segmenta.delivery.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.eclipse.osgi.service.datalocation.Location;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.segmenta.core.delivery.DeliverySettings;
import org.segmenta.core.delivery.DeliverySettingsService;
import org.segmenta.core.delivery.SmtpSecurity;
import org.segmenta.core.format.Formats;
import org.segmenta.install.CompanySettings;


/**
 * {@link DeliverySettingsService} on {@code delivery.properties} in the instance folder (the folder of
 * {@code --data DIR}; {@code segmenta.delivery.folder} names another folder).
 */
@Component(service = DeliverySettingsService.class)
public final class FileDeliverySettings implements DeliverySettingsService {

    static final String FILE = "delivery.properties";
    static final String PASSWORD_FILE = "smtp-password";

    private final Path folder;

    /**
     * @param context the bundle context, to find the instance location
     */
    @Activate
    public FileDeliverySettings(BundleContext context) {
        this(instanceFolder(context));
    }

    /**
     * @param folder the instance folder
     */
    public FileDeliverySettings(Path folder) {
        this.folder = folder;
    }

    @Override
    public Path file() {
        return folder.resolve(FILE);
    }

    /** @return the default password file, {@code smtp-password} in the instance folder */
    public Path defaultPasswordFile() {
        return folder.resolve(PASSWORD_FILE);
    }

    @Override
    public Path defaultPrintFolder() {
        return folder.resolve("print");
    }

    /** The settings a company may preset (and lock) in plugin_customization.ini, as {@code org.segmenta.ui/KEY}. */
    static final List<String> PRESET_KEYS = List.of("smtp.host", "smtp.port", "smtp.security", "smtp.user", "sender",
            "fromSalesperson", "smtp.timeoutSeconds");

    /** @return the company's preset delivery settings (none outside an Eclipse runtime) */
    static Properties companyPresets() {
        Properties p = new Properties();
        try {
            for (String key : PRESET_KEYS) {
                String v = CompanySettings.company(key);
                if (v != null && !v.isBlank()) {
                    p.setProperty(key, v.strip());
                }
            }
        } catch (RuntimeException | LinkageError e) {
            // no preferences service (a plain unit test): no presets
        }
        return p;
    }

    @Override
    public DeliverySettings load() {
        Path f = file();
        // the company's presets (plugin_customization.ini: org.segmenta.ui/smtp.host=...) under the user's file;
        // a key the company locked keeps the company's value whatever the file says
        Properties p = companyPresets();
        if (!Files.isRegularFile(f) && p.isEmpty()) {
            return DeliverySettings.NONE;
        }
        if (Files.isRegularFile(f)) {
            Properties own = new Properties();
            try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                own.load(r);
            } catch (IOException e) {
                throw new UncheckedIOException(Formats.bind(Messages.FileDeliverySettings_cannotReadTheDelivery,
                        f, e.getMessage()), e);
            }
            for (String key : own.stringPropertyNames()) {
                if (!(p.containsKey(key) && PRESET_KEYS.contains(key) && CompanySettings.isLocked(key))) {
                    p.setProperty(key, own.getProperty(key));
                }
            }
        }
        DeliverySettings d = DeliverySettings.NONE;
        try {
            d = d.withHost(blankToNull(p.getProperty("smtp.host")));
            if (p.getProperty("smtp.port") != null) {
                d = d.withPort(Integer.parseInt(p.getProperty("smtp.port").trim()));
            }
            if (p.getProperty("smtp.security") != null) {
                d = d.withSecurity(security(p.getProperty("smtp.security")));
            }
            d = d.withUser(blankToNull(p.getProperty("smtp.user")));
            d = d.withSender(blankToNull(p.getProperty("sender")));
            if (p.getProperty("fromSalesperson") != null) {
                d = d.withFromSalesperson(Boolean.parseBoolean(p.getProperty("fromSalesperson").trim()));
            }
            String pf = blankToNull(p.getProperty("smtp.passwordFile"));
            d = d.withPasswordFile(pf == null ? null : folder.resolve(pf));
            if (p.getProperty("smtp.timeoutSeconds") != null) {
                d = d.withTimeoutSeconds(Integer.parseInt(p.getProperty("smtp.timeoutSeconds").trim()));
            }
            String print = blankToNull(p.getProperty("printFolder"));
            d = d.withPrintFolder(print == null ? null : folder.resolve(print));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(Formats.bind(Messages.FileDeliverySettings_theDeliverySettings,
                    f, e.getMessage()), e);
        }
        return d;
    }

    /**
     * @param s none, starttls or ssl (any case)
     * @return the security
     * @throws IllegalArgumentException for anything else; the message lists the choices
     */
    public static SmtpSecurity security(String s) {
        try {
            return SmtpSecurity.valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(Formats.bind(Messages.FileDeliverySettings_smtpSecurityIs, s));
        }
    }

    @Override
    public void save(DeliverySettings s) {
        SettingsCheck.check(s);
        Properties p = new Properties();
        put(p, "smtp.host", s.host());
        p.setProperty("smtp.port", String.valueOf(s.port()));
        p.setProperty("smtp.security", s.security().name().toLowerCase(Locale.ROOT));
        put(p, "smtp.user", s.user());
        put(p, "sender", s.sender());
        p.setProperty("fromSalesperson", String.valueOf(s.fromSalesperson()));
        put(p, "smtp.passwordFile", s.passwordFile() == null ? null : s.passwordFile().toString());
        p.setProperty("smtp.timeoutSeconds", String.valueOf(s.timeoutSeconds()));
        put(p, "printFolder", s.printFolder() == null ? null : s.printFolder().toString());
        try {
            Files.createDirectories(folder);
            Path tmp = Files.createTempFile(folder, ".delivery-", ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(w, "Segmenta delivery settings (the SMTP password is never stored here: set "
                        + DeliverySettings.PASSWORD_ENV + " or a mode-600 file named by smtp.passwordFile)");
            }
            Files.move(tmp, file(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(Formats.bind(Messages.FileDeliverySettings_cannotWriteTheDelivery,
                    file(), e.getMessage()), e);
        }
    }

    private static void put(Properties p, String key, String value) {
        if (value != null && !value.isBlank()) {
            p.setProperty(key, value);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static Path instanceFolder(BundleContext context) {
        String own = context.getProperty("segmenta.delivery.folder");
        if (own != null && !own.isBlank()) {
            return Path.of(own);
        }
        try {
            Collection<ServiceReference<Location>> refs = context.getServiceReferences(Location.class,
                    Location.INSTANCE_FILTER);
            for (ServiceReference<Location> ref : refs) {
                Location location = context.getService(ref);
                try {
                    URL url = location == null ? null : location.getURL();
                    if (url != null) {
                        return folderOf(url.toString());
                    }
                } finally {
                    context.ungetService(ref);
                }
            }
        } catch (InvalidSyntaxException | IllegalStateException e) {
            // fall back to the property
        }
        String area = context.getProperty("osgi.instance.area");
        return area != null ? folderOf(area) : Path.of(System.getProperty("user.home"), ".segmenta", "workspace");
    }

    private static Path folderOf(String area) {
        if (area.startsWith("file:")) {
            try {
                return Path.of(URI.create(area.replace(" ", "%20")));
            } catch (IllegalArgumentException e) {
                return Path.of(area.substring("file:".length()));
            }
        }
        return Path.of(area);
    }
}
