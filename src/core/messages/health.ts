import type { Translations } from '../i18n.js';

// The main till's own health: findings, the "Huvudkassan" block of status/check and the card.
export const healthMessages = {
  'input.notSize': { sv: 'ska vara ett tal, 0 eller större', nb: 'skal være et tall, 0 eller større', en: 'must be a number, 0 or more' },
  // The settings' health.* thresholds out of order (core/config checkHealthOrder).
  'config.warningAboveError': {
    sv: 'får inte vara större än {error} ({limit}): varningen ska komma före felet',
    nb: 'kan ikke være større enn {error} ({limit}): varselet skal komme før feilen',
    en: 'must not be more than {error} ({limit}): the warning comes before the error',
  },
  'config.warningBelowError': {
    sv: 'får inte vara mindre än {error} ({limit}): varningen ska komma före felet',
    nb: 'kan ikke være mindre enn {error} ({limit}): varselet skal komme før feilen',
    en: 'must not be less than {error} ({limit}): the warning comes before the error',
  },
  'health.backupMissing.message': {
    sv: 'Det finns ingen säkerhetskopia av kassadatabasen {database} på huvudkassan.',
    nb: 'Det finnes ingen sikkerhetskopi av kassedatabasen {database} på hovedkassen.',
    en: 'There is no backup of the till database {database} on the main till.',
  },
  'health.backupStale.message': {
    sv: 'Senaste säkerhetskopian av kassadatabasen gjordes {time} ({age} sedan): {file}.',
    nb: 'Siste sikkerhetskopi av kassedatabasen ble tatt {time} ({age} siden): {file}.',
    en: 'The latest backup of the till database was made {time} ({age} ago): {file}.',
  },
  'health.backup.advice': {
    sv: 'Gör dagsavslut på huvudkassan (det gör en säkerhetskopia) och kontrollera sedan att en ny .BAK-fil finns i backupmappen.',
    nb: 'Ta dagsavslutning på hovedkassen (den tar en sikkerhetskopi) og kontroller så at en ny .BAK-fil finnes i backupmappen.',
    en: 'Run the end-of-day close (dagsavslut) on the main till (it makes a backup), then check that a new .BAK file is in the backup folder.',
  },
  'health.unknownFile': { sv: 'okänd fil', nb: 'ukjent fil', en: 'unknown file' },
  'health.age.hours': { sv: '{n} timmar', nb: '{n} timer', en: '{n} hours' },
  'health.age.days': { sv: '{n} dygn', nb: '{n} døgn', en: '{n} days' },
  'health.nearLimit.message': {
    sv: 'Kassadatabasen är {size} av {limit} GB ({share}).',
    nb: 'Kassedatabasen er {size} av {limit} GB ({share}).',
    en: 'The till database is {size} of {limit} GB ({share}).',
  },
  'health.nearLimit.forecast': {
    sv: 'Kassadatabasen är {size} av {limit} GB ({share}) och växer {rate} GB i månaden: full omkring {month}.',
    nb: 'Kassedatabasen er {size} av {limit} GB ({share}) og vokser {rate} GB i måneden: full rundt {month}.',
    en: 'The till database is {size} of {limit} GB ({share}) and grows {rate} GB a month: full around {month}.',
  },
  'health.nearLimit.advice': {
    sv: 'SQL Server Express tar inte emot mer än {limit} GB: då kan kassorna inte spara försäljningar. Kontakta Nutids support om arkivering av gamla data eller en fullständig SQL Server-utgåva.',
    nb: 'SQL Server Express tar ikke imot mer enn {limit} GB: da kan kassene ikke lagre salg. Kontakt Nutids support om arkivering av gamle data eller en full SQL Server-utgave.',
    en: 'SQL Server Express takes no more than {limit} GB: then the tills cannot save sales. Contact Nutid’s support about archiving old data or a full SQL Server edition.',
  },
  'health.diskLow.message': {
    sv: 'Disken med kassadatabasen på huvudkassan har {free} GB ledigt av {total} GB ({share}).',
    nb: 'Disken med kassedatabasen på hovedkassen har {free} GB ledig av {total} GB ({share}).',
    en: 'The disk holding the till database on the main till has {free} GB free of {total} GB ({share}).',
  },
  'health.diskLow.advice': {
    sv: 'Frigör utrymme på huvudkassans disk, t.ex. genom att flytta gamla säkerhetskopior (.BAK) till en annan disk.',
    nb: 'Frigjør plass på hovedkassens disk, f.eks. ved å flytte gamle sikkerhetskopier (.BAK) til en annen disk.',
    en: 'Free space on the main till’s disk, e.g. by moving old backups (.BAK) to another disk.',
  },
  'health.unknown.message': {
    sv: 'Kassavakt får inte läsa {pieces} på huvudkassan, så det kan inte kontrolleras.',
    nb: 'Kassavakt får ikke lese {pieces} på hovedkassen, så det kan ikke kontrolleres.',
    en: 'Kassavakt may not read {pieces} on the main till, so it cannot be checked.',
  },
  'health.unknown.advice': {
    sv: 'Kör skriptet från "kassavakt login-script" på huvudkassan, eller ge inloggningen rätten i SQL Server: {grants}',
    nb: 'Kjør skriptet fra "kassavakt login-script" på hovedkassen, eller gi påloggingen retten i SQL Server: {grants}',
    en: 'Run the script from "kassavakt login-script" on the main till, or give the login the right in SQL Server: {grants}',
  },
  'health.piece.sessions': { sv: 'vilka kassor som är anslutna', nb: 'hvilke kasser som er tilkoblet', en: 'which tills are connected' },
  'health.piece.backups': { sv: 'säkerhetskopiorna', nb: 'sikkerhetskopiene', en: 'the backups' },
  'health.piece.serverStart': { sv: 'när SQL Server startade', nb: 'når SQL Server startet', en: 'when SQL Server started' },
  'health.piece.volume': { sv: 'ledigt diskutrymme', nb: 'ledig diskplass', en: 'the free disk space' },
  // The "Huvudkassan" block of status and check, and the card on the overview page.
  'health.block.title': { sv: 'Huvudkassan', nb: 'Hovedkassen', en: 'Main till' },
  'health.block.edition': { sv: 'Utgåva: {edition}', nb: 'Utgave: {edition}', en: 'Edition: {edition}' },
  'health.block.sizeOfLimit': {
    sv: 'Kassadatabasen: {size} av {limit} GB ({share})',
    nb: 'Kassedatabasen: {size} av {limit} GB ({share})',
    en: 'Till database: {size} of {limit} GB ({share})',
  },
  'health.block.size': { sv: 'Kassadatabasen: {size} GB', nb: 'Kassedatabasen: {size} GB', en: 'Till database: {size} GB' },
  'health.block.backup': {
    sv: 'Senaste säkerhetskopia: {time} ({age} sedan)',
    nb: 'Siste sikkerhetskopi: {time} ({age} siden)',
    en: 'Latest backup: {time} ({age} ago)',
  },
  'health.block.noBackup': { sv: 'Senaste säkerhetskopia: ingen', nb: 'Siste sikkerhetskopi: ingen', en: 'Latest backup: none' },
  'health.block.disk': {
    sv: 'Ledigt på disken: {free} av {total} GB',
    nb: 'Ledig på disken: {free} av {total} GB',
    en: 'Free on the disk: {free} of {total} GB',
  },
  'health.block.upSince': { sv: 'Igång sedan: {time}', nb: 'I gang siden: {time}', en: 'Up since: {time}' },
  'health.block.unknown': { sv: 'okänt', nb: 'ukjent', en: 'unknown' },
  'health.card.sizeOverTime': {
    sv: 'Kassadatabasens storlek {from}–{to}: från {first} till {last} GB.',
    nb: 'Kassedatabasens størrelse {from}–{to}: fra {first} til {last} GB.',
    en: 'The till database’s size {from}–{to}: from {first} to {last} GB.',
  },
  // Notification titles and history words for the health findings (alerts/render, changeText).
  'alerts.open.BACKUP_MISSING': { sv: 'Ingen säkerhetskopia av kassadatabasen', nb: 'Ingen sikkerhetskopi av kassedatabasen', en: 'No backup of the till database' },
  'alerts.open.BACKUP_STALE': { sv: 'Säkerhetskopian är gammal', nb: 'Sikkerhetskopien er gammel', en: 'The backup is old' },
  'alerts.open.DATABASE_NEAR_LIMIT': { sv: 'Kassadatabasen närmar sig gränsen', nb: 'Kassedatabasen nærmer seg grensen', en: 'The till database nears its limit' },
  'alerts.open.DISK_LOW': { sv: 'Lite ledigt på huvudkassans disk', nb: 'Lite ledig plass på hovedkassens disk', en: 'Little free space on the main till’s disk' },
  'alerts.open.HEALTH_UNKNOWN': { sv: 'Huvudkassans hälsa kan inte läsas', nb: 'Hovedkassens helse kan ikke leses', en: 'The main till’s health cannot be read' },
  'alerts.cleared.BACKUP_MISSING': { sv: 'Löst: det finns en säkerhetskopia', nb: 'Løst: det finnes en sikkerhetskopi', en: 'Solved: there is a backup' },
  'alerts.cleared.BACKUP_STALE': { sv: 'Löst: ny säkerhetskopia', nb: 'Løst: ny sikkerhetskopi', en: 'Solved: a new backup' },
  'alerts.cleared.DATABASE_NEAR_LIMIT': { sv: 'Löst: kassadatabasen har utrymme', nb: 'Løst: kassedatabasen har plass', en: 'Solved: the till database has room' },
  'alerts.cleared.DISK_LOW': { sv: 'Löst: huvudkassans disk har utrymme', nb: 'Løst: hovedkassens disk har plass', en: 'Solved: the main till’s disk has room' },
  'alerts.cleared.HEALTH_UNKNOWN': { sv: 'Löst: huvudkassans hälsa går att läsa', nb: 'Løst: hovedkassens helse kan leses', en: 'Solved: the main till’s health can be read' },
  'alerts.clearedBody.BACKUP_MISSING': { sv: 'Huvudkassan har en säkerhetskopia av kassadatabasen.', nb: 'Hovedkassen har en sikkerhetskopi av kassedatabasen.', en: 'The main till has a backup of the till database.' },
  'alerts.clearedBody.BACKUP_STALE': { sv: 'Kassadatabasen har säkerhetskopierats igen.', nb: 'Kassedatabasen er sikkerhetskopiert igjen.', en: 'The till database has been backed up again.' },
  'alerts.clearedBody.DATABASE_NEAR_LIMIT': { sv: 'Kassadatabasen är inte längre nära gränsen.', nb: 'Kassedatabasen er ikke lenger nær grensen.', en: 'The till database is no longer near its limit.' },
  'alerts.clearedBody.DISK_LOW': { sv: 'Huvudkassans disk har tillräckligt ledigt igen.', nb: 'Hovedkassens disk har nok ledig plass igjen.', en: 'The main till’s disk has enough free space again.' },
  'alerts.clearedBody.HEALTH_UNKNOWN': { sv: 'Kassavakt får läsa huvudkassans hälsa igen.', nb: 'Kassavakt får lese hovedkassens helse igjen.', en: 'Kassavakt may read the main till’s health again.' },
  'health.trend.title': { sv: 'Kassadatabasens storlek', nb: 'Kassedatabasens størrelse', en: 'The till database’s size' },
  'health.trend.none': { sv: 'inga mätningar ännu', nb: 'ingen målinger ennå', en: 'no samples yet' },
  'health.trend.short': {
    sv: '{size} GB; för få dagar ({days}) för en trend, det behövs en vecka',
    nb: '{size} GB; for få dager ({days}) for en trend, det trengs en uke',
    en: '{size} GB; too few days ({days}) for a trend, it takes a week',
  },
  'health.trend.growth': {
    sv: '{size} GB, växer {rate} GB i månaden (de senaste {days} dygnen)',
    nb: '{size} GB, vokser {rate} GB i måneden (de siste {days} døgnene)',
    en: '{size} GB, growing {rate} GB a month (the last {days} days)',
  },
  'history.server.restarted': {
    sv: 'SQL Server på huvudkassan startade om (hade varit igång {duration})',
    nb: 'SQL Server på hovedkassen startet på nytt (hadde vært i gang {duration})',
    en: 'SQL Server on the main till restarted (it had been up {duration})',
  },
  'history.code.BACKUP_MISSING': { sv: 'ingen säkerhetskopia', nb: 'ingen sikkerhetskopi', en: 'no backup' },
  'history.code.BACKUP_STALE': { sv: 'gammal säkerhetskopia', nb: 'gammel sikkerhetskopi', en: 'old backup' },
  'history.code.DATABASE_NEAR_LIMIT': { sv: 'kassadatabasen nära gränsen', nb: 'kassedatabasen nær grensen', en: 'till database near its limit' },
  'history.code.DISK_LOW': { sv: 'lite ledigt på disken', nb: 'lite ledig plass på disken', en: 'little free disk space' },
  'history.code.HEALTH_UNKNOWN': { sv: 'hälsan kunde inte läsas', nb: 'helsen kunne ikke leses', en: 'health could not be read' },
} satisfies Record<string, Translations>;
