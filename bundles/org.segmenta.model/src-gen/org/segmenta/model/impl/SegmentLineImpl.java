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
import org.segmenta.model.Evaluation;
import org.segmenta.model.InformationFlow;
import org.segmenta.model.InitiatedBy;
import org.segmenta.model.SegmentLine;
import org.segmenta.model.SegmentaPackage;
import org.segmenta.model.StepKind;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Segment Line</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.model.impl.SegmentLineImpl#getSegmentNo <em>Segment No</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentLineImpl#getLineNo <em>Line No</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentLineImpl#getContactNo <em>Contact No</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentLineImpl#getContactCompanyNo <em>Contact Company No</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentLineImpl#getDate <em>Date</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentLineImpl#getTimeOfInteraction <em>Time Of Interaction</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentLineImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentLineImpl#getSalespersonCode <em>Salesperson Code</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentLineImpl#getInteractionTemplateCode <em>Interaction Template Code</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentLineImpl#getInteractionGroupCode <em>Interaction Group Code</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentLineImpl#getInformationFlow <em>Information Flow</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentLineImpl#getInitiatedBy <em>Initiated By</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentLineImpl#getCampaignNo <em>Campaign No</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentLineImpl#isCampaignTarget <em>Campaign Target</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentLineImpl#isCampaignResponse <em>Campaign Response</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentLineImpl#isSendWordDocsAsAttachment <em>Send Word Docs As Attachment</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentLineImpl#getCorrespondenceType <em>Correspondence Type</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentLineImpl#getLanguageCode <em>Language Code</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentLineImpl#getSubject <em>Subject</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentLineImpl#getEvaluation <em>Evaluation</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentLineImpl#getCost <em>Cost</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentLineImpl#getDuration <em>Duration</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentLineImpl#getAttachmentNo <em>Attachment No</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentLineImpl#isAttachmentInherited <em>Attachment Inherited</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentLineImpl#getWordTemplateNo <em>Word Template No</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentLineImpl#isMerged <em>Merged</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentLineImpl#isAttemptFailed <em>Attempt Failed</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentLineImpl#getStepNo <em>Step No</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentLineImpl#getStepKind <em>Step Kind</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentLineImpl#getReusedLoggedSegmentEntryNo <em>Reused Logged Segment Entry No</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentLineImpl#getPersonalNote <em>Personal Note</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SegmentLineImpl extends MinimalEObjectImpl.Container implements SegmentLine {
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
	 * The default value of the '{@link #getLineNo() <em>Line No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLineNo()
	 * @generated
	 * @ordered
	 */
	protected static final int LINE_NO_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getLineNo() <em>Line No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLineNo()
	 * @generated
	 * @ordered
	 */
	protected int lineNo = LINE_NO_EDEFAULT;

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
	 * The default value of the '{@link #getLanguageCode() <em>Language Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguageCode()
	 * @generated
	 * @ordered
	 */
	protected static final String LANGUAGE_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLanguageCode() <em>Language Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguageCode()
	 * @generated
	 * @ordered
	 */
	protected String languageCode = LANGUAGE_CODE_EDEFAULT;

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
	 * The default value of the '{@link #isAttachmentInherited() <em>Attachment Inherited</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAttachmentInherited()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ATTACHMENT_INHERITED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isAttachmentInherited() <em>Attachment Inherited</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAttachmentInherited()
	 * @generated
	 * @ordered
	 */
	protected boolean attachmentInherited = ATTACHMENT_INHERITED_EDEFAULT;

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
	 * The default value of the '{@link #getStepNo() <em>Step No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStepNo()
	 * @generated
	 * @ordered
	 */
	protected static final int STEP_NO_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getStepNo() <em>Step No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStepNo()
	 * @generated
	 * @ordered
	 */
	protected int stepNo = STEP_NO_EDEFAULT;

	/**
	 * The default value of the '{@link #getStepKind() <em>Step Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStepKind()
	 * @generated
	 * @ordered
	 */
	protected static final StepKind STEP_KIND_EDEFAULT = StepKind.CRITERIA;

	/**
	 * The cached value of the '{@link #getStepKind() <em>Step Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStepKind()
	 * @generated
	 * @ordered
	 */
	protected StepKind stepKind = STEP_KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getReusedLoggedSegmentEntryNo() <em>Reused Logged Segment Entry No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReusedLoggedSegmentEntryNo()
	 * @generated
	 * @ordered
	 */
	protected static final Long REUSED_LOGGED_SEGMENT_ENTRY_NO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReusedLoggedSegmentEntryNo() <em>Reused Logged Segment Entry No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReusedLoggedSegmentEntryNo()
	 * @generated
	 * @ordered
	 */
	protected Long reusedLoggedSegmentEntryNo = REUSED_LOGGED_SEGMENT_ENTRY_NO_EDEFAULT;

	/**
	 * The default value of the '{@link #getPersonalNote() <em>Personal Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPersonalNote()
	 * @generated
	 * @ordered
	 */
	protected static final String PERSONAL_NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPersonalNote() <em>Personal Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPersonalNote()
	 * @generated
	 * @ordered
	 */
	protected String personalNote = PERSONAL_NOTE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SegmentLineImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SegmentaPackage.Literals.SEGMENT_LINE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENT_LINE__SEGMENT_NO, oldSegmentNo, segmentNo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLineNo() {
		return lineNo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLineNo(int newLineNo) {
		int oldLineNo = lineNo;
		lineNo = newLineNo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENT_LINE__LINE_NO, oldLineNo, lineNo));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENT_LINE__CONTACT_NO, oldContactNo, contactNo));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENT_LINE__CONTACT_COMPANY_NO, oldContactCompanyNo, contactCompanyNo));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENT_LINE__DATE, oldDate, date));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENT_LINE__TIME_OF_INTERACTION, oldTimeOfInteraction, timeOfInteraction));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENT_LINE__DESCRIPTION, oldDescription, description));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENT_LINE__SALESPERSON_CODE, oldSalespersonCode, salespersonCode));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENT_LINE__INTERACTION_TEMPLATE_CODE, oldInteractionTemplateCode, interactionTemplateCode));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENT_LINE__INTERACTION_GROUP_CODE, oldInteractionGroupCode, interactionGroupCode));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENT_LINE__INFORMATION_FLOW, oldInformationFlow, informationFlow));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENT_LINE__INITIATED_BY, oldInitiatedBy, initiatedBy));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENT_LINE__CAMPAIGN_NO, oldCampaignNo, campaignNo));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENT_LINE__CAMPAIGN_TARGET, oldCampaignTarget, campaignTarget));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENT_LINE__CAMPAIGN_RESPONSE, oldCampaignResponse, campaignResponse));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENT_LINE__SEND_WORD_DOCS_AS_ATTACHMENT, oldSendWordDocsAsAttachment, sendWordDocsAsAttachment));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENT_LINE__CORRESPONDENCE_TYPE, oldCorrespondenceType, correspondenceType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLanguageCode() {
		return languageCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLanguageCode(String newLanguageCode) {
		String oldLanguageCode = languageCode;
		languageCode = newLanguageCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENT_LINE__LANGUAGE_CODE, oldLanguageCode, languageCode));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENT_LINE__SUBJECT, oldSubject, subject));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENT_LINE__EVALUATION, oldEvaluation, evaluation));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENT_LINE__COST, oldCost, cost));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENT_LINE__DURATION, oldDuration, duration));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENT_LINE__ATTACHMENT_NO, oldAttachmentNo, attachmentNo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAttachmentInherited() {
		return attachmentInherited;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAttachmentInherited(boolean newAttachmentInherited) {
		boolean oldAttachmentInherited = attachmentInherited;
		attachmentInherited = newAttachmentInherited;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENT_LINE__ATTACHMENT_INHERITED, oldAttachmentInherited, attachmentInherited));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENT_LINE__WORD_TEMPLATE_NO, oldWordTemplateNo, wordTemplateNo));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENT_LINE__MERGED, oldMerged, merged));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENT_LINE__ATTEMPT_FAILED, oldAttemptFailed, attemptFailed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getStepNo() {
		return stepNo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStepNo(int newStepNo) {
		int oldStepNo = stepNo;
		stepNo = newStepNo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENT_LINE__STEP_NO, oldStepNo, stepNo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StepKind getStepKind() {
		return stepKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStepKind(StepKind newStepKind) {
		StepKind oldStepKind = stepKind;
		stepKind = newStepKind == null ? STEP_KIND_EDEFAULT : newStepKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENT_LINE__STEP_KIND, oldStepKind, stepKind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getReusedLoggedSegmentEntryNo() {
		return reusedLoggedSegmentEntryNo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReusedLoggedSegmentEntryNo(Long newReusedLoggedSegmentEntryNo) {
		Long oldReusedLoggedSegmentEntryNo = reusedLoggedSegmentEntryNo;
		reusedLoggedSegmentEntryNo = newReusedLoggedSegmentEntryNo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENT_LINE__REUSED_LOGGED_SEGMENT_ENTRY_NO, oldReusedLoggedSegmentEntryNo, reusedLoggedSegmentEntryNo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPersonalNote() {
		return personalNote;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPersonalNote(String newPersonalNote) {
		String oldPersonalNote = personalNote;
		personalNote = newPersonalNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENT_LINE__PERSONAL_NOTE, oldPersonalNote, personalNote));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SegmentaPackage.SEGMENT_LINE__SEGMENT_NO:
				return getSegmentNo();
			case SegmentaPackage.SEGMENT_LINE__LINE_NO:
				return getLineNo();
			case SegmentaPackage.SEGMENT_LINE__CONTACT_NO:
				return getContactNo();
			case SegmentaPackage.SEGMENT_LINE__CONTACT_COMPANY_NO:
				return getContactCompanyNo();
			case SegmentaPackage.SEGMENT_LINE__DATE:
				return getDate();
			case SegmentaPackage.SEGMENT_LINE__TIME_OF_INTERACTION:
				return getTimeOfInteraction();
			case SegmentaPackage.SEGMENT_LINE__DESCRIPTION:
				return getDescription();
			case SegmentaPackage.SEGMENT_LINE__SALESPERSON_CODE:
				return getSalespersonCode();
			case SegmentaPackage.SEGMENT_LINE__INTERACTION_TEMPLATE_CODE:
				return getInteractionTemplateCode();
			case SegmentaPackage.SEGMENT_LINE__INTERACTION_GROUP_CODE:
				return getInteractionGroupCode();
			case SegmentaPackage.SEGMENT_LINE__INFORMATION_FLOW:
				return getInformationFlow();
			case SegmentaPackage.SEGMENT_LINE__INITIATED_BY:
				return getInitiatedBy();
			case SegmentaPackage.SEGMENT_LINE__CAMPAIGN_NO:
				return getCampaignNo();
			case SegmentaPackage.SEGMENT_LINE__CAMPAIGN_TARGET:
				return isCampaignTarget();
			case SegmentaPackage.SEGMENT_LINE__CAMPAIGN_RESPONSE:
				return isCampaignResponse();
			case SegmentaPackage.SEGMENT_LINE__SEND_WORD_DOCS_AS_ATTACHMENT:
				return isSendWordDocsAsAttachment();
			case SegmentaPackage.SEGMENT_LINE__CORRESPONDENCE_TYPE:
				return getCorrespondenceType();
			case SegmentaPackage.SEGMENT_LINE__LANGUAGE_CODE:
				return getLanguageCode();
			case SegmentaPackage.SEGMENT_LINE__SUBJECT:
				return getSubject();
			case SegmentaPackage.SEGMENT_LINE__EVALUATION:
				return getEvaluation();
			case SegmentaPackage.SEGMENT_LINE__COST:
				return getCost();
			case SegmentaPackage.SEGMENT_LINE__DURATION:
				return getDuration();
			case SegmentaPackage.SEGMENT_LINE__ATTACHMENT_NO:
				return getAttachmentNo();
			case SegmentaPackage.SEGMENT_LINE__ATTACHMENT_INHERITED:
				return isAttachmentInherited();
			case SegmentaPackage.SEGMENT_LINE__WORD_TEMPLATE_NO:
				return getWordTemplateNo();
			case SegmentaPackage.SEGMENT_LINE__MERGED:
				return isMerged();
			case SegmentaPackage.SEGMENT_LINE__ATTEMPT_FAILED:
				return isAttemptFailed();
			case SegmentaPackage.SEGMENT_LINE__STEP_NO:
				return getStepNo();
			case SegmentaPackage.SEGMENT_LINE__STEP_KIND:
				return getStepKind();
			case SegmentaPackage.SEGMENT_LINE__REUSED_LOGGED_SEGMENT_ENTRY_NO:
				return getReusedLoggedSegmentEntryNo();
			case SegmentaPackage.SEGMENT_LINE__PERSONAL_NOTE:
				return getPersonalNote();
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
			case SegmentaPackage.SEGMENT_LINE__SEGMENT_NO:
				setSegmentNo((String)newValue);
				return;
			case SegmentaPackage.SEGMENT_LINE__LINE_NO:
				setLineNo((Integer)newValue);
				return;
			case SegmentaPackage.SEGMENT_LINE__CONTACT_NO:
				setContactNo((String)newValue);
				return;
			case SegmentaPackage.SEGMENT_LINE__CONTACT_COMPANY_NO:
				setContactCompanyNo((String)newValue);
				return;
			case SegmentaPackage.SEGMENT_LINE__DATE:
				setDate((LocalDate)newValue);
				return;
			case SegmentaPackage.SEGMENT_LINE__TIME_OF_INTERACTION:
				setTimeOfInteraction((LocalTime)newValue);
				return;
			case SegmentaPackage.SEGMENT_LINE__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case SegmentaPackage.SEGMENT_LINE__SALESPERSON_CODE:
				setSalespersonCode((String)newValue);
				return;
			case SegmentaPackage.SEGMENT_LINE__INTERACTION_TEMPLATE_CODE:
				setInteractionTemplateCode((String)newValue);
				return;
			case SegmentaPackage.SEGMENT_LINE__INTERACTION_GROUP_CODE:
				setInteractionGroupCode((String)newValue);
				return;
			case SegmentaPackage.SEGMENT_LINE__INFORMATION_FLOW:
				setInformationFlow((InformationFlow)newValue);
				return;
			case SegmentaPackage.SEGMENT_LINE__INITIATED_BY:
				setInitiatedBy((InitiatedBy)newValue);
				return;
			case SegmentaPackage.SEGMENT_LINE__CAMPAIGN_NO:
				setCampaignNo((String)newValue);
				return;
			case SegmentaPackage.SEGMENT_LINE__CAMPAIGN_TARGET:
				setCampaignTarget((Boolean)newValue);
				return;
			case SegmentaPackage.SEGMENT_LINE__CAMPAIGN_RESPONSE:
				setCampaignResponse((Boolean)newValue);
				return;
			case SegmentaPackage.SEGMENT_LINE__SEND_WORD_DOCS_AS_ATTACHMENT:
				setSendWordDocsAsAttachment((Boolean)newValue);
				return;
			case SegmentaPackage.SEGMENT_LINE__CORRESPONDENCE_TYPE:
				setCorrespondenceType((CorrespondenceType)newValue);
				return;
			case SegmentaPackage.SEGMENT_LINE__LANGUAGE_CODE:
				setLanguageCode((String)newValue);
				return;
			case SegmentaPackage.SEGMENT_LINE__SUBJECT:
				setSubject((String)newValue);
				return;
			case SegmentaPackage.SEGMENT_LINE__EVALUATION:
				setEvaluation((Evaluation)newValue);
				return;
			case SegmentaPackage.SEGMENT_LINE__COST:
				setCost((BigDecimal)newValue);
				return;
			case SegmentaPackage.SEGMENT_LINE__DURATION:
				setDuration((Integer)newValue);
				return;
			case SegmentaPackage.SEGMENT_LINE__ATTACHMENT_NO:
				setAttachmentNo((Long)newValue);
				return;
			case SegmentaPackage.SEGMENT_LINE__ATTACHMENT_INHERITED:
				setAttachmentInherited((Boolean)newValue);
				return;
			case SegmentaPackage.SEGMENT_LINE__WORD_TEMPLATE_NO:
				setWordTemplateNo((Long)newValue);
				return;
			case SegmentaPackage.SEGMENT_LINE__MERGED:
				setMerged((Boolean)newValue);
				return;
			case SegmentaPackage.SEGMENT_LINE__ATTEMPT_FAILED:
				setAttemptFailed((Boolean)newValue);
				return;
			case SegmentaPackage.SEGMENT_LINE__STEP_NO:
				setStepNo((Integer)newValue);
				return;
			case SegmentaPackage.SEGMENT_LINE__STEP_KIND:
				setStepKind((StepKind)newValue);
				return;
			case SegmentaPackage.SEGMENT_LINE__REUSED_LOGGED_SEGMENT_ENTRY_NO:
				setReusedLoggedSegmentEntryNo((Long)newValue);
				return;
			case SegmentaPackage.SEGMENT_LINE__PERSONAL_NOTE:
				setPersonalNote((String)newValue);
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
			case SegmentaPackage.SEGMENT_LINE__SEGMENT_NO:
				setSegmentNo(SEGMENT_NO_EDEFAULT);
				return;
			case SegmentaPackage.SEGMENT_LINE__LINE_NO:
				setLineNo(LINE_NO_EDEFAULT);
				return;
			case SegmentaPackage.SEGMENT_LINE__CONTACT_NO:
				setContactNo(CONTACT_NO_EDEFAULT);
				return;
			case SegmentaPackage.SEGMENT_LINE__CONTACT_COMPANY_NO:
				setContactCompanyNo(CONTACT_COMPANY_NO_EDEFAULT);
				return;
			case SegmentaPackage.SEGMENT_LINE__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case SegmentaPackage.SEGMENT_LINE__TIME_OF_INTERACTION:
				setTimeOfInteraction(TIME_OF_INTERACTION_EDEFAULT);
				return;
			case SegmentaPackage.SEGMENT_LINE__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case SegmentaPackage.SEGMENT_LINE__SALESPERSON_CODE:
				setSalespersonCode(SALESPERSON_CODE_EDEFAULT);
				return;
			case SegmentaPackage.SEGMENT_LINE__INTERACTION_TEMPLATE_CODE:
				setInteractionTemplateCode(INTERACTION_TEMPLATE_CODE_EDEFAULT);
				return;
			case SegmentaPackage.SEGMENT_LINE__INTERACTION_GROUP_CODE:
				setInteractionGroupCode(INTERACTION_GROUP_CODE_EDEFAULT);
				return;
			case SegmentaPackage.SEGMENT_LINE__INFORMATION_FLOW:
				setInformationFlow(INFORMATION_FLOW_EDEFAULT);
				return;
			case SegmentaPackage.SEGMENT_LINE__INITIATED_BY:
				setInitiatedBy(INITIATED_BY_EDEFAULT);
				return;
			case SegmentaPackage.SEGMENT_LINE__CAMPAIGN_NO:
				setCampaignNo(CAMPAIGN_NO_EDEFAULT);
				return;
			case SegmentaPackage.SEGMENT_LINE__CAMPAIGN_TARGET:
				setCampaignTarget(CAMPAIGN_TARGET_EDEFAULT);
				return;
			case SegmentaPackage.SEGMENT_LINE__CAMPAIGN_RESPONSE:
				setCampaignResponse(CAMPAIGN_RESPONSE_EDEFAULT);
				return;
			case SegmentaPackage.SEGMENT_LINE__SEND_WORD_DOCS_AS_ATTACHMENT:
				setSendWordDocsAsAttachment(SEND_WORD_DOCS_AS_ATTACHMENT_EDEFAULT);
				return;
			case SegmentaPackage.SEGMENT_LINE__CORRESPONDENCE_TYPE:
				setCorrespondenceType(CORRESPONDENCE_TYPE_EDEFAULT);
				return;
			case SegmentaPackage.SEGMENT_LINE__LANGUAGE_CODE:
				setLanguageCode(LANGUAGE_CODE_EDEFAULT);
				return;
			case SegmentaPackage.SEGMENT_LINE__SUBJECT:
				setSubject(SUBJECT_EDEFAULT);
				return;
			case SegmentaPackage.SEGMENT_LINE__EVALUATION:
				setEvaluation(EVALUATION_EDEFAULT);
				return;
			case SegmentaPackage.SEGMENT_LINE__COST:
				setCost(COST_EDEFAULT);
				return;
			case SegmentaPackage.SEGMENT_LINE__DURATION:
				setDuration(DURATION_EDEFAULT);
				return;
			case SegmentaPackage.SEGMENT_LINE__ATTACHMENT_NO:
				setAttachmentNo(ATTACHMENT_NO_EDEFAULT);
				return;
			case SegmentaPackage.SEGMENT_LINE__ATTACHMENT_INHERITED:
				setAttachmentInherited(ATTACHMENT_INHERITED_EDEFAULT);
				return;
			case SegmentaPackage.SEGMENT_LINE__WORD_TEMPLATE_NO:
				setWordTemplateNo(WORD_TEMPLATE_NO_EDEFAULT);
				return;
			case SegmentaPackage.SEGMENT_LINE__MERGED:
				setMerged(MERGED_EDEFAULT);
				return;
			case SegmentaPackage.SEGMENT_LINE__ATTEMPT_FAILED:
				setAttemptFailed(ATTEMPT_FAILED_EDEFAULT);
				return;
			case SegmentaPackage.SEGMENT_LINE__STEP_NO:
				setStepNo(STEP_NO_EDEFAULT);
				return;
			case SegmentaPackage.SEGMENT_LINE__STEP_KIND:
				setStepKind(STEP_KIND_EDEFAULT);
				return;
			case SegmentaPackage.SEGMENT_LINE__REUSED_LOGGED_SEGMENT_ENTRY_NO:
				setReusedLoggedSegmentEntryNo(REUSED_LOGGED_SEGMENT_ENTRY_NO_EDEFAULT);
				return;
			case SegmentaPackage.SEGMENT_LINE__PERSONAL_NOTE:
				setPersonalNote(PERSONAL_NOTE_EDEFAULT);
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
			case SegmentaPackage.SEGMENT_LINE__SEGMENT_NO:
				return SEGMENT_NO_EDEFAULT == null ? segmentNo != null : !SEGMENT_NO_EDEFAULT.equals(segmentNo);
			case SegmentaPackage.SEGMENT_LINE__LINE_NO:
				return lineNo != LINE_NO_EDEFAULT;
			case SegmentaPackage.SEGMENT_LINE__CONTACT_NO:
				return CONTACT_NO_EDEFAULT == null ? contactNo != null : !CONTACT_NO_EDEFAULT.equals(contactNo);
			case SegmentaPackage.SEGMENT_LINE__CONTACT_COMPANY_NO:
				return CONTACT_COMPANY_NO_EDEFAULT == null ? contactCompanyNo != null : !CONTACT_COMPANY_NO_EDEFAULT.equals(contactCompanyNo);
			case SegmentaPackage.SEGMENT_LINE__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case SegmentaPackage.SEGMENT_LINE__TIME_OF_INTERACTION:
				return TIME_OF_INTERACTION_EDEFAULT == null ? timeOfInteraction != null : !TIME_OF_INTERACTION_EDEFAULT.equals(timeOfInteraction);
			case SegmentaPackage.SEGMENT_LINE__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case SegmentaPackage.SEGMENT_LINE__SALESPERSON_CODE:
				return SALESPERSON_CODE_EDEFAULT == null ? salespersonCode != null : !SALESPERSON_CODE_EDEFAULT.equals(salespersonCode);
			case SegmentaPackage.SEGMENT_LINE__INTERACTION_TEMPLATE_CODE:
				return INTERACTION_TEMPLATE_CODE_EDEFAULT == null ? interactionTemplateCode != null : !INTERACTION_TEMPLATE_CODE_EDEFAULT.equals(interactionTemplateCode);
			case SegmentaPackage.SEGMENT_LINE__INTERACTION_GROUP_CODE:
				return INTERACTION_GROUP_CODE_EDEFAULT == null ? interactionGroupCode != null : !INTERACTION_GROUP_CODE_EDEFAULT.equals(interactionGroupCode);
			case SegmentaPackage.SEGMENT_LINE__INFORMATION_FLOW:
				return informationFlow != INFORMATION_FLOW_EDEFAULT;
			case SegmentaPackage.SEGMENT_LINE__INITIATED_BY:
				return initiatedBy != INITIATED_BY_EDEFAULT;
			case SegmentaPackage.SEGMENT_LINE__CAMPAIGN_NO:
				return CAMPAIGN_NO_EDEFAULT == null ? campaignNo != null : !CAMPAIGN_NO_EDEFAULT.equals(campaignNo);
			case SegmentaPackage.SEGMENT_LINE__CAMPAIGN_TARGET:
				return campaignTarget != CAMPAIGN_TARGET_EDEFAULT;
			case SegmentaPackage.SEGMENT_LINE__CAMPAIGN_RESPONSE:
				return campaignResponse != CAMPAIGN_RESPONSE_EDEFAULT;
			case SegmentaPackage.SEGMENT_LINE__SEND_WORD_DOCS_AS_ATTACHMENT:
				return sendWordDocsAsAttachment != SEND_WORD_DOCS_AS_ATTACHMENT_EDEFAULT;
			case SegmentaPackage.SEGMENT_LINE__CORRESPONDENCE_TYPE:
				return correspondenceType != CORRESPONDENCE_TYPE_EDEFAULT;
			case SegmentaPackage.SEGMENT_LINE__LANGUAGE_CODE:
				return LANGUAGE_CODE_EDEFAULT == null ? languageCode != null : !LANGUAGE_CODE_EDEFAULT.equals(languageCode);
			case SegmentaPackage.SEGMENT_LINE__SUBJECT:
				return SUBJECT_EDEFAULT == null ? subject != null : !SUBJECT_EDEFAULT.equals(subject);
			case SegmentaPackage.SEGMENT_LINE__EVALUATION:
				return evaluation != EVALUATION_EDEFAULT;
			case SegmentaPackage.SEGMENT_LINE__COST:
				return COST_EDEFAULT == null ? cost != null : !COST_EDEFAULT.equals(cost);
			case SegmentaPackage.SEGMENT_LINE__DURATION:
				return duration != DURATION_EDEFAULT;
			case SegmentaPackage.SEGMENT_LINE__ATTACHMENT_NO:
				return ATTACHMENT_NO_EDEFAULT == null ? attachmentNo != null : !ATTACHMENT_NO_EDEFAULT.equals(attachmentNo);
			case SegmentaPackage.SEGMENT_LINE__ATTACHMENT_INHERITED:
				return attachmentInherited != ATTACHMENT_INHERITED_EDEFAULT;
			case SegmentaPackage.SEGMENT_LINE__WORD_TEMPLATE_NO:
				return WORD_TEMPLATE_NO_EDEFAULT == null ? wordTemplateNo != null : !WORD_TEMPLATE_NO_EDEFAULT.equals(wordTemplateNo);
			case SegmentaPackage.SEGMENT_LINE__MERGED:
				return merged != MERGED_EDEFAULT;
			case SegmentaPackage.SEGMENT_LINE__ATTEMPT_FAILED:
				return attemptFailed != ATTEMPT_FAILED_EDEFAULT;
			case SegmentaPackage.SEGMENT_LINE__STEP_NO:
				return stepNo != STEP_NO_EDEFAULT;
			case SegmentaPackage.SEGMENT_LINE__STEP_KIND:
				return stepKind != STEP_KIND_EDEFAULT;
			case SegmentaPackage.SEGMENT_LINE__REUSED_LOGGED_SEGMENT_ENTRY_NO:
				return REUSED_LOGGED_SEGMENT_ENTRY_NO_EDEFAULT == null ? reusedLoggedSegmentEntryNo != null : !REUSED_LOGGED_SEGMENT_ENTRY_NO_EDEFAULT.equals(reusedLoggedSegmentEntryNo);
			case SegmentaPackage.SEGMENT_LINE__PERSONAL_NOTE:
				return PERSONAL_NOTE_EDEFAULT == null ? personalNote != null : !PERSONAL_NOTE_EDEFAULT.equals(personalNote);
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
		result.append(" (segmentNo: ");
		result.append(segmentNo);
		result.append(", lineNo: ");
		result.append(lineNo);
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
		result.append(", salespersonCode: ");
		result.append(salespersonCode);
		result.append(", interactionTemplateCode: ");
		result.append(interactionTemplateCode);
		result.append(", interactionGroupCode: ");
		result.append(interactionGroupCode);
		result.append(", informationFlow: ");
		result.append(informationFlow);
		result.append(", initiatedBy: ");
		result.append(initiatedBy);
		result.append(", campaignNo: ");
		result.append(campaignNo);
		result.append(", campaignTarget: ");
		result.append(campaignTarget);
		result.append(", campaignResponse: ");
		result.append(campaignResponse);
		result.append(", sendWordDocsAsAttachment: ");
		result.append(sendWordDocsAsAttachment);
		result.append(", correspondenceType: ");
		result.append(correspondenceType);
		result.append(", languageCode: ");
		result.append(languageCode);
		result.append(", subject: ");
		result.append(subject);
		result.append(", evaluation: ");
		result.append(evaluation);
		result.append(", cost: ");
		result.append(cost);
		result.append(", duration: ");
		result.append(duration);
		result.append(", attachmentNo: ");
		result.append(attachmentNo);
		result.append(", attachmentInherited: ");
		result.append(attachmentInherited);
		result.append(", wordTemplateNo: ");
		result.append(wordTemplateNo);
		result.append(", merged: ");
		result.append(merged);
		result.append(", attemptFailed: ");
		result.append(attemptFailed);
		result.append(", stepNo: ");
		result.append(stepNo);
		result.append(", stepKind: ");
		result.append(stepKind);
		result.append(", reusedLoggedSegmentEntryNo: ");
		result.append(reusedLoggedSegmentEntryNo);
		result.append(", personalNote: ");
		result.append(personalNote);
		result.append(')');
		return result.toString();
	}

} //SegmentLineImpl
