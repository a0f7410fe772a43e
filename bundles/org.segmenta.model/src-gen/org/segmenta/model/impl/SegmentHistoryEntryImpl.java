/**
 */
package org.segmenta.model.impl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.segmenta.model.HistoryAction;
import org.segmenta.model.SegmentHistoryEntry;
import org.segmenta.model.SegmentLine;
import org.segmenta.model.SegmentaPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Segment History Entry</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.model.impl.SegmentHistoryEntryImpl#getSegmentNo <em>Segment No</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentHistoryEntryImpl#getStepNo <em>Step No</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentHistoryEntryImpl#getAction <em>Action</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentHistoryEntryImpl#getLineNo <em>Line No</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentHistoryEntryImpl#getContactNo <em>Contact No</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentHistoryEntryImpl#getLine <em>Line</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SegmentHistoryEntryImpl extends MinimalEObjectImpl.Container implements SegmentHistoryEntry {
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
	 * The default value of the '{@link #getStepNo() <em>Step No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStepNo()
	 * @generated
	 * @ordered
	 */
	protected static final int STEP_NO_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getStepNo() <em>Step No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStepNo()
	 * @generated
	 * @ordered
	 */
	protected int stepNo = STEP_NO_EDEFAULT;

	/**
	 * The default value of the '{@link #getAction() <em>Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAction()
	 * @generated
	 * @ordered
	 */
	protected static final HistoryAction ACTION_EDEFAULT = HistoryAction.INSERTION;

	/**
	 * The cached value of the '{@link #getAction() <em>Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAction()
	 * @generated
	 * @ordered
	 */
	protected HistoryAction action = ACTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getLineNo() <em>Line No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLineNo()
	 * @generated
	 * @ordered
	 */
	protected static final int LINE_NO_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getLineNo() <em>Line No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLineNo()
	 * @generated
	 * @ordered
	 */
	protected int lineNo = LINE_NO_EDEFAULT;

	/**
	 * The default value of the '{@link #getContactNo() <em>Contact No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContactNo()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTACT_NO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getContactNo() <em>Contact No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContactNo()
	 * @generated
	 * @ordered
	 */
	protected String contactNo = CONTACT_NO_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLine() <em>Line</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLine()
	 * @generated
	 * @ordered
	 */
	protected SegmentLine line;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SegmentHistoryEntryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SegmentaPackage.Literals.SEGMENT_HISTORY_ENTRY;
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
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENT_HISTORY_ENTRY__SEGMENT_NO, oldSegmentNo, segmentNo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getStepNo() {
		return stepNo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStepNo(int newStepNo) {
		int oldStepNo = stepNo;
		stepNo = newStepNo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENT_HISTORY_ENTRY__STEP_NO, oldStepNo, stepNo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HistoryAction getAction() {
		return action;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAction(HistoryAction newAction) {
		HistoryAction oldAction = action;
		action = newAction == null ? ACTION_EDEFAULT : newAction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENT_HISTORY_ENTRY__ACTION, oldAction, action));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLineNo() {
		return lineNo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLineNo(int newLineNo) {
		int oldLineNo = lineNo;
		lineNo = newLineNo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENT_HISTORY_ENTRY__LINE_NO, oldLineNo, lineNo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getContactNo() {
		return contactNo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContactNo(String newContactNo) {
		String oldContactNo = contactNo;
		contactNo = newContactNo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENT_HISTORY_ENTRY__CONTACT_NO, oldContactNo, contactNo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SegmentLine getLine() {
		return line;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetLine(SegmentLine newLine, NotificationChain msgs) {
		SegmentLine oldLine = line;
		line = newLine;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENT_HISTORY_ENTRY__LINE, oldLine, newLine);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLine(SegmentLine newLine) {
		if (newLine != line) {
			NotificationChain msgs = null;
			if (line != null)
				msgs = ((InternalEObject)line).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SegmentaPackage.SEGMENT_HISTORY_ENTRY__LINE, null, msgs);
			if (newLine != null)
				msgs = ((InternalEObject)newLine).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SegmentaPackage.SEGMENT_HISTORY_ENTRY__LINE, null, msgs);
			msgs = basicSetLine(newLine, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENT_HISTORY_ENTRY__LINE, newLine, newLine));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SegmentaPackage.SEGMENT_HISTORY_ENTRY__LINE:
				return basicSetLine(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SegmentaPackage.SEGMENT_HISTORY_ENTRY__SEGMENT_NO:
				return getSegmentNo();
			case SegmentaPackage.SEGMENT_HISTORY_ENTRY__STEP_NO:
				return getStepNo();
			case SegmentaPackage.SEGMENT_HISTORY_ENTRY__ACTION:
				return getAction();
			case SegmentaPackage.SEGMENT_HISTORY_ENTRY__LINE_NO:
				return getLineNo();
			case SegmentaPackage.SEGMENT_HISTORY_ENTRY__CONTACT_NO:
				return getContactNo();
			case SegmentaPackage.SEGMENT_HISTORY_ENTRY__LINE:
				return getLine();
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
			case SegmentaPackage.SEGMENT_HISTORY_ENTRY__SEGMENT_NO:
				setSegmentNo((String)newValue);
				return;
			case SegmentaPackage.SEGMENT_HISTORY_ENTRY__STEP_NO:
				setStepNo((Integer)newValue);
				return;
			case SegmentaPackage.SEGMENT_HISTORY_ENTRY__ACTION:
				setAction((HistoryAction)newValue);
				return;
			case SegmentaPackage.SEGMENT_HISTORY_ENTRY__LINE_NO:
				setLineNo((Integer)newValue);
				return;
			case SegmentaPackage.SEGMENT_HISTORY_ENTRY__CONTACT_NO:
				setContactNo((String)newValue);
				return;
			case SegmentaPackage.SEGMENT_HISTORY_ENTRY__LINE:
				setLine((SegmentLine)newValue);
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
			case SegmentaPackage.SEGMENT_HISTORY_ENTRY__SEGMENT_NO:
				setSegmentNo(SEGMENT_NO_EDEFAULT);
				return;
			case SegmentaPackage.SEGMENT_HISTORY_ENTRY__STEP_NO:
				setStepNo(STEP_NO_EDEFAULT);
				return;
			case SegmentaPackage.SEGMENT_HISTORY_ENTRY__ACTION:
				setAction(ACTION_EDEFAULT);
				return;
			case SegmentaPackage.SEGMENT_HISTORY_ENTRY__LINE_NO:
				setLineNo(LINE_NO_EDEFAULT);
				return;
			case SegmentaPackage.SEGMENT_HISTORY_ENTRY__CONTACT_NO:
				setContactNo(CONTACT_NO_EDEFAULT);
				return;
			case SegmentaPackage.SEGMENT_HISTORY_ENTRY__LINE:
				setLine((SegmentLine)null);
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
			case SegmentaPackage.SEGMENT_HISTORY_ENTRY__SEGMENT_NO:
				return SEGMENT_NO_EDEFAULT == null ? segmentNo != null : !SEGMENT_NO_EDEFAULT.equals(segmentNo);
			case SegmentaPackage.SEGMENT_HISTORY_ENTRY__STEP_NO:
				return stepNo != STEP_NO_EDEFAULT;
			case SegmentaPackage.SEGMENT_HISTORY_ENTRY__ACTION:
				return action != ACTION_EDEFAULT;
			case SegmentaPackage.SEGMENT_HISTORY_ENTRY__LINE_NO:
				return lineNo != LINE_NO_EDEFAULT;
			case SegmentaPackage.SEGMENT_HISTORY_ENTRY__CONTACT_NO:
				return CONTACT_NO_EDEFAULT == null ? contactNo != null : !CONTACT_NO_EDEFAULT.equals(contactNo);
			case SegmentaPackage.SEGMENT_HISTORY_ENTRY__LINE:
				return line != null;
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
		result.append(" (segmentNo: ");
		result.append(segmentNo);
		result.append(", stepNo: ");
		result.append(stepNo);
		result.append(", action: ");
		result.append(action);
		result.append(", lineNo: ");
		result.append(lineNo);
		result.append(", contactNo: ");
		result.append(contactNo);
		result.append(')');
		return result.toString();
	}

} //SegmentHistoryEntryImpl
