/**
 */
package org.segmenta.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Profile Answer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A possible answer to a profile question. Source: NAV table 5088 (Type = Answer).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.model.ProfileAnswer#getLineNo <em>Line No</em>}</li>
 *   <li>{@link org.segmenta.model.ProfileAnswer#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @see org.segmenta.model.SegmentaPackage#getProfileAnswer()
 * @model
 * @generated
 */
public interface ProfileAnswer extends EObject {
	/**
	 * Returns the value of the '<em><b>Line No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Line No., unique within the questionnaire.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Line No</em>' attribute.
	 * @see #setLineNo(int)
	 * @see org.segmenta.model.SegmentaPackage#getProfileAnswer_LineNo()
	 * @model required="true"
	 * @generated
	 */
	int getLineNo();

	/**
	 * Sets the value of the '{@link org.segmenta.model.ProfileAnswer#getLineNo <em>Line No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Line No</em>' attribute.
	 * @see #getLineNo()
	 * @generated
	 */
	void setLineNo(int value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The answer.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.segmenta.model.SegmentaPackage#getProfileAnswer_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.segmenta.model.ProfileAnswer#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

} // ProfileAnswer
