/**
 */
package org.segmenta.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Segment Interaction Language</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The document and subject a segment uses for one language (segment-wide, or unique to one line). Source: NAV table Segment Interaction Language.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.model.SegmentInteractionLanguage#getLanguageCode <em>Language Code</em>}</li>
 *   <li>{@link org.segmenta.model.SegmentInteractionLanguage#getDescription <em>Description</em>}</li>
 *   <li>{@link org.segmenta.model.SegmentInteractionLanguage#getSubject <em>Subject</em>}</li>
 *   <li>{@link org.segmenta.model.SegmentInteractionLanguage#getAttachmentNo <em>Attachment No</em>}</li>
 *   <li>{@link org.segmenta.model.SegmentInteractionLanguage#getWordTemplateNo <em>Word Template No</em>}</li>
 * </ul>
 *
 * @see org.segmenta.model.SegmentaPackage#getSegmentInteractionLanguage()
 * @model
 * @generated
 */
public interface SegmentInteractionLanguage extends EObject {
	/**
	 * Returns the value of the '<em><b>Language Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The language.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Language Code</em>' attribute.
	 * @see #setLanguageCode(String)
	 * @see org.segmenta.model.SegmentaPackage#getSegmentInteractionLanguage_LanguageCode()
	 * @model
	 * @generated
	 */
	String getLanguageCode();

	/**
	 * Sets the value of the '{@link org.segmenta.model.SegmentInteractionLanguage#getLanguageCode <em>Language Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Language Code</em>' attribute.
	 * @see #getLanguageCode()
	 * @generated
	 */
	void setLanguageCode(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Description.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.segmenta.model.SegmentaPackage#getSegmentInteractionLanguage_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.segmenta.model.SegmentInteractionLanguage#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Subject for this language.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Subject</em>' attribute.
	 * @see #setSubject(String)
	 * @see org.segmenta.model.SegmentaPackage#getSegmentInteractionLanguage_Subject()
	 * @model
	 * @generated
	 */
	String getSubject();

	/**
	 * Sets the value of the '{@link org.segmenta.model.SegmentInteractionLanguage#getSubject <em>Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subject</em>' attribute.
	 * @see #getSubject()
	 * @generated
	 */
	void setSubject(String value);

	/**
	 * Returns the value of the '<em><b>Attachment No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Attachment, or null.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Attachment No</em>' attribute.
	 * @see #setAttachmentNo(Long)
	 * @see org.segmenta.model.SegmentaPackage#getSegmentInteractionLanguage_AttachmentNo()
	 * @model
	 * @generated
	 */
	Long getAttachmentNo();

	/**
	 * Sets the value of the '{@link org.segmenta.model.SegmentInteractionLanguage#getAttachmentNo <em>Attachment No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Attachment No</em>' attribute.
	 * @see #getAttachmentNo()
	 * @generated
	 */
	void setAttachmentNo(Long value);

	/**
	 * Returns the value of the '<em><b>Word Template No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Word template, or null.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Word Template No</em>' attribute.
	 * @see #setWordTemplateNo(Long)
	 * @see org.segmenta.model.SegmentaPackage#getSegmentInteractionLanguage_WordTemplateNo()
	 * @model
	 * @generated
	 */
	Long getWordTemplateNo();

	/**
	 * Sets the value of the '{@link org.segmenta.model.SegmentInteractionLanguage#getWordTemplateNo <em>Word Template No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Word Template No</em>' attribute.
	 * @see #getWordTemplateNo()
	 * @generated
	 */
	void setWordTemplateNo(Long value);

} // SegmentInteractionLanguage
