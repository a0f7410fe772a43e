/**
 */
package org.segmenta.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Contact Profile Answer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A contact's answer to a profile question. Source: NAV table 5089.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.model.ContactProfileAnswer#getProfileQuestionnaireCode <em>Profile Questionnaire Code</em>}</li>
 *   <li>{@link org.segmenta.model.ContactProfileAnswer#getAnswerLineNo <em>Answer Line No</em>}</li>
 *   <li>{@link org.segmenta.model.ContactProfileAnswer#getAnswerDescription <em>Answer Description</em>}</li>
 * </ul>
 *
 * @see org.segmenta.model.SegmentaPackage#getContactProfileAnswer()
 * @model
 * @generated
 */
public interface ContactProfileAnswer extends EObject {
	/**
	 * Returns the value of the '<em><b>Profile Questionnaire Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The questionnaire.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Profile Questionnaire Code</em>' attribute.
	 * @see #setProfileQuestionnaireCode(String)
	 * @see org.segmenta.model.SegmentaPackage#getContactProfileAnswer_ProfileQuestionnaireCode()
	 * @model required="true"
	 * @generated
	 */
	String getProfileQuestionnaireCode();

	/**
	 * Sets the value of the '{@link org.segmenta.model.ContactProfileAnswer#getProfileQuestionnaireCode <em>Profile Questionnaire Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Profile Questionnaire Code</em>' attribute.
	 * @see #getProfileQuestionnaireCode()
	 * @generated
	 */
	void setProfileQuestionnaireCode(String value);

	/**
	 * Returns the value of the '<em><b>Answer Line No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Line No. of the answer within the questionnaire.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Answer Line No</em>' attribute.
	 * @see #setAnswerLineNo(int)
	 * @see org.segmenta.model.SegmentaPackage#getContactProfileAnswer_AnswerLineNo()
	 * @model required="true"
	 * @generated
	 */
	int getAnswerLineNo();

	/**
	 * Sets the value of the '{@link org.segmenta.model.ContactProfileAnswer#getAnswerLineNo <em>Answer Line No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Answer Line No</em>' attribute.
	 * @see #getAnswerLineNo()
	 * @generated
	 */
	void setAnswerLineNo(int value);

	/**
	 * Returns the value of the '<em><b>Answer Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The answer's text, copied for display.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Answer Description</em>' attribute.
	 * @see #setAnswerDescription(String)
	 * @see org.segmenta.model.SegmentaPackage#getContactProfileAnswer_AnswerDescription()
	 * @model
	 * @generated
	 */
	String getAnswerDescription();

	/**
	 * Sets the value of the '{@link org.segmenta.model.ContactProfileAnswer#getAnswerDescription <em>Answer Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Answer Description</em>' attribute.
	 * @see #getAnswerDescription()
	 * @generated
	 */
	void setAnswerDescription(String value);

} // ContactProfileAnswer
