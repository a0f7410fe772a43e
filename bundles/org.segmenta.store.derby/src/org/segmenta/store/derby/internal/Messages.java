package org.segmenta.store.derby.internal;

import org.eclipse.osgi.util.NLS;

/**
 * The store's messages that reach people: its errors (what failed, why, what to do), each raised in the user's locale so the window and the command line show them in the same language. Developers' log lines and SQL stay in the code.
 * <p>
 * {@code messages.properties} (English) and {@code messages_de.properties} (German), chosen by the locale
 * ({@code -nl de}, else the system's) with Eclipse's {@link NLS}, as the window's and the command line's texts; each
 * {@code {n}} is filled by {@link org.segmenta.core.format.Formats#bind(String, Object...)} (a single quote is
 * written twice in the files).
 */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.segmenta.store.derby.internal.messages";

    public static String DerbyErrors_failed;
    public static String DerbyErrors_changedByAnotherUser;
    public static String DerbyErrors_keyExistsAlready;
    public static String DerbyErrors_refersToSomethingNotStored;
    public static String DerbyErrors_changedByAnotherUserDeadlock;
    public static String DerbyErrors_changedByAnotherUserLockWait;
    public static String DerbyErrors_textTooLong;
    public static String DerbyErrors_connectionLost;
    public static String DerbyErrors_cannotWrite;
    public static String DerbyErrors_failedSqlState;
    public static String AggregateRepository_deleting;
    public static String AggregateRepository_saving;
    public static String AggregateRepository_savingTheNew;
    public static String AggregateRepository_countingThe;
    public static String AggregateRepository_readingThe;
    public static String AggregateRepository_lookingFor;
    public static String AggregateRepository_reading;
    public static String AttachmentRepo_deletingAttachment;
    public static String AttachmentRepo_makingDocumentsReadOnly;
    public static String AttachmentRepo_savingAttachment;
    public static String AttachmentRepo_replacingTheContentOf;
    public static String AttachmentRepo_openingTheContentOf;
    public static String AttachmentRepo_readingAttachment;
    public static String AttachmentRepo_storingDocument;
    public static String ContactRepo_lookingForContactsWith;
    public static String ContactRepo_copyingTheNameOf;
    public static String ContactRepo_findingTheHighestContact;
    public static String ContactRepo_insertingContactsTheBatch;
    public static String ContactRepo_countingContacts;
    public static String ContactRepo_searchingContacts;
    public static String ContactRepo_readingContactsAfterNo;
    public static String ContactRepo_reading;
    public static String ContactRepo_lookingUpContact;
    public static String ContactRepo_deletingTheRemovedSegment;
    public static String DerbyDatabase_shuttingDownTheDatabase;
    public static String DerbyDatabase_connectingToTheDatabase;
    public static String DerbyExtensionData_plugIn;
    public static String DerbyLineOperations_lookingForTheSame;
    public static String DerbyLineOperations_givingTheLinesOf;
    public static String DerbyLineOperations_updatingTheSubjectOf;
    public static String DerbyLineOperations_updatingTheLinesOf;
    public static String DerbyLineOperations_applyingTheInteractionTemplate;
    public static String DerbyLogging_unlinkingTheEntriesOf;
    public static String DerbyLogging_findingTheLinesOf;
    public static String DerbyLogging_loggingSegment;
    public static String DerbySelection_countingTheLinesOf;
    public static String DerbySelection_droppingUndoneStepsOf;
    public static String DerbySelection_redoingStep;
    public static String DerbySelection_undoingStep;
    public static String DerbySelection_removingLinesFromSegment;
    public static String DerbySelection_reusingLoggedSegment;
    public static String DerbySelection_addingContactsToSegment;
    public static String DerbySelection_countingContactsForSegment;
    public static String DerbyStore_backingUpTheDatabase;
    public static String DerbyStore_preparingAConnectionTo;
    public static String DerbyStore_theUnitOfWork;
    public static String DerbyStore_openingTheDatabase;
    public static String ExtensionSchemas_bringingTheTablesOf;
    public static String InteractionLogRepo_savingInteractionLogEntry;
    public static String InteractionLogRepo_countingTheInteractionLog;
    public static String InteractionLogRepo_searchingTheInteractionLog;
    public static String InteractionLogRepo_readingInteractionLogEntry;
    public static String InteractionLogRepo_writingInteractionLogEntries;
    public static String LoggedSegmentRepo_lookingForTheLogged;
    public static String LoggedSegmentRepo_countingLoggedSegments;
    public static String LoggedSegmentRepo_readingLoggedSegments;
    public static String LoggedSegmentRepo_countingTheInteractionsOf;
    public static String LoggedSegmentRepo_numberingANewLogged;
    public static String NumberSeriesRepo_taking;
    public static String NumberSeriesRepo_takingTheNextNumber;
    public static String OutboxRepo_readingTheDatabaseIdentity;
    public static String OutboxRepo_retryingTheDeliveriesOf;
    public static String OutboxRepo_markingInterruptedDeliveries;
    public static String OutboxRepo_markingDeliveriesFailed;
    public static String OutboxRepo_markingTheDeliveryOf;
    public static String OutboxRepo_claimingTheDeliveryOf;
    public static String OutboxRepo_countingTheOutboxOf;
    public static String OutboxRepo_readingTheOutbox;
    public static String OutboxRepo_queueingTheDeliveriesOf;
    public static String ReferenceRepo_lookingUpWhere;
    public static String Schema_upgradingTheDatabaseIn;
    public static String SegmentHistoryRepo_deletingTheHistoryOf;
    public static String SegmentHistoryRepo_readingTheHistoryOf;
    public static String SegmentHistoryRepo_countingTheHistoryOf;
    public static String SegmentHistoryRepo_readingStep;
    public static String SegmentHistoryRepo_recordingSegmentHistory;
    public static String SegmentLineRepo_deletingTheLinesOf;
    public static String SegmentLineRepo_deletingLinesOfSegment;
    public static String SegmentLineRepo_savingLine;
    public static String SegmentLineRepo_insertingSegmentLines;
    public static String SegmentLineRepo_readingTheLastLine;
    public static String SegmentLineRepo_readingLine;
    public static String SegmentLineRepo_readingTheLinesOf;
    public static String SegmentLineRepo_orderingTheLinesOf;
    public static String AttachmentRepo_attachment;
    public static String AttachmentRepo_attachment2;
    public static String AttachmentRepo_copyingTheContentOf;
    public static String AttachmentRepo_attachment3;
    public static String AttachmentRepo_readingTheContentOf;
    public static String Cancellation_cancelledTheWorkWas;
    public static String ContactRepo_contact;
    public static String CriteriaSql_theCriteriaSource;
    public static String CriteriaSql_theStoreCannotQuery;
    public static String CriteriaSql_theCriteriaSource2;
    public static String DerbyConnectionCheck_cannotReachTheTeam;
    public static String DerbyConnectionCheck_theTeamServerAt;
    public static String DerbyConnectionCheck_theTeamServerAt2;
    public static String DerbyConnectionCheck_derbySClientDriver;
    public static String DerbyConnectionCheck_derbySNetworkClient;
    public static String DerbyConnectionCheck_theTeamDatabaseUrl;
    public static String DerbyDatabase_cannotOpenTheDatabase;
    public static String DerbyDatabase_theDatabaseIn;
    public static String DerbyDatabase_cannotOpenTheDatabase2;
    public static String DerbyDatabase_cannotCreateTheFolder;
    public static String DerbySelection_segment;
    public static String DerbyStore_theBackupFolder;
    public static String DerbyStore_cannotCreateTheBackup;
    public static String DerbyStore_aTeamDatabaseIs;
    public static String DerbyStore_theUnitOfWork2;
    public static String DerbyStore_nothingWasSavedA;
    public static String DerbyStore_theStoreOn;
    public static String DerbyStoreComponent_theSegmentaStoreIs;
    public static String ExtensionSchemas_theTablesOfPlug;
    public static String ExtensionSchemas_thePlugIn;
    public static String InteractionLogRepo_interactionLogEntry;
    public static String NetworkDatabase_derbySClientDriver;
    public static String NetworkDatabase_cannotReachTheTeam;
    public static String NetworkDatabase_derbySNetworkClient;
    public static String NetworkDatabase_theTeamDatabaseUrl;
    public static String NumberSeriesRepo_numberSeries;
    public static String NumberSeriesRepo_numberSeries2;
    public static String NumberSeriesRepo_numberSeries5;
    public static String OwnerOnly_cannotReadThe;
    public static String OwnerOnly_the;
    public static String OwnerOnly_the2;
    public static String OwnerOnly_the3;
    public static String Schema_theDatabaseIn;
    public static String Schema_theDatabase;
    public static String Schema_theDatabaseIn2;
    public static String Schema_upgradingTheDatabaseIn2;
    public static String SegmentLineRepo_line;
    public static String SegmentLineRepo_line2;
    public static String StoreSettings_segmentaHasNoInstance;
    public static String StoreSettings_theBootPasswordWas;
    public static String StoreSettings_theTeamPasswordWas;
    public static String Tables_theDatabaseLacksColumns;
    public static String TeamServer_thePasswordMustHave;
    public static String TeamServer_text;
    public static String TeamServer_theOwnerSPassword;
    public static String TeamServer_theOwner;
    public static String TeamServer_thereIsNoTeam;
    public static String TeamServer_theTeamDatabaseIn;
    public static String NetworkDatabase_refusedUserNoPassword;
    public static String NetworkDatabase_refusedUserThisPassword;
    public static String DerbyDatabase_encryptedNoBootPassword;
    public static String DerbyDatabase_encryptedWrongBootPassword;
    public static String DerbyStore_changedByAnotherUserTried;
    public static String DerbyStore_brokeADeadlock;
    public static String DerbyStore_gaveUpWaitingForALock;
    public static String DerbyStore_foundARowChanged;
    public static String DerbyStore_foundTheSameNewKeyTaken;
    public static String ExtensionSchemas_noPlugInInstalled;
    public static String ExtensionSchemas_none;
    public static String OwnerOnly_teamPassword;
    public static String OwnerOnly_bootPassword;
    public static String OwnerOnly_databaseOwnersPassword;
    public static String OwnerOnly_serverOwnersPassword;
    public static String AttachmentRepo_replaceItsContent;
    public static String AttachmentRepo_changeIt;
    public static String AttachmentRepo_deleteIt;

    public static String Validation_notValid;
    public static String Validation_tooLong;

    public static String ServerCommand_usage;
    public static String ServerCommand_sslTakes;
    public static String ServerCommand_unknownOption;
    public static String ServerCommand_seeHelp;
    public static String ServerCommand_bootPasswordOfTheEncryptedDatabase;
    public static String ServerCommand_keyStorePassword;
    public static String ServerCommand_keyStoreUnreadable;
    public static String ServerCommand_sslNeedsAKeyStore;
    public static String ServerCommand_backupNeedsOneFolder;
    public static String ServerCommand_backedUp;
    public static String ServerCommand_unknownCommand;
    public static String ServerCommand_theCommand;
    public static String ServerCommand_ready;
    public static String ServerCommand_readyTls;
    public static String ServerCommand_clients;
    public static String ServerCommand_addUsers;
    public static String ServerCommand_owner;
    public static String ServerCommand_userUsage;
    public static String ServerCommand_passwordOf;
    public static String ServerCommand_added;
    public static String ServerCommand_changed;
    public static String ServerCommand_removed;
    public static String ServerCommand_noneGiven;
    public static String ServerCommand_theSameAgain;
    public static String ServerCommand_entriesDiffer;
    public static String ServerCommand_noSecret;
    public static String ServerCommand_needsAValue;

    public static String ContactRepo_contactOne;
    public static String ContactRepo_contactOther;
    public static String NumberSeriesRepo_numberOne;
    public static String NumberSeriesRepo_numberOther;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }

}
