/**
 */
package org.segmenta.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Profile Question</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A question of a questionnaire with its possible answers. Source: NAV table 5088 (Type = Question).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.model.ProfileQuestion#getLineNo <em>Line No</em>}</li>
 *   <li>{@link org.segmenta.model.ProfileQuestion#getDescription <em>Description</em>}</li>
 *   <li>{@link org.segmenta.model.ProfileQuestion#getAnswers <em>Answers</em>}</li>
 * </ul>
 *
 * @see org.segmenta.model.SegmentaPackage#getProfileQuestion()
 * @model
 * @generated
 */
public interface ProfileQuestion extends EObject {
	/**
	 * Returns the value of the '<em><b>Line No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Line No.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Line No</em>' attribute.
	 * @see #setLineNo(int)
	 * @see org.segmenta.model.SegmentaPackage#getProfileQuestion_LineNo()
	 * @model required="true"
	 * @generated
	 */
	int getLineNo();

	/**
	 * Sets the value of the '{@link org.segmenta.model.ProfileQuestion#getLineNo <em>Line No</em>}' attribute.
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
	 * The question.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.segmenta.model.SegmentaPackage#getProfileQuestion_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.segmenta.model.ProfileQuestion#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Answers</b></em>' containment reference list.
	 * The list contents are of type {@link org.segmenta.model.ProfileAnswer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The possible answers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Answers</em>' containment reference list.
	 * @see org.segmenta.model.SegmentaPackage#getProfileQuestion_Answers()
	 * @model containment="true"
	 * @generated
	 */
	EList<ProfileAnswer> getAnswers();

} // ProfileQuestion
