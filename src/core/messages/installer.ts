// The Windows installer's own texts (build/windows/installer.nsi gets them as NSIS language strings)
// and the launcher's one error, plus `tray --quit`, which the installer runs. NSIS's standard pages
// come in its own Swedish, Norwegian and English.
import type { Translations } from '../i18n.js';

export const installerMessages = {
  'installer.section.program': { sv: 'Kassavakt', nb: 'Kassavakt', en: 'Kassavakt' },
  'installer.section.programHelp': {
    sv: 'Programmet, ikonen i meddelandefältet och genvägen på Start-menyn.',
    nb: 'Programmet, ikonet i varslingsområdet og snarveien på Start-menyen.',
    en: 'The program, the icon in the notification area and the Start menu shortcut.',
  },
  'installer.section.autostartHelp': {
    sv: 'Kassavakt startar när du loggar in. Du kan ändra det senare i Kassavakts meny.',
    nb: 'Kassavakt starter når du logger inn. Du kan endre det senere i Kassavakts meny.',
    en: 'Kassavakt starts when you sign in. You can change this later in Kassavakt’s menu.',
  },
  'installer.runNow': { sv: 'Starta Kassavakt nu', nb: 'Start Kassavakt nå', en: 'Start Kassavakt now' },
  'installer.trayStillRunning': {
    sv: 'Kassavakt körs och kunde inte avslutas. Högerklicka på Kassavakts ikon i meddelandefältet, välj Avsluta och försök igen.',
    nb: 'Kassavakt kjører og kunne ikke avsluttes. Høyreklikk på Kassavakts ikon i varslingsområdet, velg Avslutt og prøv igjen.',
    en: 'Kassavakt is running and could not be stopped. Right-click Kassavakt’s icon in the notification area, choose Quit and try again.',
  },
  'installer.removeData': {
    sv: 'Ta bort mina data också (inställningar, historik och loggar i {folder})',
    nb: 'Fjern mine data også (innstillinger, historikk og logger i {folder})',
    en: 'Remove my data too (settings, history and logs in {folder})',
  },
  'installer.removeDataHelp': {
    sv: 'Lämna rutan tom om du installerar Kassavakt igen senare: då finns inställningar och historik kvar.',
    nb: 'La ruten stå tom hvis du installerer Kassavakt igjen senere: da er innstillinger og historikk der fortsatt.',
    en: 'Leave this unticked if you will install Kassavakt again later: your settings and history stay.',
  },
  'installer.launcher.cannotStart': {
    sv: 'Kassavakt kunde inte starta: programfilerna saknas eller är skadade. Installera Kassavakt igen.',
    nb: 'Kassavakt kunne ikke starte: programfilene mangler eller er skadet. Installer Kassavakt på nytt.',
    en: 'Kassavakt could not start: its program files are missing or damaged. Install Kassavakt again.',
  },
  'cli.tray.quit': {
    sv: 'be Kassavakt som körs att avsluta och vänta tills den har gjort det (slutkod 0 avslutad, 4 körde inte, 2 körs fortfarande)',
    nb: 'be Kassavakt som kjører om å avslutte og vente til den har gjort det (sluttkode 0 avsluttet, 4 kjørte ikke, 2 kjører fortsatt)',
    en: 'ask the running Kassavakt to quit and wait until it has (exit 0 stopped, 4 not running, 2 still running)',
  },
  'installer.quit.stopped': { sv: 'Kassavakt har avslutats.', nb: 'Kassavakt er avsluttet.', en: 'Kassavakt has stopped.' },
  'installer.quit.notRunning': { sv: 'Kassavakt körs inte.', nb: 'Kassavakt kjører ikke.', en: 'Kassavakt is not running.' },
  'installer.quit.stillRunning': {
    sv: 'Kassavakt svarade men har inte avslutats.',
    nb: 'Kassavakt svarte, men er ikke avsluttet.',
    en: 'Kassavakt answered but has not stopped.',
  },
} satisfies Record<string, Translations>;
