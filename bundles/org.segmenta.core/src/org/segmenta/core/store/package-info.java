/**
 * The store: persistence of Segmenta's EMF model, as an OSGi service ({@link org.segmenta.core.store.Store}).
 * <p>
 * Callers run <em>units of work</em>: {@link org.segmenta.core.store.Store#read(Work)} and
 * {@link org.segmenta.core.store.Store#write(Work)} hand a {@link org.segmenta.core.store.StoreSession} to the
 * work, and the session gives the repositories, one per aggregate. A write either commits whole or leaves
 * nothing. Objects read are plain, detached EMF objects; changing them changes nothing until they are passed
 * to {@code update}. Every failure is an unchecked {@link org.segmenta.core.store.StoreException} (or one of its
 * subclasses) whose message says what went wrong, where, and how to fix it.
 * <p>
 * This package has no SQL and no SWT: the implementation (Apache Derby) lives in
 * {@code org.segmenta.store.derby}.
 */
package org.segmenta.core.store;
