/**
 */
package org.segmenta.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Interaction Template Language</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The document of an interaction template in one language: an attachment or a Word template, never both. Source: NAV table 5103.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.model.InteractionTemplateLanguage#getLanguageCode <em>Language Code</em>}</li>
 *   <li>{@link org.segmenta.model.InteractionTemplateLanguage#getDescription <em>Description</em>}</li>
 *   <li>{@link org.segmenta.model.InteractionTemplateLanguage#getAttachmentNo <em>Attachment No</em>}</li>
 *   <li>{@link org.segmenta.model.InteractionTemplateLanguage#getWordTemplateNo <em>Word Template No</em>}</li>
 * </ul>
 *
 * @see org.segmenta.model.SegmentaPackage#getInteractionTemplateLanguage()
 * @model
 * @generated
 */
public interface InteractionTemplateLanguage extends EObject {
	/**
	 * Returns the value of the '<em><b>Language Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The language; empty for language-neutral.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Language Code</em>' attribute.
	 * @see #setLanguageCode(String)
	 * @see org.segmenta.model.SegmentaPackage#getInteractionTemplateLanguage_LanguageCode()
	 * @model
	 * @generated
	 */
	String getLanguageCode();

	/**
	 * Sets the value of the '{@link org.segmenta.model.InteractionTemplateLanguage#getLanguageCode <em>Language Code</em>}' attribute.
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
	 * @see org.segmenta.model.SegmentaPackage#getInteractionTemplateLanguage_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.segmenta.model.InteractionTemplateLanguage#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Attachment No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The attachment sent as is, or null.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Attachment No</em>' attribute.
	 * @see #setAttachmentNo(Long)
	 * @see org.segmenta.model.SegmentaPackage#getInteractionTemplateLanguage_AttachmentNo()
	 * @model
	 * @generated
	 */
	Long getAttachmentNo();

	/**
	 * Sets the value of the '{@link org.segmenta.model.InteractionTemplateLanguage#getAttachmentNo <em>Attachment No</em>}' attribute.
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
	 * The Word main document (an Attachment) merged per contact, or null.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Word Template No</em>' attribute.
	 * @see #setWordTemplateNo(Long)
	 * @see org.segmenta.model.SegmentaPackage#getInteractionTemplateLanguage_WordTemplateNo()
	 * @model
	 * @generated
	 */
	Long getWordTemplateNo();

	/**
	 * Sets the value of the '{@link org.segmenta.model.InteractionTemplateLanguage#getWordTemplateNo <em>Word Template No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Word Template No</em>' attribute.
	 * @see #getWordTemplateNo()
	 * @generated
	 */
	void setWordTemplateNo(Long value);

} // InteractionTemplateLanguage
