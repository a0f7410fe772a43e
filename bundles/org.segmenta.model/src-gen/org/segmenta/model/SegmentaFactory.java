/**
 */
package org.segmenta.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.segmenta.model.SegmentaPackage
 * @generated
 */
public interface SegmentaFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	SegmentaFactory eINSTANCE = org.segmenta.model.impl.SegmentaFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Contact</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Contact</em>'.
	 * @generated
	 */
	Contact createContact();

	/**
	 * Returns a new object of class '<em>Contact Mailing Group</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Contact Mailing Group</em>'.
	 * @generated
	 */
	ContactMailingGroup createContactMailingGroup();

	/**
	 * Returns a new object of class '<em>Contact Industry Group</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Contact Industry Group</em>'.
	 * @generated
	 */
	ContactIndustryGroup createContactIndustryGroup();

	/**
	 * Returns a new object of class '<em>Contact Job Responsibility</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Contact Job Responsibility</em>'.
	 * @generated
	 */
	ContactJobResponsibility createContactJobResponsibility();

	/**
	 * Returns a new object of class '<em>Contact Profile Answer</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Contact Profile Answer</em>'.
	 * @generated
	 */
	ContactProfileAnswer createContactProfileAnswer();

	/**
	 * Returns a new object of class '<em>Salesperson</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Salesperson</em>'.
	 * @generated
	 */
	Salesperson createSalesperson();

	/**
	 * Returns a new object of class '<em>Salutation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Salutation</em>'.
	 * @generated
	 */
	Salutation createSalutation();

	/**
	 * Returns a new object of class '<em>Salutation Formula</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Salutation Formula</em>'.
	 * @generated
	 */
	SalutationFormula createSalutationFormula();

	/**
	 * Returns a new object of class '<em>Language</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Language</em>'.
	 * @generated
	 */
	Language createLanguage();

	/**
	 * Returns a new object of class '<em>Mailing Group</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Mailing Group</em>'.
	 * @generated
	 */
	MailingGroup createMailingGroup();

	/**
	 * Returns a new object of class '<em>Industry Group</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Industry Group</em>'.
	 * @generated
	 */
	IndustryGroup createIndustryGroup();

	/**
	 * Returns a new object of class '<em>Job Responsibility</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Job Responsibility</em>'.
	 * @generated
	 */
	JobResponsibility createJobResponsibility();

	/**
	 * Returns a new object of class '<em>Interaction Group</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Interaction Group</em>'.
	 * @generated
	 */
	InteractionGroup createInteractionGroup();

	/**
	 * Returns a new object of class '<em>Profile Questionnaire</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Profile Questionnaire</em>'.
	 * @generated
	 */
	ProfileQuestionnaire createProfileQuestionnaire();

	/**
	 * Returns a new object of class '<em>Profile Question</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Profile Question</em>'.
	 * @generated
	 */
	ProfileQuestion createProfileQuestion();

	/**
	 * Returns a new object of class '<em>Profile Answer</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Profile Answer</em>'.
	 * @generated
	 */
	ProfileAnswer createProfileAnswer();

	/**
	 * Returns a new object of class '<em>Campaign</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Campaign</em>'.
	 * @generated
	 */
	Campaign createCampaign();

	/**
	 * Returns a new object of class '<em>Attachment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Attachment</em>'.
	 * @generated
	 */
	Attachment createAttachment();

	/**
	 * Returns a new object of class '<em>Interaction Template</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Interaction Template</em>'.
	 * @generated
	 */
	InteractionTemplate createInteractionTemplate();

	/**
	 * Returns a new object of class '<em>Interaction Template Language</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Interaction Template Language</em>'.
	 * @generated
	 */
	InteractionTemplateLanguage createInteractionTemplateLanguage();

	/**
	 * Returns a new object of class '<em>Segment Header</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Segment Header</em>'.
	 * @generated
	 */
	SegmentHeader createSegmentHeader();

	/**
	 * Returns a new object of class '<em>Segment Interaction Language</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Segment Interaction Language</em>'.
	 * @generated
	 */
	SegmentInteractionLanguage createSegmentInteractionLanguage();

	/**
	 * Returns a new object of class '<em>Segment Line</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Segment Line</em>'.
	 * @generated
	 */
	SegmentLine createSegmentLine();

	/**
	 * Returns a new object of class '<em>Segment Criteria Line</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Segment Criteria Line</em>'.
	 * @generated
	 */
	SegmentCriteriaLine createSegmentCriteriaLine();

	/**
	 * Returns a new object of class '<em>Criteria Filter</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Criteria Filter</em>'.
	 * @generated
	 */
	CriteriaFilter createCriteriaFilter();

	/**
	 * Returns a new object of class '<em>Segment History Entry</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Segment History Entry</em>'.
	 * @generated
	 */
	SegmentHistoryEntry createSegmentHistoryEntry();

	/**
	 * Returns a new object of class '<em>Saved Segment Criteria</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Saved Segment Criteria</em>'.
	 * @generated
	 */
	SavedSegmentCriteria createSavedSegmentCriteria();

	/**
	 * Returns a new object of class '<em>Logged Segment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Logged Segment</em>'.
	 * @generated
	 */
	LoggedSegment createLoggedSegment();

	/**
	 * Returns a new object of class '<em>Interaction Log Entry</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Interaction Log Entry</em>'.
	 * @generated
	 */
	InteractionLogEntry createInteractionLogEntry();

	/**
	 * Returns a new object of class '<em>Number Series</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Number Series</em>'.
	 * @generated
	 */
	NumberSeries createNumberSeries();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	SegmentaPackage getSegmentaPackage();

} //SegmentaFactory
