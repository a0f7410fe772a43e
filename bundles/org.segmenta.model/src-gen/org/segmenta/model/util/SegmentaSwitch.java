/**
 */
package org.segmenta.model.util;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

import org.segmenta.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see org.segmenta.model.SegmentaPackage
 * @generated
 */
public class SegmentaSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static SegmentaPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SegmentaSwitch() {
		if (modelPackage == null) {
			modelPackage = SegmentaPackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
			case SegmentaPackage.CONTACT: {
				Contact contact = (Contact)theEObject;
				T result = caseContact(contact);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SegmentaPackage.CONTACT_MAILING_GROUP: {
				ContactMailingGroup contactMailingGroup = (ContactMailingGroup)theEObject;
				T result = caseContactMailingGroup(contactMailingGroup);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SegmentaPackage.CONTACT_INDUSTRY_GROUP: {
				ContactIndustryGroup contactIndustryGroup = (ContactIndustryGroup)theEObject;
				T result = caseContactIndustryGroup(contactIndustryGroup);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SegmentaPackage.CONTACT_JOB_RESPONSIBILITY: {
				ContactJobResponsibility contactJobResponsibility = (ContactJobResponsibility)theEObject;
				T result = caseContactJobResponsibility(contactJobResponsibility);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SegmentaPackage.CONTACT_PROFILE_ANSWER: {
				ContactProfileAnswer contactProfileAnswer = (ContactProfileAnswer)theEObject;
				T result = caseContactProfileAnswer(contactProfileAnswer);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SegmentaPackage.SALESPERSON: {
				Salesperson salesperson = (Salesperson)theEObject;
				T result = caseSalesperson(salesperson);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SegmentaPackage.SALUTATION: {
				Salutation salutation = (Salutation)theEObject;
				T result = caseSalutation(salutation);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SegmentaPackage.SALUTATION_FORMULA: {
				SalutationFormula salutationFormula = (SalutationFormula)theEObject;
				T result = caseSalutationFormula(salutationFormula);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SegmentaPackage.LANGUAGE: {
				Language language = (Language)theEObject;
				T result = caseLanguage(language);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SegmentaPackage.MAILING_GROUP: {
				MailingGroup mailingGroup = (MailingGroup)theEObject;
				T result = caseMailingGroup(mailingGroup);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SegmentaPackage.INDUSTRY_GROUP: {
				IndustryGroup industryGroup = (IndustryGroup)theEObject;
				T result = caseIndustryGroup(industryGroup);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SegmentaPackage.JOB_RESPONSIBILITY: {
				JobResponsibility jobResponsibility = (JobResponsibility)theEObject;
				T result = caseJobResponsibility(jobResponsibility);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SegmentaPackage.INTERACTION_GROUP: {
				InteractionGroup interactionGroup = (InteractionGroup)theEObject;
				T result = caseInteractionGroup(interactionGroup);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SegmentaPackage.PROFILE_QUESTIONNAIRE: {
				ProfileQuestionnaire profileQuestionnaire = (ProfileQuestionnaire)theEObject;
				T result = caseProfileQuestionnaire(profileQuestionnaire);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SegmentaPackage.PROFILE_QUESTION: {
				ProfileQuestion profileQuestion = (ProfileQuestion)theEObject;
				T result = caseProfileQuestion(profileQuestion);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SegmentaPackage.PROFILE_ANSWER: {
				ProfileAnswer profileAnswer = (ProfileAnswer)theEObject;
				T result = caseProfileAnswer(profileAnswer);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SegmentaPackage.CAMPAIGN: {
				Campaign campaign = (Campaign)theEObject;
				T result = caseCampaign(campaign);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SegmentaPackage.ATTACHMENT: {
				Attachment attachment = (Attachment)theEObject;
				T result = caseAttachment(attachment);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SegmentaPackage.INTERACTION_TEMPLATE: {
				InteractionTemplate interactionTemplate = (InteractionTemplate)theEObject;
				T result = caseInteractionTemplate(interactionTemplate);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SegmentaPackage.INTERACTION_TEMPLATE_LANGUAGE: {
				InteractionTemplateLanguage interactionTemplateLanguage = (InteractionTemplateLanguage)theEObject;
				T result = caseInteractionTemplateLanguage(interactionTemplateLanguage);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SegmentaPackage.SEGMENT_HEADER: {
				SegmentHeader segmentHeader = (SegmentHeader)theEObject;
				T result = caseSegmentHeader(segmentHeader);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SegmentaPackage.SEGMENT_INTERACTION_LANGUAGE: {
				SegmentInteractionLanguage segmentInteractionLanguage = (SegmentInteractionLanguage)theEObject;
				T result = caseSegmentInteractionLanguage(segmentInteractionLanguage);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SegmentaPackage.SEGMENT_LINE: {
				SegmentLine segmentLine = (SegmentLine)theEObject;
				T result = caseSegmentLine(segmentLine);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SegmentaPackage.SEGMENT_CRITERIA_LINE: {
				SegmentCriteriaLine segmentCriteriaLine = (SegmentCriteriaLine)theEObject;
				T result = caseSegmentCriteriaLine(segmentCriteriaLine);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SegmentaPackage.CRITERIA_FILTER: {
				CriteriaFilter criteriaFilter = (CriteriaFilter)theEObject;
				T result = caseCriteriaFilter(criteriaFilter);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SegmentaPackage.SEGMENT_HISTORY_ENTRY: {
				SegmentHistoryEntry segmentHistoryEntry = (SegmentHistoryEntry)theEObject;
				T result = caseSegmentHistoryEntry(segmentHistoryEntry);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SegmentaPackage.SAVED_SEGMENT_CRITERIA: {
				SavedSegmentCriteria savedSegmentCriteria = (SavedSegmentCriteria)theEObject;
				T result = caseSavedSegmentCriteria(savedSegmentCriteria);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SegmentaPackage.LOGGED_SEGMENT: {
				LoggedSegment loggedSegment = (LoggedSegment)theEObject;
				T result = caseLoggedSegment(loggedSegment);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SegmentaPackage.INTERACTION_LOG_ENTRY: {
				InteractionLogEntry interactionLogEntry = (InteractionLogEntry)theEObject;
				T result = caseInteractionLogEntry(interactionLogEntry);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SegmentaPackage.NUMBER_SERIES: {
				NumberSeries numberSeries = (NumberSeries)theEObject;
				T result = caseNumberSeries(numberSeries);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Contact</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Contact</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseContact(Contact object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Contact Mailing Group</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Contact Mailing Group</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseContactMailingGroup(ContactMailingGroup object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Contact Industry Group</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Contact Industry Group</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseContactIndustryGroup(ContactIndustryGroup object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Contact Job Responsibility</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Contact Job Responsibility</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseContactJobResponsibility(ContactJobResponsibility object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Contact Profile Answer</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Contact Profile Answer</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseContactProfileAnswer(ContactProfileAnswer object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Salesperson</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Salesperson</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSalesperson(Salesperson object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Salutation</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Salutation</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSalutation(Salutation object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Salutation Formula</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Salutation Formula</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSalutationFormula(SalutationFormula object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Language</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Language</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLanguage(Language object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Mailing Group</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Mailing Group</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMailingGroup(MailingGroup object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Industry Group</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Industry Group</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseIndustryGroup(IndustryGroup object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Job Responsibility</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Job Responsibility</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseJobResponsibility(JobResponsibility object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Interaction Group</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Interaction Group</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInteractionGroup(InteractionGroup object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Profile Questionnaire</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Profile Questionnaire</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseProfileQuestionnaire(ProfileQuestionnaire object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Profile Question</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Profile Question</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseProfileQuestion(ProfileQuestion object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Profile Answer</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Profile Answer</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseProfileAnswer(ProfileAnswer object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Campaign</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Campaign</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCampaign(Campaign object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Attachment</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Attachment</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAttachment(Attachment object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Interaction Template</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Interaction Template</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInteractionTemplate(InteractionTemplate object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Interaction Template Language</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Interaction Template Language</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInteractionTemplateLanguage(InteractionTemplateLanguage object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Segment Header</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Segment Header</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSegmentHeader(SegmentHeader object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Segment Interaction Language</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Segment Interaction Language</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSegmentInteractionLanguage(SegmentInteractionLanguage object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Segment Line</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Segment Line</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSegmentLine(SegmentLine object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Segment Criteria Line</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Segment Criteria Line</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSegmentCriteriaLine(SegmentCriteriaLine object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Criteria Filter</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Criteria Filter</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCriteriaFilter(CriteriaFilter object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Segment History Entry</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Segment History Entry</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSegmentHistoryEntry(SegmentHistoryEntry object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Saved Segment Criteria</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Saved Segment Criteria</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSavedSegmentCriteria(SavedSegmentCriteria object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Logged Segment</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Logged Segment</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLoggedSegment(LoggedSegment object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Interaction Log Entry</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Interaction Log Entry</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInteractionLogEntry(InteractionLogEntry object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Number Series</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Number Series</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNumberSeries(NumberSeries object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //SegmentaSwitch
