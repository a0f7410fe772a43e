/**
 */
package org.segmenta.model;

import java.math.BigDecimal;

import java.time.LocalDate;
import java.time.LocalTime;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Segment Line</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One contact in a segment with the interaction it will get. Every field starts from the header and may be overridden. Source: NAV table 5077.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.model.SegmentLine#getSegmentNo <em>Segment No</em>}</li>
 *   <li>{@link org.segmenta.model.SegmentLine#getLineNo <em>Line No</em>}</li>
 *   <li>{@link org.segmenta.model.SegmentLine#getContactNo <em>Contact No</em>}</li>
 *   <li>{@link org.segmenta.model.SegmentLine#getContactCompanyNo <em>Contact Company No</em>}</li>
 *   <li>{@link org.segmenta.model.SegmentLine#getDate <em>Date</em>}</li>
 *   <li>{@link org.segmenta.model.SegmentLine#getTimeOfInteraction <em>Time Of Interaction</em>}</li>
 *   <li>{@link org.segmenta.model.SegmentLine#getDescription <em>Description</em>}</li>
 *   <li>{@link org.segmenta.model.SegmentLine#getSalespersonCode <em>Salesperson Code</em>}</li>
 *   <li>{@link org.segmenta.model.SegmentLine#getInteractionTemplateCode <em>Interaction Template Code</em>}</li>
 *   <li>{@link org.segmenta.model.SegmentLine#getInteractionGroupCode <em>Interaction Group Code</em>}</li>
 *   <li>{@link org.segmenta.model.SegmentLine#getInformationFlow <em>Information Flow</em>}</li>
 *   <li>{@link org.segmenta.model.SegmentLine#getInitiatedBy <em>Initiated By</em>}</li>
 *   <li>{@link org.segmenta.model.SegmentLine#getCampaignNo <em>Campaign No</em>}</li>
 *   <li>{@link org.segmenta.model.SegmentLine#isCampaignTarget <em>Campaign Target</em>}</li>
 *   <li>{@link org.segmenta.model.SegmentLine#isCampaignResponse <em>Campaign Response</em>}</li>
 *   <li>{@link org.segmenta.model.SegmentLine#isSendWordDocsAsAttachment <em>Send Word Docs As Attachment</em>}</li>
 *   <li>{@link org.segmenta.model.SegmentLine#getCorrespondenceType <em>Correspondence Type</em>}</li>
 *   <li>{@link org.segmenta.model.SegmentLine#getLanguageCode <em>Language Code</em>}</li>
 *   <li>{@link org.segmenta.model.SegmentLine#getSubject <em>Subject</em>}</li>
 *   <li>{@link org.segmenta.model.SegmentLine#getEvaluation <em>Evaluation</em>}</li>
 *   <li>{@link org.segmenta.model.SegmentLine#getCost <em>Cost</em>}</li>
 *   <li>{@link org.segmenta.model.SegmentLine#getDuration <em>Duration</em>}</li>
 *   <li>{@link org.segmenta.model.SegmentLine#getAttachmentNo <em>Attachment No</em>}</li>
 *   <li>{@link org.segmenta.model.SegmentLine#isAttachmentInherited <em>Attachment Inherited</em>}</li>
 *   <li>{@link org.segmenta.model.SegmentLine#getWordTemplateNo <em>Word Template No</em>}</li>
 *   <li>{@link org.segmenta.model.SegmentLine#isMerged <em>Merged</em>}</li>
 *   <li>{@link org.segmenta.model.SegmentLine#isAttemptFailed <em>Attempt Failed</em>}</li>
 *   <li>{@link org.segmenta.model.SegmentLine#getStepNo <em>Step No</em>}</li>
 *   <li>{@link org.segmenta.model.SegmentLine#getStepKind <em>Step Kind</em>}</li>
 *   <li>{@link org.segmenta.model.SegmentLine#getReusedLoggedSegmentEntryNo <em>Reused Logged Segment Entry No</em>}</li>
 *   <li>{@link org.segmenta.model.SegmentLine#getPersonalNote <em>Personal Note</em>}</li>
 * </ul>
 *
 * @see org.segmenta.model.SegmentaPackage#getSegmentLine()
 * @model
 * @generated
 */
public interface SegmentLine extends EObject {
	/**
	 * Returns the value of the '<em><b>Segment No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The segment.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Segment No</em>' attribute.
	 * @see #setSegmentNo(String)
	 * @see org.segmenta.model.SegmentaPackage#getSegmentLine_SegmentNo()
	 * @model required="true"
	 * @generated
	 */
	String getSegmentNo();

	/**
	 * Sets the value of the '{@link org.segmenta.model.SegmentLine#getSegmentNo <em>Segment No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Segment No</em>' attribute.
	 * @see #getSegmentNo()
	 * @generated
	 */
	void setSegmentNo(String value);

	/**
	 * Returns the value of the '<em><b>Line No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Line number, unique in the segment; new lines are appended.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Line No</em>' attribute.
	 * @see #setLineNo(int)
	 * @see org.segmenta.model.SegmentaPackage#getSegmentLine_LineNo()
	 * @model required="true"
	 * @generated
	 */
	int getLineNo();

	/**
	 * Sets the value of the '{@link org.segmenta.model.SegmentLine#getLineNo <em>Line No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Line No</em>' attribute.
	 * @see #getLineNo()
	 * @generated
	 */
	void setLineNo(int value);

	/**
	 * Returns the value of the '<em><b>Contact No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The contact.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Contact No</em>' attribute.
	 * @see #setContactNo(String)
	 * @see org.segmenta.model.SegmentaPackage#getSegmentLine_ContactNo()
	 * @model required="true"
	 * @generated
	 */
	String getContactNo();

	/**
	 * Sets the value of the '{@link org.segmenta.model.SegmentLine#getContactNo <em>Contact No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Contact No</em>' attribute.
	 * @see #getContactNo()
	 * @generated
	 */
	void setContactNo(String value);

	/**
	 * Returns the value of the '<em><b>Contact Company No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The contact's company.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Contact Company No</em>' attribute.
	 * @see #setContactCompanyNo(String)
	 * @see org.segmenta.model.SegmentaPackage#getSegmentLine_ContactCompanyNo()
	 * @model
	 * @generated
	 */
	String getContactCompanyNo();

	/**
	 * Sets the value of the '{@link org.segmenta.model.SegmentLine#getContactCompanyNo <em>Contact Company No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Contact Company No</em>' attribute.
	 * @see #getContactCompanyNo()
	 * @generated
	 */
	void setContactCompanyNo(String value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Date of the interaction.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see org.segmenta.model.SegmentaPackage#getSegmentLine_Date()
	 * @model dataType="org.segmenta.model.LocalDate"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.segmenta.model.SegmentLine#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Time Of Interaction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Time of the interaction.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Time Of Interaction</em>' attribute.
	 * @see #setTimeOfInteraction(LocalTime)
	 * @see org.segmenta.model.SegmentaPackage#getSegmentLine_TimeOfInteraction()
	 * @model dataType="org.segmenta.model.LocalTime"
	 * @generated
	 */
	LocalTime getTimeOfInteraction();

	/**
	 * Sets the value of the '{@link org.segmenta.model.SegmentLine#getTimeOfInteraction <em>Time Of Interaction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time Of Interaction</em>' attribute.
	 * @see #getTimeOfInteraction()
	 * @generated
	 */
	void setTimeOfInteraction(LocalTime value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Description; required to log.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.segmenta.model.SegmentaPackage#getSegmentLine_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.segmenta.model.SegmentLine#getDescription <em>Description</em>}' attribute.
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
	 * @see org.segmenta.model.SegmentaPackage#getSegmentLine_SalespersonCode()
	 * @model
	 * @generated
	 */
	String getSalespersonCode();

	/**
	 * Sets the value of the '{@link org.segmenta.model.SegmentLine#getSalespersonCode <em>Salesperson Code</em>}' attribute.
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
	 * @see org.segmenta.model.SegmentaPackage#getSegmentLine_InteractionTemplateCode()
	 * @model
	 * @generated
	 */
	String getInteractionTemplateCode();

	/**
	 * Sets the value of the '{@link org.segmenta.model.SegmentLine#getInteractionTemplateCode <em>Interaction Template Code</em>}' attribute.
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
	 * @see org.segmenta.model.SegmentaPackage#getSegmentLine_InteractionGroupCode()
	 * @model
	 * @generated
	 */
	String getInteractionGroupCode();

	/**
	 * Sets the value of the '{@link org.segmenta.model.SegmentLine#getInteractionGroupCode <em>Interaction Group Code</em>}' attribute.
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
	 * @see org.segmenta.model.SegmentaPackage#getSegmentLine_InformationFlow()
	 * @model
	 * @generated
	 */
	InformationFlow getInformationFlow();

	/**
	 * Sets the value of the '{@link org.segmenta.model.SegmentLine#getInformationFlow <em>Information Flow</em>}' attribute.
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
	 * @see org.segmenta.model.SegmentaPackage#getSegmentLine_InitiatedBy()
	 * @model
	 * @generated
	 */
	InitiatedBy getInitiatedBy();

	/**
	 * Sets the value of the '{@link org.segmenta.model.SegmentLine#getInitiatedBy <em>Initiated By</em>}' attribute.
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
	 * @see org.segmenta.model.SegmentaPackage#getSegmentLine_CampaignNo()
	 * @model
	 * @generated
	 */
	String getCampaignNo();

	/**
	 * Sets the value of the '{@link org.segmenta.model.SegmentLine#getCampaignNo <em>Campaign No</em>}' attribute.
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
	 * @see org.segmenta.model.SegmentaPackage#getSegmentLine_CampaignTarget()
	 * @model
	 * @generated
	 */
	boolean isCampaignTarget();

	/**
	 * Sets the value of the '{@link org.segmenta.model.SegmentLine#isCampaignTarget <em>Campaign Target</em>}' attribute.
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
	 * @see org.segmenta.model.SegmentaPackage#getSegmentLine_CampaignResponse()
	 * @model
	 * @generated
	 */
	boolean isCampaignResponse();

	/**
	 * Sets the value of the '{@link org.segmenta.model.SegmentLine#isCampaignResponse <em>Campaign Response</em>}' attribute.
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
	 * @see org.segmenta.model.SegmentaPackage#getSegmentLine_SendWordDocsAsAttachment()
	 * @model
	 * @generated
	 */
	boolean isSendWordDocsAsAttachment();

	/**
	 * Sets the value of the '{@link org.segmenta.model.SegmentLine#isSendWordDocsAsAttachment <em>Send Word Docs As Attachment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Send Word Docs As Attachment</em>' attribute.
	 * @see #isSendWordDocsAsAttachment()
	 * @generated
	 */
	void setSendWordDocsAsAttachment(boolean value);

	/**
	 * Returns the value of the '<em><b>Correspondence Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.segmenta.model.CorrespondenceType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Correspondence type, resolved header -> template -> contact.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Correspondence Type</em>' attribute.
	 * @see org.segmenta.model.CorrespondenceType
	 * @see #setCorrespondenceType(CorrespondenceType)
	 * @see org.segmenta.model.SegmentaPackage#getSegmentLine_CorrespondenceType()
	 * @model
	 * @generated
	 */
	CorrespondenceType getCorrespondenceType();

	/**
	 * Sets the value of the '{@link org.segmenta.model.SegmentLine#getCorrespondenceType <em>Correspondence Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Correspondence Type</em>' attribute.
	 * @see org.segmenta.model.CorrespondenceType
	 * @see #getCorrespondenceType()
	 * @generated
	 */
	void setCorrespondenceType(CorrespondenceType value);

	/**
	 * Returns the value of the '<em><b>Language Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The contact's language when the template has it, else the default.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Language Code</em>' attribute.
	 * @see #setLanguageCode(String)
	 * @see org.segmenta.model.SegmentaPackage#getSegmentLine_LanguageCode()
	 * @model
	 * @generated
	 */
	String getLanguageCode();

	/**
	 * Sets the value of the '{@link org.segmenta.model.SegmentLine#getLanguageCode <em>Language Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Language Code</em>' attribute.
	 * @see #getLanguageCode()
	 * @generated
	 */
	void setLanguageCode(String value);

	/**
	 * Returns the value of the '<em><b>Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Subject.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Subject</em>' attribute.
	 * @see #setSubject(String)
	 * @see org.segmenta.model.SegmentaPackage#getSegmentLine_Subject()
	 * @model
	 * @generated
	 */
	String getSubject();

	/**
	 * Sets the value of the '{@link org.segmenta.model.SegmentLine#getSubject <em>Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subject</em>' attribute.
	 * @see #getSubject()
	 * @generated
	 */
	void setSubject(String value);

	/**
	 * Returns the value of the '<em><b>Evaluation</b></em>' attribute.
	 * The literals are from the enumeration {@link org.segmenta.model.Evaluation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Evaluation, carried to the log entry.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Evaluation</em>' attribute.
	 * @see org.segmenta.model.Evaluation
	 * @see #setEvaluation(Evaluation)
	 * @see org.segmenta.model.SegmentaPackage#getSegmentLine_Evaluation()
	 * @model
	 * @generated
	 */
	Evaluation getEvaluation();

	/**
	 * Sets the value of the '{@link org.segmenta.model.SegmentLine#getEvaluation <em>Evaluation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Evaluation</em>' attribute.
	 * @see org.segmenta.model.Evaluation
	 * @see #getEvaluation()
	 * @generated
	 */
	void setEvaluation(Evaluation value);

	/**
	 * Returns the value of the '<em><b>Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cost in local currency, >= 0.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cost</em>' attribute.
	 * @see #setCost(BigDecimal)
	 * @see org.segmenta.model.SegmentaPackage#getSegmentLine_Cost()
	 * @model
	 * @generated
	 */
	BigDecimal getCost();

	/**
	 * Sets the value of the '{@link org.segmenta.model.SegmentLine#getCost <em>Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cost</em>' attribute.
	 * @see #getCost()
	 * @generated
	 */
	void setCost(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Duration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Duration in minutes, >= 0.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Duration</em>' attribute.
	 * @see #setDuration(int)
	 * @see org.segmenta.model.SegmentaPackage#getSegmentLine_Duration()
	 * @model
	 * @generated
	 */
	int getDuration();

	/**
	 * Sets the value of the '{@link org.segmenta.model.SegmentLine#getDuration <em>Duration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Duration</em>' attribute.
	 * @see #getDuration()
	 * @generated
	 */
	void setDuration(int value);

	/**
	 * Returns the value of the '<em><b>Attachment No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The line's document: inherited from the header language or its own.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Attachment No</em>' attribute.
	 * @see #setAttachmentNo(Long)
	 * @see org.segmenta.model.SegmentaPackage#getSegmentLine_AttachmentNo()
	 * @model
	 * @generated
	 */
	Long getAttachmentNo();

	/**
	 * Sets the value of the '{@link org.segmenta.model.SegmentLine#getAttachmentNo <em>Attachment No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Attachment No</em>' attribute.
	 * @see #getAttachmentNo()
	 * @generated
	 */
	void setAttachmentNo(Long value);

	/**
	 * Returns the value of the '<em><b>Attachment Inherited</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True when attachmentNo is the header's document for the line's language; false when the line has its own (personalised) document.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Attachment Inherited</em>' attribute.
	 * @see #setAttachmentInherited(boolean)
	 * @see org.segmenta.model.SegmentaPackage#getSegmentLine_AttachmentInherited()
	 * @model
	 * @generated
	 */
	boolean isAttachmentInherited();

	/**
	 * Sets the value of the '{@link org.segmenta.model.SegmentLine#isAttachmentInherited <em>Attachment Inherited</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Attachment Inherited</em>' attribute.
	 * @see #isAttachmentInherited()
	 * @generated
	 */
	void setAttachmentInherited(boolean value);

	/**
	 * Returns the value of the '<em><b>Word Template No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Word template used for this line, or null.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Word Template No</em>' attribute.
	 * @see #setWordTemplateNo(Long)
	 * @see org.segmenta.model.SegmentaPackage#getSegmentLine_WordTemplateNo()
	 * @model
	 * @generated
	 */
	Long getWordTemplateNo();

	/**
	 * Sets the value of the '{@link org.segmenta.model.SegmentLine#getWordTemplateNo <em>Word Template No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Word Template No</em>' attribute.
	 * @see #getWordTemplateNo()
	 * @generated
	 */
	void setWordTemplateNo(Long value);

	/**
	 * Returns the value of the '<em><b>Merged</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The line's own document is a merged, personalised letter.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Merged</em>' attribute.
	 * @see #setMerged(boolean)
	 * @see org.segmenta.model.SegmentaPackage#getSegmentLine_Merged()
	 * @model
	 * @generated
	 */
	boolean isMerged();

	/**
	 * Sets the value of the '{@link org.segmenta.model.SegmentLine#isMerged <em>Merged</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Merged</em>' attribute.
	 * @see #isMerged()
	 * @generated
	 */
	void setMerged(boolean value);

	/**
	 * Returns the value of the '<em><b>Attempt Failed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The interaction was attempted and failed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Attempt Failed</em>' attribute.
	 * @see #setAttemptFailed(boolean)
	 * @see org.segmenta.model.SegmentaPackage#getSegmentLine_AttemptFailed()
	 * @model
	 * @generated
	 */
	boolean isAttemptFailed();

	/**
	 * Sets the value of the '{@link org.segmenta.model.SegmentLine#isAttemptFailed <em>Attempt Failed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Attempt Failed</em>' attribute.
	 * @see #isAttemptFailed()
	 * @generated
	 */
	void setAttemptFailed(boolean value);

	/**
	 * Returns the value of the '<em><b>Step No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Provenance: the number of the step that added the line (0 for none).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Step No</em>' attribute.
	 * @see #setStepNo(int)
	 * @see org.segmenta.model.SegmentaPackage#getSegmentLine_StepNo()
	 * @model
	 * @generated
	 */
	int getStepNo();

	/**
	 * Sets the value of the '{@link org.segmenta.model.SegmentLine#getStepNo <em>Step No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Step No</em>' attribute.
	 * @see #getStepNo()
	 * @generated
	 */
	void setStepNo(int value);

	/**
	 * Returns the value of the '<em><b>Step Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.segmenta.model.StepKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Provenance: how that step came about.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Step Kind</em>' attribute.
	 * @see org.segmenta.model.StepKind
	 * @see #setStepKind(StepKind)
	 * @see org.segmenta.model.SegmentaPackage#getSegmentLine_StepKind()
	 * @model
	 * @generated
	 */
	StepKind getStepKind();

	/**
	 * Sets the value of the '{@link org.segmenta.model.SegmentLine#getStepKind <em>Step Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Step Kind</em>' attribute.
	 * @see org.segmenta.model.StepKind
	 * @see #getStepKind()
	 * @generated
	 */
	void setStepKind(StepKind value);

	/**
	 * Returns the value of the '<em><b>Reused Logged Segment Entry No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Provenance: the logged segment the line was reused from, or null.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reused Logged Segment Entry No</em>' attribute.
	 * @see #setReusedLoggedSegmentEntryNo(Long)
	 * @see org.segmenta.model.SegmentaPackage#getSegmentLine_ReusedLoggedSegmentEntryNo()
	 * @model
	 * @generated
	 */
	Long getReusedLoggedSegmentEntryNo();

	/**
	 * Sets the value of the '{@link org.segmenta.model.SegmentLine#getReusedLoggedSegmentEntryNo <em>Reused Logged Segment Entry No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reused Logged Segment Entry No</em>' attribute.
	 * @see #getReusedLoggedSegmentEntryNo()
	 * @generated
	 */
	void setReusedLoggedSegmentEntryNo(Long value);

	/**
	 * Returns the value of the '<em><b>Personal Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A personal note for this contact, multi-line (lines separated by a line feed), at most 4000 characters; merges into the PersonalNote merge field of the letter, so a comment needs no word processor. Null or empty: none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Personal Note</em>' attribute.
	 * @see #setPersonalNote(String)
	 * @see org.segmenta.model.SegmentaPackage#getSegmentLine_PersonalNote()
	 * @model
	 * @generated
	 */
	String getPersonalNote();

	/**
	 * Sets the value of the '{@link org.segmenta.model.SegmentLine#getPersonalNote <em>Personal Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Personal Note</em>' attribute.
	 * @see #getPersonalNote()
	 * @generated
	 */
	void setPersonalNote(String value);

} // SegmentLine
