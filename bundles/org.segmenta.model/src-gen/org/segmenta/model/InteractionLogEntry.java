/**
 */
package org.segmenta.model;

import java.math.BigDecimal;

import java.time.LocalDate;
import java.time.LocalTime;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Interaction Log Entry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One interaction with a contact. Source: NAV table 5065; document, opportunity and task links are kept as plain numbers for later.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.model.InteractionLogEntry#getEntryNo <em>Entry No</em>}</li>
 *   <li>{@link org.segmenta.model.InteractionLogEntry#getContactNo <em>Contact No</em>}</li>
 *   <li>{@link org.segmenta.model.InteractionLogEntry#getContactCompanyNo <em>Contact Company No</em>}</li>
 *   <li>{@link org.segmenta.model.InteractionLogEntry#getDate <em>Date</em>}</li>
 *   <li>{@link org.segmenta.model.InteractionLogEntry#getTimeOfInteraction <em>Time Of Interaction</em>}</li>
 *   <li>{@link org.segmenta.model.InteractionLogEntry#getDescription <em>Description</em>}</li>
 *   <li>{@link org.segmenta.model.InteractionLogEntry#getInformationFlow <em>Information Flow</em>}</li>
 *   <li>{@link org.segmenta.model.InteractionLogEntry#getInitiatedBy <em>Initiated By</em>}</li>
 *   <li>{@link org.segmenta.model.InteractionLogEntry#getAttachmentNo <em>Attachment No</em>}</li>
 *   <li>{@link org.segmenta.model.InteractionLogEntry#getCost <em>Cost</em>}</li>
 *   <li>{@link org.segmenta.model.InteractionLogEntry#getDuration <em>Duration</em>}</li>
 *   <li>{@link org.segmenta.model.InteractionLogEntry#getUserId <em>User Id</em>}</li>
 *   <li>{@link org.segmenta.model.InteractionLogEntry#getInteractionGroupCode <em>Interaction Group Code</em>}</li>
 *   <li>{@link org.segmenta.model.InteractionLogEntry#getInteractionTemplateCode <em>Interaction Template Code</em>}</li>
 *   <li>{@link org.segmenta.model.InteractionLogEntry#getCampaignNo <em>Campaign No</em>}</li>
 *   <li>{@link org.segmenta.model.InteractionLogEntry#getCampaignEntryNo <em>Campaign Entry No</em>}</li>
 *   <li>{@link org.segmenta.model.InteractionLogEntry#isCampaignResponse <em>Campaign Response</em>}</li>
 *   <li>{@link org.segmenta.model.InteractionLogEntry#isCampaignTarget <em>Campaign Target</em>}</li>
 *   <li>{@link org.segmenta.model.InteractionLogEntry#getSegmentNo <em>Segment No</em>}</li>
 *   <li>{@link org.segmenta.model.InteractionLogEntry#getEvaluation <em>Evaluation</em>}</li>
 *   <li>{@link org.segmenta.model.InteractionLogEntry#isAttemptFailed <em>Attempt Failed</em>}</li>
 *   <li>{@link org.segmenta.model.InteractionLogEntry#getSalespersonCode <em>Salesperson Code</em>}</li>
 *   <li>{@link org.segmenta.model.InteractionLogEntry#getDeliveryStatus <em>Delivery Status</em>}</li>
 *   <li>{@link org.segmenta.model.InteractionLogEntry#isCanceled <em>Canceled</em>}</li>
 *   <li>{@link org.segmenta.model.InteractionLogEntry#getCorrespondenceType <em>Correspondence Type</em>}</li>
 *   <li>{@link org.segmenta.model.InteractionLogEntry#getLoggedSegmentEntryNo <em>Logged Segment Entry No</em>}</li>
 *   <li>{@link org.segmenta.model.InteractionLogEntry#isSendWordDocsAsAttachment <em>Send Word Docs As Attachment</em>}</li>
 *   <li>{@link org.segmenta.model.InteractionLogEntry#getInteractionLanguageCode <em>Interaction Language Code</em>}</li>
 *   <li>{@link org.segmenta.model.InteractionLogEntry#getSubject <em>Subject</em>}</li>
 *   <li>{@link org.segmenta.model.InteractionLogEntry#getWordTemplateNo <em>Word Template No</em>}</li>
 *   <li>{@link org.segmenta.model.InteractionLogEntry#isMerged <em>Merged</em>}</li>
 *   <li>{@link org.segmenta.model.InteractionLogEntry#getContactVia <em>Contact Via</em>}</li>
 *   <li>{@link org.segmenta.model.InteractionLogEntry#isPostponed <em>Postponed</em>}</li>
 *   <li>{@link org.segmenta.model.InteractionLogEntry#getDocumentType <em>Document Type</em>}</li>
 *   <li>{@link org.segmenta.model.InteractionLogEntry#getDocumentNo <em>Document No</em>}</li>
 *   <li>{@link org.segmenta.model.InteractionLogEntry#getOpportunityNo <em>Opportunity No</em>}</li>
 *   <li>{@link org.segmenta.model.InteractionLogEntry#getTaskNo <em>Task No</em>}</li>
 * </ul>
 *
 * @see org.segmenta.model.SegmentaPackage#getInteractionLogEntry()
 * @model
 * @generated
 */
public interface InteractionLogEntry extends EObject {
	/**
	 * Returns the value of the '<em><b>Entry No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Entry number.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Entry No</em>' attribute.
	 * @see #setEntryNo(long)
	 * @see org.segmenta.model.SegmentaPackage#getInteractionLogEntry_EntryNo()
	 * @model id="true"
	 * @generated
	 */
	long getEntryNo();

	/**
	 * Sets the value of the '{@link org.segmenta.model.InteractionLogEntry#getEntryNo <em>Entry No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Entry No</em>' attribute.
	 * @see #getEntryNo()
	 * @generated
	 */
	void setEntryNo(long value);

	/**
	 * Returns the value of the '<em><b>Contact No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The contact.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Contact No</em>' attribute.
	 * @see #setContactNo(String)
	 * @see org.segmenta.model.SegmentaPackage#getInteractionLogEntry_ContactNo()
	 * @model
	 * @generated
	 */
	String getContactNo();

	/**
	 * Sets the value of the '{@link org.segmenta.model.InteractionLogEntry#getContactNo <em>Contact No</em>}' attribute.
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
	 * @see org.segmenta.model.SegmentaPackage#getInteractionLogEntry_ContactCompanyNo()
	 * @model
	 * @generated
	 */
	String getContactCompanyNo();

	/**
	 * Sets the value of the '{@link org.segmenta.model.InteractionLogEntry#getContactCompanyNo <em>Contact Company No</em>}' attribute.
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
	 * Date.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see org.segmenta.model.SegmentaPackage#getInteractionLogEntry_Date()
	 * @model dataType="org.segmenta.model.LocalDate"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.segmenta.model.InteractionLogEntry#getDate <em>Date</em>}' attribute.
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
	 * Time.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Time Of Interaction</em>' attribute.
	 * @see #setTimeOfInteraction(LocalTime)
	 * @see org.segmenta.model.SegmentaPackage#getInteractionLogEntry_TimeOfInteraction()
	 * @model dataType="org.segmenta.model.LocalTime"
	 * @generated
	 */
	LocalTime getTimeOfInteraction();

	/**
	 * Sets the value of the '{@link org.segmenta.model.InteractionLogEntry#getTimeOfInteraction <em>Time Of Interaction</em>}' attribute.
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
	 * Description.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.segmenta.model.SegmentaPackage#getInteractionLogEntry_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.segmenta.model.InteractionLogEntry#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

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
	 * @see org.segmenta.model.SegmentaPackage#getInteractionLogEntry_InformationFlow()
	 * @model
	 * @generated
	 */
	InformationFlow getInformationFlow();

	/**
	 * Sets the value of the '{@link org.segmenta.model.InteractionLogEntry#getInformationFlow <em>Information Flow</em>}' attribute.
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
	 * @see org.segmenta.model.SegmentaPackage#getInteractionLogEntry_InitiatedBy()
	 * @model
	 * @generated
	 */
	InitiatedBy getInitiatedBy();

	/**
	 * Sets the value of the '{@link org.segmenta.model.InteractionLogEntry#getInitiatedBy <em>Initiated By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Initiated By</em>' attribute.
	 * @see org.segmenta.model.InitiatedBy
	 * @see #getInitiatedBy()
	 * @generated
	 */
	void setInitiatedBy(InitiatedBy value);

	/**
	 * Returns the value of the '<em><b>Attachment No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The document the contact got (a merged letter is stored per entry), or null.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Attachment No</em>' attribute.
	 * @see #setAttachmentNo(Long)
	 * @see org.segmenta.model.SegmentaPackage#getInteractionLogEntry_AttachmentNo()
	 * @model
	 * @generated
	 */
	Long getAttachmentNo();

	/**
	 * Sets the value of the '{@link org.segmenta.model.InteractionLogEntry#getAttachmentNo <em>Attachment No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Attachment No</em>' attribute.
	 * @see #getAttachmentNo()
	 * @generated
	 */
	void setAttachmentNo(Long value);

	/**
	 * Returns the value of the '<em><b>Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cost in local currency.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cost</em>' attribute.
	 * @see #setCost(BigDecimal)
	 * @see org.segmenta.model.SegmentaPackage#getInteractionLogEntry_Cost()
	 * @model
	 * @generated
	 */
	BigDecimal getCost();

	/**
	 * Sets the value of the '{@link org.segmenta.model.InteractionLogEntry#getCost <em>Cost</em>}' attribute.
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
	 * Duration in minutes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Duration</em>' attribute.
	 * @see #setDuration(int)
	 * @see org.segmenta.model.SegmentaPackage#getInteractionLogEntry_Duration()
	 * @model
	 * @generated
	 */
	int getDuration();

	/**
	 * Sets the value of the '{@link org.segmenta.model.InteractionLogEntry#getDuration <em>Duration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Duration</em>' attribute.
	 * @see #getDuration()
	 * @generated
	 */
	void setDuration(int value);

	/**
	 * Returns the value of the '<em><b>User Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who logged it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>User Id</em>' attribute.
	 * @see #setUserId(String)
	 * @see org.segmenta.model.SegmentaPackage#getInteractionLogEntry_UserId()
	 * @model
	 * @generated
	 */
	String getUserId();

	/**
	 * Sets the value of the '{@link org.segmenta.model.InteractionLogEntry#getUserId <em>User Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>User Id</em>' attribute.
	 * @see #getUserId()
	 * @generated
	 */
	void setUserId(String value);

	/**
	 * Returns the value of the '<em><b>Interaction Group Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Interaction group.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Interaction Group Code</em>' attribute.
	 * @see #setInteractionGroupCode(String)
	 * @see org.segmenta.model.SegmentaPackage#getInteractionLogEntry_InteractionGroupCode()
	 * @model
	 * @generated
	 */
	String getInteractionGroupCode();

	/**
	 * Sets the value of the '{@link org.segmenta.model.InteractionLogEntry#getInteractionGroupCode <em>Interaction Group Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Interaction Group Code</em>' attribute.
	 * @see #getInteractionGroupCode()
	 * @generated
	 */
	void setInteractionGroupCode(String value);

	/**
	 * Returns the value of the '<em><b>Interaction Template Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Interaction template.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Interaction Template Code</em>' attribute.
	 * @see #setInteractionTemplateCode(String)
	 * @see org.segmenta.model.SegmentaPackage#getInteractionLogEntry_InteractionTemplateCode()
	 * @model
	 * @generated
	 */
	String getInteractionTemplateCode();

	/**
	 * Sets the value of the '{@link org.segmenta.model.InteractionLogEntry#getInteractionTemplateCode <em>Interaction Template Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Interaction Template Code</em>' attribute.
	 * @see #getInteractionTemplateCode()
	 * @generated
	 */
	void setInteractionTemplateCode(String value);

	/**
	 * Returns the value of the '<em><b>Campaign No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Campaign.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Campaign No</em>' attribute.
	 * @see #setCampaignNo(String)
	 * @see org.segmenta.model.SegmentaPackage#getInteractionLogEntry_CampaignNo()
	 * @model
	 * @generated
	 */
	String getCampaignNo();

	/**
	 * Sets the value of the '{@link org.segmenta.model.InteractionLogEntry#getCampaignNo <em>Campaign No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Campaign No</em>' attribute.
	 * @see #getCampaignNo()
	 * @generated
	 */
	void setCampaignNo(String value);

	/**
	 * Returns the value of the '<em><b>Campaign Entry No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Campaign entry.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Campaign Entry No</em>' attribute.
	 * @see #setCampaignEntryNo(Long)
	 * @see org.segmenta.model.SegmentaPackage#getInteractionLogEntry_CampaignEntryNo()
	 * @model
	 * @generated
	 */
	Long getCampaignEntryNo();

	/**
	 * Sets the value of the '{@link org.segmenta.model.InteractionLogEntry#getCampaignEntryNo <em>Campaign Entry No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Campaign Entry No</em>' attribute.
	 * @see #getCampaignEntryNo()
	 * @generated
	 */
	void setCampaignEntryNo(Long value);

	/**
	 * Returns the value of the '<em><b>Campaign Response</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Campaign response.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Campaign Response</em>' attribute.
	 * @see #setCampaignResponse(boolean)
	 * @see org.segmenta.model.SegmentaPackage#getInteractionLogEntry_CampaignResponse()
	 * @model
	 * @generated
	 */
	boolean isCampaignResponse();

	/**
	 * Sets the value of the '{@link org.segmenta.model.InteractionLogEntry#isCampaignResponse <em>Campaign Response</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Campaign Response</em>' attribute.
	 * @see #isCampaignResponse()
	 * @generated
	 */
	void setCampaignResponse(boolean value);

	/**
	 * Returns the value of the '<em><b>Campaign Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Campaign target.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Campaign Target</em>' attribute.
	 * @see #setCampaignTarget(boolean)
	 * @see org.segmenta.model.SegmentaPackage#getInteractionLogEntry_CampaignTarget()
	 * @model
	 * @generated
	 */
	boolean isCampaignTarget();

	/**
	 * Sets the value of the '{@link org.segmenta.model.InteractionLogEntry#isCampaignTarget <em>Campaign Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Campaign Target</em>' attribute.
	 * @see #isCampaignTarget()
	 * @generated
	 */
	void setCampaignTarget(boolean value);

	/**
	 * Returns the value of the '<em><b>Segment No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The segment it was logged from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Segment No</em>' attribute.
	 * @see #setSegmentNo(String)
	 * @see org.segmenta.model.SegmentaPackage#getInteractionLogEntry_SegmentNo()
	 * @model
	 * @generated
	 */
	String getSegmentNo();

	/**
	 * Sets the value of the '{@link org.segmenta.model.InteractionLogEntry#getSegmentNo <em>Segment No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Segment No</em>' attribute.
	 * @see #getSegmentNo()
	 * @generated
	 */
	void setSegmentNo(String value);

	/**
	 * Returns the value of the '<em><b>Evaluation</b></em>' attribute.
	 * The literals are from the enumeration {@link org.segmenta.model.Evaluation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Evaluation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Evaluation</em>' attribute.
	 * @see org.segmenta.model.Evaluation
	 * @see #setEvaluation(Evaluation)
	 * @see org.segmenta.model.SegmentaPackage#getInteractionLogEntry_Evaluation()
	 * @model
	 * @generated
	 */
	Evaluation getEvaluation();

	/**
	 * Sets the value of the '{@link org.segmenta.model.InteractionLogEntry#getEvaluation <em>Evaluation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Evaluation</em>' attribute.
	 * @see org.segmenta.model.Evaluation
	 * @see #getEvaluation()
	 * @generated
	 */
	void setEvaluation(Evaluation value);

	/**
	 * Returns the value of the '<em><b>Attempt Failed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The attempt failed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Attempt Failed</em>' attribute.
	 * @see #setAttemptFailed(boolean)
	 * @see org.segmenta.model.SegmentaPackage#getInteractionLogEntry_AttemptFailed()
	 * @model
	 * @generated
	 */
	boolean isAttemptFailed();

	/**
	 * Sets the value of the '{@link org.segmenta.model.InteractionLogEntry#isAttemptFailed <em>Attempt Failed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Attempt Failed</em>' attribute.
	 * @see #isAttemptFailed()
	 * @generated
	 */
	void setAttemptFailed(boolean value);

	/**
	 * Returns the value of the '<em><b>Salesperson Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Salesperson.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Salesperson Code</em>' attribute.
	 * @see #setSalespersonCode(String)
	 * @see org.segmenta.model.SegmentaPackage#getInteractionLogEntry_SalespersonCode()
	 * @model
	 * @generated
	 */
	String getSalespersonCode();

	/**
	 * Sets the value of the '{@link org.segmenta.model.InteractionLogEntry#getSalespersonCode <em>Salesperson Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Salesperson Code</em>' attribute.
	 * @see #getSalespersonCode()
	 * @generated
	 */
	void setSalespersonCode(String value);

	/**
	 * Returns the value of the '<em><b>Delivery Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.segmenta.model.DeliveryStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Delivery status.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Delivery Status</em>' attribute.
	 * @see org.segmenta.model.DeliveryStatus
	 * @see #setDeliveryStatus(DeliveryStatus)
	 * @see org.segmenta.model.SegmentaPackage#getInteractionLogEntry_DeliveryStatus()
	 * @model
	 * @generated
	 */
	DeliveryStatus getDeliveryStatus();

	/**
	 * Sets the value of the '{@link org.segmenta.model.InteractionLogEntry#getDeliveryStatus <em>Delivery Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Delivery Status</em>' attribute.
	 * @see org.segmenta.model.DeliveryStatus
	 * @see #getDeliveryStatus()
	 * @generated
	 */
	void setDeliveryStatus(DeliveryStatus value);

	/**
	 * Returns the value of the '<em><b>Canceled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Canceled.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Canceled</em>' attribute.
	 * @see #setCanceled(boolean)
	 * @see org.segmenta.model.SegmentaPackage#getInteractionLogEntry_Canceled()
	 * @model
	 * @generated
	 */
	boolean isCanceled();

	/**
	 * Sets the value of the '{@link org.segmenta.model.InteractionLogEntry#isCanceled <em>Canceled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Canceled</em>' attribute.
	 * @see #isCanceled()
	 * @generated
	 */
	void setCanceled(boolean value);

	/**
	 * Returns the value of the '<em><b>Correspondence Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.segmenta.model.CorrespondenceType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Correspondence type.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Correspondence Type</em>' attribute.
	 * @see org.segmenta.model.CorrespondenceType
	 * @see #setCorrespondenceType(CorrespondenceType)
	 * @see org.segmenta.model.SegmentaPackage#getInteractionLogEntry_CorrespondenceType()
	 * @model
	 * @generated
	 */
	CorrespondenceType getCorrespondenceType();

	/**
	 * Sets the value of the '{@link org.segmenta.model.InteractionLogEntry#getCorrespondenceType <em>Correspondence Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Correspondence Type</em>' attribute.
	 * @see org.segmenta.model.CorrespondenceType
	 * @see #getCorrespondenceType()
	 * @generated
	 */
	void setCorrespondenceType(CorrespondenceType value);

	/**
	 * Returns the value of the '<em><b>Logged Segment Entry No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The logged segment, or null (after the logged segment was deleted).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Logged Segment Entry No</em>' attribute.
	 * @see #setLoggedSegmentEntryNo(Long)
	 * @see org.segmenta.model.SegmentaPackage#getInteractionLogEntry_LoggedSegmentEntryNo()
	 * @model
	 * @generated
	 */
	Long getLoggedSegmentEntryNo();

	/**
	 * Sets the value of the '{@link org.segmenta.model.InteractionLogEntry#getLoggedSegmentEntryNo <em>Logged Segment Entry No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Logged Segment Entry No</em>' attribute.
	 * @see #getLoggedSegmentEntryNo()
	 * @generated
	 */
	void setLoggedSegmentEntryNo(Long value);

	/**
	 * Returns the value of the '<em><b>Send Word Docs As Attachment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The Word document went as an attachment.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Send Word Docs As Attachment</em>' attribute.
	 * @see #setSendWordDocsAsAttachment(boolean)
	 * @see org.segmenta.model.SegmentaPackage#getInteractionLogEntry_SendWordDocsAsAttachment()
	 * @model
	 * @generated
	 */
	boolean isSendWordDocsAsAttachment();

	/**
	 * Sets the value of the '{@link org.segmenta.model.InteractionLogEntry#isSendWordDocsAsAttachment <em>Send Word Docs As Attachment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Send Word Docs As Attachment</em>' attribute.
	 * @see #isSendWordDocsAsAttachment()
	 * @generated
	 */
	void setSendWordDocsAsAttachment(boolean value);

	/**
	 * Returns the value of the '<em><b>Interaction Language Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Language of the interaction.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Interaction Language Code</em>' attribute.
	 * @see #setInteractionLanguageCode(String)
	 * @see org.segmenta.model.SegmentaPackage#getInteractionLogEntry_InteractionLanguageCode()
	 * @model
	 * @generated
	 */
	String getInteractionLanguageCode();

	/**
	 * Sets the value of the '{@link org.segmenta.model.InteractionLogEntry#getInteractionLanguageCode <em>Interaction Language Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Interaction Language Code</em>' attribute.
	 * @see #getInteractionLanguageCode()
	 * @generated
	 */
	void setInteractionLanguageCode(String value);

	/**
	 * Returns the value of the '<em><b>Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Subject.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Subject</em>' attribute.
	 * @see #setSubject(String)
	 * @see org.segmenta.model.SegmentaPackage#getInteractionLogEntry_Subject()
	 * @model
	 * @generated
	 */
	String getSubject();

	/**
	 * Sets the value of the '{@link org.segmenta.model.InteractionLogEntry#getSubject <em>Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subject</em>' attribute.
	 * @see #getSubject()
	 * @generated
	 */
	void setSubject(String value);

	/**
	 * Returns the value of the '<em><b>Word Template No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Word template used.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Word Template No</em>' attribute.
	 * @see #setWordTemplateNo(Long)
	 * @see org.segmenta.model.SegmentaPackage#getInteractionLogEntry_WordTemplateNo()
	 * @model
	 * @generated
	 */
	Long getWordTemplateNo();

	/**
	 * Sets the value of the '{@link org.segmenta.model.InteractionLogEntry#getWordTemplateNo <em>Word Template No</em>}' attribute.
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
	 * The document is a merged letter.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Merged</em>' attribute.
	 * @see #setMerged(boolean)
	 * @see org.segmenta.model.SegmentaPackage#getInteractionLogEntry_Merged()
	 * @model
	 * @generated
	 */
	boolean isMerged();

	/**
	 * Sets the value of the '{@link org.segmenta.model.InteractionLogEntry#isMerged <em>Merged</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Merged</em>' attribute.
	 * @see #isMerged()
	 * @generated
	 */
	void setMerged(boolean value);

	/**
	 * Returns the value of the '<em><b>Contact Via</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Phone number or address used.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Contact Via</em>' attribute.
	 * @see #setContactVia(String)
	 * @see org.segmenta.model.SegmentaPackage#getInteractionLogEntry_ContactVia()
	 * @model
	 * @generated
	 */
	String getContactVia();

	/**
	 * Sets the value of the '{@link org.segmenta.model.InteractionLogEntry#getContactVia <em>Contact Via</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Contact Via</em>' attribute.
	 * @see #getContactVia()
	 * @generated
	 */
	void setContactVia(String value);

	/**
	 * Returns the value of the '<em><b>Postponed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A postponed interaction.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Postponed</em>' attribute.
	 * @see #setPostponed(boolean)
	 * @see org.segmenta.model.SegmentaPackage#getInteractionLogEntry_Postponed()
	 * @model
	 * @generated
	 */
	boolean isPostponed();

	/**
	 * Sets the value of the '{@link org.segmenta.model.InteractionLogEntry#isPostponed <em>Postponed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Postponed</em>' attribute.
	 * @see #isPostponed()
	 * @generated
	 */
	void setPostponed(boolean value);

	/**
	 * Returns the value of the '<em><b>Document Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Reserved: type of a logged business document.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Document Type</em>' attribute.
	 * @see #setDocumentType(String)
	 * @see org.segmenta.model.SegmentaPackage#getInteractionLogEntry_DocumentType()
	 * @model
	 * @generated
	 */
	String getDocumentType();

	/**
	 * Sets the value of the '{@link org.segmenta.model.InteractionLogEntry#getDocumentType <em>Document Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Document Type</em>' attribute.
	 * @see #getDocumentType()
	 * @generated
	 */
	void setDocumentType(String value);

	/**
	 * Returns the value of the '<em><b>Document No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Reserved: number of a logged business document.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Document No</em>' attribute.
	 * @see #setDocumentNo(String)
	 * @see org.segmenta.model.SegmentaPackage#getInteractionLogEntry_DocumentNo()
	 * @model
	 * @generated
	 */
	String getDocumentNo();

	/**
	 * Sets the value of the '{@link org.segmenta.model.InteractionLogEntry#getDocumentNo <em>Document No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Document No</em>' attribute.
	 * @see #getDocumentNo()
	 * @generated
	 */
	void setDocumentNo(String value);

	/**
	 * Returns the value of the '<em><b>Opportunity No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Reserved: the opportunity.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Opportunity No</em>' attribute.
	 * @see #setOpportunityNo(String)
	 * @see org.segmenta.model.SegmentaPackage#getInteractionLogEntry_OpportunityNo()
	 * @model
	 * @generated
	 */
	String getOpportunityNo();

	/**
	 * Sets the value of the '{@link org.segmenta.model.InteractionLogEntry#getOpportunityNo <em>Opportunity No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Opportunity No</em>' attribute.
	 * @see #getOpportunityNo()
	 * @generated
	 */
	void setOpportunityNo(String value);

	/**
	 * Returns the value of the '<em><b>Task No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Reserved: the task.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Task No</em>' attribute.
	 * @see #setTaskNo(String)
	 * @see org.segmenta.model.SegmentaPackage#getInteractionLogEntry_TaskNo()
	 * @model
	 * @generated
	 */
	String getTaskNo();

	/**
	 * Sets the value of the '{@link org.segmenta.model.InteractionLogEntry#getTaskNo <em>Task No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Task No</em>' attribute.
	 * @see #getTaskNo()
	 * @generated
	 */
	void setTaskNo(String value);

} // InteractionLogEntry
