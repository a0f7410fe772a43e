/**
 */
package org.segmenta.model.impl;

import java.math.BigDecimal;

import java.time.LocalDate;
import java.time.LocalTime;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.segmenta.model.CorrespondenceType;
import org.segmenta.model.DeliveryStatus;
import org.segmenta.model.Evaluation;
import org.segmenta.model.InformationFlow;
import org.segmenta.model.InitiatedBy;
import org.segmenta.model.InteractionLogEntry;
import org.segmenta.model.SegmentaPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Interaction Log Entry</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.model.impl.InteractionLogEntryImpl#getEntryNo <em>Entry No</em>}</li>
 *   <li>{@link org.segmenta.model.impl.InteractionLogEntryImpl#getContactNo <em>Contact No</em>}</li>
 *   <li>{@link org.segmenta.model.impl.InteractionLogEntryImpl#getContactCompanyNo <em>Contact Company No</em>}</li>
 *   <li>{@link org.segmenta.model.impl.InteractionLogEntryImpl#getDate <em>Date</em>}</li>
 *   <li>{@link org.segmenta.model.impl.InteractionLogEntryImpl#getTimeOfInteraction <em>Time Of Interaction</em>}</li>
 *   <li>{@link org.segmenta.model.impl.InteractionLogEntryImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.segmenta.model.impl.InteractionLogEntryImpl#getInformationFlow <em>Information Flow</em>}</li>
 *   <li>{@link org.segmenta.model.impl.InteractionLogEntryImpl#getInitiatedBy <em>Initiated By</em>}</li>
 *   <li>{@link org.segmenta.model.impl.InteractionLogEntryImpl#getAttachmentNo <em>Attachment No</em>}</li>
 *   <li>{@link org.segmenta.model.impl.InteractionLogEntryImpl#getCost <em>Cost</em>}</li>
 *   <li>{@link org.segmenta.model.impl.InteractionLogEntryImpl#getDuration <em>Duration</em>}</li>
 *   <li>{@link org.segmenta.model.impl.InteractionLogEntryImpl#getUserId <em>User Id</em>}</li>
 *   <li>{@link org.segmenta.model.impl.InteractionLogEntryImpl#getInteractionGroupCode <em>Interaction Group Code</em>}</li>
 *   <li>{@link org.segmenta.model.impl.InteractionLogEntryImpl#getInteractionTemplateCode <em>Interaction Template Code</em>}</li>
 *   <li>{@link org.segmenta.model.impl.InteractionLogEntryImpl#getCampaignNo <em>Campaign No</em>}</li>
 *   <li>{@link org.segmenta.model.impl.InteractionLogEntryImpl#getCampaignEntryNo <em>Campaign Entry No</em>}</li>
 *   <li>{@link org.segmenta.model.impl.InteractionLogEntryImpl#isCampaignResponse <em>Campaign Response</em>}</li>
 *   <li>{@link org.segmenta.model.impl.InteractionLogEntryImpl#isCampaignTarget <em>Campaign Target</em>}</li>
 *   <li>{@link org.segmenta.model.impl.InteractionLogEntryImpl#getSegmentNo <em>Segment No</em>}</li>
 *   <li>{@link org.segmenta.model.impl.InteractionLogEntryImpl#getEvaluation <em>Evaluation</em>}</li>
 *   <li>{@link org.segmenta.model.impl.InteractionLogEntryImpl#isAttemptFailed <em>Attempt Failed</em>}</li>
 *   <li>{@link org.segmenta.model.impl.InteractionLogEntryImpl#getSalespersonCode <em>Salesperson Code</em>}</li>
 *   <li>{@link org.segmenta.model.impl.InteractionLogEntryImpl#getDeliveryStatus <em>Delivery Status</em>}</li>
 *   <li>{@link org.segmenta.model.impl.InteractionLogEntryImpl#isCanceled <em>Canceled</em>}</li>
 *   <li>{@link org.segmenta.model.impl.InteractionLogEntryImpl#getCorrespondenceType <em>Correspondence Type</em>}</li>
 *   <li>{@link org.segmenta.model.impl.InteractionLogEntryImpl#getLoggedSegmentEntryNo <em>Logged Segment Entry No</em>}</li>
 *   <li>{@link org.segmenta.model.impl.InteractionLogEntryImpl#isSendWordDocsAsAttachment <em>Send Word Docs As Attachment</em>}</li>
 *   <li>{@link org.segmenta.model.impl.InteractionLogEntryImpl#getInteractionLanguageCode <em>Interaction Language Code</em>}</li>
 *   <li>{@link org.segmenta.model.impl.InteractionLogEntryImpl#getSubject <em>Subject</em>}</li>
 *   <li>{@link org.segmenta.model.impl.InteractionLogEntryImpl#getWordTemplateNo <em>Word Template No</em>}</li>
 *   <li>{@link org.segmenta.model.impl.InteractionLogEntryImpl#isMerged <em>Merged</em>}</li>
 *   <li>{@link org.segmenta.model.impl.InteractionLogEntryImpl#getContactVia <em>Contact Via</em>}</li>
 *   <li>{@link org.segmenta.model.impl.InteractionLogEntryImpl#isPostponed <em>Postponed</em>}</li>
 *   <li>{@link org.segmenta.model.impl.InteractionLogEntryImpl#getDocumentType <em>Document Type</em>}</li>
 *   <li>{@link org.segmenta.model.impl.InteractionLogEntryImpl#getDocumentNo <em>Document No</em>}</li>
 *   <li>{@link org.segmenta.model.impl.InteractionLogEntryImpl#getOpportunityNo <em>Opportunity No</em>}</li>
 *   <li>{@link org.segmenta.model.impl.InteractionLogEntryImpl#getTaskNo <em>Task No</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InteractionLogEntryImpl extends MinimalEObjectImpl.Container implements InteractionLogEntry {
	/**
	 * The default value of the '{@link #getEntryNo() <em>Entry No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEntryNo()
	 * @generated
	 * @ordered
	 */
	protected static final long ENTRY_NO_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getEntryNo() <em>Entry No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEntryNo()
	 * @generated
	 * @ordered
	 */
	protected long entryNo = ENTRY_NO_EDEFAULT;

	/**
	 * The default value of the '{@link #getContactNo() <em>Contact No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContactNo()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTACT_NO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getContactNo() <em>Contact No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContactNo()
	 * @generated
	 * @ordered
	 */
	protected String contactNo = CONTACT_NO_EDEFAULT;

	/**
	 * The default value of the '{@link #getContactCompanyNo() <em>Contact Company No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContactCompanyNo()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTACT_COMPANY_NO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getContactCompanyNo() <em>Contact Company No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContactCompanyNo()
	 * @generated
	 * @ordered
	 */
	protected String contactCompanyNo = CONTACT_COMPANY_NO_EDEFAULT;

	/**
	 * The default value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate date = DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTimeOfInteraction() <em>Time Of Interaction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeOfInteraction()
	 * @generated
	 * @ordered
	 */
	protected static final LocalTime TIME_OF_INTERACTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTimeOfInteraction() <em>Time Of Interaction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeOfInteraction()
	 * @generated
	 * @ordered
	 */
	protected LocalTime timeOfInteraction = TIME_OF_INTERACTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getInformationFlow() <em>Information Flow</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInformationFlow()
	 * @generated
	 * @ordered
	 */
	protected static final InformationFlow INFORMATION_FLOW_EDEFAULT = InformationFlow.NONE;

	/**
	 * The cached value of the '{@link #getInformationFlow() <em>Information Flow</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInformationFlow()
	 * @generated
	 * @ordered
	 */
	protected InformationFlow informationFlow = INFORMATION_FLOW_EDEFAULT;

	/**
	 * The default value of the '{@link #getInitiatedBy() <em>Initiated By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitiatedBy()
	 * @generated
	 * @ordered
	 */
	protected static final InitiatedBy INITIATED_BY_EDEFAULT = InitiatedBy.NONE;

	/**
	 * The cached value of the '{@link #getInitiatedBy() <em>Initiated By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitiatedBy()
	 * @generated
	 * @ordered
	 */
	protected InitiatedBy initiatedBy = INITIATED_BY_EDEFAULT;

	/**
	 * The default value of the '{@link #getAttachmentNo() <em>Attachment No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttachmentNo()
	 * @generated
	 * @ordered
	 */
	protected static final Long ATTACHMENT_NO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAttachmentNo() <em>Attachment No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttachmentNo()
	 * @generated
	 * @ordered
	 */
	protected Long attachmentNo = ATTACHMENT_NO_EDEFAULT;

	/**
	 * The default value of the '{@link #getCost() <em>Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCost()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal COST_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCost() <em>Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCost()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal cost = COST_EDEFAULT;

	/**
	 * The default value of the '{@link #getDuration() <em>Duration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDuration()
	 * @generated
	 * @ordered
	 */
	protected static final int DURATION_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDuration() <em>Duration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDuration()
	 * @generated
	 * @ordered
	 */
	protected int duration = DURATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getUserId() <em>User Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUserId()
	 * @generated
	 * @ordered
	 */
	protected static final String USER_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUserId() <em>User Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUserId()
	 * @generated
	 * @ordered
	 */
	protected String userId = USER_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getInteractionGroupCode() <em>Interaction Group Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInteractionGroupCode()
	 * @generated
	 * @ordered
	 */
	protected static final String INTERACTION_GROUP_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInteractionGroupCode() <em>Interaction Group Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInteractionGroupCode()
	 * @generated
	 * @ordered
	 */
	protected String interactionGroupCode = INTERACTION_GROUP_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getInteractionTemplateCode() <em>Interaction Template Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInteractionTemplateCode()
	 * @generated
	 * @ordered
	 */
	protected static final String INTERACTION_TEMPLATE_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInteractionTemplateCode() <em>Interaction Template Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInteractionTemplateCode()
	 * @generated
	 * @ordered
	 */
	protected String interactionTemplateCode = INTERACTION_TEMPLATE_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCampaignNo() <em>Campaign No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCampaignNo()
	 * @generated
	 * @ordered
	 */
	protected static final String CAMPAIGN_NO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCampaignNo() <em>Campaign No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCampaignNo()
	 * @generated
	 * @ordered
	 */
	protected String campaignNo = CAMPAIGN_NO_EDEFAULT;

	/**
	 * The default value of the '{@link #getCampaignEntryNo() <em>Campaign Entry No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCampaignEntryNo()
	 * @generated
	 * @ordered
	 */
	protected static final Long CAMPAIGN_ENTRY_NO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCampaignEntryNo() <em>Campaign Entry No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCampaignEntryNo()
	 * @generated
	 * @ordered
	 */
	protected Long campaignEntryNo = CAMPAIGN_ENTRY_NO_EDEFAULT;

	/**
	 * The default value of the '{@link #isCampaignResponse() <em>Campaign Response</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCampaignResponse()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CAMPAIGN_RESPONSE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isCampaignResponse() <em>Campaign Response</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCampaignResponse()
	 * @generated
	 * @ordered
	 */
	protected boolean campaignResponse = CAMPAIGN_RESPONSE_EDEFAULT;

	/**
	 * The default value of the '{@link #isCampaignTarget() <em>Campaign Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCampaignTarget()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CAMPAIGN_TARGET_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isCampaignTarget() <em>Campaign Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCampaignTarget()
	 * @generated
	 * @ordered
	 */
	protected boolean campaignTarget = CAMPAIGN_TARGET_EDEFAULT;

	/**
	 * The default value of the '{@link #getSegmentNo() <em>Segment No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSegmentNo()
	 * @generated
	 * @ordered
	 */
	protected static final String SEGMENT_NO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSegmentNo() <em>Segment No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSegmentNo()
	 * @generated
	 * @ordered
	 */
	protected String segmentNo = SEGMENT_NO_EDEFAULT;

	/**
	 * The default value of the '{@link #getEvaluation() <em>Evaluation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvaluation()
	 * @generated
	 * @ordered
	 */
	protected static final Evaluation EVALUATION_EDEFAULT = Evaluation.NONE;

	/**
	 * The cached value of the '{@link #getEvaluation() <em>Evaluation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvaluation()
	 * @generated
	 * @ordered
	 */
	protected Evaluation evaluation = EVALUATION_EDEFAULT;

	/**
	 * The default value of the '{@link #isAttemptFailed() <em>Attempt Failed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAttemptFailed()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ATTEMPT_FAILED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isAttemptFailed() <em>Attempt Failed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAttemptFailed()
	 * @generated
	 * @ordered
	 */
	protected boolean attemptFailed = ATTEMPT_FAILED_EDEFAULT;

	/**
	 * The default value of the '{@link #getSalespersonCode() <em>Salesperson Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSalespersonCode()
	 * @generated
	 * @ordered
	 */
	protected static final String SALESPERSON_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSalespersonCode() <em>Salesperson Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSalespersonCode()
	 * @generated
	 * @ordered
	 */
	protected String salespersonCode = SALESPERSON_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDeliveryStatus() <em>Delivery Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeliveryStatus()
	 * @generated
	 * @ordered
	 */
	protected static final DeliveryStatus DELIVERY_STATUS_EDEFAULT = DeliveryStatus.NONE;

	/**
	 * The cached value of the '{@link #getDeliveryStatus() <em>Delivery Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeliveryStatus()
	 * @generated
	 * @ordered
	 */
	protected DeliveryStatus deliveryStatus = DELIVERY_STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #isCanceled() <em>Canceled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCanceled()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CANCELED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isCanceled() <em>Canceled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCanceled()
	 * @generated
	 * @ordered
	 */
	protected boolean canceled = CANCELED_EDEFAULT;

	/**
	 * The default value of the '{@link #getCorrespondenceType() <em>Correspondence Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCorrespondenceType()
	 * @generated
	 * @ordered
	 */
	protected static final CorrespondenceType CORRESPONDENCE_TYPE_EDEFAULT = CorrespondenceType.NONE;

	/**
	 * The cached value of the '{@link #getCorrespondenceType() <em>Correspondence Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCorrespondenceType()
	 * @generated
	 * @ordered
	 */
	protected CorrespondenceType correspondenceType = CORRESPONDENCE_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLoggedSegmentEntryNo() <em>Logged Segment Entry No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLoggedSegmentEntryNo()
	 * @generated
	 * @ordered
	 */
	protected static final Long LOGGED_SEGMENT_ENTRY_NO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLoggedSegmentEntryNo() <em>Logged Segment Entry No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLoggedSegmentEntryNo()
	 * @generated
	 * @ordered
	 */
	protected Long loggedSegmentEntryNo = LOGGED_SEGMENT_ENTRY_NO_EDEFAULT;

	/**
	 * The default value of the '{@link #isSendWordDocsAsAttachment() <em>Send Word Docs As Attachment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSendWordDocsAsAttachment()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SEND_WORD_DOCS_AS_ATTACHMENT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSendWordDocsAsAttachment() <em>Send Word Docs As Attachment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSendWordDocsAsAttachment()
	 * @generated
	 * @ordered
	 */
	protected boolean sendWordDocsAsAttachment = SEND_WORD_DOCS_AS_ATTACHMENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getInteractionLanguageCode() <em>Interaction Language Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInteractionLanguageCode()
	 * @generated
	 * @ordered
	 */
	protected static final String INTERACTION_LANGUAGE_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInteractionLanguageCode() <em>Interaction Language Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInteractionLanguageCode()
	 * @generated
	 * @ordered
	 */
	protected String interactionLanguageCode = INTERACTION_LANGUAGE_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSubject() <em>Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubject()
	 * @generated
	 * @ordered
	 */
	protected static final String SUBJECT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSubject() <em>Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubject()
	 * @generated
	 * @ordered
	 */
	protected String subject = SUBJECT_EDEFAULT;

	/**
	 * The default value of the '{@link #getWordTemplateNo() <em>Word Template No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWordTemplateNo()
	 * @generated
	 * @ordered
	 */
	protected static final Long WORD_TEMPLATE_NO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWordTemplateNo() <em>Word Template No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWordTemplateNo()
	 * @generated
	 * @ordered
	 */
	protected Long wordTemplateNo = WORD_TEMPLATE_NO_EDEFAULT;

	/**
	 * The default value of the '{@link #isMerged() <em>Merged</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMerged()
	 * @generated
	 * @ordered
	 */
	protected static final boolean MERGED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isMerged() <em>Merged</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMerged()
	 * @generated
	 * @ordered
	 */
	protected boolean merged = MERGED_EDEFAULT;

	/**
	 * The default value of the '{@link #getContactVia() <em>Contact Via</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContactVia()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTACT_VIA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getContactVia() <em>Contact Via</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContactVia()
	 * @generated
	 * @ordered
	 */
	protected String contactVia = CONTACT_VIA_EDEFAULT;

	/**
	 * The default value of the '{@link #isPostponed() <em>Postponed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPostponed()
	 * @generated
	 * @ordered
	 */
	protected static final boolean POSTPONED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isPostponed() <em>Postponed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPostponed()
	 * @generated
	 * @ordered
	 */
	protected boolean postponed = POSTPONED_EDEFAULT;

	/**
	 * The default value of the '{@link #getDocumentType() <em>Document Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocumentType()
	 * @generated
	 * @ordered
	 */
	protected static final String DOCUMENT_TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDocumentType() <em>Document Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocumentType()
	 * @generated
	 * @ordered
	 */
	protected String documentType = DOCUMENT_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDocumentNo() <em>Document No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocumentNo()
	 * @generated
	 * @ordered
	 */
	protected static final String DOCUMENT_NO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDocumentNo() <em>Document No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocumentNo()
	 * @generated
	 * @ordered
	 */
	protected String documentNo = DOCUMENT_NO_EDEFAULT;

	/**
	 * The default value of the '{@link #getOpportunityNo() <em>Opportunity No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpportunityNo()
	 * @generated
	 * @ordered
	 */
	protected static final String OPPORTUNITY_NO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOpportunityNo() <em>Opportunity No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpportunityNo()
	 * @generated
	 * @ordered
	 */
	protected String opportunityNo = OPPORTUNITY_NO_EDEFAULT;

	/**
	 * The default value of the '{@link #getTaskNo() <em>Task No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTaskNo()
	 * @generated
	 * @ordered
	 */
	protected static final String TASK_NO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTaskNo() <em>Task No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTaskNo()
	 * @generated
	 * @ordered
	 */
	protected String taskNo = TASK_NO_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InteractionLogEntryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SegmentaPackage.Literals.INTERACTION_LOG_ENTRY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getEntryNo() {
		return entryNo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEntryNo(long newEntryNo) {
		long oldEntryNo = entryNo;
		entryNo = newEntryNo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.INTERACTION_LOG_ENTRY__ENTRY_NO, oldEntryNo, entryNo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getContactNo() {
		return contactNo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContactNo(String newContactNo) {
		String oldContactNo = contactNo;
		contactNo = newContactNo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.INTERACTION_LOG_ENTRY__CONTACT_NO, oldContactNo, contactNo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getContactCompanyNo() {
		return contactCompanyNo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContactCompanyNo(String newContactCompanyNo) {
		String oldContactCompanyNo = contactCompanyNo;
		contactCompanyNo = newContactCompanyNo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.INTERACTION_LOG_ENTRY__CONTACT_COMPANY_NO, oldContactCompanyNo, contactCompanyNo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDate() {
		return date;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDate(LocalDate newDate) {
		LocalDate oldDate = date;
		date = newDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.INTERACTION_LOG_ENTRY__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalTime getTimeOfInteraction() {
		return timeOfInteraction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimeOfInteraction(LocalTime newTimeOfInteraction) {
		LocalTime oldTimeOfInteraction = timeOfInteraction;
		timeOfInteraction = newTimeOfInteraction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.INTERACTION_LOG_ENTRY__TIME_OF_INTERACTION, oldTimeOfInteraction, timeOfInteraction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.INTERACTION_LOG_ENTRY__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InformationFlow getInformationFlow() {
		return informationFlow;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInformationFlow(InformationFlow newInformationFlow) {
		InformationFlow oldInformationFlow = informationFlow;
		informationFlow = newInformationFlow == null ? INFORMATION_FLOW_EDEFAULT : newInformationFlow;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.INTERACTION_LOG_ENTRY__INFORMATION_FLOW, oldInformationFlow, informationFlow));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InitiatedBy getInitiatedBy() {
		return initiatedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInitiatedBy(InitiatedBy newInitiatedBy) {
		InitiatedBy oldInitiatedBy = initiatedBy;
		initiatedBy = newInitiatedBy == null ? INITIATED_BY_EDEFAULT : newInitiatedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.INTERACTION_LOG_ENTRY__INITIATED_BY, oldInitiatedBy, initiatedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getAttachmentNo() {
		return attachmentNo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAttachmentNo(Long newAttachmentNo) {
		Long oldAttachmentNo = attachmentNo;
		attachmentNo = newAttachmentNo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.INTERACTION_LOG_ENTRY__ATTACHMENT_NO, oldAttachmentNo, attachmentNo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getCost() {
		return cost;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCost(BigDecimal newCost) {
		BigDecimal oldCost = cost;
		cost = newCost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.INTERACTION_LOG_ENTRY__COST, oldCost, cost));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDuration() {
		return duration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDuration(int newDuration) {
		int oldDuration = duration;
		duration = newDuration;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.INTERACTION_LOG_ENTRY__DURATION, oldDuration, duration));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUserId() {
		return userId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUserId(String newUserId) {
		String oldUserId = userId;
		userId = newUserId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.INTERACTION_LOG_ENTRY__USER_ID, oldUserId, userId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInteractionGroupCode() {
		return interactionGroupCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInteractionGroupCode(String newInteractionGroupCode) {
		String oldInteractionGroupCode = interactionGroupCode;
		interactionGroupCode = newInteractionGroupCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.INTERACTION_LOG_ENTRY__INTERACTION_GROUP_CODE, oldInteractionGroupCode, interactionGroupCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInteractionTemplateCode() {
		return interactionTemplateCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInteractionTemplateCode(String newInteractionTemplateCode) {
		String oldInteractionTemplateCode = interactionTemplateCode;
		interactionTemplateCode = newInteractionTemplateCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.INTERACTION_LOG_ENTRY__INTERACTION_TEMPLATE_CODE, oldInteractionTemplateCode, interactionTemplateCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCampaignNo() {
		return campaignNo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCampaignNo(String newCampaignNo) {
		String oldCampaignNo = campaignNo;
		campaignNo = newCampaignNo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.INTERACTION_LOG_ENTRY__CAMPAIGN_NO, oldCampaignNo, campaignNo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getCampaignEntryNo() {
		return campaignEntryNo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCampaignEntryNo(Long newCampaignEntryNo) {
		Long oldCampaignEntryNo = campaignEntryNo;
		campaignEntryNo = newCampaignEntryNo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.INTERACTION_LOG_ENTRY__CAMPAIGN_ENTRY_NO, oldCampaignEntryNo, campaignEntryNo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCampaignResponse() {
		return campaignResponse;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCampaignResponse(boolean newCampaignResponse) {
		boolean oldCampaignResponse = campaignResponse;
		campaignResponse = newCampaignResponse;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.INTERACTION_LOG_ENTRY__CAMPAIGN_RESPONSE, oldCampaignResponse, campaignResponse));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCampaignTarget() {
		return campaignTarget;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCampaignTarget(boolean newCampaignTarget) {
		boolean oldCampaignTarget = campaignTarget;
		campaignTarget = newCampaignTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.INTERACTION_LOG_ENTRY__CAMPAIGN_TARGET, oldCampaignTarget, campaignTarget));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSegmentNo() {
		return segmentNo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSegmentNo(String newSegmentNo) {
		String oldSegmentNo = segmentNo;
		segmentNo = newSegmentNo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.INTERACTION_LOG_ENTRY__SEGMENT_NO, oldSegmentNo, segmentNo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Evaluation getEvaluation() {
		return evaluation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEvaluation(Evaluation newEvaluation) {
		Evaluation oldEvaluation = evaluation;
		evaluation = newEvaluation == null ? EVALUATION_EDEFAULT : newEvaluation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.INTERACTION_LOG_ENTRY__EVALUATION, oldEvaluation, evaluation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAttemptFailed() {
		return attemptFailed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAttemptFailed(boolean newAttemptFailed) {
		boolean oldAttemptFailed = attemptFailed;
		attemptFailed = newAttemptFailed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.INTERACTION_LOG_ENTRY__ATTEMPT_FAILED, oldAttemptFailed, attemptFailed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSalespersonCode() {
		return salespersonCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSalespersonCode(String newSalespersonCode) {
		String oldSalespersonCode = salespersonCode;
		salespersonCode = newSalespersonCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.INTERACTION_LOG_ENTRY__SALESPERSON_CODE, oldSalespersonCode, salespersonCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeliveryStatus getDeliveryStatus() {
		return deliveryStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeliveryStatus(DeliveryStatus newDeliveryStatus) {
		DeliveryStatus oldDeliveryStatus = deliveryStatus;
		deliveryStatus = newDeliveryStatus == null ? DELIVERY_STATUS_EDEFAULT : newDeliveryStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.INTERACTION_LOG_ENTRY__DELIVERY_STATUS, oldDeliveryStatus, deliveryStatus));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCanceled() {
		return canceled;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCanceled(boolean newCanceled) {
		boolean oldCanceled = canceled;
		canceled = newCanceled;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.INTERACTION_LOG_ENTRY__CANCELED, oldCanceled, canceled));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CorrespondenceType getCorrespondenceType() {
		return correspondenceType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCorrespondenceType(CorrespondenceType newCorrespondenceType) {
		CorrespondenceType oldCorrespondenceType = correspondenceType;
		correspondenceType = newCorrespondenceType == null ? CORRESPONDENCE_TYPE_EDEFAULT : newCorrespondenceType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.INTERACTION_LOG_ENTRY__CORRESPONDENCE_TYPE, oldCorrespondenceType, correspondenceType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getLoggedSegmentEntryNo() {
		return loggedSegmentEntryNo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLoggedSegmentEntryNo(Long newLoggedSegmentEntryNo) {
		Long oldLoggedSegmentEntryNo = loggedSegmentEntryNo;
		loggedSegmentEntryNo = newLoggedSegmentEntryNo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.INTERACTION_LOG_ENTRY__LOGGED_SEGMENT_ENTRY_NO, oldLoggedSegmentEntryNo, loggedSegmentEntryNo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSendWordDocsAsAttachment() {
		return sendWordDocsAsAttachment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSendWordDocsAsAttachment(boolean newSendWordDocsAsAttachment) {
		boolean oldSendWordDocsAsAttachment = sendWordDocsAsAttachment;
		sendWordDocsAsAttachment = newSendWordDocsAsAttachment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.INTERACTION_LOG_ENTRY__SEND_WORD_DOCS_AS_ATTACHMENT, oldSendWordDocsAsAttachment, sendWordDocsAsAttachment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInteractionLanguageCode() {
		return interactionLanguageCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInteractionLanguageCode(String newInteractionLanguageCode) {
		String oldInteractionLanguageCode = interactionLanguageCode;
		interactionLanguageCode = newInteractionLanguageCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.INTERACTION_LOG_ENTRY__INTERACTION_LANGUAGE_CODE, oldInteractionLanguageCode, interactionLanguageCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSubject() {
		return subject;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubject(String newSubject) {
		String oldSubject = subject;
		subject = newSubject;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.INTERACTION_LOG_ENTRY__SUBJECT, oldSubject, subject));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getWordTemplateNo() {
		return wordTemplateNo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWordTemplateNo(Long newWordTemplateNo) {
		Long oldWordTemplateNo = wordTemplateNo;
		wordTemplateNo = newWordTemplateNo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.INTERACTION_LOG_ENTRY__WORD_TEMPLATE_NO, oldWordTemplateNo, wordTemplateNo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isMerged() {
		return merged;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMerged(boolean newMerged) {
		boolean oldMerged = merged;
		merged = newMerged;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.INTERACTION_LOG_ENTRY__MERGED, oldMerged, merged));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getContactVia() {
		return contactVia;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContactVia(String newContactVia) {
		String oldContactVia = contactVia;
		contactVia = newContactVia;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.INTERACTION_LOG_ENTRY__CONTACT_VIA, oldContactVia, contactVia));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPostponed() {
		return postponed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPostponed(boolean newPostponed) {
		boolean oldPostponed = postponed;
		postponed = newPostponed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.INTERACTION_LOG_ENTRY__POSTPONED, oldPostponed, postponed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDocumentType() {
		return documentType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDocumentType(String newDocumentType) {
		String oldDocumentType = documentType;
		documentType = newDocumentType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.INTERACTION_LOG_ENTRY__DOCUMENT_TYPE, oldDocumentType, documentType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDocumentNo() {
		return documentNo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDocumentNo(String newDocumentNo) {
		String oldDocumentNo = documentNo;
		documentNo = newDocumentNo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.INTERACTION_LOG_ENTRY__DOCUMENT_NO, oldDocumentNo, documentNo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOpportunityNo() {
		return opportunityNo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOpportunityNo(String newOpportunityNo) {
		String oldOpportunityNo = opportunityNo;
		opportunityNo = newOpportunityNo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.INTERACTION_LOG_ENTRY__OPPORTUNITY_NO, oldOpportunityNo, opportunityNo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTaskNo() {
		return taskNo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTaskNo(String newTaskNo) {
		String oldTaskNo = taskNo;
		taskNo = newTaskNo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.INTERACTION_LOG_ENTRY__TASK_NO, oldTaskNo, taskNo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SegmentaPackage.INTERACTION_LOG_ENTRY__ENTRY_NO:
				return getEntryNo();
			case SegmentaPackage.INTERACTION_LOG_ENTRY__CONTACT_NO:
				return getContactNo();
			case SegmentaPackage.INTERACTION_LOG_ENTRY__CONTACT_COMPANY_NO:
				return getContactCompanyNo();
			case SegmentaPackage.INTERACTION_LOG_ENTRY__DATE:
				return getDate();
			case SegmentaPackage.INTERACTION_LOG_ENTRY__TIME_OF_INTERACTION:
				return getTimeOfInteraction();
			case SegmentaPackage.INTERACTION_LOG_ENTRY__DESCRIPTION:
				return getDescription();
			case SegmentaPackage.INTERACTION_LOG_ENTRY__INFORMATION_FLOW:
				return getInformationFlow();
			case SegmentaPackage.INTERACTION_LOG_ENTRY__INITIATED_BY:
				return getInitiatedBy();
			case SegmentaPackage.INTERACTION_LOG_ENTRY__ATTACHMENT_NO:
				return getAttachmentNo();
			case SegmentaPackage.INTERACTION_LOG_ENTRY__COST:
				return getCost();
			case SegmentaPackage.INTERACTION_LOG_ENTRY__DURATION:
				return getDuration();
			case SegmentaPackage.INTERACTION_LOG_ENTRY__USER_ID:
				return getUserId();
			case SegmentaPackage.INTERACTION_LOG_ENTRY__INTERACTION_GROUP_CODE:
				return getInteractionGroupCode();
			case SegmentaPackage.INTERACTION_LOG_ENTRY__INTERACTION_TEMPLATE_CODE:
				return getInteractionTemplateCode();
			case SegmentaPackage.INTERACTION_LOG_ENTRY__CAMPAIGN_NO:
				return getCampaignNo();
			case SegmentaPackage.INTERACTION_LOG_ENTRY__CAMPAIGN_ENTRY_NO:
				return getCampaignEntryNo();
			case SegmentaPackage.INTERACTION_LOG_ENTRY__CAMPAIGN_RESPONSE:
				return isCampaignResponse();
			case SegmentaPackage.INTERACTION_LOG_ENTRY__CAMPAIGN_TARGET:
				return isCampaignTarget();
			case SegmentaPackage.INTERACTION_LOG_ENTRY__SEGMENT_NO:
				return getSegmentNo();
			case SegmentaPackage.INTERACTION_LOG_ENTRY__EVALUATION:
				return getEvaluation();
			case SegmentaPackage.INTERACTION_LOG_ENTRY__ATTEMPT_FAILED:
				return isAttemptFailed();
			case SegmentaPackage.INTERACTION_LOG_ENTRY__SALESPERSON_CODE:
				return getSalespersonCode();
			case SegmentaPackage.INTERACTION_LOG_ENTRY__DELIVERY_STATUS:
				return getDeliveryStatus();
			case SegmentaPackage.INTERACTION_LOG_ENTRY__CANCELED:
				return isCanceled();
			case SegmentaPackage.INTERACTION_LOG_ENTRY__CORRESPONDENCE_TYPE:
				return getCorrespondenceType();
			case SegmentaPackage.INTERACTION_LOG_ENTRY__LOGGED_SEGMENT_ENTRY_NO:
				return getLoggedSegmentEntryNo();
			case SegmentaPackage.INTERACTION_LOG_ENTRY__SEND_WORD_DOCS_AS_ATTACHMENT:
				return isSendWordDocsAsAttachment();
			case SegmentaPackage.INTERACTION_LOG_ENTRY__INTERACTION_LANGUAGE_CODE:
				return getInteractionLanguageCode();
			case SegmentaPackage.INTERACTION_LOG_ENTRY__SUBJECT:
				return getSubject();
			case SegmentaPackage.INTERACTION_LOG_ENTRY__WORD_TEMPLATE_NO:
				return getWordTemplateNo();
			case SegmentaPackage.INTERACTION_LOG_ENTRY__MERGED:
				return isMerged();
			case SegmentaPackage.INTERACTION_LOG_ENTRY__CONTACT_VIA:
				return getContactVia();
			case SegmentaPackage.INTERACTION_LOG_ENTRY__POSTPONED:
				return isPostponed();
			case SegmentaPackage.INTERACTION_LOG_ENTRY__DOCUMENT_TYPE:
				return getDocumentType();
			case SegmentaPackage.INTERACTION_LOG_ENTRY__DOCUMENT_NO:
				return getDocumentNo();
			case SegmentaPackage.INTERACTION_LOG_ENTRY__OPPORTUNITY_NO:
				return getOpportunityNo();
			case SegmentaPackage.INTERACTION_LOG_ENTRY__TASK_NO:
				return getTaskNo();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SegmentaPackage.INTERACTION_LOG_ENTRY__ENTRY_NO:
				setEntryNo((Long)newValue);
				return;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__CONTACT_NO:
				setContactNo((String)newValue);
				return;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__CONTACT_COMPANY_NO:
				setContactCompanyNo((String)newValue);
				return;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__DATE:
				setDate((LocalDate)newValue);
				return;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__TIME_OF_INTERACTION:
				setTimeOfInteraction((LocalTime)newValue);
				return;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__INFORMATION_FLOW:
				setInformationFlow((InformationFlow)newValue);
				return;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__INITIATED_BY:
				setInitiatedBy((InitiatedBy)newValue);
				return;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__ATTACHMENT_NO:
				setAttachmentNo((Long)newValue);
				return;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__COST:
				setCost((BigDecimal)newValue);
				return;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__DURATION:
				setDuration((Integer)newValue);
				return;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__USER_ID:
				setUserId((String)newValue);
				return;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__INTERACTION_GROUP_CODE:
				setInteractionGroupCode((String)newValue);
				return;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__INTERACTION_TEMPLATE_CODE:
				setInteractionTemplateCode((String)newValue);
				return;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__CAMPAIGN_NO:
				setCampaignNo((String)newValue);
				return;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__CAMPAIGN_ENTRY_NO:
				setCampaignEntryNo((Long)newValue);
				return;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__CAMPAIGN_RESPONSE:
				setCampaignResponse((Boolean)newValue);
				return;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__CAMPAIGN_TARGET:
				setCampaignTarget((Boolean)newValue);
				return;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__SEGMENT_NO:
				setSegmentNo((String)newValue);
				return;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__EVALUATION:
				setEvaluation((Evaluation)newValue);
				return;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__ATTEMPT_FAILED:
				setAttemptFailed((Boolean)newValue);
				return;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__SALESPERSON_CODE:
				setSalespersonCode((String)newValue);
				return;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__DELIVERY_STATUS:
				setDeliveryStatus((DeliveryStatus)newValue);
				return;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__CANCELED:
				setCanceled((Boolean)newValue);
				return;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__CORRESPONDENCE_TYPE:
				setCorrespondenceType((CorrespondenceType)newValue);
				return;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__LOGGED_SEGMENT_ENTRY_NO:
				setLoggedSegmentEntryNo((Long)newValue);
				return;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__SEND_WORD_DOCS_AS_ATTACHMENT:
				setSendWordDocsAsAttachment((Boolean)newValue);
				return;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__INTERACTION_LANGUAGE_CODE:
				setInteractionLanguageCode((String)newValue);
				return;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__SUBJECT:
				setSubject((String)newValue);
				return;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__WORD_TEMPLATE_NO:
				setWordTemplateNo((Long)newValue);
				return;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__MERGED:
				setMerged((Boolean)newValue);
				return;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__CONTACT_VIA:
				setContactVia((String)newValue);
				return;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__POSTPONED:
				setPostponed((Boolean)newValue);
				return;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__DOCUMENT_TYPE:
				setDocumentType((String)newValue);
				return;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__DOCUMENT_NO:
				setDocumentNo((String)newValue);
				return;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__OPPORTUNITY_NO:
				setOpportunityNo((String)newValue);
				return;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__TASK_NO:
				setTaskNo((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case SegmentaPackage.INTERACTION_LOG_ENTRY__ENTRY_NO:
				setEntryNo(ENTRY_NO_EDEFAULT);
				return;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__CONTACT_NO:
				setContactNo(CONTACT_NO_EDEFAULT);
				return;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__CONTACT_COMPANY_NO:
				setContactCompanyNo(CONTACT_COMPANY_NO_EDEFAULT);
				return;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__TIME_OF_INTERACTION:
				setTimeOfInteraction(TIME_OF_INTERACTION_EDEFAULT);
				return;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__INFORMATION_FLOW:
				setInformationFlow(INFORMATION_FLOW_EDEFAULT);
				return;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__INITIATED_BY:
				setInitiatedBy(INITIATED_BY_EDEFAULT);
				return;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__ATTACHMENT_NO:
				setAttachmentNo(ATTACHMENT_NO_EDEFAULT);
				return;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__COST:
				setCost(COST_EDEFAULT);
				return;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__DURATION:
				setDuration(DURATION_EDEFAULT);
				return;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__USER_ID:
				setUserId(USER_ID_EDEFAULT);
				return;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__INTERACTION_GROUP_CODE:
				setInteractionGroupCode(INTERACTION_GROUP_CODE_EDEFAULT);
				return;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__INTERACTION_TEMPLATE_CODE:
				setInteractionTemplateCode(INTERACTION_TEMPLATE_CODE_EDEFAULT);
				return;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__CAMPAIGN_NO:
				setCampaignNo(CAMPAIGN_NO_EDEFAULT);
				return;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__CAMPAIGN_ENTRY_NO:
				setCampaignEntryNo(CAMPAIGN_ENTRY_NO_EDEFAULT);
				return;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__CAMPAIGN_RESPONSE:
				setCampaignResponse(CAMPAIGN_RESPONSE_EDEFAULT);
				return;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__CAMPAIGN_TARGET:
				setCampaignTarget(CAMPAIGN_TARGET_EDEFAULT);
				return;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__SEGMENT_NO:
				setSegmentNo(SEGMENT_NO_EDEFAULT);
				return;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__EVALUATION:
				setEvaluation(EVALUATION_EDEFAULT);
				return;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__ATTEMPT_FAILED:
				setAttemptFailed(ATTEMPT_FAILED_EDEFAULT);
				return;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__SALESPERSON_CODE:
				setSalespersonCode(SALESPERSON_CODE_EDEFAULT);
				return;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__DELIVERY_STATUS:
				setDeliveryStatus(DELIVERY_STATUS_EDEFAULT);
				return;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__CANCELED:
				setCanceled(CANCELED_EDEFAULT);
				return;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__CORRESPONDENCE_TYPE:
				setCorrespondenceType(CORRESPONDENCE_TYPE_EDEFAULT);
				return;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__LOGGED_SEGMENT_ENTRY_NO:
				setLoggedSegmentEntryNo(LOGGED_SEGMENT_ENTRY_NO_EDEFAULT);
				return;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__SEND_WORD_DOCS_AS_ATTACHMENT:
				setSendWordDocsAsAttachment(SEND_WORD_DOCS_AS_ATTACHMENT_EDEFAULT);
				return;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__INTERACTION_LANGUAGE_CODE:
				setInteractionLanguageCode(INTERACTION_LANGUAGE_CODE_EDEFAULT);
				return;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__SUBJECT:
				setSubject(SUBJECT_EDEFAULT);
				return;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__WORD_TEMPLATE_NO:
				setWordTemplateNo(WORD_TEMPLATE_NO_EDEFAULT);
				return;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__MERGED:
				setMerged(MERGED_EDEFAULT);
				return;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__CONTACT_VIA:
				setContactVia(CONTACT_VIA_EDEFAULT);
				return;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__POSTPONED:
				setPostponed(POSTPONED_EDEFAULT);
				return;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__DOCUMENT_TYPE:
				setDocumentType(DOCUMENT_TYPE_EDEFAULT);
				return;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__DOCUMENT_NO:
				setDocumentNo(DOCUMENT_NO_EDEFAULT);
				return;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__OPPORTUNITY_NO:
				setOpportunityNo(OPPORTUNITY_NO_EDEFAULT);
				return;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__TASK_NO:
				setTaskNo(TASK_NO_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case SegmentaPackage.INTERACTION_LOG_ENTRY__ENTRY_NO:
				return entryNo != ENTRY_NO_EDEFAULT;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__CONTACT_NO:
				return CONTACT_NO_EDEFAULT == null ? contactNo != null : !CONTACT_NO_EDEFAULT.equals(contactNo);
			case SegmentaPackage.INTERACTION_LOG_ENTRY__CONTACT_COMPANY_NO:
				return CONTACT_COMPANY_NO_EDEFAULT == null ? contactCompanyNo != null : !CONTACT_COMPANY_NO_EDEFAULT.equals(contactCompanyNo);
			case SegmentaPackage.INTERACTION_LOG_ENTRY__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case SegmentaPackage.INTERACTION_LOG_ENTRY__TIME_OF_INTERACTION:
				return TIME_OF_INTERACTION_EDEFAULT == null ? timeOfInteraction != null : !TIME_OF_INTERACTION_EDEFAULT.equals(timeOfInteraction);
			case SegmentaPackage.INTERACTION_LOG_ENTRY__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case SegmentaPackage.INTERACTION_LOG_ENTRY__INFORMATION_FLOW:
				return informationFlow != INFORMATION_FLOW_EDEFAULT;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__INITIATED_BY:
				return initiatedBy != INITIATED_BY_EDEFAULT;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__ATTACHMENT_NO:
				return ATTACHMENT_NO_EDEFAULT == null ? attachmentNo != null : !ATTACHMENT_NO_EDEFAULT.equals(attachmentNo);
			case SegmentaPackage.INTERACTION_LOG_ENTRY__COST:
				return COST_EDEFAULT == null ? cost != null : !COST_EDEFAULT.equals(cost);
			case SegmentaPackage.INTERACTION_LOG_ENTRY__DURATION:
				return duration != DURATION_EDEFAULT;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__USER_ID:
				return USER_ID_EDEFAULT == null ? userId != null : !USER_ID_EDEFAULT.equals(userId);
			case SegmentaPackage.INTERACTION_LOG_ENTRY__INTERACTION_GROUP_CODE:
				return INTERACTION_GROUP_CODE_EDEFAULT == null ? interactionGroupCode != null : !INTERACTION_GROUP_CODE_EDEFAULT.equals(interactionGroupCode);
			case SegmentaPackage.INTERACTION_LOG_ENTRY__INTERACTION_TEMPLATE_CODE:
				return INTERACTION_TEMPLATE_CODE_EDEFAULT == null ? interactionTemplateCode != null : !INTERACTION_TEMPLATE_CODE_EDEFAULT.equals(interactionTemplateCode);
			case SegmentaPackage.INTERACTION_LOG_ENTRY__CAMPAIGN_NO:
				return CAMPAIGN_NO_EDEFAULT == null ? campaignNo != null : !CAMPAIGN_NO_EDEFAULT.equals(campaignNo);
			case SegmentaPackage.INTERACTION_LOG_ENTRY__CAMPAIGN_ENTRY_NO:
				return CAMPAIGN_ENTRY_NO_EDEFAULT == null ? campaignEntryNo != null : !CAMPAIGN_ENTRY_NO_EDEFAULT.equals(campaignEntryNo);
			case SegmentaPackage.INTERACTION_LOG_ENTRY__CAMPAIGN_RESPONSE:
				return campaignResponse != CAMPAIGN_RESPONSE_EDEFAULT;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__CAMPAIGN_TARGET:
				return campaignTarget != CAMPAIGN_TARGET_EDEFAULT;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__SEGMENT_NO:
				return SEGMENT_NO_EDEFAULT == null ? segmentNo != null : !SEGMENT_NO_EDEFAULT.equals(segmentNo);
			case SegmentaPackage.INTERACTION_LOG_ENTRY__EVALUATION:
				return evaluation != EVALUATION_EDEFAULT;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__ATTEMPT_FAILED:
				return attemptFailed != ATTEMPT_FAILED_EDEFAULT;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__SALESPERSON_CODE:
				return SALESPERSON_CODE_EDEFAULT == null ? salespersonCode != null : !SALESPERSON_CODE_EDEFAULT.equals(salespersonCode);
			case SegmentaPackage.INTERACTION_LOG_ENTRY__DELIVERY_STATUS:
				return deliveryStatus != DELIVERY_STATUS_EDEFAULT;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__CANCELED:
				return canceled != CANCELED_EDEFAULT;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__CORRESPONDENCE_TYPE:
				return correspondenceType != CORRESPONDENCE_TYPE_EDEFAULT;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__LOGGED_SEGMENT_ENTRY_NO:
				return LOGGED_SEGMENT_ENTRY_NO_EDEFAULT == null ? loggedSegmentEntryNo != null : !LOGGED_SEGMENT_ENTRY_NO_EDEFAULT.equals(loggedSegmentEntryNo);
			case SegmentaPackage.INTERACTION_LOG_ENTRY__SEND_WORD_DOCS_AS_ATTACHMENT:
				return sendWordDocsAsAttachment != SEND_WORD_DOCS_AS_ATTACHMENT_EDEFAULT;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__INTERACTION_LANGUAGE_CODE:
				return INTERACTION_LANGUAGE_CODE_EDEFAULT == null ? interactionLanguageCode != null : !INTERACTION_LANGUAGE_CODE_EDEFAULT.equals(interactionLanguageCode);
			case SegmentaPackage.INTERACTION_LOG_ENTRY__SUBJECT:
				return SUBJECT_EDEFAULT == null ? subject != null : !SUBJECT_EDEFAULT.equals(subject);
			case SegmentaPackage.INTERACTION_LOG_ENTRY__WORD_TEMPLATE_NO:
				return WORD_TEMPLATE_NO_EDEFAULT == null ? wordTemplateNo != null : !WORD_TEMPLATE_NO_EDEFAULT.equals(wordTemplateNo);
			case SegmentaPackage.INTERACTION_LOG_ENTRY__MERGED:
				return merged != MERGED_EDEFAULT;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__CONTACT_VIA:
				return CONTACT_VIA_EDEFAULT == null ? contactVia != null : !CONTACT_VIA_EDEFAULT.equals(contactVia);
			case SegmentaPackage.INTERACTION_LOG_ENTRY__POSTPONED:
				return postponed != POSTPONED_EDEFAULT;
			case SegmentaPackage.INTERACTION_LOG_ENTRY__DOCUMENT_TYPE:
				return DOCUMENT_TYPE_EDEFAULT == null ? documentType != null : !DOCUMENT_TYPE_EDEFAULT.equals(documentType);
			case SegmentaPackage.INTERACTION_LOG_ENTRY__DOCUMENT_NO:
				return DOCUMENT_NO_EDEFAULT == null ? documentNo != null : !DOCUMENT_NO_EDEFAULT.equals(documentNo);
			case SegmentaPackage.INTERACTION_LOG_ENTRY__OPPORTUNITY_NO:
				return OPPORTUNITY_NO_EDEFAULT == null ? opportunityNo != null : !OPPORTUNITY_NO_EDEFAULT.equals(opportunityNo);
			case SegmentaPackage.INTERACTION_LOG_ENTRY__TASK_NO:
				return TASK_NO_EDEFAULT == null ? taskNo != null : !TASK_NO_EDEFAULT.equals(taskNo);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (entryNo: ");
		result.append(entryNo);
		result.append(", contactNo: ");
		result.append(contactNo);
		result.append(", contactCompanyNo: ");
		result.append(contactCompanyNo);
		result.append(", date: ");
		result.append(date);
		result.append(", timeOfInteraction: ");
		result.append(timeOfInteraction);
		result.append(", description: ");
		result.append(description);
		result.append(", informationFlow: ");
		result.append(informationFlow);
		result.append(", initiatedBy: ");
		result.append(initiatedBy);
		result.append(", attachmentNo: ");
		result.append(attachmentNo);
		result.append(", cost: ");
		result.append(cost);
		result.append(", duration: ");
		result.append(duration);
		result.append(", userId: ");
		result.append(userId);
		result.append(", interactionGroupCode: ");
		result.append(interactionGroupCode);
		result.append(", interactionTemplateCode: ");
		result.append(interactionTemplateCode);
		result.append(", campaignNo: ");
		result.append(campaignNo);
		result.append(", campaignEntryNo: ");
		result.append(campaignEntryNo);
		result.append(", campaignResponse: ");
		result.append(campaignResponse);
		result.append(", campaignTarget: ");
		result.append(campaignTarget);
		result.append(", segmentNo: ");
		result.append(segmentNo);
		result.append(", evaluation: ");
		result.append(evaluation);
		result.append(", attemptFailed: ");
		result.append(attemptFailed);
		result.append(", salespersonCode: ");
		result.append(salespersonCode);
		result.append(", deliveryStatus: ");
		result.append(deliveryStatus);
		result.append(", canceled: ");
		result.append(canceled);
		result.append(", correspondenceType: ");
		result.append(correspondenceType);
		result.append(", loggedSegmentEntryNo: ");
		result.append(loggedSegmentEntryNo);
		result.append(", sendWordDocsAsAttachment: ");
		result.append(sendWordDocsAsAttachment);
		result.append(", interactionLanguageCode: ");
		result.append(interactionLanguageCode);
		result.append(", subject: ");
		result.append(subject);
		result.append(", wordTemplateNo: ");
		result.append(wordTemplateNo);
		result.append(", merged: ");
		result.append(merged);
		result.append(", contactVia: ");
		result.append(contactVia);
		result.append(", postponed: ");
		result.append(postponed);
		result.append(", documentType: ");
		result.append(documentType);
		result.append(", documentNo: ");
		result.append(documentNo);
		result.append(", opportunityNo: ");
		result.append(opportunityNo);
		result.append(", taskNo: ");
		result.append(taskNo);
		result.append(')');
		return result.toString();
	}

} //InteractionLogEntryImpl
