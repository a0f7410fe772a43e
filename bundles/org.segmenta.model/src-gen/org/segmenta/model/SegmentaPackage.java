/**
 */
package org.segmenta.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Segmenta's domain model: contacts, segments and their criteria, interaction templates, logged segments and the interaction log, after Dynamics NAV 2017 / Business Central Relationship Management.
 * <!-- end-model-doc -->
 * @see org.segmenta.model.SegmentaFactory
 * @model kind="package"
 * @generated
 */
public interface SegmentaPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.segmenta.org/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "segmenta";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	SegmentaPackage eINSTANCE = org.segmenta.model.impl.SegmentaPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.segmenta.model.impl.ContactImpl <em>Contact</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.model.impl.ContactImpl
	 * @see org.segmenta.model.impl.SegmentaPackageImpl#getContact()
	 * @generated
	 */
	int CONTACT = 0;

	/**
	 * The feature id for the '<em><b>No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__NO = 0;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__TYPE = 1;

	/**
	 * The feature id for the '<em><b>Company No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__COMPANY_NO = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__NAME = 3;

	/**
	 * The feature id for the '<em><b>Name2</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__NAME2 = 4;

	/**
	 * The feature id for the '<em><b>First Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__FIRST_NAME = 5;

	/**
	 * The feature id for the '<em><b>Middle Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__MIDDLE_NAME = 6;

	/**
	 * The feature id for the '<em><b>Surname</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__SURNAME = 7;

	/**
	 * The feature id for the '<em><b>Initials</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__INITIALS = 8;

	/**
	 * The feature id for the '<em><b>Job Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__JOB_TITLE = 9;

	/**
	 * The feature id for the '<em><b>Company Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__COMPANY_NAME = 10;

	/**
	 * The feature id for the '<em><b>Search Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__SEARCH_NAME = 11;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__ADDRESS = 12;

	/**
	 * The feature id for the '<em><b>Address2</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__ADDRESS2 = 13;

	/**
	 * The feature id for the '<em><b>Post Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__POST_CODE = 14;

	/**
	 * The feature id for the '<em><b>City</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__CITY = 15;

	/**
	 * The feature id for the '<em><b>County</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__COUNTY = 16;

	/**
	 * The feature id for the '<em><b>Country Region Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__COUNTRY_REGION_CODE = 17;

	/**
	 * The feature id for the '<em><b>Phone No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__PHONE_NO = 18;

	/**
	 * The feature id for the '<em><b>Mobile Phone No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__MOBILE_PHONE_NO = 19;

	/**
	 * The feature id for the '<em><b>Fax No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__FAX_NO = 20;

	/**
	 * The feature id for the '<em><b>Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__EMAIL = 21;

	/**
	 * The feature id for the '<em><b>Home Page</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__HOME_PAGE = 22;

	/**
	 * The feature id for the '<em><b>Language Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__LANGUAGE_CODE = 23;

	/**
	 * The feature id for the '<em><b>Salutation Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__SALUTATION_CODE = 24;

	/**
	 * The feature id for the '<em><b>Correspondence Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__CORRESPONDENCE_TYPE = 25;

	/**
	 * The feature id for the '<em><b>Salesperson Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__SALESPERSON_CODE = 26;

	/**
	 * The feature id for the '<em><b>Territory Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__TERRITORY_CODE = 27;

	/**
	 * The feature id for the '<em><b>Exclude From Segment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__EXCLUDE_FROM_SEGMENT = 28;

	/**
	 * The feature id for the '<em><b>Privacy Blocked</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__PRIVACY_BLOCKED = 29;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__NOTES = 30;

	/**
	 * The feature id for the '<em><b>Mailing Groups</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__MAILING_GROUPS = 31;

	/**
	 * The feature id for the '<em><b>Industry Groups</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__INDUSTRY_GROUPS = 32;

	/**
	 * The feature id for the '<em><b>Job Responsibilities</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__JOB_RESPONSIBILITIES = 33;

	/**
	 * The feature id for the '<em><b>Profile Answers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__PROFILE_ANSWERS = 34;

	/**
	 * The number of structural features of the '<em>Contact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_FEATURE_COUNT = 35;

	/**
	 * The number of operations of the '<em>Contact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.segmenta.model.impl.ContactMailingGroupImpl <em>Contact Mailing Group</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.model.impl.ContactMailingGroupImpl
	 * @see org.segmenta.model.impl.SegmentaPackageImpl#getContactMailingGroup()
	 * @generated
	 */
	int CONTACT_MAILING_GROUP = 1;

	/**
	 * The feature id for the '<em><b>Mailing Group Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_MAILING_GROUP__MAILING_GROUP_CODE = 0;

	/**
	 * The number of structural features of the '<em>Contact Mailing Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_MAILING_GROUP_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Contact Mailing Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_MAILING_GROUP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.segmenta.model.impl.ContactIndustryGroupImpl <em>Contact Industry Group</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.model.impl.ContactIndustryGroupImpl
	 * @see org.segmenta.model.impl.SegmentaPackageImpl#getContactIndustryGroup()
	 * @generated
	 */
	int CONTACT_INDUSTRY_GROUP = 2;

	/**
	 * The feature id for the '<em><b>Industry Group Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_INDUSTRY_GROUP__INDUSTRY_GROUP_CODE = 0;

	/**
	 * The number of structural features of the '<em>Contact Industry Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_INDUSTRY_GROUP_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Contact Industry Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_INDUSTRY_GROUP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.segmenta.model.impl.ContactJobResponsibilityImpl <em>Contact Job Responsibility</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.model.impl.ContactJobResponsibilityImpl
	 * @see org.segmenta.model.impl.SegmentaPackageImpl#getContactJobResponsibility()
	 * @generated
	 */
	int CONTACT_JOB_RESPONSIBILITY = 3;

	/**
	 * The feature id for the '<em><b>Job Responsibility Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_JOB_RESPONSIBILITY__JOB_RESPONSIBILITY_CODE = 0;

	/**
	 * The number of structural features of the '<em>Contact Job Responsibility</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_JOB_RESPONSIBILITY_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Contact Job Responsibility</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_JOB_RESPONSIBILITY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.segmenta.model.impl.ContactProfileAnswerImpl <em>Contact Profile Answer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.model.impl.ContactProfileAnswerImpl
	 * @see org.segmenta.model.impl.SegmentaPackageImpl#getContactProfileAnswer()
	 * @generated
	 */
	int CONTACT_PROFILE_ANSWER = 4;

	/**
	 * The feature id for the '<em><b>Profile Questionnaire Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_PROFILE_ANSWER__PROFILE_QUESTIONNAIRE_CODE = 0;

	/**
	 * The feature id for the '<em><b>Answer Line No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_PROFILE_ANSWER__ANSWER_LINE_NO = 1;

	/**
	 * The feature id for the '<em><b>Answer Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_PROFILE_ANSWER__ANSWER_DESCRIPTION = 2;

	/**
	 * The number of structural features of the '<em>Contact Profile Answer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_PROFILE_ANSWER_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Contact Profile Answer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_PROFILE_ANSWER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.segmenta.model.impl.SalespersonImpl <em>Salesperson</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.model.impl.SalespersonImpl
	 * @see org.segmenta.model.impl.SegmentaPackageImpl#getSalesperson()
	 * @generated
	 */
	int SALESPERSON = 5;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SALESPERSON__CODE = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SALESPERSON__NAME = 1;

	/**
	 * The feature id for the '<em><b>Job Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SALESPERSON__JOB_TITLE = 2;

	/**
	 * The feature id for the '<em><b>Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SALESPERSON__EMAIL = 3;

	/**
	 * The feature id for the '<em><b>Phone No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SALESPERSON__PHONE_NO = 4;

	/**
	 * The feature id for the '<em><b>Blocked</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SALESPERSON__BLOCKED = 5;

	/**
	 * The number of structural features of the '<em>Salesperson</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SALESPERSON_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Salesperson</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SALESPERSON_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.segmenta.model.impl.SalutationImpl <em>Salutation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.model.impl.SalutationImpl
	 * @see org.segmenta.model.impl.SegmentaPackageImpl#getSalutation()
	 * @generated
	 */
	int SALUTATION = 6;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SALUTATION__CODE = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SALUTATION__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Formulas</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SALUTATION__FORMULAS = 2;

	/**
	 * The number of structural features of the '<em>Salutation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SALUTATION_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Salutation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SALUTATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.segmenta.model.impl.SalutationFormulaImpl <em>Salutation Formula</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.model.impl.SalutationFormulaImpl
	 * @see org.segmenta.model.impl.SegmentaPackageImpl#getSalutationFormula()
	 * @generated
	 */
	int SALUTATION_FORMULA = 7;

	/**
	 * The feature id for the '<em><b>Language Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SALUTATION_FORMULA__LANGUAGE_CODE = 0;

	/**
	 * The feature id for the '<em><b>Salutation Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SALUTATION_FORMULA__SALUTATION_TYPE = 1;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SALUTATION_FORMULA__TEXT = 2;

	/**
	 * The number of structural features of the '<em>Salutation Formula</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SALUTATION_FORMULA_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Salutation Formula</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SALUTATION_FORMULA_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.segmenta.model.impl.LanguageImpl <em>Language</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.model.impl.LanguageImpl
	 * @see org.segmenta.model.impl.SegmentaPackageImpl#getLanguage()
	 * @generated
	 */
	int LANGUAGE = 8;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LANGUAGE__CODE = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LANGUAGE__NAME = 1;

	/**
	 * The feature id for the '<em><b>Windows Language Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LANGUAGE__WINDOWS_LANGUAGE_ID = 2;

	/**
	 * The number of structural features of the '<em>Language</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LANGUAGE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Language</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LANGUAGE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.segmenta.model.impl.MailingGroupImpl <em>Mailing Group</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.model.impl.MailingGroupImpl
	 * @see org.segmenta.model.impl.SegmentaPackageImpl#getMailingGroup()
	 * @generated
	 */
	int MAILING_GROUP = 9;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAILING_GROUP__CODE = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAILING_GROUP__DESCRIPTION = 1;

	/**
	 * The number of structural features of the '<em>Mailing Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAILING_GROUP_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Mailing Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAILING_GROUP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.segmenta.model.impl.IndustryGroupImpl <em>Industry Group</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.model.impl.IndustryGroupImpl
	 * @see org.segmenta.model.impl.SegmentaPackageImpl#getIndustryGroup()
	 * @generated
	 */
	int INDUSTRY_GROUP = 10;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDUSTRY_GROUP__CODE = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDUSTRY_GROUP__DESCRIPTION = 1;

	/**
	 * The number of structural features of the '<em>Industry Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDUSTRY_GROUP_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Industry Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDUSTRY_GROUP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.segmenta.model.impl.JobResponsibilityImpl <em>Job Responsibility</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.model.impl.JobResponsibilityImpl
	 * @see org.segmenta.model.impl.SegmentaPackageImpl#getJobResponsibility()
	 * @generated
	 */
	int JOB_RESPONSIBILITY = 11;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_RESPONSIBILITY__CODE = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_RESPONSIBILITY__DESCRIPTION = 1;

	/**
	 * The number of structural features of the '<em>Job Responsibility</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_RESPONSIBILITY_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Job Responsibility</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_RESPONSIBILITY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.segmenta.model.impl.InteractionGroupImpl <em>Interaction Group</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.model.impl.InteractionGroupImpl
	 * @see org.segmenta.model.impl.SegmentaPackageImpl#getInteractionGroup()
	 * @generated
	 */
	int INTERACTION_GROUP = 12;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_GROUP__CODE = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_GROUP__DESCRIPTION = 1;

	/**
	 * The number of structural features of the '<em>Interaction Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_GROUP_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Interaction Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_GROUP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.segmenta.model.impl.ProfileQuestionnaireImpl <em>Profile Questionnaire</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.model.impl.ProfileQuestionnaireImpl
	 * @see org.segmenta.model.impl.SegmentaPackageImpl#getProfileQuestionnaire()
	 * @generated
	 */
	int PROFILE_QUESTIONNAIRE = 13;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE_QUESTIONNAIRE__CODE = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE_QUESTIONNAIRE__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Questions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE_QUESTIONNAIRE__QUESTIONS = 2;

	/**
	 * The number of structural features of the '<em>Profile Questionnaire</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE_QUESTIONNAIRE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Profile Questionnaire</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE_QUESTIONNAIRE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.segmenta.model.impl.ProfileQuestionImpl <em>Profile Question</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.model.impl.ProfileQuestionImpl
	 * @see org.segmenta.model.impl.SegmentaPackageImpl#getProfileQuestion()
	 * @generated
	 */
	int PROFILE_QUESTION = 14;

	/**
	 * The feature id for the '<em><b>Line No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE_QUESTION__LINE_NO = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE_QUESTION__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Answers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE_QUESTION__ANSWERS = 2;

	/**
	 * The number of structural features of the '<em>Profile Question</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE_QUESTION_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Profile Question</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE_QUESTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.segmenta.model.impl.ProfileAnswerImpl <em>Profile Answer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.model.impl.ProfileAnswerImpl
	 * @see org.segmenta.model.impl.SegmentaPackageImpl#getProfileAnswer()
	 * @generated
	 */
	int PROFILE_ANSWER = 15;

	/**
	 * The feature id for the '<em><b>Line No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE_ANSWER__LINE_NO = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE_ANSWER__DESCRIPTION = 1;

	/**
	 * The number of structural features of the '<em>Profile Answer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE_ANSWER_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Profile Answer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE_ANSWER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.segmenta.model.impl.CampaignImpl <em>Campaign</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.model.impl.CampaignImpl
	 * @see org.segmenta.model.impl.SegmentaPackageImpl#getCampaign()
	 * @generated
	 */
	int CAMPAIGN = 16;

	/**
	 * The feature id for the '<em><b>No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__NO = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Starting Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__STARTING_DATE = 2;

	/**
	 * The feature id for the '<em><b>Ending Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__ENDING_DATE = 3;

	/**
	 * The feature id for the '<em><b>Salesperson Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__SALESPERSON_CODE = 4;

	/**
	 * The feature id for the '<em><b>Activated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__ACTIVATED = 5;

	/**
	 * The number of structural features of the '<em>Campaign</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Campaign</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.segmenta.model.impl.AttachmentImpl <em>Attachment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.model.impl.AttachmentImpl
	 * @see org.segmenta.model.impl.SegmentaPackageImpl#getAttachment()
	 * @generated
	 */
	int ATTACHMENT = 17;

	/**
	 * The feature id for the '<em><b>No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHMENT__NO = 0;

	/**
	 * The feature id for the '<em><b>File Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHMENT__FILE_NAME = 1;

	/**
	 * The feature id for the '<em><b>Media Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHMENT__MEDIA_TYPE = 2;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHMENT__SIZE = 3;

	/**
	 * The feature id for the '<em><b>Read Only</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHMENT__READ_ONLY = 4;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHMENT__CREATED = 5;

	/**
	 * The feature id for the '<em><b>Field Mapping</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHMENT__FIELD_MAPPING = 6;

	/**
	 * The number of structural features of the '<em>Attachment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHMENT_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Attachment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.segmenta.model.impl.InteractionTemplateImpl <em>Interaction Template</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.model.impl.InteractionTemplateImpl
	 * @see org.segmenta.model.impl.SegmentaPackageImpl#getInteractionTemplate()
	 * @generated
	 */
	int INTERACTION_TEMPLATE = 18;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_TEMPLATE__CODE = 0;

	/**
	 * The feature id for the '<em><b>Interaction Group Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_TEMPLATE__INTERACTION_GROUP_CODE = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_TEMPLATE__DESCRIPTION = 2;

	/**
	 * The feature id for the '<em><b>Unit Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_TEMPLATE__UNIT_COST = 3;

	/**
	 * The feature id for the '<em><b>Unit Duration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_TEMPLATE__UNIT_DURATION = 4;

	/**
	 * The feature id for the '<em><b>Information Flow</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_TEMPLATE__INFORMATION_FLOW = 5;

	/**
	 * The feature id for the '<em><b>Initiated By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_TEMPLATE__INITIATED_BY = 6;

	/**
	 * The feature id for the '<em><b>Campaign No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_TEMPLATE__CAMPAIGN_NO = 7;

	/**
	 * The feature id for the '<em><b>Campaign Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_TEMPLATE__CAMPAIGN_TARGET = 8;

	/**
	 * The feature id for the '<em><b>Campaign Response</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_TEMPLATE__CAMPAIGN_RESPONSE = 9;

	/**
	 * The feature id for the '<em><b>Correspondence Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_TEMPLATE__CORRESPONDENCE_TYPE = 10;

	/**
	 * The feature id for the '<em><b>Ignore Contact Correspondence Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_TEMPLATE__IGNORE_CONTACT_CORRESPONDENCE_TYPE = 11;

	/**
	 * The feature id for the '<em><b>Language Code Default</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_TEMPLATE__LANGUAGE_CODE_DEFAULT = 12;

	/**
	 * The feature id for the '<em><b>Wizard Action</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_TEMPLATE__WIZARD_ACTION = 13;

	/**
	 * The feature id for the '<em><b>Languages</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_TEMPLATE__LANGUAGES = 14;

	/**
	 * The number of structural features of the '<em>Interaction Template</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_TEMPLATE_FEATURE_COUNT = 15;

	/**
	 * The number of operations of the '<em>Interaction Template</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_TEMPLATE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.segmenta.model.impl.InteractionTemplateLanguageImpl <em>Interaction Template Language</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.model.impl.InteractionTemplateLanguageImpl
	 * @see org.segmenta.model.impl.SegmentaPackageImpl#getInteractionTemplateLanguage()
	 * @generated
	 */
	int INTERACTION_TEMPLATE_LANGUAGE = 19;

	/**
	 * The feature id for the '<em><b>Language Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_TEMPLATE_LANGUAGE__LANGUAGE_CODE = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_TEMPLATE_LANGUAGE__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Attachment No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_TEMPLATE_LANGUAGE__ATTACHMENT_NO = 2;

	/**
	 * The feature id for the '<em><b>Word Template No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_TEMPLATE_LANGUAGE__WORD_TEMPLATE_NO = 3;

	/**
	 * The number of structural features of the '<em>Interaction Template Language</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_TEMPLATE_LANGUAGE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Interaction Template Language</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_TEMPLATE_LANGUAGE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.segmenta.model.impl.SegmentHeaderImpl <em>Segment Header</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.model.impl.SegmentHeaderImpl
	 * @see org.segmenta.model.impl.SegmentaPackageImpl#getSegmentHeader()
	 * @generated
	 */
	int SEGMENT_HEADER = 20;

	/**
	 * The feature id for the '<em><b>No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_HEADER__NO = 0;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_HEADER__DATE = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_HEADER__DESCRIPTION = 2;

	/**
	 * The feature id for the '<em><b>Salesperson Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_HEADER__SALESPERSON_CODE = 3;

	/**
	 * The feature id for the '<em><b>Interaction Template Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_HEADER__INTERACTION_TEMPLATE_CODE = 4;

	/**
	 * The feature id for the '<em><b>Interaction Group Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_HEADER__INTERACTION_GROUP_CODE = 5;

	/**
	 * The feature id for the '<em><b>Information Flow</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_HEADER__INFORMATION_FLOW = 6;

	/**
	 * The feature id for the '<em><b>Initiated By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_HEADER__INITIATED_BY = 7;

	/**
	 * The feature id for the '<em><b>Campaign No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_HEADER__CAMPAIGN_NO = 8;

	/**
	 * The feature id for the '<em><b>Campaign Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_HEADER__CAMPAIGN_TARGET = 9;

	/**
	 * The feature id for the '<em><b>Campaign Response</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_HEADER__CAMPAIGN_RESPONSE = 10;

	/**
	 * The feature id for the '<em><b>Send Word Docs As Attachment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_HEADER__SEND_WORD_DOCS_AS_ATTACHMENT = 11;

	/**
	 * The feature id for the '<em><b>Language Code Default</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_HEADER__LANGUAGE_CODE_DEFAULT = 12;

	/**
	 * The feature id for the '<em><b>Subject Default</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_HEADER__SUBJECT_DEFAULT = 13;

	/**
	 * The feature id for the '<em><b>Ignore Contact Correspondence Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_HEADER__IGNORE_CONTACT_CORRESPONDENCE_TYPE = 14;

	/**
	 * The feature id for the '<em><b>Correspondence Type Default</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_HEADER__CORRESPONDENCE_TYPE_DEFAULT = 15;

	/**
	 * The feature id for the '<em><b>Unit Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_HEADER__UNIT_COST = 16;

	/**
	 * The feature id for the '<em><b>Unit Duration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_HEADER__UNIT_DURATION = 17;

	/**
	 * The feature id for the '<em><b>Modified Word Template No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_HEADER__MODIFIED_WORD_TEMPLATE_NO = 18;

	/**
	 * The feature id for the '<em><b>Languages</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_HEADER__LANGUAGES = 19;

	/**
	 * The feature id for the '<em><b>Criteria Lines</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_HEADER__CRITERIA_LINES = 20;

	/**
	 * The number of structural features of the '<em>Segment Header</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_HEADER_FEATURE_COUNT = 21;

	/**
	 * The number of operations of the '<em>Segment Header</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_HEADER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.segmenta.model.impl.SegmentInteractionLanguageImpl <em>Segment Interaction Language</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.model.impl.SegmentInteractionLanguageImpl
	 * @see org.segmenta.model.impl.SegmentaPackageImpl#getSegmentInteractionLanguage()
	 * @generated
	 */
	int SEGMENT_INTERACTION_LANGUAGE = 21;

	/**
	 * The feature id for the '<em><b>Language Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_INTERACTION_LANGUAGE__LANGUAGE_CODE = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_INTERACTION_LANGUAGE__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_INTERACTION_LANGUAGE__SUBJECT = 2;

	/**
	 * The feature id for the '<em><b>Attachment No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_INTERACTION_LANGUAGE__ATTACHMENT_NO = 3;

	/**
	 * The feature id for the '<em><b>Word Template No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_INTERACTION_LANGUAGE__WORD_TEMPLATE_NO = 4;

	/**
	 * The number of structural features of the '<em>Segment Interaction Language</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_INTERACTION_LANGUAGE_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Segment Interaction Language</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_INTERACTION_LANGUAGE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.segmenta.model.impl.SegmentLineImpl <em>Segment Line</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.model.impl.SegmentLineImpl
	 * @see org.segmenta.model.impl.SegmentaPackageImpl#getSegmentLine()
	 * @generated
	 */
	int SEGMENT_LINE = 22;

	/**
	 * The feature id for the '<em><b>Segment No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_LINE__SEGMENT_NO = 0;

	/**
	 * The feature id for the '<em><b>Line No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_LINE__LINE_NO = 1;

	/**
	 * The feature id for the '<em><b>Contact No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_LINE__CONTACT_NO = 2;

	/**
	 * The feature id for the '<em><b>Contact Company No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_LINE__CONTACT_COMPANY_NO = 3;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_LINE__DATE = 4;

	/**
	 * The feature id for the '<em><b>Time Of Interaction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_LINE__TIME_OF_INTERACTION = 5;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_LINE__DESCRIPTION = 6;

	/**
	 * The feature id for the '<em><b>Salesperson Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_LINE__SALESPERSON_CODE = 7;

	/**
	 * The feature id for the '<em><b>Interaction Template Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_LINE__INTERACTION_TEMPLATE_CODE = 8;

	/**
	 * The feature id for the '<em><b>Interaction Group Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_LINE__INTERACTION_GROUP_CODE = 9;

	/**
	 * The feature id for the '<em><b>Information Flow</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_LINE__INFORMATION_FLOW = 10;

	/**
	 * The feature id for the '<em><b>Initiated By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_LINE__INITIATED_BY = 11;

	/**
	 * The feature id for the '<em><b>Campaign No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_LINE__CAMPAIGN_NO = 12;

	/**
	 * The feature id for the '<em><b>Campaign Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_LINE__CAMPAIGN_TARGET = 13;

	/**
	 * The feature id for the '<em><b>Campaign Response</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_LINE__CAMPAIGN_RESPONSE = 14;

	/**
	 * The feature id for the '<em><b>Send Word Docs As Attachment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_LINE__SEND_WORD_DOCS_AS_ATTACHMENT = 15;

	/**
	 * The feature id for the '<em><b>Correspondence Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_LINE__CORRESPONDENCE_TYPE = 16;

	/**
	 * The feature id for the '<em><b>Language Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_LINE__LANGUAGE_CODE = 17;

	/**
	 * The feature id for the '<em><b>Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_LINE__SUBJECT = 18;

	/**
	 * The feature id for the '<em><b>Evaluation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_LINE__EVALUATION = 19;

	/**
	 * The feature id for the '<em><b>Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_LINE__COST = 20;

	/**
	 * The feature id for the '<em><b>Duration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_LINE__DURATION = 21;

	/**
	 * The feature id for the '<em><b>Attachment No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_LINE__ATTACHMENT_NO = 22;

	/**
	 * The feature id for the '<em><b>Attachment Inherited</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_LINE__ATTACHMENT_INHERITED = 23;

	/**
	 * The feature id for the '<em><b>Word Template No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_LINE__WORD_TEMPLATE_NO = 24;

	/**
	 * The feature id for the '<em><b>Merged</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_LINE__MERGED = 25;

	/**
	 * The feature id for the '<em><b>Attempt Failed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_LINE__ATTEMPT_FAILED = 26;

	/**
	 * The feature id for the '<em><b>Step No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_LINE__STEP_NO = 27;

	/**
	 * The feature id for the '<em><b>Step Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_LINE__STEP_KIND = 28;

	/**
	 * The feature id for the '<em><b>Reused Logged Segment Entry No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_LINE__REUSED_LOGGED_SEGMENT_ENTRY_NO = 29;

	/**
	 * The feature id for the '<em><b>Personal Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_LINE__PERSONAL_NOTE = 30;

	/**
	 * The number of structural features of the '<em>Segment Line</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_LINE_FEATURE_COUNT = 31;

	/**
	 * The number of operations of the '<em>Segment Line</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_LINE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.segmenta.model.impl.SegmentCriteriaLineImpl <em>Segment Criteria Line</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.model.impl.SegmentCriteriaLineImpl
	 * @see org.segmenta.model.impl.SegmentaPackageImpl#getSegmentCriteriaLine()
	 * @generated
	 */
	int SEGMENT_CRITERIA_LINE = 23;

	/**
	 * The feature id for the '<em><b>Step No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_CRITERIA_LINE__STEP_NO = 0;

	/**
	 * The feature id for the '<em><b>Action</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_CRITERIA_LINE__ACTION = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_CRITERIA_LINE__KIND = 2;

	/**
	 * The feature id for the '<em><b>Allow Existing Contacts</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_CRITERIA_LINE__ALLOW_EXISTING_CONTACTS = 3;

	/**
	 * The feature id for the '<em><b>Expand Companies</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_CRITERIA_LINE__EXPAND_COMPANIES = 4;

	/**
	 * The feature id for the '<em><b>Allow Related Companies</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_CRITERIA_LINE__ALLOW_RELATED_COMPANIES = 5;

	/**
	 * The feature id for the '<em><b>Ignore Exclusion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_CRITERIA_LINE__IGNORE_EXCLUSION = 6;

	/**
	 * The feature id for the '<em><b>Entire Companies</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_CRITERIA_LINE__ENTIRE_COMPANIES = 7;

	/**
	 * The feature id for the '<em><b>Logged Segment Entry No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_CRITERIA_LINE__LOGGED_SEGMENT_ENTRY_NO = 8;

	/**
	 * The feature id for the '<em><b>Undone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_CRITERIA_LINE__UNDONE = 9;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_CRITERIA_LINE__DESCRIPTION = 10;

	/**
	 * The feature id for the '<em><b>Filters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_CRITERIA_LINE__FILTERS = 11;

	/**
	 * The number of structural features of the '<em>Segment Criteria Line</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_CRITERIA_LINE_FEATURE_COUNT = 12;

	/**
	 * The number of operations of the '<em>Segment Criteria Line</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_CRITERIA_LINE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.segmenta.model.impl.CriteriaFilterImpl <em>Criteria Filter</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.model.impl.CriteriaFilterImpl
	 * @see org.segmenta.model.impl.SegmentaPackageImpl#getCriteriaFilter()
	 * @generated
	 */
	int CRITERIA_FILTER = 24;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERIA_FILTER__SOURCE = 0;

	/**
	 * The feature id for the '<em><b>Field</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERIA_FILTER__FIELD = 1;

	/**
	 * The feature id for the '<em><b>Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERIA_FILTER__EXPRESSION = 2;

	/**
	 * The number of structural features of the '<em>Criteria Filter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERIA_FILTER_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Criteria Filter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERIA_FILTER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.segmenta.model.impl.SegmentHistoryEntryImpl <em>Segment History Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.model.impl.SegmentHistoryEntryImpl
	 * @see org.segmenta.model.impl.SegmentaPackageImpl#getSegmentHistoryEntry()
	 * @generated
	 */
	int SEGMENT_HISTORY_ENTRY = 25;

	/**
	 * The feature id for the '<em><b>Segment No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_HISTORY_ENTRY__SEGMENT_NO = 0;

	/**
	 * The feature id for the '<em><b>Step No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_HISTORY_ENTRY__STEP_NO = 1;

	/**
	 * The feature id for the '<em><b>Action</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_HISTORY_ENTRY__ACTION = 2;

	/**
	 * The feature id for the '<em><b>Line No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_HISTORY_ENTRY__LINE_NO = 3;

	/**
	 * The feature id for the '<em><b>Contact No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_HISTORY_ENTRY__CONTACT_NO = 4;

	/**
	 * The feature id for the '<em><b>Line</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_HISTORY_ENTRY__LINE = 5;

	/**
	 * The number of structural features of the '<em>Segment History Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_HISTORY_ENTRY_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Segment History Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_HISTORY_ENTRY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.segmenta.model.impl.SavedSegmentCriteriaImpl <em>Saved Segment Criteria</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.model.impl.SavedSegmentCriteriaImpl
	 * @see org.segmenta.model.impl.SegmentaPackageImpl#getSavedSegmentCriteria()
	 * @generated
	 */
	int SAVED_SEGMENT_CRITERIA = 26;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAVED_SEGMENT_CRITERIA__CODE = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAVED_SEGMENT_CRITERIA__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Lines</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAVED_SEGMENT_CRITERIA__LINES = 2;

	/**
	 * The number of structural features of the '<em>Saved Segment Criteria</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAVED_SEGMENT_CRITERIA_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Saved Segment Criteria</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAVED_SEGMENT_CRITERIA_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.segmenta.model.impl.LoggedSegmentImpl <em>Logged Segment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.model.impl.LoggedSegmentImpl
	 * @see org.segmenta.model.impl.SegmentaPackageImpl#getLoggedSegment()
	 * @generated
	 */
	int LOGGED_SEGMENT = 27;

	/**
	 * The feature id for the '<em><b>Entry No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOGGED_SEGMENT__ENTRY_NO = 0;

	/**
	 * The feature id for the '<em><b>Segment No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOGGED_SEGMENT__SEGMENT_NO = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOGGED_SEGMENT__DESCRIPTION = 2;

	/**
	 * The feature id for the '<em><b>Creation Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOGGED_SEGMENT__CREATION_DATE = 3;

	/**
	 * The feature id for the '<em><b>User Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOGGED_SEGMENT__USER_ID = 4;

	/**
	 * The feature id for the '<em><b>Canceled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOGGED_SEGMENT__CANCELED = 5;

	/**
	 * The feature id for the '<em><b>No Of Interactions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOGGED_SEGMENT__NO_OF_INTERACTIONS = 6;

	/**
	 * The number of structural features of the '<em>Logged Segment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOGGED_SEGMENT_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Logged Segment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOGGED_SEGMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.segmenta.model.impl.InteractionLogEntryImpl <em>Interaction Log Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.model.impl.InteractionLogEntryImpl
	 * @see org.segmenta.model.impl.SegmentaPackageImpl#getInteractionLogEntry()
	 * @generated
	 */
	int INTERACTION_LOG_ENTRY = 28;

	/**
	 * The feature id for the '<em><b>Entry No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_LOG_ENTRY__ENTRY_NO = 0;

	/**
	 * The feature id for the '<em><b>Contact No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_LOG_ENTRY__CONTACT_NO = 1;

	/**
	 * The feature id for the '<em><b>Contact Company No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_LOG_ENTRY__CONTACT_COMPANY_NO = 2;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_LOG_ENTRY__DATE = 3;

	/**
	 * The feature id for the '<em><b>Time Of Interaction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_LOG_ENTRY__TIME_OF_INTERACTION = 4;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_LOG_ENTRY__DESCRIPTION = 5;

	/**
	 * The feature id for the '<em><b>Information Flow</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_LOG_ENTRY__INFORMATION_FLOW = 6;

	/**
	 * The feature id for the '<em><b>Initiated By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_LOG_ENTRY__INITIATED_BY = 7;

	/**
	 * The feature id for the '<em><b>Attachment No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_LOG_ENTRY__ATTACHMENT_NO = 8;

	/**
	 * The feature id for the '<em><b>Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_LOG_ENTRY__COST = 9;

	/**
	 * The feature id for the '<em><b>Duration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_LOG_ENTRY__DURATION = 10;

	/**
	 * The feature id for the '<em><b>User Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_LOG_ENTRY__USER_ID = 11;

	/**
	 * The feature id for the '<em><b>Interaction Group Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_LOG_ENTRY__INTERACTION_GROUP_CODE = 12;

	/**
	 * The feature id for the '<em><b>Interaction Template Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_LOG_ENTRY__INTERACTION_TEMPLATE_CODE = 13;

	/**
	 * The feature id for the '<em><b>Campaign No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_LOG_ENTRY__CAMPAIGN_NO = 14;

	/**
	 * The feature id for the '<em><b>Campaign Entry No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_LOG_ENTRY__CAMPAIGN_ENTRY_NO = 15;

	/**
	 * The feature id for the '<em><b>Campaign Response</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_LOG_ENTRY__CAMPAIGN_RESPONSE = 16;

	/**
	 * The feature id for the '<em><b>Campaign Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_LOG_ENTRY__CAMPAIGN_TARGET = 17;

	/**
	 * The feature id for the '<em><b>Segment No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_LOG_ENTRY__SEGMENT_NO = 18;

	/**
	 * The feature id for the '<em><b>Evaluation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_LOG_ENTRY__EVALUATION = 19;

	/**
	 * The feature id for the '<em><b>Attempt Failed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_LOG_ENTRY__ATTEMPT_FAILED = 20;

	/**
	 * The feature id for the '<em><b>Salesperson Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_LOG_ENTRY__SALESPERSON_CODE = 21;

	/**
	 * The feature id for the '<em><b>Delivery Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_LOG_ENTRY__DELIVERY_STATUS = 22;

	/**
	 * The feature id for the '<em><b>Canceled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_LOG_ENTRY__CANCELED = 23;

	/**
	 * The feature id for the '<em><b>Correspondence Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_LOG_ENTRY__CORRESPONDENCE_TYPE = 24;

	/**
	 * The feature id for the '<em><b>Logged Segment Entry No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_LOG_ENTRY__LOGGED_SEGMENT_ENTRY_NO = 25;

	/**
	 * The feature id for the '<em><b>Send Word Docs As Attachment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_LOG_ENTRY__SEND_WORD_DOCS_AS_ATTACHMENT = 26;

	/**
	 * The feature id for the '<em><b>Interaction Language Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_LOG_ENTRY__INTERACTION_LANGUAGE_CODE = 27;

	/**
	 * The feature id for the '<em><b>Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_LOG_ENTRY__SUBJECT = 28;

	/**
	 * The feature id for the '<em><b>Word Template No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_LOG_ENTRY__WORD_TEMPLATE_NO = 29;

	/**
	 * The feature id for the '<em><b>Merged</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_LOG_ENTRY__MERGED = 30;

	/**
	 * The feature id for the '<em><b>Contact Via</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_LOG_ENTRY__CONTACT_VIA = 31;

	/**
	 * The feature id for the '<em><b>Postponed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_LOG_ENTRY__POSTPONED = 32;

	/**
	 * The feature id for the '<em><b>Document Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_LOG_ENTRY__DOCUMENT_TYPE = 33;

	/**
	 * The feature id for the '<em><b>Document No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_LOG_ENTRY__DOCUMENT_NO = 34;

	/**
	 * The feature id for the '<em><b>Opportunity No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_LOG_ENTRY__OPPORTUNITY_NO = 35;

	/**
	 * The feature id for the '<em><b>Task No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_LOG_ENTRY__TASK_NO = 36;

	/**
	 * The number of structural features of the '<em>Interaction Log Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_LOG_ENTRY_FEATURE_COUNT = 37;

	/**
	 * The number of operations of the '<em>Interaction Log Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_LOG_ENTRY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.segmenta.model.impl.NumberSeriesImpl <em>Number Series</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.model.impl.NumberSeriesImpl
	 * @see org.segmenta.model.impl.SegmentaPackageImpl#getNumberSeries()
	 * @generated
	 */
	int NUMBER_SERIES = 29;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMBER_SERIES__CODE = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMBER_SERIES__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Starting No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMBER_SERIES__STARTING_NO = 2;

	/**
	 * The feature id for the '<em><b>Last No Used</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMBER_SERIES__LAST_NO_USED = 3;

	/**
	 * The number of structural features of the '<em>Number Series</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMBER_SERIES_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Number Series</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMBER_SERIES_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.segmenta.model.ContactType <em>Contact Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.model.ContactType
	 * @see org.segmenta.model.impl.SegmentaPackageImpl#getContactType()
	 * @generated
	 */
	int CONTACT_TYPE = 30;

	/**
	 * The meta object id for the '{@link org.segmenta.model.CorrespondenceType <em>Correspondence Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.model.CorrespondenceType
	 * @see org.segmenta.model.impl.SegmentaPackageImpl#getCorrespondenceType()
	 * @generated
	 */
	int CORRESPONDENCE_TYPE = 31;

	/**
	 * The meta object id for the '{@link org.segmenta.model.InformationFlow <em>Information Flow</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.model.InformationFlow
	 * @see org.segmenta.model.impl.SegmentaPackageImpl#getInformationFlow()
	 * @generated
	 */
	int INFORMATION_FLOW = 32;

	/**
	 * The meta object id for the '{@link org.segmenta.model.InitiatedBy <em>Initiated By</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.model.InitiatedBy
	 * @see org.segmenta.model.impl.SegmentaPackageImpl#getInitiatedBy()
	 * @generated
	 */
	int INITIATED_BY = 33;

	/**
	 * The meta object id for the '{@link org.segmenta.model.Evaluation <em>Evaluation</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.model.Evaluation
	 * @see org.segmenta.model.impl.SegmentaPackageImpl#getEvaluation()
	 * @generated
	 */
	int EVALUATION = 34;

	/**
	 * The meta object id for the '{@link org.segmenta.model.CriteriaAction <em>Criteria Action</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.model.CriteriaAction
	 * @see org.segmenta.model.impl.SegmentaPackageImpl#getCriteriaAction()
	 * @generated
	 */
	int CRITERIA_ACTION = 35;

	/**
	 * The meta object id for the '{@link org.segmenta.model.StepKind <em>Step Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.model.StepKind
	 * @see org.segmenta.model.impl.SegmentaPackageImpl#getStepKind()
	 * @generated
	 */
	int STEP_KIND = 36;

	/**
	 * The meta object id for the '{@link org.segmenta.model.DeliveryStatus <em>Delivery Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.model.DeliveryStatus
	 * @see org.segmenta.model.impl.SegmentaPackageImpl#getDeliveryStatus()
	 * @generated
	 */
	int DELIVERY_STATUS = 37;

	/**
	 * The meta object id for the '{@link org.segmenta.model.WizardAction <em>Wizard Action</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.model.WizardAction
	 * @see org.segmenta.model.impl.SegmentaPackageImpl#getWizardAction()
	 * @generated
	 */
	int WIZARD_ACTION = 38;

	/**
	 * The meta object id for the '{@link org.segmenta.model.HistoryAction <em>History Action</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.model.HistoryAction
	 * @see org.segmenta.model.impl.SegmentaPackageImpl#getHistoryAction()
	 * @generated
	 */
	int HISTORY_ACTION = 39;

	/**
	 * The meta object id for the '{@link org.segmenta.model.SalutationType <em>Salutation Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.model.SalutationType
	 * @see org.segmenta.model.impl.SegmentaPackageImpl#getSalutationType()
	 * @generated
	 */
	int SALUTATION_TYPE = 40;

	/**
	 * The meta object id for the '<em>Local Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDate
	 * @see org.segmenta.model.impl.SegmentaPackageImpl#getLocalDate()
	 * @generated
	 */
	int LOCAL_DATE = 41;

	/**
	 * The meta object id for the '<em>Local Time</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalTime
	 * @see org.segmenta.model.impl.SegmentaPackageImpl#getLocalTime()
	 * @generated
	 */
	int LOCAL_TIME = 42;

	/**
	 * The meta object id for the '<em>Instant</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.Instant
	 * @see org.segmenta.model.impl.SegmentaPackageImpl#getInstant()
	 * @generated
	 */
	int INSTANT = 43;


	/**
	 * Returns the meta object for class '{@link org.segmenta.model.Contact <em>Contact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Contact</em>'.
	 * @see org.segmenta.model.Contact
	 * @generated
	 */
	EClass getContact();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Contact#getNo <em>No</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>No</em>'.
	 * @see org.segmenta.model.Contact#getNo()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_No();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Contact#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.segmenta.model.Contact#getType()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Type();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Contact#getCompanyNo <em>Company No</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Company No</em>'.
	 * @see org.segmenta.model.Contact#getCompanyNo()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_CompanyNo();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Contact#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.segmenta.model.Contact#getName()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Contact#getName2 <em>Name2</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name2</em>'.
	 * @see org.segmenta.model.Contact#getName2()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Name2();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Contact#getFirstName <em>First Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>First Name</em>'.
	 * @see org.segmenta.model.Contact#getFirstName()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_FirstName();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Contact#getMiddleName <em>Middle Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Middle Name</em>'.
	 * @see org.segmenta.model.Contact#getMiddleName()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_MiddleName();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Contact#getSurname <em>Surname</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Surname</em>'.
	 * @see org.segmenta.model.Contact#getSurname()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Surname();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Contact#getInitials <em>Initials</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Initials</em>'.
	 * @see org.segmenta.model.Contact#getInitials()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Initials();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Contact#getJobTitle <em>Job Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Job Title</em>'.
	 * @see org.segmenta.model.Contact#getJobTitle()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_JobTitle();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Contact#getCompanyName <em>Company Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Company Name</em>'.
	 * @see org.segmenta.model.Contact#getCompanyName()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_CompanyName();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Contact#getSearchName <em>Search Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Search Name</em>'.
	 * @see org.segmenta.model.Contact#getSearchName()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_SearchName();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Contact#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see org.segmenta.model.Contact#getAddress()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Address();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Contact#getAddress2 <em>Address2</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address2</em>'.
	 * @see org.segmenta.model.Contact#getAddress2()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Address2();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Contact#getPostCode <em>Post Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Post Code</em>'.
	 * @see org.segmenta.model.Contact#getPostCode()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_PostCode();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Contact#getCity <em>City</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>City</em>'.
	 * @see org.segmenta.model.Contact#getCity()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_City();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Contact#getCounty <em>County</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>County</em>'.
	 * @see org.segmenta.model.Contact#getCounty()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_County();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Contact#getCountryRegionCode <em>Country Region Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Country Region Code</em>'.
	 * @see org.segmenta.model.Contact#getCountryRegionCode()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_CountryRegionCode();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Contact#getPhoneNo <em>Phone No</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Phone No</em>'.
	 * @see org.segmenta.model.Contact#getPhoneNo()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_PhoneNo();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Contact#getMobilePhoneNo <em>Mobile Phone No</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mobile Phone No</em>'.
	 * @see org.segmenta.model.Contact#getMobilePhoneNo()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_MobilePhoneNo();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Contact#getFaxNo <em>Fax No</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fax No</em>'.
	 * @see org.segmenta.model.Contact#getFaxNo()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_FaxNo();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Contact#getEmail <em>Email</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Email</em>'.
	 * @see org.segmenta.model.Contact#getEmail()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Email();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Contact#getHomePage <em>Home Page</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Home Page</em>'.
	 * @see org.segmenta.model.Contact#getHomePage()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_HomePage();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Contact#getLanguageCode <em>Language Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Language Code</em>'.
	 * @see org.segmenta.model.Contact#getLanguageCode()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_LanguageCode();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Contact#getSalutationCode <em>Salutation Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Salutation Code</em>'.
	 * @see org.segmenta.model.Contact#getSalutationCode()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_SalutationCode();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Contact#getCorrespondenceType <em>Correspondence Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Correspondence Type</em>'.
	 * @see org.segmenta.model.Contact#getCorrespondenceType()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_CorrespondenceType();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Contact#getSalespersonCode <em>Salesperson Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Salesperson Code</em>'.
	 * @see org.segmenta.model.Contact#getSalespersonCode()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_SalespersonCode();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Contact#getTerritoryCode <em>Territory Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Territory Code</em>'.
	 * @see org.segmenta.model.Contact#getTerritoryCode()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_TerritoryCode();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Contact#isExcludeFromSegment <em>Exclude From Segment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Exclude From Segment</em>'.
	 * @see org.segmenta.model.Contact#isExcludeFromSegment()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_ExcludeFromSegment();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Contact#isPrivacyBlocked <em>Privacy Blocked</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Privacy Blocked</em>'.
	 * @see org.segmenta.model.Contact#isPrivacyBlocked()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_PrivacyBlocked();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Contact#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see org.segmenta.model.Contact#getNotes()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Notes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.segmenta.model.Contact#getMailingGroups <em>Mailing Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Mailing Groups</em>'.
	 * @see org.segmenta.model.Contact#getMailingGroups()
	 * @see #getContact()
	 * @generated
	 */
	EReference getContact_MailingGroups();

	/**
	 * Returns the meta object for the containment reference list '{@link org.segmenta.model.Contact#getIndustryGroups <em>Industry Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Industry Groups</em>'.
	 * @see org.segmenta.model.Contact#getIndustryGroups()
	 * @see #getContact()
	 * @generated
	 */
	EReference getContact_IndustryGroups();

	/**
	 * Returns the meta object for the containment reference list '{@link org.segmenta.model.Contact#getJobResponsibilities <em>Job Responsibilities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Job Responsibilities</em>'.
	 * @see org.segmenta.model.Contact#getJobResponsibilities()
	 * @see #getContact()
	 * @generated
	 */
	EReference getContact_JobResponsibilities();

	/**
	 * Returns the meta object for the containment reference list '{@link org.segmenta.model.Contact#getProfileAnswers <em>Profile Answers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Profile Answers</em>'.
	 * @see org.segmenta.model.Contact#getProfileAnswers()
	 * @see #getContact()
	 * @generated
	 */
	EReference getContact_ProfileAnswers();

	/**
	 * Returns the meta object for class '{@link org.segmenta.model.ContactMailingGroup <em>Contact Mailing Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Contact Mailing Group</em>'.
	 * @see org.segmenta.model.ContactMailingGroup
	 * @generated
	 */
	EClass getContactMailingGroup();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.ContactMailingGroup#getMailingGroupCode <em>Mailing Group Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mailing Group Code</em>'.
	 * @see org.segmenta.model.ContactMailingGroup#getMailingGroupCode()
	 * @see #getContactMailingGroup()
	 * @generated
	 */
	EAttribute getContactMailingGroup_MailingGroupCode();

	/**
	 * Returns the meta object for class '{@link org.segmenta.model.ContactIndustryGroup <em>Contact Industry Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Contact Industry Group</em>'.
	 * @see org.segmenta.model.ContactIndustryGroup
	 * @generated
	 */
	EClass getContactIndustryGroup();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.ContactIndustryGroup#getIndustryGroupCode <em>Industry Group Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Industry Group Code</em>'.
	 * @see org.segmenta.model.ContactIndustryGroup#getIndustryGroupCode()
	 * @see #getContactIndustryGroup()
	 * @generated
	 */
	EAttribute getContactIndustryGroup_IndustryGroupCode();

	/**
	 * Returns the meta object for class '{@link org.segmenta.model.ContactJobResponsibility <em>Contact Job Responsibility</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Contact Job Responsibility</em>'.
	 * @see org.segmenta.model.ContactJobResponsibility
	 * @generated
	 */
	EClass getContactJobResponsibility();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.ContactJobResponsibility#getJobResponsibilityCode <em>Job Responsibility Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Job Responsibility Code</em>'.
	 * @see org.segmenta.model.ContactJobResponsibility#getJobResponsibilityCode()
	 * @see #getContactJobResponsibility()
	 * @generated
	 */
	EAttribute getContactJobResponsibility_JobResponsibilityCode();

	/**
	 * Returns the meta object for class '{@link org.segmenta.model.ContactProfileAnswer <em>Contact Profile Answer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Contact Profile Answer</em>'.
	 * @see org.segmenta.model.ContactProfileAnswer
	 * @generated
	 */
	EClass getContactProfileAnswer();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.ContactProfileAnswer#getProfileQuestionnaireCode <em>Profile Questionnaire Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Profile Questionnaire Code</em>'.
	 * @see org.segmenta.model.ContactProfileAnswer#getProfileQuestionnaireCode()
	 * @see #getContactProfileAnswer()
	 * @generated
	 */
	EAttribute getContactProfileAnswer_ProfileQuestionnaireCode();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.ContactProfileAnswer#getAnswerLineNo <em>Answer Line No</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Answer Line No</em>'.
	 * @see org.segmenta.model.ContactProfileAnswer#getAnswerLineNo()
	 * @see #getContactProfileAnswer()
	 * @generated
	 */
	EAttribute getContactProfileAnswer_AnswerLineNo();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.ContactProfileAnswer#getAnswerDescription <em>Answer Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Answer Description</em>'.
	 * @see org.segmenta.model.ContactProfileAnswer#getAnswerDescription()
	 * @see #getContactProfileAnswer()
	 * @generated
	 */
	EAttribute getContactProfileAnswer_AnswerDescription();

	/**
	 * Returns the meta object for class '{@link org.segmenta.model.Salesperson <em>Salesperson</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Salesperson</em>'.
	 * @see org.segmenta.model.Salesperson
	 * @generated
	 */
	EClass getSalesperson();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Salesperson#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.segmenta.model.Salesperson#getCode()
	 * @see #getSalesperson()
	 * @generated
	 */
	EAttribute getSalesperson_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Salesperson#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.segmenta.model.Salesperson#getName()
	 * @see #getSalesperson()
	 * @generated
	 */
	EAttribute getSalesperson_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Salesperson#getJobTitle <em>Job Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Job Title</em>'.
	 * @see org.segmenta.model.Salesperson#getJobTitle()
	 * @see #getSalesperson()
	 * @generated
	 */
	EAttribute getSalesperson_JobTitle();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Salesperson#getEmail <em>Email</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Email</em>'.
	 * @see org.segmenta.model.Salesperson#getEmail()
	 * @see #getSalesperson()
	 * @generated
	 */
	EAttribute getSalesperson_Email();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Salesperson#getPhoneNo <em>Phone No</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Phone No</em>'.
	 * @see org.segmenta.model.Salesperson#getPhoneNo()
	 * @see #getSalesperson()
	 * @generated
	 */
	EAttribute getSalesperson_PhoneNo();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Salesperson#isBlocked <em>Blocked</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Blocked</em>'.
	 * @see org.segmenta.model.Salesperson#isBlocked()
	 * @see #getSalesperson()
	 * @generated
	 */
	EAttribute getSalesperson_Blocked();

	/**
	 * Returns the meta object for class '{@link org.segmenta.model.Salutation <em>Salutation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Salutation</em>'.
	 * @see org.segmenta.model.Salutation
	 * @generated
	 */
	EClass getSalutation();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Salutation#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.segmenta.model.Salutation#getCode()
	 * @see #getSalutation()
	 * @generated
	 */
	EAttribute getSalutation_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Salutation#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.segmenta.model.Salutation#getDescription()
	 * @see #getSalutation()
	 * @generated
	 */
	EAttribute getSalutation_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link org.segmenta.model.Salutation#getFormulas <em>Formulas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Formulas</em>'.
	 * @see org.segmenta.model.Salutation#getFormulas()
	 * @see #getSalutation()
	 * @generated
	 */
	EReference getSalutation_Formulas();

	/**
	 * Returns the meta object for class '{@link org.segmenta.model.SalutationFormula <em>Salutation Formula</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Salutation Formula</em>'.
	 * @see org.segmenta.model.SalutationFormula
	 * @generated
	 */
	EClass getSalutationFormula();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.SalutationFormula#getLanguageCode <em>Language Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Language Code</em>'.
	 * @see org.segmenta.model.SalutationFormula#getLanguageCode()
	 * @see #getSalutationFormula()
	 * @generated
	 */
	EAttribute getSalutationFormula_LanguageCode();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.SalutationFormula#getSalutationType <em>Salutation Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Salutation Type</em>'.
	 * @see org.segmenta.model.SalutationFormula#getSalutationType()
	 * @see #getSalutationFormula()
	 * @generated
	 */
	EAttribute getSalutationFormula_SalutationType();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.SalutationFormula#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.segmenta.model.SalutationFormula#getText()
	 * @see #getSalutationFormula()
	 * @generated
	 */
	EAttribute getSalutationFormula_Text();

	/**
	 * Returns the meta object for class '{@link org.segmenta.model.Language <em>Language</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Language</em>'.
	 * @see org.segmenta.model.Language
	 * @generated
	 */
	EClass getLanguage();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Language#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.segmenta.model.Language#getCode()
	 * @see #getLanguage()
	 * @generated
	 */
	EAttribute getLanguage_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Language#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.segmenta.model.Language#getName()
	 * @see #getLanguage()
	 * @generated
	 */
	EAttribute getLanguage_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Language#getWindowsLanguageId <em>Windows Language Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Windows Language Id</em>'.
	 * @see org.segmenta.model.Language#getWindowsLanguageId()
	 * @see #getLanguage()
	 * @generated
	 */
	EAttribute getLanguage_WindowsLanguageId();

	/**
	 * Returns the meta object for class '{@link org.segmenta.model.MailingGroup <em>Mailing Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Mailing Group</em>'.
	 * @see org.segmenta.model.MailingGroup
	 * @generated
	 */
	EClass getMailingGroup();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.MailingGroup#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.segmenta.model.MailingGroup#getCode()
	 * @see #getMailingGroup()
	 * @generated
	 */
	EAttribute getMailingGroup_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.MailingGroup#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.segmenta.model.MailingGroup#getDescription()
	 * @see #getMailingGroup()
	 * @generated
	 */
	EAttribute getMailingGroup_Description();

	/**
	 * Returns the meta object for class '{@link org.segmenta.model.IndustryGroup <em>Industry Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Industry Group</em>'.
	 * @see org.segmenta.model.IndustryGroup
	 * @generated
	 */
	EClass getIndustryGroup();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.IndustryGroup#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.segmenta.model.IndustryGroup#getCode()
	 * @see #getIndustryGroup()
	 * @generated
	 */
	EAttribute getIndustryGroup_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.IndustryGroup#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.segmenta.model.IndustryGroup#getDescription()
	 * @see #getIndustryGroup()
	 * @generated
	 */
	EAttribute getIndustryGroup_Description();

	/**
	 * Returns the meta object for class '{@link org.segmenta.model.JobResponsibility <em>Job Responsibility</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Job Responsibility</em>'.
	 * @see org.segmenta.model.JobResponsibility
	 * @generated
	 */
	EClass getJobResponsibility();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.JobResponsibility#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.segmenta.model.JobResponsibility#getCode()
	 * @see #getJobResponsibility()
	 * @generated
	 */
	EAttribute getJobResponsibility_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.JobResponsibility#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.segmenta.model.JobResponsibility#getDescription()
	 * @see #getJobResponsibility()
	 * @generated
	 */
	EAttribute getJobResponsibility_Description();

	/**
	 * Returns the meta object for class '{@link org.segmenta.model.InteractionGroup <em>Interaction Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Interaction Group</em>'.
	 * @see org.segmenta.model.InteractionGroup
	 * @generated
	 */
	EClass getInteractionGroup();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.InteractionGroup#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.segmenta.model.InteractionGroup#getCode()
	 * @see #getInteractionGroup()
	 * @generated
	 */
	EAttribute getInteractionGroup_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.InteractionGroup#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.segmenta.model.InteractionGroup#getDescription()
	 * @see #getInteractionGroup()
	 * @generated
	 */
	EAttribute getInteractionGroup_Description();

	/**
	 * Returns the meta object for class '{@link org.segmenta.model.ProfileQuestionnaire <em>Profile Questionnaire</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Profile Questionnaire</em>'.
	 * @see org.segmenta.model.ProfileQuestionnaire
	 * @generated
	 */
	EClass getProfileQuestionnaire();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.ProfileQuestionnaire#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.segmenta.model.ProfileQuestionnaire#getCode()
	 * @see #getProfileQuestionnaire()
	 * @generated
	 */
	EAttribute getProfileQuestionnaire_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.ProfileQuestionnaire#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.segmenta.model.ProfileQuestionnaire#getDescription()
	 * @see #getProfileQuestionnaire()
	 * @generated
	 */
	EAttribute getProfileQuestionnaire_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link org.segmenta.model.ProfileQuestionnaire#getQuestions <em>Questions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Questions</em>'.
	 * @see org.segmenta.model.ProfileQuestionnaire#getQuestions()
	 * @see #getProfileQuestionnaire()
	 * @generated
	 */
	EReference getProfileQuestionnaire_Questions();

	/**
	 * Returns the meta object for class '{@link org.segmenta.model.ProfileQuestion <em>Profile Question</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Profile Question</em>'.
	 * @see org.segmenta.model.ProfileQuestion
	 * @generated
	 */
	EClass getProfileQuestion();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.ProfileQuestion#getLineNo <em>Line No</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Line No</em>'.
	 * @see org.segmenta.model.ProfileQuestion#getLineNo()
	 * @see #getProfileQuestion()
	 * @generated
	 */
	EAttribute getProfileQuestion_LineNo();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.ProfileQuestion#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.segmenta.model.ProfileQuestion#getDescription()
	 * @see #getProfileQuestion()
	 * @generated
	 */
	EAttribute getProfileQuestion_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link org.segmenta.model.ProfileQuestion#getAnswers <em>Answers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Answers</em>'.
	 * @see org.segmenta.model.ProfileQuestion#getAnswers()
	 * @see #getProfileQuestion()
	 * @generated
	 */
	EReference getProfileQuestion_Answers();

	/**
	 * Returns the meta object for class '{@link org.segmenta.model.ProfileAnswer <em>Profile Answer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Profile Answer</em>'.
	 * @see org.segmenta.model.ProfileAnswer
	 * @generated
	 */
	EClass getProfileAnswer();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.ProfileAnswer#getLineNo <em>Line No</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Line No</em>'.
	 * @see org.segmenta.model.ProfileAnswer#getLineNo()
	 * @see #getProfileAnswer()
	 * @generated
	 */
	EAttribute getProfileAnswer_LineNo();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.ProfileAnswer#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.segmenta.model.ProfileAnswer#getDescription()
	 * @see #getProfileAnswer()
	 * @generated
	 */
	EAttribute getProfileAnswer_Description();

	/**
	 * Returns the meta object for class '{@link org.segmenta.model.Campaign <em>Campaign</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Campaign</em>'.
	 * @see org.segmenta.model.Campaign
	 * @generated
	 */
	EClass getCampaign();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Campaign#getNo <em>No</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>No</em>'.
	 * @see org.segmenta.model.Campaign#getNo()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_No();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Campaign#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.segmenta.model.Campaign#getDescription()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Campaign#getStartingDate <em>Starting Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Starting Date</em>'.
	 * @see org.segmenta.model.Campaign#getStartingDate()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_StartingDate();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Campaign#getEndingDate <em>Ending Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ending Date</em>'.
	 * @see org.segmenta.model.Campaign#getEndingDate()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_EndingDate();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Campaign#getSalespersonCode <em>Salesperson Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Salesperson Code</em>'.
	 * @see org.segmenta.model.Campaign#getSalespersonCode()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_SalespersonCode();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Campaign#isActivated <em>Activated</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Activated</em>'.
	 * @see org.segmenta.model.Campaign#isActivated()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_Activated();

	/**
	 * Returns the meta object for class '{@link org.segmenta.model.Attachment <em>Attachment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Attachment</em>'.
	 * @see org.segmenta.model.Attachment
	 * @generated
	 */
	EClass getAttachment();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Attachment#getNo <em>No</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>No</em>'.
	 * @see org.segmenta.model.Attachment#getNo()
	 * @see #getAttachment()
	 * @generated
	 */
	EAttribute getAttachment_No();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Attachment#getFileName <em>File Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File Name</em>'.
	 * @see org.segmenta.model.Attachment#getFileName()
	 * @see #getAttachment()
	 * @generated
	 */
	EAttribute getAttachment_FileName();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Attachment#getMediaType <em>Media Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Media Type</em>'.
	 * @see org.segmenta.model.Attachment#getMediaType()
	 * @see #getAttachment()
	 * @generated
	 */
	EAttribute getAttachment_MediaType();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Attachment#getSize <em>Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size</em>'.
	 * @see org.segmenta.model.Attachment#getSize()
	 * @see #getAttachment()
	 * @generated
	 */
	EAttribute getAttachment_Size();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Attachment#isReadOnly <em>Read Only</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Read Only</em>'.
	 * @see org.segmenta.model.Attachment#isReadOnly()
	 * @see #getAttachment()
	 * @generated
	 */
	EAttribute getAttachment_ReadOnly();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Attachment#getCreated <em>Created</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created</em>'.
	 * @see org.segmenta.model.Attachment#getCreated()
	 * @see #getAttachment()
	 * @generated
	 */
	EAttribute getAttachment_Created();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Attachment#getFieldMapping <em>Field Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Field Mapping</em>'.
	 * @see org.segmenta.model.Attachment#getFieldMapping()
	 * @see #getAttachment()
	 * @generated
	 */
	EAttribute getAttachment_FieldMapping();

	/**
	 * Returns the meta object for class '{@link org.segmenta.model.InteractionTemplate <em>Interaction Template</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Interaction Template</em>'.
	 * @see org.segmenta.model.InteractionTemplate
	 * @generated
	 */
	EClass getInteractionTemplate();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.InteractionTemplate#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.segmenta.model.InteractionTemplate#getCode()
	 * @see #getInteractionTemplate()
	 * @generated
	 */
	EAttribute getInteractionTemplate_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.InteractionTemplate#getInteractionGroupCode <em>Interaction Group Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Interaction Group Code</em>'.
	 * @see org.segmenta.model.InteractionTemplate#getInteractionGroupCode()
	 * @see #getInteractionTemplate()
	 * @generated
	 */
	EAttribute getInteractionTemplate_InteractionGroupCode();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.InteractionTemplate#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.segmenta.model.InteractionTemplate#getDescription()
	 * @see #getInteractionTemplate()
	 * @generated
	 */
	EAttribute getInteractionTemplate_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.InteractionTemplate#getUnitCost <em>Unit Cost</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit Cost</em>'.
	 * @see org.segmenta.model.InteractionTemplate#getUnitCost()
	 * @see #getInteractionTemplate()
	 * @generated
	 */
	EAttribute getInteractionTemplate_UnitCost();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.InteractionTemplate#getUnitDuration <em>Unit Duration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit Duration</em>'.
	 * @see org.segmenta.model.InteractionTemplate#getUnitDuration()
	 * @see #getInteractionTemplate()
	 * @generated
	 */
	EAttribute getInteractionTemplate_UnitDuration();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.InteractionTemplate#getInformationFlow <em>Information Flow</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Information Flow</em>'.
	 * @see org.segmenta.model.InteractionTemplate#getInformationFlow()
	 * @see #getInteractionTemplate()
	 * @generated
	 */
	EAttribute getInteractionTemplate_InformationFlow();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.InteractionTemplate#getInitiatedBy <em>Initiated By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Initiated By</em>'.
	 * @see org.segmenta.model.InteractionTemplate#getInitiatedBy()
	 * @see #getInteractionTemplate()
	 * @generated
	 */
	EAttribute getInteractionTemplate_InitiatedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.InteractionTemplate#getCampaignNo <em>Campaign No</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Campaign No</em>'.
	 * @see org.segmenta.model.InteractionTemplate#getCampaignNo()
	 * @see #getInteractionTemplate()
	 * @generated
	 */
	EAttribute getInteractionTemplate_CampaignNo();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.InteractionTemplate#isCampaignTarget <em>Campaign Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Campaign Target</em>'.
	 * @see org.segmenta.model.InteractionTemplate#isCampaignTarget()
	 * @see #getInteractionTemplate()
	 * @generated
	 */
	EAttribute getInteractionTemplate_CampaignTarget();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.InteractionTemplate#isCampaignResponse <em>Campaign Response</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Campaign Response</em>'.
	 * @see org.segmenta.model.InteractionTemplate#isCampaignResponse()
	 * @see #getInteractionTemplate()
	 * @generated
	 */
	EAttribute getInteractionTemplate_CampaignResponse();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.InteractionTemplate#getCorrespondenceType <em>Correspondence Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Correspondence Type</em>'.
	 * @see org.segmenta.model.InteractionTemplate#getCorrespondenceType()
	 * @see #getInteractionTemplate()
	 * @generated
	 */
	EAttribute getInteractionTemplate_CorrespondenceType();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.InteractionTemplate#isIgnoreContactCorrespondenceType <em>Ignore Contact Correspondence Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ignore Contact Correspondence Type</em>'.
	 * @see org.segmenta.model.InteractionTemplate#isIgnoreContactCorrespondenceType()
	 * @see #getInteractionTemplate()
	 * @generated
	 */
	EAttribute getInteractionTemplate_IgnoreContactCorrespondenceType();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.InteractionTemplate#getLanguageCodeDefault <em>Language Code Default</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Language Code Default</em>'.
	 * @see org.segmenta.model.InteractionTemplate#getLanguageCodeDefault()
	 * @see #getInteractionTemplate()
	 * @generated
	 */
	EAttribute getInteractionTemplate_LanguageCodeDefault();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.InteractionTemplate#getWizardAction <em>Wizard Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Wizard Action</em>'.
	 * @see org.segmenta.model.InteractionTemplate#getWizardAction()
	 * @see #getInteractionTemplate()
	 * @generated
	 */
	EAttribute getInteractionTemplate_WizardAction();

	/**
	 * Returns the meta object for the containment reference list '{@link org.segmenta.model.InteractionTemplate#getLanguages <em>Languages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Languages</em>'.
	 * @see org.segmenta.model.InteractionTemplate#getLanguages()
	 * @see #getInteractionTemplate()
	 * @generated
	 */
	EReference getInteractionTemplate_Languages();

	/**
	 * Returns the meta object for class '{@link org.segmenta.model.InteractionTemplateLanguage <em>Interaction Template Language</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Interaction Template Language</em>'.
	 * @see org.segmenta.model.InteractionTemplateLanguage
	 * @generated
	 */
	EClass getInteractionTemplateLanguage();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.InteractionTemplateLanguage#getLanguageCode <em>Language Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Language Code</em>'.
	 * @see org.segmenta.model.InteractionTemplateLanguage#getLanguageCode()
	 * @see #getInteractionTemplateLanguage()
	 * @generated
	 */
	EAttribute getInteractionTemplateLanguage_LanguageCode();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.InteractionTemplateLanguage#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.segmenta.model.InteractionTemplateLanguage#getDescription()
	 * @see #getInteractionTemplateLanguage()
	 * @generated
	 */
	EAttribute getInteractionTemplateLanguage_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.InteractionTemplateLanguage#getAttachmentNo <em>Attachment No</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Attachment No</em>'.
	 * @see org.segmenta.model.InteractionTemplateLanguage#getAttachmentNo()
	 * @see #getInteractionTemplateLanguage()
	 * @generated
	 */
	EAttribute getInteractionTemplateLanguage_AttachmentNo();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.InteractionTemplateLanguage#getWordTemplateNo <em>Word Template No</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Word Template No</em>'.
	 * @see org.segmenta.model.InteractionTemplateLanguage#getWordTemplateNo()
	 * @see #getInteractionTemplateLanguage()
	 * @generated
	 */
	EAttribute getInteractionTemplateLanguage_WordTemplateNo();

	/**
	 * Returns the meta object for class '{@link org.segmenta.model.SegmentHeader <em>Segment Header</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Segment Header</em>'.
	 * @see org.segmenta.model.SegmentHeader
	 * @generated
	 */
	EClass getSegmentHeader();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.SegmentHeader#getNo <em>No</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>No</em>'.
	 * @see org.segmenta.model.SegmentHeader#getNo()
	 * @see #getSegmentHeader()
	 * @generated
	 */
	EAttribute getSegmentHeader_No();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.SegmentHeader#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.segmenta.model.SegmentHeader#getDate()
	 * @see #getSegmentHeader()
	 * @generated
	 */
	EAttribute getSegmentHeader_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.SegmentHeader#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.segmenta.model.SegmentHeader#getDescription()
	 * @see #getSegmentHeader()
	 * @generated
	 */
	EAttribute getSegmentHeader_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.SegmentHeader#getSalespersonCode <em>Salesperson Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Salesperson Code</em>'.
	 * @see org.segmenta.model.SegmentHeader#getSalespersonCode()
	 * @see #getSegmentHeader()
	 * @generated
	 */
	EAttribute getSegmentHeader_SalespersonCode();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.SegmentHeader#getInteractionTemplateCode <em>Interaction Template Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Interaction Template Code</em>'.
	 * @see org.segmenta.model.SegmentHeader#getInteractionTemplateCode()
	 * @see #getSegmentHeader()
	 * @generated
	 */
	EAttribute getSegmentHeader_InteractionTemplateCode();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.SegmentHeader#getInteractionGroupCode <em>Interaction Group Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Interaction Group Code</em>'.
	 * @see org.segmenta.model.SegmentHeader#getInteractionGroupCode()
	 * @see #getSegmentHeader()
	 * @generated
	 */
	EAttribute getSegmentHeader_InteractionGroupCode();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.SegmentHeader#getInformationFlow <em>Information Flow</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Information Flow</em>'.
	 * @see org.segmenta.model.SegmentHeader#getInformationFlow()
	 * @see #getSegmentHeader()
	 * @generated
	 */
	EAttribute getSegmentHeader_InformationFlow();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.SegmentHeader#getInitiatedBy <em>Initiated By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Initiated By</em>'.
	 * @see org.segmenta.model.SegmentHeader#getInitiatedBy()
	 * @see #getSegmentHeader()
	 * @generated
	 */
	EAttribute getSegmentHeader_InitiatedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.SegmentHeader#getCampaignNo <em>Campaign No</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Campaign No</em>'.
	 * @see org.segmenta.model.SegmentHeader#getCampaignNo()
	 * @see #getSegmentHeader()
	 * @generated
	 */
	EAttribute getSegmentHeader_CampaignNo();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.SegmentHeader#isCampaignTarget <em>Campaign Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Campaign Target</em>'.
	 * @see org.segmenta.model.SegmentHeader#isCampaignTarget()
	 * @see #getSegmentHeader()
	 * @generated
	 */
	EAttribute getSegmentHeader_CampaignTarget();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.SegmentHeader#isCampaignResponse <em>Campaign Response</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Campaign Response</em>'.
	 * @see org.segmenta.model.SegmentHeader#isCampaignResponse()
	 * @see #getSegmentHeader()
	 * @generated
	 */
	EAttribute getSegmentHeader_CampaignResponse();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.SegmentHeader#isSendWordDocsAsAttachment <em>Send Word Docs As Attachment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Send Word Docs As Attachment</em>'.
	 * @see org.segmenta.model.SegmentHeader#isSendWordDocsAsAttachment()
	 * @see #getSegmentHeader()
	 * @generated
	 */
	EAttribute getSegmentHeader_SendWordDocsAsAttachment();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.SegmentHeader#getLanguageCodeDefault <em>Language Code Default</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Language Code Default</em>'.
	 * @see org.segmenta.model.SegmentHeader#getLanguageCodeDefault()
	 * @see #getSegmentHeader()
	 * @generated
	 */
	EAttribute getSegmentHeader_LanguageCodeDefault();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.SegmentHeader#getSubjectDefault <em>Subject Default</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subject Default</em>'.
	 * @see org.segmenta.model.SegmentHeader#getSubjectDefault()
	 * @see #getSegmentHeader()
	 * @generated
	 */
	EAttribute getSegmentHeader_SubjectDefault();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.SegmentHeader#isIgnoreContactCorrespondenceType <em>Ignore Contact Correspondence Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ignore Contact Correspondence Type</em>'.
	 * @see org.segmenta.model.SegmentHeader#isIgnoreContactCorrespondenceType()
	 * @see #getSegmentHeader()
	 * @generated
	 */
	EAttribute getSegmentHeader_IgnoreContactCorrespondenceType();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.SegmentHeader#getCorrespondenceTypeDefault <em>Correspondence Type Default</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Correspondence Type Default</em>'.
	 * @see org.segmenta.model.SegmentHeader#getCorrespondenceTypeDefault()
	 * @see #getSegmentHeader()
	 * @generated
	 */
	EAttribute getSegmentHeader_CorrespondenceTypeDefault();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.SegmentHeader#getUnitCost <em>Unit Cost</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit Cost</em>'.
	 * @see org.segmenta.model.SegmentHeader#getUnitCost()
	 * @see #getSegmentHeader()
	 * @generated
	 */
	EAttribute getSegmentHeader_UnitCost();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.SegmentHeader#getUnitDuration <em>Unit Duration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit Duration</em>'.
	 * @see org.segmenta.model.SegmentHeader#getUnitDuration()
	 * @see #getSegmentHeader()
	 * @generated
	 */
	EAttribute getSegmentHeader_UnitDuration();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.SegmentHeader#getModifiedWordTemplateNo <em>Modified Word Template No</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Modified Word Template No</em>'.
	 * @see org.segmenta.model.SegmentHeader#getModifiedWordTemplateNo()
	 * @see #getSegmentHeader()
	 * @generated
	 */
	EAttribute getSegmentHeader_ModifiedWordTemplateNo();

	/**
	 * Returns the meta object for the containment reference list '{@link org.segmenta.model.SegmentHeader#getLanguages <em>Languages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Languages</em>'.
	 * @see org.segmenta.model.SegmentHeader#getLanguages()
	 * @see #getSegmentHeader()
	 * @generated
	 */
	EReference getSegmentHeader_Languages();

	/**
	 * Returns the meta object for the containment reference list '{@link org.segmenta.model.SegmentHeader#getCriteriaLines <em>Criteria Lines</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Criteria Lines</em>'.
	 * @see org.segmenta.model.SegmentHeader#getCriteriaLines()
	 * @see #getSegmentHeader()
	 * @generated
	 */
	EReference getSegmentHeader_CriteriaLines();

	/**
	 * Returns the meta object for class '{@link org.segmenta.model.SegmentInteractionLanguage <em>Segment Interaction Language</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Segment Interaction Language</em>'.
	 * @see org.segmenta.model.SegmentInteractionLanguage
	 * @generated
	 */
	EClass getSegmentInteractionLanguage();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.SegmentInteractionLanguage#getLanguageCode <em>Language Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Language Code</em>'.
	 * @see org.segmenta.model.SegmentInteractionLanguage#getLanguageCode()
	 * @see #getSegmentInteractionLanguage()
	 * @generated
	 */
	EAttribute getSegmentInteractionLanguage_LanguageCode();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.SegmentInteractionLanguage#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.segmenta.model.SegmentInteractionLanguage#getDescription()
	 * @see #getSegmentInteractionLanguage()
	 * @generated
	 */
	EAttribute getSegmentInteractionLanguage_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.SegmentInteractionLanguage#getSubject <em>Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subject</em>'.
	 * @see org.segmenta.model.SegmentInteractionLanguage#getSubject()
	 * @see #getSegmentInteractionLanguage()
	 * @generated
	 */
	EAttribute getSegmentInteractionLanguage_Subject();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.SegmentInteractionLanguage#getAttachmentNo <em>Attachment No</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Attachment No</em>'.
	 * @see org.segmenta.model.SegmentInteractionLanguage#getAttachmentNo()
	 * @see #getSegmentInteractionLanguage()
	 * @generated
	 */
	EAttribute getSegmentInteractionLanguage_AttachmentNo();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.SegmentInteractionLanguage#getWordTemplateNo <em>Word Template No</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Word Template No</em>'.
	 * @see org.segmenta.model.SegmentInteractionLanguage#getWordTemplateNo()
	 * @see #getSegmentInteractionLanguage()
	 * @generated
	 */
	EAttribute getSegmentInteractionLanguage_WordTemplateNo();

	/**
	 * Returns the meta object for class '{@link org.segmenta.model.SegmentLine <em>Segment Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Segment Line</em>'.
	 * @see org.segmenta.model.SegmentLine
	 * @generated
	 */
	EClass getSegmentLine();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.SegmentLine#getSegmentNo <em>Segment No</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Segment No</em>'.
	 * @see org.segmenta.model.SegmentLine#getSegmentNo()
	 * @see #getSegmentLine()
	 * @generated
	 */
	EAttribute getSegmentLine_SegmentNo();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.SegmentLine#getLineNo <em>Line No</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Line No</em>'.
	 * @see org.segmenta.model.SegmentLine#getLineNo()
	 * @see #getSegmentLine()
	 * @generated
	 */
	EAttribute getSegmentLine_LineNo();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.SegmentLine#getContactNo <em>Contact No</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Contact No</em>'.
	 * @see org.segmenta.model.SegmentLine#getContactNo()
	 * @see #getSegmentLine()
	 * @generated
	 */
	EAttribute getSegmentLine_ContactNo();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.SegmentLine#getContactCompanyNo <em>Contact Company No</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Contact Company No</em>'.
	 * @see org.segmenta.model.SegmentLine#getContactCompanyNo()
	 * @see #getSegmentLine()
	 * @generated
	 */
	EAttribute getSegmentLine_ContactCompanyNo();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.SegmentLine#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.segmenta.model.SegmentLine#getDate()
	 * @see #getSegmentLine()
	 * @generated
	 */
	EAttribute getSegmentLine_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.SegmentLine#getTimeOfInteraction <em>Time Of Interaction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time Of Interaction</em>'.
	 * @see org.segmenta.model.SegmentLine#getTimeOfInteraction()
	 * @see #getSegmentLine()
	 * @generated
	 */
	EAttribute getSegmentLine_TimeOfInteraction();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.SegmentLine#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.segmenta.model.SegmentLine#getDescription()
	 * @see #getSegmentLine()
	 * @generated
	 */
	EAttribute getSegmentLine_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.SegmentLine#getSalespersonCode <em>Salesperson Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Salesperson Code</em>'.
	 * @see org.segmenta.model.SegmentLine#getSalespersonCode()
	 * @see #getSegmentLine()
	 * @generated
	 */
	EAttribute getSegmentLine_SalespersonCode();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.SegmentLine#getInteractionTemplateCode <em>Interaction Template Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Interaction Template Code</em>'.
	 * @see org.segmenta.model.SegmentLine#getInteractionTemplateCode()
	 * @see #getSegmentLine()
	 * @generated
	 */
	EAttribute getSegmentLine_InteractionTemplateCode();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.SegmentLine#getInteractionGroupCode <em>Interaction Group Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Interaction Group Code</em>'.
	 * @see org.segmenta.model.SegmentLine#getInteractionGroupCode()
	 * @see #getSegmentLine()
	 * @generated
	 */
	EAttribute getSegmentLine_InteractionGroupCode();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.SegmentLine#getInformationFlow <em>Information Flow</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Information Flow</em>'.
	 * @see org.segmenta.model.SegmentLine#getInformationFlow()
	 * @see #getSegmentLine()
	 * @generated
	 */
	EAttribute getSegmentLine_InformationFlow();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.SegmentLine#getInitiatedBy <em>Initiated By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Initiated By</em>'.
	 * @see org.segmenta.model.SegmentLine#getInitiatedBy()
	 * @see #getSegmentLine()
	 * @generated
	 */
	EAttribute getSegmentLine_InitiatedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.SegmentLine#getCampaignNo <em>Campaign No</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Campaign No</em>'.
	 * @see org.segmenta.model.SegmentLine#getCampaignNo()
	 * @see #getSegmentLine()
	 * @generated
	 */
	EAttribute getSegmentLine_CampaignNo();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.SegmentLine#isCampaignTarget <em>Campaign Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Campaign Target</em>'.
	 * @see org.segmenta.model.SegmentLine#isCampaignTarget()
	 * @see #getSegmentLine()
	 * @generated
	 */
	EAttribute getSegmentLine_CampaignTarget();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.SegmentLine#isCampaignResponse <em>Campaign Response</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Campaign Response</em>'.
	 * @see org.segmenta.model.SegmentLine#isCampaignResponse()
	 * @see #getSegmentLine()
	 * @generated
	 */
	EAttribute getSegmentLine_CampaignResponse();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.SegmentLine#isSendWordDocsAsAttachment <em>Send Word Docs As Attachment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Send Word Docs As Attachment</em>'.
	 * @see org.segmenta.model.SegmentLine#isSendWordDocsAsAttachment()
	 * @see #getSegmentLine()
	 * @generated
	 */
	EAttribute getSegmentLine_SendWordDocsAsAttachment();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.SegmentLine#getCorrespondenceType <em>Correspondence Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Correspondence Type</em>'.
	 * @see org.segmenta.model.SegmentLine#getCorrespondenceType()
	 * @see #getSegmentLine()
	 * @generated
	 */
	EAttribute getSegmentLine_CorrespondenceType();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.SegmentLine#getLanguageCode <em>Language Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Language Code</em>'.
	 * @see org.segmenta.model.SegmentLine#getLanguageCode()
	 * @see #getSegmentLine()
	 * @generated
	 */
	EAttribute getSegmentLine_LanguageCode();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.SegmentLine#getSubject <em>Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subject</em>'.
	 * @see org.segmenta.model.SegmentLine#getSubject()
	 * @see #getSegmentLine()
	 * @generated
	 */
	EAttribute getSegmentLine_Subject();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.SegmentLine#getEvaluation <em>Evaluation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Evaluation</em>'.
	 * @see org.segmenta.model.SegmentLine#getEvaluation()
	 * @see #getSegmentLine()
	 * @generated
	 */
	EAttribute getSegmentLine_Evaluation();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.SegmentLine#getCost <em>Cost</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cost</em>'.
	 * @see org.segmenta.model.SegmentLine#getCost()
	 * @see #getSegmentLine()
	 * @generated
	 */
	EAttribute getSegmentLine_Cost();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.SegmentLine#getDuration <em>Duration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Duration</em>'.
	 * @see org.segmenta.model.SegmentLine#getDuration()
	 * @see #getSegmentLine()
	 * @generated
	 */
	EAttribute getSegmentLine_Duration();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.SegmentLine#getAttachmentNo <em>Attachment No</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Attachment No</em>'.
	 * @see org.segmenta.model.SegmentLine#getAttachmentNo()
	 * @see #getSegmentLine()
	 * @generated
	 */
	EAttribute getSegmentLine_AttachmentNo();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.SegmentLine#isAttachmentInherited <em>Attachment Inherited</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Attachment Inherited</em>'.
	 * @see org.segmenta.model.SegmentLine#isAttachmentInherited()
	 * @see #getSegmentLine()
	 * @generated
	 */
	EAttribute getSegmentLine_AttachmentInherited();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.SegmentLine#getWordTemplateNo <em>Word Template No</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Word Template No</em>'.
	 * @see org.segmenta.model.SegmentLine#getWordTemplateNo()
	 * @see #getSegmentLine()
	 * @generated
	 */
	EAttribute getSegmentLine_WordTemplateNo();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.SegmentLine#isMerged <em>Merged</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Merged</em>'.
	 * @see org.segmenta.model.SegmentLine#isMerged()
	 * @see #getSegmentLine()
	 * @generated
	 */
	EAttribute getSegmentLine_Merged();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.SegmentLine#isAttemptFailed <em>Attempt Failed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Attempt Failed</em>'.
	 * @see org.segmenta.model.SegmentLine#isAttemptFailed()
	 * @see #getSegmentLine()
	 * @generated
	 */
	EAttribute getSegmentLine_AttemptFailed();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.SegmentLine#getStepNo <em>Step No</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Step No</em>'.
	 * @see org.segmenta.model.SegmentLine#getStepNo()
	 * @see #getSegmentLine()
	 * @generated
	 */
	EAttribute getSegmentLine_StepNo();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.SegmentLine#getStepKind <em>Step Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Step Kind</em>'.
	 * @see org.segmenta.model.SegmentLine#getStepKind()
	 * @see #getSegmentLine()
	 * @generated
	 */
	EAttribute getSegmentLine_StepKind();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.SegmentLine#getReusedLoggedSegmentEntryNo <em>Reused Logged Segment Entry No</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reused Logged Segment Entry No</em>'.
	 * @see org.segmenta.model.SegmentLine#getReusedLoggedSegmentEntryNo()
	 * @see #getSegmentLine()
	 * @generated
	 */
	EAttribute getSegmentLine_ReusedLoggedSegmentEntryNo();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.SegmentLine#getPersonalNote <em>Personal Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Personal Note</em>'.
	 * @see org.segmenta.model.SegmentLine#getPersonalNote()
	 * @see #getSegmentLine()
	 * @generated
	 */
	EAttribute getSegmentLine_PersonalNote();

	/**
	 * Returns the meta object for class '{@link org.segmenta.model.SegmentCriteriaLine <em>Segment Criteria Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Segment Criteria Line</em>'.
	 * @see org.segmenta.model.SegmentCriteriaLine
	 * @generated
	 */
	EClass getSegmentCriteriaLine();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.SegmentCriteriaLine#getStepNo <em>Step No</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Step No</em>'.
	 * @see org.segmenta.model.SegmentCriteriaLine#getStepNo()
	 * @see #getSegmentCriteriaLine()
	 * @generated
	 */
	EAttribute getSegmentCriteriaLine_StepNo();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.SegmentCriteriaLine#getAction <em>Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Action</em>'.
	 * @see org.segmenta.model.SegmentCriteriaLine#getAction()
	 * @see #getSegmentCriteriaLine()
	 * @generated
	 */
	EAttribute getSegmentCriteriaLine_Action();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.SegmentCriteriaLine#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.segmenta.model.SegmentCriteriaLine#getKind()
	 * @see #getSegmentCriteriaLine()
	 * @generated
	 */
	EAttribute getSegmentCriteriaLine_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.SegmentCriteriaLine#isAllowExistingContacts <em>Allow Existing Contacts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Allow Existing Contacts</em>'.
	 * @see org.segmenta.model.SegmentCriteriaLine#isAllowExistingContacts()
	 * @see #getSegmentCriteriaLine()
	 * @generated
	 */
	EAttribute getSegmentCriteriaLine_AllowExistingContacts();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.SegmentCriteriaLine#isExpandCompanies <em>Expand Companies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expand Companies</em>'.
	 * @see org.segmenta.model.SegmentCriteriaLine#isExpandCompanies()
	 * @see #getSegmentCriteriaLine()
	 * @generated
	 */
	EAttribute getSegmentCriteriaLine_ExpandCompanies();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.SegmentCriteriaLine#isAllowRelatedCompanies <em>Allow Related Companies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Allow Related Companies</em>'.
	 * @see org.segmenta.model.SegmentCriteriaLine#isAllowRelatedCompanies()
	 * @see #getSegmentCriteriaLine()
	 * @generated
	 */
	EAttribute getSegmentCriteriaLine_AllowRelatedCompanies();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.SegmentCriteriaLine#isIgnoreExclusion <em>Ignore Exclusion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ignore Exclusion</em>'.
	 * @see org.segmenta.model.SegmentCriteriaLine#isIgnoreExclusion()
	 * @see #getSegmentCriteriaLine()
	 * @generated
	 */
	EAttribute getSegmentCriteriaLine_IgnoreExclusion();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.SegmentCriteriaLine#isEntireCompanies <em>Entire Companies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Entire Companies</em>'.
	 * @see org.segmenta.model.SegmentCriteriaLine#isEntireCompanies()
	 * @see #getSegmentCriteriaLine()
	 * @generated
	 */
	EAttribute getSegmentCriteriaLine_EntireCompanies();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.SegmentCriteriaLine#getLoggedSegmentEntryNo <em>Logged Segment Entry No</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Logged Segment Entry No</em>'.
	 * @see org.segmenta.model.SegmentCriteriaLine#getLoggedSegmentEntryNo()
	 * @see #getSegmentCriteriaLine()
	 * @generated
	 */
	EAttribute getSegmentCriteriaLine_LoggedSegmentEntryNo();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.SegmentCriteriaLine#isUndone <em>Undone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Undone</em>'.
	 * @see org.segmenta.model.SegmentCriteriaLine#isUndone()
	 * @see #getSegmentCriteriaLine()
	 * @generated
	 */
	EAttribute getSegmentCriteriaLine_Undone();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.SegmentCriteriaLine#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.segmenta.model.SegmentCriteriaLine#getDescription()
	 * @see #getSegmentCriteriaLine()
	 * @generated
	 */
	EAttribute getSegmentCriteriaLine_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link org.segmenta.model.SegmentCriteriaLine#getFilters <em>Filters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Filters</em>'.
	 * @see org.segmenta.model.SegmentCriteriaLine#getFilters()
	 * @see #getSegmentCriteriaLine()
	 * @generated
	 */
	EReference getSegmentCriteriaLine_Filters();

	/**
	 * Returns the meta object for class '{@link org.segmenta.model.CriteriaFilter <em>Criteria Filter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Criteria Filter</em>'.
	 * @see org.segmenta.model.CriteriaFilter
	 * @generated
	 */
	EClass getCriteriaFilter();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.CriteriaFilter#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.segmenta.model.CriteriaFilter#getSource()
	 * @see #getCriteriaFilter()
	 * @generated
	 */
	EAttribute getCriteriaFilter_Source();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.CriteriaFilter#getField <em>Field</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Field</em>'.
	 * @see org.segmenta.model.CriteriaFilter#getField()
	 * @see #getCriteriaFilter()
	 * @generated
	 */
	EAttribute getCriteriaFilter_Field();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.CriteriaFilter#getExpression <em>Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expression</em>'.
	 * @see org.segmenta.model.CriteriaFilter#getExpression()
	 * @see #getCriteriaFilter()
	 * @generated
	 */
	EAttribute getCriteriaFilter_Expression();

	/**
	 * Returns the meta object for class '{@link org.segmenta.model.SegmentHistoryEntry <em>Segment History Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Segment History Entry</em>'.
	 * @see org.segmenta.model.SegmentHistoryEntry
	 * @generated
	 */
	EClass getSegmentHistoryEntry();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.SegmentHistoryEntry#getSegmentNo <em>Segment No</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Segment No</em>'.
	 * @see org.segmenta.model.SegmentHistoryEntry#getSegmentNo()
	 * @see #getSegmentHistoryEntry()
	 * @generated
	 */
	EAttribute getSegmentHistoryEntry_SegmentNo();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.SegmentHistoryEntry#getStepNo <em>Step No</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Step No</em>'.
	 * @see org.segmenta.model.SegmentHistoryEntry#getStepNo()
	 * @see #getSegmentHistoryEntry()
	 * @generated
	 */
	EAttribute getSegmentHistoryEntry_StepNo();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.SegmentHistoryEntry#getAction <em>Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Action</em>'.
	 * @see org.segmenta.model.SegmentHistoryEntry#getAction()
	 * @see #getSegmentHistoryEntry()
	 * @generated
	 */
	EAttribute getSegmentHistoryEntry_Action();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.SegmentHistoryEntry#getLineNo <em>Line No</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Line No</em>'.
	 * @see org.segmenta.model.SegmentHistoryEntry#getLineNo()
	 * @see #getSegmentHistoryEntry()
	 * @generated
	 */
	EAttribute getSegmentHistoryEntry_LineNo();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.SegmentHistoryEntry#getContactNo <em>Contact No</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Contact No</em>'.
	 * @see org.segmenta.model.SegmentHistoryEntry#getContactNo()
	 * @see #getSegmentHistoryEntry()
	 * @generated
	 */
	EAttribute getSegmentHistoryEntry_ContactNo();

	/**
	 * Returns the meta object for the containment reference '{@link org.segmenta.model.SegmentHistoryEntry#getLine <em>Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Line</em>'.
	 * @see org.segmenta.model.SegmentHistoryEntry#getLine()
	 * @see #getSegmentHistoryEntry()
	 * @generated
	 */
	EReference getSegmentHistoryEntry_Line();

	/**
	 * Returns the meta object for class '{@link org.segmenta.model.SavedSegmentCriteria <em>Saved Segment Criteria</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Saved Segment Criteria</em>'.
	 * @see org.segmenta.model.SavedSegmentCriteria
	 * @generated
	 */
	EClass getSavedSegmentCriteria();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.SavedSegmentCriteria#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.segmenta.model.SavedSegmentCriteria#getCode()
	 * @see #getSavedSegmentCriteria()
	 * @generated
	 */
	EAttribute getSavedSegmentCriteria_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.SavedSegmentCriteria#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.segmenta.model.SavedSegmentCriteria#getDescription()
	 * @see #getSavedSegmentCriteria()
	 * @generated
	 */
	EAttribute getSavedSegmentCriteria_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link org.segmenta.model.SavedSegmentCriteria#getLines <em>Lines</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Lines</em>'.
	 * @see org.segmenta.model.SavedSegmentCriteria#getLines()
	 * @see #getSavedSegmentCriteria()
	 * @generated
	 */
	EReference getSavedSegmentCriteria_Lines();

	/**
	 * Returns the meta object for class '{@link org.segmenta.model.LoggedSegment <em>Logged Segment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Logged Segment</em>'.
	 * @see org.segmenta.model.LoggedSegment
	 * @generated
	 */
	EClass getLoggedSegment();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.LoggedSegment#getEntryNo <em>Entry No</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Entry No</em>'.
	 * @see org.segmenta.model.LoggedSegment#getEntryNo()
	 * @see #getLoggedSegment()
	 * @generated
	 */
	EAttribute getLoggedSegment_EntryNo();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.LoggedSegment#getSegmentNo <em>Segment No</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Segment No</em>'.
	 * @see org.segmenta.model.LoggedSegment#getSegmentNo()
	 * @see #getLoggedSegment()
	 * @generated
	 */
	EAttribute getLoggedSegment_SegmentNo();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.LoggedSegment#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.segmenta.model.LoggedSegment#getDescription()
	 * @see #getLoggedSegment()
	 * @generated
	 */
	EAttribute getLoggedSegment_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.LoggedSegment#getCreationDate <em>Creation Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Creation Date</em>'.
	 * @see org.segmenta.model.LoggedSegment#getCreationDate()
	 * @see #getLoggedSegment()
	 * @generated
	 */
	EAttribute getLoggedSegment_CreationDate();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.LoggedSegment#getUserId <em>User Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>User Id</em>'.
	 * @see org.segmenta.model.LoggedSegment#getUserId()
	 * @see #getLoggedSegment()
	 * @generated
	 */
	EAttribute getLoggedSegment_UserId();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.LoggedSegment#isCanceled <em>Canceled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Canceled</em>'.
	 * @see org.segmenta.model.LoggedSegment#isCanceled()
	 * @see #getLoggedSegment()
	 * @generated
	 */
	EAttribute getLoggedSegment_Canceled();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.LoggedSegment#getNoOfInteractions <em>No Of Interactions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>No Of Interactions</em>'.
	 * @see org.segmenta.model.LoggedSegment#getNoOfInteractions()
	 * @see #getLoggedSegment()
	 * @generated
	 */
	EAttribute getLoggedSegment_NoOfInteractions();

	/**
	 * Returns the meta object for class '{@link org.segmenta.model.InteractionLogEntry <em>Interaction Log Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Interaction Log Entry</em>'.
	 * @see org.segmenta.model.InteractionLogEntry
	 * @generated
	 */
	EClass getInteractionLogEntry();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.InteractionLogEntry#getEntryNo <em>Entry No</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Entry No</em>'.
	 * @see org.segmenta.model.InteractionLogEntry#getEntryNo()
	 * @see #getInteractionLogEntry()
	 * @generated
	 */
	EAttribute getInteractionLogEntry_EntryNo();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.InteractionLogEntry#getContactNo <em>Contact No</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Contact No</em>'.
	 * @see org.segmenta.model.InteractionLogEntry#getContactNo()
	 * @see #getInteractionLogEntry()
	 * @generated
	 */
	EAttribute getInteractionLogEntry_ContactNo();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.InteractionLogEntry#getContactCompanyNo <em>Contact Company No</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Contact Company No</em>'.
	 * @see org.segmenta.model.InteractionLogEntry#getContactCompanyNo()
	 * @see #getInteractionLogEntry()
	 * @generated
	 */
	EAttribute getInteractionLogEntry_ContactCompanyNo();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.InteractionLogEntry#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.segmenta.model.InteractionLogEntry#getDate()
	 * @see #getInteractionLogEntry()
	 * @generated
	 */
	EAttribute getInteractionLogEntry_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.InteractionLogEntry#getTimeOfInteraction <em>Time Of Interaction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time Of Interaction</em>'.
	 * @see org.segmenta.model.InteractionLogEntry#getTimeOfInteraction()
	 * @see #getInteractionLogEntry()
	 * @generated
	 */
	EAttribute getInteractionLogEntry_TimeOfInteraction();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.InteractionLogEntry#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.segmenta.model.InteractionLogEntry#getDescription()
	 * @see #getInteractionLogEntry()
	 * @generated
	 */
	EAttribute getInteractionLogEntry_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.InteractionLogEntry#getInformationFlow <em>Information Flow</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Information Flow</em>'.
	 * @see org.segmenta.model.InteractionLogEntry#getInformationFlow()
	 * @see #getInteractionLogEntry()
	 * @generated
	 */
	EAttribute getInteractionLogEntry_InformationFlow();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.InteractionLogEntry#getInitiatedBy <em>Initiated By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Initiated By</em>'.
	 * @see org.segmenta.model.InteractionLogEntry#getInitiatedBy()
	 * @see #getInteractionLogEntry()
	 * @generated
	 */
	EAttribute getInteractionLogEntry_InitiatedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.InteractionLogEntry#getAttachmentNo <em>Attachment No</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Attachment No</em>'.
	 * @see org.segmenta.model.InteractionLogEntry#getAttachmentNo()
	 * @see #getInteractionLogEntry()
	 * @generated
	 */
	EAttribute getInteractionLogEntry_AttachmentNo();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.InteractionLogEntry#getCost <em>Cost</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cost</em>'.
	 * @see org.segmenta.model.InteractionLogEntry#getCost()
	 * @see #getInteractionLogEntry()
	 * @generated
	 */
	EAttribute getInteractionLogEntry_Cost();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.InteractionLogEntry#getDuration <em>Duration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Duration</em>'.
	 * @see org.segmenta.model.InteractionLogEntry#getDuration()
	 * @see #getInteractionLogEntry()
	 * @generated
	 */
	EAttribute getInteractionLogEntry_Duration();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.InteractionLogEntry#getUserId <em>User Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>User Id</em>'.
	 * @see org.segmenta.model.InteractionLogEntry#getUserId()
	 * @see #getInteractionLogEntry()
	 * @generated
	 */
	EAttribute getInteractionLogEntry_UserId();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.InteractionLogEntry#getInteractionGroupCode <em>Interaction Group Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Interaction Group Code</em>'.
	 * @see org.segmenta.model.InteractionLogEntry#getInteractionGroupCode()
	 * @see #getInteractionLogEntry()
	 * @generated
	 */
	EAttribute getInteractionLogEntry_InteractionGroupCode();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.InteractionLogEntry#getInteractionTemplateCode <em>Interaction Template Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Interaction Template Code</em>'.
	 * @see org.segmenta.model.InteractionLogEntry#getInteractionTemplateCode()
	 * @see #getInteractionLogEntry()
	 * @generated
	 */
	EAttribute getInteractionLogEntry_InteractionTemplateCode();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.InteractionLogEntry#getCampaignNo <em>Campaign No</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Campaign No</em>'.
	 * @see org.segmenta.model.InteractionLogEntry#getCampaignNo()
	 * @see #getInteractionLogEntry()
	 * @generated
	 */
	EAttribute getInteractionLogEntry_CampaignNo();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.InteractionLogEntry#getCampaignEntryNo <em>Campaign Entry No</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Campaign Entry No</em>'.
	 * @see org.segmenta.model.InteractionLogEntry#getCampaignEntryNo()
	 * @see #getInteractionLogEntry()
	 * @generated
	 */
	EAttribute getInteractionLogEntry_CampaignEntryNo();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.InteractionLogEntry#isCampaignResponse <em>Campaign Response</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Campaign Response</em>'.
	 * @see org.segmenta.model.InteractionLogEntry#isCampaignResponse()
	 * @see #getInteractionLogEntry()
	 * @generated
	 */
	EAttribute getInteractionLogEntry_CampaignResponse();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.InteractionLogEntry#isCampaignTarget <em>Campaign Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Campaign Target</em>'.
	 * @see org.segmenta.model.InteractionLogEntry#isCampaignTarget()
	 * @see #getInteractionLogEntry()
	 * @generated
	 */
	EAttribute getInteractionLogEntry_CampaignTarget();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.InteractionLogEntry#getSegmentNo <em>Segment No</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Segment No</em>'.
	 * @see org.segmenta.model.InteractionLogEntry#getSegmentNo()
	 * @see #getInteractionLogEntry()
	 * @generated
	 */
	EAttribute getInteractionLogEntry_SegmentNo();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.InteractionLogEntry#getEvaluation <em>Evaluation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Evaluation</em>'.
	 * @see org.segmenta.model.InteractionLogEntry#getEvaluation()
	 * @see #getInteractionLogEntry()
	 * @generated
	 */
	EAttribute getInteractionLogEntry_Evaluation();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.InteractionLogEntry#isAttemptFailed <em>Attempt Failed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Attempt Failed</em>'.
	 * @see org.segmenta.model.InteractionLogEntry#isAttemptFailed()
	 * @see #getInteractionLogEntry()
	 * @generated
	 */
	EAttribute getInteractionLogEntry_AttemptFailed();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.InteractionLogEntry#getSalespersonCode <em>Salesperson Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Salesperson Code</em>'.
	 * @see org.segmenta.model.InteractionLogEntry#getSalespersonCode()
	 * @see #getInteractionLogEntry()
	 * @generated
	 */
	EAttribute getInteractionLogEntry_SalespersonCode();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.InteractionLogEntry#getDeliveryStatus <em>Delivery Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Delivery Status</em>'.
	 * @see org.segmenta.model.InteractionLogEntry#getDeliveryStatus()
	 * @see #getInteractionLogEntry()
	 * @generated
	 */
	EAttribute getInteractionLogEntry_DeliveryStatus();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.InteractionLogEntry#isCanceled <em>Canceled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Canceled</em>'.
	 * @see org.segmenta.model.InteractionLogEntry#isCanceled()
	 * @see #getInteractionLogEntry()
	 * @generated
	 */
	EAttribute getInteractionLogEntry_Canceled();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.InteractionLogEntry#getCorrespondenceType <em>Correspondence Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Correspondence Type</em>'.
	 * @see org.segmenta.model.InteractionLogEntry#getCorrespondenceType()
	 * @see #getInteractionLogEntry()
	 * @generated
	 */
	EAttribute getInteractionLogEntry_CorrespondenceType();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.InteractionLogEntry#getLoggedSegmentEntryNo <em>Logged Segment Entry No</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Logged Segment Entry No</em>'.
	 * @see org.segmenta.model.InteractionLogEntry#getLoggedSegmentEntryNo()
	 * @see #getInteractionLogEntry()
	 * @generated
	 */
	EAttribute getInteractionLogEntry_LoggedSegmentEntryNo();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.InteractionLogEntry#isSendWordDocsAsAttachment <em>Send Word Docs As Attachment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Send Word Docs As Attachment</em>'.
	 * @see org.segmenta.model.InteractionLogEntry#isSendWordDocsAsAttachment()
	 * @see #getInteractionLogEntry()
	 * @generated
	 */
	EAttribute getInteractionLogEntry_SendWordDocsAsAttachment();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.InteractionLogEntry#getInteractionLanguageCode <em>Interaction Language Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Interaction Language Code</em>'.
	 * @see org.segmenta.model.InteractionLogEntry#getInteractionLanguageCode()
	 * @see #getInteractionLogEntry()
	 * @generated
	 */
	EAttribute getInteractionLogEntry_InteractionLanguageCode();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.InteractionLogEntry#getSubject <em>Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subject</em>'.
	 * @see org.segmenta.model.InteractionLogEntry#getSubject()
	 * @see #getInteractionLogEntry()
	 * @generated
	 */
	EAttribute getInteractionLogEntry_Subject();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.InteractionLogEntry#getWordTemplateNo <em>Word Template No</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Word Template No</em>'.
	 * @see org.segmenta.model.InteractionLogEntry#getWordTemplateNo()
	 * @see #getInteractionLogEntry()
	 * @generated
	 */
	EAttribute getInteractionLogEntry_WordTemplateNo();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.InteractionLogEntry#isMerged <em>Merged</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Merged</em>'.
	 * @see org.segmenta.model.InteractionLogEntry#isMerged()
	 * @see #getInteractionLogEntry()
	 * @generated
	 */
	EAttribute getInteractionLogEntry_Merged();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.InteractionLogEntry#getContactVia <em>Contact Via</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Contact Via</em>'.
	 * @see org.segmenta.model.InteractionLogEntry#getContactVia()
	 * @see #getInteractionLogEntry()
	 * @generated
	 */
	EAttribute getInteractionLogEntry_ContactVia();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.InteractionLogEntry#isPostponed <em>Postponed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Postponed</em>'.
	 * @see org.segmenta.model.InteractionLogEntry#isPostponed()
	 * @see #getInteractionLogEntry()
	 * @generated
	 */
	EAttribute getInteractionLogEntry_Postponed();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.InteractionLogEntry#getDocumentType <em>Document Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Document Type</em>'.
	 * @see org.segmenta.model.InteractionLogEntry#getDocumentType()
	 * @see #getInteractionLogEntry()
	 * @generated
	 */
	EAttribute getInteractionLogEntry_DocumentType();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.InteractionLogEntry#getDocumentNo <em>Document No</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Document No</em>'.
	 * @see org.segmenta.model.InteractionLogEntry#getDocumentNo()
	 * @see #getInteractionLogEntry()
	 * @generated
	 */
	EAttribute getInteractionLogEntry_DocumentNo();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.InteractionLogEntry#getOpportunityNo <em>Opportunity No</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Opportunity No</em>'.
	 * @see org.segmenta.model.InteractionLogEntry#getOpportunityNo()
	 * @see #getInteractionLogEntry()
	 * @generated
	 */
	EAttribute getInteractionLogEntry_OpportunityNo();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.InteractionLogEntry#getTaskNo <em>Task No</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Task No</em>'.
	 * @see org.segmenta.model.InteractionLogEntry#getTaskNo()
	 * @see #getInteractionLogEntry()
	 * @generated
	 */
	EAttribute getInteractionLogEntry_TaskNo();

	/**
	 * Returns the meta object for class '{@link org.segmenta.model.NumberSeries <em>Number Series</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Number Series</em>'.
	 * @see org.segmenta.model.NumberSeries
	 * @generated
	 */
	EClass getNumberSeries();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.NumberSeries#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.segmenta.model.NumberSeries#getCode()
	 * @see #getNumberSeries()
	 * @generated
	 */
	EAttribute getNumberSeries_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.NumberSeries#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.segmenta.model.NumberSeries#getDescription()
	 * @see #getNumberSeries()
	 * @generated
	 */
	EAttribute getNumberSeries_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.NumberSeries#getStartingNo <em>Starting No</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Starting No</em>'.
	 * @see org.segmenta.model.NumberSeries#getStartingNo()
	 * @see #getNumberSeries()
	 * @generated
	 */
	EAttribute getNumberSeries_StartingNo();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.NumberSeries#getLastNoUsed <em>Last No Used</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last No Used</em>'.
	 * @see org.segmenta.model.NumberSeries#getLastNoUsed()
	 * @see #getNumberSeries()
	 * @generated
	 */
	EAttribute getNumberSeries_LastNoUsed();

	/**
	 * Returns the meta object for enum '{@link org.segmenta.model.ContactType <em>Contact Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Contact Type</em>'.
	 * @see org.segmenta.model.ContactType
	 * @generated
	 */
	EEnum getContactType();

	/**
	 * Returns the meta object for enum '{@link org.segmenta.model.CorrespondenceType <em>Correspondence Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Correspondence Type</em>'.
	 * @see org.segmenta.model.CorrespondenceType
	 * @generated
	 */
	EEnum getCorrespondenceType();

	/**
	 * Returns the meta object for enum '{@link org.segmenta.model.InformationFlow <em>Information Flow</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Information Flow</em>'.
	 * @see org.segmenta.model.InformationFlow
	 * @generated
	 */
	EEnum getInformationFlow();

	/**
	 * Returns the meta object for enum '{@link org.segmenta.model.InitiatedBy <em>Initiated By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Initiated By</em>'.
	 * @see org.segmenta.model.InitiatedBy
	 * @generated
	 */
	EEnum getInitiatedBy();

	/**
	 * Returns the meta object for enum '{@link org.segmenta.model.Evaluation <em>Evaluation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Evaluation</em>'.
	 * @see org.segmenta.model.Evaluation
	 * @generated
	 */
	EEnum getEvaluation();

	/**
	 * Returns the meta object for enum '{@link org.segmenta.model.CriteriaAction <em>Criteria Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Criteria Action</em>'.
	 * @see org.segmenta.model.CriteriaAction
	 * @generated
	 */
	EEnum getCriteriaAction();

	/**
	 * Returns the meta object for enum '{@link org.segmenta.model.StepKind <em>Step Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Step Kind</em>'.
	 * @see org.segmenta.model.StepKind
	 * @generated
	 */
	EEnum getStepKind();

	/**
	 * Returns the meta object for enum '{@link org.segmenta.model.DeliveryStatus <em>Delivery Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Delivery Status</em>'.
	 * @see org.segmenta.model.DeliveryStatus
	 * @generated
	 */
	EEnum getDeliveryStatus();

	/**
	 * Returns the meta object for enum '{@link org.segmenta.model.WizardAction <em>Wizard Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Wizard Action</em>'.
	 * @see org.segmenta.model.WizardAction
	 * @generated
	 */
	EEnum getWizardAction();

	/**
	 * Returns the meta object for enum '{@link org.segmenta.model.HistoryAction <em>History Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>History Action</em>'.
	 * @see org.segmenta.model.HistoryAction
	 * @generated
	 */
	EEnum getHistoryAction();

	/**
	 * Returns the meta object for enum '{@link org.segmenta.model.SalutationType <em>Salutation Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Salutation Type</em>'.
	 * @see org.segmenta.model.SalutationType
	 * @generated
	 */
	EEnum getSalutationType();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDate <em>Local Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A calendar date without time zone (ISO 8601, 2026-11-29).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Local Date</em>'.
	 * @see java.time.LocalDate
	 * @model instanceClass="java.time.LocalDate"
	 * @generated
	 */
	EDataType getLocalDate();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalTime <em>Local Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A time of day without time zone (ISO 8601, 14:30).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Local Time</em>'.
	 * @see java.time.LocalTime
	 * @model instanceClass="java.time.LocalTime"
	 * @generated
	 */
	EDataType getLocalTime();

	/**
	 * Returns the meta object for data type '{@link java.time.Instant <em>Instant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A point in time (UTC, ISO 8601).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Instant</em>'.
	 * @see java.time.Instant
	 * @model instanceClass="java.time.Instant"
	 * @generated
	 */
	EDataType getInstant();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	SegmentaFactory getSegmentaFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.segmenta.model.impl.ContactImpl <em>Contact</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.model.impl.ContactImpl
		 * @see org.segmenta.model.impl.SegmentaPackageImpl#getContact()
		 * @generated
		 */
		EClass CONTACT = eINSTANCE.getContact();

		/**
		 * The meta object literal for the '<em><b>No</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__NO = eINSTANCE.getContact_No();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__TYPE = eINSTANCE.getContact_Type();

		/**
		 * The meta object literal for the '<em><b>Company No</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__COMPANY_NO = eINSTANCE.getContact_CompanyNo();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__NAME = eINSTANCE.getContact_Name();

		/**
		 * The meta object literal for the '<em><b>Name2</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__NAME2 = eINSTANCE.getContact_Name2();

		/**
		 * The meta object literal for the '<em><b>First Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__FIRST_NAME = eINSTANCE.getContact_FirstName();

		/**
		 * The meta object literal for the '<em><b>Middle Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__MIDDLE_NAME = eINSTANCE.getContact_MiddleName();

		/**
		 * The meta object literal for the '<em><b>Surname</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__SURNAME = eINSTANCE.getContact_Surname();

		/**
		 * The meta object literal for the '<em><b>Initials</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__INITIALS = eINSTANCE.getContact_Initials();

		/**
		 * The meta object literal for the '<em><b>Job Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__JOB_TITLE = eINSTANCE.getContact_JobTitle();

		/**
		 * The meta object literal for the '<em><b>Company Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__COMPANY_NAME = eINSTANCE.getContact_CompanyName();

		/**
		 * The meta object literal for the '<em><b>Search Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__SEARCH_NAME = eINSTANCE.getContact_SearchName();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__ADDRESS = eINSTANCE.getContact_Address();

		/**
		 * The meta object literal for the '<em><b>Address2</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__ADDRESS2 = eINSTANCE.getContact_Address2();

		/**
		 * The meta object literal for the '<em><b>Post Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__POST_CODE = eINSTANCE.getContact_PostCode();

		/**
		 * The meta object literal for the '<em><b>City</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__CITY = eINSTANCE.getContact_City();

		/**
		 * The meta object literal for the '<em><b>County</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__COUNTY = eINSTANCE.getContact_County();

		/**
		 * The meta object literal for the '<em><b>Country Region Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__COUNTRY_REGION_CODE = eINSTANCE.getContact_CountryRegionCode();

		/**
		 * The meta object literal for the '<em><b>Phone No</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__PHONE_NO = eINSTANCE.getContact_PhoneNo();

		/**
		 * The meta object literal for the '<em><b>Mobile Phone No</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__MOBILE_PHONE_NO = eINSTANCE.getContact_MobilePhoneNo();

		/**
		 * The meta object literal for the '<em><b>Fax No</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__FAX_NO = eINSTANCE.getContact_FaxNo();

		/**
		 * The meta object literal for the '<em><b>Email</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__EMAIL = eINSTANCE.getContact_Email();

		/**
		 * The meta object literal for the '<em><b>Home Page</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__HOME_PAGE = eINSTANCE.getContact_HomePage();

		/**
		 * The meta object literal for the '<em><b>Language Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__LANGUAGE_CODE = eINSTANCE.getContact_LanguageCode();

		/**
		 * The meta object literal for the '<em><b>Salutation Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__SALUTATION_CODE = eINSTANCE.getContact_SalutationCode();

		/**
		 * The meta object literal for the '<em><b>Correspondence Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__CORRESPONDENCE_TYPE = eINSTANCE.getContact_CorrespondenceType();

		/**
		 * The meta object literal for the '<em><b>Salesperson Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__SALESPERSON_CODE = eINSTANCE.getContact_SalespersonCode();

		/**
		 * The meta object literal for the '<em><b>Territory Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__TERRITORY_CODE = eINSTANCE.getContact_TerritoryCode();

		/**
		 * The meta object literal for the '<em><b>Exclude From Segment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__EXCLUDE_FROM_SEGMENT = eINSTANCE.getContact_ExcludeFromSegment();

		/**
		 * The meta object literal for the '<em><b>Privacy Blocked</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__PRIVACY_BLOCKED = eINSTANCE.getContact_PrivacyBlocked();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__NOTES = eINSTANCE.getContact_Notes();

		/**
		 * The meta object literal for the '<em><b>Mailing Groups</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTACT__MAILING_GROUPS = eINSTANCE.getContact_MailingGroups();

		/**
		 * The meta object literal for the '<em><b>Industry Groups</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTACT__INDUSTRY_GROUPS = eINSTANCE.getContact_IndustryGroups();

		/**
		 * The meta object literal for the '<em><b>Job Responsibilities</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTACT__JOB_RESPONSIBILITIES = eINSTANCE.getContact_JobResponsibilities();

		/**
		 * The meta object literal for the '<em><b>Profile Answers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTACT__PROFILE_ANSWERS = eINSTANCE.getContact_ProfileAnswers();

		/**
		 * The meta object literal for the '{@link org.segmenta.model.impl.ContactMailingGroupImpl <em>Contact Mailing Group</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.model.impl.ContactMailingGroupImpl
		 * @see org.segmenta.model.impl.SegmentaPackageImpl#getContactMailingGroup()
		 * @generated
		 */
		EClass CONTACT_MAILING_GROUP = eINSTANCE.getContactMailingGroup();

		/**
		 * The meta object literal for the '<em><b>Mailing Group Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT_MAILING_GROUP__MAILING_GROUP_CODE = eINSTANCE.getContactMailingGroup_MailingGroupCode();

		/**
		 * The meta object literal for the '{@link org.segmenta.model.impl.ContactIndustryGroupImpl <em>Contact Industry Group</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.model.impl.ContactIndustryGroupImpl
		 * @see org.segmenta.model.impl.SegmentaPackageImpl#getContactIndustryGroup()
		 * @generated
		 */
		EClass CONTACT_INDUSTRY_GROUP = eINSTANCE.getContactIndustryGroup();

		/**
		 * The meta object literal for the '<em><b>Industry Group Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT_INDUSTRY_GROUP__INDUSTRY_GROUP_CODE = eINSTANCE.getContactIndustryGroup_IndustryGroupCode();

		/**
		 * The meta object literal for the '{@link org.segmenta.model.impl.ContactJobResponsibilityImpl <em>Contact Job Responsibility</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.model.impl.ContactJobResponsibilityImpl
		 * @see org.segmenta.model.impl.SegmentaPackageImpl#getContactJobResponsibility()
		 * @generated
		 */
		EClass CONTACT_JOB_RESPONSIBILITY = eINSTANCE.getContactJobResponsibility();

		/**
		 * The meta object literal for the '<em><b>Job Responsibility Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT_JOB_RESPONSIBILITY__JOB_RESPONSIBILITY_CODE = eINSTANCE.getContactJobResponsibility_JobResponsibilityCode();

		/**
		 * The meta object literal for the '{@link org.segmenta.model.impl.ContactProfileAnswerImpl <em>Contact Profile Answer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.model.impl.ContactProfileAnswerImpl
		 * @see org.segmenta.model.impl.SegmentaPackageImpl#getContactProfileAnswer()
		 * @generated
		 */
		EClass CONTACT_PROFILE_ANSWER = eINSTANCE.getContactProfileAnswer();

		/**
		 * The meta object literal for the '<em><b>Profile Questionnaire Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT_PROFILE_ANSWER__PROFILE_QUESTIONNAIRE_CODE = eINSTANCE.getContactProfileAnswer_ProfileQuestionnaireCode();

		/**
		 * The meta object literal for the '<em><b>Answer Line No</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT_PROFILE_ANSWER__ANSWER_LINE_NO = eINSTANCE.getContactProfileAnswer_AnswerLineNo();

		/**
		 * The meta object literal for the '<em><b>Answer Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT_PROFILE_ANSWER__ANSWER_DESCRIPTION = eINSTANCE.getContactProfileAnswer_AnswerDescription();

		/**
		 * The meta object literal for the '{@link org.segmenta.model.impl.SalespersonImpl <em>Salesperson</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.model.impl.SalespersonImpl
		 * @see org.segmenta.model.impl.SegmentaPackageImpl#getSalesperson()
		 * @generated
		 */
		EClass SALESPERSON = eINSTANCE.getSalesperson();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SALESPERSON__CODE = eINSTANCE.getSalesperson_Code();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SALESPERSON__NAME = eINSTANCE.getSalesperson_Name();

		/**
		 * The meta object literal for the '<em><b>Job Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SALESPERSON__JOB_TITLE = eINSTANCE.getSalesperson_JobTitle();

		/**
		 * The meta object literal for the '<em><b>Email</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SALESPERSON__EMAIL = eINSTANCE.getSalesperson_Email();

		/**
		 * The meta object literal for the '<em><b>Phone No</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SALESPERSON__PHONE_NO = eINSTANCE.getSalesperson_PhoneNo();

		/**
		 * The meta object literal for the '<em><b>Blocked</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SALESPERSON__BLOCKED = eINSTANCE.getSalesperson_Blocked();

		/**
		 * The meta object literal for the '{@link org.segmenta.model.impl.SalutationImpl <em>Salutation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.model.impl.SalutationImpl
		 * @see org.segmenta.model.impl.SegmentaPackageImpl#getSalutation()
		 * @generated
		 */
		EClass SALUTATION = eINSTANCE.getSalutation();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SALUTATION__CODE = eINSTANCE.getSalutation_Code();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SALUTATION__DESCRIPTION = eINSTANCE.getSalutation_Description();

		/**
		 * The meta object literal for the '<em><b>Formulas</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SALUTATION__FORMULAS = eINSTANCE.getSalutation_Formulas();

		/**
		 * The meta object literal for the '{@link org.segmenta.model.impl.SalutationFormulaImpl <em>Salutation Formula</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.model.impl.SalutationFormulaImpl
		 * @see org.segmenta.model.impl.SegmentaPackageImpl#getSalutationFormula()
		 * @generated
		 */
		EClass SALUTATION_FORMULA = eINSTANCE.getSalutationFormula();

		/**
		 * The meta object literal for the '<em><b>Language Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SALUTATION_FORMULA__LANGUAGE_CODE = eINSTANCE.getSalutationFormula_LanguageCode();

		/**
		 * The meta object literal for the '<em><b>Salutation Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SALUTATION_FORMULA__SALUTATION_TYPE = eINSTANCE.getSalutationFormula_SalutationType();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SALUTATION_FORMULA__TEXT = eINSTANCE.getSalutationFormula_Text();

		/**
		 * The meta object literal for the '{@link org.segmenta.model.impl.LanguageImpl <em>Language</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.model.impl.LanguageImpl
		 * @see org.segmenta.model.impl.SegmentaPackageImpl#getLanguage()
		 * @generated
		 */
		EClass LANGUAGE = eINSTANCE.getLanguage();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LANGUAGE__CODE = eINSTANCE.getLanguage_Code();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LANGUAGE__NAME = eINSTANCE.getLanguage_Name();

		/**
		 * The meta object literal for the '<em><b>Windows Language Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LANGUAGE__WINDOWS_LANGUAGE_ID = eINSTANCE.getLanguage_WindowsLanguageId();

		/**
		 * The meta object literal for the '{@link org.segmenta.model.impl.MailingGroupImpl <em>Mailing Group</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.model.impl.MailingGroupImpl
		 * @see org.segmenta.model.impl.SegmentaPackageImpl#getMailingGroup()
		 * @generated
		 */
		EClass MAILING_GROUP = eINSTANCE.getMailingGroup();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MAILING_GROUP__CODE = eINSTANCE.getMailingGroup_Code();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MAILING_GROUP__DESCRIPTION = eINSTANCE.getMailingGroup_Description();

		/**
		 * The meta object literal for the '{@link org.segmenta.model.impl.IndustryGroupImpl <em>Industry Group</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.model.impl.IndustryGroupImpl
		 * @see org.segmenta.model.impl.SegmentaPackageImpl#getIndustryGroup()
		 * @generated
		 */
		EClass INDUSTRY_GROUP = eINSTANCE.getIndustryGroup();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDUSTRY_GROUP__CODE = eINSTANCE.getIndustryGroup_Code();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDUSTRY_GROUP__DESCRIPTION = eINSTANCE.getIndustryGroup_Description();

		/**
		 * The meta object literal for the '{@link org.segmenta.model.impl.JobResponsibilityImpl <em>Job Responsibility</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.model.impl.JobResponsibilityImpl
		 * @see org.segmenta.model.impl.SegmentaPackageImpl#getJobResponsibility()
		 * @generated
		 */
		EClass JOB_RESPONSIBILITY = eINSTANCE.getJobResponsibility();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOB_RESPONSIBILITY__CODE = eINSTANCE.getJobResponsibility_Code();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOB_RESPONSIBILITY__DESCRIPTION = eINSTANCE.getJobResponsibility_Description();

		/**
		 * The meta object literal for the '{@link org.segmenta.model.impl.InteractionGroupImpl <em>Interaction Group</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.model.impl.InteractionGroupImpl
		 * @see org.segmenta.model.impl.SegmentaPackageImpl#getInteractionGroup()
		 * @generated
		 */
		EClass INTERACTION_GROUP = eINSTANCE.getInteractionGroup();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION_GROUP__CODE = eINSTANCE.getInteractionGroup_Code();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION_GROUP__DESCRIPTION = eINSTANCE.getInteractionGroup_Description();

		/**
		 * The meta object literal for the '{@link org.segmenta.model.impl.ProfileQuestionnaireImpl <em>Profile Questionnaire</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.model.impl.ProfileQuestionnaireImpl
		 * @see org.segmenta.model.impl.SegmentaPackageImpl#getProfileQuestionnaire()
		 * @generated
		 */
		EClass PROFILE_QUESTIONNAIRE = eINSTANCE.getProfileQuestionnaire();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROFILE_QUESTIONNAIRE__CODE = eINSTANCE.getProfileQuestionnaire_Code();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROFILE_QUESTIONNAIRE__DESCRIPTION = eINSTANCE.getProfileQuestionnaire_Description();

		/**
		 * The meta object literal for the '<em><b>Questions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROFILE_QUESTIONNAIRE__QUESTIONS = eINSTANCE.getProfileQuestionnaire_Questions();

		/**
		 * The meta object literal for the '{@link org.segmenta.model.impl.ProfileQuestionImpl <em>Profile Question</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.model.impl.ProfileQuestionImpl
		 * @see org.segmenta.model.impl.SegmentaPackageImpl#getProfileQuestion()
		 * @generated
		 */
		EClass PROFILE_QUESTION = eINSTANCE.getProfileQuestion();

		/**
		 * The meta object literal for the '<em><b>Line No</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROFILE_QUESTION__LINE_NO = eINSTANCE.getProfileQuestion_LineNo();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROFILE_QUESTION__DESCRIPTION = eINSTANCE.getProfileQuestion_Description();

		/**
		 * The meta object literal for the '<em><b>Answers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROFILE_QUESTION__ANSWERS = eINSTANCE.getProfileQuestion_Answers();

		/**
		 * The meta object literal for the '{@link org.segmenta.model.impl.ProfileAnswerImpl <em>Profile Answer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.model.impl.ProfileAnswerImpl
		 * @see org.segmenta.model.impl.SegmentaPackageImpl#getProfileAnswer()
		 * @generated
		 */
		EClass PROFILE_ANSWER = eINSTANCE.getProfileAnswer();

		/**
		 * The meta object literal for the '<em><b>Line No</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROFILE_ANSWER__LINE_NO = eINSTANCE.getProfileAnswer_LineNo();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROFILE_ANSWER__DESCRIPTION = eINSTANCE.getProfileAnswer_Description();

		/**
		 * The meta object literal for the '{@link org.segmenta.model.impl.CampaignImpl <em>Campaign</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.model.impl.CampaignImpl
		 * @see org.segmenta.model.impl.SegmentaPackageImpl#getCampaign()
		 * @generated
		 */
		EClass CAMPAIGN = eINSTANCE.getCampaign();

		/**
		 * The meta object literal for the '<em><b>No</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__NO = eINSTANCE.getCampaign_No();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__DESCRIPTION = eINSTANCE.getCampaign_Description();

		/**
		 * The meta object literal for the '<em><b>Starting Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__STARTING_DATE = eINSTANCE.getCampaign_StartingDate();

		/**
		 * The meta object literal for the '<em><b>Ending Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__ENDING_DATE = eINSTANCE.getCampaign_EndingDate();

		/**
		 * The meta object literal for the '<em><b>Salesperson Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__SALESPERSON_CODE = eINSTANCE.getCampaign_SalespersonCode();

		/**
		 * The meta object literal for the '<em><b>Activated</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__ACTIVATED = eINSTANCE.getCampaign_Activated();

		/**
		 * The meta object literal for the '{@link org.segmenta.model.impl.AttachmentImpl <em>Attachment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.model.impl.AttachmentImpl
		 * @see org.segmenta.model.impl.SegmentaPackageImpl#getAttachment()
		 * @generated
		 */
		EClass ATTACHMENT = eINSTANCE.getAttachment();

		/**
		 * The meta object literal for the '<em><b>No</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTACHMENT__NO = eINSTANCE.getAttachment_No();

		/**
		 * The meta object literal for the '<em><b>File Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTACHMENT__FILE_NAME = eINSTANCE.getAttachment_FileName();

		/**
		 * The meta object literal for the '<em><b>Media Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTACHMENT__MEDIA_TYPE = eINSTANCE.getAttachment_MediaType();

		/**
		 * The meta object literal for the '<em><b>Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTACHMENT__SIZE = eINSTANCE.getAttachment_Size();

		/**
		 * The meta object literal for the '<em><b>Read Only</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTACHMENT__READ_ONLY = eINSTANCE.getAttachment_ReadOnly();

		/**
		 * The meta object literal for the '<em><b>Created</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTACHMENT__CREATED = eINSTANCE.getAttachment_Created();

		/**
		 * The meta object literal for the '<em><b>Field Mapping</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTACHMENT__FIELD_MAPPING = eINSTANCE.getAttachment_FieldMapping();

		/**
		 * The meta object literal for the '{@link org.segmenta.model.impl.InteractionTemplateImpl <em>Interaction Template</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.model.impl.InteractionTemplateImpl
		 * @see org.segmenta.model.impl.SegmentaPackageImpl#getInteractionTemplate()
		 * @generated
		 */
		EClass INTERACTION_TEMPLATE = eINSTANCE.getInteractionTemplate();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION_TEMPLATE__CODE = eINSTANCE.getInteractionTemplate_Code();

		/**
		 * The meta object literal for the '<em><b>Interaction Group Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION_TEMPLATE__INTERACTION_GROUP_CODE = eINSTANCE.getInteractionTemplate_InteractionGroupCode();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION_TEMPLATE__DESCRIPTION = eINSTANCE.getInteractionTemplate_Description();

		/**
		 * The meta object literal for the '<em><b>Unit Cost</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION_TEMPLATE__UNIT_COST = eINSTANCE.getInteractionTemplate_UnitCost();

		/**
		 * The meta object literal for the '<em><b>Unit Duration</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION_TEMPLATE__UNIT_DURATION = eINSTANCE.getInteractionTemplate_UnitDuration();

		/**
		 * The meta object literal for the '<em><b>Information Flow</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION_TEMPLATE__INFORMATION_FLOW = eINSTANCE.getInteractionTemplate_InformationFlow();

		/**
		 * The meta object literal for the '<em><b>Initiated By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION_TEMPLATE__INITIATED_BY = eINSTANCE.getInteractionTemplate_InitiatedBy();

		/**
		 * The meta object literal for the '<em><b>Campaign No</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION_TEMPLATE__CAMPAIGN_NO = eINSTANCE.getInteractionTemplate_CampaignNo();

		/**
		 * The meta object literal for the '<em><b>Campaign Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION_TEMPLATE__CAMPAIGN_TARGET = eINSTANCE.getInteractionTemplate_CampaignTarget();

		/**
		 * The meta object literal for the '<em><b>Campaign Response</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION_TEMPLATE__CAMPAIGN_RESPONSE = eINSTANCE.getInteractionTemplate_CampaignResponse();

		/**
		 * The meta object literal for the '<em><b>Correspondence Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION_TEMPLATE__CORRESPONDENCE_TYPE = eINSTANCE.getInteractionTemplate_CorrespondenceType();

		/**
		 * The meta object literal for the '<em><b>Ignore Contact Correspondence Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION_TEMPLATE__IGNORE_CONTACT_CORRESPONDENCE_TYPE = eINSTANCE.getInteractionTemplate_IgnoreContactCorrespondenceType();

		/**
		 * The meta object literal for the '<em><b>Language Code Default</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION_TEMPLATE__LANGUAGE_CODE_DEFAULT = eINSTANCE.getInteractionTemplate_LanguageCodeDefault();

		/**
		 * The meta object literal for the '<em><b>Wizard Action</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION_TEMPLATE__WIZARD_ACTION = eINSTANCE.getInteractionTemplate_WizardAction();

		/**
		 * The meta object literal for the '<em><b>Languages</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERACTION_TEMPLATE__LANGUAGES = eINSTANCE.getInteractionTemplate_Languages();

		/**
		 * The meta object literal for the '{@link org.segmenta.model.impl.InteractionTemplateLanguageImpl <em>Interaction Template Language</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.model.impl.InteractionTemplateLanguageImpl
		 * @see org.segmenta.model.impl.SegmentaPackageImpl#getInteractionTemplateLanguage()
		 * @generated
		 */
		EClass INTERACTION_TEMPLATE_LANGUAGE = eINSTANCE.getInteractionTemplateLanguage();

		/**
		 * The meta object literal for the '<em><b>Language Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION_TEMPLATE_LANGUAGE__LANGUAGE_CODE = eINSTANCE.getInteractionTemplateLanguage_LanguageCode();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION_TEMPLATE_LANGUAGE__DESCRIPTION = eINSTANCE.getInteractionTemplateLanguage_Description();

		/**
		 * The meta object literal for the '<em><b>Attachment No</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION_TEMPLATE_LANGUAGE__ATTACHMENT_NO = eINSTANCE.getInteractionTemplateLanguage_AttachmentNo();

		/**
		 * The meta object literal for the '<em><b>Word Template No</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION_TEMPLATE_LANGUAGE__WORD_TEMPLATE_NO = eINSTANCE.getInteractionTemplateLanguage_WordTemplateNo();

		/**
		 * The meta object literal for the '{@link org.segmenta.model.impl.SegmentHeaderImpl <em>Segment Header</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.model.impl.SegmentHeaderImpl
		 * @see org.segmenta.model.impl.SegmentaPackageImpl#getSegmentHeader()
		 * @generated
		 */
		EClass SEGMENT_HEADER = eINSTANCE.getSegmentHeader();

		/**
		 * The meta object literal for the '<em><b>No</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_HEADER__NO = eINSTANCE.getSegmentHeader_No();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_HEADER__DATE = eINSTANCE.getSegmentHeader_Date();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_HEADER__DESCRIPTION = eINSTANCE.getSegmentHeader_Description();

		/**
		 * The meta object literal for the '<em><b>Salesperson Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_HEADER__SALESPERSON_CODE = eINSTANCE.getSegmentHeader_SalespersonCode();

		/**
		 * The meta object literal for the '<em><b>Interaction Template Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_HEADER__INTERACTION_TEMPLATE_CODE = eINSTANCE.getSegmentHeader_InteractionTemplateCode();

		/**
		 * The meta object literal for the '<em><b>Interaction Group Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_HEADER__INTERACTION_GROUP_CODE = eINSTANCE.getSegmentHeader_InteractionGroupCode();

		/**
		 * The meta object literal for the '<em><b>Information Flow</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_HEADER__INFORMATION_FLOW = eINSTANCE.getSegmentHeader_InformationFlow();

		/**
		 * The meta object literal for the '<em><b>Initiated By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_HEADER__INITIATED_BY = eINSTANCE.getSegmentHeader_InitiatedBy();

		/**
		 * The meta object literal for the '<em><b>Campaign No</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_HEADER__CAMPAIGN_NO = eINSTANCE.getSegmentHeader_CampaignNo();

		/**
		 * The meta object literal for the '<em><b>Campaign Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_HEADER__CAMPAIGN_TARGET = eINSTANCE.getSegmentHeader_CampaignTarget();

		/**
		 * The meta object literal for the '<em><b>Campaign Response</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_HEADER__CAMPAIGN_RESPONSE = eINSTANCE.getSegmentHeader_CampaignResponse();

		/**
		 * The meta object literal for the '<em><b>Send Word Docs As Attachment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_HEADER__SEND_WORD_DOCS_AS_ATTACHMENT = eINSTANCE.getSegmentHeader_SendWordDocsAsAttachment();

		/**
		 * The meta object literal for the '<em><b>Language Code Default</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_HEADER__LANGUAGE_CODE_DEFAULT = eINSTANCE.getSegmentHeader_LanguageCodeDefault();

		/**
		 * The meta object literal for the '<em><b>Subject Default</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_HEADER__SUBJECT_DEFAULT = eINSTANCE.getSegmentHeader_SubjectDefault();

		/**
		 * The meta object literal for the '<em><b>Ignore Contact Correspondence Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_HEADER__IGNORE_CONTACT_CORRESPONDENCE_TYPE = eINSTANCE.getSegmentHeader_IgnoreContactCorrespondenceType();

		/**
		 * The meta object literal for the '<em><b>Correspondence Type Default</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_HEADER__CORRESPONDENCE_TYPE_DEFAULT = eINSTANCE.getSegmentHeader_CorrespondenceTypeDefault();

		/**
		 * The meta object literal for the '<em><b>Unit Cost</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_HEADER__UNIT_COST = eINSTANCE.getSegmentHeader_UnitCost();

		/**
		 * The meta object literal for the '<em><b>Unit Duration</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_HEADER__UNIT_DURATION = eINSTANCE.getSegmentHeader_UnitDuration();

		/**
		 * The meta object literal for the '<em><b>Modified Word Template No</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_HEADER__MODIFIED_WORD_TEMPLATE_NO = eINSTANCE.getSegmentHeader_ModifiedWordTemplateNo();

		/**
		 * The meta object literal for the '<em><b>Languages</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SEGMENT_HEADER__LANGUAGES = eINSTANCE.getSegmentHeader_Languages();

		/**
		 * The meta object literal for the '<em><b>Criteria Lines</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SEGMENT_HEADER__CRITERIA_LINES = eINSTANCE.getSegmentHeader_CriteriaLines();

		/**
		 * The meta object literal for the '{@link org.segmenta.model.impl.SegmentInteractionLanguageImpl <em>Segment Interaction Language</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.model.impl.SegmentInteractionLanguageImpl
		 * @see org.segmenta.model.impl.SegmentaPackageImpl#getSegmentInteractionLanguage()
		 * @generated
		 */
		EClass SEGMENT_INTERACTION_LANGUAGE = eINSTANCE.getSegmentInteractionLanguage();

		/**
		 * The meta object literal for the '<em><b>Language Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_INTERACTION_LANGUAGE__LANGUAGE_CODE = eINSTANCE.getSegmentInteractionLanguage_LanguageCode();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_INTERACTION_LANGUAGE__DESCRIPTION = eINSTANCE.getSegmentInteractionLanguage_Description();

		/**
		 * The meta object literal for the '<em><b>Subject</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_INTERACTION_LANGUAGE__SUBJECT = eINSTANCE.getSegmentInteractionLanguage_Subject();

		/**
		 * The meta object literal for the '<em><b>Attachment No</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_INTERACTION_LANGUAGE__ATTACHMENT_NO = eINSTANCE.getSegmentInteractionLanguage_AttachmentNo();

		/**
		 * The meta object literal for the '<em><b>Word Template No</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_INTERACTION_LANGUAGE__WORD_TEMPLATE_NO = eINSTANCE.getSegmentInteractionLanguage_WordTemplateNo();

		/**
		 * The meta object literal for the '{@link org.segmenta.model.impl.SegmentLineImpl <em>Segment Line</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.model.impl.SegmentLineImpl
		 * @see org.segmenta.model.impl.SegmentaPackageImpl#getSegmentLine()
		 * @generated
		 */
		EClass SEGMENT_LINE = eINSTANCE.getSegmentLine();

		/**
		 * The meta object literal for the '<em><b>Segment No</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_LINE__SEGMENT_NO = eINSTANCE.getSegmentLine_SegmentNo();

		/**
		 * The meta object literal for the '<em><b>Line No</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_LINE__LINE_NO = eINSTANCE.getSegmentLine_LineNo();

		/**
		 * The meta object literal for the '<em><b>Contact No</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_LINE__CONTACT_NO = eINSTANCE.getSegmentLine_ContactNo();

		/**
		 * The meta object literal for the '<em><b>Contact Company No</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_LINE__CONTACT_COMPANY_NO = eINSTANCE.getSegmentLine_ContactCompanyNo();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_LINE__DATE = eINSTANCE.getSegmentLine_Date();

		/**
		 * The meta object literal for the '<em><b>Time Of Interaction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_LINE__TIME_OF_INTERACTION = eINSTANCE.getSegmentLine_TimeOfInteraction();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_LINE__DESCRIPTION = eINSTANCE.getSegmentLine_Description();

		/**
		 * The meta object literal for the '<em><b>Salesperson Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_LINE__SALESPERSON_CODE = eINSTANCE.getSegmentLine_SalespersonCode();

		/**
		 * The meta object literal for the '<em><b>Interaction Template Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_LINE__INTERACTION_TEMPLATE_CODE = eINSTANCE.getSegmentLine_InteractionTemplateCode();

		/**
		 * The meta object literal for the '<em><b>Interaction Group Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_LINE__INTERACTION_GROUP_CODE = eINSTANCE.getSegmentLine_InteractionGroupCode();

		/**
		 * The meta object literal for the '<em><b>Information Flow</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_LINE__INFORMATION_FLOW = eINSTANCE.getSegmentLine_InformationFlow();

		/**
		 * The meta object literal for the '<em><b>Initiated By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_LINE__INITIATED_BY = eINSTANCE.getSegmentLine_InitiatedBy();

		/**
		 * The meta object literal for the '<em><b>Campaign No</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_LINE__CAMPAIGN_NO = eINSTANCE.getSegmentLine_CampaignNo();

		/**
		 * The meta object literal for the '<em><b>Campaign Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_LINE__CAMPAIGN_TARGET = eINSTANCE.getSegmentLine_CampaignTarget();

		/**
		 * The meta object literal for the '<em><b>Campaign Response</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_LINE__CAMPAIGN_RESPONSE = eINSTANCE.getSegmentLine_CampaignResponse();

		/**
		 * The meta object literal for the '<em><b>Send Word Docs As Attachment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_LINE__SEND_WORD_DOCS_AS_ATTACHMENT = eINSTANCE.getSegmentLine_SendWordDocsAsAttachment();

		/**
		 * The meta object literal for the '<em><b>Correspondence Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_LINE__CORRESPONDENCE_TYPE = eINSTANCE.getSegmentLine_CorrespondenceType();

		/**
		 * The meta object literal for the '<em><b>Language Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_LINE__LANGUAGE_CODE = eINSTANCE.getSegmentLine_LanguageCode();

		/**
		 * The meta object literal for the '<em><b>Subject</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_LINE__SUBJECT = eINSTANCE.getSegmentLine_Subject();

		/**
		 * The meta object literal for the '<em><b>Evaluation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_LINE__EVALUATION = eINSTANCE.getSegmentLine_Evaluation();

		/**
		 * The meta object literal for the '<em><b>Cost</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_LINE__COST = eINSTANCE.getSegmentLine_Cost();

		/**
		 * The meta object literal for the '<em><b>Duration</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_LINE__DURATION = eINSTANCE.getSegmentLine_Duration();

		/**
		 * The meta object literal for the '<em><b>Attachment No</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_LINE__ATTACHMENT_NO = eINSTANCE.getSegmentLine_AttachmentNo();

		/**
		 * The meta object literal for the '<em><b>Attachment Inherited</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_LINE__ATTACHMENT_INHERITED = eINSTANCE.getSegmentLine_AttachmentInherited();

		/**
		 * The meta object literal for the '<em><b>Word Template No</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_LINE__WORD_TEMPLATE_NO = eINSTANCE.getSegmentLine_WordTemplateNo();

		/**
		 * The meta object literal for the '<em><b>Merged</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_LINE__MERGED = eINSTANCE.getSegmentLine_Merged();

		/**
		 * The meta object literal for the '<em><b>Attempt Failed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_LINE__ATTEMPT_FAILED = eINSTANCE.getSegmentLine_AttemptFailed();

		/**
		 * The meta object literal for the '<em><b>Step No</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_LINE__STEP_NO = eINSTANCE.getSegmentLine_StepNo();

		/**
		 * The meta object literal for the '<em><b>Step Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_LINE__STEP_KIND = eINSTANCE.getSegmentLine_StepKind();

		/**
		 * The meta object literal for the '<em><b>Reused Logged Segment Entry No</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_LINE__REUSED_LOGGED_SEGMENT_ENTRY_NO = eINSTANCE.getSegmentLine_ReusedLoggedSegmentEntryNo();

		/**
		 * The meta object literal for the '<em><b>Personal Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_LINE__PERSONAL_NOTE = eINSTANCE.getSegmentLine_PersonalNote();

		/**
		 * The meta object literal for the '{@link org.segmenta.model.impl.SegmentCriteriaLineImpl <em>Segment Criteria Line</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.model.impl.SegmentCriteriaLineImpl
		 * @see org.segmenta.model.impl.SegmentaPackageImpl#getSegmentCriteriaLine()
		 * @generated
		 */
		EClass SEGMENT_CRITERIA_LINE = eINSTANCE.getSegmentCriteriaLine();

		/**
		 * The meta object literal for the '<em><b>Step No</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_CRITERIA_LINE__STEP_NO = eINSTANCE.getSegmentCriteriaLine_StepNo();

		/**
		 * The meta object literal for the '<em><b>Action</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_CRITERIA_LINE__ACTION = eINSTANCE.getSegmentCriteriaLine_Action();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_CRITERIA_LINE__KIND = eINSTANCE.getSegmentCriteriaLine_Kind();

		/**
		 * The meta object literal for the '<em><b>Allow Existing Contacts</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_CRITERIA_LINE__ALLOW_EXISTING_CONTACTS = eINSTANCE.getSegmentCriteriaLine_AllowExistingContacts();

		/**
		 * The meta object literal for the '<em><b>Expand Companies</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_CRITERIA_LINE__EXPAND_COMPANIES = eINSTANCE.getSegmentCriteriaLine_ExpandCompanies();

		/**
		 * The meta object literal for the '<em><b>Allow Related Companies</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_CRITERIA_LINE__ALLOW_RELATED_COMPANIES = eINSTANCE.getSegmentCriteriaLine_AllowRelatedCompanies();

		/**
		 * The meta object literal for the '<em><b>Ignore Exclusion</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_CRITERIA_LINE__IGNORE_EXCLUSION = eINSTANCE.getSegmentCriteriaLine_IgnoreExclusion();

		/**
		 * The meta object literal for the '<em><b>Entire Companies</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_CRITERIA_LINE__ENTIRE_COMPANIES = eINSTANCE.getSegmentCriteriaLine_EntireCompanies();

		/**
		 * The meta object literal for the '<em><b>Logged Segment Entry No</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_CRITERIA_LINE__LOGGED_SEGMENT_ENTRY_NO = eINSTANCE.getSegmentCriteriaLine_LoggedSegmentEntryNo();

		/**
		 * The meta object literal for the '<em><b>Undone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_CRITERIA_LINE__UNDONE = eINSTANCE.getSegmentCriteriaLine_Undone();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_CRITERIA_LINE__DESCRIPTION = eINSTANCE.getSegmentCriteriaLine_Description();

		/**
		 * The meta object literal for the '<em><b>Filters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SEGMENT_CRITERIA_LINE__FILTERS = eINSTANCE.getSegmentCriteriaLine_Filters();

		/**
		 * The meta object literal for the '{@link org.segmenta.model.impl.CriteriaFilterImpl <em>Criteria Filter</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.model.impl.CriteriaFilterImpl
		 * @see org.segmenta.model.impl.SegmentaPackageImpl#getCriteriaFilter()
		 * @generated
		 */
		EClass CRITERIA_FILTER = eINSTANCE.getCriteriaFilter();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITERIA_FILTER__SOURCE = eINSTANCE.getCriteriaFilter_Source();

		/**
		 * The meta object literal for the '<em><b>Field</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITERIA_FILTER__FIELD = eINSTANCE.getCriteriaFilter_Field();

		/**
		 * The meta object literal for the '<em><b>Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITERIA_FILTER__EXPRESSION = eINSTANCE.getCriteriaFilter_Expression();

		/**
		 * The meta object literal for the '{@link org.segmenta.model.impl.SegmentHistoryEntryImpl <em>Segment History Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.model.impl.SegmentHistoryEntryImpl
		 * @see org.segmenta.model.impl.SegmentaPackageImpl#getSegmentHistoryEntry()
		 * @generated
		 */
		EClass SEGMENT_HISTORY_ENTRY = eINSTANCE.getSegmentHistoryEntry();

		/**
		 * The meta object literal for the '<em><b>Segment No</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_HISTORY_ENTRY__SEGMENT_NO = eINSTANCE.getSegmentHistoryEntry_SegmentNo();

		/**
		 * The meta object literal for the '<em><b>Step No</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_HISTORY_ENTRY__STEP_NO = eINSTANCE.getSegmentHistoryEntry_StepNo();

		/**
		 * The meta object literal for the '<em><b>Action</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_HISTORY_ENTRY__ACTION = eINSTANCE.getSegmentHistoryEntry_Action();

		/**
		 * The meta object literal for the '<em><b>Line No</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_HISTORY_ENTRY__LINE_NO = eINSTANCE.getSegmentHistoryEntry_LineNo();

		/**
		 * The meta object literal for the '<em><b>Contact No</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_HISTORY_ENTRY__CONTACT_NO = eINSTANCE.getSegmentHistoryEntry_ContactNo();

		/**
		 * The meta object literal for the '<em><b>Line</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SEGMENT_HISTORY_ENTRY__LINE = eINSTANCE.getSegmentHistoryEntry_Line();

		/**
		 * The meta object literal for the '{@link org.segmenta.model.impl.SavedSegmentCriteriaImpl <em>Saved Segment Criteria</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.model.impl.SavedSegmentCriteriaImpl
		 * @see org.segmenta.model.impl.SegmentaPackageImpl#getSavedSegmentCriteria()
		 * @generated
		 */
		EClass SAVED_SEGMENT_CRITERIA = eINSTANCE.getSavedSegmentCriteria();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SAVED_SEGMENT_CRITERIA__CODE = eINSTANCE.getSavedSegmentCriteria_Code();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SAVED_SEGMENT_CRITERIA__DESCRIPTION = eINSTANCE.getSavedSegmentCriteria_Description();

		/**
		 * The meta object literal for the '<em><b>Lines</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SAVED_SEGMENT_CRITERIA__LINES = eINSTANCE.getSavedSegmentCriteria_Lines();

		/**
		 * The meta object literal for the '{@link org.segmenta.model.impl.LoggedSegmentImpl <em>Logged Segment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.model.impl.LoggedSegmentImpl
		 * @see org.segmenta.model.impl.SegmentaPackageImpl#getLoggedSegment()
		 * @generated
		 */
		EClass LOGGED_SEGMENT = eINSTANCE.getLoggedSegment();

		/**
		 * The meta object literal for the '<em><b>Entry No</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOGGED_SEGMENT__ENTRY_NO = eINSTANCE.getLoggedSegment_EntryNo();

		/**
		 * The meta object literal for the '<em><b>Segment No</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOGGED_SEGMENT__SEGMENT_NO = eINSTANCE.getLoggedSegment_SegmentNo();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOGGED_SEGMENT__DESCRIPTION = eINSTANCE.getLoggedSegment_Description();

		/**
		 * The meta object literal for the '<em><b>Creation Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOGGED_SEGMENT__CREATION_DATE = eINSTANCE.getLoggedSegment_CreationDate();

		/**
		 * The meta object literal for the '<em><b>User Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOGGED_SEGMENT__USER_ID = eINSTANCE.getLoggedSegment_UserId();

		/**
		 * The meta object literal for the '<em><b>Canceled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOGGED_SEGMENT__CANCELED = eINSTANCE.getLoggedSegment_Canceled();

		/**
		 * The meta object literal for the '<em><b>No Of Interactions</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOGGED_SEGMENT__NO_OF_INTERACTIONS = eINSTANCE.getLoggedSegment_NoOfInteractions();

		/**
		 * The meta object literal for the '{@link org.segmenta.model.impl.InteractionLogEntryImpl <em>Interaction Log Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.model.impl.InteractionLogEntryImpl
		 * @see org.segmenta.model.impl.SegmentaPackageImpl#getInteractionLogEntry()
		 * @generated
		 */
		EClass INTERACTION_LOG_ENTRY = eINSTANCE.getInteractionLogEntry();

		/**
		 * The meta object literal for the '<em><b>Entry No</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION_LOG_ENTRY__ENTRY_NO = eINSTANCE.getInteractionLogEntry_EntryNo();

		/**
		 * The meta object literal for the '<em><b>Contact No</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION_LOG_ENTRY__CONTACT_NO = eINSTANCE.getInteractionLogEntry_ContactNo();

		/**
		 * The meta object literal for the '<em><b>Contact Company No</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION_LOG_ENTRY__CONTACT_COMPANY_NO = eINSTANCE.getInteractionLogEntry_ContactCompanyNo();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION_LOG_ENTRY__DATE = eINSTANCE.getInteractionLogEntry_Date();

		/**
		 * The meta object literal for the '<em><b>Time Of Interaction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION_LOG_ENTRY__TIME_OF_INTERACTION = eINSTANCE.getInteractionLogEntry_TimeOfInteraction();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION_LOG_ENTRY__DESCRIPTION = eINSTANCE.getInteractionLogEntry_Description();

		/**
		 * The meta object literal for the '<em><b>Information Flow</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION_LOG_ENTRY__INFORMATION_FLOW = eINSTANCE.getInteractionLogEntry_InformationFlow();

		/**
		 * The meta object literal for the '<em><b>Initiated By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION_LOG_ENTRY__INITIATED_BY = eINSTANCE.getInteractionLogEntry_InitiatedBy();

		/**
		 * The meta object literal for the '<em><b>Attachment No</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION_LOG_ENTRY__ATTACHMENT_NO = eINSTANCE.getInteractionLogEntry_AttachmentNo();

		/**
		 * The meta object literal for the '<em><b>Cost</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION_LOG_ENTRY__COST = eINSTANCE.getInteractionLogEntry_Cost();

		/**
		 * The meta object literal for the '<em><b>Duration</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION_LOG_ENTRY__DURATION = eINSTANCE.getInteractionLogEntry_Duration();

		/**
		 * The meta object literal for the '<em><b>User Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION_LOG_ENTRY__USER_ID = eINSTANCE.getInteractionLogEntry_UserId();

		/**
		 * The meta object literal for the '<em><b>Interaction Group Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION_LOG_ENTRY__INTERACTION_GROUP_CODE = eINSTANCE.getInteractionLogEntry_InteractionGroupCode();

		/**
		 * The meta object literal for the '<em><b>Interaction Template Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION_LOG_ENTRY__INTERACTION_TEMPLATE_CODE = eINSTANCE.getInteractionLogEntry_InteractionTemplateCode();

		/**
		 * The meta object literal for the '<em><b>Campaign No</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION_LOG_ENTRY__CAMPAIGN_NO = eINSTANCE.getInteractionLogEntry_CampaignNo();

		/**
		 * The meta object literal for the '<em><b>Campaign Entry No</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION_LOG_ENTRY__CAMPAIGN_ENTRY_NO = eINSTANCE.getInteractionLogEntry_CampaignEntryNo();

		/**
		 * The meta object literal for the '<em><b>Campaign Response</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION_LOG_ENTRY__CAMPAIGN_RESPONSE = eINSTANCE.getInteractionLogEntry_CampaignResponse();

		/**
		 * The meta object literal for the '<em><b>Campaign Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION_LOG_ENTRY__CAMPAIGN_TARGET = eINSTANCE.getInteractionLogEntry_CampaignTarget();

		/**
		 * The meta object literal for the '<em><b>Segment No</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION_LOG_ENTRY__SEGMENT_NO = eINSTANCE.getInteractionLogEntry_SegmentNo();

		/**
		 * The meta object literal for the '<em><b>Evaluation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION_LOG_ENTRY__EVALUATION = eINSTANCE.getInteractionLogEntry_Evaluation();

		/**
		 * The meta object literal for the '<em><b>Attempt Failed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION_LOG_ENTRY__ATTEMPT_FAILED = eINSTANCE.getInteractionLogEntry_AttemptFailed();

		/**
		 * The meta object literal for the '<em><b>Salesperson Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION_LOG_ENTRY__SALESPERSON_CODE = eINSTANCE.getInteractionLogEntry_SalespersonCode();

		/**
		 * The meta object literal for the '<em><b>Delivery Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION_LOG_ENTRY__DELIVERY_STATUS = eINSTANCE.getInteractionLogEntry_DeliveryStatus();

		/**
		 * The meta object literal for the '<em><b>Canceled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION_LOG_ENTRY__CANCELED = eINSTANCE.getInteractionLogEntry_Canceled();

		/**
		 * The meta object literal for the '<em><b>Correspondence Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION_LOG_ENTRY__CORRESPONDENCE_TYPE = eINSTANCE.getInteractionLogEntry_CorrespondenceType();

		/**
		 * The meta object literal for the '<em><b>Logged Segment Entry No</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION_LOG_ENTRY__LOGGED_SEGMENT_ENTRY_NO = eINSTANCE.getInteractionLogEntry_LoggedSegmentEntryNo();

		/**
		 * The meta object literal for the '<em><b>Send Word Docs As Attachment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION_LOG_ENTRY__SEND_WORD_DOCS_AS_ATTACHMENT = eINSTANCE.getInteractionLogEntry_SendWordDocsAsAttachment();

		/**
		 * The meta object literal for the '<em><b>Interaction Language Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION_LOG_ENTRY__INTERACTION_LANGUAGE_CODE = eINSTANCE.getInteractionLogEntry_InteractionLanguageCode();

		/**
		 * The meta object literal for the '<em><b>Subject</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION_LOG_ENTRY__SUBJECT = eINSTANCE.getInteractionLogEntry_Subject();

		/**
		 * The meta object literal for the '<em><b>Word Template No</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION_LOG_ENTRY__WORD_TEMPLATE_NO = eINSTANCE.getInteractionLogEntry_WordTemplateNo();

		/**
		 * The meta object literal for the '<em><b>Merged</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION_LOG_ENTRY__MERGED = eINSTANCE.getInteractionLogEntry_Merged();

		/**
		 * The meta object literal for the '<em><b>Contact Via</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION_LOG_ENTRY__CONTACT_VIA = eINSTANCE.getInteractionLogEntry_ContactVia();

		/**
		 * The meta object literal for the '<em><b>Postponed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION_LOG_ENTRY__POSTPONED = eINSTANCE.getInteractionLogEntry_Postponed();

		/**
		 * The meta object literal for the '<em><b>Document Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION_LOG_ENTRY__DOCUMENT_TYPE = eINSTANCE.getInteractionLogEntry_DocumentType();

		/**
		 * The meta object literal for the '<em><b>Document No</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION_LOG_ENTRY__DOCUMENT_NO = eINSTANCE.getInteractionLogEntry_DocumentNo();

		/**
		 * The meta object literal for the '<em><b>Opportunity No</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION_LOG_ENTRY__OPPORTUNITY_NO = eINSTANCE.getInteractionLogEntry_OpportunityNo();

		/**
		 * The meta object literal for the '<em><b>Task No</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION_LOG_ENTRY__TASK_NO = eINSTANCE.getInteractionLogEntry_TaskNo();

		/**
		 * The meta object literal for the '{@link org.segmenta.model.impl.NumberSeriesImpl <em>Number Series</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.model.impl.NumberSeriesImpl
		 * @see org.segmenta.model.impl.SegmentaPackageImpl#getNumberSeries()
		 * @generated
		 */
		EClass NUMBER_SERIES = eINSTANCE.getNumberSeries();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NUMBER_SERIES__CODE = eINSTANCE.getNumberSeries_Code();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NUMBER_SERIES__DESCRIPTION = eINSTANCE.getNumberSeries_Description();

		/**
		 * The meta object literal for the '<em><b>Starting No</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NUMBER_SERIES__STARTING_NO = eINSTANCE.getNumberSeries_StartingNo();

		/**
		 * The meta object literal for the '<em><b>Last No Used</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NUMBER_SERIES__LAST_NO_USED = eINSTANCE.getNumberSeries_LastNoUsed();

		/**
		 * The meta object literal for the '{@link org.segmenta.model.ContactType <em>Contact Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.model.ContactType
		 * @see org.segmenta.model.impl.SegmentaPackageImpl#getContactType()
		 * @generated
		 */
		EEnum CONTACT_TYPE = eINSTANCE.getContactType();

		/**
		 * The meta object literal for the '{@link org.segmenta.model.CorrespondenceType <em>Correspondence Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.model.CorrespondenceType
		 * @see org.segmenta.model.impl.SegmentaPackageImpl#getCorrespondenceType()
		 * @generated
		 */
		EEnum CORRESPONDENCE_TYPE = eINSTANCE.getCorrespondenceType();

		/**
		 * The meta object literal for the '{@link org.segmenta.model.InformationFlow <em>Information Flow</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.model.InformationFlow
		 * @see org.segmenta.model.impl.SegmentaPackageImpl#getInformationFlow()
		 * @generated
		 */
		EEnum INFORMATION_FLOW = eINSTANCE.getInformationFlow();

		/**
		 * The meta object literal for the '{@link org.segmenta.model.InitiatedBy <em>Initiated By</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.model.InitiatedBy
		 * @see org.segmenta.model.impl.SegmentaPackageImpl#getInitiatedBy()
		 * @generated
		 */
		EEnum INITIATED_BY = eINSTANCE.getInitiatedBy();

		/**
		 * The meta object literal for the '{@link org.segmenta.model.Evaluation <em>Evaluation</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.model.Evaluation
		 * @see org.segmenta.model.impl.SegmentaPackageImpl#getEvaluation()
		 * @generated
		 */
		EEnum EVALUATION = eINSTANCE.getEvaluation();

		/**
		 * The meta object literal for the '{@link org.segmenta.model.CriteriaAction <em>Criteria Action</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.model.CriteriaAction
		 * @see org.segmenta.model.impl.SegmentaPackageImpl#getCriteriaAction()
		 * @generated
		 */
		EEnum CRITERIA_ACTION = eINSTANCE.getCriteriaAction();

		/**
		 * The meta object literal for the '{@link org.segmenta.model.StepKind <em>Step Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.model.StepKind
		 * @see org.segmenta.model.impl.SegmentaPackageImpl#getStepKind()
		 * @generated
		 */
		EEnum STEP_KIND = eINSTANCE.getStepKind();

		/**
		 * The meta object literal for the '{@link org.segmenta.model.DeliveryStatus <em>Delivery Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.model.DeliveryStatus
		 * @see org.segmenta.model.impl.SegmentaPackageImpl#getDeliveryStatus()
		 * @generated
		 */
		EEnum DELIVERY_STATUS = eINSTANCE.getDeliveryStatus();

		/**
		 * The meta object literal for the '{@link org.segmenta.model.WizardAction <em>Wizard Action</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.model.WizardAction
		 * @see org.segmenta.model.impl.SegmentaPackageImpl#getWizardAction()
		 * @generated
		 */
		EEnum WIZARD_ACTION = eINSTANCE.getWizardAction();

		/**
		 * The meta object literal for the '{@link org.segmenta.model.HistoryAction <em>History Action</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.model.HistoryAction
		 * @see org.segmenta.model.impl.SegmentaPackageImpl#getHistoryAction()
		 * @generated
		 */
		EEnum HISTORY_ACTION = eINSTANCE.getHistoryAction();

		/**
		 * The meta object literal for the '{@link org.segmenta.model.SalutationType <em>Salutation Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.model.SalutationType
		 * @see org.segmenta.model.impl.SegmentaPackageImpl#getSalutationType()
		 * @generated
		 */
		EEnum SALUTATION_TYPE = eINSTANCE.getSalutationType();

		/**
		 * The meta object literal for the '<em>Local Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDate
		 * @see org.segmenta.model.impl.SegmentaPackageImpl#getLocalDate()
		 * @generated
		 */
		EDataType LOCAL_DATE = eINSTANCE.getLocalDate();

		/**
		 * The meta object literal for the '<em>Local Time</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalTime
		 * @see org.segmenta.model.impl.SegmentaPackageImpl#getLocalTime()
		 * @generated
		 */
		EDataType LOCAL_TIME = eINSTANCE.getLocalTime();

		/**
		 * The meta object literal for the '<em>Instant</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.Instant
		 * @see org.segmenta.model.impl.SegmentaPackageImpl#getInstant()
		 * @generated
		 */
		EDataType INSTANT = eINSTANCE.getInstant();

	}

} //SegmentaPackage
