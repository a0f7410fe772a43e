package org.segmenta.delivery.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.segmenta.core.delivery.ChannelException;
import org.segmenta.core.delivery.ChannelMessage;
import org.segmenta.core.delivery.CorrespondenceChannel;

import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.segmenta.core.SegmentaEvents;
import org.segmenta.core.delivery.DeliveryReport;
import org.segmenta.core.delivery.DeliveryService;
import org.segmenta.core.delivery.DeliverySettings;
import org.segmenta.core.delivery.DeliverySettingsService;
import org.segmenta.core.delivery.OutboxItem;
import org.segmenta.core.delivery.OutboxState;
import org.segmenta.core.delivery.SmtpPasswordSource;
import org.segmenta.core.format.Formats;
import org.segmenta.core.store.Store;
import org.segmenta.core.store.StoreSession;
import org.segmenta.model.Attachment;
import org.segmenta.model.Contact;
import org.segmenta.model.CorrespondenceType;
import org.segmenta.model.InteractionLogEntry;
import org.segmenta.model.LoggedSegment;
import org.segmenta.model.Salesperson;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;

/**
 * {@link DeliveryService} over the store's outbox, Angus Mail and {@link PrintDocument}. Runs of one process take
 * turns (a lock), so a run never meets an entry another run of its own process is sending; across processes the
 * outbox's atomic claim decides.
 */
@Component(service = DeliveryService.class)
public final class DeliveryServiceImpl implements DeliveryService {

    /** In team mode, how long an entry may stay "sending" before a run of another desktop calls it interrupted. */
    static final Duration TEAM_LEASE = Duration.ofMinutes(15);
    private static final int PAGE = 200;
    private static final String INTERRUPTED = Formats.bind(Messages.DeliveryServiceImpl_theDeliveryRunThat);

    private final Store store;
    private final DeliverySettingsService settingsService;
    private final UnaryOperator<String> env;
    private final Object runLock = new Object();
    /** E-mails a run finished since its last event (guarded by {@link #runLock}). */
    private int unannounced;
    private volatile java.util.function.LongConsumer sentListener = no -> {
    };
    private final List<CorrespondenceChannel> channels = new CopyOnWriteArrayList<>();

    /** @param channel a plug-in's way to deliver: it takes the entries of its correspondence type from now on */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addChannel(CorrespondenceChannel channel) {
        channels.add(channel);
    }

    /** @param channel a plug-in's way to deliver that went away */
    public void removeChannel(CorrespondenceChannel channel) {
        channels.remove(channel);
    }

    /** @return the plug-in channel that delivers this type (the first registered), or null */
    private CorrespondenceChannel channelFor(CorrespondenceType type) {
        for (CorrespondenceChannel c : channels) {
            if (c.correspondenceType() == type) {
                return c;
            }
        }
        return null;
    }

    private volatile SmtpPasswordSource passwordSource;

    /** How many e-mails a run finishes between two {@link SegmentaEvents#DELIVERY_CHANGED} events. */
    private static final int EVENT_EVERY = 50;

    /**
     * @param store the store
     * @param settingsService the settings (folders, default password file)
     */
    @Activate
    public DeliveryServiceImpl(@Reference Store store, @Reference DeliverySettingsService settingsService) {
        this(store, settingsService, System::getenv);
    }

    /**
     * @param store the store
     * @param settingsService the settings
     * @param env the environment (where {@value DeliverySettings#PASSWORD_ENV} is looked up)
     */
    public DeliveryServiceImpl(Store store, DeliverySettingsService settingsService, UnaryOperator<String> env) {
        this.store = store;
        this.settingsService = settingsService;
        this.env = env;
    }

    /**
     * Hears each e-mail right after its sent-mark is committed (progress; the tests stop a server or kill a process
     * at a known point with it).
     *
     * @param listener gets the entry No.; runs on the delivering thread, so it must be quick
     */
    public void onSent(java.util.function.LongConsumer listener) {
        this.sentListener = listener == null ? no -> {
        } : listener;
    }

    /**
     * Takes the face's password source (the window's secure storage), asked after the environment and before the
     * password file.
     *
     * @param source the source
     */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void setPasswordSource(SmtpPasswordSource source) {
        this.passwordSource = source;
    }

    /** @param source the source that goes away */
    public void unsetPasswordSource(SmtpPasswordSource source) {
        if (passwordSource == source) {
            passwordSource = null;
        }
    }

    @Override
    public DeliveryReport deliver(long loggedSegmentEntryNo, DeliverySettings settings) {
        return deliver(loggedSegmentEntryNo, settings, () -> false);
    }

    @Override
    public DeliveryReport deliver(long loggedSegmentEntryNo, DeliverySettings settings,
            java.util.function.BooleanSupplier cancelled) {
        store.read(s -> s.loggedSegments().require(loggedSegmentEntryNo));
        return run(loggedSegmentEntryNo, settings, cancelled, null);
    }

    @Override
    public DeliveryReport deliver(long loggedSegmentEntryNo, DeliverySettings settings,
            org.eclipse.core.runtime.IProgressMonitor monitor) {
        org.eclipse.core.runtime.SubMonitor sub = org.eclipse.core.runtime.SubMonitor.convert(monitor, 100);
        store.read(s -> s.loggedSegments().require(loggedSegmentEntryNo));
        return run(loggedSegmentEntryNo, settings, sub::isCanceled, sub);
    }

    @Override
    public DeliveryReport deliverPending(DeliverySettings settings) {
        return run(null, settings, () -> false, null);
    }

    @Override
    public int resend(long loggedSegmentEntryNo, boolean includeUncertain) {
        Set<OutboxState> from = includeUncertain ? EnumSet.of(OutboxState.FAILED, OutboxState.UNCERTAIN)
                : EnumSet.of(OutboxState.FAILED);
        return store.write(s -> {
            s.loggedSegments().require(loggedSegmentEntryNo);
            int n = s.outbox().retry(loggedSegmentEntryNo, from);
            if (n > 0) {
                s.changed(SegmentaEvents.DELIVERY_CHANGED, loggedSegmentEntryNo);
            }
            return n;
        });
    }

    @Override
    public List<OutboxItem> outbox(long loggedSegmentEntryNo) {
        return store.read(s -> {
            List<OutboxItem> all = new ArrayList<>();
            long after = 0;
            List<OutboxItem> page;
            do {
                page = s.outbox().find(loggedSegmentEntryNo, EnumSet.allOf(OutboxState.class), after, 5000);
                all.addAll(page);
                after = page.isEmpty() ? after : page.get(page.size() - 1).entryNo();
            } while (page.size() == 5000);
            return all;
        });
    }

    @Override
    public Map<Long, OutboxItem> status(Collection<Long> entryNos) {
        return store.read(s -> s.outbox().get(entryNos));
    }

    @Override
    public Map<OutboxState, Long> counts(long loggedSegmentEntryNo) {
        return store.read(s -> s.outbox().counts(loggedSegmentEntryNo));
    }

    @Override
    public void sendTestMessage(DeliverySettings settings, String to) {
        SettingsCheck.check(settings);
        if (!settings.hasServer()) {
            throw new IllegalStateException(Formats.bind(Messages.DeliveryServiceImpl_noSmtpServerIs));
        }
        if (settings.sender() == null) {
            throw new IllegalStateException(Formats.bind(Messages.DeliveryServiceImpl_noSenderIsSet));
        }
        String password = password(settings);
        try (Mailer mailer = new Mailer(settings, password)) {
            MimeMessage m = MailProviders.run(() -> {
                try {
                    MimeMessage msg = new LetterMail.FixedIdMessage(mailer.session,
                            "test." + UUID.randomUUID() + "@segmenta");
                    msg.setFrom(LetterMail.address(settings.sender(), null));
                    msg.setRecipient(MimeMessage.RecipientType.TO, LetterMail.address(to, null));
                    msg.setSubject(Messages.DeliveryServiceImpl_testMessageSubject, "UTF-8");
                    msg.setSentDate(new java.util.Date());
                    msg.setContent(new jakarta.mail.internet.MimeMultipart(LetterMail.text(
                            Formats.bind(Messages.DeliveryServiceImpl_thisIsATest,
                                    settings.host(), settings.port(), settings.security()), "text/plain")));
                    return msg;
                } catch (MessagingException e) {
                    throw new IllegalArgumentException(e.getMessage(), e);
                }
            });
            mailer.send(m);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(Formats.bind(Messages.DeliveryServiceImpl_theTestMessageCould,
                    e.getMessage()), e);
        } catch (MessagingException e) {
            throw new IllegalStateException(Formats.bind(Messages.DeliveryServiceImpl_theTestMessageWas,
                    settings.host(), settings.port(), describe(e)), e);
        }
    }

    // ---- a run --------------------------------------------------------------------------------------------------

    /** One Email entry claimed and read, ready to go out; or why it cannot. */
    private record Claimed(LetterMail.Letter letter, String failure) {
    }

    /** How many entries go by between two reports of progress. */
    static final int PROGRESS_EVERY = 2000;

    /**
     * @param progress told the entries gone through out of those pending at the start (90 of its 100), then the print
     *            document (10); null for none
     */
    private DeliveryReport run(Long loggedSegmentEntryNo, DeliverySettings settings,
            java.util.function.BooleanSupplier cancelled, org.eclipse.core.runtime.SubMonitor progress) {
        SettingsCheck.check(settings);
        synchronized (runLock) {
            String owner = "run-" + UUID.randomUUID();
            Instant cutoff = store.info().team() ? Instant.now().minus(TEAM_LEASE) : Instant.MAX;
            long[] interrupted = new long[1];
            String dbId = store.write(s -> {
                interrupted[0] = s.outbox().markInterrupted(cutoff, INTERRUPTED);
                if (interrupted[0] > 0) {
                    s.changed(SegmentaEvents.DELIVERY_CHANGED, null);
                }
                return s.outbox().databaseIdentity();
            });
            long uncertain = interrupted[0];
            String password = settings.hasServer() ? password(settings) : null;
            List<String> notes = new ArrayList<>();
            long sent = 0;
            long failed = 0;
            long skipped = 0;
            long waiting = 0;
            Map<Long, List<Long>> hardCopies = new LinkedHashMap<>();
            Map<String, Long> noChannel = new LinkedHashMap<>();
            Mailer mailer = null;
            String serverDown = null;
            unannounced = 0;
            boolean stopped = false;
            // the entries to go through, counted once (one indexed count of the segment's outbox)
            long pendingAtStart = progress == null || loggedSegmentEntryNo == null ? 0
                    : store.read(s -> s.outbox().counts(loggedSegmentEntryNo).getOrDefault(OutboxState.PENDING, 0L));
            // half for the entries gone through (slow for e-mails), half for the print document (slow for Hard Copy)
            org.eclipse.core.runtime.SubMonitor entries = progress == null ? null : progress.newChild(50);
            if (entries != null) {
                entries.setWorkRemaining((int) Math.max(1, (pendingAtStart + PROGRESS_EVERY - 1) / PROGRESS_EVERY));
                entries.subTask(Formats.bind(Messages.DeliveryServiceImpl_progress, Formats.count(0),
                        Formats.count(pendingAtStart)));
            }
            long gone = 0;
            try {
                long after = 0;
                while (!stopped) {
                    long from = after;
                    List<OutboxItem> page = store.read(s -> s.outbox().find(loggedSegmentEntryNo,
                            EnumSet.of(OutboxState.PENDING), from, PAGE));
                    if (page.isEmpty()) {
                        break;
                    }
                    for (OutboxItem item : page) {
                        if (cancelled.getAsBoolean()) {
                            stopped = true;
                            break;
                        }
                        after = item.entryNo();
                        if (entries != null && ++gone % PROGRESS_EVERY == 0) {
                            entries.worked(1);
                            entries.subTask(Formats.bind(Messages.DeliveryServiceImpl_progress, Formats.count(gone),
                                    Formats.count(Math.max(gone, pendingAtStart))));
                        }
                        String messageId = item.entryNo() + "." + dbId + "@segmenta";
                        CorrespondenceChannel plugin = channelFor(item.channel());
                        if (plugin != null) {
                            OutboxState done = deliverThrough(plugin, item, messageId, owner, notes);
                            if (done == OutboxState.SENT) {
                                sent++;
                                sentListener.accept(item.entryNo());
                            } else if (done == OutboxState.FAILED) {
                                failed++;
                            } else if (done == OutboxState.SKIPPED) {
                                skipped++;
                            }
                            continue;
                        }
                        if (item.channel() != CorrespondenceType.HARD_COPY && item.channel() != CorrespondenceType.EMAIL) {
                            // a plug-in's channel that is not installed (any more): the entry waits for it
                            noChannel.merge(item.channel().getLiteral(), 1L, Long::sum);
                            continue;
                        }
                        if (item.channel() == CorrespondenceType.HARD_COPY) {
                            // claimed only when the print document is made, after the e-mails
                            hardCopies.computeIfAbsent(item.loggedSegmentEntryNo() == null ? 0L
                                    : item.loggedSegmentEntryNo(), k -> new ArrayList<>()).add(item.entryNo());
                            continue;
                        }
                        if (!settings.hasServer() || serverDown != null) {
                            waiting++;
                            continue;
                        }
                        if (mailer == null) {
                            mailer = new Mailer(settings, password);
                        }
                        if (!mailer.open()) {
                            try {
                                mailer.connect();
                            } catch (MessagingException e) {
                                serverDown = Formats.bind(Messages.DeliveryServiceImpl_theSmtpServer,
                                        settings.host(), settings.port(), describe(e));
                                waiting++;
                                continue;
                            }
                        }
                        Claimed c = store.write(s -> claimEmail(s, item, messageId, owner, settings));
                        if (c == null) {
                            continue;
                        }
                        if (c.failure() != null && c.letter() == null) {
                            if (c.failure().startsWith("skip:")) {
                                skipped++;
                            } else {
                                failed++;
                                note(notes, Formats.bind(Messages.DeliveryServiceImpl_entry2,
                                        item.entryNo(), c.failure()));
                            }
                            continue;
                        }
                        String failure;
                        try {
                            MimeMessage m = build(mailer, c.letter());
                            mailer.send(m);
                            failure = null;
                        } catch (IOException e) {
                            failure = Formats.bind(Messages.DeliveryServiceImpl_theStoredLetterCannot, e.getMessage());
                        } catch (SendFailedException e) {
                            failure = Formats.bind(Messages.DeliveryServiceImpl_theSmtpServerRefused, describe(e));
                        } catch (MessagingException e) {
                            failure = Formats.bind(Messages.DeliveryServiceImpl_theMessageWasNot, describe(e));
                            mailer.reset();
                        } catch (RuntimeException e) {
                            // not handed over (the message could not be built or written): failed, not uncertain
                            failure = Formats.bind(Messages.DeliveryServiceImpl_theMessageCouldNot, describe(e));
                            mailer.reset();
                        }
                        String reason = failure;
                        boolean announce = ++unannounced >= EVENT_EVERY;
                        store.write(s -> {
                            s.outbox().finish(item.entryNo(), reason == null ? OutboxState.SENT : OutboxState.FAILED,
                                    reason);
                            if (announce) {
                                s.changed(SegmentaEvents.DELIVERY_CHANGED, loggedSegmentEntryNo);
                            }
                            return null;
                        });
                        if (announce) {
                            unannounced = 0;
                        }
                        if (failure == null) {
                            sent++;
                            sentListener.accept(item.entryNo());
                        } else {
                            failed++;
                            note(notes, Formats.bind(Messages.DeliveryServiceImpl_entry2, item.entryNo(), failure));
                        }
                    }
                }
            } finally {
                if (mailer != null) {
                    mailer.close();
                }
            }
            if (serverDown != null) {
                String reason = serverDown;
                int n = store.write(s -> {
                    int failedNow = s.outbox().failPending(loggedSegmentEntryNo, CorrespondenceType.EMAIL, reason);
                    if (failedNow > 0 || unannounced > 0) {
                        s.changed(SegmentaEvents.DELIVERY_CHANGED, loggedSegmentEntryNo);
                    }
                    return failedNow;
                });
                unannounced = 0;
                failed += n;
                waiting = Math.max(0, waiting - n);
                notes.add(0, serverDown + " (" + n + " e-mails marked failed; resend them when the server is back)");
            }
            noChannel.forEach((type, n) -> notes.add(n + " " + type + " entries wait in the outbox: no installed plug-in"
                    + " delivers " + type + " any more; install it again, then deliver."));
            if (waiting > 0) {
                notes.add(waiting + " e-mails wait in the outbox: no SMTP server is set up (smtp.host in "
                        + settingsService.file() + ", or --smtp-host); deliver them when it is.");
            }
            Path printDocument = null;
            Path pdf = null;
            if (stopped || cancelled.getAsBoolean()) {
                // what was not reached (the Hard Copy letters too: they are claimed only below) stays pending
                stopped = true;
                hardCopies.clear();
                long left = store.read(s -> loggedSegmentEntryNo == null ? 0L
                        : s.outbox().counts(loggedSegmentEntryNo).getOrDefault(OutboxState.PENDING, 0L));
                notes.add(0, Formats.bind(Messages.DeliveryServiceImpl_cancelled, Formats.count(left)));
            }
            org.eclipse.core.runtime.SubMonitor print = progress == null || hardCopies.isEmpty() ? null
                    : progress.newChild(50).setWorkRemaining(hardCopies.size());
            for (Map.Entry<Long, List<Long>> e : hardCopies.entrySet()) {
                List<Long> claimed = new ArrayList<>();
                long[] skips = new long[1];
                store.write(s -> {
                    for (Long no : e.getValue()) {
                        OutboxItem item = s.outbox().get(no).orElse(null);
                        Optional<String> skip = item == null ? null
                                : claimHardCopy(s, item, no + "." + dbId + "@segmenta", owner);
                        if (skip != null && skip.isPresent()) {
                            skips[0]++;
                        } else if (skip != null) {
                            claimed.add(no);
                        }
                    }
                    return null;
                });
                skipped += skips[0];
                if (claimed.isEmpty()) {
                    continue;
                }
                Path[] made = printHardCopies(e.getKey(), claimed, settings, notes,
                        print == null ? null : print.newChild(1));
                if (made[0] != null) {
                    sent += claimed.size();
                    printDocument = made[0];
                    pdf = made[1];
                } else {
                    failed += claimed.size();
                }
            }
            if (unannounced > 0) {
                // the e-mails finished since the last event: one more, so that every view shows the final states
                store.write(s -> {
                    s.changed(SegmentaEvents.DELIVERY_CHANGED, loggedSegmentEntryNo);
                    return null;
                });
                unannounced = 0;
            }
            if (progress != null) {
                progress.done();
            }
            return new DeliveryReport(sent, failed, uncertain, skipped, printDocument, pdf, List.copyOf(notes));
        }
    }

    /** A plug-in channel's entry claimed and read; or why it was skipped. */
    private record ChannelClaim(ChannelMessage message, String skip) {
    }

    /**
     * Delivers one entry through a plug-in channel with the outbox's exactly-once claim: pending → sending committed
     * before the hand-over, sent or failed committed after it.
     *
     * @return the entry's state afterwards; null when another run had claimed it
     */
    private OutboxState deliverThrough(CorrespondenceChannel channel, OutboxItem item, String messageId, String owner,
            List<String> notes) {
        ChannelClaim c = store.write(s -> {
            Optional<String> skip = skipReason(s, item.entryNo());
            if (skip.isPresent()) {
                return s.outbox().skip(item.entryNo(), skip.get()) ? new ChannelClaim(null, skip.get()) : null;
            }
            if (!s.outbox().claim(item.entryNo(), messageId, owner)) {
                return null;
            }
            InteractionLogEntry e = s.interactionLog().get(item.entryNo()).orElseThrow();
            Contact contact = e.getContactNo() == null ? null : s.contacts().get(e.getContactNo()).orElse(null);
            byte[] document = null;
            String documentName = null;
            if (e.getAttachmentNo() != null) {
                Attachment a = s.attachments().require(e.getAttachmentNo());
                try (InputStream in = s.attachments().openContent(a.getNo())) {
                    document = in.readAllBytes();
                }
                documentName = a.getFileName();
            }
            String subject = e.getSubject() != null && !e.getSubject().isBlank() ? e.getSubject()
                    : e.getDescription() != null && !e.getDescription().isBlank() ? e.getDescription() : "Letter";
            return new ChannelClaim(new ChannelMessage(item.entryNo(), messageId, e, contact, document, documentName,
                    subject), null);
        });
        if (c == null) {
            return null;
        }
        if (c.skip() != null) {
            return OutboxState.SKIPPED;
        }
        String failure;
        if (c.message().contact() == null) {
            failure = Formats.bind(Messages.DeliveryServiceImpl_contact2, c.message().entry().getContactNo());
        } else {
            try {
                channel.deliver(c.message());
                failure = null;
            } catch (ChannelException e) {
                failure = channel.label() + " (" + channel.id() + "): " + e.getMessage();
            } catch (RuntimeException e) {
                failure = channel.label() + " (" + channel.id() + ") failed: " + describe(e);
            }
        }
        String reason = failure;
        store.write(s -> s.outbox().finish(item.entryNo(), reason == null ? OutboxState.SENT : OutboxState.FAILED,
                reason));
        if (failure != null) {
            note(notes, Formats.bind(Messages.DeliveryServiceImpl_entry2, item.entryNo(), failure));
            return OutboxState.FAILED;
        }
        return OutboxState.SENT;
    }

    private static MimeMessage build(Mailer mailer, LetterMail.Letter letter) throws IOException, MessagingException {
        Object[] out = new Object[1];
        MailProviders.run(() -> {
            try {
                out[0] = LetterMail.build(mailer.session, letter);
            } catch (IOException | MessagingException e) {
                out[0] = e;
            }
            return null;
        });
        if (out[0] instanceof IOException io) {
            throw io;
        }
        if (out[0] instanceof MessagingException me) {
            throw me;
        }
        return (MimeMessage) out[0];
    }

    /** @return null when another run has it, a reason when skipped, empty when claimed */
    private static Optional<String> claimHardCopy(StoreSession s, OutboxItem item, String messageId, String owner) {
        Optional<String> skip = skipReason(s, item.entryNo());
        if (skip.isPresent()) {
            return s.outbox().skip(item.entryNo(), skip.get()) ? skip : null;
        }
        return s.outbox().claim(item.entryNo(), messageId, owner) ? Optional.empty() : null;
    }

    /** Why an entry must not be delivered (canceled, privacy blocked), if so. */
    private static Optional<String> skipReason(StoreSession s, long entryNo) {
        Optional<InteractionLogEntry> e = s.interactionLog().get(entryNo);
        if (e.isEmpty()) {
            return Optional.of(Formats.bind(Messages.DeliveryServiceImpl_theInteractionLogEntry2));
        }
        if (e.get().isCanceled()) {
            return Optional.of(Formats.bind(Messages.DeliveryServiceImpl_theInteractionLogEntry));
        }
        Optional<Contact> c = e.get().getContactNo() == null ? Optional.empty() : s.contacts().get(e.get().getContactNo());
        if (c.isPresent() && c.get().isPrivacyBlocked()) {
            return Optional.of(Formats.bind(Messages.DeliveryServiceImpl_contact3, c.get().getNo()));
        }
        return Optional.empty();
    }

    private static Claimed claimEmail(StoreSession s, OutboxItem item, String messageId, String owner,
            DeliverySettings settings) throws IOException {
        Optional<String> skip = skipReason(s, item.entryNo());
        if (skip.isPresent()) {
            return s.outbox().skip(item.entryNo(), skip.get()) ? new Claimed(null, "skip:" + skip.get()) : null;
        }
        if (!s.outbox().claim(item.entryNo(), messageId, owner)) {
            return null;
        }
        InteractionLogEntry e = s.interactionLog().get(item.entryNo()).orElseThrow();
        Contact c = e.getContactNo() == null ? null : s.contacts().get(e.getContactNo()).orElse(null);
        String failure = null;
        String to = c == null ? null : c.getEmail();
        if (c == null) {
            failure = Formats.bind(Messages.DeliveryServiceImpl_contact2, e.getContactNo());
        } else if (to == null || to.isBlank()) {
            failure = Formats.bind(Messages.DeliveryServiceImpl_contact, c.getNo());
        }
        Salesperson sp = e.getSalespersonCode() == null ? null : s.salespeople().get(e.getSalespersonCode()).orElse(null);
        boolean fromSalesperson = settings.fromSalesperson() && sp != null && sp.getEmail() != null && !sp.getEmail().isBlank();
        String from = fromSalesperson ? sp.getEmail() : settings.sender();
        if (failure == null && (from == null || from.isBlank())) {
            failure = Formats.bind(Messages.DeliveryServiceImpl_noSenderAddressSalesperson, e.getSalespersonCode());
        }
        if (failure == null && e.getAttachmentNo() == null) {
            failure = Formats.bind(Messages.DeliveryServiceImpl_theEntryHasNo);
        }
        if (failure != null) {
            s.outbox().finish(item.entryNo(), OutboxState.FAILED, failure);
            return new Claimed(null, failure);
        }
        Attachment a = s.attachments().require(e.getAttachmentNo());
        byte[] bytes;
        try (InputStream in = s.attachments().openContent(a.getNo())) {
            bytes = in.readAllBytes();
        }
        String subject = e.getSubject() != null && !e.getSubject().isBlank() ? e.getSubject()
                : e.getDescription() != null && !e.getDescription().isBlank() ? e.getDescription() : "Letter";
        String sender = fromSalesperson && settings.sender() != null ? settings.sender() : null;
        return new Claimed(new LetterMail.Letter(messageId, e.getEntryNo(), from, sender, to.trim(), c.getName(), subject,
                bytes, a.getFileName() == null ? "Letter.docx" : a.getFileName(), a.getMediaType(),
                e.isSendWordDocsAsAttachment()), null);
    }

    /** @return {print document, pdf}; {null, null} when it failed (the entries are marked failed) */
    /** @param progress told the letters put into the document ("N of M", every two thousand); null for none */
    private Path[] printHardCopies(long loggedSegmentEntryNo, List<Long> entryNos, DeliverySettings settings,
            List<String> notes, org.eclipse.core.runtime.SubMonitor progress) {
        Path folder = settings.printFolder() != null ? settings.printFolder() : settingsService.defaultPrintFolder();
        String name = store.read(s -> {
            Optional<LoggedSegment> ls = loggedSegmentEntryNo == 0 ? Optional.empty()
                    : s.loggedSegments().get(loggedSegmentEntryNo);
            return "Segment " + ls.map(LoggedSegment::getSegmentNo).orElse("entries") + " (logged segment "
                    + loggedSegmentEntryNo + ") " + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        }).replaceAll("[\\\\/:*?\"<>|]", "_");
        Path docx = folder.resolve(name + ".docx");
        String failure = null;
        try {
            int n = entryNos.size();
            if (progress != null) {
                progress.setWorkRemaining(Math.max(1, (n + PROGRESS_EVERY - 1) / PROGRESS_EVERY));
                progress.subTask(Formats.bind(Messages.DeliveryServiceImpl_progressPrint, Formats.count(0),
                        Formats.count(n)));
            }
            PrintDocument.combine(n, i -> {
                if (progress != null && i > 0 && i % PROGRESS_EVERY == 0) {
                    progress.worked(1);
                    progress.subTask(Formats.bind(Messages.DeliveryServiceImpl_progressPrint, Formats.count(i),
                            Formats.count(n)));
                }
                return letter(entryNos.get(i));
            }, docx);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            failure = Formats.bind(Messages.DeliveryServiceImpl_thePrintDocument, docx, e.getMessage());
        }
        String reason = failure;
        store.write(s -> {
            for (Long no : entryNos) {
                s.outbox().finish(no, reason == null ? OutboxState.SENT : OutboxState.FAILED, reason);
            }
            s.changed(SegmentaEvents.DELIVERY_CHANGED, loggedSegmentEntryNo == 0 ? null : loggedSegmentEntryNo);
            return null;
        });
        if (failure != null) {
            notes.add(failure);
            return new Path[2];
        }
        Path pdf = null;
        Optional<Path> soffice = PrintDocument.findSoffice();
        if (soffice.isEmpty()) {
            notes.add(Formats.bind(Messages.DeliveryServiceImpl_noPdfOf, docx.getFileName()));
        } else {
            try {
                pdf = PrintDocument.toPdf(soffice.get(), docx);
            } catch (IOException e) {
                notes.add(Formats.bind(Messages.DeliveryServiceImpl_noPdf, e.getMessage()));
            }
        }
        return new Path[] { docx, pdf };
    }

    private byte[] letter(long entryNo) {
        return store.read(s -> {
            InteractionLogEntry e = s.interactionLog().get(entryNo).orElseThrow();
            if (e.getAttachmentNo() == null) {
                throw new IllegalStateException(Formats.bind(Messages.DeliveryServiceImpl_entry, entryNo));
            }
            try (InputStream in = s.attachments().openContent(e.getAttachmentNo())) {
                return in.readAllBytes();
            }
        });
    }

    private String password(DeliverySettings settings) {
        SmtpPasswordSource source = passwordSource;
        String fromEnv = env.apply(DeliverySettings.PASSWORD_ENV);
        if (source != null && settings.user() != null && !settings.user().isBlank()
                && (fromEnv == null || fromEnv.isEmpty())) {
            String kept = source.password(settings);
            if (kept != null && !kept.isEmpty()) {
                return kept;
            }
        }
        Path defaultFile = settingsService.file().resolveSibling(FileDeliverySettings.PASSWORD_FILE);
        return Passwords.find(settings, env, defaultFile);
    }

    private static void note(List<String> notes, String note) {
        if (notes.size() < 20) {
            notes.add(note);
        } else if (notes.size() == 20) {
            notes.add("... more failures: see the outbox (interactions --logged N).");
        }
    }

    static String describe(Exception e) {
        StringBuilder b = new StringBuilder(String.valueOf(e.getMessage()).strip());
        Throwable c = e.getCause();
        while (c != null && c != c.getCause()) {
            if (c.getMessage() != null && !b.toString().contains(c.getMessage())) {
                b.append(" (").append(c.getMessage().strip()).append(')');
            }
            c = c.getCause();
        }
        return b.toString();
    }
}
