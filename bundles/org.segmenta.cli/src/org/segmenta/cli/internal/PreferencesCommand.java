package org.segmenta.cli.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.segmenta.install.CompanySettings;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code preferences}: the settings as they apply here (Window › Preferences), with where each comes from: the user,
 * the company's presets (plugin_customization.ini), locked presets, or the built-in default.
 */
@Command(name = "preferences", mixinStandardHelpOptions = true, description = {
        "Show the settings in effect and where each comes from: user, company (the product's plugin_customization.ini "
                + "or -pluginCustomization FILE), locked (the company's org.segmenta.ui/locked list), or built-in." })
final class PreferencesCommand implements Callable<Integer> {

    /** The keys shown when none are given, with their built-in defaults. */
    static final Map<String, String> KEYS = builtIns();

    private final Cli.Env env;
    @Mixin
    Output.JsonOption json;

    @Parameters(paramLabel = "KEY", arity = "0..*", descriptionKey = "param.key", description = "Only these keys (for example update.site).")
    List<String> keys;

    PreferencesCommand(Cli.Env env) {
        this.env = env;
    }

    private static Map<String, String> builtIns() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(CompanySettings.DB_MODE, "embedded");
        m.put(CompanySettings.DB_FOLDER, "");
        m.put(CompanySettings.DB_HOST, "");
        m.put(CompanySettings.DB_PORT, "1527");
        m.put(CompanySettings.DB_DATABASE, "segmenta");
        m.put(CompanySettings.DB_USER, "");
        m.put("defaults.salesperson", "");
        m.put("defaults.language", "");
        m.put("merge.outputFolder", "");
        m.put(CompanySettings.UPDATE_SITE, "");
        for (String k : List.of("smtp.host", "smtp.port", "smtp.security", "smtp.user", "sender")) {
            m.put(k, "");
        }
        return m;
    }

    @Override
    public Integer call() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String key : keys == null || keys.isEmpty() ? KEYS.keySet() : keys) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("key", key);
            row.put("value", CompanySettings.get(key, KEYS.getOrDefault(key, "")));
            row.put("source", CompanySettings.source(key).name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            rows.add(row);
        }
        new Output(env, json).rows(rows, Messages.PreferencesCommand_noSettings);
        return Cli.OK;
    }
}
