/**
 */
package org.segmenta.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Salesperson</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A salesperson or purchaser who owns contacts and interactions. Source: NAV table 13.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.model.Salesperson#getCode <em>Code</em>}</li>
 *   <li>{@link org.segmenta.model.Salesperson#getName <em>Name</em>}</li>
 *   <li>{@link org.segmenta.model.Salesperson#getJobTitle <em>Job Title</em>}</li>
 *   <li>{@link org.segmenta.model.Salesperson#getEmail <em>Email</em>}</li>
 *   <li>{@link org.segmenta.model.Salesperson#getPhoneNo <em>Phone No</em>}</li>
 *   <li>{@link org.segmenta.model.Salesperson#isBlocked <em>Blocked</em>}</li>
 * </ul>
 *
 * @see org.segmenta.model.SegmentaPackage#getSalesperson()
 * @model
 * @generated
 */
public interface Salesperson extends EObject {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unique code.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.segmenta.model.SegmentaPackage#getSalesperson_Code()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Salesperson#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Full name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.segmenta.model.SegmentaPackage#getSalesperson_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Salesperson#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Job Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Job title.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Job Title</em>' attribute.
	 * @see #setJobTitle(String)
	 * @see org.segmenta.model.SegmentaPackage#getSalesperson_JobTitle()
	 * @model
	 * @generated
	 */
	String getJobTitle();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Salesperson#getJobTitle <em>Job Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Job Title</em>' attribute.
	 * @see #getJobTitle()
	 * @generated
	 */
	void setJobTitle(String value);

	/**
	 * Returns the value of the '<em><b>Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * E-mail address.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Email</em>' attribute.
	 * @see #setEmail(String)
	 * @see org.segmenta.model.SegmentaPackage#getSalesperson_Email()
	 * @model
	 * @generated
	 */
	String getEmail();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Salesperson#getEmail <em>Email</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Email</em>' attribute.
	 * @see #getEmail()
	 * @generated
	 */
	void setEmail(String value);

	/**
	 * Returns the value of the '<em><b>Phone No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Phone number.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Phone No</em>' attribute.
	 * @see #setPhoneNo(String)
	 * @see org.segmenta.model.SegmentaPackage#getSalesperson_PhoneNo()
	 * @model
	 * @generated
	 */
	String getPhoneNo();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Salesperson#getPhoneNo <em>Phone No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Phone No</em>' attribute.
	 * @see #getPhoneNo()
	 * @generated
	 */
	void setPhoneNo(String value);

	/**
	 * Returns the value of the '<em><b>Blocked</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A blocked salesperson cannot be chosen for new interactions.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Blocked</em>' attribute.
	 * @see #setBlocked(boolean)
	 * @see org.segmenta.model.SegmentaPackage#getSalesperson_Blocked()
	 * @model
	 * @generated
	 */
	boolean isBlocked();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Salesperson#isBlocked <em>Blocked</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Blocked</em>' attribute.
	 * @see #isBlocked()
	 * @generated
	 */
	void setBlocked(boolean value);

} // Salesperson
