/**
 */
package org.segmenta.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.segmenta.model.CriteriaAction;
import org.segmenta.model.CriteriaFilter;
import org.segmenta.model.SegmentCriteriaLine;
import org.segmenta.model.SegmentaPackage;
import org.segmenta.model.StepKind;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Segment Criteria Line</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.model.impl.SegmentCriteriaLineImpl#getStepNo <em>Step No</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentCriteriaLineImpl#getAction <em>Action</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentCriteriaLineImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentCriteriaLineImpl#isAllowExistingContacts <em>Allow Existing Contacts</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentCriteriaLineImpl#isExpandCompanies <em>Expand Companies</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentCriteriaLineImpl#isAllowRelatedCompanies <em>Allow Related Companies</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentCriteriaLineImpl#isIgnoreExclusion <em>Ignore Exclusion</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentCriteriaLineImpl#isEntireCompanies <em>Entire Companies</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentCriteriaLineImpl#getLoggedSegmentEntryNo <em>Logged Segment Entry No</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentCriteriaLineImpl#isUndone <em>Undone</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentCriteriaLineImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentCriteriaLineImpl#getFilters <em>Filters</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SegmentCriteriaLineImpl extends MinimalEObjectImpl.Container implements SegmentCriteriaLine {
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
	protected static final CriteriaAction ACTION_EDEFAULT = CriteriaAction.ADD;

	/**
	 * The cached value of the '{@link #getAction() <em>Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAction()
	 * @generated
	 * @ordered
	 */
	protected CriteriaAction action = ACTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final StepKind KIND_EDEFAULT = StepKind.CRITERIA;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected StepKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #isAllowExistingContacts() <em>Allow Existing Contacts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAllowExistingContacts()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ALLOW_EXISTING_CONTACTS_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isAllowExistingContacts() <em>Allow Existing Contacts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAllowExistingContacts()
	 * @generated
	 * @ordered
	 */
	protected boolean allowExistingContacts = ALLOW_EXISTING_CONTACTS_EDEFAULT;

	/**
	 * The default value of the '{@link #isExpandCompanies() <em>Expand Companies</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isExpandCompanies()
	 * @generated
	 * @ordered
	 */
	protected static final boolean EXPAND_COMPANIES_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isExpandCompanies() <em>Expand Companies</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isExpandCompanies()
	 * @generated
	 * @ordered
	 */
	protected boolean expandCompanies = EXPAND_COMPANIES_EDEFAULT;

	/**
	 * The default value of the '{@link #isAllowRelatedCompanies() <em>Allow Related Companies</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAllowRelatedCompanies()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ALLOW_RELATED_COMPANIES_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isAllowRelatedCompanies() <em>Allow Related Companies</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAllowRelatedCompanies()
	 * @generated
	 * @ordered
	 */
	protected boolean allowRelatedCompanies = ALLOW_RELATED_COMPANIES_EDEFAULT;

	/**
	 * The default value of the '{@link #isIgnoreExclusion() <em>Ignore Exclusion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIgnoreExclusion()
	 * @generated
	 * @ordered
	 */
	protected static final boolean IGNORE_EXCLUSION_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isIgnoreExclusion() <em>Ignore Exclusion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIgnoreExclusion()
	 * @generated
	 * @ordered
	 */
	protected boolean ignoreExclusion = IGNORE_EXCLUSION_EDEFAULT;

	/**
	 * The default value of the '{@link #isEntireCompanies() <em>Entire Companies</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEntireCompanies()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ENTIRE_COMPANIES_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isEntireCompanies() <em>Entire Companies</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEntireCompanies()
	 * @generated
	 * @ordered
	 */
	protected boolean entireCompanies = ENTIRE_COMPANIES_EDEFAULT;

	/**
	 * The default value of the '{@link #getLoggedSegmentEntryNo() <em>Logged Segment Entry No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLoggedSegmentEntryNo()
	 * @generated
	 * @ordered
	 */
	protected static final Long LOGGED_SEGMENT_ENTRY_NO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLoggedSegmentEntryNo() <em>Logged Segment Entry No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLoggedSegmentEntryNo()
	 * @generated
	 * @ordered
	 */
	protected Long loggedSegmentEntryNo = LOGGED_SEGMENT_ENTRY_NO_EDEFAULT;

	/**
	 * The default value of the '{@link #isUndone() <em>Undone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isUndone()
	 * @generated
	 * @ordered
	 */
	protected static final boolean UNDONE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isUndone() <em>Undone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isUndone()
	 * @generated
	 * @ordered
	 */
	protected boolean undone = UNDONE_EDEFAULT;

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
	 * The cached value of the '{@link #getFilters() <em>Filters</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFilters()
	 * @generated
	 * @ordered
	 */
	protected EList<CriteriaFilter> filters;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SegmentCriteriaLineImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SegmentaPackage.Literals.SEGMENT_CRITERIA_LINE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENT_CRITERIA_LINE__STEP_NO, oldStepNo, stepNo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CriteriaAction getAction() {
		return action;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAction(CriteriaAction newAction) {
		CriteriaAction oldAction = action;
		action = newAction == null ? ACTION_EDEFAULT : newAction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENT_CRITERIA_LINE__ACTION, oldAction, action));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StepKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(StepKind newKind) {
		StepKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENT_CRITERIA_LINE__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAllowExistingContacts() {
		return allowExistingContacts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAllowExistingContacts(boolean newAllowExistingContacts) {
		boolean oldAllowExistingContacts = allowExistingContacts;
		allowExistingContacts = newAllowExistingContacts;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENT_CRITERIA_LINE__ALLOW_EXISTING_CONTACTS, oldAllowExistingContacts, allowExistingContacts));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isExpandCompanies() {
		return expandCompanies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExpandCompanies(boolean newExpandCompanies) {
		boolean oldExpandCompanies = expandCompanies;
		expandCompanies = newExpandCompanies;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENT_CRITERIA_LINE__EXPAND_COMPANIES, oldExpandCompanies, expandCompanies));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAllowRelatedCompanies() {
		return allowRelatedCompanies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAllowRelatedCompanies(boolean newAllowRelatedCompanies) {
		boolean oldAllowRelatedCompanies = allowRelatedCompanies;
		allowRelatedCompanies = newAllowRelatedCompanies;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENT_CRITERIA_LINE__ALLOW_RELATED_COMPANIES, oldAllowRelatedCompanies, allowRelatedCompanies));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isIgnoreExclusion() {
		return ignoreExclusion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIgnoreExclusion(boolean newIgnoreExclusion) {
		boolean oldIgnoreExclusion = ignoreExclusion;
		ignoreExclusion = newIgnoreExclusion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENT_CRITERIA_LINE__IGNORE_EXCLUSION, oldIgnoreExclusion, ignoreExclusion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isEntireCompanies() {
		return entireCompanies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEntireCompanies(boolean newEntireCompanies) {
		boolean oldEntireCompanies = entireCompanies;
		entireCompanies = newEntireCompanies;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENT_CRITERIA_LINE__ENTIRE_COMPANIES, oldEntireCompanies, entireCompanies));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getLoggedSegmentEntryNo() {
		return loggedSegmentEntryNo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLoggedSegmentEntryNo(Long newLoggedSegmentEntryNo) {
		Long oldLoggedSegmentEntryNo = loggedSegmentEntryNo;
		loggedSegmentEntryNo = newLoggedSegmentEntryNo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENT_CRITERIA_LINE__LOGGED_SEGMENT_ENTRY_NO, oldLoggedSegmentEntryNo, loggedSegmentEntryNo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isUndone() {
		return undone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUndone(boolean newUndone) {
		boolean oldUndone = undone;
		undone = newUndone;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENT_CRITERIA_LINE__UNDONE, oldUndone, undone));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENT_CRITERIA_LINE__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CriteriaFilter> getFilters() {
		if (filters == null) {
			filters = new EObjectContainmentEList<CriteriaFilter>(CriteriaFilter.class, this, SegmentaPackage.SEGMENT_CRITERIA_LINE__FILTERS);
		}
		return filters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SegmentaPackage.SEGMENT_CRITERIA_LINE__FILTERS:
				return ((InternalEList<?>)getFilters()).basicRemove(otherEnd, msgs);
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
			case SegmentaPackage.SEGMENT_CRITERIA_LINE__STEP_NO:
				return getStepNo();
			case SegmentaPackage.SEGMENT_CRITERIA_LINE__ACTION:
				return getAction();
			case SegmentaPackage.SEGMENT_CRITERIA_LINE__KIND:
				return getKind();
			case SegmentaPackage.SEGMENT_CRITERIA_LINE__ALLOW_EXISTING_CONTACTS:
				return isAllowExistingContacts();
			case SegmentaPackage.SEGMENT_CRITERIA_LINE__EXPAND_COMPANIES:
				return isExpandCompanies();
			case SegmentaPackage.SEGMENT_CRITERIA_LINE__ALLOW_RELATED_COMPANIES:
				return isAllowRelatedCompanies();
			case SegmentaPackage.SEGMENT_CRITERIA_LINE__IGNORE_EXCLUSION:
				return isIgnoreExclusion();
			case SegmentaPackage.SEGMENT_CRITERIA_LINE__ENTIRE_COMPANIES:
				return isEntireCompanies();
			case SegmentaPackage.SEGMENT_CRITERIA_LINE__LOGGED_SEGMENT_ENTRY_NO:
				return getLoggedSegmentEntryNo();
			case SegmentaPackage.SEGMENT_CRITERIA_LINE__UNDONE:
				return isUndone();
			case SegmentaPackage.SEGMENT_CRITERIA_LINE__DESCRIPTION:
				return getDescription();
			case SegmentaPackage.SEGMENT_CRITERIA_LINE__FILTERS:
				return getFilters();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SegmentaPackage.SEGMENT_CRITERIA_LINE__STEP_NO:
				setStepNo((Integer)newValue);
				return;
			case SegmentaPackage.SEGMENT_CRITERIA_LINE__ACTION:
				setAction((CriteriaAction)newValue);
				return;
			case SegmentaPackage.SEGMENT_CRITERIA_LINE__KIND:
				setKind((StepKind)newValue);
				return;
			case SegmentaPackage.SEGMENT_CRITERIA_LINE__ALLOW_EXISTING_CONTACTS:
				setAllowExistingContacts((Boolean)newValue);
				return;
			case SegmentaPackage.SEGMENT_CRITERIA_LINE__EXPAND_COMPANIES:
				setExpandCompanies((Boolean)newValue);
				return;
			case SegmentaPackage.SEGMENT_CRITERIA_LINE__ALLOW_RELATED_COMPANIES:
				setAllowRelatedCompanies((Boolean)newValue);
				return;
			case SegmentaPackage.SEGMENT_CRITERIA_LINE__IGNORE_EXCLUSION:
				setIgnoreExclusion((Boolean)newValue);
				return;
			case SegmentaPackage.SEGMENT_CRITERIA_LINE__ENTIRE_COMPANIES:
				setEntireCompanies((Boolean)newValue);
				return;
			case SegmentaPackage.SEGMENT_CRITERIA_LINE__LOGGED_SEGMENT_ENTRY_NO:
				setLoggedSegmentEntryNo((Long)newValue);
				return;
			case SegmentaPackage.SEGMENT_CRITERIA_LINE__UNDONE:
				setUndone((Boolean)newValue);
				return;
			case SegmentaPackage.SEGMENT_CRITERIA_LINE__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case SegmentaPackage.SEGMENT_CRITERIA_LINE__FILTERS:
				getFilters().clear();
				getFilters().addAll((Collection<? extends CriteriaFilter>)newValue);
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
			case SegmentaPackage.SEGMENT_CRITERIA_LINE__STEP_NO:
				setStepNo(STEP_NO_EDEFAULT);
				return;
			case SegmentaPackage.SEGMENT_CRITERIA_LINE__ACTION:
				setAction(ACTION_EDEFAULT);
				return;
			case SegmentaPackage.SEGMENT_CRITERIA_LINE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case SegmentaPackage.SEGMENT_CRITERIA_LINE__ALLOW_EXISTING_CONTACTS:
				setAllowExistingContacts(ALLOW_EXISTING_CONTACTS_EDEFAULT);
				return;
			case SegmentaPackage.SEGMENT_CRITERIA_LINE__EXPAND_COMPANIES:
				setExpandCompanies(EXPAND_COMPANIES_EDEFAULT);
				return;
			case SegmentaPackage.SEGMENT_CRITERIA_LINE__ALLOW_RELATED_COMPANIES:
				setAllowRelatedCompanies(ALLOW_RELATED_COMPANIES_EDEFAULT);
				return;
			case SegmentaPackage.SEGMENT_CRITERIA_LINE__IGNORE_EXCLUSION:
				setIgnoreExclusion(IGNORE_EXCLUSION_EDEFAULT);
				return;
			case SegmentaPackage.SEGMENT_CRITERIA_LINE__ENTIRE_COMPANIES:
				setEntireCompanies(ENTIRE_COMPANIES_EDEFAULT);
				return;
			case SegmentaPackage.SEGMENT_CRITERIA_LINE__LOGGED_SEGMENT_ENTRY_NO:
				setLoggedSegmentEntryNo(LOGGED_SEGMENT_ENTRY_NO_EDEFAULT);
				return;
			case SegmentaPackage.SEGMENT_CRITERIA_LINE__UNDONE:
				setUndone(UNDONE_EDEFAULT);
				return;
			case SegmentaPackage.SEGMENT_CRITERIA_LINE__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case SegmentaPackage.SEGMENT_CRITERIA_LINE__FILTERS:
				getFilters().clear();
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
			case SegmentaPackage.SEGMENT_CRITERIA_LINE__STEP_NO:
				return stepNo != STEP_NO_EDEFAULT;
			case SegmentaPackage.SEGMENT_CRITERIA_LINE__ACTION:
				return action != ACTION_EDEFAULT;
			case SegmentaPackage.SEGMENT_CRITERIA_LINE__KIND:
				return kind != KIND_EDEFAULT;
			case SegmentaPackage.SEGMENT_CRITERIA_LINE__ALLOW_EXISTING_CONTACTS:
				return allowExistingContacts != ALLOW_EXISTING_CONTACTS_EDEFAULT;
			case SegmentaPackage.SEGMENT_CRITERIA_LINE__EXPAND_COMPANIES:
				return expandCompanies != EXPAND_COMPANIES_EDEFAULT;
			case SegmentaPackage.SEGMENT_CRITERIA_LINE__ALLOW_RELATED_COMPANIES:
				return allowRelatedCompanies != ALLOW_RELATED_COMPANIES_EDEFAULT;
			case SegmentaPackage.SEGMENT_CRITERIA_LINE__IGNORE_EXCLUSION:
				return ignoreExclusion != IGNORE_EXCLUSION_EDEFAULT;
			case SegmentaPackage.SEGMENT_CRITERIA_LINE__ENTIRE_COMPANIES:
				return entireCompanies != ENTIRE_COMPANIES_EDEFAULT;
			case SegmentaPackage.SEGMENT_CRITERIA_LINE__LOGGED_SEGMENT_ENTRY_NO:
				return LOGGED_SEGMENT_ENTRY_NO_EDEFAULT == null ? loggedSegmentEntryNo != null : !LOGGED_SEGMENT_ENTRY_NO_EDEFAULT.equals(loggedSegmentEntryNo);
			case SegmentaPackage.SEGMENT_CRITERIA_LINE__UNDONE:
				return undone != UNDONE_EDEFAULT;
			case SegmentaPackage.SEGMENT_CRITERIA_LINE__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case SegmentaPackage.SEGMENT_CRITERIA_LINE__FILTERS:
				return filters != null && !filters.isEmpty();
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
		result.append(" (stepNo: ");
		result.append(stepNo);
		result.append(", action: ");
		result.append(action);
		result.append(", kind: ");
		result.append(kind);
		result.append(", allowExistingContacts: ");
		result.append(allowExistingContacts);
		result.append(", expandCompanies: ");
		result.append(expandCompanies);
		result.append(", allowRelatedCompanies: ");
		result.append(allowRelatedCompanies);
		result.append(", ignoreExclusion: ");
		result.append(ignoreExclusion);
		result.append(", entireCompanies: ");
		result.append(entireCompanies);
		result.append(", loggedSegmentEntryNo: ");
		result.append(loggedSegmentEntryNo);
		result.append(", undone: ");
		result.append(undone);
		result.append(", description: ");
		result.append(description);
		result.append(')');
		return result.toString();
	}

} //SegmentCriteriaLineImpl
