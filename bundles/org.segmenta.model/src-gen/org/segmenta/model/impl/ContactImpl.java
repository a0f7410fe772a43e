/**
 */
package org.segmenta.model.impl;

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

import org.segmenta.model.Contact;
import org.segmenta.model.ContactIndustryGroup;
import org.segmenta.model.ContactJobResponsibility;
import org.segmenta.model.ContactMailingGroup;
import org.segmenta.model.ContactProfileAnswer;
import org.segmenta.model.ContactType;
import org.segmenta.model.CorrespondenceType;
import org.segmenta.model.SegmentaPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Contact</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.model.impl.ContactImpl#getNo <em>No</em>}</li>
 *   <li>{@link org.segmenta.model.impl.ContactImpl#getType <em>Type</em>}</li>
 *   <li>{@link org.segmenta.model.impl.ContactImpl#getCompanyNo <em>Company No</em>}</li>
 *   <li>{@link org.segmenta.model.impl.ContactImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.segmenta.model.impl.ContactImpl#getName2 <em>Name2</em>}</li>
 *   <li>{@link org.segmenta.model.impl.ContactImpl#getFirstName <em>First Name</em>}</li>
 *   <li>{@link org.segmenta.model.impl.ContactImpl#getMiddleName <em>Middle Name</em>}</li>
 *   <li>{@link org.segmenta.model.impl.ContactImpl#getSurname <em>Surname</em>}</li>
 *   <li>{@link org.segmenta.model.impl.ContactImpl#getInitials <em>Initials</em>}</li>
 *   <li>{@link org.segmenta.model.impl.ContactImpl#getJobTitle <em>Job Title</em>}</li>
 *   <li>{@link org.segmenta.model.impl.ContactImpl#getCompanyName <em>Company Name</em>}</li>
 *   <li>{@link org.segmenta.model.impl.ContactImpl#getSearchName <em>Search Name</em>}</li>
 *   <li>{@link org.segmenta.model.impl.ContactImpl#getAddress <em>Address</em>}</li>
 *   <li>{@link org.segmenta.model.impl.ContactImpl#getAddress2 <em>Address2</em>}</li>
 *   <li>{@link org.segmenta.model.impl.ContactImpl#getPostCode <em>Post Code</em>}</li>
 *   <li>{@link org.segmenta.model.impl.ContactImpl#getCity <em>City</em>}</li>
 *   <li>{@link org.segmenta.model.impl.ContactImpl#getCounty <em>County</em>}</li>
 *   <li>{@link org.segmenta.model.impl.ContactImpl#getCountryRegionCode <em>Country Region Code</em>}</li>
 *   <li>{@link org.segmenta.model.impl.ContactImpl#getPhoneNo <em>Phone No</em>}</li>
 *   <li>{@link org.segmenta.model.impl.ContactImpl#getMobilePhoneNo <em>Mobile Phone No</em>}</li>
 *   <li>{@link org.segmenta.model.impl.ContactImpl#getFaxNo <em>Fax No</em>}</li>
 *   <li>{@link org.segmenta.model.impl.ContactImpl#getEmail <em>Email</em>}</li>
 *   <li>{@link org.segmenta.model.impl.ContactImpl#getHomePage <em>Home Page</em>}</li>
 *   <li>{@link org.segmenta.model.impl.ContactImpl#getLanguageCode <em>Language Code</em>}</li>
 *   <li>{@link org.segmenta.model.impl.ContactImpl#getSalutationCode <em>Salutation Code</em>}</li>
 *   <li>{@link org.segmenta.model.impl.ContactImpl#getCorrespondenceType <em>Correspondence Type</em>}</li>
 *   <li>{@link org.segmenta.model.impl.ContactImpl#getSalespersonCode <em>Salesperson Code</em>}</li>
 *   <li>{@link org.segmenta.model.impl.ContactImpl#getTerritoryCode <em>Territory Code</em>}</li>
 *   <li>{@link org.segmenta.model.impl.ContactImpl#isExcludeFromSegment <em>Exclude From Segment</em>}</li>
 *   <li>{@link org.segmenta.model.impl.ContactImpl#isPrivacyBlocked <em>Privacy Blocked</em>}</li>
 *   <li>{@link org.segmenta.model.impl.ContactImpl#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.segmenta.model.impl.ContactImpl#getMailingGroups <em>Mailing Groups</em>}</li>
 *   <li>{@link org.segmenta.model.impl.ContactImpl#getIndustryGroups <em>Industry Groups</em>}</li>
 *   <li>{@link org.segmenta.model.impl.ContactImpl#getJobResponsibilities <em>Job Responsibilities</em>}</li>
 *   <li>{@link org.segmenta.model.impl.ContactImpl#getProfileAnswers <em>Profile Answers</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ContactImpl extends MinimalEObjectImpl.Container implements Contact {
	/**
	 * The default value of the '{@link #getNo() <em>No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNo()
	 * @generated
	 * @ordered
	 */
	protected static final String NO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNo() <em>No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNo()
	 * @generated
	 * @ordered
	 */
	protected String no = NO_EDEFAULT;

	/**
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final ContactType TYPE_EDEFAULT = ContactType.COMPANY;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected ContactType type = TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCompanyNo() <em>Company No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompanyNo()
	 * @generated
	 * @ordered
	 */
	protected static final String COMPANY_NO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCompanyNo() <em>Company No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompanyNo()
	 * @generated
	 * @ordered
	 */
	protected String companyNo = COMPANY_NO_EDEFAULT;

	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getName2() <em>Name2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName2()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME2_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName2() <em>Name2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName2()
	 * @generated
	 * @ordered
	 */
	protected String name2 = NAME2_EDEFAULT;

	/**
	 * The default value of the '{@link #getFirstName() <em>First Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstName()
	 * @generated
	 * @ordered
	 */
	protected static final String FIRST_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFirstName() <em>First Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstName()
	 * @generated
	 * @ordered
	 */
	protected String firstName = FIRST_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getMiddleName() <em>Middle Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMiddleName()
	 * @generated
	 * @ordered
	 */
	protected static final String MIDDLE_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMiddleName() <em>Middle Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMiddleName()
	 * @generated
	 * @ordered
	 */
	protected String middleName = MIDDLE_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getSurname() <em>Surname</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSurname()
	 * @generated
	 * @ordered
	 */
	protected static final String SURNAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSurname() <em>Surname</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSurname()
	 * @generated
	 * @ordered
	 */
	protected String surname = SURNAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getInitials() <em>Initials</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitials()
	 * @generated
	 * @ordered
	 */
	protected static final String INITIALS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInitials() <em>Initials</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitials()
	 * @generated
	 * @ordered
	 */
	protected String initials = INITIALS_EDEFAULT;

	/**
	 * The default value of the '{@link #getJobTitle() <em>Job Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJobTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String JOB_TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getJobTitle() <em>Job Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJobTitle()
	 * @generated
	 * @ordered
	 */
	protected String jobTitle = JOB_TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCompanyName() <em>Company Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompanyName()
	 * @generated
	 * @ordered
	 */
	protected static final String COMPANY_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCompanyName() <em>Company Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompanyName()
	 * @generated
	 * @ordered
	 */
	protected String companyName = COMPANY_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getSearchName() <em>Search Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSearchName()
	 * @generated
	 * @ordered
	 */
	protected static final String SEARCH_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSearchName() <em>Search Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSearchName()
	 * @generated
	 * @ordered
	 */
	protected String searchName = SEARCH_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getAddress() <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress()
	 * @generated
	 * @ordered
	 */
	protected static final String ADDRESS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAddress() <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress()
	 * @generated
	 * @ordered
	 */
	protected String address = ADDRESS_EDEFAULT;

	/**
	 * The default value of the '{@link #getAddress2() <em>Address2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress2()
	 * @generated
	 * @ordered
	 */
	protected static final String ADDRESS2_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAddress2() <em>Address2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress2()
	 * @generated
	 * @ordered
	 */
	protected String address2 = ADDRESS2_EDEFAULT;

	/**
	 * The default value of the '{@link #getPostCode() <em>Post Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPostCode()
	 * @generated
	 * @ordered
	 */
	protected static final String POST_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPostCode() <em>Post Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPostCode()
	 * @generated
	 * @ordered
	 */
	protected String postCode = POST_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCity() <em>City</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCity()
	 * @generated
	 * @ordered
	 */
	protected static final String CITY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCity() <em>City</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCity()
	 * @generated
	 * @ordered
	 */
	protected String city = CITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getCounty() <em>County</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCounty()
	 * @generated
	 * @ordered
	 */
	protected static final String COUNTY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCounty() <em>County</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCounty()
	 * @generated
	 * @ordered
	 */
	protected String county = COUNTY_EDEFAULT;

	/**
	 * The default value of the '{@link #getCountryRegionCode() <em>Country Region Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCountryRegionCode()
	 * @generated
	 * @ordered
	 */
	protected static final String COUNTRY_REGION_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCountryRegionCode() <em>Country Region Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCountryRegionCode()
	 * @generated
	 * @ordered
	 */
	protected String countryRegionCode = COUNTRY_REGION_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPhoneNo() <em>Phone No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhoneNo()
	 * @generated
	 * @ordered
	 */
	protected static final String PHONE_NO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPhoneNo() <em>Phone No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhoneNo()
	 * @generated
	 * @ordered
	 */
	protected String phoneNo = PHONE_NO_EDEFAULT;

	/**
	 * The default value of the '{@link #getMobilePhoneNo() <em>Mobile Phone No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMobilePhoneNo()
	 * @generated
	 * @ordered
	 */
	protected static final String MOBILE_PHONE_NO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMobilePhoneNo() <em>Mobile Phone No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMobilePhoneNo()
	 * @generated
	 * @ordered
	 */
	protected String mobilePhoneNo = MOBILE_PHONE_NO_EDEFAULT;

	/**
	 * The default value of the '{@link #getFaxNo() <em>Fax No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFaxNo()
	 * @generated
	 * @ordered
	 */
	protected static final String FAX_NO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFaxNo() <em>Fax No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFaxNo()
	 * @generated
	 * @ordered
	 */
	protected String faxNo = FAX_NO_EDEFAULT;

	/**
	 * The default value of the '{@link #getEmail() <em>Email</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmail()
	 * @generated
	 * @ordered
	 */
	protected static final String EMAIL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEmail() <em>Email</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmail()
	 * @generated
	 * @ordered
	 */
	protected String email = EMAIL_EDEFAULT;

	/**
	 * The default value of the '{@link #getHomePage() <em>Home Page</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHomePage()
	 * @generated
	 * @ordered
	 */
	protected static final String HOME_PAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHomePage() <em>Home Page</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHomePage()
	 * @generated
	 * @ordered
	 */
	protected String homePage = HOME_PAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLanguageCode() <em>Language Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguageCode()
	 * @generated
	 * @ordered
	 */
	protected static final String LANGUAGE_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLanguageCode() <em>Language Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguageCode()
	 * @generated
	 * @ordered
	 */
	protected String languageCode = LANGUAGE_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSalutationCode() <em>Salutation Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSalutationCode()
	 * @generated
	 * @ordered
	 */
	protected static final String SALUTATION_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSalutationCode() <em>Salutation Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSalutationCode()
	 * @generated
	 * @ordered
	 */
	protected String salutationCode = SALUTATION_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCorrespondenceType() <em>Correspondence Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCorrespondenceType()
	 * @generated
	 * @ordered
	 */
	protected static final CorrespondenceType CORRESPONDENCE_TYPE_EDEFAULT = CorrespondenceType.NONE;

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
	 * The default value of the '{@link #getSalespersonCode() <em>Salesperson Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSalespersonCode()
	 * @generated
	 * @ordered
	 */
	protected static final String SALESPERSON_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSalespersonCode() <em>Salesperson Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSalespersonCode()
	 * @generated
	 * @ordered
	 */
	protected String salespersonCode = SALESPERSON_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTerritoryCode() <em>Territory Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTerritoryCode()
	 * @generated
	 * @ordered
	 */
	protected static final String TERRITORY_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTerritoryCode() <em>Territory Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTerritoryCode()
	 * @generated
	 * @ordered
	 */
	protected String territoryCode = TERRITORY_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #isExcludeFromSegment() <em>Exclude From Segment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isExcludeFromSegment()
	 * @generated
	 * @ordered
	 */
	protected static final boolean EXCLUDE_FROM_SEGMENT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isExcludeFromSegment() <em>Exclude From Segment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isExcludeFromSegment()
	 * @generated
	 * @ordered
	 */
	protected boolean excludeFromSegment = EXCLUDE_FROM_SEGMENT_EDEFAULT;

	/**
	 * The default value of the '{@link #isPrivacyBlocked() <em>Privacy Blocked</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPrivacyBlocked()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PRIVACY_BLOCKED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isPrivacyBlocked() <em>Privacy Blocked</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPrivacyBlocked()
	 * @generated
	 * @ordered
	 */
	protected boolean privacyBlocked = PRIVACY_BLOCKED_EDEFAULT;

	/**
	 * The default value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected String notes = NOTES_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMailingGroups() <em>Mailing Groups</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMailingGroups()
	 * @generated
	 * @ordered
	 */
	protected EList<ContactMailingGroup> mailingGroups;

	/**
	 * The cached value of the '{@link #getIndustryGroups() <em>Industry Groups</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndustryGroups()
	 * @generated
	 * @ordered
	 */
	protected EList<ContactIndustryGroup> industryGroups;

	/**
	 * The cached value of the '{@link #getJobResponsibilities() <em>Job Responsibilities</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJobResponsibilities()
	 * @generated
	 * @ordered
	 */
	protected EList<ContactJobResponsibility> jobResponsibilities;

	/**
	 * The cached value of the '{@link #getProfileAnswers() <em>Profile Answers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProfileAnswers()
	 * @generated
	 * @ordered
	 */
	protected EList<ContactProfileAnswer> profileAnswers;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ContactImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SegmentaPackage.Literals.CONTACT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNo() {
		return no;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNo(String newNo) {
		String oldNo = no;
		no = newNo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.CONTACT__NO, oldNo, no));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContactType getType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(ContactType newType) {
		ContactType oldType = type;
		type = newType == null ? TYPE_EDEFAULT : newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.CONTACT__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCompanyNo() {
		return companyNo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCompanyNo(String newCompanyNo) {
		String oldCompanyNo = companyNo;
		companyNo = newCompanyNo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.CONTACT__COMPANY_NO, oldCompanyNo, companyNo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.CONTACT__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName2() {
		return name2;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName2(String newName2) {
		String oldName2 = name2;
		name2 = newName2;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.CONTACT__NAME2, oldName2, name2));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFirstName() {
		return firstName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFirstName(String newFirstName) {
		String oldFirstName = firstName;
		firstName = newFirstName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.CONTACT__FIRST_NAME, oldFirstName, firstName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMiddleName() {
		return middleName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMiddleName(String newMiddleName) {
		String oldMiddleName = middleName;
		middleName = newMiddleName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.CONTACT__MIDDLE_NAME, oldMiddleName, middleName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSurname() {
		return surname;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSurname(String newSurname) {
		String oldSurname = surname;
		surname = newSurname;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.CONTACT__SURNAME, oldSurname, surname));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInitials() {
		return initials;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInitials(String newInitials) {
		String oldInitials = initials;
		initials = newInitials;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.CONTACT__INITIALS, oldInitials, initials));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getJobTitle() {
		return jobTitle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setJobTitle(String newJobTitle) {
		String oldJobTitle = jobTitle;
		jobTitle = newJobTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.CONTACT__JOB_TITLE, oldJobTitle, jobTitle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCompanyName() {
		return companyName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCompanyName(String newCompanyName) {
		String oldCompanyName = companyName;
		companyName = newCompanyName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.CONTACT__COMPANY_NAME, oldCompanyName, companyName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSearchName() {
		return searchName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSearchName(String newSearchName) {
		String oldSearchName = searchName;
		searchName = newSearchName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.CONTACT__SEARCH_NAME, oldSearchName, searchName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAddress() {
		return address;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAddress(String newAddress) {
		String oldAddress = address;
		address = newAddress;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.CONTACT__ADDRESS, oldAddress, address));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAddress2() {
		return address2;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAddress2(String newAddress2) {
		String oldAddress2 = address2;
		address2 = newAddress2;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.CONTACT__ADDRESS2, oldAddress2, address2));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPostCode() {
		return postCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPostCode(String newPostCode) {
		String oldPostCode = postCode;
		postCode = newPostCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.CONTACT__POST_CODE, oldPostCode, postCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCity() {
		return city;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCity(String newCity) {
		String oldCity = city;
		city = newCity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.CONTACT__CITY, oldCity, city));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCounty() {
		return county;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCounty(String newCounty) {
		String oldCounty = county;
		county = newCounty;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.CONTACT__COUNTY, oldCounty, county));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCountryRegionCode() {
		return countryRegionCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCountryRegionCode(String newCountryRegionCode) {
		String oldCountryRegionCode = countryRegionCode;
		countryRegionCode = newCountryRegionCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.CONTACT__COUNTRY_REGION_CODE, oldCountryRegionCode, countryRegionCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPhoneNo() {
		return phoneNo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPhoneNo(String newPhoneNo) {
		String oldPhoneNo = phoneNo;
		phoneNo = newPhoneNo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.CONTACT__PHONE_NO, oldPhoneNo, phoneNo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMobilePhoneNo() {
		return mobilePhoneNo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMobilePhoneNo(String newMobilePhoneNo) {
		String oldMobilePhoneNo = mobilePhoneNo;
		mobilePhoneNo = newMobilePhoneNo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.CONTACT__MOBILE_PHONE_NO, oldMobilePhoneNo, mobilePhoneNo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFaxNo() {
		return faxNo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFaxNo(String newFaxNo) {
		String oldFaxNo = faxNo;
		faxNo = newFaxNo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.CONTACT__FAX_NO, oldFaxNo, faxNo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEmail() {
		return email;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEmail(String newEmail) {
		String oldEmail = email;
		email = newEmail;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.CONTACT__EMAIL, oldEmail, email));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHomePage() {
		return homePage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHomePage(String newHomePage) {
		String oldHomePage = homePage;
		homePage = newHomePage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.CONTACT__HOME_PAGE, oldHomePage, homePage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLanguageCode() {
		return languageCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLanguageCode(String newLanguageCode) {
		String oldLanguageCode = languageCode;
		languageCode = newLanguageCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.CONTACT__LANGUAGE_CODE, oldLanguageCode, languageCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSalutationCode() {
		return salutationCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSalutationCode(String newSalutationCode) {
		String oldSalutationCode = salutationCode;
		salutationCode = newSalutationCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.CONTACT__SALUTATION_CODE, oldSalutationCode, salutationCode));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.CONTACT__CORRESPONDENCE_TYPE, oldCorrespondenceType, correspondenceType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSalespersonCode() {
		return salespersonCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSalespersonCode(String newSalespersonCode) {
		String oldSalespersonCode = salespersonCode;
		salespersonCode = newSalespersonCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.CONTACT__SALESPERSON_CODE, oldSalespersonCode, salespersonCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTerritoryCode() {
		return territoryCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTerritoryCode(String newTerritoryCode) {
		String oldTerritoryCode = territoryCode;
		territoryCode = newTerritoryCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.CONTACT__TERRITORY_CODE, oldTerritoryCode, territoryCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isExcludeFromSegment() {
		return excludeFromSegment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExcludeFromSegment(boolean newExcludeFromSegment) {
		boolean oldExcludeFromSegment = excludeFromSegment;
		excludeFromSegment = newExcludeFromSegment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.CONTACT__EXCLUDE_FROM_SEGMENT, oldExcludeFromSegment, excludeFromSegment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPrivacyBlocked() {
		return privacyBlocked;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrivacyBlocked(boolean newPrivacyBlocked) {
		boolean oldPrivacyBlocked = privacyBlocked;
		privacyBlocked = newPrivacyBlocked;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.CONTACT__PRIVACY_BLOCKED, oldPrivacyBlocked, privacyBlocked));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNotes() {
		return notes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotes(String newNotes) {
		String oldNotes = notes;
		notes = newNotes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.CONTACT__NOTES, oldNotes, notes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ContactMailingGroup> getMailingGroups() {
		if (mailingGroups == null) {
			mailingGroups = new EObjectContainmentEList<ContactMailingGroup>(ContactMailingGroup.class, this, SegmentaPackage.CONTACT__MAILING_GROUPS);
		}
		return mailingGroups;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ContactIndustryGroup> getIndustryGroups() {
		if (industryGroups == null) {
			industryGroups = new EObjectContainmentEList<ContactIndustryGroup>(ContactIndustryGroup.class, this, SegmentaPackage.CONTACT__INDUSTRY_GROUPS);
		}
		return industryGroups;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ContactJobResponsibility> getJobResponsibilities() {
		if (jobResponsibilities == null) {
			jobResponsibilities = new EObjectContainmentEList<ContactJobResponsibility>(ContactJobResponsibility.class, this, SegmentaPackage.CONTACT__JOB_RESPONSIBILITIES);
		}
		return jobResponsibilities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ContactProfileAnswer> getProfileAnswers() {
		if (profileAnswers == null) {
			profileAnswers = new EObjectContainmentEList<ContactProfileAnswer>(ContactProfileAnswer.class, this, SegmentaPackage.CONTACT__PROFILE_ANSWERS);
		}
		return profileAnswers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SegmentaPackage.CONTACT__MAILING_GROUPS:
				return ((InternalEList<?>)getMailingGroups()).basicRemove(otherEnd, msgs);
			case SegmentaPackage.CONTACT__INDUSTRY_GROUPS:
				return ((InternalEList<?>)getIndustryGroups()).basicRemove(otherEnd, msgs);
			case SegmentaPackage.CONTACT__JOB_RESPONSIBILITIES:
				return ((InternalEList<?>)getJobResponsibilities()).basicRemove(otherEnd, msgs);
			case SegmentaPackage.CONTACT__PROFILE_ANSWERS:
				return ((InternalEList<?>)getProfileAnswers()).basicRemove(otherEnd, msgs);
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
			case SegmentaPackage.CONTACT__NO:
				return getNo();
			case SegmentaPackage.CONTACT__TYPE:
				return getType();
			case SegmentaPackage.CONTACT__COMPANY_NO:
				return getCompanyNo();
			case SegmentaPackage.CONTACT__NAME:
				return getName();
			case SegmentaPackage.CONTACT__NAME2:
				return getName2();
			case SegmentaPackage.CONTACT__FIRST_NAME:
				return getFirstName();
			case SegmentaPackage.CONTACT__MIDDLE_NAME:
				return getMiddleName();
			case SegmentaPackage.CONTACT__SURNAME:
				return getSurname();
			case SegmentaPackage.CONTACT__INITIALS:
				return getInitials();
			case SegmentaPackage.CONTACT__JOB_TITLE:
				return getJobTitle();
			case SegmentaPackage.CONTACT__COMPANY_NAME:
				return getCompanyName();
			case SegmentaPackage.CONTACT__SEARCH_NAME:
				return getSearchName();
			case SegmentaPackage.CONTACT__ADDRESS:
				return getAddress();
			case SegmentaPackage.CONTACT__ADDRESS2:
				return getAddress2();
			case SegmentaPackage.CONTACT__POST_CODE:
				return getPostCode();
			case SegmentaPackage.CONTACT__CITY:
				return getCity();
			case SegmentaPackage.CONTACT__COUNTY:
				return getCounty();
			case SegmentaPackage.CONTACT__COUNTRY_REGION_CODE:
				return getCountryRegionCode();
			case SegmentaPackage.CONTACT__PHONE_NO:
				return getPhoneNo();
			case SegmentaPackage.CONTACT__MOBILE_PHONE_NO:
				return getMobilePhoneNo();
			case SegmentaPackage.CONTACT__FAX_NO:
				return getFaxNo();
			case SegmentaPackage.CONTACT__EMAIL:
				return getEmail();
			case SegmentaPackage.CONTACT__HOME_PAGE:
				return getHomePage();
			case SegmentaPackage.CONTACT__LANGUAGE_CODE:
				return getLanguageCode();
			case SegmentaPackage.CONTACT__SALUTATION_CODE:
				return getSalutationCode();
			case SegmentaPackage.CONTACT__CORRESPONDENCE_TYPE:
				return getCorrespondenceType();
			case SegmentaPackage.CONTACT__SALESPERSON_CODE:
				return getSalespersonCode();
			case SegmentaPackage.CONTACT__TERRITORY_CODE:
				return getTerritoryCode();
			case SegmentaPackage.CONTACT__EXCLUDE_FROM_SEGMENT:
				return isExcludeFromSegment();
			case SegmentaPackage.CONTACT__PRIVACY_BLOCKED:
				return isPrivacyBlocked();
			case SegmentaPackage.CONTACT__NOTES:
				return getNotes();
			case SegmentaPackage.CONTACT__MAILING_GROUPS:
				return getMailingGroups();
			case SegmentaPackage.CONTACT__INDUSTRY_GROUPS:
				return getIndustryGroups();
			case SegmentaPackage.CONTACT__JOB_RESPONSIBILITIES:
				return getJobResponsibilities();
			case SegmentaPackage.CONTACT__PROFILE_ANSWERS:
				return getProfileAnswers();
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
			case SegmentaPackage.CONTACT__NO:
				setNo((String)newValue);
				return;
			case SegmentaPackage.CONTACT__TYPE:
				setType((ContactType)newValue);
				return;
			case SegmentaPackage.CONTACT__COMPANY_NO:
				setCompanyNo((String)newValue);
				return;
			case SegmentaPackage.CONTACT__NAME:
				setName((String)newValue);
				return;
			case SegmentaPackage.CONTACT__NAME2:
				setName2((String)newValue);
				return;
			case SegmentaPackage.CONTACT__FIRST_NAME:
				setFirstName((String)newValue);
				return;
			case SegmentaPackage.CONTACT__MIDDLE_NAME:
				setMiddleName((String)newValue);
				return;
			case SegmentaPackage.CONTACT__SURNAME:
				setSurname((String)newValue);
				return;
			case SegmentaPackage.CONTACT__INITIALS:
				setInitials((String)newValue);
				return;
			case SegmentaPackage.CONTACT__JOB_TITLE:
				setJobTitle((String)newValue);
				return;
			case SegmentaPackage.CONTACT__COMPANY_NAME:
				setCompanyName((String)newValue);
				return;
			case SegmentaPackage.CONTACT__SEARCH_NAME:
				setSearchName((String)newValue);
				return;
			case SegmentaPackage.CONTACT__ADDRESS:
				setAddress((String)newValue);
				return;
			case SegmentaPackage.CONTACT__ADDRESS2:
				setAddress2((String)newValue);
				return;
			case SegmentaPackage.CONTACT__POST_CODE:
				setPostCode((String)newValue);
				return;
			case SegmentaPackage.CONTACT__CITY:
				setCity((String)newValue);
				return;
			case SegmentaPackage.CONTACT__COUNTY:
				setCounty((String)newValue);
				return;
			case SegmentaPackage.CONTACT__COUNTRY_REGION_CODE:
				setCountryRegionCode((String)newValue);
				return;
			case SegmentaPackage.CONTACT__PHONE_NO:
				setPhoneNo((String)newValue);
				return;
			case SegmentaPackage.CONTACT__MOBILE_PHONE_NO:
				setMobilePhoneNo((String)newValue);
				return;
			case SegmentaPackage.CONTACT__FAX_NO:
				setFaxNo((String)newValue);
				return;
			case SegmentaPackage.CONTACT__EMAIL:
				setEmail((String)newValue);
				return;
			case SegmentaPackage.CONTACT__HOME_PAGE:
				setHomePage((String)newValue);
				return;
			case SegmentaPackage.CONTACT__LANGUAGE_CODE:
				setLanguageCode((String)newValue);
				return;
			case SegmentaPackage.CONTACT__SALUTATION_CODE:
				setSalutationCode((String)newValue);
				return;
			case SegmentaPackage.CONTACT__CORRESPONDENCE_TYPE:
				setCorrespondenceType((CorrespondenceType)newValue);
				return;
			case SegmentaPackage.CONTACT__SALESPERSON_CODE:
				setSalespersonCode((String)newValue);
				return;
			case SegmentaPackage.CONTACT__TERRITORY_CODE:
				setTerritoryCode((String)newValue);
				return;
			case SegmentaPackage.CONTACT__EXCLUDE_FROM_SEGMENT:
				setExcludeFromSegment((Boolean)newValue);
				return;
			case SegmentaPackage.CONTACT__PRIVACY_BLOCKED:
				setPrivacyBlocked((Boolean)newValue);
				return;
			case SegmentaPackage.CONTACT__NOTES:
				setNotes((String)newValue);
				return;
			case SegmentaPackage.CONTACT__MAILING_GROUPS:
				getMailingGroups().clear();
				getMailingGroups().addAll((Collection<? extends ContactMailingGroup>)newValue);
				return;
			case SegmentaPackage.CONTACT__INDUSTRY_GROUPS:
				getIndustryGroups().clear();
				getIndustryGroups().addAll((Collection<? extends ContactIndustryGroup>)newValue);
				return;
			case SegmentaPackage.CONTACT__JOB_RESPONSIBILITIES:
				getJobResponsibilities().clear();
				getJobResponsibilities().addAll((Collection<? extends ContactJobResponsibility>)newValue);
				return;
			case SegmentaPackage.CONTACT__PROFILE_ANSWERS:
				getProfileAnswers().clear();
				getProfileAnswers().addAll((Collection<? extends ContactProfileAnswer>)newValue);
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
			case SegmentaPackage.CONTACT__NO:
				setNo(NO_EDEFAULT);
				return;
			case SegmentaPackage.CONTACT__TYPE:
				setType(TYPE_EDEFAULT);
				return;
			case SegmentaPackage.CONTACT__COMPANY_NO:
				setCompanyNo(COMPANY_NO_EDEFAULT);
				return;
			case SegmentaPackage.CONTACT__NAME:
				setName(NAME_EDEFAULT);
				return;
			case SegmentaPackage.CONTACT__NAME2:
				setName2(NAME2_EDEFAULT);
				return;
			case SegmentaPackage.CONTACT__FIRST_NAME:
				setFirstName(FIRST_NAME_EDEFAULT);
				return;
			case SegmentaPackage.CONTACT__MIDDLE_NAME:
				setMiddleName(MIDDLE_NAME_EDEFAULT);
				return;
			case SegmentaPackage.CONTACT__SURNAME:
				setSurname(SURNAME_EDEFAULT);
				return;
			case SegmentaPackage.CONTACT__INITIALS:
				setInitials(INITIALS_EDEFAULT);
				return;
			case SegmentaPackage.CONTACT__JOB_TITLE:
				setJobTitle(JOB_TITLE_EDEFAULT);
				return;
			case SegmentaPackage.CONTACT__COMPANY_NAME:
				setCompanyName(COMPANY_NAME_EDEFAULT);
				return;
			case SegmentaPackage.CONTACT__SEARCH_NAME:
				setSearchName(SEARCH_NAME_EDEFAULT);
				return;
			case SegmentaPackage.CONTACT__ADDRESS:
				setAddress(ADDRESS_EDEFAULT);
				return;
			case SegmentaPackage.CONTACT__ADDRESS2:
				setAddress2(ADDRESS2_EDEFAULT);
				return;
			case SegmentaPackage.CONTACT__POST_CODE:
				setPostCode(POST_CODE_EDEFAULT);
				return;
			case SegmentaPackage.CONTACT__CITY:
				setCity(CITY_EDEFAULT);
				return;
			case SegmentaPackage.CONTACT__COUNTY:
				setCounty(COUNTY_EDEFAULT);
				return;
			case SegmentaPackage.CONTACT__COUNTRY_REGION_CODE:
				setCountryRegionCode(COUNTRY_REGION_CODE_EDEFAULT);
				return;
			case SegmentaPackage.CONTACT__PHONE_NO:
				setPhoneNo(PHONE_NO_EDEFAULT);
				return;
			case SegmentaPackage.CONTACT__MOBILE_PHONE_NO:
				setMobilePhoneNo(MOBILE_PHONE_NO_EDEFAULT);
				return;
			case SegmentaPackage.CONTACT__FAX_NO:
				setFaxNo(FAX_NO_EDEFAULT);
				return;
			case SegmentaPackage.CONTACT__EMAIL:
				setEmail(EMAIL_EDEFAULT);
				return;
			case SegmentaPackage.CONTACT__HOME_PAGE:
				setHomePage(HOME_PAGE_EDEFAULT);
				return;
			case SegmentaPackage.CONTACT__LANGUAGE_CODE:
				setLanguageCode(LANGUAGE_CODE_EDEFAULT);
				return;
			case SegmentaPackage.CONTACT__SALUTATION_CODE:
				setSalutationCode(SALUTATION_CODE_EDEFAULT);
				return;
			case SegmentaPackage.CONTACT__CORRESPONDENCE_TYPE:
				setCorrespondenceType(CORRESPONDENCE_TYPE_EDEFAULT);
				return;
			case SegmentaPackage.CONTACT__SALESPERSON_CODE:
				setSalespersonCode(SALESPERSON_CODE_EDEFAULT);
				return;
			case SegmentaPackage.CONTACT__TERRITORY_CODE:
				setTerritoryCode(TERRITORY_CODE_EDEFAULT);
				return;
			case SegmentaPackage.CONTACT__EXCLUDE_FROM_SEGMENT:
				setExcludeFromSegment(EXCLUDE_FROM_SEGMENT_EDEFAULT);
				return;
			case SegmentaPackage.CONTACT__PRIVACY_BLOCKED:
				setPrivacyBlocked(PRIVACY_BLOCKED_EDEFAULT);
				return;
			case SegmentaPackage.CONTACT__NOTES:
				setNotes(NOTES_EDEFAULT);
				return;
			case SegmentaPackage.CONTACT__MAILING_GROUPS:
				getMailingGroups().clear();
				return;
			case SegmentaPackage.CONTACT__INDUSTRY_GROUPS:
				getIndustryGroups().clear();
				return;
			case SegmentaPackage.CONTACT__JOB_RESPONSIBILITIES:
				getJobResponsibilities().clear();
				return;
			case SegmentaPackage.CONTACT__PROFILE_ANSWERS:
				getProfileAnswers().clear();
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
			case SegmentaPackage.CONTACT__NO:
				return NO_EDEFAULT == null ? no != null : !NO_EDEFAULT.equals(no);
			case SegmentaPackage.CONTACT__TYPE:
				return type != TYPE_EDEFAULT;
			case SegmentaPackage.CONTACT__COMPANY_NO:
				return COMPANY_NO_EDEFAULT == null ? companyNo != null : !COMPANY_NO_EDEFAULT.equals(companyNo);
			case SegmentaPackage.CONTACT__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case SegmentaPackage.CONTACT__NAME2:
				return NAME2_EDEFAULT == null ? name2 != null : !NAME2_EDEFAULT.equals(name2);
			case SegmentaPackage.CONTACT__FIRST_NAME:
				return FIRST_NAME_EDEFAULT == null ? firstName != null : !FIRST_NAME_EDEFAULT.equals(firstName);
			case SegmentaPackage.CONTACT__MIDDLE_NAME:
				return MIDDLE_NAME_EDEFAULT == null ? middleName != null : !MIDDLE_NAME_EDEFAULT.equals(middleName);
			case SegmentaPackage.CONTACT__SURNAME:
				return SURNAME_EDEFAULT == null ? surname != null : !SURNAME_EDEFAULT.equals(surname);
			case SegmentaPackage.CONTACT__INITIALS:
				return INITIALS_EDEFAULT == null ? initials != null : !INITIALS_EDEFAULT.equals(initials);
			case SegmentaPackage.CONTACT__JOB_TITLE:
				return JOB_TITLE_EDEFAULT == null ? jobTitle != null : !JOB_TITLE_EDEFAULT.equals(jobTitle);
			case SegmentaPackage.CONTACT__COMPANY_NAME:
				return COMPANY_NAME_EDEFAULT == null ? companyName != null : !COMPANY_NAME_EDEFAULT.equals(companyName);
			case SegmentaPackage.CONTACT__SEARCH_NAME:
				return SEARCH_NAME_EDEFAULT == null ? searchName != null : !SEARCH_NAME_EDEFAULT.equals(searchName);
			case SegmentaPackage.CONTACT__ADDRESS:
				return ADDRESS_EDEFAULT == null ? address != null : !ADDRESS_EDEFAULT.equals(address);
			case SegmentaPackage.CONTACT__ADDRESS2:
				return ADDRESS2_EDEFAULT == null ? address2 != null : !ADDRESS2_EDEFAULT.equals(address2);
			case SegmentaPackage.CONTACT__POST_CODE:
				return POST_CODE_EDEFAULT == null ? postCode != null : !POST_CODE_EDEFAULT.equals(postCode);
			case SegmentaPackage.CONTACT__CITY:
				return CITY_EDEFAULT == null ? city != null : !CITY_EDEFAULT.equals(city);
			case SegmentaPackage.CONTACT__COUNTY:
				return COUNTY_EDEFAULT == null ? county != null : !COUNTY_EDEFAULT.equals(county);
			case SegmentaPackage.CONTACT__COUNTRY_REGION_CODE:
				return COUNTRY_REGION_CODE_EDEFAULT == null ? countryRegionCode != null : !COUNTRY_REGION_CODE_EDEFAULT.equals(countryRegionCode);
			case SegmentaPackage.CONTACT__PHONE_NO:
				return PHONE_NO_EDEFAULT == null ? phoneNo != null : !PHONE_NO_EDEFAULT.equals(phoneNo);
			case SegmentaPackage.CONTACT__MOBILE_PHONE_NO:
				return MOBILE_PHONE_NO_EDEFAULT == null ? mobilePhoneNo != null : !MOBILE_PHONE_NO_EDEFAULT.equals(mobilePhoneNo);
			case SegmentaPackage.CONTACT__FAX_NO:
				return FAX_NO_EDEFAULT == null ? faxNo != null : !FAX_NO_EDEFAULT.equals(faxNo);
			case SegmentaPackage.CONTACT__EMAIL:
				return EMAIL_EDEFAULT == null ? email != null : !EMAIL_EDEFAULT.equals(email);
			case SegmentaPackage.CONTACT__HOME_PAGE:
				return HOME_PAGE_EDEFAULT == null ? homePage != null : !HOME_PAGE_EDEFAULT.equals(homePage);
			case SegmentaPackage.CONTACT__LANGUAGE_CODE:
				return LANGUAGE_CODE_EDEFAULT == null ? languageCode != null : !LANGUAGE_CODE_EDEFAULT.equals(languageCode);
			case SegmentaPackage.CONTACT__SALUTATION_CODE:
				return SALUTATION_CODE_EDEFAULT == null ? salutationCode != null : !SALUTATION_CODE_EDEFAULT.equals(salutationCode);
			case SegmentaPackage.CONTACT__CORRESPONDENCE_TYPE:
				return correspondenceType != CORRESPONDENCE_TYPE_EDEFAULT;
			case SegmentaPackage.CONTACT__SALESPERSON_CODE:
				return SALESPERSON_CODE_EDEFAULT == null ? salespersonCode != null : !SALESPERSON_CODE_EDEFAULT.equals(salespersonCode);
			case SegmentaPackage.CONTACT__TERRITORY_CODE:
				return TERRITORY_CODE_EDEFAULT == null ? territoryCode != null : !TERRITORY_CODE_EDEFAULT.equals(territoryCode);
			case SegmentaPackage.CONTACT__EXCLUDE_FROM_SEGMENT:
				return excludeFromSegment != EXCLUDE_FROM_SEGMENT_EDEFAULT;
			case SegmentaPackage.CONTACT__PRIVACY_BLOCKED:
				return privacyBlocked != PRIVACY_BLOCKED_EDEFAULT;
			case SegmentaPackage.CONTACT__NOTES:
				return NOTES_EDEFAULT == null ? notes != null : !NOTES_EDEFAULT.equals(notes);
			case SegmentaPackage.CONTACT__MAILING_GROUPS:
				return mailingGroups != null && !mailingGroups.isEmpty();
			case SegmentaPackage.CONTACT__INDUSTRY_GROUPS:
				return industryGroups != null && !industryGroups.isEmpty();
			case SegmentaPackage.CONTACT__JOB_RESPONSIBILITIES:
				return jobResponsibilities != null && !jobResponsibilities.isEmpty();
			case SegmentaPackage.CONTACT__PROFILE_ANSWERS:
				return profileAnswers != null && !profileAnswers.isEmpty();
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
		result.append(" (no: ");
		result.append(no);
		result.append(", type: ");
		result.append(type);
		result.append(", companyNo: ");
		result.append(companyNo);
		result.append(", name: ");
		result.append(name);
		result.append(", name2: ");
		result.append(name2);
		result.append(", firstName: ");
		result.append(firstName);
		result.append(", middleName: ");
		result.append(middleName);
		result.append(", surname: ");
		result.append(surname);
		result.append(", initials: ");
		result.append(initials);
		result.append(", jobTitle: ");
		result.append(jobTitle);
		result.append(", companyName: ");
		result.append(companyName);
		result.append(", searchName: ");
		result.append(searchName);
		result.append(", address: ");
		result.append(address);
		result.append(", address2: ");
		result.append(address2);
		result.append(", postCode: ");
		result.append(postCode);
		result.append(", city: ");
		result.append(city);
		result.append(", county: ");
		result.append(county);
		result.append(", countryRegionCode: ");
		result.append(countryRegionCode);
		result.append(", phoneNo: ");
		result.append(phoneNo);
		result.append(", mobilePhoneNo: ");
		result.append(mobilePhoneNo);
		result.append(", faxNo: ");
		result.append(faxNo);
		result.append(", email: ");
		result.append(email);
		result.append(", homePage: ");
		result.append(homePage);
		result.append(", languageCode: ");
		result.append(languageCode);
		result.append(", salutationCode: ");
		result.append(salutationCode);
		result.append(", correspondenceType: ");
		result.append(correspondenceType);
		result.append(", salespersonCode: ");
		result.append(salespersonCode);
		result.append(", territoryCode: ");
		result.append(territoryCode);
		result.append(", excludeFromSegment: ");
		result.append(excludeFromSegment);
		result.append(", privacyBlocked: ");
		result.append(privacyBlocked);
		result.append(", notes: ");
		result.append(notes);
		result.append(')');
		return result.toString();
	}

} //ContactImpl
