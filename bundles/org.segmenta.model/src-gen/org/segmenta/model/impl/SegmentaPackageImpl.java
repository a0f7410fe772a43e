/**
 */
package org.segmenta.model.impl;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.segmenta.model.Attachment;
import org.segmenta.model.Campaign;
import org.segmenta.model.Contact;
import org.segmenta.model.ContactIndustryGroup;
import org.segmenta.model.ContactJobResponsibility;
import org.segmenta.model.ContactMailingGroup;
import org.segmenta.model.ContactProfileAnswer;
import org.segmenta.model.ContactType;
import org.segmenta.model.CorrespondenceType;
import org.segmenta.model.CriteriaAction;
import org.segmenta.model.CriteriaFilter;
import org.segmenta.model.DeliveryStatus;
import org.segmenta.model.Evaluation;
import org.segmenta.model.HistoryAction;
import org.segmenta.model.IndustryGroup;
import org.segmenta.model.InformationFlow;
import org.segmenta.model.InitiatedBy;
import org.segmenta.model.InteractionGroup;
import org.segmenta.model.InteractionLogEntry;
import org.segmenta.model.InteractionTemplate;
import org.segmenta.model.InteractionTemplateLanguage;
import org.segmenta.model.JobResponsibility;
import org.segmenta.model.Language;
import org.segmenta.model.LoggedSegment;
import org.segmenta.model.MailingGroup;
import org.segmenta.model.NumberSeries;
import org.segmenta.model.ProfileAnswer;
import org.segmenta.model.ProfileQuestion;
import org.segmenta.model.ProfileQuestionnaire;
import org.segmenta.model.Salesperson;
import org.segmenta.model.Salutation;
import org.segmenta.model.SalutationFormula;
import org.segmenta.model.SalutationType;
import org.segmenta.model.SavedSegmentCriteria;
import org.segmenta.model.SegmentCriteriaLine;
import org.segmenta.model.SegmentHeader;
import org.segmenta.model.SegmentHistoryEntry;
import org.segmenta.model.SegmentInteractionLanguage;
import org.segmenta.model.SegmentLine;
import org.segmenta.model.SegmentaFactory;
import org.segmenta.model.SegmentaPackage;
import org.segmenta.model.StepKind;
import org.segmenta.model.WizardAction;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class SegmentaPackageImpl extends EPackageImpl implements SegmentaPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass contactEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass contactMailingGroupEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass contactIndustryGroupEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass contactJobResponsibilityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass contactProfileAnswerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass salespersonEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass salutationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass salutationFormulaEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass languageEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass mailingGroupEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass industryGroupEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass jobResponsibilityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass interactionGroupEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass profileQuestionnaireEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass profileQuestionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass profileAnswerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass campaignEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass attachmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass interactionTemplateEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass interactionTemplateLanguageEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass segmentHeaderEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass segmentInteractionLanguageEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass segmentLineEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass segmentCriteriaLineEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass criteriaFilterEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass segmentHistoryEntryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass savedSegmentCriteriaEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass loggedSegmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass interactionLogEntryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass numberSeriesEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum contactTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum correspondenceTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum informationFlowEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum initiatedByEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum evaluationEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum criteriaActionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum stepKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum deliveryStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum wizardActionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum historyActionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum salutationTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType localDateEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType localTimeEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType instantEDataType = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.segmenta.model.SegmentaPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private SegmentaPackageImpl() {
		super(eNS_URI, SegmentaFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link SegmentaPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static SegmentaPackage init() {
		if (isInited) return (SegmentaPackage)EPackage.Registry.INSTANCE.getEPackage(SegmentaPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredSegmentaPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		SegmentaPackageImpl theSegmentaPackage = registeredSegmentaPackage instanceof SegmentaPackageImpl ? (SegmentaPackageImpl)registeredSegmentaPackage : new SegmentaPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theSegmentaPackage.createPackageContents();

		// Initialize created meta-data
		theSegmentaPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theSegmentaPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(SegmentaPackage.eNS_URI, theSegmentaPackage);
		return theSegmentaPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getContact() {
		return contactEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_No() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_Type() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_CompanyNo() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_Name() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_Name2() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_FirstName() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_MiddleName() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_Surname() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_Initials() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_JobTitle() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_CompanyName() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_SearchName() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_Address() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_Address2() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_PostCode() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_City() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_County() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_CountryRegionCode() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_PhoneNo() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_MobilePhoneNo() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_FaxNo() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_Email() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(21);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_HomePage() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(22);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_LanguageCode() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(23);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_SalutationCode() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(24);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_CorrespondenceType() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(25);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_SalespersonCode() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(26);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_TerritoryCode() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(27);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_ExcludeFromSegment() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(28);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_PrivacyBlocked() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(29);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_Notes() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(30);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getContact_MailingGroups() {
		return (EReference)contactEClass.getEStructuralFeatures().get(31);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getContact_IndustryGroups() {
		return (EReference)contactEClass.getEStructuralFeatures().get(32);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getContact_JobResponsibilities() {
		return (EReference)contactEClass.getEStructuralFeatures().get(33);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getContact_ProfileAnswers() {
		return (EReference)contactEClass.getEStructuralFeatures().get(34);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getContactMailingGroup() {
		return contactMailingGroupEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContactMailingGroup_MailingGroupCode() {
		return (EAttribute)contactMailingGroupEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getContactIndustryGroup() {
		return contactIndustryGroupEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContactIndustryGroup_IndustryGroupCode() {
		return (EAttribute)contactIndustryGroupEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getContactJobResponsibility() {
		return contactJobResponsibilityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContactJobResponsibility_JobResponsibilityCode() {
		return (EAttribute)contactJobResponsibilityEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getContactProfileAnswer() {
		return contactProfileAnswerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContactProfileAnswer_ProfileQuestionnaireCode() {
		return (EAttribute)contactProfileAnswerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContactProfileAnswer_AnswerLineNo() {
		return (EAttribute)contactProfileAnswerEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContactProfileAnswer_AnswerDescription() {
		return (EAttribute)contactProfileAnswerEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSalesperson() {
		return salespersonEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSalesperson_Code() {
		return (EAttribute)salespersonEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSalesperson_Name() {
		return (EAttribute)salespersonEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSalesperson_JobTitle() {
		return (EAttribute)salespersonEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSalesperson_Email() {
		return (EAttribute)salespersonEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSalesperson_PhoneNo() {
		return (EAttribute)salespersonEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSalesperson_Blocked() {
		return (EAttribute)salespersonEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSalutation() {
		return salutationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSalutation_Code() {
		return (EAttribute)salutationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSalutation_Description() {
		return (EAttribute)salutationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSalutation_Formulas() {
		return (EReference)salutationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSalutationFormula() {
		return salutationFormulaEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSalutationFormula_LanguageCode() {
		return (EAttribute)salutationFormulaEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSalutationFormula_SalutationType() {
		return (EAttribute)salutationFormulaEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSalutationFormula_Text() {
		return (EAttribute)salutationFormulaEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLanguage() {
		return languageEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLanguage_Code() {
		return (EAttribute)languageEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLanguage_Name() {
		return (EAttribute)languageEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLanguage_WindowsLanguageId() {
		return (EAttribute)languageEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMailingGroup() {
		return mailingGroupEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMailingGroup_Code() {
		return (EAttribute)mailingGroupEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMailingGroup_Description() {
		return (EAttribute)mailingGroupEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIndustryGroup() {
		return industryGroupEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndustryGroup_Code() {
		return (EAttribute)industryGroupEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndustryGroup_Description() {
		return (EAttribute)industryGroupEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getJobResponsibility() {
		return jobResponsibilityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getJobResponsibility_Code() {
		return (EAttribute)jobResponsibilityEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getJobResponsibility_Description() {
		return (EAttribute)jobResponsibilityEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInteractionGroup() {
		return interactionGroupEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInteractionGroup_Code() {
		return (EAttribute)interactionGroupEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInteractionGroup_Description() {
		return (EAttribute)interactionGroupEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProfileQuestionnaire() {
		return profileQuestionnaireEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProfileQuestionnaire_Code() {
		return (EAttribute)profileQuestionnaireEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProfileQuestionnaire_Description() {
		return (EAttribute)profileQuestionnaireEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProfileQuestionnaire_Questions() {
		return (EReference)profileQuestionnaireEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProfileQuestion() {
		return profileQuestionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProfileQuestion_LineNo() {
		return (EAttribute)profileQuestionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProfileQuestion_Description() {
		return (EAttribute)profileQuestionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProfileQuestion_Answers() {
		return (EReference)profileQuestionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProfileAnswer() {
		return profileAnswerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProfileAnswer_LineNo() {
		return (EAttribute)profileAnswerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProfileAnswer_Description() {
		return (EAttribute)profileAnswerEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCampaign() {
		return campaignEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCampaign_No() {
		return (EAttribute)campaignEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCampaign_Description() {
		return (EAttribute)campaignEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCampaign_StartingDate() {
		return (EAttribute)campaignEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCampaign_EndingDate() {
		return (EAttribute)campaignEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCampaign_SalespersonCode() {
		return (EAttribute)campaignEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCampaign_Activated() {
		return (EAttribute)campaignEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAttachment() {
		return attachmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAttachment_No() {
		return (EAttribute)attachmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAttachment_FileName() {
		return (EAttribute)attachmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAttachment_MediaType() {
		return (EAttribute)attachmentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAttachment_Size() {
		return (EAttribute)attachmentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAttachment_ReadOnly() {
		return (EAttribute)attachmentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAttachment_Created() {
		return (EAttribute)attachmentEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAttachment_FieldMapping() {
		return (EAttribute)attachmentEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInteractionTemplate() {
		return interactionTemplateEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInteractionTemplate_Code() {
		return (EAttribute)interactionTemplateEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInteractionTemplate_InteractionGroupCode() {
		return (EAttribute)interactionTemplateEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInteractionTemplate_Description() {
		return (EAttribute)interactionTemplateEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInteractionTemplate_UnitCost() {
		return (EAttribute)interactionTemplateEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInteractionTemplate_UnitDuration() {
		return (EAttribute)interactionTemplateEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInteractionTemplate_InformationFlow() {
		return (EAttribute)interactionTemplateEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInteractionTemplate_InitiatedBy() {
		return (EAttribute)interactionTemplateEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInteractionTemplate_CampaignNo() {
		return (EAttribute)interactionTemplateEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInteractionTemplate_CampaignTarget() {
		return (EAttribute)interactionTemplateEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInteractionTemplate_CampaignResponse() {
		return (EAttribute)interactionTemplateEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInteractionTemplate_CorrespondenceType() {
		return (EAttribute)interactionTemplateEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInteractionTemplate_IgnoreContactCorrespondenceType() {
		return (EAttribute)interactionTemplateEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInteractionTemplate_LanguageCodeDefault() {
		return (EAttribute)interactionTemplateEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInteractionTemplate_WizardAction() {
		return (EAttribute)interactionTemplateEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInteractionTemplate_Languages() {
		return (EReference)interactionTemplateEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInteractionTemplateLanguage() {
		return interactionTemplateLanguageEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInteractionTemplateLanguage_LanguageCode() {
		return (EAttribute)interactionTemplateLanguageEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInteractionTemplateLanguage_Description() {
		return (EAttribute)interactionTemplateLanguageEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInteractionTemplateLanguage_AttachmentNo() {
		return (EAttribute)interactionTemplateLanguageEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInteractionTemplateLanguage_WordTemplateNo() {
		return (EAttribute)interactionTemplateLanguageEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSegmentHeader() {
		return segmentHeaderEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegmentHeader_No() {
		return (EAttribute)segmentHeaderEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegmentHeader_Date() {
		return (EAttribute)segmentHeaderEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegmentHeader_Description() {
		return (EAttribute)segmentHeaderEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegmentHeader_SalespersonCode() {
		return (EAttribute)segmentHeaderEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegmentHeader_InteractionTemplateCode() {
		return (EAttribute)segmentHeaderEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegmentHeader_InteractionGroupCode() {
		return (EAttribute)segmentHeaderEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegmentHeader_InformationFlow() {
		return (EAttribute)segmentHeaderEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegmentHeader_InitiatedBy() {
		return (EAttribute)segmentHeaderEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegmentHeader_CampaignNo() {
		return (EAttribute)segmentHeaderEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegmentHeader_CampaignTarget() {
		return (EAttribute)segmentHeaderEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegmentHeader_CampaignResponse() {
		return (EAttribute)segmentHeaderEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegmentHeader_SendWordDocsAsAttachment() {
		return (EAttribute)segmentHeaderEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegmentHeader_LanguageCodeDefault() {
		return (EAttribute)segmentHeaderEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegmentHeader_SubjectDefault() {
		return (EAttribute)segmentHeaderEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegmentHeader_IgnoreContactCorrespondenceType() {
		return (EAttribute)segmentHeaderEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegmentHeader_CorrespondenceTypeDefault() {
		return (EAttribute)segmentHeaderEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegmentHeader_UnitCost() {
		return (EAttribute)segmentHeaderEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegmentHeader_UnitDuration() {
		return (EAttribute)segmentHeaderEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegmentHeader_ModifiedWordTemplateNo() {
		return (EAttribute)segmentHeaderEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSegmentHeader_Languages() {
		return (EReference)segmentHeaderEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSegmentHeader_CriteriaLines() {
		return (EReference)segmentHeaderEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSegmentInteractionLanguage() {
		return segmentInteractionLanguageEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegmentInteractionLanguage_LanguageCode() {
		return (EAttribute)segmentInteractionLanguageEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegmentInteractionLanguage_Description() {
		return (EAttribute)segmentInteractionLanguageEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegmentInteractionLanguage_Subject() {
		return (EAttribute)segmentInteractionLanguageEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegmentInteractionLanguage_AttachmentNo() {
		return (EAttribute)segmentInteractionLanguageEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegmentInteractionLanguage_WordTemplateNo() {
		return (EAttribute)segmentInteractionLanguageEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSegmentLine() {
		return segmentLineEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegmentLine_SegmentNo() {
		return (EAttribute)segmentLineEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegmentLine_LineNo() {
		return (EAttribute)segmentLineEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegmentLine_ContactNo() {
		return (EAttribute)segmentLineEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegmentLine_ContactCompanyNo() {
		return (EAttribute)segmentLineEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegmentLine_Date() {
		return (EAttribute)segmentLineEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegmentLine_TimeOfInteraction() {
		return (EAttribute)segmentLineEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegmentLine_Description() {
		return (EAttribute)segmentLineEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegmentLine_SalespersonCode() {
		return (EAttribute)segmentLineEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegmentLine_InteractionTemplateCode() {
		return (EAttribute)segmentLineEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegmentLine_InteractionGroupCode() {
		return (EAttribute)segmentLineEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegmentLine_InformationFlow() {
		return (EAttribute)segmentLineEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegmentLine_InitiatedBy() {
		return (EAttribute)segmentLineEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegmentLine_CampaignNo() {
		return (EAttribute)segmentLineEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegmentLine_CampaignTarget() {
		return (EAttribute)segmentLineEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegmentLine_CampaignResponse() {
		return (EAttribute)segmentLineEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegmentLine_SendWordDocsAsAttachment() {
		return (EAttribute)segmentLineEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegmentLine_CorrespondenceType() {
		return (EAttribute)segmentLineEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegmentLine_LanguageCode() {
		return (EAttribute)segmentLineEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegmentLine_Subject() {
		return (EAttribute)segmentLineEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegmentLine_Evaluation() {
		return (EAttribute)segmentLineEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegmentLine_Cost() {
		return (EAttribute)segmentLineEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegmentLine_Duration() {
		return (EAttribute)segmentLineEClass.getEStructuralFeatures().get(21);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegmentLine_AttachmentNo() {
		return (EAttribute)segmentLineEClass.getEStructuralFeatures().get(22);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegmentLine_AttachmentInherited() {
		return (EAttribute)segmentLineEClass.getEStructuralFeatures().get(23);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegmentLine_WordTemplateNo() {
		return (EAttribute)segmentLineEClass.getEStructuralFeatures().get(24);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegmentLine_Merged() {
		return (EAttribute)segmentLineEClass.getEStructuralFeatures().get(25);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegmentLine_AttemptFailed() {
		return (EAttribute)segmentLineEClass.getEStructuralFeatures().get(26);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegmentLine_StepNo() {
		return (EAttribute)segmentLineEClass.getEStructuralFeatures().get(27);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegmentLine_StepKind() {
		return (EAttribute)segmentLineEClass.getEStructuralFeatures().get(28);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegmentLine_ReusedLoggedSegmentEntryNo() {
		return (EAttribute)segmentLineEClass.getEStructuralFeatures().get(29);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegmentLine_PersonalNote() {
		return (EAttribute)segmentLineEClass.getEStructuralFeatures().get(30);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSegmentCriteriaLine() {
		return segmentCriteriaLineEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegmentCriteriaLine_StepNo() {
		return (EAttribute)segmentCriteriaLineEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegmentCriteriaLine_Action() {
		return (EAttribute)segmentCriteriaLineEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegmentCriteriaLine_Kind() {
		return (EAttribute)segmentCriteriaLineEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegmentCriteriaLine_AllowExistingContacts() {
		return (EAttribute)segmentCriteriaLineEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegmentCriteriaLine_ExpandCompanies() {
		return (EAttribute)segmentCriteriaLineEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegmentCriteriaLine_AllowRelatedCompanies() {
		return (EAttribute)segmentCriteriaLineEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegmentCriteriaLine_IgnoreExclusion() {
		return (EAttribute)segmentCriteriaLineEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegmentCriteriaLine_EntireCompanies() {
		return (EAttribute)segmentCriteriaLineEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegmentCriteriaLine_LoggedSegmentEntryNo() {
		return (EAttribute)segmentCriteriaLineEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegmentCriteriaLine_Undone() {
		return (EAttribute)segmentCriteriaLineEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegmentCriteriaLine_Description() {
		return (EAttribute)segmentCriteriaLineEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSegmentCriteriaLine_Filters() {
		return (EReference)segmentCriteriaLineEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCriteriaFilter() {
		return criteriaFilterEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCriteriaFilter_Source() {
		return (EAttribute)criteriaFilterEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCriteriaFilter_Field() {
		return (EAttribute)criteriaFilterEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCriteriaFilter_Expression() {
		return (EAttribute)criteriaFilterEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSegmentHistoryEntry() {
		return segmentHistoryEntryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegmentHistoryEntry_SegmentNo() {
		return (EAttribute)segmentHistoryEntryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegmentHistoryEntry_StepNo() {
		return (EAttribute)segmentHistoryEntryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegmentHistoryEntry_Action() {
		return (EAttribute)segmentHistoryEntryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegmentHistoryEntry_LineNo() {
		return (EAttribute)segmentHistoryEntryEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegmentHistoryEntry_ContactNo() {
		return (EAttribute)segmentHistoryEntryEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSegmentHistoryEntry_Line() {
		return (EReference)segmentHistoryEntryEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSavedSegmentCriteria() {
		return savedSegmentCriteriaEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSavedSegmentCriteria_Code() {
		return (EAttribute)savedSegmentCriteriaEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSavedSegmentCriteria_Description() {
		return (EAttribute)savedSegmentCriteriaEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSavedSegmentCriteria_Lines() {
		return (EReference)savedSegmentCriteriaEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLoggedSegment() {
		return loggedSegmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLoggedSegment_EntryNo() {
		return (EAttribute)loggedSegmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLoggedSegment_SegmentNo() {
		return (EAttribute)loggedSegmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLoggedSegment_Description() {
		return (EAttribute)loggedSegmentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLoggedSegment_CreationDate() {
		return (EAttribute)loggedSegmentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLoggedSegment_UserId() {
		return (EAttribute)loggedSegmentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLoggedSegment_Canceled() {
		return (EAttribute)loggedSegmentEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLoggedSegment_NoOfInteractions() {
		return (EAttribute)loggedSegmentEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInteractionLogEntry() {
		return interactionLogEntryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInteractionLogEntry_EntryNo() {
		return (EAttribute)interactionLogEntryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInteractionLogEntry_ContactNo() {
		return (EAttribute)interactionLogEntryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInteractionLogEntry_ContactCompanyNo() {
		return (EAttribute)interactionLogEntryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInteractionLogEntry_Date() {
		return (EAttribute)interactionLogEntryEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInteractionLogEntry_TimeOfInteraction() {
		return (EAttribute)interactionLogEntryEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInteractionLogEntry_Description() {
		return (EAttribute)interactionLogEntryEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInteractionLogEntry_InformationFlow() {
		return (EAttribute)interactionLogEntryEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInteractionLogEntry_InitiatedBy() {
		return (EAttribute)interactionLogEntryEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInteractionLogEntry_AttachmentNo() {
		return (EAttribute)interactionLogEntryEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInteractionLogEntry_Cost() {
		return (EAttribute)interactionLogEntryEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInteractionLogEntry_Duration() {
		return (EAttribute)interactionLogEntryEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInteractionLogEntry_UserId() {
		return (EAttribute)interactionLogEntryEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInteractionLogEntry_InteractionGroupCode() {
		return (EAttribute)interactionLogEntryEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInteractionLogEntry_InteractionTemplateCode() {
		return (EAttribute)interactionLogEntryEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInteractionLogEntry_CampaignNo() {
		return (EAttribute)interactionLogEntryEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInteractionLogEntry_CampaignEntryNo() {
		return (EAttribute)interactionLogEntryEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInteractionLogEntry_CampaignResponse() {
		return (EAttribute)interactionLogEntryEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInteractionLogEntry_CampaignTarget() {
		return (EAttribute)interactionLogEntryEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInteractionLogEntry_SegmentNo() {
		return (EAttribute)interactionLogEntryEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInteractionLogEntry_Evaluation() {
		return (EAttribute)interactionLogEntryEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInteractionLogEntry_AttemptFailed() {
		return (EAttribute)interactionLogEntryEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInteractionLogEntry_SalespersonCode() {
		return (EAttribute)interactionLogEntryEClass.getEStructuralFeatures().get(21);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInteractionLogEntry_DeliveryStatus() {
		return (EAttribute)interactionLogEntryEClass.getEStructuralFeatures().get(22);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInteractionLogEntry_Canceled() {
		return (EAttribute)interactionLogEntryEClass.getEStructuralFeatures().get(23);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInteractionLogEntry_CorrespondenceType() {
		return (EAttribute)interactionLogEntryEClass.getEStructuralFeatures().get(24);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInteractionLogEntry_LoggedSegmentEntryNo() {
		return (EAttribute)interactionLogEntryEClass.getEStructuralFeatures().get(25);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInteractionLogEntry_SendWordDocsAsAttachment() {
		return (EAttribute)interactionLogEntryEClass.getEStructuralFeatures().get(26);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInteractionLogEntry_InteractionLanguageCode() {
		return (EAttribute)interactionLogEntryEClass.getEStructuralFeatures().get(27);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInteractionLogEntry_Subject() {
		return (EAttribute)interactionLogEntryEClass.getEStructuralFeatures().get(28);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInteractionLogEntry_WordTemplateNo() {
		return (EAttribute)interactionLogEntryEClass.getEStructuralFeatures().get(29);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInteractionLogEntry_Merged() {
		return (EAttribute)interactionLogEntryEClass.getEStructuralFeatures().get(30);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInteractionLogEntry_ContactVia() {
		return (EAttribute)interactionLogEntryEClass.getEStructuralFeatures().get(31);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInteractionLogEntry_Postponed() {
		return (EAttribute)interactionLogEntryEClass.getEStructuralFeatures().get(32);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInteractionLogEntry_DocumentType() {
		return (EAttribute)interactionLogEntryEClass.getEStructuralFeatures().get(33);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInteractionLogEntry_DocumentNo() {
		return (EAttribute)interactionLogEntryEClass.getEStructuralFeatures().get(34);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInteractionLogEntry_OpportunityNo() {
		return (EAttribute)interactionLogEntryEClass.getEStructuralFeatures().get(35);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInteractionLogEntry_TaskNo() {
		return (EAttribute)interactionLogEntryEClass.getEStructuralFeatures().get(36);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNumberSeries() {
		return numberSeriesEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNumberSeries_Code() {
		return (EAttribute)numberSeriesEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNumberSeries_Description() {
		return (EAttribute)numberSeriesEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNumberSeries_StartingNo() {
		return (EAttribute)numberSeriesEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNumberSeries_LastNoUsed() {
		return (EAttribute)numberSeriesEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getContactType() {
		return contactTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCorrespondenceType() {
		return correspondenceTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getInformationFlow() {
		return informationFlowEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getInitiatedBy() {
		return initiatedByEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEvaluation() {
		return evaluationEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCriteriaAction() {
		return criteriaActionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getStepKind() {
		return stepKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDeliveryStatus() {
		return deliveryStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getWizardAction() {
		return wizardActionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getHistoryAction() {
		return historyActionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSalutationType() {
		return salutationTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getLocalDate() {
		return localDateEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getLocalTime() {
		return localTimeEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getInstant() {
		return instantEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SegmentaFactory getSegmentaFactory() {
		return (SegmentaFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		contactEClass = createEClass(CONTACT);
		createEAttribute(contactEClass, CONTACT__NO);
		createEAttribute(contactEClass, CONTACT__TYPE);
		createEAttribute(contactEClass, CONTACT__COMPANY_NO);
		createEAttribute(contactEClass, CONTACT__NAME);
		createEAttribute(contactEClass, CONTACT__NAME2);
		createEAttribute(contactEClass, CONTACT__FIRST_NAME);
		createEAttribute(contactEClass, CONTACT__MIDDLE_NAME);
		createEAttribute(contactEClass, CONTACT__SURNAME);
		createEAttribute(contactEClass, CONTACT__INITIALS);
		createEAttribute(contactEClass, CONTACT__JOB_TITLE);
		createEAttribute(contactEClass, CONTACT__COMPANY_NAME);
		createEAttribute(contactEClass, CONTACT__SEARCH_NAME);
		createEAttribute(contactEClass, CONTACT__ADDRESS);
		createEAttribute(contactEClass, CONTACT__ADDRESS2);
		createEAttribute(contactEClass, CONTACT__POST_CODE);
		createEAttribute(contactEClass, CONTACT__CITY);
		createEAttribute(contactEClass, CONTACT__COUNTY);
		createEAttribute(contactEClass, CONTACT__COUNTRY_REGION_CODE);
		createEAttribute(contactEClass, CONTACT__PHONE_NO);
		createEAttribute(contactEClass, CONTACT__MOBILE_PHONE_NO);
		createEAttribute(contactEClass, CONTACT__FAX_NO);
		createEAttribute(contactEClass, CONTACT__EMAIL);
		createEAttribute(contactEClass, CONTACT__HOME_PAGE);
		createEAttribute(contactEClass, CONTACT__LANGUAGE_CODE);
		createEAttribute(contactEClass, CONTACT__SALUTATION_CODE);
		createEAttribute(contactEClass, CONTACT__CORRESPONDENCE_TYPE);
		createEAttribute(contactEClass, CONTACT__SALESPERSON_CODE);
		createEAttribute(contactEClass, CONTACT__TERRITORY_CODE);
		createEAttribute(contactEClass, CONTACT__EXCLUDE_FROM_SEGMENT);
		createEAttribute(contactEClass, CONTACT__PRIVACY_BLOCKED);
		createEAttribute(contactEClass, CONTACT__NOTES);
		createEReference(contactEClass, CONTACT__MAILING_GROUPS);
		createEReference(contactEClass, CONTACT__INDUSTRY_GROUPS);
		createEReference(contactEClass, CONTACT__JOB_RESPONSIBILITIES);
		createEReference(contactEClass, CONTACT__PROFILE_ANSWERS);

		contactMailingGroupEClass = createEClass(CONTACT_MAILING_GROUP);
		createEAttribute(contactMailingGroupEClass, CONTACT_MAILING_GROUP__MAILING_GROUP_CODE);

		contactIndustryGroupEClass = createEClass(CONTACT_INDUSTRY_GROUP);
		createEAttribute(contactIndustryGroupEClass, CONTACT_INDUSTRY_GROUP__INDUSTRY_GROUP_CODE);

		contactJobResponsibilityEClass = createEClass(CONTACT_JOB_RESPONSIBILITY);
		createEAttribute(contactJobResponsibilityEClass, CONTACT_JOB_RESPONSIBILITY__JOB_RESPONSIBILITY_CODE);

		contactProfileAnswerEClass = createEClass(CONTACT_PROFILE_ANSWER);
		createEAttribute(contactProfileAnswerEClass, CONTACT_PROFILE_ANSWER__PROFILE_QUESTIONNAIRE_CODE);
		createEAttribute(contactProfileAnswerEClass, CONTACT_PROFILE_ANSWER__ANSWER_LINE_NO);
		createEAttribute(contactProfileAnswerEClass, CONTACT_PROFILE_ANSWER__ANSWER_DESCRIPTION);

		salespersonEClass = createEClass(SALESPERSON);
		createEAttribute(salespersonEClass, SALESPERSON__CODE);
		createEAttribute(salespersonEClass, SALESPERSON__NAME);
		createEAttribute(salespersonEClass, SALESPERSON__JOB_TITLE);
		createEAttribute(salespersonEClass, SALESPERSON__EMAIL);
		createEAttribute(salespersonEClass, SALESPERSON__PHONE_NO);
		createEAttribute(salespersonEClass, SALESPERSON__BLOCKED);

		salutationEClass = createEClass(SALUTATION);
		createEAttribute(salutationEClass, SALUTATION__CODE);
		createEAttribute(salutationEClass, SALUTATION__DESCRIPTION);
		createEReference(salutationEClass, SALUTATION__FORMULAS);

		salutationFormulaEClass = createEClass(SALUTATION_FORMULA);
		createEAttribute(salutationFormulaEClass, SALUTATION_FORMULA__LANGUAGE_CODE);
		createEAttribute(salutationFormulaEClass, SALUTATION_FORMULA__SALUTATION_TYPE);
		createEAttribute(salutationFormulaEClass, SALUTATION_FORMULA__TEXT);

		languageEClass = createEClass(LANGUAGE);
		createEAttribute(languageEClass, LANGUAGE__CODE);
		createEAttribute(languageEClass, LANGUAGE__NAME);
		createEAttribute(languageEClass, LANGUAGE__WINDOWS_LANGUAGE_ID);

		mailingGroupEClass = createEClass(MAILING_GROUP);
		createEAttribute(mailingGroupEClass, MAILING_GROUP__CODE);
		createEAttribute(mailingGroupEClass, MAILING_GROUP__DESCRIPTION);

		industryGroupEClass = createEClass(INDUSTRY_GROUP);
		createEAttribute(industryGroupEClass, INDUSTRY_GROUP__CODE);
		createEAttribute(industryGroupEClass, INDUSTRY_GROUP__DESCRIPTION);

		jobResponsibilityEClass = createEClass(JOB_RESPONSIBILITY);
		createEAttribute(jobResponsibilityEClass, JOB_RESPONSIBILITY__CODE);
		createEAttribute(jobResponsibilityEClass, JOB_RESPONSIBILITY__DESCRIPTION);

		interactionGroupEClass = createEClass(INTERACTION_GROUP);
		createEAttribute(interactionGroupEClass, INTERACTION_GROUP__CODE);
		createEAttribute(interactionGroupEClass, INTERACTION_GROUP__DESCRIPTION);

		profileQuestionnaireEClass = createEClass(PROFILE_QUESTIONNAIRE);
		createEAttribute(profileQuestionnaireEClass, PROFILE_QUESTIONNAIRE__CODE);
		createEAttribute(profileQuestionnaireEClass, PROFILE_QUESTIONNAIRE__DESCRIPTION);
		createEReference(profileQuestionnaireEClass, PROFILE_QUESTIONNAIRE__QUESTIONS);

		profileQuestionEClass = createEClass(PROFILE_QUESTION);
		createEAttribute(profileQuestionEClass, PROFILE_QUESTION__LINE_NO);
		createEAttribute(profileQuestionEClass, PROFILE_QUESTION__DESCRIPTION);
		createEReference(profileQuestionEClass, PROFILE_QUESTION__ANSWERS);

		profileAnswerEClass = createEClass(PROFILE_ANSWER);
		createEAttribute(profileAnswerEClass, PROFILE_ANSWER__LINE_NO);
		createEAttribute(profileAnswerEClass, PROFILE_ANSWER__DESCRIPTION);

		campaignEClass = createEClass(CAMPAIGN);
		createEAttribute(campaignEClass, CAMPAIGN__NO);
		createEAttribute(campaignEClass, CAMPAIGN__DESCRIPTION);
		createEAttribute(campaignEClass, CAMPAIGN__STARTING_DATE);
		createEAttribute(campaignEClass, CAMPAIGN__ENDING_DATE);
		createEAttribute(campaignEClass, CAMPAIGN__SALESPERSON_CODE);
		createEAttribute(campaignEClass, CAMPAIGN__ACTIVATED);

		attachmentEClass = createEClass(ATTACHMENT);
		createEAttribute(attachmentEClass, ATTACHMENT__NO);
		createEAttribute(attachmentEClass, ATTACHMENT__FILE_NAME);
		createEAttribute(attachmentEClass, ATTACHMENT__MEDIA_TYPE);
		createEAttribute(attachmentEClass, ATTACHMENT__SIZE);
		createEAttribute(attachmentEClass, ATTACHMENT__READ_ONLY);
		createEAttribute(attachmentEClass, ATTACHMENT__CREATED);
		createEAttribute(attachmentEClass, ATTACHMENT__FIELD_MAPPING);

		interactionTemplateEClass = createEClass(INTERACTION_TEMPLATE);
		createEAttribute(interactionTemplateEClass, INTERACTION_TEMPLATE__CODE);
		createEAttribute(interactionTemplateEClass, INTERACTION_TEMPLATE__INTERACTION_GROUP_CODE);
		createEAttribute(interactionTemplateEClass, INTERACTION_TEMPLATE__DESCRIPTION);
		createEAttribute(interactionTemplateEClass, INTERACTION_TEMPLATE__UNIT_COST);
		createEAttribute(interactionTemplateEClass, INTERACTION_TEMPLATE__UNIT_DURATION);
		createEAttribute(interactionTemplateEClass, INTERACTION_TEMPLATE__INFORMATION_FLOW);
		createEAttribute(interactionTemplateEClass, INTERACTION_TEMPLATE__INITIATED_BY);
		createEAttribute(interactionTemplateEClass, INTERACTION_TEMPLATE__CAMPAIGN_NO);
		createEAttribute(interactionTemplateEClass, INTERACTION_TEMPLATE__CAMPAIGN_TARGET);
		createEAttribute(interactionTemplateEClass, INTERACTION_TEMPLATE__CAMPAIGN_RESPONSE);
		createEAttribute(interactionTemplateEClass, INTERACTION_TEMPLATE__CORRESPONDENCE_TYPE);
		createEAttribute(interactionTemplateEClass, INTERACTION_TEMPLATE__IGNORE_CONTACT_CORRESPONDENCE_TYPE);
		createEAttribute(interactionTemplateEClass, INTERACTION_TEMPLATE__LANGUAGE_CODE_DEFAULT);
		createEAttribute(interactionTemplateEClass, INTERACTION_TEMPLATE__WIZARD_ACTION);
		createEReference(interactionTemplateEClass, INTERACTION_TEMPLATE__LANGUAGES);

		interactionTemplateLanguageEClass = createEClass(INTERACTION_TEMPLATE_LANGUAGE);
		createEAttribute(interactionTemplateLanguageEClass, INTERACTION_TEMPLATE_LANGUAGE__LANGUAGE_CODE);
		createEAttribute(interactionTemplateLanguageEClass, INTERACTION_TEMPLATE_LANGUAGE__DESCRIPTION);
		createEAttribute(interactionTemplateLanguageEClass, INTERACTION_TEMPLATE_LANGUAGE__ATTACHMENT_NO);
		createEAttribute(interactionTemplateLanguageEClass, INTERACTION_TEMPLATE_LANGUAGE__WORD_TEMPLATE_NO);

		segmentHeaderEClass = createEClass(SEGMENT_HEADER);
		createEAttribute(segmentHeaderEClass, SEGMENT_HEADER__NO);
		createEAttribute(segmentHeaderEClass, SEGMENT_HEADER__DATE);
		createEAttribute(segmentHeaderEClass, SEGMENT_HEADER__DESCRIPTION);
		createEAttribute(segmentHeaderEClass, SEGMENT_HEADER__SALESPERSON_CODE);
		createEAttribute(segmentHeaderEClass, SEGMENT_HEADER__INTERACTION_TEMPLATE_CODE);
		createEAttribute(segmentHeaderEClass, SEGMENT_HEADER__INTERACTION_GROUP_CODE);
		createEAttribute(segmentHeaderEClass, SEGMENT_HEADER__INFORMATION_FLOW);
		createEAttribute(segmentHeaderEClass, SEGMENT_HEADER__INITIATED_BY);
		createEAttribute(segmentHeaderEClass, SEGMENT_HEADER__CAMPAIGN_NO);
		createEAttribute(segmentHeaderEClass, SEGMENT_HEADER__CAMPAIGN_TARGET);
		createEAttribute(segmentHeaderEClass, SEGMENT_HEADER__CAMPAIGN_RESPONSE);
		createEAttribute(segmentHeaderEClass, SEGMENT_HEADER__SEND_WORD_DOCS_AS_ATTACHMENT);
		createEAttribute(segmentHeaderEClass, SEGMENT_HEADER__LANGUAGE_CODE_DEFAULT);
		createEAttribute(segmentHeaderEClass, SEGMENT_HEADER__SUBJECT_DEFAULT);
		createEAttribute(segmentHeaderEClass, SEGMENT_HEADER__IGNORE_CONTACT_CORRESPONDENCE_TYPE);
		createEAttribute(segmentHeaderEClass, SEGMENT_HEADER__CORRESPONDENCE_TYPE_DEFAULT);
		createEAttribute(segmentHeaderEClass, SEGMENT_HEADER__UNIT_COST);
		createEAttribute(segmentHeaderEClass, SEGMENT_HEADER__UNIT_DURATION);
		createEAttribute(segmentHeaderEClass, SEGMENT_HEADER__MODIFIED_WORD_TEMPLATE_NO);
		createEReference(segmentHeaderEClass, SEGMENT_HEADER__LANGUAGES);
		createEReference(segmentHeaderEClass, SEGMENT_HEADER__CRITERIA_LINES);

		segmentInteractionLanguageEClass = createEClass(SEGMENT_INTERACTION_LANGUAGE);
		createEAttribute(segmentInteractionLanguageEClass, SEGMENT_INTERACTION_LANGUAGE__LANGUAGE_CODE);
		createEAttribute(segmentInteractionLanguageEClass, SEGMENT_INTERACTION_LANGUAGE__DESCRIPTION);
		createEAttribute(segmentInteractionLanguageEClass, SEGMENT_INTERACTION_LANGUAGE__SUBJECT);
		createEAttribute(segmentInteractionLanguageEClass, SEGMENT_INTERACTION_LANGUAGE__ATTACHMENT_NO);
		createEAttribute(segmentInteractionLanguageEClass, SEGMENT_INTERACTION_LANGUAGE__WORD_TEMPLATE_NO);

		segmentLineEClass = createEClass(SEGMENT_LINE);
		createEAttribute(segmentLineEClass, SEGMENT_LINE__SEGMENT_NO);
		createEAttribute(segmentLineEClass, SEGMENT_LINE__LINE_NO);
		createEAttribute(segmentLineEClass, SEGMENT_LINE__CONTACT_NO);
		createEAttribute(segmentLineEClass, SEGMENT_LINE__CONTACT_COMPANY_NO);
		createEAttribute(segmentLineEClass, SEGMENT_LINE__DATE);
		createEAttribute(segmentLineEClass, SEGMENT_LINE__TIME_OF_INTERACTION);
		createEAttribute(segmentLineEClass, SEGMENT_LINE__DESCRIPTION);
		createEAttribute(segmentLineEClass, SEGMENT_LINE__SALESPERSON_CODE);
		createEAttribute(segmentLineEClass, SEGMENT_LINE__INTERACTION_TEMPLATE_CODE);
		createEAttribute(segmentLineEClass, SEGMENT_LINE__INTERACTION_GROUP_CODE);
		createEAttribute(segmentLineEClass, SEGMENT_LINE__INFORMATION_FLOW);
		createEAttribute(segmentLineEClass, SEGMENT_LINE__INITIATED_BY);
		createEAttribute(segmentLineEClass, SEGMENT_LINE__CAMPAIGN_NO);
		createEAttribute(segmentLineEClass, SEGMENT_LINE__CAMPAIGN_TARGET);
		createEAttribute(segmentLineEClass, SEGMENT_LINE__CAMPAIGN_RESPONSE);
		createEAttribute(segmentLineEClass, SEGMENT_LINE__SEND_WORD_DOCS_AS_ATTACHMENT);
		createEAttribute(segmentLineEClass, SEGMENT_LINE__CORRESPONDENCE_TYPE);
		createEAttribute(segmentLineEClass, SEGMENT_LINE__LANGUAGE_CODE);
		createEAttribute(segmentLineEClass, SEGMENT_LINE__SUBJECT);
		createEAttribute(segmentLineEClass, SEGMENT_LINE__EVALUATION);
		createEAttribute(segmentLineEClass, SEGMENT_LINE__COST);
		createEAttribute(segmentLineEClass, SEGMENT_LINE__DURATION);
		createEAttribute(segmentLineEClass, SEGMENT_LINE__ATTACHMENT_NO);
		createEAttribute(segmentLineEClass, SEGMENT_LINE__ATTACHMENT_INHERITED);
		createEAttribute(segmentLineEClass, SEGMENT_LINE__WORD_TEMPLATE_NO);
		createEAttribute(segmentLineEClass, SEGMENT_LINE__MERGED);
		createEAttribute(segmentLineEClass, SEGMENT_LINE__ATTEMPT_FAILED);
		createEAttribute(segmentLineEClass, SEGMENT_LINE__STEP_NO);
		createEAttribute(segmentLineEClass, SEGMENT_LINE__STEP_KIND);
		createEAttribute(segmentLineEClass, SEGMENT_LINE__REUSED_LOGGED_SEGMENT_ENTRY_NO);
		createEAttribute(segmentLineEClass, SEGMENT_LINE__PERSONAL_NOTE);

		segmentCriteriaLineEClass = createEClass(SEGMENT_CRITERIA_LINE);
		createEAttribute(segmentCriteriaLineEClass, SEGMENT_CRITERIA_LINE__STEP_NO);
		createEAttribute(segmentCriteriaLineEClass, SEGMENT_CRITERIA_LINE__ACTION);
		createEAttribute(segmentCriteriaLineEClass, SEGMENT_CRITERIA_LINE__KIND);
		createEAttribute(segmentCriteriaLineEClass, SEGMENT_CRITERIA_LINE__ALLOW_EXISTING_CONTACTS);
		createEAttribute(segmentCriteriaLineEClass, SEGMENT_CRITERIA_LINE__EXPAND_COMPANIES);
		createEAttribute(segmentCriteriaLineEClass, SEGMENT_CRITERIA_LINE__ALLOW_RELATED_COMPANIES);
		createEAttribute(segmentCriteriaLineEClass, SEGMENT_CRITERIA_LINE__IGNORE_EXCLUSION);
		createEAttribute(segmentCriteriaLineEClass, SEGMENT_CRITERIA_LINE__ENTIRE_COMPANIES);
		createEAttribute(segmentCriteriaLineEClass, SEGMENT_CRITERIA_LINE__LOGGED_SEGMENT_ENTRY_NO);
		createEAttribute(segmentCriteriaLineEClass, SEGMENT_CRITERIA_LINE__UNDONE);
		createEAttribute(segmentCriteriaLineEClass, SEGMENT_CRITERIA_LINE__DESCRIPTION);
		createEReference(segmentCriteriaLineEClass, SEGMENT_CRITERIA_LINE__FILTERS);

		criteriaFilterEClass = createEClass(CRITERIA_FILTER);
		createEAttribute(criteriaFilterEClass, CRITERIA_FILTER__SOURCE);
		createEAttribute(criteriaFilterEClass, CRITERIA_FILTER__FIELD);
		createEAttribute(criteriaFilterEClass, CRITERIA_FILTER__EXPRESSION);

		segmentHistoryEntryEClass = createEClass(SEGMENT_HISTORY_ENTRY);
		createEAttribute(segmentHistoryEntryEClass, SEGMENT_HISTORY_ENTRY__SEGMENT_NO);
		createEAttribute(segmentHistoryEntryEClass, SEGMENT_HISTORY_ENTRY__STEP_NO);
		createEAttribute(segmentHistoryEntryEClass, SEGMENT_HISTORY_ENTRY__ACTION);
		createEAttribute(segmentHistoryEntryEClass, SEGMENT_HISTORY_ENTRY__LINE_NO);
		createEAttribute(segmentHistoryEntryEClass, SEGMENT_HISTORY_ENTRY__CONTACT_NO);
		createEReference(segmentHistoryEntryEClass, SEGMENT_HISTORY_ENTRY__LINE);

		savedSegmentCriteriaEClass = createEClass(SAVED_SEGMENT_CRITERIA);
		createEAttribute(savedSegmentCriteriaEClass, SAVED_SEGMENT_CRITERIA__CODE);
		createEAttribute(savedSegmentCriteriaEClass, SAVED_SEGMENT_CRITERIA__DESCRIPTION);
		createEReference(savedSegmentCriteriaEClass, SAVED_SEGMENT_CRITERIA__LINES);

		loggedSegmentEClass = createEClass(LOGGED_SEGMENT);
		createEAttribute(loggedSegmentEClass, LOGGED_SEGMENT__ENTRY_NO);
		createEAttribute(loggedSegmentEClass, LOGGED_SEGMENT__SEGMENT_NO);
		createEAttribute(loggedSegmentEClass, LOGGED_SEGMENT__DESCRIPTION);
		createEAttribute(loggedSegmentEClass, LOGGED_SEGMENT__CREATION_DATE);
		createEAttribute(loggedSegmentEClass, LOGGED_SEGMENT__USER_ID);
		createEAttribute(loggedSegmentEClass, LOGGED_SEGMENT__CANCELED);
		createEAttribute(loggedSegmentEClass, LOGGED_SEGMENT__NO_OF_INTERACTIONS);

		interactionLogEntryEClass = createEClass(INTERACTION_LOG_ENTRY);
		createEAttribute(interactionLogEntryEClass, INTERACTION_LOG_ENTRY__ENTRY_NO);
		createEAttribute(interactionLogEntryEClass, INTERACTION_LOG_ENTRY__CONTACT_NO);
		createEAttribute(interactionLogEntryEClass, INTERACTION_LOG_ENTRY__CONTACT_COMPANY_NO);
		createEAttribute(interactionLogEntryEClass, INTERACTION_LOG_ENTRY__DATE);
		createEAttribute(interactionLogEntryEClass, INTERACTION_LOG_ENTRY__TIME_OF_INTERACTION);
		createEAttribute(interactionLogEntryEClass, INTERACTION_LOG_ENTRY__DESCRIPTION);
		createEAttribute(interactionLogEntryEClass, INTERACTION_LOG_ENTRY__INFORMATION_FLOW);
		createEAttribute(interactionLogEntryEClass, INTERACTION_LOG_ENTRY__INITIATED_BY);
		createEAttribute(interactionLogEntryEClass, INTERACTION_LOG_ENTRY__ATTACHMENT_NO);
		createEAttribute(interactionLogEntryEClass, INTERACTION_LOG_ENTRY__COST);
		createEAttribute(interactionLogEntryEClass, INTERACTION_LOG_ENTRY__DURATION);
		createEAttribute(interactionLogEntryEClass, INTERACTION_LOG_ENTRY__USER_ID);
		createEAttribute(interactionLogEntryEClass, INTERACTION_LOG_ENTRY__INTERACTION_GROUP_CODE);
		createEAttribute(interactionLogEntryEClass, INTERACTION_LOG_ENTRY__INTERACTION_TEMPLATE_CODE);
		createEAttribute(interactionLogEntryEClass, INTERACTION_LOG_ENTRY__CAMPAIGN_NO);
		createEAttribute(interactionLogEntryEClass, INTERACTION_LOG_ENTRY__CAMPAIGN_ENTRY_NO);
		createEAttribute(interactionLogEntryEClass, INTERACTION_LOG_ENTRY__CAMPAIGN_RESPONSE);
		createEAttribute(interactionLogEntryEClass, INTERACTION_LOG_ENTRY__CAMPAIGN_TARGET);
		createEAttribute(interactionLogEntryEClass, INTERACTION_LOG_ENTRY__SEGMENT_NO);
		createEAttribute(interactionLogEntryEClass, INTERACTION_LOG_ENTRY__EVALUATION);
		createEAttribute(interactionLogEntryEClass, INTERACTION_LOG_ENTRY__ATTEMPT_FAILED);
		createEAttribute(interactionLogEntryEClass, INTERACTION_LOG_ENTRY__SALESPERSON_CODE);
		createEAttribute(interactionLogEntryEClass, INTERACTION_LOG_ENTRY__DELIVERY_STATUS);
		createEAttribute(interactionLogEntryEClass, INTERACTION_LOG_ENTRY__CANCELED);
		createEAttribute(interactionLogEntryEClass, INTERACTION_LOG_ENTRY__CORRESPONDENCE_TYPE);
		createEAttribute(interactionLogEntryEClass, INTERACTION_LOG_ENTRY__LOGGED_SEGMENT_ENTRY_NO);
		createEAttribute(interactionLogEntryEClass, INTERACTION_LOG_ENTRY__SEND_WORD_DOCS_AS_ATTACHMENT);
		createEAttribute(interactionLogEntryEClass, INTERACTION_LOG_ENTRY__INTERACTION_LANGUAGE_CODE);
		createEAttribute(interactionLogEntryEClass, INTERACTION_LOG_ENTRY__SUBJECT);
		createEAttribute(interactionLogEntryEClass, INTERACTION_LOG_ENTRY__WORD_TEMPLATE_NO);
		createEAttribute(interactionLogEntryEClass, INTERACTION_LOG_ENTRY__MERGED);
		createEAttribute(interactionLogEntryEClass, INTERACTION_LOG_ENTRY__CONTACT_VIA);
		createEAttribute(interactionLogEntryEClass, INTERACTION_LOG_ENTRY__POSTPONED);
		createEAttribute(interactionLogEntryEClass, INTERACTION_LOG_ENTRY__DOCUMENT_TYPE);
		createEAttribute(interactionLogEntryEClass, INTERACTION_LOG_ENTRY__DOCUMENT_NO);
		createEAttribute(interactionLogEntryEClass, INTERACTION_LOG_ENTRY__OPPORTUNITY_NO);
		createEAttribute(interactionLogEntryEClass, INTERACTION_LOG_ENTRY__TASK_NO);

		numberSeriesEClass = createEClass(NUMBER_SERIES);
		createEAttribute(numberSeriesEClass, NUMBER_SERIES__CODE);
		createEAttribute(numberSeriesEClass, NUMBER_SERIES__DESCRIPTION);
		createEAttribute(numberSeriesEClass, NUMBER_SERIES__STARTING_NO);
		createEAttribute(numberSeriesEClass, NUMBER_SERIES__LAST_NO_USED);

		// Create enums
		contactTypeEEnum = createEEnum(CONTACT_TYPE);
		correspondenceTypeEEnum = createEEnum(CORRESPONDENCE_TYPE);
		informationFlowEEnum = createEEnum(INFORMATION_FLOW);
		initiatedByEEnum = createEEnum(INITIATED_BY);
		evaluationEEnum = createEEnum(EVALUATION);
		criteriaActionEEnum = createEEnum(CRITERIA_ACTION);
		stepKindEEnum = createEEnum(STEP_KIND);
		deliveryStatusEEnum = createEEnum(DELIVERY_STATUS);
		wizardActionEEnum = createEEnum(WIZARD_ACTION);
		historyActionEEnum = createEEnum(HISTORY_ACTION);
		salutationTypeEEnum = createEEnum(SALUTATION_TYPE);

		// Create data types
		localDateEDataType = createEDataType(LOCAL_DATE);
		localTimeEDataType = createEDataType(LOCAL_TIME);
		instantEDataType = createEDataType(INSTANT);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes

		// Initialize classes, features, and operations; add parameters
		initEClass(contactEClass, Contact.class, "Contact", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getContact_No(), ecorePackage.getEString(), "no", null, 1, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_Type(), this.getContactType(), "type", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_CompanyNo(), ecorePackage.getEString(), "companyNo", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_Name(), ecorePackage.getEString(), "name", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_Name2(), ecorePackage.getEString(), "name2", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_FirstName(), ecorePackage.getEString(), "firstName", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_MiddleName(), ecorePackage.getEString(), "middleName", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_Surname(), ecorePackage.getEString(), "surname", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_Initials(), ecorePackage.getEString(), "initials", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_JobTitle(), ecorePackage.getEString(), "jobTitle", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_CompanyName(), ecorePackage.getEString(), "companyName", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_SearchName(), ecorePackage.getEString(), "searchName", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_Address(), ecorePackage.getEString(), "address", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_Address2(), ecorePackage.getEString(), "address2", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_PostCode(), ecorePackage.getEString(), "postCode", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_City(), ecorePackage.getEString(), "city", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_County(), ecorePackage.getEString(), "county", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_CountryRegionCode(), ecorePackage.getEString(), "countryRegionCode", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_PhoneNo(), ecorePackage.getEString(), "phoneNo", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_MobilePhoneNo(), ecorePackage.getEString(), "mobilePhoneNo", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_FaxNo(), ecorePackage.getEString(), "faxNo", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_Email(), ecorePackage.getEString(), "email", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_HomePage(), ecorePackage.getEString(), "homePage", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_LanguageCode(), ecorePackage.getEString(), "languageCode", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_SalutationCode(), ecorePackage.getEString(), "salutationCode", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_CorrespondenceType(), this.getCorrespondenceType(), "correspondenceType", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_SalespersonCode(), ecorePackage.getEString(), "salespersonCode", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_TerritoryCode(), ecorePackage.getEString(), "territoryCode", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_ExcludeFromSegment(), ecorePackage.getEBoolean(), "excludeFromSegment", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_PrivacyBlocked(), ecorePackage.getEBoolean(), "privacyBlocked", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_Notes(), ecorePackage.getEString(), "notes", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getContact_MailingGroups(), this.getContactMailingGroup(), null, "mailingGroups", null, 0, -1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getContact_IndustryGroups(), this.getContactIndustryGroup(), null, "industryGroups", null, 0, -1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getContact_JobResponsibilities(), this.getContactJobResponsibility(), null, "jobResponsibilities", null, 0, -1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getContact_ProfileAnswers(), this.getContactProfileAnswer(), null, "profileAnswers", null, 0, -1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(contactMailingGroupEClass, ContactMailingGroup.class, "ContactMailingGroup", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getContactMailingGroup_MailingGroupCode(), ecorePackage.getEString(), "mailingGroupCode", null, 1, 1, ContactMailingGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(contactIndustryGroupEClass, ContactIndustryGroup.class, "ContactIndustryGroup", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getContactIndustryGroup_IndustryGroupCode(), ecorePackage.getEString(), "industryGroupCode", null, 1, 1, ContactIndustryGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(contactJobResponsibilityEClass, ContactJobResponsibility.class, "ContactJobResponsibility", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getContactJobResponsibility_JobResponsibilityCode(), ecorePackage.getEString(), "jobResponsibilityCode", null, 1, 1, ContactJobResponsibility.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(contactProfileAnswerEClass, ContactProfileAnswer.class, "ContactProfileAnswer", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getContactProfileAnswer_ProfileQuestionnaireCode(), ecorePackage.getEString(), "profileQuestionnaireCode", null, 1, 1, ContactProfileAnswer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContactProfileAnswer_AnswerLineNo(), ecorePackage.getEInt(), "answerLineNo", null, 1, 1, ContactProfileAnswer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContactProfileAnswer_AnswerDescription(), ecorePackage.getEString(), "answerDescription", null, 0, 1, ContactProfileAnswer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(salespersonEClass, Salesperson.class, "Salesperson", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSalesperson_Code(), ecorePackage.getEString(), "code", null, 1, 1, Salesperson.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSalesperson_Name(), ecorePackage.getEString(), "name", null, 0, 1, Salesperson.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSalesperson_JobTitle(), ecorePackage.getEString(), "jobTitle", null, 0, 1, Salesperson.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSalesperson_Email(), ecorePackage.getEString(), "email", null, 0, 1, Salesperson.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSalesperson_PhoneNo(), ecorePackage.getEString(), "phoneNo", null, 0, 1, Salesperson.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSalesperson_Blocked(), ecorePackage.getEBoolean(), "blocked", null, 0, 1, Salesperson.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(salutationEClass, Salutation.class, "Salutation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSalutation_Code(), ecorePackage.getEString(), "code", null, 1, 1, Salutation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSalutation_Description(), ecorePackage.getEString(), "description", null, 0, 1, Salutation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSalutation_Formulas(), this.getSalutationFormula(), null, "formulas", null, 0, -1, Salutation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(salutationFormulaEClass, SalutationFormula.class, "SalutationFormula", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSalutationFormula_LanguageCode(), ecorePackage.getEString(), "languageCode", null, 0, 1, SalutationFormula.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSalutationFormula_SalutationType(), this.getSalutationType(), "salutationType", null, 0, 1, SalutationFormula.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSalutationFormula_Text(), ecorePackage.getEString(), "text", null, 0, 1, SalutationFormula.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(languageEClass, Language.class, "Language", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLanguage_Code(), ecorePackage.getEString(), "code", null, 1, 1, Language.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLanguage_Name(), ecorePackage.getEString(), "name", null, 0, 1, Language.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLanguage_WindowsLanguageId(), ecorePackage.getEInt(), "windowsLanguageId", null, 0, 1, Language.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(mailingGroupEClass, MailingGroup.class, "MailingGroup", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMailingGroup_Code(), ecorePackage.getEString(), "code", null, 1, 1, MailingGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMailingGroup_Description(), ecorePackage.getEString(), "description", null, 0, 1, MailingGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(industryGroupEClass, IndustryGroup.class, "IndustryGroup", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIndustryGroup_Code(), ecorePackage.getEString(), "code", null, 1, 1, IndustryGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndustryGroup_Description(), ecorePackage.getEString(), "description", null, 0, 1, IndustryGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(jobResponsibilityEClass, JobResponsibility.class, "JobResponsibility", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getJobResponsibility_Code(), ecorePackage.getEString(), "code", null, 1, 1, JobResponsibility.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getJobResponsibility_Description(), ecorePackage.getEString(), "description", null, 0, 1, JobResponsibility.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(interactionGroupEClass, InteractionGroup.class, "InteractionGroup", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInteractionGroup_Code(), ecorePackage.getEString(), "code", null, 1, 1, InteractionGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInteractionGroup_Description(), ecorePackage.getEString(), "description", null, 0, 1, InteractionGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(profileQuestionnaireEClass, ProfileQuestionnaire.class, "ProfileQuestionnaire", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getProfileQuestionnaire_Code(), ecorePackage.getEString(), "code", null, 1, 1, ProfileQuestionnaire.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProfileQuestionnaire_Description(), ecorePackage.getEString(), "description", null, 0, 1, ProfileQuestionnaire.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProfileQuestionnaire_Questions(), this.getProfileQuestion(), null, "questions", null, 0, -1, ProfileQuestionnaire.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(profileQuestionEClass, ProfileQuestion.class, "ProfileQuestion", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getProfileQuestion_LineNo(), ecorePackage.getEInt(), "lineNo", null, 1, 1, ProfileQuestion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProfileQuestion_Description(), ecorePackage.getEString(), "description", null, 0, 1, ProfileQuestion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProfileQuestion_Answers(), this.getProfileAnswer(), null, "answers", null, 0, -1, ProfileQuestion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(profileAnswerEClass, ProfileAnswer.class, "ProfileAnswer", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getProfileAnswer_LineNo(), ecorePackage.getEInt(), "lineNo", null, 1, 1, ProfileAnswer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProfileAnswer_Description(), ecorePackage.getEString(), "description", null, 0, 1, ProfileAnswer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(campaignEClass, Campaign.class, "Campaign", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCampaign_No(), ecorePackage.getEString(), "no", null, 1, 1, Campaign.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCampaign_Description(), ecorePackage.getEString(), "description", null, 0, 1, Campaign.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCampaign_StartingDate(), this.getLocalDate(), "startingDate", null, 0, 1, Campaign.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCampaign_EndingDate(), this.getLocalDate(), "endingDate", null, 0, 1, Campaign.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCampaign_SalespersonCode(), ecorePackage.getEString(), "salespersonCode", null, 0, 1, Campaign.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCampaign_Activated(), ecorePackage.getEBoolean(), "activated", null, 0, 1, Campaign.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(attachmentEClass, Attachment.class, "Attachment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAttachment_No(), ecorePackage.getELong(), "no", null, 0, 1, Attachment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAttachment_FileName(), ecorePackage.getEString(), "fileName", null, 0, 1, Attachment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAttachment_MediaType(), ecorePackage.getEString(), "mediaType", null, 0, 1, Attachment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAttachment_Size(), ecorePackage.getELong(), "size", null, 0, 1, Attachment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAttachment_ReadOnly(), ecorePackage.getEBoolean(), "readOnly", null, 0, 1, Attachment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAttachment_Created(), this.getInstant(), "created", null, 0, 1, Attachment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAttachment_FieldMapping(), ecorePackage.getEString(), "fieldMapping", null, 0, 1, Attachment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(interactionTemplateEClass, InteractionTemplate.class, "InteractionTemplate", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInteractionTemplate_Code(), ecorePackage.getEString(), "code", null, 1, 1, InteractionTemplate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInteractionTemplate_InteractionGroupCode(), ecorePackage.getEString(), "interactionGroupCode", null, 1, 1, InteractionTemplate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInteractionTemplate_Description(), ecorePackage.getEString(), "description", null, 0, 1, InteractionTemplate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInteractionTemplate_UnitCost(), ecorePackage.getEBigDecimal(), "unitCost", null, 0, 1, InteractionTemplate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInteractionTemplate_UnitDuration(), ecorePackage.getEInt(), "unitDuration", null, 0, 1, InteractionTemplate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInteractionTemplate_InformationFlow(), this.getInformationFlow(), "informationFlow", null, 0, 1, InteractionTemplate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInteractionTemplate_InitiatedBy(), this.getInitiatedBy(), "initiatedBy", null, 0, 1, InteractionTemplate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInteractionTemplate_CampaignNo(), ecorePackage.getEString(), "campaignNo", null, 0, 1, InteractionTemplate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInteractionTemplate_CampaignTarget(), ecorePackage.getEBoolean(), "campaignTarget", null, 0, 1, InteractionTemplate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInteractionTemplate_CampaignResponse(), ecorePackage.getEBoolean(), "campaignResponse", null, 0, 1, InteractionTemplate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInteractionTemplate_CorrespondenceType(), this.getCorrespondenceType(), "correspondenceType", "Email", 0, 1, InteractionTemplate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInteractionTemplate_IgnoreContactCorrespondenceType(), ecorePackage.getEBoolean(), "ignoreContactCorrespondenceType", null, 0, 1, InteractionTemplate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInteractionTemplate_LanguageCodeDefault(), ecorePackage.getEString(), "languageCodeDefault", null, 0, 1, InteractionTemplate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInteractionTemplate_WizardAction(), this.getWizardAction(), "wizardAction", null, 0, 1, InteractionTemplate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInteractionTemplate_Languages(), this.getInteractionTemplateLanguage(), null, "languages", null, 0, -1, InteractionTemplate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(interactionTemplateLanguageEClass, InteractionTemplateLanguage.class, "InteractionTemplateLanguage", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInteractionTemplateLanguage_LanguageCode(), ecorePackage.getEString(), "languageCode", null, 0, 1, InteractionTemplateLanguage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInteractionTemplateLanguage_Description(), ecorePackage.getEString(), "description", null, 0, 1, InteractionTemplateLanguage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInteractionTemplateLanguage_AttachmentNo(), ecorePackage.getELongObject(), "attachmentNo", null, 0, 1, InteractionTemplateLanguage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInteractionTemplateLanguage_WordTemplateNo(), ecorePackage.getELongObject(), "wordTemplateNo", null, 0, 1, InteractionTemplateLanguage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(segmentHeaderEClass, SegmentHeader.class, "SegmentHeader", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSegmentHeader_No(), ecorePackage.getEString(), "no", null, 1, 1, SegmentHeader.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegmentHeader_Date(), this.getLocalDate(), "date", null, 0, 1, SegmentHeader.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegmentHeader_Description(), ecorePackage.getEString(), "description", null, 0, 1, SegmentHeader.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegmentHeader_SalespersonCode(), ecorePackage.getEString(), "salespersonCode", null, 0, 1, SegmentHeader.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegmentHeader_InteractionTemplateCode(), ecorePackage.getEString(), "interactionTemplateCode", null, 0, 1, SegmentHeader.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegmentHeader_InteractionGroupCode(), ecorePackage.getEString(), "interactionGroupCode", null, 0, 1, SegmentHeader.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegmentHeader_InformationFlow(), this.getInformationFlow(), "informationFlow", null, 0, 1, SegmentHeader.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegmentHeader_InitiatedBy(), this.getInitiatedBy(), "initiatedBy", null, 0, 1, SegmentHeader.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegmentHeader_CampaignNo(), ecorePackage.getEString(), "campaignNo", null, 0, 1, SegmentHeader.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegmentHeader_CampaignTarget(), ecorePackage.getEBoolean(), "campaignTarget", null, 0, 1, SegmentHeader.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegmentHeader_CampaignResponse(), ecorePackage.getEBoolean(), "campaignResponse", null, 0, 1, SegmentHeader.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegmentHeader_SendWordDocsAsAttachment(), ecorePackage.getEBoolean(), "sendWordDocsAsAttachment", null, 0, 1, SegmentHeader.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegmentHeader_LanguageCodeDefault(), ecorePackage.getEString(), "languageCodeDefault", null, 0, 1, SegmentHeader.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegmentHeader_SubjectDefault(), ecorePackage.getEString(), "subjectDefault", null, 0, 1, SegmentHeader.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegmentHeader_IgnoreContactCorrespondenceType(), ecorePackage.getEBoolean(), "ignoreContactCorrespondenceType", null, 0, 1, SegmentHeader.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegmentHeader_CorrespondenceTypeDefault(), this.getCorrespondenceType(), "correspondenceTypeDefault", null, 0, 1, SegmentHeader.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegmentHeader_UnitCost(), ecorePackage.getEBigDecimal(), "unitCost", null, 0, 1, SegmentHeader.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegmentHeader_UnitDuration(), ecorePackage.getEInt(), "unitDuration", null, 0, 1, SegmentHeader.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegmentHeader_ModifiedWordTemplateNo(), ecorePackage.getELongObject(), "modifiedWordTemplateNo", null, 0, 1, SegmentHeader.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSegmentHeader_Languages(), this.getSegmentInteractionLanguage(), null, "languages", null, 0, -1, SegmentHeader.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSegmentHeader_CriteriaLines(), this.getSegmentCriteriaLine(), null, "criteriaLines", null, 0, -1, SegmentHeader.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(segmentInteractionLanguageEClass, SegmentInteractionLanguage.class, "SegmentInteractionLanguage", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSegmentInteractionLanguage_LanguageCode(), ecorePackage.getEString(), "languageCode", null, 0, 1, SegmentInteractionLanguage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegmentInteractionLanguage_Description(), ecorePackage.getEString(), "description", null, 0, 1, SegmentInteractionLanguage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegmentInteractionLanguage_Subject(), ecorePackage.getEString(), "subject", null, 0, 1, SegmentInteractionLanguage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegmentInteractionLanguage_AttachmentNo(), ecorePackage.getELongObject(), "attachmentNo", null, 0, 1, SegmentInteractionLanguage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegmentInteractionLanguage_WordTemplateNo(), ecorePackage.getELongObject(), "wordTemplateNo", null, 0, 1, SegmentInteractionLanguage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(segmentLineEClass, SegmentLine.class, "SegmentLine", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSegmentLine_SegmentNo(), ecorePackage.getEString(), "segmentNo", null, 1, 1, SegmentLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegmentLine_LineNo(), ecorePackage.getEInt(), "lineNo", null, 1, 1, SegmentLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegmentLine_ContactNo(), ecorePackage.getEString(), "contactNo", null, 1, 1, SegmentLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegmentLine_ContactCompanyNo(), ecorePackage.getEString(), "contactCompanyNo", null, 0, 1, SegmentLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegmentLine_Date(), this.getLocalDate(), "date", null, 0, 1, SegmentLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegmentLine_TimeOfInteraction(), this.getLocalTime(), "timeOfInteraction", null, 0, 1, SegmentLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegmentLine_Description(), ecorePackage.getEString(), "description", null, 0, 1, SegmentLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegmentLine_SalespersonCode(), ecorePackage.getEString(), "salespersonCode", null, 0, 1, SegmentLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegmentLine_InteractionTemplateCode(), ecorePackage.getEString(), "interactionTemplateCode", null, 0, 1, SegmentLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegmentLine_InteractionGroupCode(), ecorePackage.getEString(), "interactionGroupCode", null, 0, 1, SegmentLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegmentLine_InformationFlow(), this.getInformationFlow(), "informationFlow", null, 0, 1, SegmentLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegmentLine_InitiatedBy(), this.getInitiatedBy(), "initiatedBy", null, 0, 1, SegmentLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegmentLine_CampaignNo(), ecorePackage.getEString(), "campaignNo", null, 0, 1, SegmentLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegmentLine_CampaignTarget(), ecorePackage.getEBoolean(), "campaignTarget", null, 0, 1, SegmentLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegmentLine_CampaignResponse(), ecorePackage.getEBoolean(), "campaignResponse", null, 0, 1, SegmentLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegmentLine_SendWordDocsAsAttachment(), ecorePackage.getEBoolean(), "sendWordDocsAsAttachment", null, 0, 1, SegmentLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegmentLine_CorrespondenceType(), this.getCorrespondenceType(), "correspondenceType", null, 0, 1, SegmentLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegmentLine_LanguageCode(), ecorePackage.getEString(), "languageCode", null, 0, 1, SegmentLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegmentLine_Subject(), ecorePackage.getEString(), "subject", null, 0, 1, SegmentLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegmentLine_Evaluation(), this.getEvaluation(), "evaluation", null, 0, 1, SegmentLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegmentLine_Cost(), ecorePackage.getEBigDecimal(), "cost", null, 0, 1, SegmentLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegmentLine_Duration(), ecorePackage.getEInt(), "duration", null, 0, 1, SegmentLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegmentLine_AttachmentNo(), ecorePackage.getELongObject(), "attachmentNo", null, 0, 1, SegmentLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegmentLine_AttachmentInherited(), ecorePackage.getEBoolean(), "attachmentInherited", null, 0, 1, SegmentLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegmentLine_WordTemplateNo(), ecorePackage.getELongObject(), "wordTemplateNo", null, 0, 1, SegmentLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegmentLine_Merged(), ecorePackage.getEBoolean(), "merged", null, 0, 1, SegmentLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegmentLine_AttemptFailed(), ecorePackage.getEBoolean(), "attemptFailed", null, 0, 1, SegmentLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegmentLine_StepNo(), ecorePackage.getEInt(), "stepNo", null, 0, 1, SegmentLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegmentLine_StepKind(), this.getStepKind(), "stepKind", null, 0, 1, SegmentLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegmentLine_ReusedLoggedSegmentEntryNo(), ecorePackage.getELongObject(), "reusedLoggedSegmentEntryNo", null, 0, 1, SegmentLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegmentLine_PersonalNote(), ecorePackage.getEString(), "personalNote", null, 0, 1, SegmentLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(segmentCriteriaLineEClass, SegmentCriteriaLine.class, "SegmentCriteriaLine", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSegmentCriteriaLine_StepNo(), ecorePackage.getEInt(), "stepNo", null, 1, 1, SegmentCriteriaLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegmentCriteriaLine_Action(), this.getCriteriaAction(), "action", null, 0, 1, SegmentCriteriaLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegmentCriteriaLine_Kind(), this.getStepKind(), "kind", null, 0, 1, SegmentCriteriaLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegmentCriteriaLine_AllowExistingContacts(), ecorePackage.getEBoolean(), "allowExistingContacts", null, 0, 1, SegmentCriteriaLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegmentCriteriaLine_ExpandCompanies(), ecorePackage.getEBoolean(), "expandCompanies", null, 0, 1, SegmentCriteriaLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegmentCriteriaLine_AllowRelatedCompanies(), ecorePackage.getEBoolean(), "allowRelatedCompanies", null, 0, 1, SegmentCriteriaLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegmentCriteriaLine_IgnoreExclusion(), ecorePackage.getEBoolean(), "ignoreExclusion", null, 0, 1, SegmentCriteriaLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegmentCriteriaLine_EntireCompanies(), ecorePackage.getEBoolean(), "entireCompanies", null, 0, 1, SegmentCriteriaLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegmentCriteriaLine_LoggedSegmentEntryNo(), ecorePackage.getELongObject(), "loggedSegmentEntryNo", null, 0, 1, SegmentCriteriaLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegmentCriteriaLine_Undone(), ecorePackage.getEBoolean(), "undone", null, 0, 1, SegmentCriteriaLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegmentCriteriaLine_Description(), ecorePackage.getEString(), "description", null, 0, 1, SegmentCriteriaLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSegmentCriteriaLine_Filters(), this.getCriteriaFilter(), null, "filters", null, 0, -1, SegmentCriteriaLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(criteriaFilterEClass, CriteriaFilter.class, "CriteriaFilter", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCriteriaFilter_Source(), ecorePackage.getEString(), "source", null, 1, 1, CriteriaFilter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCriteriaFilter_Field(), ecorePackage.getEString(), "field", null, 1, 1, CriteriaFilter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCriteriaFilter_Expression(), ecorePackage.getEString(), "expression", null, 1, 1, CriteriaFilter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(segmentHistoryEntryEClass, SegmentHistoryEntry.class, "SegmentHistoryEntry", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSegmentHistoryEntry_SegmentNo(), ecorePackage.getEString(), "segmentNo", null, 1, 1, SegmentHistoryEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegmentHistoryEntry_StepNo(), ecorePackage.getEInt(), "stepNo", null, 1, 1, SegmentHistoryEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegmentHistoryEntry_Action(), this.getHistoryAction(), "action", null, 0, 1, SegmentHistoryEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegmentHistoryEntry_LineNo(), ecorePackage.getEInt(), "lineNo", null, 0, 1, SegmentHistoryEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegmentHistoryEntry_ContactNo(), ecorePackage.getEString(), "contactNo", null, 0, 1, SegmentHistoryEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSegmentHistoryEntry_Line(), this.getSegmentLine(), null, "line", null, 0, 1, SegmentHistoryEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(savedSegmentCriteriaEClass, SavedSegmentCriteria.class, "SavedSegmentCriteria", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSavedSegmentCriteria_Code(), ecorePackage.getEString(), "code", null, 1, 1, SavedSegmentCriteria.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSavedSegmentCriteria_Description(), ecorePackage.getEString(), "description", null, 0, 1, SavedSegmentCriteria.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSavedSegmentCriteria_Lines(), this.getSegmentCriteriaLine(), null, "lines", null, 0, -1, SavedSegmentCriteria.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(loggedSegmentEClass, LoggedSegment.class, "LoggedSegment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLoggedSegment_EntryNo(), ecorePackage.getELong(), "entryNo", null, 0, 1, LoggedSegment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLoggedSegment_SegmentNo(), ecorePackage.getEString(), "segmentNo", null, 0, 1, LoggedSegment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLoggedSegment_Description(), ecorePackage.getEString(), "description", null, 0, 1, LoggedSegment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLoggedSegment_CreationDate(), this.getLocalDate(), "creationDate", null, 0, 1, LoggedSegment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLoggedSegment_UserId(), ecorePackage.getEString(), "userId", null, 0, 1, LoggedSegment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLoggedSegment_Canceled(), ecorePackage.getEBoolean(), "canceled", null, 0, 1, LoggedSegment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLoggedSegment_NoOfInteractions(), ecorePackage.getEInt(), "noOfInteractions", null, 0, 1, LoggedSegment.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(interactionLogEntryEClass, InteractionLogEntry.class, "InteractionLogEntry", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInteractionLogEntry_EntryNo(), ecorePackage.getELong(), "entryNo", null, 0, 1, InteractionLogEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInteractionLogEntry_ContactNo(), ecorePackage.getEString(), "contactNo", null, 0, 1, InteractionLogEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInteractionLogEntry_ContactCompanyNo(), ecorePackage.getEString(), "contactCompanyNo", null, 0, 1, InteractionLogEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInteractionLogEntry_Date(), this.getLocalDate(), "date", null, 0, 1, InteractionLogEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInteractionLogEntry_TimeOfInteraction(), this.getLocalTime(), "timeOfInteraction", null, 0, 1, InteractionLogEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInteractionLogEntry_Description(), ecorePackage.getEString(), "description", null, 0, 1, InteractionLogEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInteractionLogEntry_InformationFlow(), this.getInformationFlow(), "informationFlow", null, 0, 1, InteractionLogEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInteractionLogEntry_InitiatedBy(), this.getInitiatedBy(), "initiatedBy", null, 0, 1, InteractionLogEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInteractionLogEntry_AttachmentNo(), ecorePackage.getELongObject(), "attachmentNo", null, 0, 1, InteractionLogEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInteractionLogEntry_Cost(), ecorePackage.getEBigDecimal(), "cost", null, 0, 1, InteractionLogEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInteractionLogEntry_Duration(), ecorePackage.getEInt(), "duration", null, 0, 1, InteractionLogEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInteractionLogEntry_UserId(), ecorePackage.getEString(), "userId", null, 0, 1, InteractionLogEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInteractionLogEntry_InteractionGroupCode(), ecorePackage.getEString(), "interactionGroupCode", null, 0, 1, InteractionLogEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInteractionLogEntry_InteractionTemplateCode(), ecorePackage.getEString(), "interactionTemplateCode", null, 0, 1, InteractionLogEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInteractionLogEntry_CampaignNo(), ecorePackage.getEString(), "campaignNo", null, 0, 1, InteractionLogEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInteractionLogEntry_CampaignEntryNo(), ecorePackage.getELongObject(), "campaignEntryNo", null, 0, 1, InteractionLogEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInteractionLogEntry_CampaignResponse(), ecorePackage.getEBoolean(), "campaignResponse", null, 0, 1, InteractionLogEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInteractionLogEntry_CampaignTarget(), ecorePackage.getEBoolean(), "campaignTarget", null, 0, 1, InteractionLogEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInteractionLogEntry_SegmentNo(), ecorePackage.getEString(), "segmentNo", null, 0, 1, InteractionLogEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInteractionLogEntry_Evaluation(), this.getEvaluation(), "evaluation", null, 0, 1, InteractionLogEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInteractionLogEntry_AttemptFailed(), ecorePackage.getEBoolean(), "attemptFailed", null, 0, 1, InteractionLogEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInteractionLogEntry_SalespersonCode(), ecorePackage.getEString(), "salespersonCode", null, 0, 1, InteractionLogEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInteractionLogEntry_DeliveryStatus(), this.getDeliveryStatus(), "deliveryStatus", null, 0, 1, InteractionLogEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInteractionLogEntry_Canceled(), ecorePackage.getEBoolean(), "canceled", null, 0, 1, InteractionLogEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInteractionLogEntry_CorrespondenceType(), this.getCorrespondenceType(), "correspondenceType", null, 0, 1, InteractionLogEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInteractionLogEntry_LoggedSegmentEntryNo(), ecorePackage.getELongObject(), "loggedSegmentEntryNo", null, 0, 1, InteractionLogEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInteractionLogEntry_SendWordDocsAsAttachment(), ecorePackage.getEBoolean(), "sendWordDocsAsAttachment", null, 0, 1, InteractionLogEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInteractionLogEntry_InteractionLanguageCode(), ecorePackage.getEString(), "interactionLanguageCode", null, 0, 1, InteractionLogEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInteractionLogEntry_Subject(), ecorePackage.getEString(), "subject", null, 0, 1, InteractionLogEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInteractionLogEntry_WordTemplateNo(), ecorePackage.getELongObject(), "wordTemplateNo", null, 0, 1, InteractionLogEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInteractionLogEntry_Merged(), ecorePackage.getEBoolean(), "merged", null, 0, 1, InteractionLogEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInteractionLogEntry_ContactVia(), ecorePackage.getEString(), "contactVia", null, 0, 1, InteractionLogEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInteractionLogEntry_Postponed(), ecorePackage.getEBoolean(), "postponed", null, 0, 1, InteractionLogEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInteractionLogEntry_DocumentType(), ecorePackage.getEString(), "documentType", null, 0, 1, InteractionLogEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInteractionLogEntry_DocumentNo(), ecorePackage.getEString(), "documentNo", null, 0, 1, InteractionLogEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInteractionLogEntry_OpportunityNo(), ecorePackage.getEString(), "opportunityNo", null, 0, 1, InteractionLogEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInteractionLogEntry_TaskNo(), ecorePackage.getEString(), "taskNo", null, 0, 1, InteractionLogEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(numberSeriesEClass, NumberSeries.class, "NumberSeries", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNumberSeries_Code(), ecorePackage.getEString(), "code", null, 1, 1, NumberSeries.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNumberSeries_Description(), ecorePackage.getEString(), "description", null, 0, 1, NumberSeries.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNumberSeries_StartingNo(), ecorePackage.getEString(), "startingNo", null, 0, 1, NumberSeries.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNumberSeries_LastNoUsed(), ecorePackage.getEString(), "lastNoUsed", null, 0, 1, NumberSeries.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(contactTypeEEnum, ContactType.class, "ContactType");
		addEEnumLiteral(contactTypeEEnum, ContactType.COMPANY);
		addEEnumLiteral(contactTypeEEnum, ContactType.PERSON);

		initEEnum(correspondenceTypeEEnum, CorrespondenceType.class, "CorrespondenceType");
		addEEnumLiteral(correspondenceTypeEEnum, CorrespondenceType.NONE);
		addEEnumLiteral(correspondenceTypeEEnum, CorrespondenceType.HARD_COPY);
		addEEnumLiteral(correspondenceTypeEEnum, CorrespondenceType.EMAIL);
		addEEnumLiteral(correspondenceTypeEEnum, CorrespondenceType.FAX);

		initEEnum(informationFlowEEnum, InformationFlow.class, "InformationFlow");
		addEEnumLiteral(informationFlowEEnum, InformationFlow.NONE);
		addEEnumLiteral(informationFlowEEnum, InformationFlow.OUTBOUND);
		addEEnumLiteral(informationFlowEEnum, InformationFlow.INBOUND);

		initEEnum(initiatedByEEnum, InitiatedBy.class, "InitiatedBy");
		addEEnumLiteral(initiatedByEEnum, InitiatedBy.NONE);
		addEEnumLiteral(initiatedByEEnum, InitiatedBy.US);
		addEEnumLiteral(initiatedByEEnum, InitiatedBy.THEM);

		initEEnum(evaluationEEnum, Evaluation.class, "Evaluation");
		addEEnumLiteral(evaluationEEnum, Evaluation.NONE);
		addEEnumLiteral(evaluationEEnum, Evaluation.VERY_POSITIVE);
		addEEnumLiteral(evaluationEEnum, Evaluation.POSITIVE);
		addEEnumLiteral(evaluationEEnum, Evaluation.NEUTRAL);
		addEEnumLiteral(evaluationEEnum, Evaluation.NEGATIVE);
		addEEnumLiteral(evaluationEEnum, Evaluation.VERY_NEGATIVE);

		initEEnum(criteriaActionEEnum, CriteriaAction.class, "CriteriaAction");
		addEEnumLiteral(criteriaActionEEnum, CriteriaAction.ADD);
		addEEnumLiteral(criteriaActionEEnum, CriteriaAction.REDUCE);
		addEEnumLiteral(criteriaActionEEnum, CriteriaAction.REFINE);

		initEEnum(stepKindEEnum, StepKind.class, "StepKind");
		addEEnumLiteral(stepKindEEnum, StepKind.CRITERIA);
		addEEnumLiteral(stepKindEEnum, StepKind.MANUAL);
		addEEnumLiteral(stepKindEEnum, StepKind.REUSED_LOGGED_SEGMENT);

		initEEnum(deliveryStatusEEnum, DeliveryStatus.class, "DeliveryStatus");
		addEEnumLiteral(deliveryStatusEEnum, DeliveryStatus.NONE);
		addEEnumLiteral(deliveryStatusEEnum, DeliveryStatus.IN_PROGRESS);
		addEEnumLiteral(deliveryStatusEEnum, DeliveryStatus.ERROR);

		initEEnum(wizardActionEEnum, WizardAction.class, "WizardAction");
		addEEnumLiteral(wizardActionEEnum, WizardAction.NONE);
		addEEnumLiteral(wizardActionEEnum, WizardAction.OPEN);
		addEEnumLiteral(wizardActionEEnum, WizardAction.IMPORT);
		addEEnumLiteral(wizardActionEEnum, WizardAction.MERGE);

		initEEnum(historyActionEEnum, HistoryAction.class, "HistoryAction");
		addEEnumLiteral(historyActionEEnum, HistoryAction.INSERTION);
		addEEnumLiteral(historyActionEEnum, HistoryAction.DELETION);

		initEEnum(salutationTypeEEnum, SalutationType.class, "SalutationType");
		addEEnumLiteral(salutationTypeEEnum, SalutationType.FORMAL);
		addEEnumLiteral(salutationTypeEEnum, SalutationType.INFORMAL);

		// Initialize data types
		initEDataType(localDateEDataType, LocalDate.class, "LocalDate", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(localTimeEDataType, LocalTime.class, "LocalTime", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(instantEDataType, Instant.class, "Instant", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);

		// Create resource
		createResource(eNS_URI);
	}

} //SegmentaPackageImpl
