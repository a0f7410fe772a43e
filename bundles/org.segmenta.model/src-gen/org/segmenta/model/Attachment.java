/**
 */
package org.segmenta.model;

import java.time.Instant;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Attachment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A stored document: an attachment, a Word template or a merged letter. The content lives in the store and is streamed, never held in the model. Source: NAV table 5062.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.model.Attachment#getNo <em>No</em>}</li>
 *   <li>{@link org.segmenta.model.Attachment#getFileName <em>File Name</em>}</li>
 *   <li>{@link org.segmenta.model.Attachment#getMediaType <em>Media Type</em>}</li>
 *   <li>{@link org.segmenta.model.Attachment#getSize <em>Size</em>}</li>
 *   <li>{@link org.segmenta.model.Attachment#isReadOnly <em>Read Only</em>}</li>
 *   <li>{@link org.segmenta.model.Attachment#getCreated <em>Created</em>}</li>
 *   <li>{@link org.segmenta.model.Attachment#getFieldMapping <em>Field Mapping</em>}</li>
 * </ul>
 *
 * @see org.segmenta.model.SegmentaPackage#getAttachment()
 * @model
 * @generated
 */
public interface Attachment extends EObject {
	/**
	 * Returns the value of the '<em><b>No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unique number given by the store.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>No</em>' attribute.
	 * @see #setNo(long)
	 * @see org.segmenta.model.SegmentaPackage#getAttachment_No()
	 * @model id="true"
	 * @generated
	 */
	long getNo();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Attachment#getNo <em>No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>No</em>' attribute.
	 * @see #getNo()
	 * @generated
	 */
	void setNo(long value);

	/**
	 * Returns the value of the '<em><b>File Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * File name with extension, for example Letter.docx.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>File Name</em>' attribute.
	 * @see #setFileName(String)
	 * @see org.segmenta.model.SegmentaPackage#getAttachment_FileName()
	 * @model
	 * @generated
	 */
	String getFileName();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Attachment#getFileName <em>File Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>File Name</em>' attribute.
	 * @see #getFileName()
	 * @generated
	 */
	void setFileName(String value);

	/**
	 * Returns the value of the '<em><b>Media Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Media type, for example application/vnd.openxmlformats-officedocument.wordprocessingml.document.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Media Type</em>' attribute.
	 * @see #setMediaType(String)
	 * @see org.segmenta.model.SegmentaPackage#getAttachment_MediaType()
	 * @model
	 * @generated
	 */
	String getMediaType();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Attachment#getMediaType <em>Media Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Media Type</em>' attribute.
	 * @see #getMediaType()
	 * @generated
	 */
	void setMediaType(String value);

	/**
	 * Returns the value of the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Content length in bytes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Size</em>' attribute.
	 * @see #setSize(long)
	 * @see org.segmenta.model.SegmentaPackage#getAttachment_Size()
	 * @model
	 * @generated
	 */
	long getSize();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Attachment#getSize <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Size</em>' attribute.
	 * @see #getSize()
	 * @generated
	 */
	void setSize(long value);

	/**
	 * Returns the value of the '<em><b>Read Only</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Set when the document was logged with an interaction; it may no longer change.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Read Only</em>' attribute.
	 * @see #setReadOnly(boolean)
	 * @see org.segmenta.model.SegmentaPackage#getAttachment_ReadOnly()
	 * @model
	 * @generated
	 */
	boolean isReadOnly();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Attachment#isReadOnly <em>Read Only</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Read Only</em>' attribute.
	 * @see #isReadOnly()
	 * @generated
	 */
	void setReadOnly(boolean value);

	/**
	 * Returns the value of the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When it was stored.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Created</em>' attribute.
	 * @see #setCreated(Instant)
	 * @see org.segmenta.model.SegmentaPackage#getAttachment_Created()
	 * @model dataType="org.segmenta.model.Instant"
	 * @generated
	 */
	Instant getCreated();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Attachment#getCreated <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created</em>' attribute.
	 * @see #getCreated()
	 * @generated
	 */
	void setCreated(Instant value);

	/**
	 * Returns the value of the '<em><b>Field Mapping</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a Word main document: how its merge fields map to Segmenta's merge data, as the user matched them (Word's Match Fields), kept with the document; one line per field, field name, a tab, the merge key's name (empty: left blank). Null when the document was never matched by hand. Read and written with org.segmenta.core.merge.FieldMapping#toText and #fromText.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Field Mapping</em>' attribute.
	 * @see #setFieldMapping(String)
	 * @see org.segmenta.model.SegmentaPackage#getAttachment_FieldMapping()
	 * @model
	 * @generated
	 */
	String getFieldMapping();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Attachment#getFieldMapping <em>Field Mapping</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Field Mapping</em>' attribute.
	 * @see #getFieldMapping()
	 * @generated
	 */
	void setFieldMapping(String value);

} // Attachment
