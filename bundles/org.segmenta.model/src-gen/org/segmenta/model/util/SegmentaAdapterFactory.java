/**
 */
package org.segmenta.model.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.segmenta.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.segmenta.model.SegmentaPackage
 * @generated
 */
public class SegmentaAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static SegmentaPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SegmentaAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = SegmentaPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SegmentaSwitch<Adapter> modelSwitch =
		new SegmentaSwitch<Adapter>() {
			@Override
			public Adapter caseContact(Contact object) {
				return createContactAdapter();
			}
			@Override
			public Adapter caseContactMailingGroup(ContactMailingGroup object) {
				return createContactMailingGroupAdapter();
			}
			@Override
			public Adapter caseContactIndustryGroup(ContactIndustryGroup object) {
				return createContactIndustryGroupAdapter();
			}
			@Override
			public Adapter caseContactJobResponsibility(ContactJobResponsibility object) {
				return createContactJobResponsibilityAdapter();
			}
			@Override
			public Adapter caseContactProfileAnswer(ContactProfileAnswer object) {
				return createContactProfileAnswerAdapter();
			}
			@Override
			public Adapter caseSalesperson(Salesperson object) {
				return createSalespersonAdapter();
			}
			@Override
			public Adapter caseSalutation(Salutation object) {
				return createSalutationAdapter();
			}
			@Override
			public Adapter caseSalutationFormula(SalutationFormula object) {
				return createSalutationFormulaAdapter();
			}
			@Override
			public Adapter caseLanguage(Language object) {
				return createLanguageAdapter();
			}
			@Override
			public Adapter caseMailingGroup(MailingGroup object) {
				return createMailingGroupAdapter();
			}
			@Override
			public Adapter caseIndustryGroup(IndustryGroup object) {
				return createIndustryGroupAdapter();
			}
			@Override
			public Adapter caseJobResponsibility(JobResponsibility object) {
				return createJobResponsibilityAdapter();
			}
			@Override
			public Adapter caseInteractionGroup(InteractionGroup object) {
				return createInteractionGroupAdapter();
			}
			@Override
			public Adapter caseProfileQuestionnaire(ProfileQuestionnaire object) {
				return createProfileQuestionnaireAdapter();
			}
			@Override
			public Adapter caseProfileQuestion(ProfileQuestion object) {
				return createProfileQuestionAdapter();
			}
			@Override
			public Adapter caseProfileAnswer(ProfileAnswer object) {
				return createProfileAnswerAdapter();
			}
			@Override
			public Adapter caseCampaign(Campaign object) {
				return createCampaignAdapter();
			}
			@Override
			public Adapter caseAttachment(Attachment object) {
				return createAttachmentAdapter();
			}
			@Override
			public Adapter caseInteractionTemplate(InteractionTemplate object) {
				return createInteractionTemplateAdapter();
			}
			@Override
			public Adapter caseInteractionTemplateLanguage(InteractionTemplateLanguage object) {
				return createInteractionTemplateLanguageAdapter();
			}
			@Override
			public Adapter caseSegmentHeader(SegmentHeader object) {
				return createSegmentHeaderAdapter();
			}
			@Override
			public Adapter caseSegmentInteractionLanguage(SegmentInteractionLanguage object) {
				return createSegmentInteractionLanguageAdapter();
			}
			@Override
			public Adapter caseSegmentLine(SegmentLine object) {
				return createSegmentLineAdapter();
			}
			@Override
			public Adapter caseSegmentCriteriaLine(SegmentCriteriaLine object) {
				return createSegmentCriteriaLineAdapter();
			}
			@Override
			public Adapter caseCriteriaFilter(CriteriaFilter object) {
				return createCriteriaFilterAdapter();
			}
			@Override
			public Adapter caseSegmentHistoryEntry(SegmentHistoryEntry object) {
				return createSegmentHistoryEntryAdapter();
			}
			@Override
			public Adapter caseSavedSegmentCriteria(SavedSegmentCriteria object) {
				return createSavedSegmentCriteriaAdapter();
			}
			@Override
			public Adapter caseLoggedSegment(LoggedSegment object) {
				return createLoggedSegmentAdapter();
			}
			@Override
			public Adapter caseInteractionLogEntry(InteractionLogEntry object) {
				return createInteractionLogEntryAdapter();
			}
			@Override
			public Adapter caseNumberSeries(NumberSeries object) {
				return createNumberSeriesAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.segmenta.model.Contact <em>Contact</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.segmenta.model.Contact
	 * @generated
	 */
	public Adapter createContactAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.segmenta.model.ContactMailingGroup <em>Contact Mailing Group</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.segmenta.model.ContactMailingGroup
	 * @generated
	 */
	public Adapter createContactMailingGroupAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.segmenta.model.ContactIndustryGroup <em>Contact Industry Group</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.segmenta.model.ContactIndustryGroup
	 * @generated
	 */
	public Adapter createContactIndustryGroupAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.segmenta.model.ContactJobResponsibility <em>Contact Job Responsibility</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.segmenta.model.ContactJobResponsibility
	 * @generated
	 */
	public Adapter createContactJobResponsibilityAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.segmenta.model.ContactProfileAnswer <em>Contact Profile Answer</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.segmenta.model.ContactProfileAnswer
	 * @generated
	 */
	public Adapter createContactProfileAnswerAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.segmenta.model.Salesperson <em>Salesperson</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.segmenta.model.Salesperson
	 * @generated
	 */
	public Adapter createSalespersonAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.segmenta.model.Salutation <em>Salutation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.segmenta.model.Salutation
	 * @generated
	 */
	public Adapter createSalutationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.segmenta.model.SalutationFormula <em>Salutation Formula</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.segmenta.model.SalutationFormula
	 * @generated
	 */
	public Adapter createSalutationFormulaAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.segmenta.model.Language <em>Language</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.segmenta.model.Language
	 * @generated
	 */
	public Adapter createLanguageAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.segmenta.model.MailingGroup <em>Mailing Group</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.segmenta.model.MailingGroup
	 * @generated
	 */
	public Adapter createMailingGroupAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.segmenta.model.IndustryGroup <em>Industry Group</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.segmenta.model.IndustryGroup
	 * @generated
	 */
	public Adapter createIndustryGroupAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.segmenta.model.JobResponsibility <em>Job Responsibility</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.segmenta.model.JobResponsibility
	 * @generated
	 */
	public Adapter createJobResponsibilityAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.segmenta.model.InteractionGroup <em>Interaction Group</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.segmenta.model.InteractionGroup
	 * @generated
	 */
	public Adapter createInteractionGroupAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.segmenta.model.ProfileQuestionnaire <em>Profile Questionnaire</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.segmenta.model.ProfileQuestionnaire
	 * @generated
	 */
	public Adapter createProfileQuestionnaireAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.segmenta.model.ProfileQuestion <em>Profile Question</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.segmenta.model.ProfileQuestion
	 * @generated
	 */
	public Adapter createProfileQuestionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.segmenta.model.ProfileAnswer <em>Profile Answer</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.segmenta.model.ProfileAnswer
	 * @generated
	 */
	public Adapter createProfileAnswerAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.segmenta.model.Campaign <em>Campaign</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.segmenta.model.Campaign
	 * @generated
	 */
	public Adapter createCampaignAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.segmenta.model.Attachment <em>Attachment</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.segmenta.model.Attachment
	 * @generated
	 */
	public Adapter createAttachmentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.segmenta.model.InteractionTemplate <em>Interaction Template</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.segmenta.model.InteractionTemplate
	 * @generated
	 */
	public Adapter createInteractionTemplateAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.segmenta.model.InteractionTemplateLanguage <em>Interaction Template Language</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.segmenta.model.InteractionTemplateLanguage
	 * @generated
	 */
	public Adapter createInteractionTemplateLanguageAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.segmenta.model.SegmentHeader <em>Segment Header</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.segmenta.model.SegmentHeader
	 * @generated
	 */
	public Adapter createSegmentHeaderAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.segmenta.model.SegmentInteractionLanguage <em>Segment Interaction Language</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.segmenta.model.SegmentInteractionLanguage
	 * @generated
	 */
	public Adapter createSegmentInteractionLanguageAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.segmenta.model.SegmentLine <em>Segment Line</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.segmenta.model.SegmentLine
	 * @generated
	 */
	public Adapter createSegmentLineAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.segmenta.model.SegmentCriteriaLine <em>Segment Criteria Line</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.segmenta.model.SegmentCriteriaLine
	 * @generated
	 */
	public Adapter createSegmentCriteriaLineAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.segmenta.model.CriteriaFilter <em>Criteria Filter</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.segmenta.model.CriteriaFilter
	 * @generated
	 */
	public Adapter createCriteriaFilterAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.segmenta.model.SegmentHistoryEntry <em>Segment History Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.segmenta.model.SegmentHistoryEntry
	 * @generated
	 */
	public Adapter createSegmentHistoryEntryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.segmenta.model.SavedSegmentCriteria <em>Saved Segment Criteria</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.segmenta.model.SavedSegmentCriteria
	 * @generated
	 */
	public Adapter createSavedSegmentCriteriaAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.segmenta.model.LoggedSegment <em>Logged Segment</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.segmenta.model.LoggedSegment
	 * @generated
	 */
	public Adapter createLoggedSegmentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.segmenta.model.InteractionLogEntry <em>Interaction Log Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.segmenta.model.InteractionLogEntry
	 * @generated
	 */
	public Adapter createInteractionLogEntryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.segmenta.model.NumberSeries <em>Number Series</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.segmenta.model.NumberSeries
	 * @generated
	 */
	public Adapter createNumberSeriesAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //SegmentaAdapterFactory
