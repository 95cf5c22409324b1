# Build the Windows installer: bundle (PyInstaller) → self-test of the bundle → Inno Setup.
#
#   powershell -ExecutionPolicy Bypass -File installer\windows\build.ps1 [-SkipBundle]
#
# Needs: Python 3.11+ with the project installed in .venv (python -m venv .venv;
# .venv\Scripts\python -m pip install -e .[test]), and Inno Setup 6 (ISCC.exe on PATH or in its
# default folder). The version comes from src/evidencija/__init__.py, as everywhere else.
param([switch]$SkipBundle)
$ErrorActionPreference = "Stop"
$root = Resolve-Path "$PSScriptRoot\..\.."
Set-Location $root
$py = Join-Path $root ".venv\Scripts\python.exe"

$env:PYTHONPATH = "src"
$version = & $py -c "import evidencija;print(evidencija.__version__)"
Remove-Item Env:PYTHONPATH
$numeric = & $py -c "from packaging.version import Version as V;r=list(V('$version').release)[:4];print('.'.join(map(str,r+[0]*(4-len(r)))))"

if (-not $SkipBundle) {
    & $py -m pip install "pyinstaller>=6.5"
    & $py -m evidencija.i18n.build
    & $py -m PyInstaller --noconfirm --distpath dist --workpath build installer\evidencija.spec
    if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }
}
$env:QT_QPA_PLATFORM = "offscreen"
& dist\evidencija\evidencija-cli.exe --self-test
if ($LASTEXITCODE -ne 0) { throw "the bundle's self-test failed: not packaging it" }

$iscc = (Get-Command ISCC.exe -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
& $iscc "/DAppVersion=$version" "/DAppNumericVersion=$numeric" installer\windows\evidencija.iss
if ($LASTEXITCODE -ne 0) { throw "ISCC failed" }
Write-Host "dist\installer\evidencija-$version-setup.exe"
# Sign both the program and the installer before publishing (see installer\macos\README.md for the
# reasons; on Windows: signtool sign /fd sha256 /tr <timestamp URL> /td sha256 <file>).
