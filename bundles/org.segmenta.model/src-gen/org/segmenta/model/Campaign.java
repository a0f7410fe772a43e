/**
 */
package org.segmenta.model;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Campaign</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A marketing campaign interactions can belong to. Source: NAV table 5071.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.model.Campaign#getNo <em>No</em>}</li>
 *   <li>{@link org.segmenta.model.Campaign#getDescription <em>Description</em>}</li>
 *   <li>{@link org.segmenta.model.Campaign#getStartingDate <em>Starting Date</em>}</li>
 *   <li>{@link org.segmenta.model.Campaign#getEndingDate <em>Ending Date</em>}</li>
 *   <li>{@link org.segmenta.model.Campaign#getSalespersonCode <em>Salesperson Code</em>}</li>
 *   <li>{@link org.segmenta.model.Campaign#isActivated <em>Activated</em>}</li>
 * </ul>
 *
 * @see org.segmenta.model.SegmentaPackage#getCampaign()
 * @model
 * @generated
 */
public interface Campaign extends EObject {
	/**
	 * Returns the value of the '<em><b>No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unique number.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>No</em>' attribute.
	 * @see #setNo(String)
	 * @see org.segmenta.model.SegmentaPackage#getCampaign_No()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getNo();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Campaign#getNo <em>No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>No</em>' attribute.
	 * @see #getNo()
	 * @generated
	 */
	void setNo(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Description.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.segmenta.model.SegmentaPackage#getCampaign_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Campaign#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Starting Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * First day.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Starting Date</em>' attribute.
	 * @see #setStartingDate(LocalDate)
	 * @see org.segmenta.model.SegmentaPackage#getCampaign_StartingDate()
	 * @model dataType="org.segmenta.model.LocalDate"
	 * @generated
	 */
	LocalDate getStartingDate();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Campaign#getStartingDate <em>Starting Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Starting Date</em>' attribute.
	 * @see #getStartingDate()
	 * @generated
	 */
	void setStartingDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Ending Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Last day.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ending Date</em>' attribute.
	 * @see #setEndingDate(LocalDate)
	 * @see org.segmenta.model.SegmentaPackage#getCampaign_EndingDate()
	 * @model dataType="org.segmenta.model.LocalDate"
	 * @generated
	 */
	LocalDate getEndingDate();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Campaign#getEndingDate <em>Ending Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ending Date</em>' attribute.
	 * @see #getEndingDate()
	 * @generated
	 */
	void setEndingDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Salesperson Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Responsible salesperson.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Salesperson Code</em>' attribute.
	 * @see #setSalespersonCode(String)
	 * @see org.segmenta.model.SegmentaPackage#getCampaign_SalespersonCode()
	 * @model
	 * @generated
	 */
	String getSalespersonCode();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Campaign#getSalespersonCode <em>Salesperson Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Salesperson Code</em>' attribute.
	 * @see #getSalespersonCode()
	 * @generated
	 */
	void setSalespersonCode(String value);

	/**
	 * Returns the value of the '<em><b>Activated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether campaign prices and target groups are active.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Activated</em>' attribute.
	 * @see #setActivated(boolean)
	 * @see org.segmenta.model.SegmentaPackage#getCampaign_Activated()
	 * @model
	 * @generated
	 */
	boolean isActivated();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Campaign#isActivated <em>Activated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Activated</em>' attribute.
	 * @see #isActivated()
	 * @generated
	 */
	void setActivated(boolean value);

} // Campaign
