; Kassavakt's Windows installer: per user, no administrator, into %LOCALAPPDATA%\Programs\Kassavakt.
; Built by build/packageWindows.mjs, which stages the payload and defines PAYLOAD, OUTFILE, VERSION,
; VERSION_QUAD, PUBLISHER, APP_ID, RUN_KEY, APPROVED_KEY, LAUNCHER, SNORETOAST, STRINGS (the catalog's
; texts as language strings, named by their key with _ for .), PAYLOAD_ENTRIES (what the uninstaller removes) and optionally SIGN.
Unicode true
; Only 64-bit: Kassavakt ships 64-bit node.exe (and Wine here runs nothing else).
Target amd64-unicode
SetCompressor /SOLID lzma
RequestExecutionLevel user
ManifestDPIAware true

!include MUI2.nsh
!include LogicLib.nsh
!include FileFunc.nsh
!include Sections.nsh

!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_ID}"
!define DATA_DIR "$LOCALAPPDATA\${APP_ID}"
; `Kassavakt.exe --quit` (tray --quit): 0 the tray has stopped, 4 none was running, anything else: it runs on.
!define QUIT_STOPPED 0
!define QUIT_NOT_RUNNING 4

Name "Kassavakt"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\Kassavakt"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "Kassavakt ${VERSION}"
ShowInstDetails nevershow
ShowUninstDetails nevershow

!ifdef SIGN
  !finalize '${SIGN} "%1"'
  !uninstfinalize '${SIGN} "%1"'
!endif

!define MUI_ICON "${PAYLOAD}\kassavakt.ico"
!define MUI_UNICON "${PAYLOAD}\kassavakt.ico"
!define MUI_ABORTWARNING
!define MUI_COMPONENTSPAGE_SMALLDESC

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN
!define MUI_FINISHPAGE_RUN_TEXT "$(installer_runNow)"
!define MUI_FINISHPAGE_RUN_FUNCTION StartTrayUnlessRunning
!define MUI_FINISHPAGE_SHOWREADME "$INSTDIR\LÄSMIG.txt"
!define MUI_FINISHPAGE_SHOWREADME_NOTCHECKED
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

; The first is the default: Swedish, unless Windows speaks Norwegian or English.
!insertmacro MUI_LANGUAGE "Swedish"
!insertmacro MUI_LANGUAGE "Norwegian"
!insertmacro MUI_LANGUAGE "English"
!include "${STRINGS}"

VIProductVersion "${VERSION_QUAD}"
VIFileVersion "${VERSION_QUAD}"
VIAddVersionKey /LANG=${LANG_SWEDISH} "ProductName" "Kassavakt"
VIAddVersionKey /LANG=${LANG_SWEDISH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_SWEDISH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_SWEDISH} "FileDescription" "Kassavakt Setup"
VIAddVersionKey /LANG=${LANG_SWEDISH} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_SWEDISH} "LegalCopyright" "${PUBLISHER}"

Var TrayWasRunning
; 1: Kassavakt is installed already (an upgrade). AutostartWasOn 1: it had its Run value then.
Var Upgrade
Var AutostartWasOn

; Asks a running tray to quit through its single-instance channel and waits until its process has
; ended, so that its files can be replaced or removed. Aborts when it keeps running.
!macro StopTray un
  Function ${un}StopTray
    StrCpy $TrayWasRunning 0
    IfFileExists "$INSTDIR\${LAUNCHER}" 0 done
    ExecWait '"$INSTDIR\${LAUNCHER}" --quit' $0
    ${If} $0 == ${QUIT_STOPPED}
      StrCpy $TrayWasRunning 1
    ${ElseIf} $0 != ${QUIT_NOT_RUNNING}
      MessageBox MB_OK|MB_ICONSTOP "$(installer_trayStillRunning)" /SD IDOK
      Abort
    ${EndIf}
    done:
  FunctionEnd
!macroend
!insertmacro StopTray ""
!insertmacro StopTray "un."

Function StartTray
  ; Started from the user's profile, so that the tray holds no handle on the program folder.
  SetOutPath "$PROFILE"
  Exec '"$INSTDIR\${LAUNCHER}"'
FunctionEnd

Function StartTrayUnlessRunning
  ${If} $TrayWasRunning != 1
    Call StartTray
  ${EndIf}
FunctionEnd

Section "$(installer_section_program)" SecProgram
  SectionIn RO
  Call StopTray
  ; Files an older version had and this one has not must not stay behind: the bundle is replaced whole.
  RMDir /r "$INSTDIR\dist"
  RMDir /r "$INSTDIR\node_modules"
  SetOutPath "$INSTDIR"
  File /r "${PAYLOAD}\*.*"
  WriteUninstaller "$INSTDIR\Uninstall.exe"

  ; SnoreToast writes the Start-menu shortcut itself, carrying the AppUserModelID its toasts name.
  SetShellVarContext current
  ExecWait '"$INSTDIR\${SNORETOAST}" -install "${APP_ID}.lnk" "$INSTDIR\${LAUNCHER}" "${APP_ID}"'

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "Kassavakt"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${LAUNCHER},0"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\Uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\Uninstall.exe" /S'
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" $0
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

; The same value the tray's "Starta med Windows" writes (src/platform/autostart.ts).
Section "$(tray_autostart_windows)" SecAutostart
  WriteRegStr HKCU "${RUN_KEY}" "${APP_ID}" '"$INSTDIR\${LAUNCHER}"'
  ; An entry switched off in Task Manager stays off until this value is gone: removed on a first
  ; install, and when the user ticked the box an upgrade showed unticked; an upgrade keeps the switch.
  ${If} $Upgrade != 1
  ${OrIf} $AutostartWasOn != 1
    DeleteRegValue HKCU "${APPROVED_KEY}" "${APP_ID}"
  ${EndIf}
SectionEnd

Section "-Finish"
  ${IfNot} ${SectionIsSelected} ${SecAutostart}
    DeleteRegValue HKCU "${RUN_KEY}" "${APP_ID}"
  ${EndIf}
  ; An upgrade starts the tray again when it was running.
  ${If} $TrayWasRunning == 1
    Call StartTray
  ${EndIf}
SectionEnd

!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecProgram} "$(installer_section_programHelp)"
  !insertmacro MUI_DESCRIPTION_TEXT ${SecAutostart} "$(installer_section_autostartHelp)"
!insertmacro MUI_FUNCTION_DESCRIPTION_END

Function .onInit
  SetShellVarContext current
  StrCpy $Upgrade 0
  StrCpy $AutostartWasOn 0
  ; An upgrade keeps what the user chose in the tray: no Run value, no autostart.
  ClearErrors
  ReadRegStr $0 HKCU "${UNINSTALL_KEY}" "InstallLocation"
  ${IfNot} ${Errors}
    StrCpy $Upgrade 1
    ClearErrors
    ReadRegStr $1 HKCU "${RUN_KEY}" "${APP_ID}"
    ${If} ${Errors}
      !insertmacro UnselectSection ${SecAutostart}
    ${Else}
      StrCpy $AutostartWasOn 1
    ${EndIf}
  ${EndIf}
FunctionEnd

Section "un.$(installer_section_program)" UnSecProgram
  SectionIn RO
  Call un.StopTray
  SetShellVarContext current
  Delete "$SMPROGRAMS\${APP_ID}.lnk"
  DeleteRegValue HKCU "${RUN_KEY}" "${APP_ID}"
  DeleteRegValue HKCU "${APPROVED_KEY}" "${APP_ID}"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  ; Only what the installer put there, never the whole folder: it may have been chosen with /D.
  !include "${PAYLOAD_ENTRIES}"
  Delete "$INSTDIR\Uninstall.exe"
  RMDir "$INSTDIR"
SectionEnd

; Settings, history and logs stay unless the user asks; never under /S.
Section /o "un.$(installer_removeData)" UnSecData
  ${IfNot} ${Silent}
    RMDir /r "${DATA_DIR}"
  ${EndIf}
SectionEnd

!insertmacro MUI_UNFUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${UnSecData} "$(installer_removeDataHelp)"
!insertmacro MUI_UNFUNCTION_DESCRIPTION_END

Function un.onInit
  SetShellVarContext current
FunctionEnd
