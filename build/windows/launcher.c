/*
 * Kassavakt.exe: starts `node.exe <tray options> dist\kassavakt.js tray <arguments>` from its own
 * folder without any console window (a GUI-subsystem program, the child created with
 * CREATE_NO_WINDOW), waits for it and returns its exit code. The Start-menu shortcut, the HKCU Run
 * value and the installer (`Kassavakt.exe --quit`) start the tray through it. Built by
 * build/windowsLauncher.mjs, which defines NODE_OPTIONS and the three CANNOT_START_* texts.
 */
#include <windows.h>

#define LINE_MAX 32768

static const wchar_t *cannotStart(void) {
  switch (PRIMARYLANGID(GetUserDefaultUILanguage())) {
    case LANG_NORWEGIAN: return CANNOT_START_NB;
    case LANG_ENGLISH: return CANNOT_START_EN;
    default: return CANNOT_START_SV;
  }
}

/* Appends `text` to `line` (capacity LINE_MAX); FALSE when it does not fit. */
static BOOL append(wchar_t *line, const wchar_t *text) {
  size_t used = lstrlenW(line), more = lstrlenW(text);
  if (used + more + 1 > LINE_MAX) return FALSE;
  CopyMemory(line + used, text, (more + 1) * sizeof(wchar_t));
  return TRUE;
}

int WINAPI wWinMain(HINSTANCE instance, HINSTANCE previous, PWSTR arguments, int show) {
  (void)instance;
  (void)previous;
  (void)show;
  static wchar_t folder[LINE_MAX], line[LINE_MAX];
  DWORD length = GetModuleFileNameW(NULL, folder, LINE_MAX);
  if (length == 0 || length >= LINE_MAX) return 2;
  for (wchar_t *slash = folder + length; slash > folder; slash--) {
    if (*slash == L'\\') {
      slash[1] = L'\0';
      break;
    }
  }

  BOOL fits = append(line, L"\"") && append(line, folder) && append(line, L"node.exe\" " NODE_OPTIONS L" \"") &&
              append(line, folder) && append(line, L"dist\\kassavakt.js\" tray");
  if (fits && arguments && *arguments) fits = append(line, L" ") && append(line, arguments);
  if (!fits) return 2;

  STARTUPINFOW startup;
  ZeroMemory(&startup, sizeof startup);
  startup.cb = sizeof startup;
  PROCESS_INFORMATION child;
  if (!CreateProcessW(NULL, line, NULL, NULL, FALSE, CREATE_NO_WINDOW, NULL, NULL, &startup, &child)) {
    MessageBoxW(NULL, cannotStart(), L"Kassavakt", MB_OK | MB_ICONERROR);
    return 2;
  }
  CloseHandle(child.hThread);
  WaitForSingleObject(child.hProcess, INFINITE);
  DWORD code = 2;
  GetExitCodeProcess(child.hProcess, &code);
  CloseHandle(child.hProcess);
  return (int)code;
}
