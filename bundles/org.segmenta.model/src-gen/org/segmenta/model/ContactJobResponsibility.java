/**
 */
package org.segmenta.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Contact Job Responsibility</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A person's job responsibility. Source: NAV table 5067.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.model.ContactJobResponsibility#getJobResponsibilityCode <em>Job Responsibility Code</em>}</li>
 * </ul>
 *
 * @see org.segmenta.model.SegmentaPackage#getContactJobResponsibility()
 * @model
 * @generated
 */
public interface ContactJobResponsibility extends EObject {
	/**
	 * Returns the value of the '<em><b>Job Responsibility Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The job responsibility.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Job Responsibility Code</em>' attribute.
	 * @see #setJobResponsibilityCode(String)
	 * @see org.segmenta.model.SegmentaPackage#getContactJobResponsibility_JobResponsibilityCode()
	 * @model required="true"
	 * @generated
	 */
	String getJobResponsibilityCode();

	/**
	 * Sets the value of the '{@link org.segmenta.model.ContactJobResponsibility#getJobResponsibilityCode <em>Job Responsibility Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Job Responsibility Code</em>' attribute.
	 * @see #getJobResponsibilityCode()
	 * @generated
	 */
	void setJobResponsibilityCode(String value);

} // ContactJobResponsibility
