@echo off
rem Starts an installed Segmenta on Windows.
rem   segmenta.cmd [--data DIR]                  the window
rem   segmenta.cmd [--data DIR] cli [-pluginCustomization FILE] COMMAND ...
rem                                              the command line (segmenta.cmd cli --help)
rem DIR is the instance folder (database, UI state); default %USERPROFILE%\.segmenta\workspace.
rem Java 21 or newer: %JAVA_HOME%, else java on the PATH.
setlocal EnableExtensions
set "here=%~dp0"
set "here=%here:~0,-1%"
set "java=java"
if defined JAVA_HOME set "java=%JAVA_HOME%\bin\java.exe"
"%java%" -version >nul 2>&1 || (
    echo Segmenta needs Java 21 or newer and found none: install a JDK 21+ ^(for example Temurin^) or set JAVA_HOME. 1>&2
    exit /b 1
)
set "data=%USERPROFILE%\.segmenta\workspace"
set "mode=window"
set "args="
set "first="
set "custom="
:parse
if "%~1"=="" goto parsed
if "%~1"=="--data" (
    set "data=%~2"
    shift
    shift
    goto parse
)
if "%~1"=="cli" if "%mode%"=="window" if not defined args (
    set "mode=cli"
    shift
    goto parse
)
rem company presets of one's own for this command (the product's plugin_customization.ini otherwise)
if "%~1"=="-pluginCustomization" if "%mode%"=="cli" if not defined args (
    set custom=-Declipse.pluginCustomization="%~2"
    shift
    shift
    goto parse
)
if not defined first set "first=%~1"
set args=%args% %1
shift
goto parse
:parsed
if not exist "%data%" mkdir "%data%" || (echo segmenta: cannot create the instance folder %data% 1>&2 & exit /b 1)
set "launcher="
for %%f in ("%here%\plugins\org.eclipse.equinox.launcher_*.jar") do set "launcher=%%f"
if not defined launcher (
    echo segmenta: no Equinox launcher in %here%\plugins: the installation is incomplete 1>&2
    exit /b 1
)
rem A read-only installation (Program Files, a share): the OSGi configuration area goes to the user's profile,
rem reading the installation's configuration as its shared parent.
set "config="
set "writable=yes"
(echo.>"%here%\configuration\.write-test") 2>nul && del "%here%\configuration\.write-test" >nul 2>&1
if errorlevel 1 (
    set "writable=no"
    if not exist "%LOCALAPPDATA%\Segmenta\configuration" mkdir "%LOCALAPPDATA%\Segmenta\configuration"
    set config=-Dosgi.configuration.area="%LOCALAPPDATA%\Segmenta\configuration" -Dosgi.sharedConfiguration.area="%here%\configuration" -Dosgi.configuration.cascaded=true
)
rem Derby's JMX beans are never read; leaving them out spares every start the platform MBean server
set vmargs=-Xms128m -Xmx2g -Dderby.stream.error.file="%data%\derby.log" -Dderby.system.home="%here%" -Djava.util.logging.config.file="%here%\logging.properties" %custom% %SEGMENTA_VMARGS%
if "%mode%"=="cli" goto cli
rem the window's just-in-time compilers start at four times the usual call counts (fewer methods compiled before the window
rem is usable; what a long job runs hot is still compiled within its first moments); SEGMENTA_VMARGS can set another
set window_vmargs=-XX:CompileThresholdScaling=4
call :window_aot_cache
"%java%" %window_vmargs% %vmargs% %aot_args% %config% -jar "%launcher%" -data "%data%" %args%
exit /b %errorlevel%

:cli
if "%first%"=="update" if "%writable%"=="yes" (
    rem p2 updates the installation's own configuration (the window's; the command line's follows it)
    "%java%" %vmargs% -Djava.awt.headless=true -jar "%launcher%" -data "%data%" -nosplash -application org.segmenta.cli.cli %args%
    exit /b %errorlevel%
)
call :cli_configuration || exit /b 1
call :cli_aot_cache
"%java%" %vmargs% %aot_args% -Djava.awt.headless=true -jar "%launcher%" -configuration "%cli_conf%" -data "%data%" -nosplash -application org.segmenta.cli.cli %args%
exit /b %errorlevel%

rem The command line runs in an OSGi configuration of its own that leaves out the window's bundles (SWT, JFace,
rem the e4 workbench, CSS, SVG and SPI Fly), as on Linux: written by cli-configuration.ps1 from the window's
rem configuration\config.ini (which p2 updates) whenever that changed, into configuration\cli, or into
rem %LOCALAPPDATA%\Segmenta\cli-configuration when the installation is read-only. Sets cli_conf.
:cli_configuration
set "cli_conf=%here%\configuration\cli"
if "%writable%"=="no" set "cli_conf=%LOCALAPPDATA%\Segmenta\cli-configuration"
if not exist "%cli_conf%\" mkdir "%cli_conf%" >nul 2>&1
if not exist "%cli_conf%\" (
    echo segmenta: cannot create %cli_conf% for the command line's configuration 1>&2
    exit /b 1
)
set "stale=no"
if not exist "%cli_conf%\config.ini" set "stale=yes"
fc /b "%here%\configuration\config.ini" "%cli_conf%\source.ini" >nul 2>&1 || set "stale=yes"
set "info=%here%\configuration\org.eclipse.equinox.simpleconfigurator\bundles.info"
if exist "%info%" (
    fc /b "%info%" "%cli_conf%\source.info" >nul 2>&1 || set "stale=yes"
)
if "%stale%"=="no" exit /b 0
powershell -NoProfile -NonInteractive -ExecutionPolicy Bypass -File "%here%\cli-configuration.ps1" -Here "%here%" -Conf "%cli_conf%"
exit /b %errorlevel%

rem Java's AOT cache for the command line (JDK 25 and newer), as on Linux: the first command of an installation and
rem Java build trains it in the background on a throw-away database while the command runs as usual; the cache is
rem named after the Java build (the JDK's release file). SEGMENTA_AOT=off leaves it out. Sets aot_args.
:cli_aot_cache
set "aot_args="
if /i "%SEGMENTA_AOT%"=="off" exit /b 0
call :java_build || exit /b 0
set "aot=%cli_conf%\cli-%jbuild%.aot"
if exist "%aot%" (
    set aot_args=-XX:AOTCache="%aot%"
    exit /b 0
)
rem one training at a time
mkdir "%aot%.training" >nul 2>&1 || exit /b 0
start "" /b /low powershell -NoProfile -NonInteractive -ExecutionPolicy Bypass -File "%here%\cli-configuration.ps1" -Here "%here%" -Conf "%cli_conf%" -Train "%aot%" -Java "%javaexe%" -VmArgs "-Xms128m -Xmx2g" >nul 2>&1
exit /b 0

rem The Java build of %java% for naming an AOT cache (JDK 25 and newer only): sets javaexe (the java.exe) and jbuild
rem (JAVA_RUNTIME_VERSION from the JDK's release file, "+" as "_"); fails for an older Java or one without that file.
:java_build
set "javaexe=%java%"
if "%java%"=="java" for /f "delims=" %%j in ('where java 2^>nul') do if "%javaexe%"=="java" set "javaexe=%%j"
for %%j in ("%javaexe%") do set "jhome=%%~dpj.."
if not exist "%jhome%\release" exit /b 1
set "jbuild="
for /f "usebackq tokens=1,* delims==" %%a in ("%jhome%\release") do if "%%a"=="JAVA_RUNTIME_VERSION" set "jbuild=%%~b"
if not defined jbuild exit /b 1
set "jfeature="
for /f "delims=.+-" %%v in ("%jbuild%") do set "jfeature=%%v"
if not defined jfeature exit /b 1
if %jfeature% LSS 25 exit /b 1
set "jbuild=%jbuild:+=_%"
exit /b 0

rem Java's AOT cache for the window (JDK 25 and newer), as on Linux: the classes a start loads and links (the
rem framework's, SWT's, JFace's, the workbench's, EMF's, Derby's) and their method profiles, from one training start.
rem The first start of the window for an installation and Java build trains it in the background (cli-configuration.ps1
rem -Window): a second, hidden start of the window (-Dsegmenta.training) on a throw-away instance folder and
rem configuration that closes as soon as it is usable (-Dsegmenta.startup.report). A changed configuration\config.ini or
rem bundles.info (an update) trains it again. In configuration\window-aot, or %LOCALAPPDATA%\Segmenta\window-aot when
rem the installation is read-only. SEGMENTA_AOT=off leaves it out. Sets aot_args.
:window_aot_cache
set "aot_args="
if /i "%SEGMENTA_AOT%"=="off" exit /b 0
call :java_build || exit /b 0
set "win_conf=%here%\configuration\window-aot"
if "%writable%"=="no" set "win_conf=%LOCALAPPDATA%\Segmenta\window-aot"
if not exist "%win_conf%\" mkdir "%win_conf%" >nul 2>&1
if not exist "%win_conf%\" exit /b 0
set "aot=%win_conf%\window-%jbuild%.aot"
rem trained on other bundles: the configuration changed since
set "stale=no"
fc /b "%here%\configuration\config.ini" "%win_conf%\source.ini" >nul 2>&1 || set "stale=yes"
set "info=%here%\configuration\org.eclipse.equinox.simpleconfigurator\bundles.info"
if exist "%info%" (
    fc /b "%info%" "%win_conf%\source.info" >nul 2>&1 || set "stale=yes"
)
if "%stale%"=="yes" (
    del /q "%win_conf%\*.aot" >nul 2>&1
    copy /y "%here%\configuration\config.ini" "%win_conf%\source.ini" >nul 2>&1
    if exist "%info%" copy /y "%info%" "%win_conf%\source.info" >nul 2>&1
)
if exist "%aot%" (
    set aot_args=-XX:AOTCache="%aot%"
    exit /b 0
)
rem one training at a time
mkdir "%aot%.training" >nul 2>&1 || exit /b 0
start "" /b /low powershell -NoProfile -NonInteractive -ExecutionPolicy Bypass -File "%here%\cli-configuration.ps1" -Here "%here%" -Conf "%win_conf%" -Train "%aot%" -Window -Java "%javaexe%" -VmArgs "%window_vmargs% -Xms128m -Xmx2g" >nul 2>&1
exit /b 0
