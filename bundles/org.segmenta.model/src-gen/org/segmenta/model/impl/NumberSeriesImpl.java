/**
 */
package org.segmenta.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.segmenta.model.NumberSeries;
import org.segmenta.model.SegmentaPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Number Series</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.model.impl.NumberSeriesImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.segmenta.model.impl.NumberSeriesImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.segmenta.model.impl.NumberSeriesImpl#getStartingNo <em>Starting No</em>}</li>
 *   <li>{@link org.segmenta.model.impl.NumberSeriesImpl#getLastNoUsed <em>Last No Used</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NumberSeriesImpl extends MinimalEObjectImpl.Container implements NumberSeries {
	/**
	 * The default value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected static final String CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected String code = CODE_EDEFAULT;

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
	 * The default value of the '{@link #getStartingNo() <em>Starting No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartingNo()
	 * @generated
	 * @ordered
	 */
	protected static final String STARTING_NO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartingNo() <em>Starting No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartingNo()
	 * @generated
	 * @ordered
	 */
	protected String startingNo = STARTING_NO_EDEFAULT;

	/**
	 * The default value of the '{@link #getLastNoUsed() <em>Last No Used</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastNoUsed()
	 * @generated
	 * @ordered
	 */
	protected static final String LAST_NO_USED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLastNoUsed() <em>Last No Used</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastNoUsed()
	 * @generated
	 * @ordered
	 */
	protected String lastNoUsed = LAST_NO_USED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NumberSeriesImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SegmentaPackage.Literals.NUMBER_SERIES;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCode() {
		return code;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCode(String newCode) {
		String oldCode = code;
		code = newCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.NUMBER_SERIES__CODE, oldCode, code));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.NUMBER_SERIES__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStartingNo() {
		return startingNo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartingNo(String newStartingNo) {
		String oldStartingNo = startingNo;
		startingNo = newStartingNo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.NUMBER_SERIES__STARTING_NO, oldStartingNo, startingNo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLastNoUsed() {
		return lastNoUsed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastNoUsed(String newLastNoUsed) {
		String oldLastNoUsed = lastNoUsed;
		lastNoUsed = newLastNoUsed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.NUMBER_SERIES__LAST_NO_USED, oldLastNoUsed, lastNoUsed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SegmentaPackage.NUMBER_SERIES__CODE:
				return getCode();
			case SegmentaPackage.NUMBER_SERIES__DESCRIPTION:
				return getDescription();
			case SegmentaPackage.NUMBER_SERIES__STARTING_NO:
				return getStartingNo();
			case SegmentaPackage.NUMBER_SERIES__LAST_NO_USED:
				return getLastNoUsed();
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
			case SegmentaPackage.NUMBER_SERIES__CODE:
				setCode((String)newValue);
				return;
			case SegmentaPackage.NUMBER_SERIES__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case SegmentaPackage.NUMBER_SERIES__STARTING_NO:
				setStartingNo((String)newValue);
				return;
			case SegmentaPackage.NUMBER_SERIES__LAST_NO_USED:
				setLastNoUsed((String)newValue);
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
			case SegmentaPackage.NUMBER_SERIES__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case SegmentaPackage.NUMBER_SERIES__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case SegmentaPackage.NUMBER_SERIES__STARTING_NO:
				setStartingNo(STARTING_NO_EDEFAULT);
				return;
			case SegmentaPackage.NUMBER_SERIES__LAST_NO_USED:
				setLastNoUsed(LAST_NO_USED_EDEFAULT);
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
			case SegmentaPackage.NUMBER_SERIES__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case SegmentaPackage.NUMBER_SERIES__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case SegmentaPackage.NUMBER_SERIES__STARTING_NO:
				return STARTING_NO_EDEFAULT == null ? startingNo != null : !STARTING_NO_EDEFAULT.equals(startingNo);
			case SegmentaPackage.NUMBER_SERIES__LAST_NO_USED:
				return LAST_NO_USED_EDEFAULT == null ? lastNoUsed != null : !LAST_NO_USED_EDEFAULT.equals(lastNoUsed);
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
		result.append(" (code: ");
		result.append(code);
		result.append(", description: ");
		result.append(description);
		result.append(", startingNo: ");
		result.append(startingNo);
		result.append(", lastNoUsed: ");
		result.append(lastNoUsed);
		result.append(')');
		return result.toString();
	}

} //NumberSeriesImpl
