/**
 */
package org.segmenta.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Contact Industry Group</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A contact's industry group. Source: NAV table 5058.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.model.ContactIndustryGroup#getIndustryGroupCode <em>Industry Group Code</em>}</li>
 * </ul>
 *
 * @see org.segmenta.model.SegmentaPackage#getContactIndustryGroup()
 * @model
 * @generated
 */
public interface ContactIndustryGroup extends EObject {
	/**
	 * Returns the value of the '<em><b>Industry Group Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The industry group.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Industry Group Code</em>' attribute.
	 * @see #setIndustryGroupCode(String)
	 * @see org.segmenta.model.SegmentaPackage#getContactIndustryGroup_IndustryGroupCode()
	 * @model required="true"
	 * @generated
	 */
	String getIndustryGroupCode();

	/**
	 * Sets the value of the '{@link org.segmenta.model.ContactIndustryGroup#getIndustryGroupCode <em>Industry Group Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Industry Group Code</em>' attribute.
	 * @see #getIndustryGroupCode()
	 * @generated
	 */
	void setIndustryGroupCode(String value);

} // ContactIndustryGroup
