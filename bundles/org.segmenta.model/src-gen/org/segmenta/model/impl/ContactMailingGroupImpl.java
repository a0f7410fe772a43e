/**
 */
package org.segmenta.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.segmenta.model.ContactMailingGroup;
import org.segmenta.model.SegmentaPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Contact Mailing Group</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.model.impl.ContactMailingGroupImpl#getMailingGroupCode <em>Mailing Group Code</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ContactMailingGroupImpl extends MinimalEObjectImpl.Container implements ContactMailingGroup {
	/**
	 * The default value of the '{@link #getMailingGroupCode() <em>Mailing Group Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMailingGroupCode()
	 * @generated
	 * @ordered
	 */
	protected static final String MAILING_GROUP_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMailingGroupCode() <em>Mailing Group Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMailingGroupCode()
	 * @generated
	 * @ordered
	 */
	protected String mailingGroupCode = MAILING_GROUP_CODE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ContactMailingGroupImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SegmentaPackage.Literals.CONTACT_MAILING_GROUP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMailingGroupCode() {
		return mailingGroupCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMailingGroupCode(String newMailingGroupCode) {
		String oldMailingGroupCode = mailingGroupCode;
		mailingGroupCode = newMailingGroupCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.CONTACT_MAILING_GROUP__MAILING_GROUP_CODE, oldMailingGroupCode, mailingGroupCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SegmentaPackage.CONTACT_MAILING_GROUP__MAILING_GROUP_CODE:
				return getMailingGroupCode();
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
			case SegmentaPackage.CONTACT_MAILING_GROUP__MAILING_GROUP_CODE:
				setMailingGroupCode((String)newValue);
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
			case SegmentaPackage.CONTACT_MAILING_GROUP__MAILING_GROUP_CODE:
				setMailingGroupCode(MAILING_GROUP_CODE_EDEFAULT);
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
			case SegmentaPackage.CONTACT_MAILING_GROUP__MAILING_GROUP_CODE:
				return MAILING_GROUP_CODE_EDEFAULT == null ? mailingGroupCode != null : !MAILING_GROUP_CODE_EDEFAULT.equals(mailingGroupCode);
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
		result.append(" (mailingGroupCode: ");
		result.append(mailingGroupCode);
		result.append(')');
		return result.toString();
	}

} //ContactMailingGroupImpl
