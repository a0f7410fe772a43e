package org.segmenta.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.widgets.Composite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.segmenta.core.SegmentaEvents;
import org.segmenta.core.criteria.FieldFilter;
import org.segmenta.core.delivery.DeliveryService;
import org.segmenta.core.delivery.DeliverySettings;
import org.segmenta.core.delivery.DeliverySettingsService;
import org.segmenta.core.delivery.OutboxState;
import org.segmenta.core.delivery.SmtpSecurity;
import org.segmenta.core.interaction.LogOptions;
import org.segmenta.core.segment.StepRequest;
import org.segmenta.core.setup.SetupTable;
import org.segmenta.delivery.Deliveries;
import org.segmenta.model.CorrespondenceType;
import org.segmenta.model.CriteriaAction;
import org.segmenta.model.InteractionTemplate;
import org.segmenta.model.SegmentaPackage.Literals;
import org.segmenta.testing.services.TestServices;
import org.segmenta.ui.Background;
import org.segmenta.ui.SegmentaPreferences;
import org.segmenta.ui.internal.delivery.DeliveryAddon;
import org.segmenta.ui.internal.delivery.SecureStorageSmtpPassword;
import org.segmenta.ui.internal.preferences.SmtpPreferencePage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * Delivery in the window against GreenMail (in-process SMTP on loopback): the E-Mail preference page keeps the
 * settings through the settings service and the password in secure storage, and Send Test Message logs in with it;
 * the deliveries pending when the window starts are delivered by the delivery add-on exactly once, with the result in
 * the status line, and the delivery service announces its changes on {@link SegmentaEvents#DELIVERY_CHANGED}.
 */
class DeliveryWindowTest {

    @TempDir
    Path folder;

    private TestServices services;
    private PartContext ui;
    private GreenMail mail;
    private DeliverySettingsService settings;
    private DeliveryService delivery;

    @BeforeEach
    void open() throws Exception {
        services = new TestServices(folder);
        ui = new PartContext(services);
        mail = Deliveries.withMailProviders(() -> {
            GreenMail g = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
            g.start();
            g.setUser("sales@segmenta.test", "sales", "s3cret");
            return g;
        });
        settings = Deliveries.fileSettings(Files.createDirectories(folder.resolve("instance")));
        delivery = Deliveries.service(services.store(), settings, k -> null, new SecureStorageSmtpPassword());
        ui.context.set(DeliveryService.class, delivery);
        ui.context.set(DeliverySettingsService.class, settings);
    }

    @AfterEach
    void close() throws Exception {
        mail.stop();
        ui.close();
        services.close();
        SegmentaPreferences.setSmtpPassword("");
        Background.announce(null);
    }

    private void waitFor(Job job) {
        ui.waitUntil(() -> job.getResult() != null, job.getName());
    }

    @Test
    void theCompanysLockedSmtpKeysAreGreyedAndKept() throws Exception {
        org.osgi.service.prefs.Preferences company = org.eclipse.core.runtime.preferences.DefaultScope.INSTANCE
                .getNode("org.segmenta.ui");
        company.put("smtp.host", "mail.company.test");
        company.put("smtp.port", "2525");
        company.put("sender", "Company <info@company.test>");
        company.put("locked", "smtp.host,smtp.port,fromSalesperson");
        try {
            SmtpPreferencePage page = new SmtpPreferencePage(settings, delivery);
            Composite parent = new Composite(ui.shell, 0);
            parent.setLayout(new org.eclipse.swt.layout.FillLayout());
            page.createControl(parent);
            assertEquals("mail.company.test", ((org.eclipse.swt.widgets.Text) page.field("smtp.host")).getText(), "the company's host");
            assertFalse(page.field("smtp.host").isEnabled(), "a locked host is greyed");
            assertFalse(page.field("smtp.port").isEnabled(), "a locked port is greyed");
            assertFalse(page.field("fromSalesperson").isEnabled(), "a locked check box is greyed");
            assertTrue(page.field("smtp.host").getToolTipText().contains("company"), "and says why");
            assertTrue(page.field("sender").isEnabled(), "a preset that is not locked stays editable");
            assertTrue(page.field("smtp.user").isEnabled());
            assertTrue(page.field("smtp.security").isEnabled());
            assertEquals("Company <info@company.test>", ((org.eclipse.swt.widgets.Text) page.field("sender")).getText());

            // choosing SSL does not move a locked port to 465; the user's own keys are saved, the locked ones stay
            org.eclipse.swt.widgets.Combo security = (org.eclipse.swt.widgets.Combo) page.field("smtp.security");
            security.select(SmtpSecurity.SSL.ordinal());
            security.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
            assertEquals("2525", ((org.eclipse.swt.widgets.Text) page.field("smtp.port")).getText());
            ((org.eclipse.swt.widgets.Text) page.field("sender")).setText("Me <me@company.test>");
            assertTrue(page.performOk(), "saved");
            var saved = settings.load();
            assertEquals("mail.company.test", saved.host());
            assertEquals(2525, saved.port());
            assertEquals(SmtpSecurity.SSL, saved.security());
            assertEquals("Me <me@company.test>", saved.sender());
        } finally {
            for (String key : new String[] { "smtp.host", "smtp.port", "sender", "locked" }) {
                company.remove(key);
            }
        }
    }

    @Test
    void thePreferencePageKeepsThePasswordInSecureStorageAndSendsATestMessage() throws Exception {
        SmtpPreferencePage page = new SmtpPreferencePage(settings, delivery);
        Composite parent = new Composite(ui.shell, 0);
        parent.setLayout(new org.eclipse.swt.layout.FillLayout());
        page.createControl(parent);
        ui.shell.layout(true, true);
        int port = mail.getSmtp().getPort();

        page.fill("127.0.0.1", port, SmtpSecurity.NONE, "sales", "wrong", "Sales <sales@segmenta.test>", "me@x.test");
        Job refused = page.sendTestMessage();
        org.junit.jupiter.api.Assertions.assertNotNull(refused, "the page is saved: " + page.result());
        waitFor(refused);
        ui.waitUntil(() -> page.result().startsWith("The test message was not sent"), "the refusal is shown");
        assertTrue(page.result().length() > "The test message was not sent: ".length(), page.result());
        assertEquals(0, mail.getReceivedMessages().length);

        page.fill("127.0.0.1", port, SmtpSecurity.NONE, "sales", "s3cret", "Sales <sales@segmenta.test>", "me@x.test");
        Job sent = page.sendTestMessage();
        waitFor(sent);
        ui.waitUntil(() -> page.result().startsWith("The test message was sent to me@x.test"), "the test message is sent: "
                + page.result());
        assertEquals(1, mail.getReceivedMessages().length);
        ui.shell.open();
        org.segmenta.testing.Screenshots.save(ui.shell, "preferences-email.png");

        DeliverySettings kept = settings.load();
        assertEquals("127.0.0.1", kept.host());
        assertEquals(port, kept.port());
        assertEquals(SmtpSecurity.NONE, kept.security());
        assertEquals("sales", kept.user());
        assertEquals("s3cret", SegmentaPreferences.smtpPassword(), "the password is in secure storage");
        assertFalse(Files.readString(settings.file()).contains("s3cret"), "and not in the settings file");
    }

    @Test
    void pendingDeliveriesAreResumedAtStartExactlyOnceAndAnnounced() throws Exception {
        services.demo().load();
        // the demo's LETTER template (a Word letter per language) as an e-mail to everyone with an address
        InteractionTemplate letter = services.setup().get(SetupTable.INTERACTION_TEMPLATES, "LETTER").orElseThrow();
        letter.setCorrespondenceType(CorrespondenceType.EMAIL);
        letter.setIgnoreContactCorrespondenceType(true);
        services.setup().change(SetupTable.INTERACTION_TEMPLATES, letter);
        String salesperson = services.setup().list(SetupTable.SALESPEOPLE).get(0).getCode();
        var h = services.interactions().createSegment("Autumn e-mail",
                Map.of(Literals.SEGMENT_HEADER__SALESPERSON_CODE, salesperson));
        services.interactions().chooseTemplate(h.getNo(), "LETTER", true);
        services.segments().apply(h.getNo(), StepRequest.of(CriteriaAction.ADD,
                new FieldFilter("contact", "email", "<>''"), new FieldFilter("contact", "type", "Person")));
        long logged = services.interactions().log(h.getNo(), new LogOptions(true, false, "tester")).loggedSegmentEntryNo();
        long pending = delivery.counts(logged).getOrDefault(OutboxState.PENDING, 0L);
        assertTrue(pending > 5, "Log with Send queued the e-mails: " + delivery.counts(logged));

        // the window was closed while they waited; now it starts with a server set up
        settings.save(DeliverySettings.NONE.withHost("127.0.0.1").withPort(mail.getSmtp().getPort())
                .withSecurity(SmtpSecurity.NONE).withSender("Sales <sales@segmenta.test>").withTimeoutSeconds(10));
        List<Object> heard = new CopyOnWriteArrayList<>();
        var context = FrameworkUtil.getBundle(DeliveryWindowTest.class).getBundleContext();
        ServiceRegistration<EventHandler> listening = context.registerService(EventHandler.class,
                e -> heard.add(e.getProperty(SegmentaEvents.DATA)),
                new java.util.Hashtable<>(Map.of(EventConstants.EVENT_TOPIC, SegmentaEvents.DELIVERY_CHANGED)));
        try {
            IEclipseContext local = ui.context.createChild();
            DeliveryAddon addon = ContextInjectionFactory.make(DeliveryAddon.class, local);
            Job job = addon.resume(ui.shell, delivery, settings);
            waitFor(job);
            ui.waitUntil(() -> Background.lastResult() != null, "the result in the status line");
            Map<OutboxState, Long> after = delivery.counts(logged);
            long sent = after.getOrDefault(OutboxState.SENT, 0L);
            assertEquals(0L, after.getOrDefault(OutboxState.PENDING, 0L), after.toString());
            assertEquals(sent, mail.getReceivedMessages().length, "one message per sent entry");
            assertTrue(sent > 5, after.toString());
            assertTrue(Background.lastResult().startsWith("Pending deliveries: " + sent + " delivered, 0 failed"),
                    Background.lastResult());
            ui.waitUntil(() -> !heard.isEmpty(), "a DELIVERY_CHANGED event");

            // the next start finds nothing to do and sends nothing twice
            Background.announce(null);
            Job again = addon.resume(ui.shell, delivery, settings);
            waitFor(again);
            ui.display.readAndDispatch();
            assertEquals(sent, mail.getReceivedMessages().length);
            assertNull(Background.lastResult(), "nothing to announce");
            local.dispose();
        } finally {
            listening.unregister();
        }
    }
}
