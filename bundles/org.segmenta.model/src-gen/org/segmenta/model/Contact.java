/**
 */
package org.segmenta.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Contact</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A company or a person the business has relations with. Persons may belong to a company (companyNo). Source: NAV table 5050 Contact.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.model.Contact#getNo <em>No</em>}</li>
 *   <li>{@link org.segmenta.model.Contact#getType <em>Type</em>}</li>
 *   <li>{@link org.segmenta.model.Contact#getCompanyNo <em>Company No</em>}</li>
 *   <li>{@link org.segmenta.model.Contact#getName <em>Name</em>}</li>
 *   <li>{@link org.segmenta.model.Contact#getName2 <em>Name2</em>}</li>
 *   <li>{@link org.segmenta.model.Contact#getFirstName <em>First Name</em>}</li>
 *   <li>{@link org.segmenta.model.Contact#getMiddleName <em>Middle Name</em>}</li>
 *   <li>{@link org.segmenta.model.Contact#getSurname <em>Surname</em>}</li>
 *   <li>{@link org.segmenta.model.Contact#getInitials <em>Initials</em>}</li>
 *   <li>{@link org.segmenta.model.Contact#getJobTitle <em>Job Title</em>}</li>
 *   <li>{@link org.segmenta.model.Contact#getCompanyName <em>Company Name</em>}</li>
 *   <li>{@link org.segmenta.model.Contact#getSearchName <em>Search Name</em>}</li>
 *   <li>{@link org.segmenta.model.Contact#getAddress <em>Address</em>}</li>
 *   <li>{@link org.segmenta.model.Contact#getAddress2 <em>Address2</em>}</li>
 *   <li>{@link org.segmenta.model.Contact#getPostCode <em>Post Code</em>}</li>
 *   <li>{@link org.segmenta.model.Contact#getCity <em>City</em>}</li>
 *   <li>{@link org.segmenta.model.Contact#getCounty <em>County</em>}</li>
 *   <li>{@link org.segmenta.model.Contact#getCountryRegionCode <em>Country Region Code</em>}</li>
 *   <li>{@link org.segmenta.model.Contact#getPhoneNo <em>Phone No</em>}</li>
 *   <li>{@link org.segmenta.model.Contact#getMobilePhoneNo <em>Mobile Phone No</em>}</li>
 *   <li>{@link org.segmenta.model.Contact#getFaxNo <em>Fax No</em>}</li>
 *   <li>{@link org.segmenta.model.Contact#getEmail <em>Email</em>}</li>
 *   <li>{@link org.segmenta.model.Contact#getHomePage <em>Home Page</em>}</li>
 *   <li>{@link org.segmenta.model.Contact#getLanguageCode <em>Language Code</em>}</li>
 *   <li>{@link org.segmenta.model.Contact#getSalutationCode <em>Salutation Code</em>}</li>
 *   <li>{@link org.segmenta.model.Contact#getCorrespondenceType <em>Correspondence Type</em>}</li>
 *   <li>{@link org.segmenta.model.Contact#getSalespersonCode <em>Salesperson Code</em>}</li>
 *   <li>{@link org.segmenta.model.Contact#getTerritoryCode <em>Territory Code</em>}</li>
 *   <li>{@link org.segmenta.model.Contact#isExcludeFromSegment <em>Exclude From Segment</em>}</li>
 *   <li>{@link org.segmenta.model.Contact#isPrivacyBlocked <em>Privacy Blocked</em>}</li>
 *   <li>{@link org.segmenta.model.Contact#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.segmenta.model.Contact#getMailingGroups <em>Mailing Groups</em>}</li>
 *   <li>{@link org.segmenta.model.Contact#getIndustryGroups <em>Industry Groups</em>}</li>
 *   <li>{@link org.segmenta.model.Contact#getJobResponsibilities <em>Job Responsibilities</em>}</li>
 *   <li>{@link org.segmenta.model.Contact#getProfileAnswers <em>Profile Answers</em>}</li>
 * </ul>
 *
 * @see org.segmenta.model.SegmentaPackage#getContact()
 * @model
 * @generated
 */
public interface Contact extends EObject {
	/**
	 * Returns the value of the '<em><b>No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unique contact number, for example CT000001.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>No</em>' attribute.
	 * @see #setNo(String)
	 * @see org.segmenta.model.SegmentaPackage#getContact_No()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getNo();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Contact#getNo <em>No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>No</em>' attribute.
	 * @see #getNo()
	 * @generated
	 */
	void setNo(String value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.segmenta.model.ContactType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Company or Person.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see org.segmenta.model.ContactType
	 * @see #setType(ContactType)
	 * @see org.segmenta.model.SegmentaPackage#getContact_Type()
	 * @model
	 * @generated
	 */
	ContactType getType();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Contact#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see org.segmenta.model.ContactType
	 * @see #getType()
	 * @generated
	 */
	void setType(ContactType value);

	/**
	 * Returns the value of the '<em><b>Company No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a person, the No. of the company contact the person works for; for a company, its own No.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Company No</em>' attribute.
	 * @see #setCompanyNo(String)
	 * @see org.segmenta.model.SegmentaPackage#getContact_CompanyNo()
	 * @model
	 * @generated
	 */
	String getCompanyNo();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Contact#getCompanyNo <em>Company No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Company No</em>' attribute.
	 * @see #getCompanyNo()
	 * @generated
	 */
	void setCompanyNo(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Full name: the company name, or the person's first, middle and surname.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.segmenta.model.SegmentaPackage#getContact_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Contact#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Name2</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Second name line.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name2</em>' attribute.
	 * @see #setName2(String)
	 * @see org.segmenta.model.SegmentaPackage#getContact_Name2()
	 * @model
	 * @generated
	 */
	String getName2();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Contact#getName2 <em>Name2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name2</em>' attribute.
	 * @see #getName2()
	 * @generated
	 */
	void setName2(String value);

	/**
	 * Returns the value of the '<em><b>First Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A person's first name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>First Name</em>' attribute.
	 * @see #setFirstName(String)
	 * @see org.segmenta.model.SegmentaPackage#getContact_FirstName()
	 * @model
	 * @generated
	 */
	String getFirstName();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Contact#getFirstName <em>First Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>First Name</em>' attribute.
	 * @see #getFirstName()
	 * @generated
	 */
	void setFirstName(String value);

	/**
	 * Returns the value of the '<em><b>Middle Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A person's middle name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Middle Name</em>' attribute.
	 * @see #setMiddleName(String)
	 * @see org.segmenta.model.SegmentaPackage#getContact_MiddleName()
	 * @model
	 * @generated
	 */
	String getMiddleName();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Contact#getMiddleName <em>Middle Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Middle Name</em>' attribute.
	 * @see #getMiddleName()
	 * @generated
	 */
	void setMiddleName(String value);

	/**
	 * Returns the value of the '<em><b>Surname</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A person's surname.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Surname</em>' attribute.
	 * @see #setSurname(String)
	 * @see org.segmenta.model.SegmentaPackage#getContact_Surname()
	 * @model
	 * @generated
	 */
	String getSurname();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Contact#getSurname <em>Surname</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Surname</em>' attribute.
	 * @see #getSurname()
	 * @generated
	 */
	void setSurname(String value);

	/**
	 * Returns the value of the '<em><b>Initials</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A person's initials.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Initials</em>' attribute.
	 * @see #setInitials(String)
	 * @see org.segmenta.model.SegmentaPackage#getContact_Initials()
	 * @model
	 * @generated
	 */
	String getInitials();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Contact#getInitials <em>Initials</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Initials</em>' attribute.
	 * @see #getInitials()
	 * @generated
	 */
	void setInitials(String value);

	/**
	 * Returns the value of the '<em><b>Job Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A person's job title.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Job Title</em>' attribute.
	 * @see #setJobTitle(String)
	 * @see org.segmenta.model.SegmentaPackage#getContact_JobTitle()
	 * @model
	 * @generated
	 */
	String getJobTitle();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Contact#getJobTitle <em>Job Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Job Title</em>' attribute.
	 * @see #getJobTitle()
	 * @generated
	 */
	void setJobTitle(String value);

	/**
	 * Returns the value of the '<em><b>Company Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name of the contact's company (the company's own name for a company).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Company Name</em>' attribute.
	 * @see #setCompanyName(String)
	 * @see org.segmenta.model.SegmentaPackage#getContact_CompanyName()
	 * @model
	 * @generated
	 */
	String getCompanyName();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Contact#getCompanyName <em>Company Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Company Name</em>' attribute.
	 * @see #getCompanyName()
	 * @generated
	 */
	void setCompanyName(String value);

	/**
	 * Returns the value of the '<em><b>Search Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Upper-case name used for searching and sorting.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Search Name</em>' attribute.
	 * @see #setSearchName(String)
	 * @see org.segmenta.model.SegmentaPackage#getContact_SearchName()
	 * @model
	 * @generated
	 */
	String getSearchName();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Contact#getSearchName <em>Search Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Search Name</em>' attribute.
	 * @see #getSearchName()
	 * @generated
	 */
	void setSearchName(String value);

	/**
	 * Returns the value of the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * First address line.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Address</em>' attribute.
	 * @see #setAddress(String)
	 * @see org.segmenta.model.SegmentaPackage#getContact_Address()
	 * @model
	 * @generated
	 */
	String getAddress();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Contact#getAddress <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address</em>' attribute.
	 * @see #getAddress()
	 * @generated
	 */
	void setAddress(String value);

	/**
	 * Returns the value of the '<em><b>Address2</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Second address line.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Address2</em>' attribute.
	 * @see #setAddress2(String)
	 * @see org.segmenta.model.SegmentaPackage#getContact_Address2()
	 * @model
	 * @generated
	 */
	String getAddress2();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Contact#getAddress2 <em>Address2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address2</em>' attribute.
	 * @see #getAddress2()
	 * @generated
	 */
	void setAddress2(String value);

	/**
	 * Returns the value of the '<em><b>Post Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Post code.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Post Code</em>' attribute.
	 * @see #setPostCode(String)
	 * @see org.segmenta.model.SegmentaPackage#getContact_PostCode()
	 * @model
	 * @generated
	 */
	String getPostCode();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Contact#getPostCode <em>Post Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Post Code</em>' attribute.
	 * @see #getPostCode()
	 * @generated
	 */
	void setPostCode(String value);

	/**
	 * Returns the value of the '<em><b>City</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * City.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>City</em>' attribute.
	 * @see #setCity(String)
	 * @see org.segmenta.model.SegmentaPackage#getContact_City()
	 * @model
	 * @generated
	 */
	String getCity();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Contact#getCity <em>City</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>City</em>' attribute.
	 * @see #getCity()
	 * @generated
	 */
	void setCity(String value);

	/**
	 * Returns the value of the '<em><b>County</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * County, state or province.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>County</em>' attribute.
	 * @see #setCounty(String)
	 * @see org.segmenta.model.SegmentaPackage#getContact_County()
	 * @model
	 * @generated
	 */
	String getCounty();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Contact#getCounty <em>County</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>County</em>' attribute.
	 * @see #getCounty()
	 * @generated
	 */
	void setCounty(String value);

	/**
	 * Returns the value of the '<em><b>Country Region Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ISO country/region code, for example DK, NL, US.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Country Region Code</em>' attribute.
	 * @see #setCountryRegionCode(String)
	 * @see org.segmenta.model.SegmentaPackage#getContact_CountryRegionCode()
	 * @model
	 * @generated
	 */
	String getCountryRegionCode();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Contact#getCountryRegionCode <em>Country Region Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Country Region Code</em>' attribute.
	 * @see #getCountryRegionCode()
	 * @generated
	 */
	void setCountryRegionCode(String value);

	/**
	 * Returns the value of the '<em><b>Phone No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Phone number.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Phone No</em>' attribute.
	 * @see #setPhoneNo(String)
	 * @see org.segmenta.model.SegmentaPackage#getContact_PhoneNo()
	 * @model
	 * @generated
	 */
	String getPhoneNo();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Contact#getPhoneNo <em>Phone No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Phone No</em>' attribute.
	 * @see #getPhoneNo()
	 * @generated
	 */
	void setPhoneNo(String value);

	/**
	 * Returns the value of the '<em><b>Mobile Phone No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mobile phone number.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mobile Phone No</em>' attribute.
	 * @see #setMobilePhoneNo(String)
	 * @see org.segmenta.model.SegmentaPackage#getContact_MobilePhoneNo()
	 * @model
	 * @generated
	 */
	String getMobilePhoneNo();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Contact#getMobilePhoneNo <em>Mobile Phone No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mobile Phone No</em>' attribute.
	 * @see #getMobilePhoneNo()
	 * @generated
	 */
	void setMobilePhoneNo(String value);

	/**
	 * Returns the value of the '<em><b>Fax No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fax number.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fax No</em>' attribute.
	 * @see #setFaxNo(String)
	 * @see org.segmenta.model.SegmentaPackage#getContact_FaxNo()
	 * @model
	 * @generated
	 */
	String getFaxNo();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Contact#getFaxNo <em>Fax No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fax No</em>' attribute.
	 * @see #getFaxNo()
	 * @generated
	 */
	void setFaxNo(String value);

	/**
	 * Returns the value of the '<em><b>Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * E-mail address.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Email</em>' attribute.
	 * @see #setEmail(String)
	 * @see org.segmenta.model.SegmentaPackage#getContact_Email()
	 * @model
	 * @generated
	 */
	String getEmail();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Contact#getEmail <em>Email</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Email</em>' attribute.
	 * @see #getEmail()
	 * @generated
	 */
	void setEmail(String value);

	/**
	 * Returns the value of the '<em><b>Home Page</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Web site.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Home Page</em>' attribute.
	 * @see #setHomePage(String)
	 * @see org.segmenta.model.SegmentaPackage#getContact_HomePage()
	 * @model
	 * @generated
	 */
	String getHomePage();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Contact#getHomePage <em>Home Page</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Home Page</em>' attribute.
	 * @see #getHomePage()
	 * @generated
	 */
	void setHomePage(String value);

	/**
	 * Returns the value of the '<em><b>Language Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The contact's language (Language code); chooses template languages and salutations.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Language Code</em>' attribute.
	 * @see #setLanguageCode(String)
	 * @see org.segmenta.model.SegmentaPackage#getContact_LanguageCode()
	 * @model
	 * @generated
	 */
	String getLanguageCode();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Contact#getLanguageCode <em>Language Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Language Code</em>' attribute.
	 * @see #getLanguageCode()
	 * @generated
	 */
	void setLanguageCode(String value);

	/**
	 * Returns the value of the '<em><b>Salutation Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Code of the Salutation whose formulas greet this contact.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Salutation Code</em>' attribute.
	 * @see #setSalutationCode(String)
	 * @see org.segmenta.model.SegmentaPackage#getContact_SalutationCode()
	 * @model
	 * @generated
	 */
	String getSalutationCode();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Contact#getSalutationCode <em>Salutation Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Salutation Code</em>' attribute.
	 * @see #getSalutationCode()
	 * @generated
	 */
	void setSalutationCode(String value);

	/**
	 * Returns the value of the '<em><b>Correspondence Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.segmenta.model.CorrespondenceType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The contact's preferred correspondence type.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Correspondence Type</em>' attribute.
	 * @see org.segmenta.model.CorrespondenceType
	 * @see #setCorrespondenceType(CorrespondenceType)
	 * @see org.segmenta.model.SegmentaPackage#getContact_CorrespondenceType()
	 * @model
	 * @generated
	 */
	CorrespondenceType getCorrespondenceType();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Contact#getCorrespondenceType <em>Correspondence Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Correspondence Type</em>' attribute.
	 * @see org.segmenta.model.CorrespondenceType
	 * @see #getCorrespondenceType()
	 * @generated
	 */
	void setCorrespondenceType(CorrespondenceType value);

	/**
	 * Returns the value of the '<em><b>Salesperson Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The salesperson responsible for the contact.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Salesperson Code</em>' attribute.
	 * @see #setSalespersonCode(String)
	 * @see org.segmenta.model.SegmentaPackage#getContact_SalespersonCode()
	 * @model
	 * @generated
	 */
	String getSalespersonCode();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Contact#getSalespersonCode <em>Salesperson Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Salesperson Code</em>' attribute.
	 * @see #getSalespersonCode()
	 * @generated
	 */
	void setSalespersonCode(String value);

	/**
	 * Returns the value of the '<em><b>Territory Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sales territory.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Territory Code</em>' attribute.
	 * @see #setTerritoryCode(String)
	 * @see org.segmenta.model.SegmentaPackage#getContact_TerritoryCode()
	 * @model
	 * @generated
	 */
	String getTerritoryCode();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Contact#getTerritoryCode <em>Territory Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Territory Code</em>' attribute.
	 * @see #getTerritoryCode()
	 * @generated
	 */
	void setTerritoryCode(String value);

	/**
	 * Returns the value of the '<em><b>Exclude From Segment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When set, Add Contacts skips the contact unless Ignore Exclusion is chosen.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Exclude From Segment</em>' attribute.
	 * @see #setExcludeFromSegment(boolean)
	 * @see org.segmenta.model.SegmentaPackage#getContact_ExcludeFromSegment()
	 * @model
	 * @generated
	 */
	boolean isExcludeFromSegment();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Contact#isExcludeFromSegment <em>Exclude From Segment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Exclude From Segment</em>' attribute.
	 * @see #isExcludeFromSegment()
	 * @generated
	 */
	void setExcludeFromSegment(boolean value);

	/**
	 * Returns the value of the '<em><b>Privacy Blocked</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When set, no interaction may be created for the contact, and segment steps skip it unless Ignore Exclusion is chosen.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Privacy Blocked</em>' attribute.
	 * @see #setPrivacyBlocked(boolean)
	 * @see org.segmenta.model.SegmentaPackage#getContact_PrivacyBlocked()
	 * @model
	 * @generated
	 */
	boolean isPrivacyBlocked();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Contact#isPrivacyBlocked <em>Privacy Blocked</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Privacy Blocked</em>' attribute.
	 * @see #isPrivacyBlocked()
	 * @generated
	 */
	void setPrivacyBlocked(boolean value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Free-text notes on the contact, several lines; an import keeps a vCard NOTE or a CSV Notes column here.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see org.segmenta.model.SegmentaPackage#getContact_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Contact#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

	/**
	 * Returns the value of the '<em><b>Mailing Groups</b></em>' containment reference list.
	 * The list contents are of type {@link org.segmenta.model.ContactMailingGroup}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The mailing groups the contact belongs to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mailing Groups</em>' containment reference list.
	 * @see org.segmenta.model.SegmentaPackage#getContact_MailingGroups()
	 * @model containment="true"
	 * @generated
	 */
	EList<ContactMailingGroup> getMailingGroups();

	/**
	 * Returns the value of the '<em><b>Industry Groups</b></em>' containment reference list.
	 * The list contents are of type {@link org.segmenta.model.ContactIndustryGroup}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Industry groups; for persons, criteria evaluate those of their company.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Industry Groups</em>' containment reference list.
	 * @see org.segmenta.model.SegmentaPackage#getContact_IndustryGroups()
	 * @model containment="true"
	 * @generated
	 */
	EList<ContactIndustryGroup> getIndustryGroups();

	/**
	 * Returns the value of the '<em><b>Job Responsibilities</b></em>' containment reference list.
	 * The list contents are of type {@link org.segmenta.model.ContactJobResponsibility}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A person's job responsibilities.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Job Responsibilities</em>' containment reference list.
	 * @see org.segmenta.model.SegmentaPackage#getContact_JobResponsibilities()
	 * @model containment="true"
	 * @generated
	 */
	EList<ContactJobResponsibility> getJobResponsibilities();

	/**
	 * Returns the value of the '<em><b>Profile Answers</b></em>' containment reference list.
	 * The list contents are of type {@link org.segmenta.model.ContactProfileAnswer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The contact's answers to profile questions.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Profile Answers</em>' containment reference list.
	 * @see org.segmenta.model.SegmentaPackage#getContact_ProfileAnswers()
	 * @model containment="true"
	 * @generated
	 */
	EList<ContactProfileAnswer> getProfileAnswers();

} // Contact
