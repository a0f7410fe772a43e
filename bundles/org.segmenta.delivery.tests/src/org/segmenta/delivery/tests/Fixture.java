package org.segmenta.delivery.tests;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.segmenta.core.criteria.FieldFilter;
import org.segmenta.core.delivery.DeliverySettings;
import org.segmenta.core.segment.StepRequest;
import org.segmenta.model.CriteriaAction;
import org.segmenta.core.delivery.SmtpSecurity;
import org.segmenta.core.interaction.LogOptions;
import org.segmenta.core.interaction.LogResult;
import org.segmenta.delivery.internal.DeliveryServiceImpl;
import org.segmenta.delivery.internal.FileDeliverySettings;
import org.segmenta.delivery.internal.MailProviders;
import org.segmenta.model.Attachment;
import org.segmenta.model.CorrespondenceType;
import org.segmenta.model.InformationFlow;
import org.segmenta.model.InitiatedBy;
import org.segmenta.model.InteractionTemplate;
import org.segmenta.model.InteractionTemplateLanguage;
import org.segmenta.model.Salesperson;
import org.segmenta.model.SegmentHeader;
import org.segmenta.model.SegmentaFactory;
import org.segmenta.testing.services.TestServices;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * The real services over a fresh database with contacts {@code CT000001...} (see {@link TestServices#seed(int)}),
 * an Email template MAIL with a Word letter ({@link Letters}) and a Hard Copy template PRINT with the same letter,
 * salesperson JO with an e-mail address, and GreenMail as the SMTP server on loopback.
 */
final class Fixture implements AutoCloseable {

    static final SegmentaFactory F = SegmentaFactory.eINSTANCE;
    static final String SALESPERSON_EMAIL = "jo@segmenta.test";

    final Path dir;
    final TestServices services;
    final FileDeliverySettings settingsService;
    final DeliveryServiceImpl delivery;
    GreenMail mail;
    DeliverySettings settings;

    Fixture(Path dir, int contacts) {
        this.dir = dir;
        services = new TestServices(dir).seed(contacts);
        settingsService = new FileDeliverySettings(dir);
        delivery = new DeliveryServiceImpl(services.store(), settingsService, k -> null);
        services.store().write(s -> {
            Salesperson jo = s.salespeople().require("JO");
            jo.setEmail(SALESPERSON_EMAIL);
            s.salespeople().update(jo);
            for (String code : List.of("MAIL", "PRINT")) {
                Attachment a = F.createAttachment();
                a.setFileName("Autumn letter.docx");
                a.setMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
                a.setCreated(Instant.now());
                a = s.attachments().create(a, new ByteArrayInputStream(Letters.template()));
                InteractionTemplate t = F.createInteractionTemplate();
                t.setCode(code);
                t.setDescription(code.equals("MAIL") ? "Autumn e-mail" : "Autumn letter");
                t.setInteractionGroupCode("LETTERS");
                t.setInformationFlow(InformationFlow.OUTBOUND);
                t.setInitiatedBy(InitiatedBy.US);
                t.setCorrespondenceType(code.equals("MAIL") ? CorrespondenceType.EMAIL : CorrespondenceType.HARD_COPY);
                t.setIgnoreContactCorrespondenceType(true);
                t.setUnitCost(BigDecimal.ONE);
                t.setLanguageCodeDefault("ENU");
                InteractionTemplateLanguage row = F.createInteractionTemplateLanguage();
                row.setLanguageCode("ENU");
                row.setDescription("Autumn letter");
                row.setWordTemplateNo(a.getNo());
                t.getLanguages().add(row);
                s.interactionTemplates().insert(t);
            }
            return null;
        });
        startMail(0);
    }

    /** Starts GreenMail on a port (0: any free one) and points the settings at it. */
    void startMail(int port) {
        mail = MailProviders.run(() -> {
            ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
            GreenMail g = new GreenMail(port == 0 ? setup.dynamicPort() : setup);
            g.start();
            return g;
        });
        settings = DeliverySettings.NONE.withHost("127.0.0.1").withPort(mail.getSmtp().getPort())
                .withSecurity(SmtpSecurity.NONE).withSender("Sales <sales@segmenta.test>")
                .withPrintFolder(dir.resolve("print")).withTimeoutSeconds(10);
    }

    /**
     * Makes a segment of contacts {@code CT000001..} on a template and logs it with Send.
     *
     * @param template MAIL or PRINT
     * @param contacts how many of the seeded contacts, from the first
     * @return the logged segment's entry No.
     */
    long logged(String template, int contacts) {
        SegmentHeader h = services.segments().create("Autumn " + template);
        services.interactions().chooseTemplate(h.getNo(), template, true);
        services.segments().apply(h.getNo(), StepRequest.of(CriteriaAction.ADD,
                new FieldFilter("contact", "no", "CT000001.." + String.format("CT%06d", contacts))));
        LogResult r = services.interactions().log(h.getNo(), new LogOptions(true, false, "tester"));
        return r.loggedSegmentEntryNo();
    }

    /** @return the messages GreenMail received, by Message-ID, each with how often it came */
    Map<String, List<MimeMessage>> received() {
        return MailProviders.run(() -> {
            Map<String, List<MimeMessage>> out = new HashMap<>();
            for (MimeMessage m : mail.getReceivedMessages()) {
                try {
                    out.computeIfAbsent(m.getMessageID(), k -> new ArrayList<>()).add(m);
                } catch (MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }
            return out;
        });
    }

    static String to(MimeMessage m) {
        try {
            return m.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean storeClosed;

    /** Closes the database, so that another process can open it. */
    void closeStore() {
        if (!storeClosed) {
            storeClosed = true;
            services.close();
        }
    }

    @Override
    public void close() {
        if (mail != null) {
            mail.stop();
        }
        closeStore();
    }
}
