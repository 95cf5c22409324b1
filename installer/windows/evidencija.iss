; Inno Setup (6.6 or later) script of the Evidencija installer for Windows (10 and later, x64).
; Saved as UTF-8 with a byte-order mark: Inno Setup reads the Serbian messages correctly only so.
;
; Build the one-folder bundle first (dist\evidencija\ with evidencija.exe, evidencija-cli.exe and
; _internal\), then, from the repository root:
;
;     powershell -File installer\windows\build.ps1
;
; which reads the version from src/evidencija/__init__.py and runs
;     ISCC /DAppVersion=0.1.0 /DAppNumericVersion=0.1.0.0 installer\windows\evidencija.iss
; and writes dist\installer\evidencija-<version>-setup.exe.
;
; What it does:
; - installs for the current user only, without administrator rights (PrivilegesRequired=lowest),
;   into %LOCALAPPDATA%\Programs\Evidencija; a Start-menu entry (and an optional desktop icon);
; - carries the version in the setup program's and the uninstaller's file version information;
; - upgrades in place: the same AppId finds the earlier installation, reuses its folder, closes a
;   running Evidencija first, and replaces the program files (the register is not among them);
; - uninstalling removes the program and keeps the register (%LOCALAPPDATA%\evidencija: the
;   database, key slots, backups and logs) unless the person ticks "also delete the register".

#if VER < EncodeVer(6, 6, 0)
  #error Inno Setup 6.6 or later is needed (CreateCustomForm takes the form's size since 6.6)
#endif
#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=x.y.z (installer\windows\build.ps1 does it from src/evidencija/__init__.py)
#endif
#ifndef AppNumericVersion
  #define AppNumericVersion AppVersion
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\evidencija"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist\installer"
#endif

#define AppName "Evidencija"
#define AppExe "evidencija.exe"
#define AppPublisher "Evidencija developers"
; Where the app keeps the register by default (platformdirs.user_data_dir("evidencija"), local).
#define DataDir "{localappdata}\evidencija"

[Setup]
; Never change AppId: it is how an upgrade finds the installed version.
AppId={{6C1E7E1B-3F0A-4B7E-9A1D-2E5B8D4C7A10}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
AppCopyright=GPL-3.0-or-later
VersionInfoVersion={#AppNumericVersion}
VersionInfoProductVersion={#AppNumericVersion}
VersionInfoProductTextVersion={#AppVersion}
VersionInfoTextVersion={#AppVersion}
VersionInfoCompany={#AppPublisher}
VersionInfoDescription={#AppName} setup
VersionInfoProductName={#AppName}
PrivilegesRequired=lowest
DefaultDirName={userpf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
CloseApplications=yes
RestartApplications=no
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=evidencija-{#AppVersion}-setup
SetupIconFile=..\icons\evidencija.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
; Inno Setup ships no Serbian translation of its own screens; an unofficial SerbianLatin.isl
; placed beside this script is used when present (our own messages below are translated).
#if FileExists(AddBackslash(SourcePath) + "SerbianLatin.isl")
Name: "sr"; MessagesFile: "SerbianLatin.isl"
#endif

[CustomMessages]
en.DeleteDataTitle=Uninstall Evidencija
en.DeleteDataIntro=Evidencija will be removed from this computer. The register (database, key slots, backups and logs in %1) is kept, so a new installation opens it again.
en.DeleteDataBox=Also delete the register and its backups in this folder (cannot be undone)
en.DeleteDataConfirm=Delete the register for good? All records in it will be lost unless you have a backup elsewhere.
en.RunSelfTest=Check the installation (self-test)
#if FileExists(AddBackslash(SourcePath) + "SerbianLatin.isl")
sr.DeleteDataTitle=Uklanjanje programa Evidencija
sr.DeleteDataIntro=Evidencija će biti uklonjena sa ovog računara. Evidencija podataka (baza, ključevi, rezervne kopije i dnevnici u %1) ostaje, pa je nova instalacija ponovo otvara.
sr.DeleteDataBox=Obriši i evidenciju i njene rezervne kopije u ovoj fascikli (ne može se opozvati)
sr.DeleteDataConfirm=Trajno obrisati evidenciju? Svi zapisi u njoj biće izgubljeni ako nemate rezervnu kopiju na drugom mestu.
sr.RunSelfTest=Proveri instalaciju (samoprovera)
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle: files an older version had and this one does not must not
; linger beside the new ones (a stale DLL or .pyd breaks a PyInstaller bundle).
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
Filename: "{cmd}"; Parameters: "/k """"{app}\evidencija-cli.exe"" --self-test"""; Description: "{cm:RunSelfTest}"; Flags: postinstall unchecked skipifsilent

[UninstallDelete]
; Only what the program itself leaves beside its files (e.g. __pycache__ of alembic scripts).
Type: filesandordirs; Name: "{app}\_internal"

[Code]
var
  DeleteData: Boolean;

function AskDeleteData(): Boolean;
var
  Form: TSetupForm;
  Intro: TNewStaticText;
  Box: TNewCheckBox;
  OkButton, CancelButton: TNewButton;
begin
  Result := False;
  { Inno Setup 6.6+: the size is given here and scaled by the function itself. }
  Form := CreateCustomForm(460, 190, False, False);
  try
    Form.Caption := CustomMessage('DeleteDataTitle');

    Intro := TNewStaticText.Create(Form);
    Intro.Parent := Form;
    Intro.AutoSize := False;
    Intro.WordWrap := True;
    Intro.Left := ScaleX(12);
    Intro.Top := ScaleY(12);
    Intro.Width := Form.ClientWidth - ScaleX(24);
    Intro.Height := ScaleY(70);
    Intro.Caption := FmtMessage(CustomMessage('DeleteDataIntro'), [ExpandConstant('{#DataDir}')]);

    Box := TNewCheckBox.Create(Form);
    Box.Parent := Form;
    Box.Left := ScaleX(12);
    Box.Top := Intro.Top + Intro.Height + ScaleY(8);
    Box.Width := Form.ClientWidth - ScaleX(24);
    Box.Height := ScaleY(34);
    Box.Caption := CustomMessage('DeleteDataBox');
    Box.Checked := False;

    OkButton := TNewButton.Create(Form);
    OkButton.Parent := Form;
    OkButton.Caption := SetupMessage(msgButtonOK);
    OkButton.Width := ScaleX(90);
    OkButton.Height := ScaleY(25);
    OkButton.Left := Form.ClientWidth - ScaleX(12 + 90 + 8 + 90);
    OkButton.Top := Form.ClientHeight - ScaleY(12 + 25);
    OkButton.ModalResult := mrOk;
    OkButton.Default := True;

    CancelButton := TNewButton.Create(Form);
    CancelButton.Parent := Form;
    CancelButton.Caption := SetupMessage(msgButtonCancel);
    CancelButton.Width := ScaleX(90);
    CancelButton.Height := ScaleY(25);
    CancelButton.Left := Form.ClientWidth - ScaleX(12 + 90);
    CancelButton.Top := OkButton.Top;
    CancelButton.ModalResult := mrCancel;
    CancelButton.Cancel := True;

    Form.ActiveControl := OkButton;
    if Form.ShowModal() <> mrOk then
      Exit;  { cancel the uninstallation }
    DeleteData := Box.Checked and
      (MsgBox(CustomMessage('DeleteDataConfirm'), mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES);
    Result := True;
  finally
    Form.Free();
  end;
end;

function InitializeUninstall(): Boolean;
begin
  DeleteData := False;
  { A silent uninstall (e.g. by an administrator's script) never deletes the register. }
  if UninstallSilent() then
    Result := True
  else
    Result := AskDeleteData();
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and DeleteData then
    DelTree(ExpandConstant('{#DataDir}'), True, True, True);
end;
