package org.segmenta.app.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.segmenta.app.internal.UiStateVersion;

class UiStateVersionTest {

    @Test
    void keepsTheStateOfTheSameBuild() {
        assertFalse(UiStateVersion.mustClear("0.1.0.v20261129-1530", "0.1.0.v20261129-1530"));
    }

    @Test
    void clearsTheStateOfAnotherBuildOrAnUnknownOne() {
        assertTrue(UiStateVersion.mustClear("0.1.0.v20261129-1530", "0.1.0.v20261130-0900"));
        assertTrue(UiStateVersion.mustClear("0.2.0.v20270101-0000", "0.1.0.v20261129-1530"));
        assertTrue(UiStateVersion.mustClear(null, "0.1.0.v20261129-1530"));
    }
}
