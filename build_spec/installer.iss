; Inno Setup script for baocao (Windows). Build the folder first:
;   py build_spec\build.py            (→ dist\baocao\)
; then compile this script with Inno Setup 6:
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 build_spec\installer.iss
; The version defaults to the one in desktop\__init__.py when /DAppVersion is not given.
; The installer is per-user (no administrator rights needed on office PCs) and keeps the
; user's data (%LOCALAPPDATA%\baocao) on uninstall.

#ifndef AppVersion
  #define VersionLine ReadIni(SourcePath + "\..\build\version.ini", "app", "version", "")
  #if VersionLine == ""
    #define AppVersion "0.1.0"
  #else
    #define AppVersion VersionLine
  #endif
#endif

#define AppName "Báo cáo định kỳ cấp xã"
#define AppExe "baocao.exe"

[Setup]
AppId={{6C1F1B1E-3C5B-4E0A-9B7C-BA0CA0000001}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=baocao
DefaultDirName={localappdata}\Programs\baocao
DefaultGroupName={#AppName}
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\dist\installer
OutputBaseFilename=baocao-{#AppVersion}-setup
SetupIconFile=..\build\baocao.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
CloseApplications=yes

[Languages]
Name: "vi"; MessagesFile: "compiler:Languages\Vietnamese.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\dist\baocao\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
