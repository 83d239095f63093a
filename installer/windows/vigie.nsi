; The Windows installer of Vigie (makensis, from installer/windows/build.sh).
; Per-user by default: a CCAS office PC rarely gives its users administrator rights, so
; Vigie goes to %LOCALAPPDATA%\Programs\Vigie and registers its uninstaller for the user.
; Silent for IT departments: `vigie-VERSION-setup.exe /S [/D=C:\Folder]`.
; Databases live in %APPDATA%\Vigie (or wherever the user chose): never touched here.
;
; makensis -DVERSION=0.1.0 -DSTAGE=<installed tree> -DOUTFILE=<setup.exe> -DICON=<.ico>
Unicode true
; 64-bit stub: a 64-bit Windows runs it natively (and so does Wine without its 32-bit part).
Target amd64-unicode
SetCompressor /SOLID lzma
RequestExecutionLevel user
ManifestDPIAware true

!include "MUI2.nsh"
!include "FileFunc.nsh"

!define APP "Vigie"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Vigie"

Name "${APP} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "Software\${APP}" "InstallDir"
BrandingText "${APP} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1036 "ProductName" "${APP}"
VIAddVersionKey /LANG=1036 "FileDescription" "Installation de Vigie, veille accès aux droits"
VIAddVersionKey /LANG=1036 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1036 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1036 "LegalCopyright" "GPL-3.0-or-later"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_WELCOMEPAGE_TEXT "Vigie suit les fiches de remontées de difficultés du groupe de veille accès aux droits, ses séances, ses sollicitations et son bilan annuel.$\r$\n$\r$\nVigie s'installe pour vous seul, sans droits d'administrateur. Vos bases de données ne sont jamais modifiées par l'installation ni par la désinstallation."
!define MUI_FINISHPAGE_RUN "$INSTDIR\bin\vigie.exe"
!define MUI_FINISHPAGE_RUN_TEXT "Lancer Vigie"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_LICENSE "${STAGE}\LICENSE.txt"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "French"

Section "Vigie" SecMain
  SectionIn RO
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  ; Replacing an older version: its program files go, databases are elsewhere.
  RMDir /r "$INSTDIR\bin"
  RMDir /r "$INSTDIR\share"
  File /r "${STAGE}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateDirectory "$SMPROGRAMS\${APP}"
  CreateShortCut "$SMPROGRAMS\${APP}\Vigie.lnk" "$INSTDIR\bin\vigie.exe" "" \
    "$INSTDIR\share\vigie\fr.veilledroits.Vigie.ico"
  CreateShortCut "$SMPROGRAMS\${APP}\Guide de Vigie.lnk" "$INSTDIR\share\vigie\help\index.html"
  CreateShortCut "$SMPROGRAMS\${APP}\Désinstaller Vigie.lnk" "$INSTDIR\uninstall.exe"
  CreateShortCut "$DESKTOP\Vigie.lnk" "$INSTDIR\bin\vigie.exe" "" \
    "$INSTDIR\share\vigie\fr.veilledroits.Vigie.ico"

  ; "Apps & features" lists per-user programs from HKCU.
  WriteRegStr HKCU "Software\${APP}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "Vigie"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\share\vigie\fr.veilledroits.Vigie.ico"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" $0
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  Delete "$DESKTOP\Vigie.lnk"
  RMDir /r "$SMPROGRAMS\${APP}"
  ; Only what the installer put there: a database the user saved in this folder stays.
  RMDir /r "$INSTDIR\bin"
  RMDir /r "$INSTDIR\share"
  Delete "$INSTDIR\LICENSE.txt"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "Software\${APP}"
SectionEnd
