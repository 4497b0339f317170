; Inno Setup script: a per-user install (no administrator rights), a Start-menu entry that
; starts the windowed launcher, and an uninstaller that keeps the user's data unless asked.
; Built on Windows by .github/workflows/installers.yml after `python installer/build.py`
; has produced build\dist\remonitor (PyInstaller cannot cross-build from Linux).

#define AppVersion GetEnv("REMONITOR_VERSION")

[Setup]
AppId={{7C3F2A51-5E0B-4F0D-9F62-3A1C2E7B9D41}
AppName=remonitor
AppVersion={#AppVersion}
AppPublisher=remonitor
DefaultDirName={localappdata}\Programs\remonitor
DefaultGroupName=remonitor
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\build\packages
OutputBaseFilename=remonitor-{#AppVersion}-windows-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\remonitor-gui.exe
ChangesAssociations=yes

[Files]
Source: "..\..\build\dist\remonitor\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion

[Icons]
; The shortcut starts the windowed program: no console window behind it.
Name: "{group}\remonitor"; Filename: "{app}\remonitor-gui.exe"
Name: "{group}\Uninstall remonitor"; Filename: "{uninstallexe}"
Name: "{userdesktop}\remonitor"; Filename: "{app}\remonitor-gui.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "Create a desktop shortcut"; Flags: unchecked

[Registry]
; "Open with remonitor" for CSV and XLSX: the file goes to the import dialog.
Root: HKCU; Subkey: "Software\Classes\Applications\remonitor-gui.exe\shell\open\command"; ValueType: string; ValueData: """{app}\remonitor-gui.exe"" ""%1"""; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\.csv\OpenWithList\remonitor-gui.exe"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\.xlsx\OpenWithList\remonitor-gui.exe"; Flags: uninsdeletekey

[Run]
Filename: "{app}\remonitor-gui.exe"; Description: "Start remonitor"; Flags: nowait postinstall skipifsilent

[Code]
// The store, backups and settings live in the user's data folders, not under {app}:
// uninstalling leaves them unless the user asks for them to go.
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    DataDir := ExpandConstant('{localappdata}\remonitor');
    if DirExists(DataDir) then
      if MsgBox('Also delete your remonitor data (figures, licence applications, backups) in ' +
                DataDir + '?', mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
        DelTree(DataDir, True, True, True);
  end;
end;
