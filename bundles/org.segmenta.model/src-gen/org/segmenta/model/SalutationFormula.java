/**
 */
package org.segmenta.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Salutation Formula</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How to greet in one language, formally or informally. The text may use {FirstName}, {MiddleName}, {Surname}, {Initials}, {JobTitle} and {CompanyName}, for example 'Dear Mr. {Surname},'.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.model.SalutationFormula#getLanguageCode <em>Language Code</em>}</li>
 *   <li>{@link org.segmenta.model.SalutationFormula#getSalutationType <em>Salutation Type</em>}</li>
 *   <li>{@link org.segmenta.model.SalutationFormula#getText <em>Text</em>}</li>
 * </ul>
 *
 * @see org.segmenta.model.SegmentaPackage#getSalutationFormula()
 * @model
 * @generated
 */
public interface SalutationFormula extends EObject {
	/**
	 * Returns the value of the '<em><b>Language Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The language; empty for the default.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Language Code</em>' attribute.
	 * @see #setLanguageCode(String)
	 * @see org.segmenta.model.SegmentaPackage#getSalutationFormula_LanguageCode()
	 * @model
	 * @generated
	 */
	String getLanguageCode();

	/**
	 * Sets the value of the '{@link org.segmenta.model.SalutationFormula#getLanguageCode <em>Language Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Language Code</em>' attribute.
	 * @see #getLanguageCode()
	 * @generated
	 */
	void setLanguageCode(String value);

	/**
	 * Returns the value of the '<em><b>Salutation Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.segmenta.model.SalutationType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Formal or informal.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Salutation Type</em>' attribute.
	 * @see org.segmenta.model.SalutationType
	 * @see #setSalutationType(SalutationType)
	 * @see org.segmenta.model.SegmentaPackage#getSalutationFormula_SalutationType()
	 * @model
	 * @generated
	 */
	SalutationType getSalutationType();

	/**
	 * Sets the value of the '{@link org.segmenta.model.SalutationFormula#getSalutationType <em>Salutation Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Salutation Type</em>' attribute.
	 * @see org.segmenta.model.SalutationType
	 * @see #getSalutationType()
	 * @generated
	 */
	void setSalutationType(SalutationType value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The greeting with its placeholders.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.segmenta.model.SegmentaPackage#getSalutationFormula_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.segmenta.model.SalutationFormula#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

} // SalutationFormula
