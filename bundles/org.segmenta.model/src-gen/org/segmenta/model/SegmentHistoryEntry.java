/**
 */
package org.segmenta.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Segment History Entry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What one step did to one line, with the line as it was, so that undo restores it exactly. Source: NAV Segment History, extended with the full line state.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.model.SegmentHistoryEntry#getSegmentNo <em>Segment No</em>}</li>
 *   <li>{@link org.segmenta.model.SegmentHistoryEntry#getStepNo <em>Step No</em>}</li>
 *   <li>{@link org.segmenta.model.SegmentHistoryEntry#getAction <em>Action</em>}</li>
 *   <li>{@link org.segmenta.model.SegmentHistoryEntry#getLineNo <em>Line No</em>}</li>
 *   <li>{@link org.segmenta.model.SegmentHistoryEntry#getContactNo <em>Contact No</em>}</li>
 *   <li>{@link org.segmenta.model.SegmentHistoryEntry#getLine <em>Line</em>}</li>
 * </ul>
 *
 * @see org.segmenta.model.SegmentaPackage#getSegmentHistoryEntry()
 * @model
 * @generated
 */
public interface SegmentHistoryEntry extends EObject {
	/**
	 * Returns the value of the '<em><b>Segment No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The segment.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Segment No</em>' attribute.
	 * @see #setSegmentNo(String)
	 * @see org.segmenta.model.SegmentaPackage#getSegmentHistoryEntry_SegmentNo()
	 * @model required="true"
	 * @generated
	 */
	String getSegmentNo();

	/**
	 * Sets the value of the '{@link org.segmenta.model.SegmentHistoryEntry#getSegmentNo <em>Segment No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Segment No</em>' attribute.
	 * @see #getSegmentNo()
	 * @generated
	 */
	void setSegmentNo(String value);

	/**
	 * Returns the value of the '<em><b>Step No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The step.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Step No</em>' attribute.
	 * @see #setStepNo(int)
	 * @see org.segmenta.model.SegmentaPackage#getSegmentHistoryEntry_StepNo()
	 * @model required="true"
	 * @generated
	 */
	int getStepNo();

	/**
	 * Sets the value of the '{@link org.segmenta.model.SegmentHistoryEntry#getStepNo <em>Step No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Step No</em>' attribute.
	 * @see #getStepNo()
	 * @generated
	 */
	void setStepNo(int value);

	/**
	 * Returns the value of the '<em><b>Action</b></em>' attribute.
	 * The literals are from the enumeration {@link org.segmenta.model.HistoryAction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Insertion or deletion.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Action</em>' attribute.
	 * @see org.segmenta.model.HistoryAction
	 * @see #setAction(HistoryAction)
	 * @see org.segmenta.model.SegmentaPackage#getSegmentHistoryEntry_Action()
	 * @model
	 * @generated
	 */
	HistoryAction getAction();

	/**
	 * Sets the value of the '{@link org.segmenta.model.SegmentHistoryEntry#getAction <em>Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Action</em>' attribute.
	 * @see org.segmenta.model.HistoryAction
	 * @see #getAction()
	 * @generated
	 */
	void setAction(HistoryAction value);

	/**
	 * Returns the value of the '<em><b>Line No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The line.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Line No</em>' attribute.
	 * @see #setLineNo(int)
	 * @see org.segmenta.model.SegmentaPackage#getSegmentHistoryEntry_LineNo()
	 * @model
	 * @generated
	 */
	int getLineNo();

	/**
	 * Sets the value of the '{@link org.segmenta.model.SegmentHistoryEntry#getLineNo <em>Line No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Line No</em>' attribute.
	 * @see #getLineNo()
	 * @generated
	 */
	void setLineNo(int value);

	/**
	 * Returns the value of the '<em><b>Contact No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The line's contact.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Contact No</em>' attribute.
	 * @see #setContactNo(String)
	 * @see org.segmenta.model.SegmentaPackage#getSegmentHistoryEntry_ContactNo()
	 * @model
	 * @generated
	 */
	String getContactNo();

	/**
	 * Sets the value of the '{@link org.segmenta.model.SegmentHistoryEntry#getContactNo <em>Contact No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Contact No</em>' attribute.
	 * @see #getContactNo()
	 * @generated
	 */
	void setContactNo(String value);

	/**
	 * Returns the value of the '<em><b>Line</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The line's full state: after insertion, or before deletion.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Line</em>' containment reference.
	 * @see #setLine(SegmentLine)
	 * @see org.segmenta.model.SegmentaPackage#getSegmentHistoryEntry_Line()
	 * @model containment="true"
	 * @generated
	 */
	SegmentLine getLine();

	/**
	 * Sets the value of the '{@link org.segmenta.model.SegmentHistoryEntry#getLine <em>Line</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Line</em>' containment reference.
	 * @see #getLine()
	 * @generated
	 */
	void setLine(SegmentLine value);

} // SegmentHistoryEntry
