/**
 */
package org.segmenta.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.segmenta.model.ContactProfileAnswer;
import org.segmenta.model.SegmentaPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Contact Profile Answer</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.model.impl.ContactProfileAnswerImpl#getProfileQuestionnaireCode <em>Profile Questionnaire Code</em>}</li>
 *   <li>{@link org.segmenta.model.impl.ContactProfileAnswerImpl#getAnswerLineNo <em>Answer Line No</em>}</li>
 *   <li>{@link org.segmenta.model.impl.ContactProfileAnswerImpl#getAnswerDescription <em>Answer Description</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ContactProfileAnswerImpl extends MinimalEObjectImpl.Container implements ContactProfileAnswer {
	/**
	 * The default value of the '{@link #getProfileQuestionnaireCode() <em>Profile Questionnaire Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProfileQuestionnaireCode()
	 * @generated
	 * @ordered
	 */
	protected static final String PROFILE_QUESTIONNAIRE_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProfileQuestionnaireCode() <em>Profile Questionnaire Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProfileQuestionnaireCode()
	 * @generated
	 * @ordered
	 */
	protected String profileQuestionnaireCode = PROFILE_QUESTIONNAIRE_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAnswerLineNo() <em>Answer Line No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnswerLineNo()
	 * @generated
	 * @ordered
	 */
	protected static final int ANSWER_LINE_NO_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getAnswerLineNo() <em>Answer Line No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnswerLineNo()
	 * @generated
	 * @ordered
	 */
	protected int answerLineNo = ANSWER_LINE_NO_EDEFAULT;

	/**
	 * The default value of the '{@link #getAnswerDescription() <em>Answer Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnswerDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String ANSWER_DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAnswerDescription() <em>Answer Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnswerDescription()
	 * @generated
	 * @ordered
	 */
	protected String answerDescription = ANSWER_DESCRIPTION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ContactProfileAnswerImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SegmentaPackage.Literals.CONTACT_PROFILE_ANSWER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProfileQuestionnaireCode() {
		return profileQuestionnaireCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProfileQuestionnaireCode(String newProfileQuestionnaireCode) {
		String oldProfileQuestionnaireCode = profileQuestionnaireCode;
		profileQuestionnaireCode = newProfileQuestionnaireCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.CONTACT_PROFILE_ANSWER__PROFILE_QUESTIONNAIRE_CODE, oldProfileQuestionnaireCode, profileQuestionnaireCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getAnswerLineNo() {
		return answerLineNo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnswerLineNo(int newAnswerLineNo) {
		int oldAnswerLineNo = answerLineNo;
		answerLineNo = newAnswerLineNo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.CONTACT_PROFILE_ANSWER__ANSWER_LINE_NO, oldAnswerLineNo, answerLineNo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAnswerDescription() {
		return answerDescription;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnswerDescription(String newAnswerDescription) {
		String oldAnswerDescription = answerDescription;
		answerDescription = newAnswerDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.CONTACT_PROFILE_ANSWER__ANSWER_DESCRIPTION, oldAnswerDescription, answerDescription));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SegmentaPackage.CONTACT_PROFILE_ANSWER__PROFILE_QUESTIONNAIRE_CODE:
				return getProfileQuestionnaireCode();
			case SegmentaPackage.CONTACT_PROFILE_ANSWER__ANSWER_LINE_NO:
				return getAnswerLineNo();
			case SegmentaPackage.CONTACT_PROFILE_ANSWER__ANSWER_DESCRIPTION:
				return getAnswerDescription();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SegmentaPackage.CONTACT_PROFILE_ANSWER__PROFILE_QUESTIONNAIRE_CODE:
				setProfileQuestionnaireCode((String)newValue);
				return;
			case SegmentaPackage.CONTACT_PROFILE_ANSWER__ANSWER_LINE_NO:
				setAnswerLineNo((Integer)newValue);
				return;
			case SegmentaPackage.CONTACT_PROFILE_ANSWER__ANSWER_DESCRIPTION:
				setAnswerDescription((String)newValue);
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
			case SegmentaPackage.CONTACT_PROFILE_ANSWER__PROFILE_QUESTIONNAIRE_CODE:
				setProfileQuestionnaireCode(PROFILE_QUESTIONNAIRE_CODE_EDEFAULT);
				return;
			case SegmentaPackage.CONTACT_PROFILE_ANSWER__ANSWER_LINE_NO:
				setAnswerLineNo(ANSWER_LINE_NO_EDEFAULT);
				return;
			case SegmentaPackage.CONTACT_PROFILE_ANSWER__ANSWER_DESCRIPTION:
				setAnswerDescription(ANSWER_DESCRIPTION_EDEFAULT);
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
			case SegmentaPackage.CONTACT_PROFILE_ANSWER__PROFILE_QUESTIONNAIRE_CODE:
				return PROFILE_QUESTIONNAIRE_CODE_EDEFAULT == null ? profileQuestionnaireCode != null : !PROFILE_QUESTIONNAIRE_CODE_EDEFAULT.equals(profileQuestionnaireCode);
			case SegmentaPackage.CONTACT_PROFILE_ANSWER__ANSWER_LINE_NO:
				return answerLineNo != ANSWER_LINE_NO_EDEFAULT;
			case SegmentaPackage.CONTACT_PROFILE_ANSWER__ANSWER_DESCRIPTION:
				return ANSWER_DESCRIPTION_EDEFAULT == null ? answerDescription != null : !ANSWER_DESCRIPTION_EDEFAULT.equals(answerDescription);
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
		result.append(" (profileQuestionnaireCode: ");
		result.append(profileQuestionnaireCode);
		result.append(", answerLineNo: ");
		result.append(answerLineNo);
		result.append(", answerDescription: ");
		result.append(answerDescription);
		result.append(')');
		return result.toString();
	}

} //ContactProfileAnswerImpl
