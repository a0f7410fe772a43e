/**
 */
package org.segmenta.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.segmenta.model.ContactIndustryGroup;
import org.segmenta.model.SegmentaPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Contact Industry Group</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.model.impl.ContactIndustryGroupImpl#getIndustryGroupCode <em>Industry Group Code</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ContactIndustryGroupImpl extends MinimalEObjectImpl.Container implements ContactIndustryGroup {
	/**
	 * The default value of the '{@link #getIndustryGroupCode() <em>Industry Group Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndustryGroupCode()
	 * @generated
	 * @ordered
	 */
	protected static final String INDUSTRY_GROUP_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIndustryGroupCode() <em>Industry Group Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndustryGroupCode()
	 * @generated
	 * @ordered
	 */
	protected String industryGroupCode = INDUSTRY_GROUP_CODE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ContactIndustryGroupImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SegmentaPackage.Literals.CONTACT_INDUSTRY_GROUP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIndustryGroupCode() {
		return industryGroupCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIndustryGroupCode(String newIndustryGroupCode) {
		String oldIndustryGroupCode = industryGroupCode;
		industryGroupCode = newIndustryGroupCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.CONTACT_INDUSTRY_GROUP__INDUSTRY_GROUP_CODE, oldIndustryGroupCode, industryGroupCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SegmentaPackage.CONTACT_INDUSTRY_GROUP__INDUSTRY_GROUP_CODE:
				return getIndustryGroupCode();
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
			case SegmentaPackage.CONTACT_INDUSTRY_GROUP__INDUSTRY_GROUP_CODE:
				setIndustryGroupCode((String)newValue);
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
			case SegmentaPackage.CONTACT_INDUSTRY_GROUP__INDUSTRY_GROUP_CODE:
				setIndustryGroupCode(INDUSTRY_GROUP_CODE_EDEFAULT);
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
			case SegmentaPackage.CONTACT_INDUSTRY_GROUP__INDUSTRY_GROUP_CODE:
				return INDUSTRY_GROUP_CODE_EDEFAULT == null ? industryGroupCode != null : !INDUSTRY_GROUP_CODE_EDEFAULT.equals(industryGroupCode);
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
		result.append(" (industryGroupCode: ");
		result.append(industryGroupCode);
		result.append(')');
		return result.toString();
	}

} //ContactIndustryGroupImpl
