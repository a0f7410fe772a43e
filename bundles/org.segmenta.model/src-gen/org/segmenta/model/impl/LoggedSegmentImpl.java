/**
 */
package org.segmenta.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.segmenta.model.LoggedSegment;
import org.segmenta.model.SegmentaPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Logged Segment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.model.impl.LoggedSegmentImpl#getEntryNo <em>Entry No</em>}</li>
 *   <li>{@link org.segmenta.model.impl.LoggedSegmentImpl#getSegmentNo <em>Segment No</em>}</li>
 *   <li>{@link org.segmenta.model.impl.LoggedSegmentImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.segmenta.model.impl.LoggedSegmentImpl#getCreationDate <em>Creation Date</em>}</li>
 *   <li>{@link org.segmenta.model.impl.LoggedSegmentImpl#getUserId <em>User Id</em>}</li>
 *   <li>{@link org.segmenta.model.impl.LoggedSegmentImpl#isCanceled <em>Canceled</em>}</li>
 *   <li>{@link org.segmenta.model.impl.LoggedSegmentImpl#getNoOfInteractions <em>No Of Interactions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LoggedSegmentImpl extends MinimalEObjectImpl.Container implements LoggedSegment {
	/**
	 * The default value of the '{@link #getEntryNo() <em>Entry No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEntryNo()
	 * @generated
	 * @ordered
	 */
	protected static final long ENTRY_NO_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getEntryNo() <em>Entry No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEntryNo()
	 * @generated
	 * @ordered
	 */
	protected long entryNo = ENTRY_NO_EDEFAULT;

	/**
	 * The default value of the '{@link #getSegmentNo() <em>Segment No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSegmentNo()
	 * @generated
	 * @ordered
	 */
	protected static final String SEGMENT_NO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSegmentNo() <em>Segment No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSegmentNo()
	 * @generated
	 * @ordered
	 */
	protected String segmentNo = SEGMENT_NO_EDEFAULT;

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
	 * The default value of the '{@link #getCreationDate() <em>Creation Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreationDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate CREATION_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreationDate() <em>Creation Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreationDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate creationDate = CREATION_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getUserId() <em>User Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUserId()
	 * @generated
	 * @ordered
	 */
	protected static final String USER_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUserId() <em>User Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUserId()
	 * @generated
	 * @ordered
	 */
	protected String userId = USER_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #isCanceled() <em>Canceled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCanceled()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CANCELED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isCanceled() <em>Canceled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCanceled()
	 * @generated
	 * @ordered
	 */
	protected boolean canceled = CANCELED_EDEFAULT;

	/**
	 * The default value of the '{@link #getNoOfInteractions() <em>No Of Interactions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNoOfInteractions()
	 * @generated
	 * @ordered
	 */
	protected static final int NO_OF_INTERACTIONS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getNoOfInteractions() <em>No Of Interactions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNoOfInteractions()
	 * @generated
	 * @ordered
	 */
	protected int noOfInteractions = NO_OF_INTERACTIONS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LoggedSegmentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SegmentaPackage.Literals.LOGGED_SEGMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getEntryNo() {
		return entryNo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEntryNo(long newEntryNo) {
		long oldEntryNo = entryNo;
		entryNo = newEntryNo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.LOGGED_SEGMENT__ENTRY_NO, oldEntryNo, entryNo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSegmentNo() {
		return segmentNo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSegmentNo(String newSegmentNo) {
		String oldSegmentNo = segmentNo;
		segmentNo = newSegmentNo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.LOGGED_SEGMENT__SEGMENT_NO, oldSegmentNo, segmentNo));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.LOGGED_SEGMENT__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getCreationDate() {
		return creationDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreationDate(LocalDate newCreationDate) {
		LocalDate oldCreationDate = creationDate;
		creationDate = newCreationDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.LOGGED_SEGMENT__CREATION_DATE, oldCreationDate, creationDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUserId() {
		return userId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUserId(String newUserId) {
		String oldUserId = userId;
		userId = newUserId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.LOGGED_SEGMENT__USER_ID, oldUserId, userId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCanceled() {
		return canceled;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCanceled(boolean newCanceled) {
		boolean oldCanceled = canceled;
		canceled = newCanceled;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.LOGGED_SEGMENT__CANCELED, oldCanceled, canceled));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getNoOfInteractions() {
		return noOfInteractions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNoOfInteractions(int newNoOfInteractions) {
		int oldNoOfInteractions = noOfInteractions;
		noOfInteractions = newNoOfInteractions;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.LOGGED_SEGMENT__NO_OF_INTERACTIONS, oldNoOfInteractions, noOfInteractions));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SegmentaPackage.LOGGED_SEGMENT__ENTRY_NO:
				return getEntryNo();
			case SegmentaPackage.LOGGED_SEGMENT__SEGMENT_NO:
				return getSegmentNo();
			case SegmentaPackage.LOGGED_SEGMENT__DESCRIPTION:
				return getDescription();
			case SegmentaPackage.LOGGED_SEGMENT__CREATION_DATE:
				return getCreationDate();
			case SegmentaPackage.LOGGED_SEGMENT__USER_ID:
				return getUserId();
			case SegmentaPackage.LOGGED_SEGMENT__CANCELED:
				return isCanceled();
			case SegmentaPackage.LOGGED_SEGMENT__NO_OF_INTERACTIONS:
				return getNoOfInteractions();
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
			case SegmentaPackage.LOGGED_SEGMENT__ENTRY_NO:
				setEntryNo((Long)newValue);
				return;
			case SegmentaPackage.LOGGED_SEGMENT__SEGMENT_NO:
				setSegmentNo((String)newValue);
				return;
			case SegmentaPackage.LOGGED_SEGMENT__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case SegmentaPackage.LOGGED_SEGMENT__CREATION_DATE:
				setCreationDate((LocalDate)newValue);
				return;
			case SegmentaPackage.LOGGED_SEGMENT__USER_ID:
				setUserId((String)newValue);
				return;
			case SegmentaPackage.LOGGED_SEGMENT__CANCELED:
				setCanceled((Boolean)newValue);
				return;
			case SegmentaPackage.LOGGED_SEGMENT__NO_OF_INTERACTIONS:
				setNoOfInteractions((Integer)newValue);
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
			case SegmentaPackage.LOGGED_SEGMENT__ENTRY_NO:
				setEntryNo(ENTRY_NO_EDEFAULT);
				return;
			case SegmentaPackage.LOGGED_SEGMENT__SEGMENT_NO:
				setSegmentNo(SEGMENT_NO_EDEFAULT);
				return;
			case SegmentaPackage.LOGGED_SEGMENT__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case SegmentaPackage.LOGGED_SEGMENT__CREATION_DATE:
				setCreationDate(CREATION_DATE_EDEFAULT);
				return;
			case SegmentaPackage.LOGGED_SEGMENT__USER_ID:
				setUserId(USER_ID_EDEFAULT);
				return;
			case SegmentaPackage.LOGGED_SEGMENT__CANCELED:
				setCanceled(CANCELED_EDEFAULT);
				return;
			case SegmentaPackage.LOGGED_SEGMENT__NO_OF_INTERACTIONS:
				setNoOfInteractions(NO_OF_INTERACTIONS_EDEFAULT);
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
			case SegmentaPackage.LOGGED_SEGMENT__ENTRY_NO:
				return entryNo != ENTRY_NO_EDEFAULT;
			case SegmentaPackage.LOGGED_SEGMENT__SEGMENT_NO:
				return SEGMENT_NO_EDEFAULT == null ? segmentNo != null : !SEGMENT_NO_EDEFAULT.equals(segmentNo);
			case SegmentaPackage.LOGGED_SEGMENT__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case SegmentaPackage.LOGGED_SEGMENT__CREATION_DATE:
				return CREATION_DATE_EDEFAULT == null ? creationDate != null : !CREATION_DATE_EDEFAULT.equals(creationDate);
			case SegmentaPackage.LOGGED_SEGMENT__USER_ID:
				return USER_ID_EDEFAULT == null ? userId != null : !USER_ID_EDEFAULT.equals(userId);
			case SegmentaPackage.LOGGED_SEGMENT__CANCELED:
				return canceled != CANCELED_EDEFAULT;
			case SegmentaPackage.LOGGED_SEGMENT__NO_OF_INTERACTIONS:
				return noOfInteractions != NO_OF_INTERACTIONS_EDEFAULT;
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
		result.append(" (entryNo: ");
		result.append(entryNo);
		result.append(", segmentNo: ");
		result.append(segmentNo);
		result.append(", description: ");
		result.append(description);
		result.append(", creationDate: ");
		result.append(creationDate);
		result.append(", userId: ");
		result.append(userId);
		result.append(", canceled: ");
		result.append(canceled);
		result.append(", noOfInteractions: ");
		result.append(noOfInteractions);
		result.append(')');
		return result.toString();
	}

} //LoggedSegmentImpl
