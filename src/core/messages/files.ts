import type { Translations } from '../i18n.js';

/** Why a file the user named (or the data folder) could not be read or written, and what was not saved. */
export const fileMessages = {
  'input.notFolder': {
    sv: 'en del av sökvägen är en fil, inte en mapp',
    nb: 'en del av stien er en fil, ikke en mappe',
    en: 'part of the path is a file, not a folder',
  },
  'output.noFolder': { sv: 'mappen finns inte', nb: 'mappen finnes ikke', en: 'the folder does not exist' },
  'output.noPermission': { sv: 'du saknar behörighet att skriva där', nb: 'du mangler tilgang til å skrive der', en: 'you are not allowed to write there' },
  'output.isFolder': { sv: 'det är en mapp', nb: 'det er en mappe', en: 'it is a folder' },
  'output.notRegularFile': {
    sv: 'det är ingen vanlig fil utan t.ex. en FIFO eller en enhet',
    nb: 'det er ikke en vanlig fil, men f.eks. en FIFO eller en enhet',
    en: 'it is not a regular file but e.g. a FIFO or a device',
  },
  'output.readOnly': { sv: 'disken är skrivskyddad', nb: 'disken er skrivebeskyttet', en: 'the disk is read-only' },
  'output.diskFull': { sv: 'disken är full', nb: 'disken er full', en: 'the disk is full' },
  'output.failed': { sv: 'kan inte skrivas: {detail}', nb: 'kan ikke skrives: {detail}', en: 'cannot be written: {detail}' },
  'output.scriptNotSaved': {
    sv: '{path}: skriptet gick inte att spara ({reason}). Välj en annan plats med --out.',
    nb: '{path}: skriptet kunne ikke lagres ({reason}). Velg et annet sted med --out.',
    en: '{path}: could not save the script ({reason}). Choose another place with --out.',
  },
  'output.notOurReport': {
    sv: 'Filen {path} finns redan och är ingen rapport från Kassavakt; välj ett annat namn med --out.',
    nb: 'Filen {path} finnes allerede og er ingen rapport fra Kassavakt; velg et annet navn med --out.',
    en: 'The file {path} already exists and is not a Kassavakt report; choose another name with --out.',
  },
  'output.settingsNotSaved': {
    sv: '{path}: inställningarna gick inte att spara ({reason}); ingenting ändrades.',
    nb: '{path}: innstillingene kunne ikke lagres ({reason}); ingenting ble endret.',
    en: '{path}: could not save the settings ({reason}); nothing was changed.',
  },
  'output.dataDirUnusable': {
    sv: 'Datamappen {dir} går inte att använda ({reason}).',
    nb: 'Datamappen {dir} kan ikke brukes ({reason}).',
    en: 'The data folder {dir} cannot be used ({reason}).',
  },
  'output.historyUnreadable': {
    sv: 'Historiken i {dir} går inte att öppna ({reason}).',
    nb: 'Historikken i {dir} kan ikke åpnes ({reason}).',
    en: 'The history in {dir} cannot be opened ({reason}).',
  },
  'output.simLogNotWritable': {
    sv: '{file}: loggen går inte att skriva ({reason}).',
    nb: '{file}: loggen kan ikke skrives ({reason}).',
    en: '{file}: cannot write the log ({reason}).',
  },
} satisfies Record<string, Translations>;
