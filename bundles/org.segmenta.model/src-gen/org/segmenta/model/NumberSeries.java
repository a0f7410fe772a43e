/**
 */
package org.segmenta.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Number Series</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A number series that hands out codes such as SEG00001 in order, never twice. Source: NAV No. Series.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.model.NumberSeries#getCode <em>Code</em>}</li>
 *   <li>{@link org.segmenta.model.NumberSeries#getDescription <em>Description</em>}</li>
 *   <li>{@link org.segmenta.model.NumberSeries#getStartingNo <em>Starting No</em>}</li>
 *   <li>{@link org.segmenta.model.NumberSeries#getLastNoUsed <em>Last No Used</em>}</li>
 * </ul>
 *
 * @see org.segmenta.model.SegmentaPackage#getNumberSeries()
 * @model
 * @generated
 */
public interface NumberSeries extends EObject {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unique code, for example SEGMENT.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.segmenta.model.SegmentaPackage#getNumberSeries_Code()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.segmenta.model.NumberSeries#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Description.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.segmenta.model.SegmentaPackage#getNumberSeries_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.segmenta.model.NumberSeries#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Starting No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * First number, for example SEG00001.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Starting No</em>' attribute.
	 * @see #setStartingNo(String)
	 * @see org.segmenta.model.SegmentaPackage#getNumberSeries_StartingNo()
	 * @model
	 * @generated
	 */
	String getStartingNo();

	/**
	 * Sets the value of the '{@link org.segmenta.model.NumberSeries#getStartingNo <em>Starting No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Starting No</em>' attribute.
	 * @see #getStartingNo()
	 * @generated
	 */
	void setStartingNo(String value);

	/**
	 * Returns the value of the '<em><b>Last No Used</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Last number handed out, or empty.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Last No Used</em>' attribute.
	 * @see #setLastNoUsed(String)
	 * @see org.segmenta.model.SegmentaPackage#getNumberSeries_LastNoUsed()
	 * @model
	 * @generated
	 */
	String getLastNoUsed();

	/**
	 * Sets the value of the '{@link org.segmenta.model.NumberSeries#getLastNoUsed <em>Last No Used</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last No Used</em>' attribute.
	 * @see #getLastNoUsed()
	 * @generated
	 */
	void setLastNoUsed(String value);

} // NumberSeries
