/**
 */
package org.segmenta.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Contact Mailing Group</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A contact's membership in a mailing group. Source: NAV table 5056.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.model.ContactMailingGroup#getMailingGroupCode <em>Mailing Group Code</em>}</li>
 * </ul>
 *
 * @see org.segmenta.model.SegmentaPackage#getContactMailingGroup()
 * @model
 * @generated
 */
public interface ContactMailingGroup extends EObject {
	/**
	 * Returns the value of the '<em><b>Mailing Group Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The mailing group.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mailing Group Code</em>' attribute.
	 * @see #setMailingGroupCode(String)
	 * @see org.segmenta.model.SegmentaPackage#getContactMailingGroup_MailingGroupCode()
	 * @model required="true"
	 * @generated
	 */
	String getMailingGroupCode();

	/**
	 * Sets the value of the '{@link org.segmenta.model.ContactMailingGroup#getMailingGroupCode <em>Mailing Group Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mailing Group Code</em>' attribute.
	 * @see #getMailingGroupCode()
	 * @generated
	 */
	void setMailingGroupCode(String value);

} // ContactMailingGroup
