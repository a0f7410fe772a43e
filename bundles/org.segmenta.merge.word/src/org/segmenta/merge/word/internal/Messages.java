package org.segmenta.merge.word.internal;

import org.eclipse.osgi.util.NLS;

/**
 * The Word merge's messages that reach people: why a main document is refused, the warnings about its fields, why a
 * letter cannot be built, each in the user's locale so the window and the command line show the same text.
 * <p>
 * {@code messages.properties} (English) and {@code messages_de.properties} (German), chosen by the locale
 * ({@code -nl de}, else the system's) with Eclipse's {@link NLS}, as the other services' texts; each {@code {n}} is
 * filled by {@link org.segmenta.core.format.Formats#bind(String, Object...)} (a single quote is written twice in the
 * texts that are bound). The technical findings about a damaged document (parts, offsets, characters, for
 * whoever repairs the file) and the reasons of the proposed field mapping ({@code same name as City}) are here too;
 * only what the JDK's own parsers say inside them stays in their language.
 */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.segmenta.merge.word.internal.messages";
    public static String Template_noFile;
    public static String Template_accessDenied;
    public static String Template_cannotRead;
    public static String Template_binaryDoc;
    public static String Template_encrypted;
    public static String Template_notWord;
    public static String Template_fileDamaged;
    public static String Template_fileDamagedOrUnreadable;
    public static String Template_documentDamaged;
    public static String Template_refused;
    public static String Template_unmapped;
    public static String Template_severalRecordsOne;
    public static String Template_severalRecordsOther;
    public static String Template_noFields;
    public static String Template_noMainPart;
    public static String Template_internal;
    public static String Template_internalError;
    public static String Template_noName;
    public static String Template_emptyCode;
    public static String Template_regionMarker;
    public static String Template_typeNotMerged;
    public static String Template_previewSeveralRecordsOne;
    public static String Template_previewSeveralRecordsOther;
    public static String Template_recordsPerPage;
    public static String Template_skips;
    public static String Template_recordSkipped;
    public static String Template_cannotBuild;
    public static String Engine_formatUnsupported;
    public static String Engine_notADate;
    public static String Engine_notANumber;
    public static String Engine_conditionForm;
    public static String Engine_unknownOperator;
    public static String Service_fieldLeft;
    public static String Service_fieldsLeft;
    public static String Service_cannotReadBack;
    public static String Scanner_fieldNeverEnds;
    public static String Scanner_endWithoutStart;
    public static String Scanner_fieldsNestTooDeep;
    public static String Scanner_fieldsNestTooDeepAt;
    public static String Package_partTooLarge;
    public static String Package_partsTooLarge;
    public static String Package_zipDamaged;
    public static String Xml_declaration;
    public static String Xml_endTagMismatch;
    public static String Xml_anyStartTag;
    public static String Xml_secondRoot;
    public static String Xml_nestsTooDeep;
    public static String Xml_noElement;
    public static String Xml_neverClosed;
    public static String Xml_unterminatedMarkup;
    public static String Xml_unterminatedTag;
    public static String Parts_declaredButUtf8;
    public static String Parts_notText;
    public static String Parts_unpairedSurrogate;
    public static String Parts_characterReference;
    public static String Parts_atLineColumn;
    public static String Parts_removedOne;
    public static String Parts_removedOther;
    public static String Parts_nestsTooDeep;
    public static String Parts_notWellFormedAt;
    public static String Parts_notWellFormed;
    public static String Template_noBody;
    public static String Match_odsoMapped;
    public static String Match_sameName;
    public static String Match_synonym;
    public static String Match_plugIn;
    public static String Match_odsoStandard;
    public static String Match_unmapped;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
