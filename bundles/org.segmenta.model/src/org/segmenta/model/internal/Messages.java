package org.segmenta.model.internal;

import org.eclipse.osgi.util.NLS;

/**
 * The model's rule messages that reach people through the store and the import ({@code SegmentaValidator}'s
 * diagnostics and object labels), in {@code messages.properties} (English) and {@code messages_de.properties}
 * (German), chosen by the locale ({@code -nl de}, else the system's) with Eclipse's {@link NLS}, as the services'
 * texts are. The class and field captions are in {@code captions(_de).properties}, read by
 * {@link org.segmenta.model.rules.Captions#shown(String)}.
 */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.segmenta.model.internal.messages";

    public static String Label_new;
    public static String Label_of;
    public static String Validator_required;
    public static String Validator_negative;
    public static String Validator_negativeMinute;
    public static String Validator_negativeMinutes;
    public static String Validator_companyNotOwn;
    public static String Validator_companyMissing;
    public static String Validator_companyIsPerson;
    public static String Validator_oneDocument;
    public static String Validator_defaultLanguage;
    public static String Validator_twoFormulas;
    public static String Validator_campaignDates;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
