package org.segmenta.exchange.internal;

import org.eclipse.osgi.util.NLS;

/**
 * The import's and the exports' messages that reach people: why a file or a row is refused, the notes on what was read, the import summary, each in the user's locale so the window and the command line show the same text. Machine output (JSON keys, reason names) stays English.
 * <p>
 * {@code messages.properties} (English) and {@code messages_de.properties} (German), chosen by the locale
 * ({@code -nl de}, else the system's) with Eclipse's {@link NLS}, as the window's and the command line's texts; each
 * {@code {n}} is filled by {@link org.segmenta.core.format.Formats#bind(String, Object...)} (a single quote is
 * written twice in the files).
 */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.segmenta.exchange.internal.messages";

    public static String AtomicWrite_cannotWrite;
    public static String CsvSource_theFileEndsIn;
    public static String CsvSource_theRowIsEmpty;
    public static String CsvSource_theRowsFromLine;
    public static String CsvSource_theColumnMappingMaps;
    public static String CsvSource_theColumnMappingNames;
    public static String CsvSource_theFirstLineHas;
    public static String CsvSource_theFileIsEmpty;
    public static String CsvSource_theHeaderRowCannot;
    public static String CsvSource_theFileCannotBe;
    public static String Draft_theAddressHas;
    public static String PlanBuilder_holdsTheControlCharacter;
    public static String PlanBuilder_holdsACharacterThat;
    public static String PlanBuilder_language;
    public static String PlanBuilder_country;
    public static String PlanBuilder_itHasNoName;
    public static String PlanBuilder_theCardOrRow;
    public static String PlanBuilder_theCardOrRow2;
    public static String PlanBuilder_text;
    public static String PlanBuilder_itIsNotImported;
    public static String PlanBuilder_andTheFileAdds;
    public static String PlanBuilder_has;
    public static String PlanBuilder_text2;
    public static String PlanBuilder_breaksARule;
    public static String PlanBuilder_theSameNameAnd;
    public static String PlanBuilder_theSameEMail;
    public static String PlanBuilder_hasTheSameName;
    public static String PlanBuilder_hasTheSameE;
    public static String SourceFile_theFileIsNot;
    public static String SourceFile_theVcardFileIs;
    public static String SourceFile_theHeaderRowIs;
    public static String SourceFile_theFileCannotBe;
    public static String SourceFile_theFileDoesNot;
    public static String SourceFile_isAFolderChoose;
    public static String VCardSource_theNamesAreIn;
    public static String VCardSource_theNameIsGiven;
    public static String VCardSource_theCardThatBegins;
    public static String VCardSource_theFileHoldsNo;
    public static String VCardSource_theVcardTextCannot;
    public static String ContactVCardExport_exportOfTheContacts;
    public static String SegmentLineExport_exportOfSegment;
    public static String CsvSource_notAKnownExportNoColumn;
    public static String CsvSource_notAKnownExportProposed;
    public static String CsvSource_quoteNeverClosed;
    public static String CsvSource_quoteFollowedByCharacters;
    public static String CsvSource_extraValues;
    public static String CsvSource_extraValuesTab;
    public static String SourceFile_separatedBy;
    public static String SourceFile_separatedByTab;
    public static String SourceFile_foldedLineSplits;
    public static String SourceFile_foldedLinesSplit;
    public static String SourceFile_notTextZip;
    public static String SourceFile_notTextBinary;
    public static String VCardSource_quotedPrintableUtf;
    public static String VCardSource_quotedPrintableGuessed;
    public static String VCardSource_warning;
    public static String VCardSource_warningAtLine;
    public static String ContactImportServiceImpl_badRow;
    public static String ContactImportServiceImpl_badRows;
    public static String ContactImportException_contactFile;
    public static String ContactImportException_fileLine;
    public static String ContactImportException_file;
    public static String ImportReport_duplicateInFile;
    public static String ImportReport_alreadyStored;
    public static String ImportReport_empty;
    public static String ImportReport_withoutIdentity;
    public static String ImportReport_breakingARule;
    public static String ImportReport_valueTooLong;
    public static String ImportReport_invalidValue;
    public static String ImportReport_extraColumns;
    public static String ImportReport_cutOff;
    public static String ImportReport_counts;
    public static String ImportReport_summaryNotImported;
    public static String ImportReport_lineSkipped;
    public static String ImportReport_lineFieldSkipped;
    public static String ImportReport_lineNote;
    public static String Kind_moreEmailAddresses;
    public static String Kind_morePhoneNumbers;
    public static String Kind_moreAddresses;
    public static String Kind_moreWebPages;
    public static String Kind_birthdays;
    public static String Kind_anniversaries;
    public static String Kind_imAddresses;
    public static String Kind_photos;
    public static String Kind_logos;
    public static String Kind_nicknames;
    public static String Kind_geoPositions;
    public static String Kind_relations;
    public static String Kind_roles;
    public static String Kind_genders;
    public static String Kind_interests;
    public static String Kind_sounds;
    public static String Kind_keys;
    public static String Kind_xmlParts;
    public static String Kind_agents;
    public static String Kind_groupMembers;
    public static String Kind_other;
    public static String PlanBuilder_isLinkedToThe;
    public static String PlanBuilder_alreadyExistsAsContact;
    public static String PlanBuilder_completesTheCompany;
    public static String PlanBuilder_completesTheCompany2;
    public static String PlanBuilder_and;
    public static String PlanBuilder_describeCompany;
    public static String PlanBuilder_describe;
    public static String PlanBuilder_possibleDuplicate;
    public static String PlanBuilder_theRowAtLine;
    public static String PlanBuilder_theContact;
    public static String ImportReport_possibleDuplicateOne;
    public static String ImportReport_possibleDuplicateOther;

    public static String CsvSource_columnOne;
    public static String CsvSource_columnOther;
    public static String CsvSource_valueOne;
    public static String CsvSource_valueOther;
    public static String PlanBuilder_andOne;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
