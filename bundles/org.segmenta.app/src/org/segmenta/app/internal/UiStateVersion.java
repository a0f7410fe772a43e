package org.segmenta.app.internal;

import java.util.Objects;

/**
 * Decides whether the persisted UI state ({@code workbench.xmi} in the instance location) may be reused: only
 * when it was written by the same build of the product. A newer build may have changed the application model,
 * and an old persisted copy would hide its new parts, menus and commands.
 */
public final class UiStateVersion {

    private UiStateVersion() {
    }

    /**
     * @param persistedVersion the build version that wrote the persisted UI state, {@code null} when none was
     *            recorded (first start, or a state from before versions were recorded)
     * @param runningVersion the build version now running, never {@code null}
     * @return {@code true} when the persisted state must be cleared before the model is loaded
     */
    public static boolean mustClear(String persistedVersion, String runningVersion) {
        return !Objects.equals(persistedVersion, Objects.requireNonNull(runningVersion));
    }
}
