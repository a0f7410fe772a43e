/**
 */
package org.segmenta.model;

import java.math.BigDecimal;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Segment Header</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An open segment: a worksheet of contacts whose header holds the interaction defaults each line inherits. Lines are stored apart (SegmentLine.segmentNo) so that a segment can hold hundreds of thousands. Source: NAV table 5076.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.model.SegmentHeader#getNo <em>No</em>}</li>
 *   <li>{@link org.segmenta.model.SegmentHeader#getDate <em>Date</em>}</li>
 *   <li>{@link org.segmenta.model.SegmentHeader#getDescription <em>Description</em>}</li>
 *   <li>{@link org.segmenta.model.SegmentHeader#getSalespersonCode <em>Salesperson Code</em>}</li>
 *   <li>{@link org.segmenta.model.SegmentHeader#getInteractionTemplateCode <em>Interaction Template Code</em>}</li>
 *   <li>{@link org.segmenta.model.SegmentHeader#getInteractionGroupCode <em>Interaction Group Code</em>}</li>
 *   <li>{@link org.segmenta.model.SegmentHeader#getInformationFlow <em>Information Flow</em>}</li>
 *   <li>{@link org.segmenta.model.SegmentHeader#getInitiatedBy <em>Initiated By</em>}</li>
 *   <li>{@link org.segmenta.model.SegmentHeader#getCampaignNo <em>Campaign No</em>}</li>
 *   <li>{@link org.segmenta.model.SegmentHeader#isCampaignTarget <em>Campaign Target</em>}</li>
 *   <li>{@link org.segmenta.model.SegmentHeader#isCampaignResponse <em>Campaign Response</em>}</li>
 *   <li>{@link org.segmenta.model.SegmentHeader#isSendWordDocsAsAttachment <em>Send Word Docs As Attachment</em>}</li>
 *   <li>{@link org.segmenta.model.SegmentHeader#getLanguageCodeDefault <em>Language Code Default</em>}</li>
 *   <li>{@link org.segmenta.model.SegmentHeader#getSubjectDefault <em>Subject Default</em>}</li>
 *   <li>{@link org.segmenta.model.SegmentHeader#isIgnoreContactCorrespondenceType <em>Ignore Contact Correspondence Type</em>}</li>
 *   <li>{@link org.segmenta.model.SegmentHeader#getCorrespondenceTypeDefault <em>Correspondence Type Default</em>}</li>
 *   <li>{@link org.segmenta.model.SegmentHeader#getUnitCost <em>Unit Cost</em>}</li>
 *   <li>{@link org.segmenta.model.SegmentHeader#getUnitDuration <em>Unit Duration</em>}</li>
 *   <li>{@link org.segmenta.model.SegmentHeader#getModifiedWordTemplateNo <em>Modified Word Template No</em>}</li>
 *   <li>{@link org.segmenta.model.SegmentHeader#getLanguages <em>Languages</em>}</li>
 *   <li>{@link org.segmenta.model.SegmentHeader#getCriteriaLines <em>Criteria Lines</em>}</li>
 * </ul>
 *
 * @see org.segmenta.model.SegmentaPackage#getSegmentHeader()
 * @model
 * @generated
 */
public interface SegmentHeader extends EObject {
	/**
	 * Returns the value of the '<em><b>No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Segment number from the segment number series, for example SEG00001.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>No</em>' attribute.
	 * @see #setNo(String)
	 * @see org.segmenta.model.SegmentaPackage#getSegmentHeader_No()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getNo();

	/**
	 * Sets the value of the '{@link org.segmenta.model.SegmentHeader#getNo <em>No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>No</em>' attribute.
	 * @see #getNo()
	 * @generated
	 */
	void setNo(String value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Date of the interactions; today when created.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see org.segmenta.model.SegmentaPackage#getSegmentHeader_Date()
	 * @model dataType="org.segmenta.model.LocalDate"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.segmenta.model.SegmentHeader#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Description; required to log.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.segmenta.model.SegmentaPackage#getSegmentHeader_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.segmenta.model.SegmentHeader#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Salesperson Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Salesperson.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Salesperson Code</em>' attribute.
	 * @see #setSalespersonCode(String)
	 * @see org.segmenta.model.SegmentaPackage#getSegmentHeader_SalespersonCode()
	 * @model
	 * @generated
	 */
	String getSalespersonCode();

	/**
	 * Sets the value of the '{@link org.segmenta.model.SegmentHeader#getSalespersonCode <em>Salesperson Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Salesperson Code</em>' attribute.
	 * @see #getSalespersonCode()
	 * @generated
	 */
	void setSalespersonCode(String value);

	/**
	 * Returns the value of the '<em><b>Interaction Template Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Interaction template.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Interaction Template Code</em>' attribute.
	 * @see #setInteractionTemplateCode(String)
	 * @see org.segmenta.model.SegmentaPackage#getSegmentHeader_InteractionTemplateCode()
	 * @model
	 * @generated
	 */
	String getInteractionTemplateCode();

	/**
	 * Sets the value of the '{@link org.segmenta.model.SegmentHeader#getInteractionTemplateCode <em>Interaction Template Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Interaction Template Code</em>' attribute.
	 * @see #getInteractionTemplateCode()
	 * @generated
	 */
	void setInteractionTemplateCode(String value);

	/**
	 * Returns the value of the '<em><b>Interaction Group Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Interaction group, from the template.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Interaction Group Code</em>' attribute.
	 * @see #setInteractionGroupCode(String)
	 * @see org.segmenta.model.SegmentaPackage#getSegmentHeader_InteractionGroupCode()
	 * @model
	 * @generated
	 */
	String getInteractionGroupCode();

	/**
	 * Sets the value of the '{@link org.segmenta.model.SegmentHeader#getInteractionGroupCode <em>Interaction Group Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Interaction Group Code</em>' attribute.
	 * @see #getInteractionGroupCode()
	 * @generated
	 */
	void setInteractionGroupCode(String value);

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
	 * @see org.segmenta.model.SegmentaPackage#getSegmentHeader_InformationFlow()
	 * @model
	 * @generated
	 */
	InformationFlow getInformationFlow();

	/**
	 * Sets the value of the '{@link org.segmenta.model.SegmentHeader#getInformationFlow <em>Information Flow</em>}' attribute.
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
	 * @see org.segmenta.model.SegmentaPackage#getSegmentHeader_InitiatedBy()
	 * @model
	 * @generated
	 */
	InitiatedBy getInitiatedBy();

	/**
	 * Sets the value of the '{@link org.segmenta.model.SegmentHeader#getInitiatedBy <em>Initiated By</em>}' attribute.
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
	 * Campaign.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Campaign No</em>' attribute.
	 * @see #setCampaignNo(String)
	 * @see org.segmenta.model.SegmentaPackage#getSegmentHeader_CampaignNo()
	 * @model
	 * @generated
	 */
	String getCampaignNo();

	/**
	 * Sets the value of the '{@link org.segmenta.model.SegmentHeader#getCampaignNo <em>Campaign No</em>}' attribute.
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
	 * @see org.segmenta.model.SegmentaPackage#getSegmentHeader_CampaignTarget()
	 * @model
	 * @generated
	 */
	boolean isCampaignTarget();

	/**
	 * Sets the value of the '{@link org.segmenta.model.SegmentHeader#isCampaignTarget <em>Campaign Target</em>}' attribute.
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
	 * @see org.segmenta.model.SegmentaPackage#getSegmentHeader_CampaignResponse()
	 * @model
	 * @generated
	 */
	boolean isCampaignResponse();

	/**
	 * Sets the value of the '{@link org.segmenta.model.SegmentHeader#isCampaignResponse <em>Campaign Response</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Campaign Response</em>' attribute.
	 * @see #isCampaignResponse()
	 * @generated
	 */
	void setCampaignResponse(boolean value);

	/**
	 * Returns the value of the '<em><b>Send Word Docs As Attachment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * E-mail the merged Word document as a .docx attachment rather than as the body.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Send Word Docs As Attachment</em>' attribute.
	 * @see #setSendWordDocsAsAttachment(boolean)
	 * @see org.segmenta.model.SegmentaPackage#getSegmentHeader_SendWordDocsAsAttachment()
	 * @model
	 * @generated
	 */
	boolean isSendWordDocsAsAttachment();

	/**
	 * Sets the value of the '{@link org.segmenta.model.SegmentHeader#isSendWordDocsAsAttachment <em>Send Word Docs As Attachment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Send Word Docs As Attachment</em>' attribute.
	 * @see #isSendWordDocsAsAttachment()
	 * @generated
	 */
	void setSendWordDocsAsAttachment(boolean value);

	/**
	 * Returns the value of the '<em><b>Language Code Default</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Language whose document lines use when their contact's language has none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Language Code Default</em>' attribute.
	 * @see #setLanguageCodeDefault(String)
	 * @see org.segmenta.model.SegmentaPackage#getSegmentHeader_LanguageCodeDefault()
	 * @model
	 * @generated
	 */
	String getLanguageCodeDefault();

	/**
	 * Sets the value of the '{@link org.segmenta.model.SegmentHeader#getLanguageCodeDefault <em>Language Code Default</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Language Code Default</em>' attribute.
	 * @see #getLanguageCodeDefault()
	 * @generated
	 */
	void setLanguageCodeDefault(String value);

	/**
	 * Returns the value of the '<em><b>Subject Default</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Subject of e-mails and of the Word documents.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Subject Default</em>' attribute.
	 * @see #setSubjectDefault(String)
	 * @see org.segmenta.model.SegmentaPackage#getSegmentHeader_SubjectDefault()
	 * @model
	 * @generated
	 */
	String getSubjectDefault();

	/**
	 * Sets the value of the '{@link org.segmenta.model.SegmentHeader#getSubjectDefault <em>Subject Default</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subject Default</em>' attribute.
	 * @see #getSubjectDefault()
	 * @generated
	 */
	void setSubjectDefault(String value);

	/**
	 * Returns the value of the '<em><b>Ignore Contact Correspondence Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When set, correspondenceTypeDefault wins over each contact's preferred type for new lines.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ignore Contact Correspondence Type</em>' attribute.
	 * @see #setIgnoreContactCorrespondenceType(boolean)
	 * @see org.segmenta.model.SegmentaPackage#getSegmentHeader_IgnoreContactCorrespondenceType()
	 * @model
	 * @generated
	 */
	boolean isIgnoreContactCorrespondenceType();

	/**
	 * Sets the value of the '{@link org.segmenta.model.SegmentHeader#isIgnoreContactCorrespondenceType <em>Ignore Contact Correspondence Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ignore Contact Correspondence Type</em>' attribute.
	 * @see #isIgnoreContactCorrespondenceType()
	 * @generated
	 */
	void setIgnoreContactCorrespondenceType(boolean value);

	/**
	 * Returns the value of the '<em><b>Correspondence Type Default</b></em>' attribute.
	 * The literals are from the enumeration {@link org.segmenta.model.CorrespondenceType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Correspondence type for the lines.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Correspondence Type Default</em>' attribute.
	 * @see org.segmenta.model.CorrespondenceType
	 * @see #setCorrespondenceTypeDefault(CorrespondenceType)
	 * @see org.segmenta.model.SegmentaPackage#getSegmentHeader_CorrespondenceTypeDefault()
	 * @model
	 * @generated
	 */
	CorrespondenceType getCorrespondenceTypeDefault();

	/**
	 * Sets the value of the '{@link org.segmenta.model.SegmentHeader#getCorrespondenceTypeDefault <em>Correspondence Type Default</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Correspondence Type Default</em>' attribute.
	 * @see org.segmenta.model.CorrespondenceType
	 * @see #getCorrespondenceTypeDefault()
	 * @generated
	 */
	void setCorrespondenceTypeDefault(CorrespondenceType value);

	/**
	 * Returns the value of the '<em><b>Unit Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cost per interaction in local currency, >= 0; lines copy it to their cost.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unit Cost</em>' attribute.
	 * @see #setUnitCost(BigDecimal)
	 * @see org.segmenta.model.SegmentaPackage#getSegmentHeader_UnitCost()
	 * @model
	 * @generated
	 */
	BigDecimal getUnitCost();

	/**
	 * Sets the value of the '{@link org.segmenta.model.SegmentHeader#getUnitCost <em>Unit Cost</em>}' attribute.
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
	 * Duration per interaction in minutes, >= 0; lines copy it to their duration.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unit Duration</em>' attribute.
	 * @see #setUnitDuration(int)
	 * @see org.segmenta.model.SegmentaPackage#getSegmentHeader_UnitDuration()
	 * @model
	 * @generated
	 */
	int getUnitDuration();

	/**
	 * Sets the value of the '{@link org.segmenta.model.SegmentHeader#getUnitDuration <em>Unit Duration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit Duration</em>' attribute.
	 * @see #getUnitDuration()
	 * @generated
	 */
	void setUnitDuration(int value);

	/**
	 * Returns the value of the '<em><b>Modified Word Template No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A segment-specific edited copy of the Word template (an Attachment), or null.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Modified Word Template No</em>' attribute.
	 * @see #setModifiedWordTemplateNo(Long)
	 * @see org.segmenta.model.SegmentaPackage#getSegmentHeader_ModifiedWordTemplateNo()
	 * @model
	 * @generated
	 */
	Long getModifiedWordTemplateNo();

	/**
	 * Sets the value of the '{@link org.segmenta.model.SegmentHeader#getModifiedWordTemplateNo <em>Modified Word Template No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Modified Word Template No</em>' attribute.
	 * @see #getModifiedWordTemplateNo()
	 * @generated
	 */
	void setModifiedWordTemplateNo(Long value);

	/**
	 * Returns the value of the '<em><b>Languages</b></em>' containment reference list.
	 * The list contents are of type {@link org.segmenta.model.SegmentInteractionLanguage}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Header-level documents per language, copied from the template.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Languages</em>' containment reference list.
	 * @see org.segmenta.model.SegmentaPackage#getSegmentHeader_Languages()
	 * @model containment="true"
	 * @generated
	 */
	EList<SegmentInteractionLanguage> getLanguages();

	/**
	 * Returns the value of the '<em><b>Criteria Lines</b></em>' containment reference list.
	 * The list contents are of type {@link org.segmenta.model.SegmentCriteriaLine}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The steps that built the segment, in order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Criteria Lines</em>' containment reference list.
	 * @see org.segmenta.model.SegmentaPackage#getSegmentHeader_CriteriaLines()
	 * @model containment="true"
	 * @generated
	 */
	EList<SegmentCriteriaLine> getCriteriaLines();

} // SegmentHeader
