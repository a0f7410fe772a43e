/**
 */
package org.segmenta.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.segmenta.model.InteractionTemplateLanguage;
import org.segmenta.model.SegmentaPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Interaction Template Language</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.model.impl.InteractionTemplateLanguageImpl#getLanguageCode <em>Language Code</em>}</li>
 *   <li>{@link org.segmenta.model.impl.InteractionTemplateLanguageImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.segmenta.model.impl.InteractionTemplateLanguageImpl#getAttachmentNo <em>Attachment No</em>}</li>
 *   <li>{@link org.segmenta.model.impl.InteractionTemplateLanguageImpl#getWordTemplateNo <em>Word Template No</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InteractionTemplateLanguageImpl extends MinimalEObjectImpl.Container implements InteractionTemplateLanguage {
	/**
	 * The default value of the '{@link #getLanguageCode() <em>Language Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguageCode()
	 * @generated
	 * @ordered
	 */
	protected static final String LANGUAGE_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLanguageCode() <em>Language Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguageCode()
	 * @generated
	 * @ordered
	 */
	protected String languageCode = LANGUAGE_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getAttachmentNo() <em>Attachment No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttachmentNo()
	 * @generated
	 * @ordered
	 */
	protected static final Long ATTACHMENT_NO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAttachmentNo() <em>Attachment No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttachmentNo()
	 * @generated
	 * @ordered
	 */
	protected Long attachmentNo = ATTACHMENT_NO_EDEFAULT;

	/**
	 * The default value of the '{@link #getWordTemplateNo() <em>Word Template No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWordTemplateNo()
	 * @generated
	 * @ordered
	 */
	protected static final Long WORD_TEMPLATE_NO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWordTemplateNo() <em>Word Template No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWordTemplateNo()
	 * @generated
	 * @ordered
	 */
	protected Long wordTemplateNo = WORD_TEMPLATE_NO_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InteractionTemplateLanguageImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SegmentaPackage.Literals.INTERACTION_TEMPLATE_LANGUAGE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLanguageCode() {
		return languageCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLanguageCode(String newLanguageCode) {
		String oldLanguageCode = languageCode;
		languageCode = newLanguageCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.INTERACTION_TEMPLATE_LANGUAGE__LANGUAGE_CODE, oldLanguageCode, languageCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.INTERACTION_TEMPLATE_LANGUAGE__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getAttachmentNo() {
		return attachmentNo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAttachmentNo(Long newAttachmentNo) {
		Long oldAttachmentNo = attachmentNo;
		attachmentNo = newAttachmentNo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.INTERACTION_TEMPLATE_LANGUAGE__ATTACHMENT_NO, oldAttachmentNo, attachmentNo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getWordTemplateNo() {
		return wordTemplateNo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWordTemplateNo(Long newWordTemplateNo) {
		Long oldWordTemplateNo = wordTemplateNo;
		wordTemplateNo = newWordTemplateNo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.INTERACTION_TEMPLATE_LANGUAGE__WORD_TEMPLATE_NO, oldWordTemplateNo, wordTemplateNo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SegmentaPackage.INTERACTION_TEMPLATE_LANGUAGE__LANGUAGE_CODE:
				return getLanguageCode();
			case SegmentaPackage.INTERACTION_TEMPLATE_LANGUAGE__DESCRIPTION:
				return getDescription();
			case SegmentaPackage.INTERACTION_TEMPLATE_LANGUAGE__ATTACHMENT_NO:
				return getAttachmentNo();
			case SegmentaPackage.INTERACTION_TEMPLATE_LANGUAGE__WORD_TEMPLATE_NO:
				return getWordTemplateNo();
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
			case SegmentaPackage.INTERACTION_TEMPLATE_LANGUAGE__LANGUAGE_CODE:
				setLanguageCode((String)newValue);
				return;
			case SegmentaPackage.INTERACTION_TEMPLATE_LANGUAGE__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case SegmentaPackage.INTERACTION_TEMPLATE_LANGUAGE__ATTACHMENT_NO:
				setAttachmentNo((Long)newValue);
				return;
			case SegmentaPackage.INTERACTION_TEMPLATE_LANGUAGE__WORD_TEMPLATE_NO:
				setWordTemplateNo((Long)newValue);
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
			case SegmentaPackage.INTERACTION_TEMPLATE_LANGUAGE__LANGUAGE_CODE:
				setLanguageCode(LANGUAGE_CODE_EDEFAULT);
				return;
			case SegmentaPackage.INTERACTION_TEMPLATE_LANGUAGE__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case SegmentaPackage.INTERACTION_TEMPLATE_LANGUAGE__ATTACHMENT_NO:
				setAttachmentNo(ATTACHMENT_NO_EDEFAULT);
				return;
			case SegmentaPackage.INTERACTION_TEMPLATE_LANGUAGE__WORD_TEMPLATE_NO:
				setWordTemplateNo(WORD_TEMPLATE_NO_EDEFAULT);
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
			case SegmentaPackage.INTERACTION_TEMPLATE_LANGUAGE__LANGUAGE_CODE:
				return LANGUAGE_CODE_EDEFAULT == null ? languageCode != null : !LANGUAGE_CODE_EDEFAULT.equals(languageCode);
			case SegmentaPackage.INTERACTION_TEMPLATE_LANGUAGE__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case SegmentaPackage.INTERACTION_TEMPLATE_LANGUAGE__ATTACHMENT_NO:
				return ATTACHMENT_NO_EDEFAULT == null ? attachmentNo != null : !ATTACHMENT_NO_EDEFAULT.equals(attachmentNo);
			case SegmentaPackage.INTERACTION_TEMPLATE_LANGUAGE__WORD_TEMPLATE_NO:
				return WORD_TEMPLATE_NO_EDEFAULT == null ? wordTemplateNo != null : !WORD_TEMPLATE_NO_EDEFAULT.equals(wordTemplateNo);
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
		result.append(" (languageCode: ");
		result.append(languageCode);
		result.append(", description: ");
		result.append(description);
		result.append(", attachmentNo: ");
		result.append(attachmentNo);
		result.append(", wordTemplateNo: ");
		result.append(wordTemplateNo);
		result.append(')');
		return result.toString();
	}

} //InteractionTemplateLanguageImpl
