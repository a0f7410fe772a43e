package org.segmenta.ui.internal;

import org.eclipse.osgi.util.NLS;

/**
 * The window's texts, externalised: {@code messages.properties} (English) and {@code messages_de.properties}
 * (German), chosen by the platform's locale ({@code -nl de}, else the system's). Eclipse's {@link NLS} binds each
 * field to its key; {@code {0}} in a text is filled with {@link NLS#bind(String, Object)}.
 */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.segmenta.ui.internal.messages";

    // Help › Check for Updates
    public static String Updates_title;
    public static String Updates_noSite;
    public static String Updates_checking;
    public static String Updates_upToDate;
    public static String Updates_available;
    public static String Updates_list;
    public static String Updates_installQuestion;
    public static String Updates_installing;
    public static String Updates_installedTitle;
    public static String Updates_installedRestart;
    // Help › About
    public static String About_title;
    public static String About_purpose;
    public static String About_build;
    public static String About_libraries;
    public static String About_library;
    public static String About_version;
    public static String About_licence;
    public static String About_maven;
    public static String About_noList;
    public static String About_cannotRead;
    // Window › Preferences › Updates, and locked presets
    public static String UpdatesPage_title;
    public static String UpdatesPage_description;
    public static String UpdatesPage_site;
    public static String Preferences_locked;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
