package org.segmenta.delivery.tests;

import java.nio.file.Path;

import org.segmenta.core.delivery.DeliveryReport;
import org.segmenta.core.delivery.DeliverySettings;
import org.segmenta.core.delivery.SmtpSecurity;
import org.segmenta.delivery.internal.DeliveryServiceImpl;
import org.segmenta.delivery.internal.UnsavedDeliverySettings;
import org.segmenta.store.derby.DerbyStores;
import org.segmenta.store.derby.LocalStore;

/**
 * The child process of {@link KillDeliveryTest}, outside OSGi on plain jars: {@code FOLDER HOST PORT} opens the
 * embedded database in {@code FOLDER/db}, delivers every pending entry to the SMTP server, printing {@code SENT n}
 * after each sent-mark is committed, then {@code DONE sent uncertain failed}.
 */
public final class DeliveryChild {

    private DeliveryChild() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        try (LocalStore store = DerbyStores.embedded(folder.resolve("db"))) {
            DeliveryServiceImpl delivery = new DeliveryServiceImpl(store, new UnsavedDeliverySettings(folder), k -> null);
            delivery.onSent(no -> {
                System.out.println("SENT " + no);
                System.out.flush();
            });
            DeliverySettings settings = DeliverySettings.NONE.withHost(args[1]).withPort(Integer.parseInt(args[2]))
                    .withSecurity(SmtpSecurity.NONE).withSender("sales@segmenta.test");
            DeliveryReport r = delivery.deliverPending(settings);
            System.out.println("DONE " + r.sent() + " " + r.uncertain() + " " + r.failed());
            System.out.flush();
        }
    }
}
