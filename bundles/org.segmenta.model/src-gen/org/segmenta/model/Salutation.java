/**
 */
package org.segmenta.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Salutation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A greeting scheme, for example MR or MRS, with one formula per language and type. Source: NAV tables 5068/5069.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.model.Salutation#getCode <em>Code</em>}</li>
 *   <li>{@link org.segmenta.model.Salutation#getDescription <em>Description</em>}</li>
 *   <li>{@link org.segmenta.model.Salutation#getFormulas <em>Formulas</em>}</li>
 * </ul>
 *
 * @see org.segmenta.model.SegmentaPackage#getSalutation()
 * @model
 * @generated
 */
public interface Salutation extends EObject {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unique code.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.segmenta.model.SegmentaPackage#getSalutation_Code()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Salutation#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Description.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.segmenta.model.SegmentaPackage#getSalutation_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Salutation#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Formulas</b></em>' containment reference list.
	 * The list contents are of type {@link org.segmenta.model.SalutationFormula}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The formulas per language and type.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Formulas</em>' containment reference list.
	 * @see org.segmenta.model.SegmentaPackage#getSalutation_Formulas()
	 * @model containment="true"
	 * @generated
	 */
	EList<SalutationFormula> getFormulas();

} // Salutation
