/**
 */
package org.segmenta.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Segment Criteria Line</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One step that changed a segment's lines: its action, options and filters. Also the line of a Saved Segment Criteria. Source: NAV tables 5097/5099 (action line with its filter lines).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.model.SegmentCriteriaLine#getStepNo <em>Step No</em>}</li>
 *   <li>{@link org.segmenta.model.SegmentCriteriaLine#getAction <em>Action</em>}</li>
 *   <li>{@link org.segmenta.model.SegmentCriteriaLine#getKind <em>Kind</em>}</li>
 *   <li>{@link org.segmenta.model.SegmentCriteriaLine#isAllowExistingContacts <em>Allow Existing Contacts</em>}</li>
 *   <li>{@link org.segmenta.model.SegmentCriteriaLine#isExpandCompanies <em>Expand Companies</em>}</li>
 *   <li>{@link org.segmenta.model.SegmentCriteriaLine#isAllowRelatedCompanies <em>Allow Related Companies</em>}</li>
 *   <li>{@link org.segmenta.model.SegmentCriteriaLine#isIgnoreExclusion <em>Ignore Exclusion</em>}</li>
 *   <li>{@link org.segmenta.model.SegmentCriteriaLine#isEntireCompanies <em>Entire Companies</em>}</li>
 *   <li>{@link org.segmenta.model.SegmentCriteriaLine#getLoggedSegmentEntryNo <em>Logged Segment Entry No</em>}</li>
 *   <li>{@link org.segmenta.model.SegmentCriteriaLine#isUndone <em>Undone</em>}</li>
 *   <li>{@link org.segmenta.model.SegmentCriteriaLine#getDescription <em>Description</em>}</li>
 *   <li>{@link org.segmenta.model.SegmentCriteriaLine#getFilters <em>Filters</em>}</li>
 * </ul>
 *
 * @see org.segmenta.model.SegmentaPackage#getSegmentCriteriaLine()
 * @model
 * @generated
 */
public interface SegmentCriteriaLine extends EObject {
	/**
	 * Returns the value of the '<em><b>Step No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 1-based number of the step in the segment.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Step No</em>' attribute.
	 * @see #setStepNo(int)
	 * @see org.segmenta.model.SegmentaPackage#getSegmentCriteriaLine_StepNo()
	 * @model required="true"
	 * @generated
	 */
	int getStepNo();

	/**
	 * Sets the value of the '{@link org.segmenta.model.SegmentCriteriaLine#getStepNo <em>Step No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Step No</em>' attribute.
	 * @see #getStepNo()
	 * @generated
	 */
	void setStepNo(int value);

	/**
	 * Returns the value of the '<em><b>Action</b></em>' attribute.
	 * The literals are from the enumeration {@link org.segmenta.model.CriteriaAction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Add, Reduce or Refine.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Action</em>' attribute.
	 * @see org.segmenta.model.CriteriaAction
	 * @see #setAction(CriteriaAction)
	 * @see org.segmenta.model.SegmentaPackage#getSegmentCriteriaLine_Action()
	 * @model
	 * @generated
	 */
	CriteriaAction getAction();

	/**
	 * Sets the value of the '{@link org.segmenta.model.SegmentCriteriaLine#getAction <em>Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Action</em>' attribute.
	 * @see org.segmenta.model.CriteriaAction
	 * @see #getAction()
	 * @generated
	 */
	void setAction(CriteriaAction value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.segmenta.model.StepKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Criteria, manual or reused logged segment.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.segmenta.model.StepKind
	 * @see #setKind(StepKind)
	 * @see org.segmenta.model.SegmentaPackage#getSegmentCriteriaLine_Kind()
	 * @model
	 * @generated
	 */
	StepKind getKind();

	/**
	 * Sets the value of the '{@link org.segmenta.model.SegmentCriteriaLine#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.segmenta.model.StepKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(StepKind value);

	/**
	 * Returns the value of the '<em><b>Allow Existing Contacts</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Add: contacts already in the segment are added again.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Allow Existing Contacts</em>' attribute.
	 * @see #setAllowExistingContacts(boolean)
	 * @see org.segmenta.model.SegmentaPackage#getSegmentCriteriaLine_AllowExistingContacts()
	 * @model
	 * @generated
	 */
	boolean isAllowExistingContacts();

	/**
	 * Sets the value of the '{@link org.segmenta.model.SegmentCriteriaLine#isAllowExistingContacts <em>Allow Existing Contacts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Allow Existing Contacts</em>' attribute.
	 * @see #isAllowExistingContacts()
	 * @generated
	 */
	void setAllowExistingContacts(boolean value);

	/**
	 * Returns the value of the '<em><b>Expand Companies</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Add: for each match with a company, add all contacts of that company.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Expand Companies</em>' attribute.
	 * @see #setExpandCompanies(boolean)
	 * @see org.segmenta.model.SegmentaPackage#getSegmentCriteriaLine_ExpandCompanies()
	 * @model
	 * @generated
	 */
	boolean isExpandCompanies();

	/**
	 * Sets the value of the '{@link org.segmenta.model.SegmentCriteriaLine#isExpandCompanies <em>Expand Companies</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expand Companies</em>' attribute.
	 * @see #isExpandCompanies()
	 * @generated
	 */
	void setExpandCompanies(boolean value);

	/**
	 * Returns the value of the '<em><b>Allow Related Companies</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Add: for each matched person, add the person's company too.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Allow Related Companies</em>' attribute.
	 * @see #setAllowRelatedCompanies(boolean)
	 * @see org.segmenta.model.SegmentaPackage#getSegmentCriteriaLine_AllowRelatedCompanies()
	 * @model
	 * @generated
	 */
	boolean isAllowRelatedCompanies();

	/**
	 * Sets the value of the '{@link org.segmenta.model.SegmentCriteriaLine#isAllowRelatedCompanies <em>Allow Related Companies</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Allow Related Companies</em>' attribute.
	 * @see #isAllowRelatedCompanies()
	 * @generated
	 */
	void setAllowRelatedCompanies(boolean value);

	/**
	 * Returns the value of the '<em><b>Ignore Exclusion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Add/reuse: include contacts marked Exclude from Segment or Privacy Blocked.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ignore Exclusion</em>' attribute.
	 * @see #setIgnoreExclusion(boolean)
	 * @see org.segmenta.model.SegmentaPackage#getSegmentCriteriaLine_IgnoreExclusion()
	 * @model
	 * @generated
	 */
	boolean isIgnoreExclusion();

	/**
	 * Sets the value of the '{@link org.segmenta.model.SegmentCriteriaLine#isIgnoreExclusion <em>Ignore Exclusion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ignore Exclusion</em>' attribute.
	 * @see #isIgnoreExclusion()
	 * @generated
	 */
	void setIgnoreExclusion(boolean value);

	/**
	 * Returns the value of the '<em><b>Entire Companies</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Reduce/Refine: evaluate and remove whole companies.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Entire Companies</em>' attribute.
	 * @see #setEntireCompanies(boolean)
	 * @see org.segmenta.model.SegmentaPackage#getSegmentCriteriaLine_EntireCompanies()
	 * @model
	 * @generated
	 */
	boolean isEntireCompanies();

	/**
	 * Sets the value of the '{@link org.segmenta.model.SegmentCriteriaLine#isEntireCompanies <em>Entire Companies</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Entire Companies</em>' attribute.
	 * @see #isEntireCompanies()
	 * @generated
	 */
	void setEntireCompanies(boolean value);

	/**
	 * Returns the value of the '<em><b>Logged Segment Entry No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a reused logged segment: its entry number.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Logged Segment Entry No</em>' attribute.
	 * @see #setLoggedSegmentEntryNo(Long)
	 * @see org.segmenta.model.SegmentaPackage#getSegmentCriteriaLine_LoggedSegmentEntryNo()
	 * @model
	 * @generated
	 */
	Long getLoggedSegmentEntryNo();

	/**
	 * Sets the value of the '{@link org.segmenta.model.SegmentCriteriaLine#getLoggedSegmentEntryNo <em>Logged Segment Entry No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Logged Segment Entry No</em>' attribute.
	 * @see #getLoggedSegmentEntryNo()
	 * @generated
	 */
	void setLoggedSegmentEntryNo(Long value);

	/**
	 * Returns the value of the '<em><b>Undone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The step was undone; it is kept so that it can be redone, until a new step replaces it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Undone</em>' attribute.
	 * @see #setUndone(boolean)
	 * @see org.segmenta.model.SegmentaPackage#getSegmentCriteriaLine_Undone()
	 * @model
	 * @generated
	 */
	boolean isUndone();

	/**
	 * Sets the value of the '{@link org.segmenta.model.SegmentCriteriaLine#isUndone <em>Undone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Undone</em>' attribute.
	 * @see #isUndone()
	 * @generated
	 */
	void setUndone(boolean value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Readable summary of the step, for the timeline.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.segmenta.model.SegmentaPackage#getSegmentCriteriaLine_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.segmenta.model.SegmentCriteriaLine#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Filters</b></em>' containment reference list.
	 * The list contents are of type {@link org.segmenta.model.CriteriaFilter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The filters, per criteria source and field.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Filters</em>' containment reference list.
	 * @see org.segmenta.model.SegmentaPackage#getSegmentCriteriaLine_Filters()
	 * @model containment="true"
	 * @generated
	 */
	EList<CriteriaFilter> getFilters();

} // SegmentCriteriaLine
