package org.segmenta.delivery.internal;

import org.eclipse.osgi.util.NLS;

/**
 * The delivery's messages that reach people: why an e-mail was not sent, what the SMTP settings lack, why there is no print document or PDF, each in the user's locale so the window and the command line show the same text.
 * <p>
 * {@code messages.properties} (English) and {@code messages_de.properties} (German), chosen by the locale
 * ({@code -nl de}, else the system's) with Eclipse's {@link NLS}, as the window's and the command line's texts; each
 * {@code {n}} is filled by {@link org.segmenta.core.format.Formats#bind(String, Object...)} (a single quote is
 * written twice in the files).
 */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.segmenta.delivery.internal.messages";

    public static String DeliveryServiceImpl_progress;
    public static String DeliveryServiceImpl_progressPrint;
    public static String DeliveryServiceImpl_entry;
    public static String DeliveryServiceImpl_noPdf;
    public static String DeliveryServiceImpl_noPdfOf;
    public static String DeliveryServiceImpl_thePrintDocument;
    public static String DeliveryServiceImpl_theEntryHasNo;
    public static String DeliveryServiceImpl_noSenderAddressSalesperson;
    public static String DeliveryServiceImpl_contact;
    public static String DeliveryServiceImpl_contact2;
    public static String DeliveryServiceImpl_contact3;
    public static String DeliveryServiceImpl_theInteractionLogEntry;
    public static String DeliveryServiceImpl_theInteractionLogEntry2;
    public static String DeliveryServiceImpl_entry2;
    public static String DeliveryServiceImpl_theMessageCouldNot;
    public static String DeliveryServiceImpl_theMessageWasNot;
    public static String DeliveryServiceImpl_theSmtpServerRefused;
    public static String DeliveryServiceImpl_theStoredLetterCannot;
    public static String DeliveryServiceImpl_theSmtpServer;
    public static String DeliveryServiceImpl_theTestMessageWas;
    public static String DeliveryServiceImpl_theTestMessageCould;
    public static String DeliveryServiceImpl_thisIsATest;
    public static String DeliveryServiceImpl_noSenderIsSet;
    public static String DeliveryServiceImpl_noSmtpServerIs;
    public static String DeliveryServiceImpl_theDeliveryRunThat;
    public static String DeliveryServiceImpl_cancelled;
    public static String DocxHtml_theLetterSRelationships;
    public static String DocxHtml_theLetterIsNot;
    public static String DocxHtml_theLetterSWord;
    public static String DocxHtml_theLetterIsNot2;
    public static String FileDeliverySettings_cannotWriteTheDelivery;
    public static String FileDeliverySettings_smtpSecurityIs;
    public static String FileDeliverySettings_theDeliverySettings;
    public static String FileDeliverySettings_cannotReadTheDelivery;
    public static String Passwords_cannotReadTheSmtp;
    public static String Passwords_theSmtpPasswordFile;
    public static String Passwords_theSmtpPasswordFile2;
    public static String PrintDocument_libreofficeCouldNotConvert;
    public static String PrintDocument_interruptedWhileLibreofficeConverted;
    public static String PrintDocument_libreofficeDidNotConvert;
    public static String PrintDocument_letter;
    public static String PrintDocument_theFirstLetterHas;
    public static String SettingsCheck_theSender;
    public static String SettingsCheck_chooseTheSmtpSecurity;
    public static String SettingsCheck_theSmtpTimeoutMust;
    public static String SettingsCheck_theSmtpPort;
    public static String DeliveryServiceImpl_testMessageSubject;
    public static String Passwords_noPassword;
    public static String Passwords_noPasswordNoFile;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }

}
