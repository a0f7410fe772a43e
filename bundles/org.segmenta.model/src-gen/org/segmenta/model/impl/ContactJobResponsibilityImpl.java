/**
 */
package org.segmenta.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.segmenta.model.ContactJobResponsibility;
import org.segmenta.model.SegmentaPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Contact Job Responsibility</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.model.impl.ContactJobResponsibilityImpl#getJobResponsibilityCode <em>Job Responsibility Code</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ContactJobResponsibilityImpl extends MinimalEObjectImpl.Container implements ContactJobResponsibility {
	/**
	 * The default value of the '{@link #getJobResponsibilityCode() <em>Job Responsibility Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJobResponsibilityCode()
	 * @generated
	 * @ordered
	 */
	protected static final String JOB_RESPONSIBILITY_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getJobResponsibilityCode() <em>Job Responsibility Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJobResponsibilityCode()
	 * @generated
	 * @ordered
	 */
	protected String jobResponsibilityCode = JOB_RESPONSIBILITY_CODE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ContactJobResponsibilityImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SegmentaPackage.Literals.CONTACT_JOB_RESPONSIBILITY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getJobResponsibilityCode() {
		return jobResponsibilityCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setJobResponsibilityCode(String newJobResponsibilityCode) {
		String oldJobResponsibilityCode = jobResponsibilityCode;
		jobResponsibilityCode = newJobResponsibilityCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.CONTACT_JOB_RESPONSIBILITY__JOB_RESPONSIBILITY_CODE, oldJobResponsibilityCode, jobResponsibilityCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SegmentaPackage.CONTACT_JOB_RESPONSIBILITY__JOB_RESPONSIBILITY_CODE:
				return getJobResponsibilityCode();
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
			case SegmentaPackage.CONTACT_JOB_RESPONSIBILITY__JOB_RESPONSIBILITY_CODE:
				setJobResponsibilityCode((String)newValue);
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
			case SegmentaPackage.CONTACT_JOB_RESPONSIBILITY__JOB_RESPONSIBILITY_CODE:
				setJobResponsibilityCode(JOB_RESPONSIBILITY_CODE_EDEFAULT);
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
			case SegmentaPackage.CONTACT_JOB_RESPONSIBILITY__JOB_RESPONSIBILITY_CODE:
				return JOB_RESPONSIBILITY_CODE_EDEFAULT == null ? jobResponsibilityCode != null : !JOB_RESPONSIBILITY_CODE_EDEFAULT.equals(jobResponsibilityCode);
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
		result.append(" (jobResponsibilityCode: ");
		result.append(jobResponsibilityCode);
		result.append(')');
		return result.toString();
	}

} //ContactJobResponsibilityImpl
