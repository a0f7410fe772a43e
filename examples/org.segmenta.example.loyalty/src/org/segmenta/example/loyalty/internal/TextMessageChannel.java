package org.segmenta.example.loyalty.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.segmenta.core.delivery.ChannelException;
import org.segmenta.core.delivery.ChannelMessage;
import org.segmenta.core.delivery.CorrespondenceChannel;
import org.segmenta.model.Contact;
import org.segmenta.model.CorrespondenceType;

/**
 * Text messages to loyalty members, written as files into an outbox folder that an SMS gateway picks up: one file
 * {@code <message id>.txt} per message, with the mobile phone No. and the text. It delivers the interactions of
 * correspondence type Fax, which Segmenta does not deliver itself (the model's types are the reference design's:
 * Hard Copy, Email, Fax).
 * <p>
 * The folder: the component property or framework property {@value #FOLDER}, else
 * {@code <instance folder>/loyalty-text-messages}. A file is written under a temporary name and then moved to its
 * final name in one step, so the gateway never reads half a message; a message whose file exists already (an
 * explicit resend of one that did arrive) is not written twice.
 */
@Component(service = CorrespondenceChannel.class)
public final class TextMessageChannel implements CorrespondenceChannel {

    /** The property naming the outbox folder. */
    public static final String FOLDER = "segmenta.loyalty.textFolder";
    /** The longest text a message has (one SMS); longer ones are cut with an ellipsis. */
    static final int MAX_TEXT = 160;

    private final Path folder;

    /**
     * @param context the bundle context (framework properties, instance area)
     * @param config the component properties
     */
    @Activate
    public TextMessageChannel(BundleContext context, Map<String, Object> config) {
        Object configured = config.get(FOLDER);
        String property = configured != null ? configured.toString() : context.getProperty(FOLDER);
        if (property != null && !property.isBlank()) {
            folder = Path.of(property);
        } else {
            String instance = context.getProperty("osgi.instance.area");
            Path base = instance == null ? Path.of(System.getProperty("java.io.tmpdir"))
                    : instance.startsWith("file:") ? Path.of(URI.create(instance.replace(" ", "%20")))
                            : Path.of(instance);
            folder = base.resolve("loyalty-text-messages");
        }
    }

    /** @return the outbox folder the gateway reads */
    public Path folder() {
        return folder;
    }

    @Override
    public String id() {
        return "loyalty.text";
    }

    @Override
    public String label() {
        return "Text message";
    }

    @Override
    public CorrespondenceType correspondenceType() {
        return CorrespondenceType.FAX;
    }

    @Override
    public Optional<String> problem(Contact contact) {
        String mobile = contact.getMobilePhoneNo();
        return mobile == null || mobile.isBlank()
                ? Optional.of("contact " + contact.getNo() + " has no mobile phone No. to text; enter one on the contact")
                : Optional.empty();
    }

    @Override
    public boolean needsDocument() {
        return false;
    }

    @Override
    public void deliver(ChannelMessage message) throws ChannelException {
        Contact c = message.contact();
        String mobile = c.getMobilePhoneNo();
        if (mobile == null || mobile.isBlank()) {
            throw new ChannelException("Contact " + c.getNo() + " has no mobile phone No.; enter one and resend.");
        }
        String greeting = c.getFirstName() != null && !c.getFirstName().isBlank() ? c.getFirstName() : c.getName();
        String text = "Hello " + (greeting == null ? "" : greeting.strip()) + ", " + message.subject().strip();
        if (text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT - 1) + "…";
        }
        String body = "To: " + mobile.strip() + "\nMessage-ID: " + message.messageId() + "\nContact: " + c.getNo()
                + "\n\n" + text + "\n";
        String name = message.messageId().replaceAll("[^A-Za-z0-9._-]", "_") + ".txt";
        try {
            Files.createDirectories(folder);
            Path target = folder.resolve(name);
            if (Files.exists(target)) {
                return; // delivered before: the gateway has it
            }
            Path temp = Files.createTempFile(folder, ".sending-", ".tmp");
            try {
                Files.writeString(temp, body, StandardCharsets.UTF_8);
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException e) {
                // a concurrent resend got there first: delivered once
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new ChannelException("The text message could not be written to " + folder + ": " + e.getMessage()
                    + ". Check that the folder exists and is writable.", e);
        }
    }
}
