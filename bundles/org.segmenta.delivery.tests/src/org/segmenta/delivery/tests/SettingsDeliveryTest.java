package org.segmenta.delivery.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.core.delivery.DeliverySettings;
import org.segmenta.core.delivery.SmtpSecurity;
import org.segmenta.delivery.internal.DeliveryServiceImpl;
import org.segmenta.delivery.internal.FileDeliverySettings;
import org.segmenta.delivery.internal.MailProviders;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/** The settings file, where the password comes from, and Send Test Message with SMTP authentication. */
class SettingsDeliveryTest {

    @Test
    void settingsRoundTripThroughTheFile(@TempDir Path dir) throws Exception {
        FileDeliverySettings files = new FileDeliverySettings(dir);
        assertEquals(DeliverySettings.NONE, files.load(), "no file: nothing set up");
        DeliverySettings s = DeliverySettings.NONE.withHost("smtp.example.com").withPort(465).withSecurity(SmtpSecurity.SSL)
                .withUser("sales@example.com").withSender("Sales <sales@example.com>").withFromSalesperson(false)
                .withTimeoutSeconds(12);
        files.save(s);
        assertEquals(s, files.load());
        String text = Files.readString(files.file());
        assertTrue(text.contains("smtp.security=ssl"), text);
        assertTrue(!text.toLowerCase().contains("password="), "no password in the file: " + text);
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> files.save(s.withSender("not an address")));
        assertTrue(bad.getMessage().contains("is not an e-mail address"), bad.getMessage());
        assertThrows(IllegalArgumentException.class, () -> files.save(s.withPort(70000)));
        assertEquals(s, files.load(), "a refused save leaves the file as it was");
        Files.writeString(files.file(), "smtp.host=x\nsmtp.security=tls\n");
        IllegalArgumentException unreadable = assertThrows(IllegalArgumentException.class, files::load);
        assertTrue(unreadable.getMessage().contains("use none, starttls or ssl"), unreadable.getMessage());
    }

    @Test
    void testMessageWithLoginAndThePasswordFromAPrivateFile(@TempDir Path dir) throws Exception {
        GreenMail mail = MailProviders.run(() -> {
            GreenMail g = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
            g.start();
            g.setUser("sales@segmenta.test", "sales", "s3cret");
            return g;
        });
        try {
            FileDeliverySettings files = new FileDeliverySettings(dir);
            DeliverySettings s = DeliverySettings.NONE.withHost("127.0.0.1").withPort(mail.getSmtp().getPort())
                    .withSecurity(SmtpSecurity.NONE).withUser("sales").withSender("sales@segmenta.test");
            DeliveryServiceImpl noEnv = new DeliveryServiceImpl(null, files, k -> null);

            IllegalStateException none = assertThrows(IllegalStateException.class, () -> noEnv.sendTestMessage(s, "me@x.test"));
            assertTrue(none.getMessage().contains(DeliverySettings.PASSWORD_ENV), none.getMessage());

            Path file = dir.resolve("smtp-password");
            Files.writeString(file, "s3cret\n");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
            IllegalStateException open = assertThrows(IllegalStateException.class, () -> noEnv.sendTestMessage(s, "me@x.test"));
            assertTrue(open.getMessage().contains("chmod 600"), open.getMessage());

            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            noEnv.sendTestMessage(s, "me@x.test");
            assertEquals(1, mail.getReceivedMessages().length);

            DeliveryServiceImpl wrongEnv = new DeliveryServiceImpl(null, files,
                    k -> DeliverySettings.PASSWORD_ENV.equals(k) ? "wrong" : null);
            IllegalStateException refused = assertThrows(IllegalStateException.class,
                    () -> wrongEnv.sendTestMessage(s, "me@x.test"));
            assertTrue(refused.getMessage().contains("was not sent"), "the environment wins over the file: "
                    + refused.getMessage());
        } finally {
            mail.stop();
        }
    }
}
