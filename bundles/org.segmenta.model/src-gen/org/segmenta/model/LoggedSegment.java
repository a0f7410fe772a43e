/**
 */
package org.segmenta.model;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Logged Segment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A segment that has been logged: its interactions are in the Interaction Log. Source: NAV table 5075.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.model.LoggedSegment#getEntryNo <em>Entry No</em>}</li>
 *   <li>{@link org.segmenta.model.LoggedSegment#getSegmentNo <em>Segment No</em>}</li>
 *   <li>{@link org.segmenta.model.LoggedSegment#getDescription <em>Description</em>}</li>
 *   <li>{@link org.segmenta.model.LoggedSegment#getCreationDate <em>Creation Date</em>}</li>
 *   <li>{@link org.segmenta.model.LoggedSegment#getUserId <em>User Id</em>}</li>
 *   <li>{@link org.segmenta.model.LoggedSegment#isCanceled <em>Canceled</em>}</li>
 *   <li>{@link org.segmenta.model.LoggedSegment#getNoOfInteractions <em>No Of Interactions</em>}</li>
 * </ul>
 *
 * @see org.segmenta.model.SegmentaPackage#getLoggedSegment()
 * @model
 * @generated
 */
public interface LoggedSegment extends EObject {
	/**
	 * Returns the value of the '<em><b>Entry No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Entry number.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Entry No</em>' attribute.
	 * @see #setEntryNo(long)
	 * @see org.segmenta.model.SegmentaPackage#getLoggedSegment_EntryNo()
	 * @model id="true"
	 * @generated
	 */
	long getEntryNo();

	/**
	 * Sets the value of the '{@link org.segmenta.model.LoggedSegment#getEntryNo <em>Entry No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Entry No</em>' attribute.
	 * @see #getEntryNo()
	 * @generated
	 */
	void setEntryNo(long value);

	/**
	 * Returns the value of the '<em><b>Segment No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The segment's number.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Segment No</em>' attribute.
	 * @see #setSegmentNo(String)
	 * @see org.segmenta.model.SegmentaPackage#getLoggedSegment_SegmentNo()
	 * @model
	 * @generated
	 */
	String getSegmentNo();

	/**
	 * Sets the value of the '{@link org.segmenta.model.LoggedSegment#getSegmentNo <em>Segment No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Segment No</em>' attribute.
	 * @see #getSegmentNo()
	 * @generated
	 */
	void setSegmentNo(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Description.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.segmenta.model.SegmentaPackage#getLoggedSegment_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.segmenta.model.LoggedSegment#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Creation Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When it was logged.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Creation Date</em>' attribute.
	 * @see #setCreationDate(LocalDate)
	 * @see org.segmenta.model.SegmentaPackage#getLoggedSegment_CreationDate()
	 * @model dataType="org.segmenta.model.LocalDate"
	 * @generated
	 */
	LocalDate getCreationDate();

	/**
	 * Sets the value of the '{@link org.segmenta.model.LoggedSegment#getCreationDate <em>Creation Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Creation Date</em>' attribute.
	 * @see #getCreationDate()
	 * @generated
	 */
	void setCreationDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>User Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who logged it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>User Id</em>' attribute.
	 * @see #setUserId(String)
	 * @see org.segmenta.model.SegmentaPackage#getLoggedSegment_UserId()
	 * @model
	 * @generated
	 */
	String getUserId();

	/**
	 * Sets the value of the '{@link org.segmenta.model.LoggedSegment#getUserId <em>User Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>User Id</em>' attribute.
	 * @see #getUserId()
	 * @generated
	 */
	void setUserId(String value);

	/**
	 * Returns the value of the '<em><b>Canceled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Canceled with all its entries.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Canceled</em>' attribute.
	 * @see #setCanceled(boolean)
	 * @see org.segmenta.model.SegmentaPackage#getLoggedSegment_Canceled()
	 * @model
	 * @generated
	 */
	boolean isCanceled();

	/**
	 * Sets the value of the '{@link org.segmenta.model.LoggedSegment#isCanceled <em>Canceled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Canceled</em>' attribute.
	 * @see #isCanceled()
	 * @generated
	 */
	void setCanceled(boolean value);

	/**
	 * Returns the value of the '<em><b>No Of Interactions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of its interaction log entries (computed by the store).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>No Of Interactions</em>' attribute.
	 * @see #setNoOfInteractions(int)
	 * @see org.segmenta.model.SegmentaPackage#getLoggedSegment_NoOfInteractions()
	 * @model transient="true"
	 * @generated
	 */
	int getNoOfInteractions();

	/**
	 * Sets the value of the '{@link org.segmenta.model.LoggedSegment#getNoOfInteractions <em>No Of Interactions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>No Of Interactions</em>' attribute.
	 * @see #getNoOfInteractions()
	 * @generated
	 */
	void setNoOfInteractions(int value);

} // LoggedSegment
