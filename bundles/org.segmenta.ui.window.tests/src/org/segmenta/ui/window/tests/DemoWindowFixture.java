package org.segmenta.ui.window.tests;

/**
 * The set-up of the window tests on the demo data ({@link WindowFixture} with the demo loaded before the window
 * opens): its open segment is {@link #seg}.
 */
abstract class DemoWindowFixture extends WindowFixture {

    /** The demo's open segment (SEG00001, the letter segment). */
    String seg;

    /** Loads the demo: its set-up, contacts and open segment. */
    @Override
    final void data() {
        seg = services.demo().load().segmentNo();
    }
}
