/**
 */
package org.segmenta.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.segmenta.model.SalutationFormula;
import org.segmenta.model.SalutationType;
import org.segmenta.model.SegmentaPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Salutation Formula</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.model.impl.SalutationFormulaImpl#getLanguageCode <em>Language Code</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SalutationFormulaImpl#getSalutationType <em>Salutation Type</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SalutationFormulaImpl#getText <em>Text</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SalutationFormulaImpl extends MinimalEObjectImpl.Container implements SalutationFormula {
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
	 * The default value of the '{@link #getSalutationType() <em>Salutation Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSalutationType()
	 * @generated
	 * @ordered
	 */
	protected static final SalutationType SALUTATION_TYPE_EDEFAULT = SalutationType.FORMAL;

	/**
	 * The cached value of the '{@link #getSalutationType() <em>Salutation Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSalutationType()
	 * @generated
	 * @ordered
	 */
	protected SalutationType salutationType = SALUTATION_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected String text = TEXT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SalutationFormulaImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SegmentaPackage.Literals.SALUTATION_FORMULA;
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
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SALUTATION_FORMULA__LANGUAGE_CODE, oldLanguageCode, languageCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SalutationType getSalutationType() {
		return salutationType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSalutationType(SalutationType newSalutationType) {
		SalutationType oldSalutationType = salutationType;
		salutationType = newSalutationType == null ? SALUTATION_TYPE_EDEFAULT : newSalutationType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SALUTATION_FORMULA__SALUTATION_TYPE, oldSalutationType, salutationType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText() {
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText) {
		String oldText = text;
		text = newText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SALUTATION_FORMULA__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SegmentaPackage.SALUTATION_FORMULA__LANGUAGE_CODE:
				return getLanguageCode();
			case SegmentaPackage.SALUTATION_FORMULA__SALUTATION_TYPE:
				return getSalutationType();
			case SegmentaPackage.SALUTATION_FORMULA__TEXT:
				return getText();
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
			case SegmentaPackage.SALUTATION_FORMULA__LANGUAGE_CODE:
				setLanguageCode((String)newValue);
				return;
			case SegmentaPackage.SALUTATION_FORMULA__SALUTATION_TYPE:
				setSalutationType((SalutationType)newValue);
				return;
			case SegmentaPackage.SALUTATION_FORMULA__TEXT:
				setText((String)newValue);
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
			case SegmentaPackage.SALUTATION_FORMULA__LANGUAGE_CODE:
				setLanguageCode(LANGUAGE_CODE_EDEFAULT);
				return;
			case SegmentaPackage.SALUTATION_FORMULA__SALUTATION_TYPE:
				setSalutationType(SALUTATION_TYPE_EDEFAULT);
				return;
			case SegmentaPackage.SALUTATION_FORMULA__TEXT:
				setText(TEXT_EDEFAULT);
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
			case SegmentaPackage.SALUTATION_FORMULA__LANGUAGE_CODE:
				return LANGUAGE_CODE_EDEFAULT == null ? languageCode != null : !LANGUAGE_CODE_EDEFAULT.equals(languageCode);
			case SegmentaPackage.SALUTATION_FORMULA__SALUTATION_TYPE:
				return salutationType != SALUTATION_TYPE_EDEFAULT;
			case SegmentaPackage.SALUTATION_FORMULA__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
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
		result.append(", salutationType: ");
		result.append(salutationType);
		result.append(", text: ");
		result.append(text);
		result.append(')');
		return result.toString();
	}

} //SalutationFormulaImpl
