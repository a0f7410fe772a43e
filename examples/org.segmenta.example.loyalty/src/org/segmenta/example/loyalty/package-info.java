/**
 * The sample third-party plug-in's own API: a loyalty programme (tier and points per contact). It is built on
 * Segmenta's exported API only; see {@code docs/EXTENDING.md} for how each of its extensions works.
 */
package org.segmenta.example.loyalty;
