/**
 */
package org.segmenta.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.segmenta.model.Campaign;
import org.segmenta.model.SegmentaPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Campaign</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.model.impl.CampaignImpl#getNo <em>No</em>}</li>
 *   <li>{@link org.segmenta.model.impl.CampaignImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.segmenta.model.impl.CampaignImpl#getStartingDate <em>Starting Date</em>}</li>
 *   <li>{@link org.segmenta.model.impl.CampaignImpl#getEndingDate <em>Ending Date</em>}</li>
 *   <li>{@link org.segmenta.model.impl.CampaignImpl#getSalespersonCode <em>Salesperson Code</em>}</li>
 *   <li>{@link org.segmenta.model.impl.CampaignImpl#isActivated <em>Activated</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CampaignImpl extends MinimalEObjectImpl.Container implements Campaign {
	/**
	 * The default value of the '{@link #getNo() <em>No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNo()
	 * @generated
	 * @ordered
	 */
	protected static final String NO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNo() <em>No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNo()
	 * @generated
	 * @ordered
	 */
	protected String no = NO_EDEFAULT;

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
	 * The default value of the '{@link #getStartingDate() <em>Starting Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartingDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate STARTING_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartingDate() <em>Starting Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartingDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate startingDate = STARTING_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEndingDate() <em>Ending Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndingDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate ENDING_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEndingDate() <em>Ending Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndingDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate endingDate = ENDING_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSalespersonCode() <em>Salesperson Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSalespersonCode()
	 * @generated
	 * @ordered
	 */
	protected static final String SALESPERSON_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSalespersonCode() <em>Salesperson Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSalespersonCode()
	 * @generated
	 * @ordered
	 */
	protected String salespersonCode = SALESPERSON_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #isActivated() <em>Activated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isActivated()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ACTIVATED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isActivated() <em>Activated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isActivated()
	 * @generated
	 * @ordered
	 */
	protected boolean activated = ACTIVATED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CampaignImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SegmentaPackage.Literals.CAMPAIGN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNo() {
		return no;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNo(String newNo) {
		String oldNo = no;
		no = newNo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.CAMPAIGN__NO, oldNo, no));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.CAMPAIGN__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getStartingDate() {
		return startingDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartingDate(LocalDate newStartingDate) {
		LocalDate oldStartingDate = startingDate;
		startingDate = newStartingDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.CAMPAIGN__STARTING_DATE, oldStartingDate, startingDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getEndingDate() {
		return endingDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndingDate(LocalDate newEndingDate) {
		LocalDate oldEndingDate = endingDate;
		endingDate = newEndingDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.CAMPAIGN__ENDING_DATE, oldEndingDate, endingDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSalespersonCode() {
		return salespersonCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSalespersonCode(String newSalespersonCode) {
		String oldSalespersonCode = salespersonCode;
		salespersonCode = newSalespersonCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.CAMPAIGN__SALESPERSON_CODE, oldSalespersonCode, salespersonCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isActivated() {
		return activated;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActivated(boolean newActivated) {
		boolean oldActivated = activated;
		activated = newActivated;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.CAMPAIGN__ACTIVATED, oldActivated, activated));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SegmentaPackage.CAMPAIGN__NO:
				return getNo();
			case SegmentaPackage.CAMPAIGN__DESCRIPTION:
				return getDescription();
			case SegmentaPackage.CAMPAIGN__STARTING_DATE:
				return getStartingDate();
			case SegmentaPackage.CAMPAIGN__ENDING_DATE:
				return getEndingDate();
			case SegmentaPackage.CAMPAIGN__SALESPERSON_CODE:
				return getSalespersonCode();
			case SegmentaPackage.CAMPAIGN__ACTIVATED:
				return isActivated();
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
			case SegmentaPackage.CAMPAIGN__NO:
				setNo((String)newValue);
				return;
			case SegmentaPackage.CAMPAIGN__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case SegmentaPackage.CAMPAIGN__STARTING_DATE:
				setStartingDate((LocalDate)newValue);
				return;
			case SegmentaPackage.CAMPAIGN__ENDING_DATE:
				setEndingDate((LocalDate)newValue);
				return;
			case SegmentaPackage.CAMPAIGN__SALESPERSON_CODE:
				setSalespersonCode((String)newValue);
				return;
			case SegmentaPackage.CAMPAIGN__ACTIVATED:
				setActivated((Boolean)newValue);
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
			case SegmentaPackage.CAMPAIGN__NO:
				setNo(NO_EDEFAULT);
				return;
			case SegmentaPackage.CAMPAIGN__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case SegmentaPackage.CAMPAIGN__STARTING_DATE:
				setStartingDate(STARTING_DATE_EDEFAULT);
				return;
			case SegmentaPackage.CAMPAIGN__ENDING_DATE:
				setEndingDate(ENDING_DATE_EDEFAULT);
				return;
			case SegmentaPackage.CAMPAIGN__SALESPERSON_CODE:
				setSalespersonCode(SALESPERSON_CODE_EDEFAULT);
				return;
			case SegmentaPackage.CAMPAIGN__ACTIVATED:
				setActivated(ACTIVATED_EDEFAULT);
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
			case SegmentaPackage.CAMPAIGN__NO:
				return NO_EDEFAULT == null ? no != null : !NO_EDEFAULT.equals(no);
			case SegmentaPackage.CAMPAIGN__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case SegmentaPackage.CAMPAIGN__STARTING_DATE:
				return STARTING_DATE_EDEFAULT == null ? startingDate != null : !STARTING_DATE_EDEFAULT.equals(startingDate);
			case SegmentaPackage.CAMPAIGN__ENDING_DATE:
				return ENDING_DATE_EDEFAULT == null ? endingDate != null : !ENDING_DATE_EDEFAULT.equals(endingDate);
			case SegmentaPackage.CAMPAIGN__SALESPERSON_CODE:
				return SALESPERSON_CODE_EDEFAULT == null ? salespersonCode != null : !SALESPERSON_CODE_EDEFAULT.equals(salespersonCode);
			case SegmentaPackage.CAMPAIGN__ACTIVATED:
				return activated != ACTIVATED_EDEFAULT;
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
		result.append(" (no: ");
		result.append(no);
		result.append(", description: ");
		result.append(description);
		result.append(", startingDate: ");
		result.append(startingDate);
		result.append(", endingDate: ");
		result.append(endingDate);
		result.append(", salespersonCode: ");
		result.append(salespersonCode);
		result.append(", activated: ");
		result.append(activated);
		result.append(')');
		return result.toString();
	}

} //CampaignImpl
