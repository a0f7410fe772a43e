/**
 */
package org.segmenta.model;

import java.math.BigDecimal;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Interaction Template</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The defaults of a kind of interaction, for example a letter or a phone call. Source: NAV table 5064.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.model.InteractionTemplate#getCode <em>Code</em>}</li>
 *   <li>{@link org.segmenta.model.InteractionTemplate#getInteractionGroupCode <em>Interaction Group Code</em>}</li>
 *   <li>{@link org.segmenta.model.InteractionTemplate#getDescription <em>Description</em>}</li>
 *   <li>{@link org.segmenta.model.InteractionTemplate#getUnitCost <em>Unit Cost</em>}</li>
 *   <li>{@link org.segmenta.model.InteractionTemplate#getUnitDuration <em>Unit Duration</em>}</li>
 *   <li>{@link org.segmenta.model.InteractionTemplate#getInformationFlow <em>Information Flow</em>}</li>
 *   <li>{@link org.segmenta.model.InteractionTemplate#getInitiatedBy <em>Initiated By</em>}</li>
 *   <li>{@link org.segmenta.model.InteractionTemplate#getCampaignNo <em>Campaign No</em>}</li>
 *   <li>{@link org.segmenta.model.InteractionTemplate#isCampaignTarget <em>Campaign Target</em>}</li>
 *   <li>{@link org.segmenta.model.InteractionTemplate#isCampaignResponse <em>Campaign Response</em>}</li>
 *   <li>{@link org.segmenta.model.InteractionTemplate#getCorrespondenceType <em>Correspondence Type</em>}</li>
 *   <li>{@link org.segmenta.model.InteractionTemplate#isIgnoreContactCorrespondenceType <em>Ignore Contact Correspondence Type</em>}</li>
 *   <li>{@link org.segmenta.model.InteractionTemplate#getLanguageCodeDefault <em>Language Code Default</em>}</li>
 *   <li>{@link org.segmenta.model.InteractionTemplate#getWizardAction <em>Wizard Action</em>}</li>
 *   <li>{@link org.segmenta.model.InteractionTemplate#getLanguages <em>Languages</em>}</li>
 * </ul>
 *
 * @see org.segmenta.model.SegmentaPackage#getInteractionTemplate()
 * @model
 * @generated
 */
public interface InteractionTemplate extends EObject {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unique code.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.segmenta.model.SegmentaPackage#getInteractionTemplate_Code()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.segmenta.model.InteractionTemplate#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Interaction Group Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The interaction group.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Interaction Group Code</em>' attribute.
	 * @see #setInteractionGroupCode(String)
	 * @see org.segmenta.model.SegmentaPackage#getInteractionTemplate_InteractionGroupCode()
	 * @model required="true"
	 * @generated
	 */
	String getInteractionGroupCode();

	/**
	 * Sets the value of the '{@link org.segmenta.model.InteractionTemplate#getInteractionGroupCode <em>Interaction Group Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Interaction Group Code</em>' attribute.
	 * @see #getInteractionGroupCode()
	 * @generated
	 */
	void setInteractionGroupCode(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Description.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.segmenta.model.SegmentaPackage#getInteractionTemplate_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.segmenta.model.InteractionTemplate#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Unit Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cost of one interaction, in local currency, >= 0.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unit Cost</em>' attribute.
	 * @see #setUnitCost(BigDecimal)
	 * @see org.segmenta.model.SegmentaPackage#getInteractionTemplate_UnitCost()
	 * @model
	 * @generated
	 */
	BigDecimal getUnitCost();

	/**
	 * Sets the value of the '{@link org.segmenta.model.InteractionTemplate#getUnitCost <em>Unit Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit Cost</em>' attribute.
	 * @see #getUnitCost()
	 * @generated
	 */
	void setUnitCost(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Unit Duration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Duration of one interaction, in minutes, >= 0.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unit Duration</em>' attribute.
	 * @see #setUnitDuration(int)
	 * @see org.segmenta.model.SegmentaPackage#getInteractionTemplate_UnitDuration()
	 * @model
	 * @generated
	 */
	int getUnitDuration();

	/**
	 * Sets the value of the '{@link org.segmenta.model.InteractionTemplate#getUnitDuration <em>Unit Duration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit Duration</em>' attribute.
	 * @see #getUnitDuration()
	 * @generated
	 */
	void setUnitDuration(int value);

	/**
	 * Returns the value of the '<em><b>Information Flow</b></em>' attribute.
	 * The literals are from the enumeration {@link org.segmenta.model.InformationFlow}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Outbound or inbound.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Information Flow</em>' attribute.
	 * @see org.segmenta.model.InformationFlow
	 * @see #setInformationFlow(InformationFlow)
	 * @see org.segmenta.model.SegmentaPackage#getInteractionTemplate_InformationFlow()
	 * @model
	 * @generated
	 */
	InformationFlow getInformationFlow();

	/**
	 * Sets the value of the '{@link org.segmenta.model.InteractionTemplate#getInformationFlow <em>Information Flow</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Information Flow</em>' attribute.
	 * @see org.segmenta.model.InformationFlow
	 * @see #getInformationFlow()
	 * @generated
	 */
	void setInformationFlow(InformationFlow value);

	/**
	 * Returns the value of the '<em><b>Initiated By</b></em>' attribute.
	 * The literals are from the enumeration {@link org.segmenta.model.InitiatedBy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Us or them.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Initiated By</em>' attribute.
	 * @see org.segmenta.model.InitiatedBy
	 * @see #setInitiatedBy(InitiatedBy)
	 * @see org.segmenta.model.SegmentaPackage#getInteractionTemplate_InitiatedBy()
	 * @model
	 * @generated
	 */
	InitiatedBy getInitiatedBy();

	/**
	 * Sets the value of the '{@link org.segmenta.model.InteractionTemplate#getInitiatedBy <em>Initiated By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Initiated By</em>' attribute.
	 * @see org.segmenta.model.InitiatedBy
	 * @see #getInitiatedBy()
	 * @generated
	 */
	void setInitiatedBy(InitiatedBy value);

	/**
	 * Returns the value of the '<em><b>Campaign No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Campaign the interactions belong to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Campaign No</em>' attribute.
	 * @see #setCampaignNo(String)
	 * @see org.segmenta.model.SegmentaPackage#getInteractionTemplate_CampaignNo()
	 * @model
	 * @generated
	 */
	String getCampaignNo();

	/**
	 * Sets the value of the '{@link org.segmenta.model.InteractionTemplate#getCampaignNo <em>Campaign No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Campaign No</em>' attribute.
	 * @see #getCampaignNo()
	 * @generated
	 */
	void setCampaignNo(String value);

	/**
	 * Returns the value of the '<em><b>Campaign Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Contacts become campaign targets.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Campaign Target</em>' attribute.
	 * @see #setCampaignTarget(boolean)
	 * @see org.segmenta.model.SegmentaPackage#getInteractionTemplate_CampaignTarget()
	 * @model
	 * @generated
	 */
	boolean isCampaignTarget();

	/**
	 * Sets the value of the '{@link org.segmenta.model.InteractionTemplate#isCampaignTarget <em>Campaign Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Campaign Target</em>' attribute.
	 * @see #isCampaignTarget()
	 * @generated
	 */
	void setCampaignTarget(boolean value);

	/**
	 * Returns the value of the '<em><b>Campaign Response</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Interactions are campaign responses.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Campaign Response</em>' attribute.
	 * @see #setCampaignResponse(boolean)
	 * @see org.segmenta.model.SegmentaPackage#getInteractionTemplate_CampaignResponse()
	 * @model
	 * @generated
	 */
	boolean isCampaignResponse();

	/**
	 * Sets the value of the '{@link org.segmenta.model.InteractionTemplate#isCampaignResponse <em>Campaign Response</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Campaign Response</em>' attribute.
	 * @see #isCampaignResponse()
	 * @generated
	 */
	void setCampaignResponse(boolean value);

	/**
	 * Returns the value of the '<em><b>Correspondence Type</b></em>' attribute.
	 * The default value is <code>"Email"</code>.
	 * The literals are from the enumeration {@link org.segmenta.model.CorrespondenceType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Default correspondence type (Correspondence Type (Default)); Email when new.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Correspondence Type</em>' attribute.
	 * @see org.segmenta.model.CorrespondenceType
	 * @see #setCorrespondenceType(CorrespondenceType)
	 * @see org.segmenta.model.SegmentaPackage#getInteractionTemplate_CorrespondenceType()
	 * @model default="Email"
	 * @generated
	 */
	CorrespondenceType getCorrespondenceType();

	/**
	 * Sets the value of the '{@link org.segmenta.model.InteractionTemplate#getCorrespondenceType <em>Correspondence Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Correspondence Type</em>' attribute.
	 * @see org.segmenta.model.CorrespondenceType
	 * @see #getCorrespondenceType()
	 * @generated
	 */
	void setCorrespondenceType(CorrespondenceType value);

	/**
	 * Returns the value of the '<em><b>Ignore Contact Correspondence Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When set, this template's correspondence type wins over the contact's preferred one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ignore Contact Correspondence Type</em>' attribute.
	 * @see #setIgnoreContactCorrespondenceType(boolean)
	 * @see org.segmenta.model.SegmentaPackage#getInteractionTemplate_IgnoreContactCorrespondenceType()
	 * @model
	 * @generated
	 */
	boolean isIgnoreContactCorrespondenceType();

	/**
	 * Sets the value of the '{@link org.segmenta.model.InteractionTemplate#isIgnoreContactCorrespondenceType <em>Ignore Contact Correspondence Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ignore Contact Correspondence Type</em>' attribute.
	 * @see #isIgnoreContactCorrespondenceType()
	 * @generated
	 */
	void setIgnoreContactCorrespondenceType(boolean value);

	/**
	 * Returns the value of the '<em><b>Language Code Default</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The language whose document is used when the contact's language has none; a language row must exist for it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Language Code Default</em>' attribute.
	 * @see #setLanguageCodeDefault(String)
	 * @see org.segmenta.model.SegmentaPackage#getInteractionTemplate_LanguageCodeDefault()
	 * @model
	 * @generated
	 */
	String getLanguageCodeDefault();

	/**
	 * Sets the value of the '{@link org.segmenta.model.InteractionTemplate#getLanguageCodeDefault <em>Language Code Default</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Language Code Default</em>' attribute.
	 * @see #getLanguageCodeDefault()
	 * @generated
	 */
	void setLanguageCodeDefault(String value);

	/**
	 * Returns the value of the '<em><b>Wizard Action</b></em>' attribute.
	 * The literals are from the enumeration {@link org.segmenta.model.WizardAction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What happens to the document when an interaction is created.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Wizard Action</em>' attribute.
	 * @see org.segmenta.model.WizardAction
	 * @see #setWizardAction(WizardAction)
	 * @see org.segmenta.model.SegmentaPackage#getInteractionTemplate_WizardAction()
	 * @model
	 * @generated
	 */
	WizardAction getWizardAction();

	/**
	 * Sets the value of the '{@link org.segmenta.model.InteractionTemplate#getWizardAction <em>Wizard Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Wizard Action</em>' attribute.
	 * @see org.segmenta.model.WizardAction
	 * @see #getWizardAction()
	 * @generated
	 */
	void setWizardAction(WizardAction value);

	/**
	 * Returns the value of the '<em><b>Languages</b></em>' containment reference list.
	 * The list contents are of type {@link org.segmenta.model.InteractionTemplateLanguage}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The document per language.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Languages</em>' containment reference list.
	 * @see org.segmenta.model.SegmentaPackage#getInteractionTemplate_Languages()
	 * @model containment="true"
	 * @generated
	 */
	EList<InteractionTemplateLanguage> getLanguages();

} // InteractionTemplate
