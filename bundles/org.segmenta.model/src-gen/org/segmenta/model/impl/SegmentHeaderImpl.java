/**
 */
package org.segmenta.model.impl;

import java.math.BigDecimal;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.segmenta.model.CorrespondenceType;
import org.segmenta.model.InformationFlow;
import org.segmenta.model.InitiatedBy;
import org.segmenta.model.SegmentCriteriaLine;
import org.segmenta.model.SegmentHeader;
import org.segmenta.model.SegmentInteractionLanguage;
import org.segmenta.model.SegmentaPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Segment Header</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.model.impl.SegmentHeaderImpl#getNo <em>No</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentHeaderImpl#getDate <em>Date</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentHeaderImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentHeaderImpl#getSalespersonCode <em>Salesperson Code</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentHeaderImpl#getInteractionTemplateCode <em>Interaction Template Code</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentHeaderImpl#getInteractionGroupCode <em>Interaction Group Code</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentHeaderImpl#getInformationFlow <em>Information Flow</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentHeaderImpl#getInitiatedBy <em>Initiated By</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentHeaderImpl#getCampaignNo <em>Campaign No</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentHeaderImpl#isCampaignTarget <em>Campaign Target</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentHeaderImpl#isCampaignResponse <em>Campaign Response</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentHeaderImpl#isSendWordDocsAsAttachment <em>Send Word Docs As Attachment</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentHeaderImpl#getLanguageCodeDefault <em>Language Code Default</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentHeaderImpl#getSubjectDefault <em>Subject Default</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentHeaderImpl#isIgnoreContactCorrespondenceType <em>Ignore Contact Correspondence Type</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentHeaderImpl#getCorrespondenceTypeDefault <em>Correspondence Type Default</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentHeaderImpl#getUnitCost <em>Unit Cost</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentHeaderImpl#getUnitDuration <em>Unit Duration</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentHeaderImpl#getModifiedWordTemplateNo <em>Modified Word Template No</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentHeaderImpl#getLanguages <em>Languages</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentHeaderImpl#getCriteriaLines <em>Criteria Lines</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SegmentHeaderImpl extends MinimalEObjectImpl.Container implements SegmentHeader {
	/**
	 * The default value of the '{@link #getNo() <em>No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNo()
	 * @generated
	 * @ordered
	 */
	protected static final String NO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNo() <em>No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNo()
	 * @generated
	 * @ordered
	 */
	protected String no = NO_EDEFAULT;

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
	 * The default value of the '{@link #getLanguageCodeDefault() <em>Language Code Default</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguageCodeDefault()
	 * @generated
	 * @ordered
	 */
	protected static final String LANGUAGE_CODE_DEFAULT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLanguageCodeDefault() <em>Language Code Default</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguageCodeDefault()
	 * @generated
	 * @ordered
	 */
	protected String languageCodeDefault = LANGUAGE_CODE_DEFAULT_EDEFAULT;

	/**
	 * The default value of the '{@link #getSubjectDefault() <em>Subject Default</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubjectDefault()
	 * @generated
	 * @ordered
	 */
	protected static final String SUBJECT_DEFAULT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSubjectDefault() <em>Subject Default</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubjectDefault()
	 * @generated
	 * @ordered
	 */
	protected String subjectDefault = SUBJECT_DEFAULT_EDEFAULT;

	/**
	 * The default value of the '{@link #isIgnoreContactCorrespondenceType() <em>Ignore Contact Correspondence Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIgnoreContactCorrespondenceType()
	 * @generated
	 * @ordered
	 */
	protected static final boolean IGNORE_CONTACT_CORRESPONDENCE_TYPE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isIgnoreContactCorrespondenceType() <em>Ignore Contact Correspondence Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIgnoreContactCorrespondenceType()
	 * @generated
	 * @ordered
	 */
	protected boolean ignoreContactCorrespondenceType = IGNORE_CONTACT_CORRESPONDENCE_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCorrespondenceTypeDefault() <em>Correspondence Type Default</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCorrespondenceTypeDefault()
	 * @generated
	 * @ordered
	 */
	protected static final CorrespondenceType CORRESPONDENCE_TYPE_DEFAULT_EDEFAULT = CorrespondenceType.NONE;

	/**
	 * The cached value of the '{@link #getCorrespondenceTypeDefault() <em>Correspondence Type Default</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCorrespondenceTypeDefault()
	 * @generated
	 * @ordered
	 */
	protected CorrespondenceType correspondenceTypeDefault = CORRESPONDENCE_TYPE_DEFAULT_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnitCost() <em>Unit Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnitCost()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal UNIT_COST_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUnitCost() <em>Unit Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnitCost()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal unitCost = UNIT_COST_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnitDuration() <em>Unit Duration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnitDuration()
	 * @generated
	 * @ordered
	 */
	protected static final int UNIT_DURATION_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getUnitDuration() <em>Unit Duration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnitDuration()
	 * @generated
	 * @ordered
	 */
	protected int unitDuration = UNIT_DURATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getModifiedWordTemplateNo() <em>Modified Word Template No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModifiedWordTemplateNo()
	 * @generated
	 * @ordered
	 */
	protected static final Long MODIFIED_WORD_TEMPLATE_NO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getModifiedWordTemplateNo() <em>Modified Word Template No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModifiedWordTemplateNo()
	 * @generated
	 * @ordered
	 */
	protected Long modifiedWordTemplateNo = MODIFIED_WORD_TEMPLATE_NO_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLanguages() <em>Languages</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguages()
	 * @generated
	 * @ordered
	 */
	protected EList<SegmentInteractionLanguage> languages;

	/**
	 * The cached value of the '{@link #getCriteriaLines() <em>Criteria Lines</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCriteriaLines()
	 * @generated
	 * @ordered
	 */
	protected EList<SegmentCriteriaLine> criteriaLines;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SegmentHeaderImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SegmentaPackage.Literals.SEGMENT_HEADER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNo() {
		return no;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNo(String newNo) {
		String oldNo = no;
		no = newNo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENT_HEADER__NO, oldNo, no));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENT_HEADER__DATE, oldDate, date));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENT_HEADER__DESCRIPTION, oldDescription, description));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENT_HEADER__SALESPERSON_CODE, oldSalespersonCode, salespersonCode));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENT_HEADER__INTERACTION_TEMPLATE_CODE, oldInteractionTemplateCode, interactionTemplateCode));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENT_HEADER__INTERACTION_GROUP_CODE, oldInteractionGroupCode, interactionGroupCode));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENT_HEADER__INFORMATION_FLOW, oldInformationFlow, informationFlow));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENT_HEADER__INITIATED_BY, oldInitiatedBy, initiatedBy));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENT_HEADER__CAMPAIGN_NO, oldCampaignNo, campaignNo));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENT_HEADER__CAMPAIGN_TARGET, oldCampaignTarget, campaignTarget));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENT_HEADER__CAMPAIGN_RESPONSE, oldCampaignResponse, campaignResponse));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENT_HEADER__SEND_WORD_DOCS_AS_ATTACHMENT, oldSendWordDocsAsAttachment, sendWordDocsAsAttachment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLanguageCodeDefault() {
		return languageCodeDefault;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLanguageCodeDefault(String newLanguageCodeDefault) {
		String oldLanguageCodeDefault = languageCodeDefault;
		languageCodeDefault = newLanguageCodeDefault;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENT_HEADER__LANGUAGE_CODE_DEFAULT, oldLanguageCodeDefault, languageCodeDefault));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSubjectDefault() {
		return subjectDefault;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubjectDefault(String newSubjectDefault) {
		String oldSubjectDefault = subjectDefault;
		subjectDefault = newSubjectDefault;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENT_HEADER__SUBJECT_DEFAULT, oldSubjectDefault, subjectDefault));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isIgnoreContactCorrespondenceType() {
		return ignoreContactCorrespondenceType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIgnoreContactCorrespondenceType(boolean newIgnoreContactCorrespondenceType) {
		boolean oldIgnoreContactCorrespondenceType = ignoreContactCorrespondenceType;
		ignoreContactCorrespondenceType = newIgnoreContactCorrespondenceType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENT_HEADER__IGNORE_CONTACT_CORRESPONDENCE_TYPE, oldIgnoreContactCorrespondenceType, ignoreContactCorrespondenceType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CorrespondenceType getCorrespondenceTypeDefault() {
		return correspondenceTypeDefault;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCorrespondenceTypeDefault(CorrespondenceType newCorrespondenceTypeDefault) {
		CorrespondenceType oldCorrespondenceTypeDefault = correspondenceTypeDefault;
		correspondenceTypeDefault = newCorrespondenceTypeDefault == null ? CORRESPONDENCE_TYPE_DEFAULT_EDEFAULT : newCorrespondenceTypeDefault;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENT_HEADER__CORRESPONDENCE_TYPE_DEFAULT, oldCorrespondenceTypeDefault, correspondenceTypeDefault));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getUnitCost() {
		return unitCost;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnitCost(BigDecimal newUnitCost) {
		BigDecimal oldUnitCost = unitCost;
		unitCost = newUnitCost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENT_HEADER__UNIT_COST, oldUnitCost, unitCost));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getUnitDuration() {
		return unitDuration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnitDuration(int newUnitDuration) {
		int oldUnitDuration = unitDuration;
		unitDuration = newUnitDuration;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENT_HEADER__UNIT_DURATION, oldUnitDuration, unitDuration));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getModifiedWordTemplateNo() {
		return modifiedWordTemplateNo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModifiedWordTemplateNo(Long newModifiedWordTemplateNo) {
		Long oldModifiedWordTemplateNo = modifiedWordTemplateNo;
		modifiedWordTemplateNo = newModifiedWordTemplateNo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENT_HEADER__MODIFIED_WORD_TEMPLATE_NO, oldModifiedWordTemplateNo, modifiedWordTemplateNo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SegmentInteractionLanguage> getLanguages() {
		if (languages == null) {
			languages = new EObjectContainmentEList<SegmentInteractionLanguage>(SegmentInteractionLanguage.class, this, SegmentaPackage.SEGMENT_HEADER__LANGUAGES);
		}
		return languages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SegmentCriteriaLine> getCriteriaLines() {
		if (criteriaLines == null) {
			criteriaLines = new EObjectContainmentEList<SegmentCriteriaLine>(SegmentCriteriaLine.class, this, SegmentaPackage.SEGMENT_HEADER__CRITERIA_LINES);
		}
		return criteriaLines;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SegmentaPackage.SEGMENT_HEADER__LANGUAGES:
				return ((InternalEList<?>)getLanguages()).basicRemove(otherEnd, msgs);
			case SegmentaPackage.SEGMENT_HEADER__CRITERIA_LINES:
				return ((InternalEList<?>)getCriteriaLines()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SegmentaPackage.SEGMENT_HEADER__NO:
				return getNo();
			case SegmentaPackage.SEGMENT_HEADER__DATE:
				return getDate();
			case SegmentaPackage.SEGMENT_HEADER__DESCRIPTION:
				return getDescription();
			case SegmentaPackage.SEGMENT_HEADER__SALESPERSON_CODE:
				return getSalespersonCode();
			case SegmentaPackage.SEGMENT_HEADER__INTERACTION_TEMPLATE_CODE:
				return getInteractionTemplateCode();
			case SegmentaPackage.SEGMENT_HEADER__INTERACTION_GROUP_CODE:
				return getInteractionGroupCode();
			case SegmentaPackage.SEGMENT_HEADER__INFORMATION_FLOW:
				return getInformationFlow();
			case SegmentaPackage.SEGMENT_HEADER__INITIATED_BY:
				return getInitiatedBy();
			case SegmentaPackage.SEGMENT_HEADER__CAMPAIGN_NO:
				return getCampaignNo();
			case SegmentaPackage.SEGMENT_HEADER__CAMPAIGN_TARGET:
				return isCampaignTarget();
			case SegmentaPackage.SEGMENT_HEADER__CAMPAIGN_RESPONSE:
				return isCampaignResponse();
			case SegmentaPackage.SEGMENT_HEADER__SEND_WORD_DOCS_AS_ATTACHMENT:
				return isSendWordDocsAsAttachment();
			case SegmentaPackage.SEGMENT_HEADER__LANGUAGE_CODE_DEFAULT:
				return getLanguageCodeDefault();
			case SegmentaPackage.SEGMENT_HEADER__SUBJECT_DEFAULT:
				return getSubjectDefault();
			case SegmentaPackage.SEGMENT_HEADER__IGNORE_CONTACT_CORRESPONDENCE_TYPE:
				return isIgnoreContactCorrespondenceType();
			case SegmentaPackage.SEGMENT_HEADER__CORRESPONDENCE_TYPE_DEFAULT:
				return getCorrespondenceTypeDefault();
			case SegmentaPackage.SEGMENT_HEADER__UNIT_COST:
				return getUnitCost();
			case SegmentaPackage.SEGMENT_HEADER__UNIT_DURATION:
				return getUnitDuration();
			case SegmentaPackage.SEGMENT_HEADER__MODIFIED_WORD_TEMPLATE_NO:
				return getModifiedWordTemplateNo();
			case SegmentaPackage.SEGMENT_HEADER__LANGUAGES:
				return getLanguages();
			case SegmentaPackage.SEGMENT_HEADER__CRITERIA_LINES:
				return getCriteriaLines();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SegmentaPackage.SEGMENT_HEADER__NO:
				setNo((String)newValue);
				return;
			case SegmentaPackage.SEGMENT_HEADER__DATE:
				setDate((LocalDate)newValue);
				return;
			case SegmentaPackage.SEGMENT_HEADER__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case SegmentaPackage.SEGMENT_HEADER__SALESPERSON_CODE:
				setSalespersonCode((String)newValue);
				return;
			case SegmentaPackage.SEGMENT_HEADER__INTERACTION_TEMPLATE_CODE:
				setInteractionTemplateCode((String)newValue);
				return;
			case SegmentaPackage.SEGMENT_HEADER__INTERACTION_GROUP_CODE:
				setInteractionGroupCode((String)newValue);
				return;
			case SegmentaPackage.SEGMENT_HEADER__INFORMATION_FLOW:
				setInformationFlow((InformationFlow)newValue);
				return;
			case SegmentaPackage.SEGMENT_HEADER__INITIATED_BY:
				setInitiatedBy((InitiatedBy)newValue);
				return;
			case SegmentaPackage.SEGMENT_HEADER__CAMPAIGN_NO:
				setCampaignNo((String)newValue);
				return;
			case SegmentaPackage.SEGMENT_HEADER__CAMPAIGN_TARGET:
				setCampaignTarget((Boolean)newValue);
				return;
			case SegmentaPackage.SEGMENT_HEADER__CAMPAIGN_RESPONSE:
				setCampaignResponse((Boolean)newValue);
				return;
			case SegmentaPackage.SEGMENT_HEADER__SEND_WORD_DOCS_AS_ATTACHMENT:
				setSendWordDocsAsAttachment((Boolean)newValue);
				return;
			case SegmentaPackage.SEGMENT_HEADER__LANGUAGE_CODE_DEFAULT:
				setLanguageCodeDefault((String)newValue);
				return;
			case SegmentaPackage.SEGMENT_HEADER__SUBJECT_DEFAULT:
				setSubjectDefault((String)newValue);
				return;
			case SegmentaPackage.SEGMENT_HEADER__IGNORE_CONTACT_CORRESPONDENCE_TYPE:
				setIgnoreContactCorrespondenceType((Boolean)newValue);
				return;
			case SegmentaPackage.SEGMENT_HEADER__CORRESPONDENCE_TYPE_DEFAULT:
				setCorrespondenceTypeDefault((CorrespondenceType)newValue);
				return;
			case SegmentaPackage.SEGMENT_HEADER__UNIT_COST:
				setUnitCost((BigDecimal)newValue);
				return;
			case SegmentaPackage.SEGMENT_HEADER__UNIT_DURATION:
				setUnitDuration((Integer)newValue);
				return;
			case SegmentaPackage.SEGMENT_HEADER__MODIFIED_WORD_TEMPLATE_NO:
				setModifiedWordTemplateNo((Long)newValue);
				return;
			case SegmentaPackage.SEGMENT_HEADER__LANGUAGES:
				getLanguages().clear();
				getLanguages().addAll((Collection<? extends SegmentInteractionLanguage>)newValue);
				return;
			case SegmentaPackage.SEGMENT_HEADER__CRITERIA_LINES:
				getCriteriaLines().clear();
				getCriteriaLines().addAll((Collection<? extends SegmentCriteriaLine>)newValue);
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
			case SegmentaPackage.SEGMENT_HEADER__NO:
				setNo(NO_EDEFAULT);
				return;
			case SegmentaPackage.SEGMENT_HEADER__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case SegmentaPackage.SEGMENT_HEADER__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case SegmentaPackage.SEGMENT_HEADER__SALESPERSON_CODE:
				setSalespersonCode(SALESPERSON_CODE_EDEFAULT);
				return;
			case SegmentaPackage.SEGMENT_HEADER__INTERACTION_TEMPLATE_CODE:
				setInteractionTemplateCode(INTERACTION_TEMPLATE_CODE_EDEFAULT);
				return;
			case SegmentaPackage.SEGMENT_HEADER__INTERACTION_GROUP_CODE:
				setInteractionGroupCode(INTERACTION_GROUP_CODE_EDEFAULT);
				return;
			case SegmentaPackage.SEGMENT_HEADER__INFORMATION_FLOW:
				setInformationFlow(INFORMATION_FLOW_EDEFAULT);
				return;
			case SegmentaPackage.SEGMENT_HEADER__INITIATED_BY:
				setInitiatedBy(INITIATED_BY_EDEFAULT);
				return;
			case SegmentaPackage.SEGMENT_HEADER__CAMPAIGN_NO:
				setCampaignNo(CAMPAIGN_NO_EDEFAULT);
				return;
			case SegmentaPackage.SEGMENT_HEADER__CAMPAIGN_TARGET:
				setCampaignTarget(CAMPAIGN_TARGET_EDEFAULT);
				return;
			case SegmentaPackage.SEGMENT_HEADER__CAMPAIGN_RESPONSE:
				setCampaignResponse(CAMPAIGN_RESPONSE_EDEFAULT);
				return;
			case SegmentaPackage.SEGMENT_HEADER__SEND_WORD_DOCS_AS_ATTACHMENT:
				setSendWordDocsAsAttachment(SEND_WORD_DOCS_AS_ATTACHMENT_EDEFAULT);
				return;
			case SegmentaPackage.SEGMENT_HEADER__LANGUAGE_CODE_DEFAULT:
				setLanguageCodeDefault(LANGUAGE_CODE_DEFAULT_EDEFAULT);
				return;
			case SegmentaPackage.SEGMENT_HEADER__SUBJECT_DEFAULT:
				setSubjectDefault(SUBJECT_DEFAULT_EDEFAULT);
				return;
			case SegmentaPackage.SEGMENT_HEADER__IGNORE_CONTACT_CORRESPONDENCE_TYPE:
				setIgnoreContactCorrespondenceType(IGNORE_CONTACT_CORRESPONDENCE_TYPE_EDEFAULT);
				return;
			case SegmentaPackage.SEGMENT_HEADER__CORRESPONDENCE_TYPE_DEFAULT:
				setCorrespondenceTypeDefault(CORRESPONDENCE_TYPE_DEFAULT_EDEFAULT);
				return;
			case SegmentaPackage.SEGMENT_HEADER__UNIT_COST:
				setUnitCost(UNIT_COST_EDEFAULT);
				return;
			case SegmentaPackage.SEGMENT_HEADER__UNIT_DURATION:
				setUnitDuration(UNIT_DURATION_EDEFAULT);
				return;
			case SegmentaPackage.SEGMENT_HEADER__MODIFIED_WORD_TEMPLATE_NO:
				setModifiedWordTemplateNo(MODIFIED_WORD_TEMPLATE_NO_EDEFAULT);
				return;
			case SegmentaPackage.SEGMENT_HEADER__LANGUAGES:
				getLanguages().clear();
				return;
			case SegmentaPackage.SEGMENT_HEADER__CRITERIA_LINES:
				getCriteriaLines().clear();
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
			case SegmentaPackage.SEGMENT_HEADER__NO:
				return NO_EDEFAULT == null ? no != null : !NO_EDEFAULT.equals(no);
			case SegmentaPackage.SEGMENT_HEADER__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case SegmentaPackage.SEGMENT_HEADER__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case SegmentaPackage.SEGMENT_HEADER__SALESPERSON_CODE:
				return SALESPERSON_CODE_EDEFAULT == null ? salespersonCode != null : !SALESPERSON_CODE_EDEFAULT.equals(salespersonCode);
			case SegmentaPackage.SEGMENT_HEADER__INTERACTION_TEMPLATE_CODE:
				return INTERACTION_TEMPLATE_CODE_EDEFAULT == null ? interactionTemplateCode != null : !INTERACTION_TEMPLATE_CODE_EDEFAULT.equals(interactionTemplateCode);
			case SegmentaPackage.SEGMENT_HEADER__INTERACTION_GROUP_CODE:
				return INTERACTION_GROUP_CODE_EDEFAULT == null ? interactionGroupCode != null : !INTERACTION_GROUP_CODE_EDEFAULT.equals(interactionGroupCode);
			case SegmentaPackage.SEGMENT_HEADER__INFORMATION_FLOW:
				return informationFlow != INFORMATION_FLOW_EDEFAULT;
			case SegmentaPackage.SEGMENT_HEADER__INITIATED_BY:
				return initiatedBy != INITIATED_BY_EDEFAULT;
			case SegmentaPackage.SEGMENT_HEADER__CAMPAIGN_NO:
				return CAMPAIGN_NO_EDEFAULT == null ? campaignNo != null : !CAMPAIGN_NO_EDEFAULT.equals(campaignNo);
			case SegmentaPackage.SEGMENT_HEADER__CAMPAIGN_TARGET:
				return campaignTarget != CAMPAIGN_TARGET_EDEFAULT;
			case SegmentaPackage.SEGMENT_HEADER__CAMPAIGN_RESPONSE:
				return campaignResponse != CAMPAIGN_RESPONSE_EDEFAULT;
			case SegmentaPackage.SEGMENT_HEADER__SEND_WORD_DOCS_AS_ATTACHMENT:
				return sendWordDocsAsAttachment != SEND_WORD_DOCS_AS_ATTACHMENT_EDEFAULT;
			case SegmentaPackage.SEGMENT_HEADER__LANGUAGE_CODE_DEFAULT:
				return LANGUAGE_CODE_DEFAULT_EDEFAULT == null ? languageCodeDefault != null : !LANGUAGE_CODE_DEFAULT_EDEFAULT.equals(languageCodeDefault);
			case SegmentaPackage.SEGMENT_HEADER__SUBJECT_DEFAULT:
				return SUBJECT_DEFAULT_EDEFAULT == null ? subjectDefault != null : !SUBJECT_DEFAULT_EDEFAULT.equals(subjectDefault);
			case SegmentaPackage.SEGMENT_HEADER__IGNORE_CONTACT_CORRESPONDENCE_TYPE:
				return ignoreContactCorrespondenceType != IGNORE_CONTACT_CORRESPONDENCE_TYPE_EDEFAULT;
			case SegmentaPackage.SEGMENT_HEADER__CORRESPONDENCE_TYPE_DEFAULT:
				return correspondenceTypeDefault != CORRESPONDENCE_TYPE_DEFAULT_EDEFAULT;
			case SegmentaPackage.SEGMENT_HEADER__UNIT_COST:
				return UNIT_COST_EDEFAULT == null ? unitCost != null : !UNIT_COST_EDEFAULT.equals(unitCost);
			case SegmentaPackage.SEGMENT_HEADER__UNIT_DURATION:
				return unitDuration != UNIT_DURATION_EDEFAULT;
			case SegmentaPackage.SEGMENT_HEADER__MODIFIED_WORD_TEMPLATE_NO:
				return MODIFIED_WORD_TEMPLATE_NO_EDEFAULT == null ? modifiedWordTemplateNo != null : !MODIFIED_WORD_TEMPLATE_NO_EDEFAULT.equals(modifiedWordTemplateNo);
			case SegmentaPackage.SEGMENT_HEADER__LANGUAGES:
				return languages != null && !languages.isEmpty();
			case SegmentaPackage.SEGMENT_HEADER__CRITERIA_LINES:
				return criteriaLines != null && !criteriaLines.isEmpty();
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
		result.append(" (no: ");
		result.append(no);
		result.append(", date: ");
		result.append(date);
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
		result.append(", languageCodeDefault: ");
		result.append(languageCodeDefault);
		result.append(", subjectDefault: ");
		result.append(subjectDefault);
		result.append(", ignoreContactCorrespondenceType: ");
		result.append(ignoreContactCorrespondenceType);
		result.append(", correspondenceTypeDefault: ");
		result.append(correspondenceTypeDefault);
		result.append(", unitCost: ");
		result.append(unitCost);
		result.append(", unitDuration: ");
		result.append(unitDuration);
		result.append(", modifiedWordTemplateNo: ");
		result.append(modifiedWordTemplateNo);
		result.append(')');
		return result.toString();
	}

} //SegmentHeaderImpl
