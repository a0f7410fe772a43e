/**
 */
package org.segmenta.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Profile Questionnaire</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A questionnaire whose answers profile contacts. Source: NAV table 5087.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.model.ProfileQuestionnaire#getCode <em>Code</em>}</li>
 *   <li>{@link org.segmenta.model.ProfileQuestionnaire#getDescription <em>Description</em>}</li>
 *   <li>{@link org.segmenta.model.ProfileQuestionnaire#getQuestions <em>Questions</em>}</li>
 * </ul>
 *
 * @see org.segmenta.model.SegmentaPackage#getProfileQuestionnaire()
 * @model
 * @generated
 */
public interface ProfileQuestionnaire extends EObject {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unique code.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.segmenta.model.SegmentaPackage#getProfileQuestionnaire_Code()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.segmenta.model.ProfileQuestionnaire#getCode <em>Code</em>}' attribute.
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
	 * @see org.segmenta.model.SegmentaPackage#getProfileQuestionnaire_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.segmenta.model.ProfileQuestionnaire#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Questions</b></em>' containment reference list.
	 * The list contents are of type {@link org.segmenta.model.ProfileQuestion}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The questions.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Questions</em>' containment reference list.
	 * @see org.segmenta.model.SegmentaPackage#getProfileQuestionnaire_Questions()
	 * @model containment="true"
	 * @generated
	 */
	EList<ProfileQuestion> getQuestions();

} // ProfileQuestionnaire
