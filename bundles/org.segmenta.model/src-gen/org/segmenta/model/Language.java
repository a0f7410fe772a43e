/**
 */
package org.segmenta.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Language</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A language contacts and templates use. Source: NAV table 8.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.model.Language#getCode <em>Code</em>}</li>
 *   <li>{@link org.segmenta.model.Language#getName <em>Name</em>}</li>
 *   <li>{@link org.segmenta.model.Language#getWindowsLanguageId <em>Windows Language Id</em>}</li>
 * </ul>
 *
 * @see org.segmenta.model.SegmentaPackage#getLanguage()
 * @model
 * @generated
 */
public interface Language extends EObject {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unique code, for example ENU, DAN, NLD.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.segmenta.model.SegmentaPackage#getLanguage_Code()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Language#getCode <em>Code</em>}' attribute.
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
	 * Name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.segmenta.model.SegmentaPackage#getLanguage_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Language#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Windows Language Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Windows language id (LCID), for example 1033; used by Word fields such as GREETINGLINE \l.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Windows Language Id</em>' attribute.
	 * @see #setWindowsLanguageId(int)
	 * @see org.segmenta.model.SegmentaPackage#getLanguage_WindowsLanguageId()
	 * @model
	 * @generated
	 */
	int getWindowsLanguageId();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Language#getWindowsLanguageId <em>Windows Language Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Windows Language Id</em>' attribute.
	 * @see #getWindowsLanguageId()
	 * @generated
	 */
	void setWindowsLanguageId(int value);

} // Language
