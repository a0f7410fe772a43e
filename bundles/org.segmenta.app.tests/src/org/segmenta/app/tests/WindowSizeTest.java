package org.segmenta.app.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;
import org.segmenta.app.internal.LifeCycleManager;

/** The main window's first size: most of the monitor, so that the side-by-side parts show their No. columns. */
class WindowSizeTest {

    @Test
    void theFirstSizeIsMostOfTheMonitorWithinLimits() {
        // the 1194 x 731 seen on a 1280 x 800 desktop cut the Contacts part's No. column
        assertArrayEquals(new int[] { 1324, 828 }, LifeCycleManager.firstSize(1440, 900, 1200, 760));
        assertArrayEquals(new int[] { 1680, 993 }, LifeCycleManager.firstSize(1920, 1080, 1200, 760));
        assertArrayEquals(new int[] { 1680, 1050 }, LifeCycleManager.firstSize(2560, 1440, 1200, 760));
        // a small screen: the whole of it, never larger
        assertArrayEquals(new int[] { 1024, 700 }, LifeCycleManager.firstSize(1024, 700, 1200, 760));
    }
}
