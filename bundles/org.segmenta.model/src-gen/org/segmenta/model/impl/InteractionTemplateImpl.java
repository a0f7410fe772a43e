/**
 */
package org.segmenta.model.impl;

import java.math.BigDecimal;

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
import org.segmenta.model.InteractionTemplate;
import org.segmenta.model.InteractionTemplateLanguage;
import org.segmenta.model.SegmentaPackage;
import org.segmenta.model.WizardAction;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Interaction Template</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.model.impl.InteractionTemplateImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.segmenta.model.impl.InteractionTemplateImpl#getInteractionGroupCode <em>Interaction Group Code</em>}</li>
 *   <li>{@link org.segmenta.model.impl.InteractionTemplateImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.segmenta.model.impl.InteractionTemplateImpl#getUnitCost <em>Unit Cost</em>}</li>
 *   <li>{@link org.segmenta.model.impl.InteractionTemplateImpl#getUnitDuration <em>Unit Duration</em>}</li>
 *   <li>{@link org.segmenta.model.impl.InteractionTemplateImpl#getInformationFlow <em>Information Flow</em>}</li>
 *   <li>{@link org.segmenta.model.impl.InteractionTemplateImpl#getInitiatedBy <em>Initiated By</em>}</li>
 *   <li>{@link org.segmenta.model.impl.InteractionTemplateImpl#getCampaignNo <em>Campaign No</em>}</li>
 *   <li>{@link org.segmenta.model.impl.InteractionTemplateImpl#isCampaignTarget <em>Campaign Target</em>}</li>
 *   <li>{@link org.segmenta.model.impl.InteractionTemplateImpl#isCampaignResponse <em>Campaign Response</em>}</li>
 *   <li>{@link org.segmenta.model.impl.InteractionTemplateImpl#getCorrespondenceType <em>Correspondence Type</em>}</li>
 *   <li>{@link org.segmenta.model.impl.InteractionTemplateImpl#isIgnoreContactCorrespondenceType <em>Ignore Contact Correspondence Type</em>}</li>
 *   <li>{@link org.segmenta.model.impl.InteractionTemplateImpl#getLanguageCodeDefault <em>Language Code Default</em>}</li>
 *   <li>{@link org.segmenta.model.impl.InteractionTemplateImpl#getWizardAction <em>Wizard Action</em>}</li>
 *   <li>{@link org.segmenta.model.impl.InteractionTemplateImpl#getLanguages <em>Languages</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InteractionTemplateImpl extends MinimalEObjectImpl.Container implements InteractionTemplate {
	/**
	 * The default value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected static final String CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected String code = CODE_EDEFAULT;

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
	 * The default value of the '{@link #getCorrespondenceType() <em>Correspondence Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCorrespondenceType()
	 * @generated
	 * @ordered
	 */
	protected static final CorrespondenceType CORRESPONDENCE_TYPE_EDEFAULT = CorrespondenceType.EMAIL;

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
	 * The default value of the '{@link #getWizardAction() <em>Wizard Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWizardAction()
	 * @generated
	 * @ordered
	 */
	protected static final WizardAction WIZARD_ACTION_EDEFAULT = WizardAction.NONE;

	/**
	 * The cached value of the '{@link #getWizardAction() <em>Wizard Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWizardAction()
	 * @generated
	 * @ordered
	 */
	protected WizardAction wizardAction = WIZARD_ACTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLanguages() <em>Languages</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguages()
	 * @generated
	 * @ordered
	 */
	protected EList<InteractionTemplateLanguage> languages;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InteractionTemplateImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SegmentaPackage.Literals.INTERACTION_TEMPLATE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCode() {
		return code;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCode(String newCode) {
		String oldCode = code;
		code = newCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.INTERACTION_TEMPLATE__CODE, oldCode, code));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.INTERACTION_TEMPLATE__INTERACTION_GROUP_CODE, oldInteractionGroupCode, interactionGroupCode));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.INTERACTION_TEMPLATE__DESCRIPTION, oldDescription, description));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.INTERACTION_TEMPLATE__UNIT_COST, oldUnitCost, unitCost));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.INTERACTION_TEMPLATE__UNIT_DURATION, oldUnitDuration, unitDuration));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.INTERACTION_TEMPLATE__INFORMATION_FLOW, oldInformationFlow, informationFlow));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.INTERACTION_TEMPLATE__INITIATED_BY, oldInitiatedBy, initiatedBy));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.INTERACTION_TEMPLATE__CAMPAIGN_NO, oldCampaignNo, campaignNo));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.INTERACTION_TEMPLATE__CAMPAIGN_TARGET, oldCampaignTarget, campaignTarget));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.INTERACTION_TEMPLATE__CAMPAIGN_RESPONSE, oldCampaignResponse, campaignResponse));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.INTERACTION_TEMPLATE__CORRESPONDENCE_TYPE, oldCorrespondenceType, correspondenceType));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.INTERACTION_TEMPLATE__IGNORE_CONTACT_CORRESPONDENCE_TYPE, oldIgnoreContactCorrespondenceType, ignoreContactCorrespondenceType));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.INTERACTION_TEMPLATE__LANGUAGE_CODE_DEFAULT, oldLanguageCodeDefault, languageCodeDefault));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WizardAction getWizardAction() {
		return wizardAction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWizardAction(WizardAction newWizardAction) {
		WizardAction oldWizardAction = wizardAction;
		wizardAction = newWizardAction == null ? WIZARD_ACTION_EDEFAULT : newWizardAction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.INTERACTION_TEMPLATE__WIZARD_ACTION, oldWizardAction, wizardAction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<InteractionTemplateLanguage> getLanguages() {
		if (languages == null) {
			languages = new EObjectContainmentEList<InteractionTemplateLanguage>(InteractionTemplateLanguage.class, this, SegmentaPackage.INTERACTION_TEMPLATE__LANGUAGES);
		}
		return languages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SegmentaPackage.INTERACTION_TEMPLATE__LANGUAGES:
				return ((InternalEList<?>)getLanguages()).basicRemove(otherEnd, msgs);
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
			case SegmentaPackage.INTERACTION_TEMPLATE__CODE:
				return getCode();
			case SegmentaPackage.INTERACTION_TEMPLATE__INTERACTION_GROUP_CODE:
				return getInteractionGroupCode();
			case SegmentaPackage.INTERACTION_TEMPLATE__DESCRIPTION:
				return getDescription();
			case SegmentaPackage.INTERACTION_TEMPLATE__UNIT_COST:
				return getUnitCost();
			case SegmentaPackage.INTERACTION_TEMPLATE__UNIT_DURATION:
				return getUnitDuration();
			case SegmentaPackage.INTERACTION_TEMPLATE__INFORMATION_FLOW:
				return getInformationFlow();
			case SegmentaPackage.INTERACTION_TEMPLATE__INITIATED_BY:
				return getInitiatedBy();
			case SegmentaPackage.INTERACTION_TEMPLATE__CAMPAIGN_NO:
				return getCampaignNo();
			case SegmentaPackage.INTERACTION_TEMPLATE__CAMPAIGN_TARGET:
				return isCampaignTarget();
			case SegmentaPackage.INTERACTION_TEMPLATE__CAMPAIGN_RESPONSE:
				return isCampaignResponse();
			case SegmentaPackage.INTERACTION_TEMPLATE__CORRESPONDENCE_TYPE:
				return getCorrespondenceType();
			case SegmentaPackage.INTERACTION_TEMPLATE__IGNORE_CONTACT_CORRESPONDENCE_TYPE:
				return isIgnoreContactCorrespondenceType();
			case SegmentaPackage.INTERACTION_TEMPLATE__LANGUAGE_CODE_DEFAULT:
				return getLanguageCodeDefault();
			case SegmentaPackage.INTERACTION_TEMPLATE__WIZARD_ACTION:
				return getWizardAction();
			case SegmentaPackage.INTERACTION_TEMPLATE__LANGUAGES:
				return getLanguages();
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
			case SegmentaPackage.INTERACTION_TEMPLATE__CODE:
				setCode((String)newValue);
				return;
			case SegmentaPackage.INTERACTION_TEMPLATE__INTERACTION_GROUP_CODE:
				setInteractionGroupCode((String)newValue);
				return;
			case SegmentaPackage.INTERACTION_TEMPLATE__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case SegmentaPackage.INTERACTION_TEMPLATE__UNIT_COST:
				setUnitCost((BigDecimal)newValue);
				return;
			case SegmentaPackage.INTERACTION_TEMPLATE__UNIT_DURATION:
				setUnitDuration((Integer)newValue);
				return;
			case SegmentaPackage.INTERACTION_TEMPLATE__INFORMATION_FLOW:
				setInformationFlow((InformationFlow)newValue);
				return;
			case SegmentaPackage.INTERACTION_TEMPLATE__INITIATED_BY:
				setInitiatedBy((InitiatedBy)newValue);
				return;
			case SegmentaPackage.INTERACTION_TEMPLATE__CAMPAIGN_NO:
				setCampaignNo((String)newValue);
				return;
			case SegmentaPackage.INTERACTION_TEMPLATE__CAMPAIGN_TARGET:
				setCampaignTarget((Boolean)newValue);
				return;
			case SegmentaPackage.INTERACTION_TEMPLATE__CAMPAIGN_RESPONSE:
				setCampaignResponse((Boolean)newValue);
				return;
			case SegmentaPackage.INTERACTION_TEMPLATE__CORRESPONDENCE_TYPE:
				setCorrespondenceType((CorrespondenceType)newValue);
				return;
			case SegmentaPackage.INTERACTION_TEMPLATE__IGNORE_CONTACT_CORRESPONDENCE_TYPE:
				setIgnoreContactCorrespondenceType((Boolean)newValue);
				return;
			case SegmentaPackage.INTERACTION_TEMPLATE__LANGUAGE_CODE_DEFAULT:
				setLanguageCodeDefault((String)newValue);
				return;
			case SegmentaPackage.INTERACTION_TEMPLATE__WIZARD_ACTION:
				setWizardAction((WizardAction)newValue);
				return;
			case SegmentaPackage.INTERACTION_TEMPLATE__LANGUAGES:
				getLanguages().clear();
				getLanguages().addAll((Collection<? extends InteractionTemplateLanguage>)newValue);
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
			case SegmentaPackage.INTERACTION_TEMPLATE__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case SegmentaPackage.INTERACTION_TEMPLATE__INTERACTION_GROUP_CODE:
				setInteractionGroupCode(INTERACTION_GROUP_CODE_EDEFAULT);
				return;
			case SegmentaPackage.INTERACTION_TEMPLATE__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case SegmentaPackage.INTERACTION_TEMPLATE__UNIT_COST:
				setUnitCost(UNIT_COST_EDEFAULT);
				return;
			case SegmentaPackage.INTERACTION_TEMPLATE__UNIT_DURATION:
				setUnitDuration(UNIT_DURATION_EDEFAULT);
				return;
			case SegmentaPackage.INTERACTION_TEMPLATE__INFORMATION_FLOW:
				setInformationFlow(INFORMATION_FLOW_EDEFAULT);
				return;
			case SegmentaPackage.INTERACTION_TEMPLATE__INITIATED_BY:
				setInitiatedBy(INITIATED_BY_EDEFAULT);
				return;
			case SegmentaPackage.INTERACTION_TEMPLATE__CAMPAIGN_NO:
				setCampaignNo(CAMPAIGN_NO_EDEFAULT);
				return;
			case SegmentaPackage.INTERACTION_TEMPLATE__CAMPAIGN_TARGET:
				setCampaignTarget(CAMPAIGN_TARGET_EDEFAULT);
				return;
			case SegmentaPackage.INTERACTION_TEMPLATE__CAMPAIGN_RESPONSE:
				setCampaignResponse(CAMPAIGN_RESPONSE_EDEFAULT);
				return;
			case SegmentaPackage.INTERACTION_TEMPLATE__CORRESPONDENCE_TYPE:
				setCorrespondenceType(CORRESPONDENCE_TYPE_EDEFAULT);
				return;
			case SegmentaPackage.INTERACTION_TEMPLATE__IGNORE_CONTACT_CORRESPONDENCE_TYPE:
				setIgnoreContactCorrespondenceType(IGNORE_CONTACT_CORRESPONDENCE_TYPE_EDEFAULT);
				return;
			case SegmentaPackage.INTERACTION_TEMPLATE__LANGUAGE_CODE_DEFAULT:
				setLanguageCodeDefault(LANGUAGE_CODE_DEFAULT_EDEFAULT);
				return;
			case SegmentaPackage.INTERACTION_TEMPLATE__WIZARD_ACTION:
				setWizardAction(WIZARD_ACTION_EDEFAULT);
				return;
			case SegmentaPackage.INTERACTION_TEMPLATE__LANGUAGES:
				getLanguages().clear();
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
			case SegmentaPackage.INTERACTION_TEMPLATE__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case SegmentaPackage.INTERACTION_TEMPLATE__INTERACTION_GROUP_CODE:
				return INTERACTION_GROUP_CODE_EDEFAULT == null ? interactionGroupCode != null : !INTERACTION_GROUP_CODE_EDEFAULT.equals(interactionGroupCode);
			case SegmentaPackage.INTERACTION_TEMPLATE__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case SegmentaPackage.INTERACTION_TEMPLATE__UNIT_COST:
				return UNIT_COST_EDEFAULT == null ? unitCost != null : !UNIT_COST_EDEFAULT.equals(unitCost);
			case SegmentaPackage.INTERACTION_TEMPLATE__UNIT_DURATION:
				return unitDuration != UNIT_DURATION_EDEFAULT;
			case SegmentaPackage.INTERACTION_TEMPLATE__INFORMATION_FLOW:
				return informationFlow != INFORMATION_FLOW_EDEFAULT;
			case SegmentaPackage.INTERACTION_TEMPLATE__INITIATED_BY:
				return initiatedBy != INITIATED_BY_EDEFAULT;
			case SegmentaPackage.INTERACTION_TEMPLATE__CAMPAIGN_NO:
				return CAMPAIGN_NO_EDEFAULT == null ? campaignNo != null : !CAMPAIGN_NO_EDEFAULT.equals(campaignNo);
			case SegmentaPackage.INTERACTION_TEMPLATE__CAMPAIGN_TARGET:
				return campaignTarget != CAMPAIGN_TARGET_EDEFAULT;
			case SegmentaPackage.INTERACTION_TEMPLATE__CAMPAIGN_RESPONSE:
				return campaignResponse != CAMPAIGN_RESPONSE_EDEFAULT;
			case SegmentaPackage.INTERACTION_TEMPLATE__CORRESPONDENCE_TYPE:
				return correspondenceType != CORRESPONDENCE_TYPE_EDEFAULT;
			case SegmentaPackage.INTERACTION_TEMPLATE__IGNORE_CONTACT_CORRESPONDENCE_TYPE:
				return ignoreContactCorrespondenceType != IGNORE_CONTACT_CORRESPONDENCE_TYPE_EDEFAULT;
			case SegmentaPackage.INTERACTION_TEMPLATE__LANGUAGE_CODE_DEFAULT:
				return LANGUAGE_CODE_DEFAULT_EDEFAULT == null ? languageCodeDefault != null : !LANGUAGE_CODE_DEFAULT_EDEFAULT.equals(languageCodeDefault);
			case SegmentaPackage.INTERACTION_TEMPLATE__WIZARD_ACTION:
				return wizardAction != WIZARD_ACTION_EDEFAULT;
			case SegmentaPackage.INTERACTION_TEMPLATE__LANGUAGES:
				return languages != null && !languages.isEmpty();
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
		result.append(" (code: ");
		result.append(code);
		result.append(", interactionGroupCode: ");
		result.append(interactionGroupCode);
		result.append(", description: ");
		result.append(description);
		result.append(", unitCost: ");
		result.append(unitCost);
		result.append(", unitDuration: ");
		result.append(unitDuration);
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
		result.append(", correspondenceType: ");
		result.append(correspondenceType);
		result.append(", ignoreContactCorrespondenceType: ");
		result.append(ignoreContactCorrespondenceType);
		result.append(", languageCodeDefault: ");
		result.append(languageCodeDefault);
		result.append(", wizardAction: ");
		result.append(wizardAction);
		result.append(')');
		return result.toString();
	}

} //InteractionTemplateImpl
