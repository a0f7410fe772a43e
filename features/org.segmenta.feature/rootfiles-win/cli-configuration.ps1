# The command line's light OSGi configuration on Windows, used by segmenta.cmd (the same as the Linux script's
# cli_configuration and cli_aot_cache):
#   cli-configuration.ps1 -Here INSTALL -Conf FOLDER
#       writes FOLDER\config.ini from INSTALL\configuration\config.ini (which p2 updates) without the window's
#       bundles (SWT, JFace, the e4 workbench, CSS, SVG, SPI Fly), naming the CLI application, the installation's
#       p2 profile and the product's company presets; keeps a copy of the source to notice the next change.
#   cli-configuration.ps1 -Here INSTALL -Conf FOLDER -Train AOTFILE -Java JAVA -VmArgs ARGS
#       trains Java's AOT cache (JDK 25+) for the command line on a throw-away database and moves it to AOTFILE.
#   cli-configuration.ps1 -Here INSTALL -Conf FOLDER -Train AOTFILE -Window -Java JAVA -VmArgs ARGS
#       trains the window's AOT cache (the Linux script's window_aot_train): a hidden start of the window
#       (-Dsegmenta.training) on a throw-away instance folder and configuration that closes as soon as it is usable
#       (-Dsegmenta.startup.report), and moves the cache to AOTFILE when the window reported its start.
param([string]$Here, [string]$Conf, [string]$Train = "", [switch]$Window, [string]$Java = "", [string]$VmArgs = "")
$ErrorActionPreference = "Stop"
$windowNames = '(org\.eclipse\.swt|org\.eclipse\.jface|org\.eclipse\.e4\.|org\.apache\.batik\.|com\.github\.weisj\.jsvg|org\.eclipse\.urischeme|com\.sun\.jna|org\.eclipse\.core\.commands|org\.eclipse\.core\.databinding|org\.eclipse\.core\.expressions|org\.eclipse\.emf\.databinding|org\.eclipse\.equinox\.p2\.ui|org\.segmenta\.ui_|org\.segmenta\.app_|org\.segmenta\.jface\.nl_|xml-apis-ext|xmlgraphics-commons|org\.apache\.aries\.spifly)'
$utf8 = New-Object System.Text.UTF8Encoding($false)

if ($Train -ne "" -and $Window) {
    $training = "$Train.training"
    try {
        # a configuration of its own (the window's bundles), so that it never shares the real one's framework state
        $mainIni = [System.IO.File]::ReadAllLines((Join-Path $Here "configuration\config.ini")) |
            Where-Object { $_ -notmatch '^eclipse\.p2\.data\.area=' }
        $ini = New-Object System.Collections.Generic.List[string]
        $mainIni | ForEach-Object { $ini.Add($_) }
        $ini.Add("eclipse.p2.data.area=" + ((Join-Path $Here "p2") -replace '\\', '/' -replace ':', '\:'))
        [System.IO.File]::WriteAllLines((Join-Path $training "config.ini"), [string[]]$ini, $utf8)
        $simple = Join-Path $Here "configuration\org.eclipse.equinox.simpleconfigurator"
        if (Test-Path -LiteralPath $simple) { Copy-Item -LiteralPath $simple -Destination $training -Recurse -Force }
        $launcher = Get-ChildItem -Path (Join-Path $Here "plugins") -Filter "org.eclipse.equinox.launcher_*.jar" | Select-Object -First 1
        $vm = @()
        if ($VmArgs.Trim() -ne "") { $vm += $VmArgs.Trim() -split '\s+' }
        $ErrorActionPreference = "Continue"
        # the start recorded meets what a user's later starts meet (as on Linux): the demo data, loaded by the command
        # line in this configuration, and a window laid out by a first, unrecorded hidden start; either may fail
        $demoArgs = $vm + @("-Dderby.system.home=$Here", "-Dderby.stream.error.file=$training\derby.log",
            "-Djava.awt.headless=true", "-jar", $launcher.FullName, "-configuration", $training, "-data", "$training\data",
            "-nosplash", "-application", "org.segmenta.cli.cli", "demo")
        & $Java @demoArgs *> $null
        $firstArgs = $vm + @("-Dderby.system.home=$Here", "-Dderby.stream.error.file=$training\derby.log",
            "-Dsegmenta.training=true", "-Dsegmenta.startup.report=$training\first", "-jar", $launcher.FullName,
            "-configuration", $training, "-data", "$training\data")
        & $Java @firstArgs *> $null
        $javaArgs = @() + $vm
        $javaArgs += "-Dderby.system.home=$Here", "-Dderby.stream.error.file=$training\derby.log",
            "-XX:AOTCacheOutput=$training\window.aot", "-Dsegmenta.training=true",
            "-Dsegmenta.startup.report=$training\report", "-jar", $launcher.FullName, "-configuration", $training,
            "-data", "$training\data"
        $ErrorActionPreference = "Continue"
        & $Java @javaArgs *> $null
        if ($LASTEXITCODE -eq 0 -and (Test-Path -LiteralPath "$training\report") -and (Test-Path -LiteralPath "$training\window.aot")) {
            Move-Item -LiteralPath "$training\window.aot" -Destination $Train -Force
        }
    } finally {
        Remove-Item -LiteralPath $training -Recurse -Force -ErrorAction SilentlyContinue
    }
    exit 0
}

if ($Train -ne "") {
    $training = "$Train.training"
    try {
        Copy-Item -LiteralPath (Join-Path $Conf "config.ini") -Destination (Join-Path $training "config.ini")
        $launcher = Get-ChildItem -Path (Join-Path $Here "plugins") -Filter "org.eclipse.equinox.launcher_*.jar" | Select-Object -First 1
        $javaArgs = @()
        if ($VmArgs.Trim() -ne "") { $javaArgs += $VmArgs.Trim() -split '\s+' }
        $javaArgs += "-Dderby.stream.error.file=$training\derby.log", "-XX:AOTCacheOutput=$training\cli.aot",
            "-Djava.awt.headless=true", "-jar", $launcher.FullName, "-configuration", $training, "-data", "$training\data",
            "-nosplash", "-application", "org.segmenta.cli.cli", "contacts", "--limit", "1"
        # the call operator quotes each argument (paths with spaces); the child's output is not wanted
        $ErrorActionPreference = "Continue"
        & $Java @javaArgs *> $null
        if ($LASTEXITCODE -eq 0 -and (Test-Path -LiteralPath "$training\cli.aot")) {
            Move-Item -LiteralPath "$training\cli.aot" -Destination $Train -Force
        }
    } finally {
        Remove-Item -LiteralPath $training -Recurse -Force -ErrorAction SilentlyContinue
    }
    exit 0
}

$main = Join-Path $Here "configuration\config.ini"
$mainInfo = Join-Path $Here "configuration\org.eclipse.equinox.simpleconfigurator\bundles.info"
if (-not (Test-Path -LiteralPath $main)) {
    [Console]::Error.WriteLine("segmenta: $main is missing: the installation is incomplete")
    exit 1
}
$lines = [System.IO.File]::ReadAllLines($main)
$bundles = ($lines | Where-Object { $_ -match '^osgi\.bundles=' } | Select-Object -First 1) -replace '^osgi\.bundles=', ''
if (Test-Path -LiteralPath $mainInfo) {
    # p2 installs and updates the bundles in the simple configurator's bundles.info
    $infoFolder = Join-Path $Conf "org.eclipse.equinox.simpleconfigurator"
    New-Item -ItemType Directory -Force -Path $infoFolder | Out-Null
    $info = [System.IO.File]::ReadAllLines($mainInfo) | Where-Object { $_ -notmatch "^[^,]*,[^,]*,plugins/$windowNames" }
    [System.IO.File]::WriteAllLines((Join-Path $infoFolder "bundles.info"), [string[]]$info, $utf8)
    Copy-Item -LiteralPath $mainInfo -Destination (Join-Path $Conf "source.info") -Force
} else {
    $bundles = ($bundles -split ',' | Where-Object { $_ -notmatch "file\\:$windowNames" }) -join ','
}
$out = New-Object System.Collections.Generic.List[string]
$out.Add("# the command line's bundles: $main without the window's (written by segmenta.cmd)")
$lines | Where-Object { $_ -notmatch '^(osgi\.bundles|eclipse\.application|eclipse\.product|eclipse\.p2\.data\.area|osgi\.configuration\.cascaded)=' } |
    ForEach-Object { $out.Add($_) }
$out.Add("eclipse.application=org.segmenta.cli.cli")
# not a child of the window's configuration: Equinox would inherit its eclipse.product, a product whose bundle the
# command line leaves out ("Product org.segmenta.app.product could not be found." in the log)
$out.Add("osgi.configuration.cascaded=false")
$out.Add("osgi.bundles=$bundles")
# p2's profile is the installation's, wherever this configuration is (a properties file: forward slashes)
$out.Add("eclipse.p2.data.area=" + ((Join-Path $Here "p2") -replace '\\', '/' -replace ':', '\:'))
# the window bundle (and with it the product) is left out: name the product's company presets
$custom = Get-ChildItem -Path (Join-Path $Here "plugins") -Directory -Filter "org.segmenta.app_*" -ErrorAction SilentlyContinue |
    Sort-Object Name | Select-Object -Last 1
if ($custom -and (Test-Path -LiteralPath (Join-Path $custom.FullName "plugin_customization.ini"))) {
    $out.Add("eclipse.pluginCustomization=" + ((Join-Path $custom.FullName "plugin_customization.ini") -replace '\\', '/' -replace ':', '\:'))
}
[System.IO.File]::WriteAllLines((Join-Path $Conf "config.ini"), [string[]]$out, $utf8)
Copy-Item -LiteralPath $main -Destination (Join-Path $Conf "source.ini") -Force
# trained on the old bundles
Remove-Item -Path (Join-Path $Conf "*.aot") -Force -ErrorAction SilentlyContinue
exit 0
