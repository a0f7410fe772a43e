@echo off
rem Starts an installed Segmenta on Windows.
rem   segmenta.cmd [--data DIR]                  the window
rem   segmenta.cmd [--data DIR] cli COMMAND ...  the command line (segmenta.cmd cli --help)
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
(echo.>"%here%\configuration\.write-test") 2>nul && del "%here%\configuration\.write-test" >nul 2>&1
if errorlevel 1 (
    if not exist "%LOCALAPPDATA%\Segmenta\configuration" mkdir "%LOCALAPPDATA%\Segmenta\configuration"
    set config=-Dosgi.configuration.area="%LOCALAPPDATA%\Segmenta\configuration" -Dosgi.sharedConfiguration.area="%here%\configuration" -Dosgi.configuration.cascaded=true
)
set vmargs=-Xms128m -Xmx2g -Dderby.stream.error.file="%data%\derby.log" -Djava.util.logging.config.file="%here%\logging.properties" %config% %SEGMENTA_VMARGS%
if "%mode%"=="cli" (
    "%java%" %vmargs% -Djava.awt.headless=true -jar "%launcher%" -data "%data%" -nosplash -application org.segmenta.cli.cli %args%
    exit /b %errorlevel%
)
"%java%" %vmargs% -jar "%launcher%" -data "%data%" %args%
exit /b %errorlevel%
