<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../ui/GuiCommandLine.cpp" line="22"/>
        <source>connect at start (URI or key=value; PG* variables, ~/.pgpass apply)</source>
        <translation>beim Start verbinden (URI oder key=value; PG*-Variablen, ~/.pgpass gelten)</translation>
    </message>
    <message>
        <location filename="../ui/GuiCommandLine.cpp" line="24"/>
        <source>connect with a saved profile</source>
        <translation>mit einem gespeicherten Profil verbinden</translation>
    </message>
    <message>
        <location filename="../ui/GuiCommandLine.cpp" line="26"/>
        <source>render the window offscreen once the panels have data, save a PNG, exit</source>
        <translation>das Fenster offscreen rendern, sobald die Bereiche Daten haben, als PNG speichern und beenden</translation>
    </message>
    <message>
        <location filename="../ui/GuiCommandLine.cpp" line="28"/>
        <source>bring this panel to the front (indexesDock, queryDock …)</source>
        <translation>dieses Panel in den Vordergrund holen (indexesDock, queryDock …)</translation>
    </message>
    <message>
        <location filename="../ui/GuiCommandLine.cpp" line="30"/>
        <source>then bring this tab of it to the front (waitProfileTab …)</source>
        <translation>dann diesen Reiter darin nach vorn holen (waitProfileTab …)</translation>
    </message>
    <message>
        <location filename="../ui/GuiCommandLine.cpp" line="32"/>
        <source>open an incident recording (sightglass record, or Record)</source>
        <translation>eine Vorfallsaufzeichnung öffnen (sightglass record oder Aufzeichnen)</translation>
    </message>
    <message>
        <location filename="../ui/GuiCommandLine.cpp" line="34"/>
        <source>speak this language (de, zh_CN, en) instead of the chosen one</source>
        <translation>diese Sprache verwenden (de, zh_CN, en) statt der gewählten</translation>
    </message>
    <message>
        <location filename="../ui/GuiCommandLine.cpp" line="36"/>
        <source>show this help</source>
        <translation>diese Hilfe anzeigen</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/monitor/HistoryStore.cpp" line="79"/>
        <source>cannot open the history database %1: %2</source>
        <translation>Die Verlaufsdatenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../app/monitor/HistoryStore.cpp" line="95"/>
        <source>cannot prepare the history database %1: %2</source>
        <translation>Die Verlaufsdatenbank %1 kann nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <location filename="../app/monitor/HistoryStore.cpp" line="129"/>
        <source>could not write the history (%1): %2</source>
        <translation>Der Verlauf konnte nicht geschrieben werden (%1): %2</translation>
    </message>
    <message>
        <location filename="../app/monitor/StatementSnapshots.cpp" line="76"/>
        <source>cannot open the statement history %1: %2</source>
        <translation>Der Anweisungsverlauf %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../app/monitor/StatementSnapshots.cpp" line="83"/>
        <source>cannot prepare the statement history %1: %2</source>
        <translation>Der Anweisungsverlauf %1 kann nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <location filename="../app/monitor/StatementSnapshots.cpp" line="91"/>
        <source>the statement history is not open</source>
        <translation>Der Anweisungsverlauf ist nicht geöffnet</translation>
    </message>
    <message>
        <location filename="../app/monitor/StatementSnapshots.cpp" line="109"/>
        <source>cannot write the statement history %1: %2</source>
        <translation>Der Anweisungsverlauf %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/GuiMain.cpp" line="172"/>
        <source>The demo server could not start:
%1</source>
        <translation>Der Demo-Server konnte nicht gestartet werden:
%1</translation>
    </message>
    <message>
        <location filename="../ui/GuiMain.cpp" line="177"/>
        <location filename="../ui/GuiMain.cpp" line="180"/>
        <source>demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location filename="../ui/GuiMain.cpp" line="181"/>
        <source>demo standby</source>
        <translation>Demo-Standby</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationPreviewPage.cpp" line="29"/>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationPreviewPage.cpp" line="31"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationPreviewPage.cpp" line="33"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>sg</name>
    <message>
        <location filename="../app/db/ConnectionState.cpp" line="15"/>
        <source>disconnected</source>
        <translation>getrennt</translation>
    </message>
    <message>
        <location filename="../app/db/ConnectionState.cpp" line="17"/>
        <source>connecting</source>
        <translation>verbindet</translation>
    </message>
    <message>
        <location filename="../app/db/ConnectionState.cpp" line="19"/>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <location filename="../app/db/ConnectionState.cpp" line="21"/>
        <source>connection lost</source>
        <translation>Verbindung verloren</translation>
    </message>
    <message>
        <location filename="../app/db/ConnectionState.cpp" line="23"/>
        <source>reconnecting</source>
        <translation>verbindet erneut</translation>
    </message>
    <message>
        <location filename="../app/db/Durations.cpp" line="19"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../app/db/Durations.cpp" line="22"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../app/db/Durations.cpp" line="24"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../app/db/Durations.cpp" line="25"/>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
</context>
<context>
    <name>sg::ActivityMonitor</name>
    <message>
        <location filename="../app/monitor/ActivityMonitor.cpp" line="59"/>
        <source>raised</source>
        <translation>ausgelöst</translation>
    </message>
    <message>
        <location filename="../app/monitor/ActivityMonitor.cpp" line="60"/>
        <source>cleared</source>
        <translation>aufgehoben</translation>
    </message>
    <message>
        <location filename="../app/monitor/ActivityMonitor.cpp" line="97"/>
        <source>Done.</source>
        <translation>Erledigt.</translation>
    </message>
    <message>
        <location filename="../app/monitor/ActivityMonitor.cpp" line="97"/>
        <source>The session had already ended.</source>
        <translation>Die Sitzung war bereits beendet.</translation>
    </message>
    <message>
        <location filename="../app/monitor/ActivityMonitor.cpp" line="137"/>
        <source>as set for this server</source>
        <translation>wie für diesen Server eingestellt</translation>
    </message>
    <message>
        <location filename="../app/monitor/ActivityMonitor.cpp" line="142"/>
        <source>this machine&apos;s, where the server runs</source>
        <translation>die dieses Rechners, auf dem der Server läuft</translation>
    </message>
    <message>
        <location filename="../app/monitor/ActivityMonitor.cpp" line="146"/>
        <source>unknown: PostgreSQL does not tell; set it for this server</source>
        <translation>unbekannt: PostgreSQL verrät sie nicht; für diesen Server einstellen</translation>
    </message>
    <message>
        <location filename="../app/monitor/ActivityMonitor.cpp" line="168"/>
        <source>Your role (%1) is neither superuser nor a member of pg_monitor or pg_read_all_stats: other users&apos; sessions show as &quot;hidden&quot;, without state, wait event or query. Ask for GRANT pg_monitor TO %1 to see them.</source>
        <translation>Ihre Rolle (%1) ist weder Superuser noch Mitglied von pg_monitor oder pg_read_all_stats: Sitzungen anderer Benutzer erscheinen als „hidden“, ohne Status, Warteereignis und Abfrage. Lassen Sie sich GRANT pg_monitor TO %1 erteilen, um sie zu sehen.</translation>
    </message>
    <message>
        <location filename="../app/monitor/ActivityMonitor.cpp" line="198"/>
        <source>Your role (%1) cannot see whose session this is, so it may not signal it.</source>
        <translation>Ihre Rolle (%1) sieht nicht, wem diese Sitzung gehört, und darf ihr daher kein Signal senden.</translation>
    </message>
    <message>
        <location filename="../app/monitor/ActivityMonitor.cpp" line="200"/>
        <source>Only a superuser may cancel or terminate a session of the superuser %1.</source>
        <translation>Nur ein Superuser darf eine Sitzung des Superusers %1 abbrechen oder beenden.</translation>
    </message>
    <message>
        <location filename="../app/monitor/ActivityMonitor.cpp" line="202"/>
        <source>Your role (%1) may only cancel or terminate its own sessions; GRANT pg_signal_backend TO %1 allows it for other non-superusers.</source>
        <translation>Ihre Rolle (%1) darf nur ihre eigenen Sitzungen abbrechen oder beenden; GRANT pg_signal_backend TO %1 erlaubt es für andere Nicht-Superuser.</translation>
    </message>
</context>
<context>
    <name>sg::Advisor</name>
    <message>
        <location filename="../app/advisor/Advisor.cpp" line="47"/>
        <location filename="../app/advisor/Advisor.cpp" line="59"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../app/advisor/Advisor.cpp" line="48"/>
        <source>Bloat (estimate)</source>
        <translation>Bloat (Schätzung)</translation>
    </message>
    <message>
        <location filename="../app/advisor/Advisor.cpp" line="199"/>
        <source>pid %1 (%2)</source>
        <translation>PID %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/advisor/Advisor.cpp" line="205"/>
        <source>%1 holds or waits for ACCESS EXCLUSIVE on %2: not opened, so its sizes are the statistics&apos; estimates and its expression and partial indexes are not compared (reading them would wait for that lock).</source>
        <translation>%1 hält oder erwartet ACCESS EXCLUSIVE auf %2: nicht geöffnet, daher sind ihre Größen Schätzungen aus der Statistik, und ihre Ausdrucks- und partiellen Indizes werden nicht verglichen (sie zu lesen hieße, auf diese Sperre zu warten).</translation>
    </message>
</context>
<context>
    <name>sg::AlertEvent</name>
    <message>
        <location filename="../app/monitor/AlertMonitor.cpp" line="14"/>
        <source>Connection utilization</source>
        <translation>Verbindungsauslastung</translation>
    </message>
    <message>
        <location filename="../app/monitor/AlertMonitor.cpp" line="16"/>
        <source>Sessions waiting on a lock</source>
        <translation>Sitzungen, die auf eine Sperre warten</translation>
    </message>
    <message>
        <location filename="../app/monitor/AlertMonitor.cpp" line="18"/>
        <source>Idle in transaction</source>
        <translation>Inaktiv in Transaktion</translation>
    </message>
    <message>
        <location filename="../app/monitor/AlertMonitor.cpp" line="20"/>
        <source>Cache hit ratio</source>
        <translation>Cache-Trefferquote</translation>
    </message>
    <message>
        <location filename="../app/monitor/AlertMonitor.cpp" line="22"/>
        <source>Transaction ID wraparound</source>
        <translation>Transaktions-ID-Wraparound</translation>
    </message>
    <message>
        <location filename="../app/monitor/AlertMonitor.cpp" line="24"/>
        <source>Sequence near its limit</source>
        <translation>Sequenz nahe ihrer Grenze</translation>
    </message>
    <message>
        <location filename="../app/monitor/AlertMonitor.cpp" line="26"/>
        <source>Replica lagging</source>
        <translation>Replikat hängt hinterher</translation>
    </message>
    <message>
        <location filename="../app/monitor/AlertMonitor.cpp" line="28"/>
        <source>Inactive replication slot</source>
        <translation>Inaktiver Replikationsslot</translation>
    </message>
    <message>
        <location filename="../app/monitor/AlertMonitor.cpp" line="30"/>
        <source>WAL archiving failing</source>
        <translation>WAL-Archivierung schlägt fehl</translation>
    </message>
    <message>
        <location filename="../app/monitor/AlertMonitor.cpp" line="44"/>
        <source>Utilization %1 % is above %2 % of usable connections</source>
        <translation>Auslastung %1 % liegt über %2 % der nutzbaren Verbindungen</translation>
    </message>
    <message>
        <location filename="../app/monitor/AlertMonitor.cpp" line="45"/>
        <source>Utilization %1 % is back under %2 %</source>
        <translation>Auslastung %1 % liegt wieder unter %2 %</translation>
    </message>
    <message>
        <location filename="../app/monitor/AlertMonitor.cpp" line="47"/>
        <source>%1 session(s) waiting on a lock (more than %2)</source>
        <translation>Sitzungen, die auf eine Sperre warten: %1 (mehr als %2)</translation>
    </message>
    <message>
        <location filename="../app/monitor/AlertMonitor.cpp" line="48"/>
        <source>Lock waits are down to %1 (limit %2)</source>
        <translation>Sperrwartende Sitzungen wieder bei %1 (Grenze %2)</translation>
    </message>
    <message>
        <location filename="../app/monitor/AlertMonitor.cpp" line="50"/>
        <source>A session has been idle in a transaction for %1 s (limit %2 s)</source>
        <translation>Eine Sitzung ist seit %1 s inaktiv in einer Transaktion (Grenze %2 s)</translation>
    </message>
    <message>
        <location filename="../app/monitor/AlertMonitor.cpp" line="51"/>
        <source>No session idle in a transaction longer than %2 s (longest %1 s)</source>
        <translation>Keine Sitzung länger als %2 s inaktiv in einer Transaktion (längste %1 s)</translation>
    </message>
    <message>
        <location filename="../app/monitor/AlertMonitor.cpp" line="53"/>
        <source>Cache hit ratio %1 % is below %2 %</source>
        <translation>Cache-Trefferquote %1 % liegt unter %2 %</translation>
    </message>
    <message>
        <location filename="../app/monitor/AlertMonitor.cpp" line="54"/>
        <source>Cache hit ratio %1 % is back above %2 %</source>
        <translation>Cache-Trefferquote %1 % liegt wieder über %2 %</translation>
    </message>
    <message>
        <location filename="../app/monitor/AlertMonitor.cpp" line="56"/>
        <source>The oldest transaction ID is %1 % of the way to the age where writes stop (limit %2 %): the health report shows what holds the xmin horizon back</source>
        <translation>Die älteste Transaktions-ID hat %1 % des Wegs bis zu dem Alter zurückgelegt, ab dem Schreibzugriffe stoppen (Grenze %2 %): Der Zustandsbericht zeigt, was den xmin-Horizont zurückhält</translation>
    </message>
    <message>
        <location filename="../app/monitor/AlertMonitor.cpp" line="60"/>
        <source>The oldest transaction ID is back under %2 % of the way to wraparound (%1 %)</source>
        <translation>Die älteste Transaktions-ID liegt wieder unter %2 % des Wegs zum Wraparound (%1 %)</translation>
    </message>
    <message>
        <location filename="../app/monitor/AlertMonitor.cpp" line="64"/>
        <source>A sequence has used %1 % of its values (limit %2 %): the Production health panel says which, and when it is full</source>
        <translation>Eine Sequenz hat %1 % ihrer Werte verbraucht (Grenze %2 %): Der Bereich Produktionszustand sagt, welche, und wann sie voll ist</translation>
    </message>
    <message>
        <location filename="../app/monitor/AlertMonitor.cpp" line="67"/>
        <source>No sequence has used more than %2 % of its values now (the fullest %1 %)</source>
        <translation>Keine Sequenz hat jetzt mehr als %2 % ihrer Werte verbraucht (die vollste %1 %)</translation>
    </message>
    <message>
        <location filename="../app/monitor/AlertMonitor.cpp" line="69"/>
        <source>Replay on a standby is %1 s behind (limit %2 s): the Production health panel&apos;s Replication tab says which and by how many bytes</source>
        <translation>Das Wiedereinspielen auf einem Standby liegt %1 s zurück (Grenze %2 s): Der Reiter Replikation im Bereich Produktionszustand sagt, auf welchem und um wie viele Bytes</translation>
    </message>
    <message>
        <location filename="../app/monitor/AlertMonitor.cpp" line="72"/>
        <source>Standby replay is back under %2 s behind (%1 s)</source>
        <translation>Das Wiedereinspielen auf dem Standby liegt wieder weniger als %2 s zurück (%1 s)</translation>
    </message>
    <message>
        <location filename="../app/monitor/AlertMonitor.cpp" line="74"/>
        <source>An inactive replication slot retains %1 MiB of WAL (limit %2 MiB): it stays on disk until the slot is used again or dropped</source>
        <translation>Ein inaktiver Replikationsslot hält %1 MiB WAL zurück (Grenze %2 MiB): Sie bleiben auf der Platte, bis der Slot wieder benutzt oder gelöscht wird</translation>
    </message>
    <message>
        <location filename="../app/monitor/AlertMonitor.cpp" line="77"/>
        <source>No inactive replication slot retains more than %1 MiB of WAL now</source>
        <translation>Kein inaktiver Replikationsslot hält jetzt mehr als %1 MiB WAL zurück</translation>
    </message>
    <message>
        <location filename="../app/monitor/AlertMonitor.cpp" line="79"/>
        <source>WAL archiving is failing: segments pile up in pg_wal and are not in the archive; the server log has archive_command&apos;s error</source>
        <translation>Die WAL-Archivierung schlägt fehl: Segmente sammeln sich in pg_wal an und fehlen im Archiv; das Serverprotokoll enthält den Fehler von archive_command</translation>
    </message>
    <message>
        <location filename="../app/monitor/AlertMonitor.cpp" line="81"/>
        <source>WAL archiving works again</source>
        <translation>Die WAL-Archivierung funktioniert wieder</translation>
    </message>
</context>
<context>
    <name>sg::AtomicFile</name>
    <message>
        <location filename="../app/db/AtomicFile.cpp" line="18"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>sg::BackupCatalog</name>
    <message>
        <location filename="../app/backup/BackupCatalog.cpp" line="82"/>
        <source>manual: never deleted by the policy</source>
        <translation>manuell: wird von der Richtlinie nie gelöscht</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/backup/BackupCatalog.cpp" line="86"/>
        <source>one of the newest %n daily backup(s)</source>
        <translation>
            <numerusform>die neueste tägliche Sicherung (%n)</numerusform>
            <numerusform>eine der %n neuesten täglichen Sicherungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/backup/BackupCatalog.cpp" line="87"/>
        <source>older than the newest %n daily backup(s)</source>
        <translation>
            <numerusform>älter als die neueste tägliche Sicherung (%n)</numerusform>
            <numerusform>älter als die %n neuesten täglichen Sicherungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/backup/BackupCatalog.cpp" line="91"/>
        <source>one of the newest %n weekly backup(s)</source>
        <translation>
            <numerusform>die neueste wöchentliche Sicherung (%n)</numerusform>
            <numerusform>eine der %n neuesten wöchentlichen Sicherungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/backup/BackupCatalog.cpp" line="92"/>
        <source>older than the newest %n weekly backup(s)</source>
        <translation>
            <numerusform>älter als die neueste wöchentliche Sicherung (%n)</numerusform>
            <numerusform>älter als die %n neuesten wöchentlichen Sicherungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/backup/BackupCatalog.cpp" line="110"/>
        <source>could not delete %1</source>
        <translation>%1 konnte nicht gelöscht werden</translation>
    </message>
</context>
<context>
    <name>sg::BackupJob</name>
    <message>
        <location filename="../app/backup/BackupJob.cpp" line="76"/>
        <source>Backup cancelled; nothing was kept.</source>
        <translation>Sicherung abgebrochen; nichts wurde behalten.</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupJob.cpp" line="91"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupJob.cpp" line="96"/>
        <source>Cannot connect to the database: %1</source>
        <translation>Keine Verbindung zur Datenbank möglich: %1</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupJob.cpp" line="147"/>
        <source>%1 already exists; not overwriting it.</source>
        <translation>%1 existiert bereits; wird nicht überschrieben.</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupJob.cpp" line="152"/>
        <source>Another backup is writing %1.</source>
        <translation>Eine andere Sicherung schreibt gerade %1.</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupJob.cpp" line="161"/>
        <source>Cannot connect to count rows: %1</source>
        <translation>Keine Verbindung zum Zählen der Zeilen möglich: %1</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupJob.cpp" line="224"/>
        <source>pg_dump stopped (exit code %1).</source>
        <translation>pg_dump wurde beendet (Exit-Code %1).</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupJob.cpp" line="225"/>
        <source>The backup failed; nothing was kept.
%1</source>
        <translation>Die Sicherung ist fehlgeschlagen; nichts wurde behalten.
%1</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupJob.cpp" line="228"/>
        <source>pg_dump finished, but counting rows failed; nothing was kept.
%1</source>
        <translation>pg_dump ist fertig, aber das Zählen der Zeilen ist fehlgeschlagen; nichts wurde behalten.
%1</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupJob.cpp" line="232"/>
        <source>checksum</source>
        <translation>Prüfsumme</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupJob.cpp" line="237"/>
        <source>Cannot checksum the backup; nothing was kept: %1</source>
        <translation>Prüfsumme der Sicherung kann nicht berechnet werden; nichts wurde behalten: %1</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupJob.cpp" line="253"/>
        <source>Cannot write the backup&apos;s record; nothing was kept: %1</source>
        <translation>Der Datensatz zur Sicherung kann nicht geschrieben werden; nichts wurde behalten: %1</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupJob.cpp" line="256"/>
        <source>Cannot rename %1 to %2; nothing was kept.</source>
        <translation>%1 kann nicht in %2 umbenannt werden; nichts wurde behalten.</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupJob.cpp" line="262"/>
        <source>Backed up %1 to %2 (%3).</source>
        <translation>%1 nach %2 gesichert (%3).</translation>
    </message>
</context>
<context>
    <name>sg::BackupMetadata</name>
    <message>
        <location filename="../app/backup/BackupMetadata.cpp" line="49"/>
        <location filename="../app/backup/BackupMetadata.cpp" line="63"/>
        <location filename="../app/backup/BackupMetadata.cpp" line="147"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupMetadata.cpp" line="57"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupMetadata.cpp" line="154"/>
        <source>%1 is not a Sightglass backup record: %2</source>
        <translation>%1 ist kein Sightglass-Sicherungsdatensatz: %2</translation>
    </message>
</context>
<context>
    <name>sg::BackupOptions</name>
    <message>
        <location filename="../app/backup/BackupOptions.cpp" line="43"/>
        <source>Choose a database to back up.</source>
        <translation>Wählen Sie eine Datenbank zum Sichern.</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupOptions.cpp" line="45"/>
        <source>Choose a destination folder.</source>
        <translation>Wählen Sie einen Zielordner.</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupOptions.cpp" line="47"/>
        <source>Schema only and data only exclude each other.</source>
        <translation>„Nur Schema“ und „Nur Daten“ schließen einander aus.</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupOptions.cpp" line="49"/>
        <source>The compression level is 0 (none) to 9 (smallest).</source>
        <translation>Die Komprimierungsstufe reicht von 0 (keine) bis 9 (kleinste Datei).</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupOptions.cpp" line="51"/>
        <source>Parallel jobs must be at least 1.</source>
        <translation>Die Zahl paralleler Jobs muss mindestens 1 betragen.</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupOptions.cpp" line="53"/>
        <source>Parallel jobs need the directory format: pg_dump writes one file per table only there.</source>
        <translation>Parallele Jobs erfordern das Verzeichnisformat: Nur dort schreibt pg_dump eine Datei pro Tabelle.</translation>
    </message>
</context>
<context>
    <name>sg::BackupVerifier</name>
    <message>
        <location filename="../app/backup/BackupVerifier.cpp" line="37"/>
        <source>The backup checked out, but the verdict could not be recorded, so it does not count as verified: %1</source>
        <translation>Die Sicherung ist in Ordnung, aber das Ergebnis konnte nicht festgehalten werden; sie gilt daher nicht als geprüft: %1</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupVerifier.cpp" line="41"/>
        <source>The verdict could not be recorded: %1</source>
        <translation>Das Ergebnis konnte nicht festgehalten werden: %1</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupVerifier.cpp" line="62"/>
        <source>Could not check the backup; its last verdict stays as it was: %1</source>
        <translation>Die Sicherung konnte nicht geprüft werden; ihr letztes Ergebnis bleibt unverändert: %1</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupVerifier.cpp" line="72"/>
        <source>No readable record next to the backup (%1), so it cannot be checked.</source>
        <translation>Neben der Sicherung liegt kein lesbarer Datensatz (%1), daher kann sie nicht geprüft werden.</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupVerifier.cpp" line="76"/>
        <source>The backup %1 is missing; only its record is there.</source>
        <translation>Die Sicherung %1 fehlt; nur ihr Datensatz ist vorhanden.</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupVerifier.cpp" line="84"/>
        <source>The checksum does not match the record: the backup was changed or damaged after it was written (SHA-256 %1, expected %2).</source>
        <translation>Die Prüfsumme stimmt nicht mit dem Datensatz überein: Die Sicherung wurde nach dem Schreiben verändert oder beschädigt (SHA-256 %1, erwartet %2).</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupVerifier.cpp" line="107"/>
        <location filename="../app/backup/BackupVerifier.cpp" line="174"/>
        <source>Verification cancelled.</source>
        <translation>Prüfung abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupVerifier.cpp" line="111"/>
        <source>The archive does not read back: %1</source>
        <translation>Das Archiv lässt sich nicht zurücklesen: %1</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupVerifier.cpp" line="116"/>
        <source>Checksum matches and the archive reads back.</source>
        <translation>Die Prüfsumme stimmt, und das Archiv lässt sich zurücklesen.</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupVerifier.cpp" line="163"/>
        <source>The restore ran, but reconnecting to compare and drop the scratch database %1 failed (drop it by hand): %2</source>
        <translation>Die Wiederherstellung lief, aber die erneute Verbindung zum Vergleichen und Löschen der Prüfdatenbank %1 schlug fehl (löschen Sie sie von Hand): %2</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupVerifier.cpp" line="179"/>
        <source>The backup does not restore: %1</source>
        <translation>Die Sicherung lässt sich nicht wiederherstellen: %1</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupVerifier.cpp" line="203"/>
        <source>%1: %L2 rows in the backup, missing after the restore</source>
        <translation>%1: %L2 Zeilen in der Sicherung, Tabelle fehlt nach der Wiederherstellung</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupVerifier.cpp" line="205"/>
        <source>%1: %L2 rows in the backup, %L3 restored</source>
        <translation>%1: %L2 Zeilen in der Sicherung, %L3 wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupVerifier.cpp" line="212"/>
        <source>Restored into a scratch database and dropped it again; the backup recorded no row counts to compare.</source>
        <translation>In eine temporäre Datenbank wiederhergestellt und diese wieder gelöscht; die Sicherung enthält keine Zeilenzahlen zum Vergleichen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/backup/BackupVerifier.cpp" line="214"/>
        <source>Restored into a scratch database: all %n table(s) have the recorded row counts.</source>
        <translation>
            <numerusform>In eine temporäre Datenbank wiederhergestellt: %n Tabelle hat die aufgezeichnete Zeilenzahl.</numerusform>
            <numerusform>In eine temporäre Datenbank wiederhergestellt: Alle %n Tabellen haben die aufgezeichneten Zeilenzahlen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/backup/BackupVerifier.cpp" line="216"/>
        <source>Restored, but %n table(s) differ from the record.</source>
        <translation>
            <numerusform>Wiederhergestellt, aber %n Tabelle weicht vom Datensatz ab.</numerusform>
            <numerusform>Wiederhergestellt, aber %n Tabellen weichen vom Datensatz ab.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::CheckpointAdvice</name>
    <message>
        <location filename="../app/advisor/CheckpointAdvice.cpp" line="39"/>
        <source>Most checkpoints were requested</source>
        <translation>Die meisten Checkpoints wurden angefordert</translation>
    </message>
    <message>
        <location filename="../app/advisor/CheckpointAdvice.cpp" line="40"/>
        <source>WAL reached max_wal_size (%1) before checkpoint_timeout (%2) came round. Each one writes out every dirty buffer at once; raise max_wal_size so that they come on time.</source>
        <translation>Das WAL erreichte max_wal_size (%1), bevor checkpoint_timeout (%2) um war. Jeder schreibt alle geänderten Puffer auf einmal; erhöhen Sie max_wal_size, damit sie planmäßig kommen.</translation>
    </message>
    <message>
        <location filename="../app/advisor/CheckpointAdvice.cpp" line="44"/>
        <source>Backends write out buffers themselves</source>
        <translation>Backends schreiben Puffer selbst</translation>
    </message>
    <message>
        <location filename="../app/advisor/CheckpointAdvice.cpp" line="45"/>
        <source>queries waited for their own writes. shared_buffers may be too small, or the background writer too slow (bgwriter_lru_maxpages).</source>
        <translation>Abfragen warteten auf ihre eigenen Schreibvorgänge. shared_buffers ist vielleicht zu klein oder der Background Writer zu langsam (bgwriter_lru_maxpages).</translation>
    </message>
</context>
<context>
    <name>sg::ColumnTitles</name>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="19"/>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="20"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="21"/>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="22"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="23"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="24"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="25"/>
        <source>Wait event</source>
        <translation>Wartet auf Ereignis</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="29"/>
        <source>Blocked by</source>
        <translation>Blockiert von</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="30"/>
        <source>Waiting for</source>
        <translation>Wartet auf</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="31"/>
        <source>Lock on</source>
        <translation>Sperre auf</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="32"/>
        <source>Transaction (s)</source>
        <translation>Transaktion (s)</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="33"/>
        <source>Query (s)</source>
        <translation>Abfrage (s)</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="34"/>
        <source>In state (s)</source>
        <translation>Im Status (s)</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="35"/>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="37"/>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="38"/>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="39"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="40"/>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="41"/>
        <source>Partitioned</source>
        <translation>Partitioniert</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="42"/>
        <source>Scans</source>
        <translation>Scans</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="43"/>
        <source>Tuples read</source>
        <translation>Gelesene Tupel</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="44"/>
        <source>Tuples fetched</source>
        <translation>Abgerufene Tupel</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="45"/>
        <source>Unique</source>
        <translation>Eindeutig</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="46"/>
        <source>Primary</source>
        <translation>Primärschlüssel</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="47"/>
        <source>Backs constraint</source>
        <translation>Stützt Constraint</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="48"/>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="49"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="50"/>
        <source>Key columns</source>
        <translation>Schlüsselspalten</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="51"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="52"/>
        <source>Predicate</source>
        <translation>Prädikat</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="53"/>
        <source>Expressions</source>
        <translation>Ausdrücke</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="54"/>
        <source>Seq scans</source>
        <translation>Seq. Scans</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="55"/>
        <source>Seq tuples read</source>
        <translation>Seq. gelesene Tupel</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="56"/>
        <source>Index scans</source>
        <translation>Index-Scans</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="57"/>
        <source>Live tuples</source>
        <translation>Lebende Tupel</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="58"/>
        <source>Dead tuples</source>
        <translation>Tote Tupel</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="59"/>
        <source>Dead %</source>
        <translation>Tot (%)</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="60"/>
        <location filename="../app/db/ColumnTitles.cpp" line="128"/>
        <source>Last vacuum</source>
        <translation>Letztes VACUUM</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="61"/>
        <source>Last autovacuum</source>
        <translation>Letztes Autovacuum</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="62"/>
        <location filename="../app/db/ColumnTitles.cpp" line="129"/>
        <source>Last analyze</source>
        <translation>Letztes ANALYZE</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="63"/>
        <source>Last autoanalyze</source>
        <translation>Letztes Autoanalyze</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="64"/>
        <source>Autovacuum due</source>
        <translation>Autovacuum fällig</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="65"/>
        <source>Autovacuum on</source>
        <translation>Autovacuum aktiv</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="66"/>
        <source>Bloat %</source>
        <translation>Bloat (%)</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="36"/>
        <location filename="../app/db/ColumnTitles.cpp" line="67"/>
        <source>Query ID</source>
        <translation>Abfrage-ID</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="26"/>
        <source>Wait class</source>
        <translation>Warteklasse</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="27"/>
        <source>Avg active</source>
        <translation>Ø aktiv</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="28"/>
        <source>Share %</source>
        <translation>Anteil %</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="68"/>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="69"/>
        <source>Total ms</source>
        <translation>Gesamt (ms)</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="70"/>
        <source>Mean ms</source>
        <translation>Mittel (ms)</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="71"/>
        <source>Max ms</source>
        <translation>Max. (ms)</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="72"/>
        <source>Stddev ms</source>
        <translation>Std.-Abw. (ms)</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="73"/>
        <source>Planning ms</source>
        <translation>Planung (ms)</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="74"/>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="75"/>
        <source>Shared hit</source>
        <translation>Shared Hit</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="76"/>
        <source>Shared read</source>
        <translation>Shared Read</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="77"/>
        <source>Shared dirtied</source>
        <translation>Shared Dirtied</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="78"/>
        <source>Shared written</source>
        <translation>Shared Written</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="79"/>
        <source>Temp read</source>
        <translation>Temp gelesen</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="80"/>
        <source>Temp written</source>
        <translation>Temp geschrieben</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="81"/>
        <source>Read I/O ms</source>
        <translation>E/A lesen (ms)</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="82"/>
        <source>Write I/O ms</source>
        <translation>E/A schreiben (ms)</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="83"/>
        <source>Temp I/O ms</source>
        <translation>Temp-E/A (ms)</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="84"/>
        <source>WAL bytes</source>
        <translation>WAL (Bytes)</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="85"/>
        <source>Reset</source>
        <translation>Zurückgesetzt</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="86"/>
        <source>Seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="87"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="88"/>
        <source>Subject</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="89"/>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="90"/>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="91"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="92"/>
        <source>Fix</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="93"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="94"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="95"/>
        <source>Idle</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="96"/>
        <source>Idle in transaction</source>
        <translation>Inaktiv in Transaktion</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="97"/>
        <location filename="../app/db/ColumnTitles.cpp" line="194"/>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="98"/>
        <source>Share of max %</source>
        <translation>Anteil an max. (%)</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="99"/>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="100"/>
        <source>Busy</source>
        <translation>Beschäftigt</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="101"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="102"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="103"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="104"/>
        <source>Threshold</source>
        <translation>Schwellwert</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="105"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="106"/>
        <source>On time</source>
        <translation>Rechtzeitig</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="107"/>
        <source>Requested</source>
        <translation>Angefordert</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="108"/>
        <source>Write (ms)</source>
        <translation>Schreiben (ms)</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="109"/>
        <source>Sync (ms)</source>
        <translation>Sync (ms)</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="110"/>
        <source>By the checkpointer</source>
        <translation>Vom Checkpointer</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="111"/>
        <source>By the background writer</source>
        <translation>Vom Background Writer</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="112"/>
        <source>By backends</source>
        <translation>Von Backends</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="113"/>
        <source>Background writer stopped at its limit</source>
        <translation>Background Writer an seiner Grenze gestoppt</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="114"/>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="115"/>
        <source>Backend type</source>
        <translation>Backend-Typ</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="116"/>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="117"/>
        <source>Reads</source>
        <translation>Lesevorgänge</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="118"/>
        <source>Writes</source>
        <translation>Schreibvorgänge</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="119"/>
        <source>Extends</source>
        <translation>Erweiterungen</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="120"/>
        <source>Fsyncs</source>
        <translation>Fsyncs</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="121"/>
        <source>Hits</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="122"/>
        <source>XID age</source>
        <translation>XID-Alter</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="123"/>
        <source>Multixact age</source>
        <translation>Multixact-Alter</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="124"/>
        <source>Allows connections</source>
        <translation>Verbindungen erlaubt</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="125"/>
        <source>Forced freeze at</source>
        <translation>Erzwungenes Einfrieren bei</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="126"/>
        <source>Multixact freeze at</source>
        <translation>Multixact-Einfrieren bei</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="127"/>
        <source>Next XID</source>
        <translation>Nächste XID</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="130"/>
        <source>xmin age</source>
        <translation>xmin-Alter</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="131"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="132"/>
        <source>Sequence</source>
        <translation>Sequenz</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="133"/>
        <source>Used %</source>
        <translation>Verbraucht %</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="134"/>
        <source>Values left</source>
        <translation>Verbleibende Werte</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="135"/>
        <source>Used per hour</source>
        <translation>Verbrauch pro Stunde</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="136"/>
        <source>Full in</source>
        <translation>Voll in</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="137"/>
        <source>Table schema</source>
        <translation>Tabellenschema</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="138"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="139"/>
        <source>Column type</source>
        <translation>Spaltentyp</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="140"/>
        <source>Sequence type</source>
        <translation>Sequenztyp</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="141"/>
        <source>Last value</source>
        <translation>Letzter Wert</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="142"/>
        <source>Limit</source>
        <translation>Grenze</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="143"/>
        <source>Increment</source>
        <translation>Schrittweite</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="144"/>
        <source>Cycles</source>
        <translation>Zyklisch</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="145"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="146"/>
        <source>Urgency</source>
        <translation>Dringlichkeit</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="147"/>
        <source>Dead rows</source>
        <translation>Tote Zeilen</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="148"/>
        <source>Vacuum threshold</source>
        <translation>VACUUM-Schwelle</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="149"/>
        <source>Inserted since vacuum</source>
        <translation>Eingefügt seit VACUUM</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="150"/>
        <source>Changed since analyze</source>
        <translation>Geändert seit ANALYZE</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="151"/>
        <source>Vacuuming now</source>
        <translation>VACUUM läuft</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="152"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="153"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="154"/>
        <source>Done %</source>
        <translation>Erledigt %</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="155"/>
        <source>Time left</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="156"/>
        <source>Running for</source>
        <translation>Läuft seit</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="157"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="158"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="159"/>
        <source>Autovacuum</source>
        <translation>Autovacuum</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="160"/>
        <source>Standby</source>
        <translation>Standby</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="161"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="162"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="163"/>
        <source>Write lag</source>
        <translation>Schreibverzug</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="164"/>
        <source>Flush lag</source>
        <translation>Flush-Verzug</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="165"/>
        <source>Replay lag</source>
        <translation>Replay-Verzug</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="166"/>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="167"/>
        <source>Not flushed</source>
        <translation>Nicht geschrieben</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="168"/>
        <source>Not replayed</source>
        <translation>Nicht eingespielt</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="169"/>
        <source>Slot</source>
        <translation>Slot</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="170"/>
        <source>Last reply</source>
        <translation>Letzte Antwort</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="171"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="172"/>
        <source>Plugin</source>
        <translation>Plugin</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="173"/>
        <source>WAL retained</source>
        <translation>Zurückgehaltenes WAL</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="174"/>
        <source>WAL status</source>
        <translation>WAL-Status</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="175"/>
        <source>Safe WAL left</source>
        <translation>Sicherer WAL-Rest</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="176"/>
        <source>Temporary</source>
        <translation>Temporär</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="177"/>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="178"/>
        <source>Enabled</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="179"/>
        <source>Tables copying</source>
        <translation>Tabellen in Kopie</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="180"/>
        <source>Received up to</source>
        <translation>Empfangen bis</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="182"/>
        <source>Apply errors</source>
        <translation>Apply-Fehler</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="183"/>
        <source>Sync errors</source>
        <translation>Sync-Fehler</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="184"/>
        <source>wal_level</source>
        <translation>wal_level</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="185"/>
        <source>archive_mode</source>
        <translation>archive_mode</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="186"/>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="187"/>
        <source>Last archived</source>
        <translation>Zuletzt archiviert</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="188"/>
        <source>Archived at</source>
        <translation>Archiviert um</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="189"/>
        <source>Failures</source>
        <translation>Fehlschläge</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="190"/>
        <source>Last failed</source>
        <translation>Zuletzt fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="191"/>
        <source>Failed at</source>
        <translation>Fehlgeschlagen um</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="192"/>
        <source>Failing</source>
        <translation>Schlägt fehl</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="193"/>
        <source>Segments waiting</source>
        <translation>Wartende Segmente</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="195"/>
        <source>Receiver</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="196"/>
        <source>Primary host</source>
        <translation>Primary-Host</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="197"/>
        <source>Primary port</source>
        <translation>Primary-Port</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="198"/>
        <source>Receiver slot</source>
        <translation>Empfänger-Slot</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="181"/>
        <location filename="../app/db/ColumnTitles.cpp" line="199"/>
        <source>Last message</source>
        <translation>Letzte Nachricht</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="200"/>
        <source>WAL position (LSN)</source>
        <translation>WAL-Position (LSN)</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="201"/>
        <source>Replay delay</source>
        <translation>Replay-Verzögerung</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="202"/>
        <source>Replay paused</source>
        <translation>Replay pausiert</translation>
    </message>
</context>
<context>
    <name>sg::Connection</name>
    <message>
        <location filename="../app/db/Connection.cpp" line="80"/>
        <source>Check the password, or put it in ~/.pgpass (or a service file) so it is not typed each time.</source>
        <translation>Prüfen Sie das Passwort, oder legen Sie es in ~/.pgpass (oder einer Service-Datei) ab, damit es nicht jedes Mal eingegeben werden muss.</translation>
    </message>
    <message>
        <location filename="../app/db/Connection.cpp" line="93"/>
        <source>The host name could not be resolved: check its spelling and your DNS.</source>
        <translation>Der Hostname konnte nicht aufgelöst werden: Prüfen Sie die Schreibweise und Ihr DNS.</translation>
    </message>
    <message>
        <location filename="../app/db/Connection.cpp" line="98"/>
        <source>The server&apos;s certificate is for another host name. Connect with a name the certificate lists, or have a certificate issued for this one; lowering sslmode would also skip the check that this is your server.</source>
        <translation>Das Zertifikat des Servers gilt für einen anderen Hostnamen. Verbinden Sie sich mit einem Namen, den das Zertifikat nennt, oder lassen Sie ein Zertifikat für diesen ausstellen; ein niedrigerer sslmode würde auch die Prüfung überspringen, dass dies Ihr Server ist.</translation>
    </message>
    <message>
        <location filename="../app/db/Connection.cpp" line="104"/>
        <source>The server&apos;s certificate is not signed by an authority you trust: set sslrootcert to the file of the CA that issued it (its administrator has it).</source>
        <translation>Das Zertifikat des Servers ist von keiner Stelle signiert, der Sie vertrauen: Setzen Sie sslrootcert auf die Datei der CA, die es ausgestellt hat (sein Administrator hat sie).</translation>
    </message>
    <message>
        <location filename="../app/db/Connection.cpp" line="109"/>
        <source>This server does not accept encrypted connections: ask its administrator to turn ssl on, or reach it through an SSH tunnel.</source>
        <translation>Dieser Server nimmt keine verschlüsselten Verbindungen an: Bitten Sie seinen Administrator, ssl einzuschalten, oder erreichen Sie ihn über einen SSH-Tunnel.</translation>
    </message>
    <message>
        <location filename="../app/db/Connection.cpp" line="114"/>
        <source>Check sslmode and the certificate files (sslrootcert, sslcert, sslkey).</source>
        <translation>Prüfen Sie sslmode und die Zertifikatsdateien (sslrootcert, sslcert, sslkey).</translation>
    </message>
    <message>
        <location filename="../app/db/Connection.cpp" line="122"/>
        <source>Nothing accepts connections at that address and port: is the server running?</source>
        <translation>Unter dieser Adresse und diesem Port nimmt nichts Verbindungen an: Läuft der Server?</translation>
    </message>
    <message>
        <location filename="../app/db/Connection.cpp" line="124"/>
        <source>The server did not answer in time: check the host, the port and any firewall.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet: Prüfen Sie Host, Port und eine etwaige Firewall.</translation>
    </message>
    <message>
        <location filename="../app/db/Connection.cpp" line="135"/>
        <source>no connection options were given</source>
        <translation>es wurden keine Verbindungsoptionen angegeben</translation>
    </message>
    <message>
        <location filename="../app/db/Connection.cpp" line="209"/>
        <source>out of memory</source>
        <translation>Speicher erschöpft</translation>
    </message>
    <message>
        <location filename="../app/db/Connection.cpp" line="219"/>
        <source>connection attempt abandoned</source>
        <translation>Verbindungsversuch abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/db/Connection.cpp" line="221"/>
        <source>timeout expired after %1 s</source>
        <translation>Zeitüberschreitung nach %1 s</translation>
    </message>
    <message>
        <location filename="../app/db/Connection.cpp" line="416"/>
        <source>not connected to the server</source>
        <translation>nicht mit dem Server verbunden</translation>
    </message>
    <message>
        <location filename="../app/db/Connection.cpp" line="525"/>
        <source>COPY FROM STDIN / TO STDOUT cannot run here</source>
        <translation>COPY FROM STDIN / TO STDOUT kann hier nicht ausgeführt werden</translation>
    </message>
</context>
<context>
    <name>sg::ConnectionOptions</name>
    <message>
        <location filename="../app/db/ConnectionOptions.cpp" line="51"/>
        <source>out of memory</source>
        <translation>Speicher erschöpft</translation>
    </message>
    <message>
        <location filename="../app/db/ConnectionOptions.cpp" line="123"/>
        <source>local socket</source>
        <translation>lokaler Socket</translation>
    </message>
</context>
<context>
    <name>sg::DbError</name>
    <message>
        <location filename="../app/db/DbError.cpp" line="38"/>
        <source>The connection string is not valid: </source>
        <translation>Die Verbindungszeichenfolge ist ungültig: </translation>
    </message>
    <message>
        <location filename="../app/db/DbError.cpp" line="41"/>
        <source>The server refused the login: </source>
        <translation>Der Server hat die Anmeldung abgelehnt: </translation>
    </message>
    <message>
        <location filename="../app/db/DbError.cpp" line="44"/>
        <source>Could not connect: </source>
        <translation>Verbindung nicht möglich: </translation>
    </message>
    <message>
        <location filename="../app/db/DbError.cpp" line="47"/>
        <source>The query was cancelled. </source>
        <translation>Die Abfrage wurde abgebrochen. </translation>
    </message>
    <message>
        <location filename="../app/db/DbError.cpp" line="50"/>
        <source>The query ran out of time and was stopped. </source>
        <translation>Die Abfrage hat das Zeitlimit überschritten und wurde gestoppt. </translation>
    </message>
    <message>
        <location filename="../app/db/DbError.cpp" line="53"/>
        <source>The connection to the server was lost: </source>
        <translation>Die Verbindung zum Server wurde unterbrochen: </translation>
    </message>
    <message>
        <location filename="../app/db/DbError.cpp" line="60"/>
        <source>Detail: </source>
        <translation>Detail: </translation>
    </message>
    <message>
        <location filename="../app/db/DbError.cpp" line="62"/>
        <source>Hint: </source>
        <translation>Hinweis: </translation>
    </message>
</context>
<context>
    <name>sg::DbWorker</name>
    <message>
        <location filename="../app/db/DbWorker.cpp" line="125"/>
        <location filename="../app/db/DbWorker.cpp" line="157"/>
        <source>cancelled before it started</source>
        <translation>vor dem Start abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/db/DbWorker.cpp" line="139"/>
        <source>not connected to the server</source>
        <translation>nicht mit dem Server verbunden</translation>
    </message>
    <message>
        <location filename="../app/db/DbWorker.cpp" line="233"/>
        <source>the server closed the connection</source>
        <translation>der Server hat die Verbindung geschlossen</translation>
    </message>
</context>
<context>
    <name>sg::DemoEnvironment</name>
    <message>
        <location filename="../app/db/DemoEnvironment.cpp" line="90"/>
        <source>pgbench -i failed: %1</source>
        <translation>pgbench -i ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/db/DemoEnvironment.cpp" line="100"/>
        <source>Starting the demo server…</source>
        <translation>Demo-Server wird gestartet…</translation>
    </message>
    <message>
        <location filename="../app/db/DemoEnvironment.cpp" line="108"/>
        <source>Loading pgbench data and planted problems…</source>
        <translation>pgbench-Daten und eingebaute Probleme werden geladen…</translation>
    </message>
    <message>
        <location filename="../app/db/DemoEnvironment.cpp" line="113"/>
        <source>Starting a streaming standby…</source>
        <translation>Ein Streaming-Standby wird gestartet…</translation>
    </message>
</context>
<context>
    <name>sg::ExplainRunner</name>
    <message numerus="yes">
        <location filename="../app/plan/ExplainRunner.cpp" line="28"/>
        <source>The statement has %n parameter(s) ($1 …): put values in their place first (statements from pg_stat_statements come that way).</source>
        <translation>
            <numerusform>Die Anweisung hat %n Parameter ($1 …): Setzen Sie zuerst Werte an deren Stelle ein (Anweisungen aus pg_stat_statements liegen in dieser Form vor).</numerusform>
            <numerusform>Die Anweisung hat %n Parameter ($1 …): Setzen Sie zuerst Werte an deren Stelle ein (Anweisungen aus pg_stat_statements liegen in dieser Form vor).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/plan/ExplainRunner.cpp" line="43"/>
        <source>A generic plan is for one statement at a time.</source>
        <translation>Ein generischer Plan gilt für jeweils eine Anweisung.</translation>
    </message>
</context>
<context>
    <name>sg::Finding</name>
    <message>
        <location filename="../app/advisor/Finding.cpp" line="12"/>
        <source>unused index</source>
        <translation>ungenutzter Index</translation>
    </message>
    <message>
        <location filename="../app/advisor/Finding.cpp" line="13"/>
        <source>duplicate index</source>
        <translation>doppelter Index</translation>
    </message>
    <message>
        <location filename="../app/advisor/Finding.cpp" line="14"/>
        <source>redundant index</source>
        <translation>redundanter Index</translation>
    </message>
    <message>
        <location filename="../app/advisor/Finding.cpp" line="15"/>
        <source>invalid index</source>
        <translation>ungültiger Index</translation>
    </message>
    <message>
        <location filename="../app/advisor/Finding.cpp" line="16"/>
        <source>foreign key without index</source>
        <translation>Fremdschlüssel ohne Index</translation>
    </message>
    <message>
        <location filename="../app/advisor/Finding.cpp" line="17"/>
        <source>read by sequential scans</source>
        <translation>durch sequenzielle Scans gelesen</translation>
    </message>
    <message>
        <location filename="../app/advisor/Finding.cpp" line="18"/>
        <source>table bloat</source>
        <translation>Tabellen-Bloat</translation>
    </message>
    <message>
        <location filename="../app/advisor/Finding.cpp" line="19"/>
        <source>index bloat</source>
        <translation>Index-Bloat</translation>
    </message>
    <message>
        <location filename="../app/advisor/Finding.cpp" line="20"/>
        <source>vacuum overdue</source>
        <translation>VACUUM überfällig</translation>
    </message>
    <message>
        <location filename="../app/advisor/Finding.cpp" line="52"/>
        <source>No findings.</source>
        <translation>Keine Befunde.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/advisor/Finding.cpp" line="59"/>
        <source>%n finding(s): %1</source>
        <translation>
            <numerusform>%n Befund: %1</numerusform>
            <numerusform>%n Befunde: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::FixRunner</name>
    <message>
        <location filename="../app/advisor/FixRunner.cpp" line="21"/>
        <source>Done: %1</source>
        <translation>Erledigt: %1</translation>
    </message>
</context>
<context>
    <name>sg::HealthReport</name>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="39"/>
        <source>installed but not loaded: add it to shared_preload_libraries and restart the server (its views fail until then)</source>
        <translation>installiert, aber nicht geladen: in shared_preload_libraries eintragen und den Server neu starten (bis dahin schlagen seine Sichten fehl)</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="42"/>
        <source>installed and loaded</source>
        <translation>installiert und geladen</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="44"/>
        <source>loaded but not installed in this database: CREATE EXTENSION pg_stat_statements</source>
        <translation>geladen, aber in dieser Datenbank nicht installiert: CREATE EXTENSION pg_stat_statements</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="69"/>
        <source>Checkpoints and I/O</source>
        <translation>Checkpoints und I/O</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="70"/>
        <source>Checkpoints: %1 on time, %2 requested (%3), since %4</source>
        <translation>Checkpoints: %1 planmäßig, %2 angefordert (%3), seit %4</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="74"/>
        <source>Buffers written by the checkpointer %1, the background writer %2, backends themselves %3 (%4)</source>
        <translation>Geschriebene Puffer: Checkpointer %1, Background Writer %2, Backends selbst %3 (%4)</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="83"/>
        <source>I/O by backend type: pg_stat_io needs PostgreSQL 16 or later.</source>
        <translation>I/O nach Backend-Typ: pg_stat_io braucht PostgreSQL 16 oder neuer.</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="104"/>
        <source>Vacuum and commands in progress</source>
        <translation>VACUUM und laufende Befehle</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="106"/>
        <source>Autovacuum: %1 of %2 workers busy.</source>
        <translation>Autovacuum: %1 von %2 Workern beschäftigt.</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="110"/>
        <source>Autovacuum is off: only anti-wraparound vacuums run.</source>
        <translation>Autovacuum ist aus: Nur Anti-Wraparound-VACUUMs laufen.</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="112"/>
        <source>Tables past a vacuum or analyze threshold: %1</source>
        <translation>Tabellen über einer VACUUM- oder ANALYZE-Schwelle: %1</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="115"/>
        <source>table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="115"/>
        <source>reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="116"/>
        <source>urgency</source>
        <translation>Dringlichkeit</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="116"/>
        <source>dead rows / threshold</source>
        <translation>tote Zeilen / Schwelle</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="117"/>
        <source>XID age / freeze age</source>
        <translation>XID-Alter / Einfrieralter</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="130"/>
        <source>(%1 more in the JSON report)</source>
        <translation>(%1 weitere im JSON-Bericht)</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="133"/>
        <source>Commands in progress: %1</source>
        <translation>Laufende Befehle: %1</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="143"/>
        <source>session %1, running for %2</source>
        <translation>Sitzung %1, läuft seit %2</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="161"/>
        <source>Replication and WAL</source>
        <translation>Replikation und WAL</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="166"/>
        <source>standby</source>
        <translation>Standby</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="166"/>
        <source>state</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="167"/>
        <source>replay lag</source>
        <translation>Replay-Verzug</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="167"/>
        <source>not replayed</source>
        <translation>nicht eingespielt</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="168"/>
        <location filename="../app/advisor/HealthReportSections.cpp" line="181"/>
        <source>slot</source>
        <translation>Slot</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="181"/>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="182"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="182"/>
        <source>WAL retained</source>
        <translation>Zurückgehaltenes WAL</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="183"/>
        <source>WAL status</source>
        <translation>WAL-Status</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="188"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="189"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="196"/>
        <source>subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="196"/>
        <source>database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="197"/>
        <source>apply worker</source>
        <translation>Apply-Worker</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="197"/>
        <source>last message</source>
        <translation>letzte Nachricht</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="198"/>
        <source>apply errors</source>
        <translation>Apply-Fehler</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="205"/>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="206"/>
        <source>not running</source>
        <translation>läuft nicht</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="220"/>
        <source>Transaction ID wraparound and sequences</source>
        <translation>Transaktions-ID-Wraparound und Sequenzen</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="224"/>
        <source>Oldest unfrozen transaction ID: database %1, age %2, %3 % of autovacuum_freeze_max_age (%4) and %5 % of the age where writes stop (%6)</source>
        <translation>Älteste nicht eingefrorene Transaktions-ID: Datenbank %1, Alter %2, %3 % von autovacuum_freeze_max_age (%4) und %5 % des Alters, ab dem Schreibzugriffe stoppen (%6)</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="241"/>
        <source>Forecast: %1 (%2)</source>
        <translation>Prognose: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="247"/>
        <source>Anti-wraparound vacuum due in %1</source>
        <translation>Anti-Wraparound-Vacuum in %1 fällig</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="250"/>
        <source>its age is past autovacuum_freeze_max_age; autovacuum will freeze it and cannot be cancelled. If it does not finish, see what holds the horizon back below.</source>
        <translation>ihr Alter liegt über autovacuum_freeze_max_age; Autovacuum friert sie ein und lässt sich dabei nicht abbrechen. Wird es nicht fertig, sehen Sie unten nach, was den Horizont zurückhält.</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="265"/>
        <source>What holds the xmin horizon back (vacuum can neither remove dead rows nor freeze past it):</source>
        <translation>Was den xmin-Horizont zurückhält (VACUUM kann darüber hinaus weder tote Zeilen entfernen noch einfrieren):</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="270"/>
        <source>nothing: no old snapshot, replication slot, prepared transaction or standby feedback.</source>
        <translation>nichts: kein alter Snapshot, kein Replikationsslot, keine vorbereitete Transaktion und kein Standby-Feedback.</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="284"/>
        <source>Tables of this database with the oldest transaction IDs:</source>
        <translation>Tabellen dieser Datenbank mit den ältesten Transaktions-IDs:</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="301"/>
        <source>Sequences: %1 in this database, %2 past half of their range.</source>
        <translation>Sequenzen: %1 in dieser Datenbank, %2 über der Hälfte ihres Wertebereichs.</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="331"/>
        <source>%1 is running out</source>
        <translation>%1 geht zur Neige</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="336"/>
        <source>the column it feeds is %1: when it is full, inserts fail with &quot;out of range&quot;. Change the column to bigint (a new column filled in batches, then swapped) before it runs out.</source>
        <translation>die Spalte, die sie füllt, ist %1: Ist sie voll, schlagen INSERTs mit „out of range“ fehl. Stellen Sie die Spalte auf bigint um (eine neue Spalte, stapelweise gefüllt, dann getauscht), bevor es so weit ist.</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="341"/>
        <source>nextval() fails when it reaches its limit. Raise MAXVALUE or change its type to bigint (ALTER SEQUENCE … AS bigint) before it runs out.</source>
        <translation>nextval() schlägt fehl, wenn sie ihre Grenze erreicht. Erhöhen Sie MAXVALUE oder stellen Sie ihren Typ auf bigint um (ALTER SEQUENCE … AS bigint), bevor es so weit ist.</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReport.cpp" line="354"/>
        <source>Health report: %1</source>
        <translation>Zustandsbericht: %1</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReport.cpp" line="355"/>
        <source>Generated %1 by Sightglass. PostgreSQL %2, up since %3; usage statistics since %4 (%5).</source>
        <translation>Erstellt am %1 von Sightglass. PostgreSQL %2, läuft seit %3; Nutzungsstatistik seit %4 (%5).</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReport.cpp" line="360"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReport.cpp" line="367"/>
        <source>Connections and cache</source>
        <translation>Verbindungen und Cache</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReport.cpp" line="368"/>
        <source>Connections: %1 of %2 usable (%3 %)</source>
        <translation>Verbindungen: %1 von %2 nutzbaren (%3 %)</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReport.cpp" line="371"/>
        <source>Cache hit ratio: all databases %1, tables %2, indexes %3</source>
        <translation>Cache-Trefferquote: alle Datenbanken %1, Tabellen %2, Indizes %3</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReport.cpp" line="374"/>
        <source>pg_stat_statements: %1</source>
        <translation>pg_stat_statements: %1</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="45"/>
        <source>not installed (add it to shared_preload_libraries, restart, then CREATE EXTENSION pg_stat_statements)</source>
        <translation>nicht installiert (in shared_preload_libraries eintragen, Server neu starten, dann CREATE EXTENSION pg_stat_statements)</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReport.cpp" line="381"/>
        <source>Findings (%1)</source>
        <translation>Befunde (%1)</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReport.cpp" line="383"/>
        <source>Nothing to report.</source>
        <translation>Nichts zu berichten.</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReport.cpp" line="399"/>
        <source>Sightglass health report</source>
        <translation>Sightglass-Zustandsbericht</translation>
    </message>
</context>
<context>
    <name>sg::IndexAdvisor</name>
    <message numerus="yes">
        <location filename="../app/advisor/IndexAdvisor.cpp" line="111"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/advisor/IndexAdvisor.cpp" line="113"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/advisor/IndexAdvisor.cpp" line="115"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/advisor/IndexAdvisor.cpp" line="116"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/advisor/IndexAdvisor.cpp" line="176"/>
        <source>Marked invalid (a failed CREATE INDEX CONCURRENTLY or REINDEX): it is maintained on every write but never used. Rebuild it, or drop it if it is not wanted.</source>
        <translation>Als ungültig markiert (ein fehlgeschlagenes CREATE INDEX CONCURRENTLY oder REINDEX): Er wird bei jedem Schreibvorgang gepflegt, aber nie verwendet. Bauen Sie ihn neu auf, oder löschen Sie ihn, wenn er nicht gebraucht wird.</translation>
    </message>
    <message>
        <location filename="../app/advisor/IndexAdvisor.cpp" line="201"/>
        <source>Same columns, operator classes, expressions, predicate and method as %1: every write maintains both, reads use one.</source>
        <translation>Gleiche Spalten, Operatorklassen, Ausdrücke, Prädikat und Methode wie %1: Jeder Schreibvorgang pflegt beide, Lesezugriffe nutzen nur einen.</translation>
    </message>
    <message>
        <location filename="../app/advisor/IndexAdvisor.cpp" line="226"/>
        <source>Its columns (%1) lead %2 (%3), which serves the same lookups.</source>
        <translation>Seine Spalten (%1) bilden den Anfang von %2 (%3), der dieselben Suchzugriffe bedient.</translation>
    </message>
    <message>
        <location filename="../app/advisor/IndexAdvisor.cpp" line="244"/>
        <source>No index scan since %1, when the usage statistics started (make sure that spans the jobs that run rarely, month-end reports say, before dropping it).</source>
        <translation>Kein Index-Scan seit %1, dem Beginn der Nutzungsstatistik (stellen Sie vor dem Löschen sicher, dass dieser Zeitraum auch selten laufende Jobs abdeckt, etwa Monatsabschlussberichte).</translation>
    </message>
    <message>
        <location filename="../app/advisor/IndexAdvisor.cpp" line="263"/>
        <source>-- A partitioned table cannot be indexed CONCURRENTLY: this locks out writes while it builds.
</source>
        <translation>-- Eine partitionierte Tabelle kann nicht CONCURRENTLY indiziert werden: Schreibzugriffe sind während des Aufbaus gesperrt.
</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/advisor/IndexAdvisor.cpp" line="269"/>
        <source>FOREIGN KEY (%1) REFERENCES %2 ON DELETE %3: no index starts with these columns, so joins on them and every delete or key update in %2 scan this table (about %n row(s)).</source>
        <translation>
            <numerusform>FOREIGN KEY (%1) REFERENCES %2 ON DELETE %3: Kein Index beginnt mit diesen Spalten, daher durchsuchen Joins darüber und jedes Löschen oder Schlüssel-Update in %2 diese Tabelle (etwa %n Zeile).</numerusform>
            <numerusform>FOREIGN KEY (%1) REFERENCES %2 ON DELETE %3: Kein Index beginnt mit diesen Spalten, daher durchsuchen Joins darüber und jedes Löschen oder Schlüssel-Update in %2 diese Tabelle (etwa %n Zeilen).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/advisor/IndexAdvisor.cpp" line="273"/>
        <source>FOREIGN KEY (%1) REFERENCES %2 ON DELETE %3: no index starts with these columns, so joins on them and every delete or key update in %2 scan this table (its size is not known before its first ANALYZE).</source>
        <translation>FOREIGN KEY (%1) REFERENCES %2 ON DELETE %3: Kein Index beginnt mit diesen Spalten, daher durchsuchen Joins darüber und jedes Löschen oder Schlüssel-Update in %2 diese Tabelle (ihre Größe ist vor dem ersten ANALYZE unbekannt).</translation>
    </message>
</context>
<context>
    <name>sg::Linter</name>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="190"/>
        <source>CREATE TABLE %1 without IF NOT EXISTS.</source>
        <translation>CREATE TABLE %1 ohne IF NOT EXISTS.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="191"/>
        <location filename="../app/migrate/MigrationLinter.cpp" line="244"/>
        <location filename="../app/migrate/MigrationLinter.cpp" line="322"/>
        <source>Re-running the file after a partial failure stops at this statement.</source>
        <translation>Wird die Datei nach einem teilweisen Fehlschlag erneut ausgeführt, bricht sie bei dieser Anweisung ab.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="192"/>
        <source>CREATE TABLE IF NOT EXISTS %1 …</source>
        <translation>CREATE TABLE IF NOT EXISTS %1 …</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="226"/>
        <source>DROP INDEX without CONCURRENTLY.</source>
        <translation>DROP INDEX ohne CONCURRENTLY.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="227"/>
        <source>Takes ACCESS EXCLUSIVE on the index&apos;s table: every read and write of it waits until the drop is done, and queues behind any long transaction that uses it.</source>
        <translation>Setzt ACCESS EXCLUSIVE auf die Tabelle des Index: Jeder Lese- und Schreibzugriff auf sie wartet, bis das Löschen abgeschlossen ist, und die Anweisung reiht sich hinter jede lange Transaktion ein, die die Tabelle nutzt.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="236"/>
        <source>Drops the table %1 and its data.</source>
        <translation>Löscht die Tabelle %1 samt ihren Daten.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="237"/>
        <source>Breaking: code that still reads or writes it fails, and the data is gone for good.</source>
        <translation>Inkompatible Änderung: Code, der sie noch liest oder schreibt, schlägt fehl, und die Daten sind endgültig verloren.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="238"/>
        <source>Deploy the code that no longer uses it first; keep the data for a release (rename it, or back it up) before dropping it.</source>
        <translation>Stellen Sie zuerst den Code bereit, der sie nicht mehr verwendet; behalten Sie die Daten ein Release lang (umbenennen oder sichern), bevor Sie die Tabelle löschen.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="243"/>
        <source>DROP without IF EXISTS.</source>
        <translation>DROP ohne IF EXISTS.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="277"/>
        <source>ADD COLUMN %1 NOT NULL without a default.</source>
        <translation>ADD COLUMN %1 NOT NULL ohne Standardwert.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="278"/>
        <source>Fails on any table that has rows: the existing rows would hold NULL.</source>
        <translation>Schlägt bei jeder Tabelle fehl, die Zeilen enthält: Die vorhandenen Zeilen hätten NULL.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="279"/>
        <source>ALTER TABLE %1 ADD COLUMN %2 … DEFAULT &lt;value&gt; NOT NULL;  -- a constant default is instant since PostgreSQL 11; or add it nullable, backfill in batches, then SET NOT NULL through a validated CHECK</source>
        <translation>ALTER TABLE %1 ADD COLUMN %2 … DEFAULT &lt;Wert&gt; NOT NULL;  -- ein konstanter Standardwert geht seit PostgreSQL 11 sofort; oder die Spalte NULL-fähig anlegen, in Batches nachträglich befüllen und dann über einen validierten CHECK SET NOT NULL setzen</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="301"/>
        <source>ADD COLUMN %1 with the default %2(), which may be volatile.</source>
        <translation>ADD COLUMN %1 mit dem Standardwert %2(), der volatil sein kann.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="302"/>
        <source>A volatile default (random(), gen_random_uuid(), clock_timestamp(), nextval() …) is computed per row: the whole table is rewritten under ACCESS EXCLUSIVE.</source>
        <translation>Ein volatiler Standardwert (random(), gen_random_uuid(), clock_timestamp(), nextval() …) wird pro Zeile berechnet: Die gesamte Tabelle wird unter ACCESS EXCLUSIVE neu geschrieben.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="304"/>
        <source>ALTER TABLE %1 ADD COLUMN %2 …;  ALTER TABLE %1 ALTER COLUMN %2 SET DEFAULT %3();  -- then backfill existing rows in batches</source>
        <translation>ALTER TABLE %1 ADD COLUMN %2 …;  ALTER TABLE %1 ALTER COLUMN %2 SET DEFAULT %3();  -- danach vorhandene Zeilen in Batches nachträglich befüllen</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="321"/>
        <source>ADD COLUMN %1 without IF NOT EXISTS.</source>
        <translation>ADD COLUMN %1 ohne IF NOT EXISTS.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="323"/>
        <source>ALTER TABLE %1 ADD COLUMN IF NOT EXISTS %2 …</source>
        <translation>ALTER TABLE %1 ADD COLUMN IF NOT EXISTS %2 …</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="330"/>
        <source>SET NOT NULL on %1.%2 scans the whole table.</source>
        <translation>SET NOT NULL auf %1.%2 durchsucht die gesamte Tabelle.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="331"/>
        <source>The scan runs under ACCESS EXCLUSIVE: reads and writes of the table wait for it.</source>
        <translation>Der Scan läuft unter ACCESS EXCLUSIVE: Lese- und Schreibzugriffe auf die Tabelle warten darauf.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="346"/>
        <source>FOREIGN KEY added without NOT VALID.</source>
        <translation>FOREIGN KEY ohne NOT VALID hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="347"/>
        <source>CHECK constraint added without NOT VALID.</source>
        <translation>CHECK-Constraint ohne NOT VALID hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="348"/>
        <source>Every existing row is checked while both tables are locked SHARE ROW EXCLUSIVE: writes to them wait for the whole scan.</source>
        <translation>Jede vorhandene Zeile wird geprüft, während beide Tabellen mit SHARE ROW EXCLUSIVE gesperrt sind: Schreibzugriffe auf sie warten den gesamten Scan ab.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="350"/>
        <source>Every existing row is checked under ACCESS EXCLUSIVE: reads and writes wait.</source>
        <translation>Jede vorhandene Zeile wird unter ACCESS EXCLUSIVE geprüft: Lese- und Schreibzugriffe warten.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="353"/>
        <source>&lt;constraint name&gt;</source>
        <translation>&lt;Name des Constraints&gt;</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="369"/>
        <source>ALTER COLUMN %1 TYPE may rewrite the table.</source>
        <translation>ALTER COLUMN %1 TYPE kann die Tabelle neu schreiben.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="370"/>
        <source>This ALTER TABLE rewrites the table.</source>
        <translation>Dieses ALTER TABLE schreibt die Tabelle neu.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="371"/>
        <source>A rewrite copies every row and rebuilds every index under ACCESS EXCLUSIVE: the table is unavailable for as long as that takes.</source>
        <translation>Ein Neuschreiben kopiert jede Zeile und baut jeden Index unter ACCESS EXCLUSIVE neu auf: Die Tabelle ist so lange nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="374"/>
        <source>Only binary-compatible changes skip the rewrite (varchar(n) to a larger n or to text). Otherwise add a new column, backfill it in batches, switch the code, drop the old one.</source>
        <translation>Nur binärkompatible Änderungen kommen ohne Neuschreiben aus (varchar(n) auf ein größeres n oder auf text). Andernfalls eine neue Spalte hinzufügen, in Batches befüllen, den Code umstellen und die alte Spalte löschen.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="378"/>
        <source>Run it in a maintenance window, or copy into a new table and swap.</source>
        <translation>Führen Sie es in einem Wartungsfenster aus, oder kopieren Sie in eine neue Tabelle und tauschen Sie die Tabellen.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="381"/>
        <source>Drops the column %1.%2 and its data.</source>
        <translation>Löscht die Spalte %1.%2 samt ihren Daten.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="382"/>
        <source>Breaking: running code that selects or inserts it fails.</source>
        <translation>Inkompatible Änderung: Laufender Code, der sie abfragt oder befüllt, schlägt fehl.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="383"/>
        <source>Deploy the code that no longer uses the column first, then drop it in a later migration.</source>
        <translation>Stellen Sie zuerst den Code bereit, der die Spalte nicht mehr verwendet, und löschen Sie sie dann in einer späteren Migration.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="397"/>
        <source>CREATE INDEX on %1 without CONCURRENTLY.</source>
        <translation>CREATE INDEX auf %1 ohne CONCURRENTLY.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="398"/>
        <source>Takes a SHARE lock for the whole build: every INSERT, UPDATE and DELETE on the table waits.</source>
        <translation>Hält während des gesamten Aufbaus eine SHARE-Sperre: Jedes INSERT, UPDATE und DELETE auf der Tabelle wartet.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="400"/>
        <source>  -- runs outside a transaction; Sightglass runs it alone</source>
        <translation>  -- läuft außerhalb einer Transaktion; Sightglass führt es einzeln aus</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="405"/>
        <source>CREATE INDEX without IF NOT EXISTS.</source>
        <translation>CREATE INDEX ohne IF NOT EXISTS.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="406"/>
        <source>Re-running the file after a partial failure (an interrupted CONCURRENTLY build) stops here.</source>
        <translation>Wird die Datei nach einem teilweisen Fehlschlag (einem abgebrochenen CONCURRENTLY-Aufbau) erneut ausgeführt, bricht sie hier ab.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="407"/>
        <source>CREATE INDEX CONCURRENTLY IF NOT EXISTS …</source>
        <translation>CREATE INDEX CONCURRENTLY IF NOT EXISTS …</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="410"/>
        <source>REINDEX without CONCURRENTLY.</source>
        <translation>REINDEX ohne CONCURRENTLY.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="411"/>
        <source>Blocks writes to the table (and reads that use the index) while it rebuilds.</source>
        <translation>Blockiert während des Neuaufbaus Schreibzugriffe auf die Tabelle (und Lesezugriffe, die den Index nutzen).</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="421"/>
        <source>TRUNCATE … CASCADE.</source>
        <translation>TRUNCATE … CASCADE.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="422"/>
        <source>Also empties every table that references these through a foreign key, which the statement does not name.</source>
        <translation>Leert außerdem jede Tabelle, die per Fremdschlüssel auf diese verweist, ohne dass die Anweisung sie nennt.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="425"/>
        <source>Name every table to empty, without CASCADE, so the file says what it deletes.</source>
        <translation>Nennen Sie jede zu leerende Tabelle ausdrücklich, ohne CASCADE, damit die Datei sagt, was sie löscht.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="430"/>
        <source>Renames a table.</source>
        <translation>Benennt eine Tabelle um.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="430"/>
        <source>Renames a column.</source>
        <translation>Benennt eine Spalte um.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="431"/>
        <source>Breaking: running code that uses the old name fails the moment this commits.</source>
        <translation>Inkompatible Änderung: Laufender Code, der den alten Namen verwendet, schlägt fehl, sobald dies committet ist.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="432"/>
        <source>Add the new name beside the old (a new column kept in sync, or a view with the old name), move the code, then drop the old one.</source>
        <translation>Legen Sie den neuen Namen neben dem alten an (eine synchron gehaltene neue Spalte oder eine View mit dem alten Namen), stellen Sie den Code um und löschen Sie dann das Alte.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="439"/>
        <source>%1 rewrites the table.</source>
        <translation>%1 schreibt die Tabelle neu.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="440"/>
        <source>Holds ACCESS EXCLUSIVE for the whole rewrite: the table is unavailable.</source>
        <translation>Hält ACCESS EXCLUSIVE während des gesamten Neuschreibens: Die Tabelle ist nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="441"/>
        <source>Use pg_repack (online), or plain VACUUM, which takes no blocking lock.</source>
        <translation>Verwenden Sie pg_repack (online) oder ein einfaches VACUUM, das keine blockierende Sperre nimmt.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="451"/>
        <source>The server would store other characters than the file shows, so none of it runs.</source>
        <translation>Der Server würde andere Zeichen speichern, als die Datei zeigt; deshalb läuft nichts davon.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="452"/>
        <source>Convert the file to UTF-8, e.g. iconv -f latin1 -t utf-8.</source>
        <translation>Wandeln Sie die Datei in UTF-8 um, z. B. mit iconv -f latin1 -t utf-8.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="455"/>
        <source>The file cannot be split into statements, so none of it can run.</source>
        <translation>Die Datei lässt sich nicht in Anweisungen zerlegen, daher kann nichts davon ausgeführt werden.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="456"/>
        <source>Close the string, comment or body.</source>
        <translation>Schließen Sie die Zeichenkette, den Kommentar oder den Block ab.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="459"/>
        <source>psql meta-command %1 (not SQL).</source>
        <translation>psql-Metabefehl %1 (kein SQL).</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="460"/>
        <source>Only psql understands it, and the file means something else without it.</source>
        <translation>Nur psql versteht ihn, und ohne ihn bedeutet die Datei etwas anderes.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="461"/>
        <source>Sightglass skips it: it is not sent to the server.</source>
        <translation>Sightglass überspringt ihn: Er wird nicht an den Server gesendet.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="463"/>
        <source>Put the included file&apos;s statements in the migration.</source>
        <translation>Übernehmen Sie die Anweisungen der eingebundenen Datei in die Migration.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="464"/>
        <source>Remove the line (use SQL instead: SET for settings, values for variables).</source>
        <translation>Entfernen Sie die Zeile (verwenden Sie stattdessen SQL: SET für Einstellungen, Werte statt Variablen).</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="475"/>
        <source>Not classified offline (newer syntax?): PostgreSQL %1&apos;s grammar, which Sightglass reads migrations with, rejects it (%2); PostgreSQL %3 may accept it.</source>
        <translation>Offline nicht eingeordnet (neuere Syntax?): Die Grammatik von PostgreSQL %1, mit der Sightglass Migrationen liest, lehnt sie ab (%2); PostgreSQL %3 akzeptiert sie womöglich.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="480"/>
        <source>Its locks and risks are unknown until it runs. The rehearsal runs it on the server, which is the check: a real syntax error fails there, and nothing stays.</source>
        <translation>Ihre Sperren und Risiken sind unbekannt, bis sie läuft. Die Probe führt sie auf dem Server aus, und das ist die Prüfung: Ein echter Syntaxfehler schlägt dort fehl, und nichts bleibt zurück.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="482"/>
        <source>Rehearse before applying.</source>
        <translation>Vor dem Anwenden proben.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="485"/>
        <source>Syntax error: %1.</source>
        <translation>Syntaxfehler: %1.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="486"/>
        <source>PostgreSQL will reject this statement, and with it the migration.</source>
        <translation>PostgreSQL wird diese Anweisung ablehnen und mit ihr die Migration.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="487"/>
        <source>Fix the statement (PostgreSQL 15 grammar).</source>
        <translation>Korrigieren Sie die Anweisung (Grammatik von PostgreSQL 15).</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="499"/>
        <source>%1 inside a migration file.</source>
        <translation>%1 innerhalb einer Migrationsdatei.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="500"/>
        <source>The runner wraps each migration in its own transaction; a COMMIT in the file would end it early and leave half a migration applied if a later statement fails.</source>
        <translation>Sightglass führt jede Migration in einer eigenen Transaktion aus; ein COMMIT in der Datei würde sie vorzeitig beenden und eine halb angewendete Migration hinterlassen, falls eine spätere Anweisung fehlschlägt.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="503"/>
        <source>Remove BEGIN/COMMIT from the file.</source>
        <translation>Entfernen Sie BEGIN/COMMIT aus der Datei.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="507"/>
        <source>%1 inside a transaction block.</source>
        <translation>%1 innerhalb eines Transaktionsblocks.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="508"/>
        <source>It cannot run inside a transaction: PostgreSQL rejects it there.</source>
        <translation>Die Anweisung kann nicht innerhalb einer Transaktion laufen: PostgreSQL lehnt sie dort ab.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="509"/>
        <source>Move it out of BEGIN … COMMIT, into its own migration file.</source>
        <translation>Verschieben Sie sie aus BEGIN … COMMIT heraus in eine eigene Migrationsdatei.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="520"/>
        <source>No lock_timeout before the first lock on an existing table.</source>
        <translation>Kein lock_timeout vor der ersten Sperre auf einer vorhandenen Tabelle.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="521"/>
        <source>A DDL lock waiting behind a long transaction blocks every query queued after it. Sightglass sets its own lock_timeout, psql and other runners do not.</source>
        <translation>Eine DDL-Sperre, die hinter einer langen Transaktion wartet, blockiert jede Abfrage, die sich danach anstellt. Sightglass setzt ein eigenes lock_timeout, psql und andere Werkzeuge tun das nicht.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="527"/>
        <source>%1 names a table without its schema.</source>
        <translation>%1 nennt eine Tabelle ohne ihr Schema.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="528"/>
        <source>What it changes depends on the search_path of the session that runs it.</source>
        <translation>Was die Anweisung ändert, hängt vom search_path der ausführenden Sitzung ab.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="529"/>
        <source>Write schema.table.</source>
        <translation>Schreiben Sie schema.tabelle.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="541"/>
        <source>The foreign key %1(%2) → %3 has no index on its columns.</source>
        <translation>Der Fremdschlüssel %1(%2) → %3 hat keinen Index auf seinen Spalten.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="544"/>
        <source>Each DELETE or key UPDATE on %1 scans %2 for referencing rows, and joins on the key cannot use an index.</source>
        <translation>Jedes DELETE und jedes UPDATE des Schlüssels in %1 durchsucht %2 nach verweisenden Zeilen, und Joins über den Schlüssel können keinen Index nutzen.</translation>
    </message>
</context>
<context>
    <name>sg::LiveQuery</name>
    <message>
        <location filename="../app/db/LiveQuery.cpp" line="49"/>
        <source>no query named %1 in resources/sql</source>
        <translation>keine Abfrage namens %1 in resources/sql</translation>
    </message>
</context>
<context>
    <name>sg::MigrationController</name>
    <message>
        <location filename="../app/migrate/MigrationController.cpp" line="117"/>
        <source>pid %1 (%2) %3 %4 on %5</source>
        <translation>PID %1 (%2) %3 %4 auf %5</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationController.cpp" line="120"/>
        <source>holds</source>
        <translation>hält</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationController.cpp" line="120"/>
        <source>waits for</source>
        <translation>wartet auf</translation>
    </message>
</context>
<context>
    <name>sg::MigrationDiscovery</name>
    <message>
        <location filename="../app/migrate/MigrationDiscovery.cpp" line="58"/>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationDiscovery.cpp" line="67"/>
        <source>%1: Flyway repeatable migrations are not supported; it was left out</source>
        <translation>%1: Wiederholbare Flyway-Migrationen werden nicht unterstützt; die Datei wurde ausgelassen</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationDiscovery.cpp" line="71"/>
        <source>%1: the name has no version (expected 023_name.sql, V23__name.sql or 20250105120000_name.up.sql)</source>
        <translation>%1: Der Name enthält keine Version (erwartet: 023_name.sql, V23__name.sql oder 20250105120000_name.up.sql)</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationDiscovery.cpp" line="81"/>
        <source>%1 and %2 both have version %3; rename one of them.</source>
        <translation>%1 und %2 haben beide die Version %3; benennen Sie eine davon um.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationDiscovery.cpp" line="87"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationDiscovery.cpp" line="103"/>
        <source>%1 is a rollback for version %2, which has no migration file.</source>
        <translation>%1 ist eine Rücknahmedatei für Version %2, zu der es keine Migrationsdatei gibt.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationDiscovery.cpp" line="106"/>
        <source>Version %1 has two rollback files: %2 and %3.</source>
        <translation>Version %1 hat zwei Rücknahmedateien: %2 und %3.</translation>
    </message>
</context>
<context>
    <name>sg::MigrationInspector</name>
    <message>
        <location filename="../app/migrate/MigrationInspector.cpp" line="61"/>
        <source>%1 on %2: %3</source>
        <translation>%1 auf %2: %3</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationInspector.cpp" line="65"/>
        <source> (does not exist yet)</source>
        <translation> (existiert noch nicht)</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationInspector.cpp" line="71"/>
        <source>, ~%1 rows</source>
        <translation>, ~%1 Zeilen</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationInspector.cpp" line="73"/>
        <source> (size unknown: never vacuumed or analysed)</source>
        <translation> (Größe unbekannt: nie mit VACUUM oder ANALYZE erfasst)</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationInspector.cpp" line="77"/>
        <source>    would wait for pid %1 (%2%3, %4 for %5 s, %6 %7): %8</source>
        <translation>    würde auf PID %1 warten (%2%3, %4 seit %5 s, %6 %7): %8</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationInspector.cpp" line="83"/>
        <location filename="../app/migrate/MigrationInspector.cpp" line="210"/>
        <source>holds</source>
        <translation>hält</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationInspector.cpp" line="83"/>
        <location filename="../app/migrate/MigrationInspector.cpp" line="210"/>
        <source>waits for</source>
        <translation>wartet auf</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationInspector.cpp" line="206"/>
        <source>%1 was not read: pid %2 (%3) %4 %5 on it; skipped rather than wait behind it.</source>
        <translation>%1 wurde nicht gelesen: PID %2 (%3) %4 %5 darauf; übersprungen, statt dahinter zu warten.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationInspector.cpp" line="213"/>
        <source>If the table has rows, adding a NOT NULL column without a default fails.</source>
        <translation>Hat die Tabelle Zeilen, schlägt das Hinzufügen einer NOT-NULL-Spalte ohne Vorgabewert fehl.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationInspector.cpp" line="215"/>
        <source>Count them yourself once pid %1 is done: SELECT count(*) FROM %2 WHERE %3 IS NULL;</source>
        <translation>Zählen Sie selbst, sobald PID %1 fertig ist: SELECT count(*) FROM %2 WHERE %3 IS NULL;</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationInspector.cpp" line="218"/>
        <source>Check yourself once pid %1 is done: SELECT EXISTS (SELECT FROM %2);</source>
        <translation>Prüfen Sie selbst, sobald PID %1 fertig ist: SELECT EXISTS (SELECT FROM %2);</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationInspector.cpp" line="230"/>
        <source>NULLs in %1.%2 could not be counted: %3</source>
        <translation>NULL-Werte in %1.%2 konnten nicht gezählt werden: %3</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationInspector.cpp" line="212"/>
        <location filename="../app/migrate/MigrationInspector.cpp" line="232"/>
        <source>If any row is NULL there, SET NOT NULL fails after scanning the table.</source>
        <translation>Ist dort auch nur eine Zeile NULL, schlägt SET NOT NULL nach dem Durchsuchen der Tabelle fehl.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationInspector.cpp" line="234"/>
        <source>Count them yourself before applying: SELECT count(*) FROM %1 WHERE %2 IS NULL;</source>
        <translation>Zählen Sie sie vor dem Anwenden selbst: SELECT count(*) FROM %1 WHERE %2 IS NULL;</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/migrate/MigrationInspector.cpp" line="244"/>
        <source>%1: %Ln row(s) with NULL in %2 right now: SET NOT NULL will fail.</source>
        <translation>
            <numerusform>%1: %Ln Zeile mit NULL in %2 zurzeit: SET NOT NULL wird fehlschlagen.</numerusform>
            <numerusform>%1: %Ln Zeilen mit NULL in %2 zurzeit: SET NOT NULL wird fehlschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationInspector.cpp" line="247"/>
        <source>The migration would stop here and roll back after scanning the table.</source>
        <translation>Die Migration würde hier nach dem Durchsuchen der Tabelle abbrechen und zurückgerollt werden.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationInspector.cpp" line="248"/>
        <source>Backfill first: UPDATE %1 SET %2 = &lt;value&gt; WHERE %2 IS NULL;  (in batches on a big table)</source>
        <translation>Zuerst nachträglich befüllen: UPDATE %1 SET %2 = &lt;Wert&gt; WHERE %2 IS NULL;  (bei einer großen Tabelle in Batches)</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationInspector.cpp" line="260"/>
        <source>%1 has rows (about %2): adding %3 NOT NULL without a default will fail.</source>
        <translation>%1 enthält Zeilen (etwa %2): Das Hinzufügen von %3 NOT NULL ohne Standardwert wird fehlschlagen.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationInspector.cpp" line="263"/>
        <source>Existing rows would hold NULL in the new column, which the constraint forbids.</source>
        <translation>Vorhandene Zeilen hätten in der neuen Spalte NULL, was der Constraint verbietet.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationInspector.cpp" line="264"/>
        <source>Give the column a DEFAULT, or add it nullable and backfill before SET NOT NULL.</source>
        <translation>Geben Sie der Spalte einen DEFAULT, oder legen Sie sie NULL-fähig an und befüllen Sie sie vor SET NOT NULL nachträglich.</translation>
    </message>
</context>
<context>
    <name>sg::MigrationPlanner</name>
    <message>
        <location filename="../app/migrate/MigrationPlanner.cpp" line="62"/>
        <source>This database is tracked by %1. Sightglass reads that history but never writes it: apply with the tool that owns it.</source>
        <translation>Diese Datenbank wird von %1 protokolliert. Sightglass liest diesen Verlauf, schreibt ihn aber nie: Wenden Sie Migrationen mit dem Werkzeug an, dem er gehört.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationPlanner.cpp" line="78"/>
        <location filename="../app/migrate/MigrationPlanner.cpp" line="80"/>
        <source>%1 is %2. %3</source>
        <translation>Version %1: %2. %3</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationPlanner.cpp" line="89"/>
        <source>%1 has no rollback file (%2_…_rollback.sql, .down.sql or U%2__…sql).</source>
        <translation>%1 hat keine Rücknahmedatei (%2_…_rollback.sql, .down.sql oder U%2__…sql).</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationPlanner.cpp" line="96"/>
        <source>Nothing is applied, so there is nothing to roll back.</source>
        <translation>Es ist nichts angewendet, also gibt es nichts zurückzunehmen.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationPlanner.cpp" line="113"/>
        <source>The live checks could not run: %1</source>
        <translation>Die Live-Prüfungen konnten nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationPlanner.cpp" line="117"/>
        <source>%1 lint error(s): these statements would fail or cannot run as written.</source>
        <translation>Lint-Fehler: %1 – diese Anweisungen würden fehlschlagen oder können so nicht ausgeführt werden.</translation>
    </message>
</context>
<context>
    <name>sg::MigrationRunner</name>
    <message>
        <location filename="../app/migrate/MigrationRunner.cpp" line="44"/>
        <source>%1 on %2 (%3)</source>
        <translation>%1 auf %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationRunner.cpp" line="49"/>
        <source>Holds %1 until the rehearsal rolls back.</source>
        <translation>Hält %1, bis die Probe zurückgerollt wird.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationRunner.cpp" line="125"/>
        <source>cancelled before this statement</source>
        <translation>vor dieser Anweisung abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationRunner.cpp" line="188"/>
        <location filename="../app/migrate/MigrationRunner.cpp" line="347"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationRunner.cpp" line="198"/>
        <source>Version %1 failed at line %2 and was rolled back: %3</source>
        <translation>Version %1 ist in Zeile %2 fehlgeschlagen und wurde zurückgerollt: %3</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationRunner.cpp" line="207"/>
        <source>Version %1 could not be committed, nothing of it stays: %2</source>
        <translation>Version %1 konnte nicht committet werden, nichts davon bleibt bestehen: %2</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationRunner.cpp" line="242"/>
        <source>Version %1 failed at line %2: %3</source>
        <translation>Version %1 ist in Zeile %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationRunner.cpp" line="245"/>
        <source>Statements before it ran outside a transaction and stay applied; the migration is marked failed.</source>
        <translation>Die Anweisungen davor liefen außerhalb einer Transaktion und bleiben angewendet; die Migration ist als fehlgeschlagen markiert.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationRunner.cpp" line="249"/>
        <source>It left the INVALID index %1: drop it with DROP INDEX CONCURRENTLY before trying again.</source>
        <translation>Sie hat den ungültigen (INVALID) Index %1 hinterlassen: Löschen Sie ihn mit DROP INDEX CONCURRENTLY, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationRunner.cpp" line="263"/>
        <source>Version %1 ran, but its tracking row could not be written: %2</source>
        <translation>Version %1 wurde ausgeführt, aber ihre Zeile in der Protokolltabelle konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/migrate/MigrationRunner.cpp" line="305"/>
        <source>Applied %n migration(s).</source>
        <translation>
            <numerusform>%n Migration angewendet.</numerusform>
            <numerusform>%n Migrationen angewendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/migrate/MigrationRunner.cpp" line="306"/>
        <source>Rolled back %n migration(s).</source>
        <translation>
            <numerusform>%n Migration zurückgenommen.</numerusform>
            <numerusform>%n Migrationen zurückgenommen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationRunner.cpp" line="361"/>
        <source>transaction control is not rehearsed</source>
        <translation>Transaktionssteuerung wird im Probelauf nicht ausgeführt</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationRunner.cpp" line="362"/>
        <source>cannot run inside a transaction, so it cannot be rehearsed</source>
        <translation>kann nicht innerhalb einer Transaktion laufen und daher nicht im Probelauf getestet werden</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationRunner.cpp" line="381"/>
        <source>Version %1 would fail at line %2: %3</source>
        <translation>Version %1 würde in Zeile %2 fehlschlagen: %3</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationRunner.cpp" line="409"/>
        <source>Rehearsal passed: %1 statement(s) ran and were rolled back.</source>
        <translation>Probelauf bestanden: %1 Anweisung(en) ausgeführt und zurückgerollt.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationRunner.cpp" line="411"/>
        <source>%1 could not be rehearsed (see the list).</source>
        <translation>%1 konnte nicht im Probelauf getestet werden (siehe Liste).</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationRunner.cpp" line="415"/>
        <source>%1 on %2 for %3</source>
        <translation>%1 auf %2 für %3</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationRunner.cpp" line="420"/>
        <source>The rehearsal blocked writes while it held %1.</source>
        <translation>Die Probe hat Schreibzugriffe blockiert, solange sie %1 hielt.</translation>
    </message>
</context>
<context>
    <name>sg::MigrationScript</name>
    <message>
        <location filename="../app/migrate/MigrationScript.cpp" line="34"/>
        <source>%1 is not valid UTF-8: line %2, byte offset %3 (0x%4). Save it as UTF-8; psql would refuse it too, and applying it would store other characters than the file shows.</source>
        <translation>%1 ist kein gültiges UTF-8: Zeile %2, Byte-Position %3 (0x%4). Speichern Sie die Datei als UTF-8; auch psql würde sie ablehnen, und beim Anwenden würden andere Zeichen gespeichert, als die Datei zeigt.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationScript.cpp" line="41"/>
        <source>%1 is not valid UTF-8 (it ends inside a character).</source>
        <translation>%1 ist kein gültiges UTF-8 (sie endet mitten in einem Zeichen).</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationScript.cpp" line="53"/>
        <source>Version %1 has no rollback file.</source>
        <translation>Version %1 hat keine Rücknahmedatei.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationScript.cpp" line="54"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>sg::MigrationStatus</name>
    <message>
        <location filename="../app/migrate/MigrationTracker.cpp" line="51"/>
        <source>applied</source>
        <translation>angewendet</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationTracker.cpp" line="52"/>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationTracker.cpp" line="53"/>
        <source>file missing</source>
        <translation>Datei fehlt</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationTracker.cpp" line="54"/>
        <source>changed since applied</source>
        <translation>seit dem Anwenden geändert</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationTracker.cpp" line="55"/>
        <source>pending, out of order</source>
        <translation>ausstehend, außer der Reihe</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationTracker.cpp" line="56"/>
        <source>failed (dirty)</source>
        <translation>fehlgeschlagen (dirty)</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationTracker.cpp" line="65"/>
        <source>Apply it.</source>
        <translation>Wenden Sie sie an.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationTracker.cpp" line="67"/>
        <source>Restore %1 from version control. If it was removed on purpose, its changes stay in the database: write a new migration that undoes them.</source>
        <translation>Stellen Sie %1 aus der Versionsverwaltung wieder her. Wurde sie absichtlich entfernt, bleiben ihre Änderungen in der Datenbank: Schreiben Sie eine neue Migration, die sie rückgängig macht.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationTracker.cpp" line="69"/>
        <source>the file</source>
        <translation>die Datei</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationTracker.cpp" line="71"/>
        <source>The file was edited after it was applied, so the database does not have the edit. Revert the edit and put the change in a new migration.</source>
        <translation>Die Datei wurde nach dem Anwenden bearbeitet, die Datenbank enthält die Änderung also nicht. Machen Sie die Bearbeitung rückgängig und legen Sie die Änderung in eine neue Migration.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationTracker.cpp" line="74"/>
        <source>It is older than the newest applied migration (a merged branch?). Check that it does not depend on or conflict with later ones, then apply with out-of-order allowed.</source>
        <translation>Sie ist älter als die neueste angewendete Migration (ein zusammengeführter Branch?). Prüfen Sie, dass sie weder von späteren abhängt noch mit ihnen kollidiert, und wenden Sie sie dann mit erlaubter Reihenfolgeabweichung (out-of-order) an.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationTracker.cpp" line="77"/>
        <source>It stopped part-way after statements that cannot be rolled back had run. Bring the schema to a consistent state by hand (or with its rollback file), then remove its row: DELETE FROM %1 WHERE version = &apos;%2&apos;;</source>
        <translation>Sie wurde mittendrin abgebrochen, nachdem Anweisungen gelaufen waren, die sich nicht zurückrollen lassen. Bringen Sie das Schema von Hand (oder mit ihrer Rücknahmedatei) in einen konsistenten Zustand und entfernen Sie dann ihre Zeile: DELETE FROM %1 WHERE version = &apos;%2&apos;;</translation>
    </message>
</context>
<context>
    <name>sg::MigrationTracker</name>
    <message>
        <location filename="../app/migrate/MigrationTracker.cpp" line="112"/>
        <source>none yet (%1 is created by the first migration applied)</source>
        <translation>noch keiner (%1 wird mit der ersten angewendeten Migration angelegt)</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationTracker.cpp" line="114"/>
        <source>flyway_schema_history (Flyway, read-only)</source>
        <translation>flyway_schema_history (Flyway, schreibgeschützt)</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationTracker.cpp" line="115"/>
        <source>schema_migrations (golang-migrate, read-only)</source>
        <translation>schema_migrations (golang-migrate, schreibgeschützt)</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationTracker.cpp" line="241"/>
        <source>Another migration run holds the migration lock (pid %1, %2 from %3, %4); wait for it to finish.</source>
        <translation>Ein anderer Migrationslauf hält die Migrationssperre (PID %1, %2 von %3, %4); warten Sie, bis er fertig ist.</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationTracker.cpp" line="245"/>
        <source>Another migration run holds the migration lock; wait for it to finish.</source>
        <translation>Ein anderer Migrationslauf hält die Migrationssperre; warten Sie, bis er fertig ist.</translation>
    </message>
</context>
<context>
    <name>sg::PgTools</name>
    <message>
        <location filename="../app/backup/PgTools.cpp" line="98"/>
        <source>%1 was not found. Install the PostgreSQL client programs, or point the setting for PostgreSQL programs at their bin folder.</source>
        <translation>%1 wurde nicht gefunden. Installieren Sie die PostgreSQL-Client-Programme oder richten Sie die Einstellung für PostgreSQL-Programme auf deren bin-Ordner.</translation>
    </message>
    <message>
        <location filename="../app/backup/PgTools.cpp" line="103"/>
        <source>%1 was not found. Install the PostgreSQL %2 client programs, or point the setting for PostgreSQL programs at their bin folder.</source>
        <translation>%1 wurde nicht gefunden. Installieren Sie die Client-Programme von PostgreSQL %2, oder lassen Sie die Einstellung für PostgreSQL-Programme auf deren bin-Ordner verweisen.</translation>
    </message>
    <message>
        <location filename="../app/backup/PgTools.cpp" line="108"/>
        <source>The server runs PostgreSQL %1, but the only %2 found is older: %3. An older %2 cannot read a newer server; install the PostgreSQL %1 client programs, or point the setting for PostgreSQL programs at them.</source>
        <translation>Auf dem Server läuft PostgreSQL %1, aber das einzige gefundene %2 ist älter: %3. Ein älteres %2 kann einen neueren Server nicht lesen; installieren Sie die Client-Programme von PostgreSQL %1, oder lassen Sie die Einstellung für PostgreSQL-Programme auf sie verweisen.</translation>
    </message>
</context>
<context>
    <name>sg::Plan</name>
    <message>
        <location filename="../app/plan/Plan.cpp" line="171"/>
        <source>No JSON plan found: run EXPLAIN (FORMAT JSON) or set auto_explain.log_format = json.</source>
        <translation>Kein JSON-Plan gefunden: Führen Sie EXPLAIN (FORMAT JSON) aus oder setzen Sie auto_explain.log_format = json.</translation>
    </message>
    <message>
        <location filename="../app/plan/Plan.cpp" line="181"/>
        <source>The plan is not valid JSON: %1 (at character %2).</source>
        <translation>Der Plan ist kein gültiges JSON: %1 (bei Zeichen %2).</translation>
    </message>
    <message>
        <location filename="../app/plan/Plan.cpp" line="188"/>
        <source>The JSON is an array but holds no plan object.</source>
        <translation>Das JSON ist ein Array, enthält aber kein Plan-Objekt.</translation>
    </message>
    <message>
        <location filename="../app/plan/Plan.cpp" line="203"/>
        <source>The JSON has no &quot;Plan&quot; object: is it EXPLAIN (FORMAT JSON) output?</source>
        <translation>Das JSON hat kein „Plan“-Objekt: Ist es eine Ausgabe von EXPLAIN (FORMAT JSON)?</translation>
    </message>
    <message>
        <location filename="../app/plan/Plan.cpp" line="299"/>
        <source>Takes %1 % of the execution time on its own.</source>
        <translation>Beansprucht allein %1 % der Ausführungszeit.</translation>
    </message>
    <message>
        <location filename="../app/plan/Plan.cpp" line="303"/>
        <source>Row estimate %1× too low: %2 expected per loop, %3 came. Stale statistics? Run ANALYZE, or raise the statistics target of the filtered columns.</source>
        <translation>Zeilenschätzung %1× zu niedrig: %2 pro Schleife erwartet, %3 geliefert. Veraltete Statistik? Führen Sie ANALYZE aus, oder erhöhen Sie das Statistikziel der gefilterten Spalten.</translation>
    </message>
    <message>
        <location filename="../app/plan/Plan.cpp" line="305"/>
        <source>Row estimate %1× too high: %2 expected per loop, %3 came.</source>
        <translation>Zeilenschätzung %1× zu hoch: %2 pro Schleife erwartet, %3 geliefert.</translation>
    </message>
    <message>
        <location filename="../app/plan/Plan.cpp" line="309"/>
        <source>Sort spilled to disk (%1 kB): work_mem is too small for it; raise it for this query, or let an index deliver the order.</source>
        <translation>Sortierung auf Festplatte ausgelagert (%1 kB): work_mem ist dafür zu klein; erhöhen Sie es für diese Abfrage, oder lassen Sie einen Index die Reihenfolge liefern.</translation>
    </message>
    <message>
        <location filename="../app/plan/Plan.cpp" line="315"/>
        <source>Hash spilled into %1 batches (planned %2): work_mem is too small for the hash table.</source>
        <translation>Hash auf %1 Batches aufgeteilt (geplant %2): work_mem ist für die Hash-Tabelle zu klein.</translation>
    </message>
    <message>
        <location filename="../app/plan/Plan.cpp" line="324"/>
        <source>Runs a sequential scan of %1 %2 times: an index on the join column would turn each into a lookup.</source>
        <translation>Führt %2-mal einen sequenziellen Scan von %1 aus: Ein Index auf der Join-Spalte würde daraus jeweils einen Index-Zugriff machen.</translation>
    </message>
    <message>
        <location filename="../app/plan/Plan.cpp" line="336"/>
        <source>Discards %1 % of the rows it fetches by a filter: an index that covers the filter&apos;s columns would read less.</source>
        <translation>Verwirft %1 % der gelesenen Zeilen per Filter: Ein Index, der die Filterspalten abdeckt, würde weniger lesen.</translation>
    </message>
    <message>
        <location filename="../app/plan/Plan.cpp" line="341"/>
        <source>%1 heap fetches: the visibility map is behind, so the index-only scan still reads the table. VACUUM it.</source>
        <translation>%1 Heap-Zugriffe: Die Visibility Map ist nicht aktuell, daher liest der Index-Only-Scan doch die Tabelle. Führen Sie VACUUM darauf aus.</translation>
    </message>
    <message>
        <location filename="../app/plan/Plan.cpp" line="347"/>
        <source>track_io_timing is off, so I/O times are missing: SET track_io_timing = on (superuser) to see them.</source>
        <translation>track_io_timing ist aus, daher fehlen die I/O-Zeiten: SET track_io_timing = on (Superuser), um sie zu sehen.</translation>
    </message>
    <message>
        <location filename="../app/plan/Plan.cpp" line="350"/>
        <source>No I/O times in this plan: track_io_timing is off, or nothing was read from disk.</source>
        <translation>Keine I/O-Zeiten in diesem Plan: track_io_timing ist aus, oder es wurde nichts von der Festplatte gelesen.</translation>
    </message>
</context>
<context>
    <name>sg::PlanDiff</name>
    <message>
        <location filename="../app/plan/PlanDiff.cpp" line="68"/>
        <source>only after</source>
        <translation>nur nachher</translation>
    </message>
    <message>
        <location filename="../app/plan/PlanDiff.cpp" line="70"/>
        <source>only before</source>
        <translation>nur vorher</translation>
    </message>
    <message>
        <location filename="../app/plan/PlanDiff.cpp" line="74"/>
        <source>index %1 → %2</source>
        <translation>Index %1 → %2</translation>
    </message>
    <message>
        <location filename="../app/plan/PlanDiff.cpp" line="148"/>
        <source>Execution %1 ms → %2 ms (%3 %).</source>
        <translation>Ausführung %1 ms → %2 ms (%3 %).</translation>
    </message>
    <message>
        <location filename="../app/plan/PlanDiff.cpp" line="155"/>
        <source>Cost %1 → %2.</source>
        <translation>Kosten %1 → %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/plan/PlanDiff.cpp" line="159"/>
        <source>%n node(s) changed.</source>
        <translation>
            <numerusform>%n Knoten geändert.</numerusform>
            <numerusform>%n Knoten geändert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/plan/PlanDiff.cpp" line="163"/>
        <source>Join order changed: %1 → %2.</source>
        <translation>Join-Reihenfolge geändert: %1 → %2.</translation>
    </message>
</context>
<context>
    <name>sg::PlanReport</name>
    <message>
        <location filename="../app/plan/PlanReport.cpp" line="15"/>
        <source>Execution %1 ms, planning %2 ms</source>
        <translation>Ausführung %1 ms, Planung %2 ms</translation>
    </message>
    <message>
        <location filename="../app/plan/PlanReport.cpp" line="19"/>
        <source>Estimated plan (no ANALYZE): costs and row estimates only</source>
        <translation>Geschätzter Plan (ohne ANALYZE): nur Kosten und Zeilenschätzungen</translation>
    </message>
    <message>
        <location filename="../app/plan/PlanReport.cpp" line="31"/>
        <source>never executed</source>
        <translation>nie ausgeführt</translation>
    </message>
</context>
<context>
    <name>sg::ProgramRun</name>
    <message>
        <location filename="../app/backup/ProgramRun.cpp" line="72"/>
        <location filename="../app/backup/ProgramRun.cpp" line="79"/>
        <source>cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location filename="../app/backup/ProgramRun.cpp" line="116"/>
        <source>%1 crashed</source>
        <translation>%1 ist abgestürzt</translation>
    </message>
    <message>
        <location filename="../app/backup/ProgramRun.cpp" line="121"/>
        <source>%1 failed (exit code %2)</source>
        <translation>%1 ist fehlgeschlagen (Exit-Code %2)</translation>
    </message>
</context>
<context>
    <name>sg::ReplicationStatus</name>
    <message>
        <location filename="../app/monitor/ReplicationStatus.cpp" line="38"/>
        <source>This is a standby without a WAL receiver: it streams from no primary (it replays from the archive, or cannot reach its primary: its log says which).</source>
        <translation>Dies ist ein Standby ohne WAL-Empfänger: Er streamt von keinem Primary (er spielt aus dem Archiv ein oder erreicht seinen Primary nicht: sein Protokoll sagt, was zutrifft).</translation>
    </message>
    <message>
        <location filename="../app/monitor/ReplicationStatus.cpp" line="42"/>
        <source>Standby of %1:%2, its WAL receiver %3</source>
        <translation>Standby von %1:%2, sein WAL-Empfänger: %3</translation>
    </message>
    <message>
        <location filename="../app/monitor/ReplicationStatus.cpp" line="45"/>
        <source>through slot %1</source>
        <translation>über Slot %1</translation>
    </message>
    <message>
        <location filename="../app/monitor/ReplicationStatus.cpp" line="53"/>
        <source>Replay is paused (pg_wal_replay_resume() continues it): %1 received and not replayed, %2 behind.</source>
        <translation>Das Wiedereinspielen ist pausiert (pg_wal_replay_resume() setzt es fort): %1 empfangen und nicht eingespielt, %2 zurück.</translation>
    </message>
    <message>
        <location filename="../app/monitor/ReplicationStatus.cpp" line="59"/>
        <source>Replay is %1 behind what it received (%2).</source>
        <translation>Das Wiedereinspielen liegt %1 hinter dem Empfangenen zurück (%2).</translation>
    </message>
    <message>
        <location filename="../app/monitor/ReplicationStatus.cpp" line="63"/>
        <source>Replay has caught up with what it received.</source>
        <translation>Das Wiedereinspielen hat alles Empfangene eingeholt.</translation>
    </message>
    <message>
        <location filename="../app/monitor/ReplicationStatus.cpp" line="71"/>
        <source>No standby streams from this server.</source>
        <translation>Kein Standby streamt von diesem Server.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/monitor/ReplicationStatus.cpp" line="75"/>
        <source>%n standby(s) connected, %1 streaming</source>
        <translation>
            <numerusform>%n Standby verbunden, %1 streamt</numerusform>
            <numerusform>%n Standbys verbunden, %1 streamen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/monitor/ReplicationStatus.cpp" line="79"/>
        <source>the most behind, %1, has %2 to replay</source>
        <translation>der am weitesten zurückliegende, %1, hat %2 einzuspielen</translation>
    </message>
    <message>
        <location filename="../app/monitor/ReplicationStatus.cpp" line="82"/>
        <source>(replay lag %1)</source>
        <translation>(Replay-Verzug %1)</translation>
    </message>
    <message>
        <location filename="../app/monitor/ReplicationStatus.cpp" line="84"/>
        <source>all have replayed everything written here</source>
        <translation>alle haben alles hier Geschriebene eingespielt</translation>
    </message>
    <message>
        <location filename="../app/monitor/ReplicationStatus.cpp" line="115"/>
        <source>Slot(s) %1 lost the WAL they need (max_slot_wal_keep_size removed it): whatever reads them must be set up again.</source>
        <translation>Slot(s) %1 haben das benötigte WAL verloren (max_slot_wal_keep_size hat es entfernt): Was sie liest, muss neu eingerichtet werden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/monitor/ReplicationStatus.cpp" line="122"/>
        <source>%n inactive slot(s) keep WAL nobody reads: %1 for %2, the largest.</source>
        <translation>
            <numerusform>%n inaktiver Slot hält WAL zurück, das niemand liest: %1 für %2, den größten.</numerusform>
            <numerusform>%n inaktive Slots halten WAL zurück, das niemand liest: %1 für %2, den größten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/monitor/ReplicationStatus.cpp" line="136"/>
        <source>Subscription %1 is disabled: nothing it subscribes to arrives (ALTER SUBSCRIPTION … ENABLE).</source>
        <translation>Abonnement %1 ist deaktiviert: nichts von dem, was es abonniert, kommt an (ALTER SUBSCRIPTION … ENABLE).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/monitor/ReplicationStatus.cpp" line="141"/>
        <source>Subscription %1 has no apply worker running and failed %n time(s): a conflict stops it (the server&apos;s log names it).</source>
        <translation>
            <numerusform>Abonnement %1 hat keinen laufenden Apply-Worker und ist %n Mal gescheitert: ein Konflikt hält es auf (das Log des Servers nennt ihn).</numerusform>
            <numerusform>Abonnement %1 hat keinen laufenden Apply-Worker und ist %n Mal gescheitert: ein Konflikt hält es auf (das Log des Servers nennt ihn).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/monitor/ReplicationStatus.cpp" line="145"/>
        <source>Subscription %1 has no apply worker running: it receives nothing (the server&apos;s log says why).</source>
        <translation>Abonnement %1 hat keinen laufenden Apply-Worker: es empfängt nichts (das Log des Servers sagt, warum).</translation>
    </message>
    <message>
        <location filename="../app/monitor/ReplicationStatus.cpp" line="153"/>
        <source>Subscription %1 heard nothing from its publisher for %2.</source>
        <translation>Abonnement %1 hat seit %2 nichts von seinem Publisher gehört.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/monitor/ReplicationStatus.cpp" line="158"/>
        <source>Subscription %1 failed to apply %n time(s) since its statistics were reset, and runs now.</source>
        <translation>
            <numerusform>Abonnement %1 ist seit dem Zurücksetzen seiner Statistik %n Mal beim Anwenden gescheitert und läuft jetzt.</numerusform>
            <numerusform>Abonnement %1 ist seit dem Zurücksetzen seiner Statistik %n Mal beim Anwenden gescheitert und läuft jetzt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/monitor/ReplicationStatus.cpp" line="166"/>
        <source>%n subscription(s) receiving from their publishers.</source>
        <translation>
            <numerusform>%n Abonnement empfängt von seinem Publisher.</numerusform>
            <numerusform>%n Abonnements empfangen von ihren Publishern.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/monitor/ReplicationStatus.cpp" line="173"/>
        <source>Nothing waits to be archived.</source>
        <translation>Nichts wartet auf die Archivierung.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/monitor/ReplicationStatus.cpp" line="176"/>
        <source>%n segment(s) wait to be archived (%1).</source>
        <translation>
            <numerusform>%n Segment wartet auf die Archivierung (%1).</numerusform>
            <numerusform>%n Segmente warten auf die Archivierung (%1).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/monitor/ReplicationStatus.cpp" line="179"/>
        <source>WAL archiving is off.</source>
        <translation>Die WAL-Archivierung ist aus.</translation>
    </message>
    <message>
        <location filename="../app/monitor/ReplicationStatus.cpp" line="182"/>
        <source>WAL archiving is failing: %1 failed %2 ago; archive_command&apos;s error is in the server log.</source>
        <translation>Die WAL-Archivierung schlägt fehl: %1 ist vor %2 fehlgeschlagen; der Fehler von archive_command steht im Serverprotokoll.</translation>
    </message>
    <message>
        <location filename="../app/monitor/ReplicationStatus.cpp" line="189"/>
        <source>Archiving works: %1 archived %2 ago.</source>
        <translation>Die Archivierung funktioniert: %1 vor %2 archiviert.</translation>
    </message>
    <message>
        <location filename="../app/monitor/ReplicationStatus.cpp" line="194"/>
        <source>WAL archiving is on and has archived nothing yet.</source>
        <translation>Die WAL-Archivierung ist an und hat noch nichts archiviert.</translation>
    </message>
    <message>
        <location filename="../app/monitor/ReplicationStatus.cpp" line="197"/>
        <source>WAL written now: %1/s.</source>
        <translation>Jetzt geschriebenes WAL: %1/s.</translation>
    </message>
</context>
<context>
    <name>sg::RestoreJob</name>
    <message>
        <location filename="../app/backup/RestoreJob.cpp" line="39"/>
        <source>Choose the backup to restore.</source>
        <translation>Wählen Sie die Sicherung, die wiederhergestellt werden soll.</translation>
    </message>
    <message>
        <location filename="../app/backup/RestoreJob.cpp" line="41"/>
        <source>The backup %1 does not exist.</source>
        <translation>Die Sicherung %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../app/backup/RestoreJob.cpp" line="43"/>
        <source>Restore either into a new database or over an existing one.</source>
        <translation>Stellen Sie entweder in eine neue Datenbank oder über eine vorhandene wieder her.</translation>
    </message>
    <message>
        <location filename="../app/backup/RestoreJob.cpp" line="45"/>
        <source>Restoring over %1 replaces its objects: type its name to confirm.</source>
        <translation>Eine Wiederherstellung über %1 ersetzt deren Objekte: Geben Sie zur Bestätigung ihren Namen ein.</translation>
    </message>
    <message>
        <location filename="../app/backup/RestoreJob.cpp" line="48"/>
        <source>Parallel jobs must be at least 1.</source>
        <translation>Die Zahl paralleler Jobs muss mindestens 1 betragen.</translation>
    </message>
    <message>
        <location filename="../app/backup/RestoreJob.cpp" line="50"/>
        <source>A single transaction cannot be shared by parallel jobs: choose one or the other.</source>
        <translation>Parallele Jobs können sich keine gemeinsame Transaktion teilen: Wählen Sie das eine oder das andere.</translation>
    </message>
    <message>
        <location filename="../app/backup/RestoreJob.cpp" line="53"/>
        <source>A plain SQL backup has no DROP statements, so it restores only into a new database.</source>
        <translation>Eine reine SQL-Sicherung enthält keine DROP-Anweisungen und lässt sich daher nur in eine neue Datenbank wiederherstellen.</translation>
    </message>
    <message>
        <location filename="../app/backup/RestoreJob.cpp" line="55"/>
        <source>A plain SQL backup is restored whole by psql: no parallel jobs, no selection.</source>
        <translation>Eine reine SQL-Sicherung wird von psql vollständig wiederhergestellt: keine parallelen Jobs, keine Auswahl.</translation>
    </message>
    <message>
        <location filename="../app/backup/RestoreJob.cpp" line="133"/>
        <source>A plain SQL backup has no table of contents.</source>
        <translation>Eine reine SQL-Sicherung hat kein Inhaltsverzeichnis.</translation>
    </message>
    <message>
        <location filename="../app/backup/RestoreJob.cpp" line="145"/>
        <source>%1 cannot be read as an archive: %2</source>
        <translation>%1 kann nicht als Archiv gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/backup/RestoreJob.cpp" line="156"/>
        <source>Restore cancelled.</source>
        <translation>Wiederherstellung abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/backup/RestoreJob.cpp" line="176"/>
        <source>The backup&apos;s record cannot be read (%1), so its checksum cannot be checked. Restore refused; choose to ignore the checksum to restore anyway.</source>
        <translation>Der Datensatz der Sicherung ist nicht lesbar (%1), daher kann ihre Prüfsumme nicht geprüft werden. Wiederherstellung abgelehnt; wählen Sie „Prüfsumme ignorieren“, um trotzdem wiederherzustellen.</translation>
    </message>
    <message>
        <location filename="../app/backup/RestoreJob.cpp" line="180"/>
        <source>checksum</source>
        <translation>Prüfsumme</translation>
    </message>
    <message>
        <location filename="../app/backup/RestoreJob.cpp" line="185"/>
        <source>The backup does not match its record: it was changed or damaged after it was written (SHA-256 %1, recorded %2). Restore refused; choose to ignore the checksum to restore anyway.</source>
        <translation>Die Sicherung passt nicht zu ihrem Datensatz: Sie wurde nach dem Schreiben verändert oder beschädigt (SHA-256 %1, festgehalten %2). Wiederherstellung abgelehnt; wählen Sie „Prüfsumme ignorieren“, um trotzdem wiederherzustellen.</translation>
    </message>
    <message>
        <location filename="../app/backup/RestoreJob.cpp" line="211"/>
        <source>Cannot connect to the server: %1</source>
        <translation>Keine Verbindung zum Server möglich: %1</translation>
    </message>
    <message>
        <location filename="../app/backup/RestoreJob.cpp" line="226"/>
        <source>The archive is empty.</source>
        <translation>Das Archiv ist leer.</translation>
    </message>
    <message>
        <location filename="../app/backup/RestoreJob.cpp" line="237"/>
        <source>A database named %1 already exists: choose another name, or restore over it.</source>
        <translation>Eine Datenbank namens %1 existiert bereits: Wählen Sie einen anderen Namen, oder stellen Sie über sie wieder her.</translation>
    </message>
    <message>
        <location filename="../app/backup/RestoreJob.cpp" line="241"/>
        <source>Cannot create the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location filename="../app/backup/RestoreJob.cpp" line="274"/>
        <source>Cannot write the list of objects to restore: %1</source>
        <translation>Die Liste der wiederherzustellenden Objekte kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../app/backup/RestoreJob.cpp" line="305"/>
        <source>What was restored so far stays in %1.</source>
        <translation>Was bis dahin wiederhergestellt wurde, bleibt in %1.</translation>
    </message>
    <message>
        <location filename="../app/backup/RestoreJob.cpp" line="320"/>
        <source>The restore into %1 failed%2: %3. What was restored so far stays there for inspection.</source>
        <translation>Die Wiederherstellung in %1 ist fehlgeschlagen%2: %3. Was bis dahin wiederhergestellt wurde, bleibt zur Untersuchung dort erhalten.</translation>
    </message>
    <message>
        <location filename="../app/backup/RestoreJob.cpp" line="321"/>
        <source> at %1</source>
        <translation> bei %1</translation>
    </message>
    <message>
        <location filename="../app/backup/RestoreJob.cpp" line="328"/>
        <source>Restored %1 into %2.</source>
        <translation>%1 in %2 wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>sg::ResultTableModel</name>
    <message>
        <location filename="../app/db/ResultTableModel.cpp" line="92"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../app/db/ResultTableModel.cpp" line="92"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>sg::SandboxServer</name>
    <message>
        <location filename="../app/db/SandboxServer.cpp" line="133"/>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../app/db/SandboxServer.cpp" line="189"/>
        <source>no PostgreSQL server binaries found (looked in %1); install postgresql-15 or set SG_PG_BINDIR</source>
        <translation>keine PostgreSQL-Server-Programme gefunden (gesucht in %1); installieren Sie postgresql-15 oder setzen Sie SG_PG_BINDIR</translation>
    </message>
    <message>
        <location filename="../app/db/SandboxServer.cpp" line="229"/>
        <source>cannot create %1 for the server</source>
        <translation>%1 kann für den Server nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../app/db/SandboxServer.cpp" line="246"/>
        <source>cannot copy %1 to %2 for the server</source>
        <translation>%1 kann nicht für den Server nach %2 kopiert werden</translation>
    </message>
    <message>
        <location filename="../app/db/SandboxServer.cpp" line="280"/>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../app/db/SandboxServer.cpp" line="290"/>
        <source>cannot copy %1 to %2</source>
        <translation>%1 kann nicht nach %2 kopiert werden</translation>
    </message>
    <message>
        <location filename="../app/db/SandboxServer.cpp" line="307"/>
        <source>the primary is not running</source>
        <translation>der Primary läuft nicht</translation>
    </message>
    <message>
        <location filename="../app/db/SandboxServer.cpp" line="309"/>
        <source>the standby already has a data directory</source>
        <translation>der Standby hat bereits ein Datenverzeichnis</translation>
    </message>
    <message>
        <location filename="../app/db/SandboxServer.cpp" line="363"/>
        <source>the primary has tablespaces, which a sandbox standby does not copy</source>
        <translation>der Primary hat Tablespaces, die ein Sandbox-Standby nicht kopiert</translation>
    </message>
    <message>
        <location filename="../app/db/SandboxServer.cpp" line="148"/>
        <source>cannot create a temporary directory in %1</source>
        <translation>in %1 kann kein temporäres Verzeichnis angelegt werden</translation>
    </message>
    <message>
        <location filename="../app/db/SandboxServer.cpp" line="178"/>
        <location filename="../app/db/SandboxServer.cpp" line="204"/>
        <location filename="../app/db/SandboxServer.cpp" line="357"/>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>sg::SessionDetail</name>
    <message>
        <location filename="../app/monitor/SessionDetail.cpp" line="39"/>
        <source>PostgreSQL %1 does not report which statement a session runs; 14 and later do.</source>
        <translation>PostgreSQL %1 meldet nicht, welche Anweisung eine Sitzung ausführt; ab 14 schon.</translation>
    </message>
    <message>
        <location filename="../app/monitor/SessionDetail.cpp" line="44"/>
        <source>No query id for this statement (compute_query_id is off, or it is not a planned statement).</source>
        <translation>Keine Query-ID für diese Anweisung (compute_query_id ist aus, oder sie wird nicht geplant).</translation>
    </message>
    <message>
        <location filename="../app/monitor/SessionDetail.cpp" line="80"/>
        <source>pg_stat_statements is not installed in this database: CREATE EXTENSION pg_stat_statements shows how this statement usually runs.</source>
        <translation>pg_stat_statements ist in dieser Datenbank nicht installiert: Nach CREATE EXTENSION pg_stat_statements sehen Sie, wie diese Anweisung gewöhnlich läuft.</translation>
    </message>
    <message>
        <location filename="../app/monitor/SessionDetail.cpp" line="84"/>
        <source>pg_stat_statements has no row for this statement yet: it counts a statement once it has finished.</source>
        <translation>pg_stat_statements hat noch keine Zeile für diese Anweisung: Sie wird gezählt, sobald sie beendet ist.</translation>
    </message>
</context>
<context>
    <name>sg::SqlSplitter</name>
    <message>
        <location filename="../app/migrate/SqlSplitter.cpp" line="41"/>
        <source>%1 that starts on line %2 never ends.</source>
        <translation>%1, beginnend in Zeile %2, wird nie abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../app/migrate/SqlSplitter.cpp" line="97"/>
        <source>A /* comment</source>
        <translation>Ein /*-Kommentar</translation>
    </message>
    <message>
        <location filename="../app/migrate/SqlSplitter.cpp" line="123"/>
        <source>A quoted name</source>
        <translation>Ein Bezeichner in Anführungszeichen</translation>
    </message>
    <message>
        <location filename="../app/migrate/SqlSplitter.cpp" line="123"/>
        <source>A string</source>
        <translation>Eine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../app/migrate/SqlSplitter.cpp" line="135"/>
        <source>A %1 body</source>
        <translation>Ein %1-Block</translation>
    </message>
    <message>
        <location filename="../app/migrate/SqlSplitter.cpp" line="163"/>
        <location filename="../app/migrate/SqlSplitter.cpp" line="170"/>
        <source>COPY data</source>
        <translation>Ein COPY-Datenblock</translation>
    </message>
    <message>
        <location filename="../app/migrate/SqlSplitter.cpp" line="184"/>
        <source>A BEGIN ATOMIC body</source>
        <translation>Ein Block BEGIN ATOMIC</translation>
    </message>
</context>
<context>
    <name>sg::StatementsMonitor</name>
    <message>
        <location filename="../app/monitor/StatementsMonitor.cpp" line="41"/>
        <source>Statistics reset on the server.</source>
        <translation>Statistik auf dem Server zurückgesetzt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/monitor/StatementsMonitor.cpp" line="126"/>
        <source>No snapshot yet (one is kept every %n minute(s)): these are the totals since the reset.</source>
        <translation>
            <numerusform>Noch kein Snapshot (einer wird im Abstand von %n Minute gespeichert): Dies sind die Summen seit dem Zurücksetzen.</numerusform>
            <numerusform>Noch kein Snapshot (einer wird im Abstand von %n Minuten gespeichert): Dies sind die Summen seit dem Zurücksetzen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/monitor/StatementsMonitor.cpp" line="129"/>
        <source>The local history goes back to %1 only: differences since then.</source>
        <translation>Der lokale Verlauf reicht nur bis %1 zurück: Differenzen seit diesem Zeitpunkt.</translation>
    </message>
    <message>
        <location filename="../app/monitor/StatementsMonitor.cpp" line="132"/>
        <source>Differences since %1; max and stddev are since the reset.</source>
        <translation>Differenzen seit %1; max und stddev gelten seit dem Zurücksetzen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/monitor/StatementsMonitor.cpp" line="136"/>
        <source>%n statement(s) were reset meanwhile and count from the reset (column reset).</source>
        <translation>
            <numerusform>%n Anweisung wurde zwischenzeitlich zurückgesetzt und zählt ab dem Zurücksetzen (Spalte reset).</numerusform>
            <numerusform>%n Anweisungen wurden zwischenzeitlich zurückgesetzt und zählen ab dem Zurücksetzen (Spalte reset).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/monitor/StatementsMonitor.cpp" line="198"/>
        <source>pg_stat_statements is created in this database but not loaded by the server: add it to shared_preload_libraries in postgresql.conf (shared_preload_libraries = &apos;pg_stat_statements&apos;) and restart the server. The other panels work without it.</source>
        <translation>pg_stat_statements ist in dieser Datenbank angelegt, wird aber vom Server nicht geladen: Tragen Sie es in postgresql.conf in shared_preload_libraries ein (shared_preload_libraries = &apos;pg_stat_statements&apos;) und starten Sie den Server neu. Die anderen Bereiche funktionieren auch ohne.</translation>
    </message>
    <message>
        <location filename="../app/monitor/StatementsMonitor.cpp" line="202"/>
        <source>pg_stat_statements is loaded by the server but not created in this database: run CREATE EXTENSION pg_stat_statements; here (needs the CREATE privilege). The other panels work without it.</source>
        <translation>pg_stat_statements wird vom Server geladen, ist aber in dieser Datenbank nicht angelegt: Führen Sie hier CREATE EXTENSION pg_stat_statements; aus (erfordert das CREATE-Recht). Die anderen Bereiche funktionieren auch ohne.</translation>
    </message>
    <message>
        <location filename="../app/monitor/StatementsMonitor.cpp" line="205"/>
        <source>Slow queries come from pg_stat_statements, which this database does not have. Two steps: add it to shared_preload_libraries in postgresql.conf and restart the server (if it is not loaded already), then run CREATE EXTENSION pg_stat_statements; in this database. The other panels work without it.</source>
        <translation>Langsame Abfragen stammen aus pg_stat_statements, das in dieser Datenbank fehlt. Zwei Schritte: Tragen Sie es in postgresql.conf in shared_preload_libraries ein und starten Sie den Server neu (falls es noch nicht geladen ist), dann führen Sie in dieser Datenbank CREATE EXTENSION pg_stat_statements; aus. Die anderen Bereiche funktionieren auch ohne.</translation>
    </message>
</context>
<context>
    <name>sg::TableAdvisor</name>
    <message>
        <location filename="../app/advisor/TableAdvisor.cpp" line="38"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../app/advisor/TableAdvisor.cpp" line="39"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../app/advisor/TableAdvisor.cpp" line="40"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../app/advisor/TableAdvisor.cpp" line="42"/>
        <source>replication slot %1 (%2) holds an xmin %3 transactions old</source>
        <translation>der Replikationsslot %1 (%2) hält ein xmin, das %3 Transaktionen alt ist</translation>
    </message>
    <message>
        <location filename="../app/advisor/TableAdvisor.cpp" line="45"/>
        <source>prepared transaction %1 (owner %2) has been open for %3</source>
        <translation>die vorbereitete Transaktion %1 (Eigentümer %2) ist seit %3 offen</translation>
    </message>
    <message>
        <location filename="../app/advisor/TableAdvisor.cpp" line="46"/>
        <source>pid %1 (%2) has kept a snapshot for %3</source>
        <translation>PID %1 (%2) hält seit %3 einen Snapshot</translation>
    </message>
    <message>
        <location filename="../app/advisor/TableAdvisor.cpp" line="70"/>
        <source>%1 dead tuples (%2 % of the rows).</source>
        <translation>%1 tote Tupel (%2 % der Zeilen).</translation>
    </message>
    <message>
        <location filename="../app/advisor/TableAdvisor.cpp" line="73"/>
        <source>About %1 (%2 %) more than the live rows need, by the statistics estimate.</source>
        <translation>Laut Statistikschätzung etwa %1 (%2 %) mehr, als die lebenden Zeilen benötigen.</translation>
    </message>
    <message>
        <location filename="../app/advisor/TableAdvisor.cpp" line="79"/>
        <source>VACUUM cannot remove dead tuples now: %1, and rows deleted or updated since then stay until it ends. End that transaction (or cancel or terminate the session in Activity), then VACUUM.</source>
        <translation>VACUUM kann tote Tupel jetzt nicht entfernen: %1, und seitdem gelöschte oder geänderte Zeilen bleiben, bis sie endet. Beenden Sie diese Transaktion (oder brechen Sie die Sitzung unter Aktivität ab bzw. beenden Sie sie), dann VACUUM.</translation>
    </message>
    <message>
        <location filename="../app/advisor/TableAdvisor.cpp" line="85"/>
        <source> VACUUM makes the space reusable; giving it back to the operating system takes VACUUM FULL (an exclusive lock) or pg_repack.</source>
        <translation> VACUUM macht den Platz wiederverwendbar; um ihn an das Betriebssystem zurückzugeben, braucht es VACUUM FULL (eine exklusive Sperre) oder pg_repack.</translation>
    </message>
    <message>
        <location filename="../app/advisor/TableAdvisor.cpp" line="92"/>
        <source>Autovacuum is switched off for this table and its dead tuples are past the threshold at which autovacuum would have run.</source>
        <translation>Autovacuum ist für diese Tabelle abgeschaltet, und ihre toten Tupel liegen über der Schwelle, bei der Autovacuum gelaufen wäre.</translation>
    </message>
    <message>
        <location filename="../app/advisor/TableAdvisor.cpp" line="94"/>
        <source>Until then VACUUM cannot remove them: %1.</source>
        <translation>Bis dahin kann VACUUM sie nicht entfernen: %1.</translation>
    </message>
    <message>
        <location filename="../app/advisor/TableAdvisor.cpp" line="104"/>
        <source>%1 sequential scans read %2 rows (about %3 each) against %4 index scans: a candidate for an index. Find the queries in Slow queries and EXPLAIN them to see which columns they filter on.</source>
        <translation>%1 sequenzielle Scans lasen %2 Zeilen (je etwa %3) gegenüber %4 Index-Scans: ein Kandidat für einen Index. Suchen Sie die Abfragen unter „Langsame Abfragen“ und lassen Sie sich mit EXPLAIN zeigen, nach welchen Spalten sie filtern.</translation>
    </message>
    <message>
        <location filename="../app/advisor/TableAdvisor.cpp" line="120"/>
        <source>About %1 of its %2 (%3 %) are more than its entries need, by the statistics estimate.</source>
        <translation>Laut Statistikschätzung sind etwa %1 seiner %2 (%3 %) mehr, als seine Einträge benötigen.</translation>
    </message>
</context>
<context>
    <name>sg::TlsInfo</name>
    <message>
        <location filename="../app/db/TlsInfo.cpp" line="11"/>
        <source>not encrypted</source>
        <translation>nicht verschlüsselt</translation>
    </message>
    <message>
        <location filename="../app/db/TlsInfo.cpp" line="24"/>
        <source>This session is not encrypted: its queries and results can be read on the network. Connect with sslmode=verify-full to encrypt it and check the server&apos;s certificate.</source>
        <translation>Diese Sitzung ist nicht verschlüsselt: Ihre Abfragen und Ergebnisse können im Netz mitgelesen werden. Verbinden Sie sich mit sslmode=verify-full, um sie zu verschlüsseln und das Zertifikat des Servers zu prüfen.</translation>
    </message>
    <message>
        <location filename="../app/db/TlsInfo.cpp" line="26"/>
        <source>Encrypted with %1, %2 (%3-bit key)</source>
        <translation>Verschlüsselt mit %1, %2 (%3-Bit-Schlüssel)</translation>
    </message>
    <message>
        <location filename="../app/db/TlsInfo.cpp" line="28"/>
        <source>Server certificate: %1</source>
        <translation>Zertifikat des Servers: %1</translation>
    </message>
    <message>
        <location filename="../app/db/TlsInfo.cpp" line="30"/>
        <source>Issued by: %1</source>
        <translation>Ausgestellt von: %1</translation>
    </message>
    <message>
        <location filename="../app/db/TlsInfo.cpp" line="32"/>
        <source>Valid until: %1</source>
        <translation>Gültig bis: %1</translation>
    </message>
</context>
<context>
    <name>sg::WaitRecording</name>
    <message>
        <location filename="../app/monitor/WaitRecording.cpp" line="148"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/monitor/WaitRecording.cpp" line="153"/>
        <source>could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/monitor/WaitRecording.cpp" line="163"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/monitor/WaitRecording.cpp" line="171"/>
        <source>%1 is not a Sightglass recording</source>
        <translation>%1 ist keine Sightglass-Aufzeichnung</translation>
    </message>
    <message>
        <location filename="../app/monitor/WaitRecording.cpp" line="172"/>
        <source>%1 is not a Sightglass recording, or it is damaged: %2 at byte %3</source>
        <translation>%1 ist keine Sightglass-Aufzeichnung oder beschädigt: %2 bei Byte %3</translation>
    </message>
    <message>
        <location filename="../app/monitor/WaitRecording.cpp" line="180"/>
        <source>%1 was written by a newer Sightglass (recording format %2); this one reads format %3</source>
        <translation>%1 wurde von einem neueren Sightglass geschrieben (Aufzeichnungsformat %2); dieses liest Format %3</translation>
    </message>
    <message>
        <location filename="../app/monitor/WaitRecording.cpp" line="187"/>
        <source>%1 is damaged: %2</source>
        <translation>%1 ist beschädigt: %2</translation>
    </message>
    <message>
        <location filename="../app/monitor/WaitRecording.cpp" line="202"/>
        <source>it has no %1 column</source>
        <translation>ihr fehlt die Spalte %1</translation>
    </message>
    <message>
        <location filename="../app/monitor/WaitRecording.cpp" line="214"/>
        <source>sample %1 has no time, or is out of order</source>
        <translation>Stichprobe %1 hat keine Zeit oder steht außer der Reihe</translation>
    </message>
    <message>
        <location filename="../app/monitor/WaitRecording.cpp" line="221"/>
        <source>a row of sample %1 has %2 values for %3 columns</source>
        <translation>eine Zeile der Stichprobe %1 hat %2 Werte für %3 Spalten</translation>
    </message>
    <message>
        <location filename="../app/monitor/WaitRecording.cpp" line="232"/>
        <source>sample %1 names a query text that is not there</source>
        <translation>Stichprobe %1 verweist auf einen Abfragetext, der fehlt</translation>
    </message>
    <message>
        <location filename="../app/monitor/WaitRecording.cpp" line="245"/>
        <source>it holds no samples</source>
        <translation>sie enthält keine Stichproben</translation>
    </message>
</context>
<context>
    <name>sg::WhatIf</name>
    <message>
        <location filename="../app/plan/WhatIf.cpp" line="120"/>
        <source>%1 reads %2 rows to keep %3: an index on the filtered columns reads only those.</source>
        <translation>%1 liest %2 Zeilen, um %3 zu behalten: Ein Index auf den gefilterten Spalten liest nur diese.</translation>
    </message>
    <message>
        <location filename="../app/plan/WhatIf.cpp" line="123"/>
        <source>%1 filters on these columns.</source>
        <translation>%1 filtert nach diesen Spalten.</translation>
    </message>
    <message>
        <location filename="../app/plan/WhatIf.cpp" line="136"/>
        <source>%1 is sorted by these columns; an index in that order can return the rows sorted.</source>
        <translation>%1 wird nach diesen Spalten sortiert; ein Index in dieser Reihenfolge kann die Zeilen sortiert liefern.</translation>
    </message>
    <message>
        <location filename="../app/plan/WhatIf.cpp" line="147"/>
        <source>%1 is joined on these columns; with an index the join can look rows up.</source>
        <translation>%1 wird über diese Spalten gejoint; mit einem Index kann der Join Zeilen gezielt nachschlagen.</translation>
    </message>
    <message>
        <location filename="../app/plan/WhatIf.cpp" line="150"/>
        <source>%1 is joined on these columns.</source>
        <translation>%1 wird über diese Spalten gejoint.</translation>
    </message>
</context>
<context>
    <name>sg::WhatIfRunner</name>
    <message>
        <location filename="../app/plan/WhatIfRunner.cpp" line="20"/>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <location filename="../app/plan/WhatIfRunner.cpp" line="25"/>
        <source>hypopg is installed on the server but not in this database: CREATE EXTENSION hypopg; (needs the CREATE privilege on the database). It creates nothing until asked, and what it creates lives only in one session&apos;s memory.</source>
        <translation>hypopg ist auf dem Server installiert, aber nicht in dieser Datenbank: CREATE EXTENSION hypopg; (erfordert das CREATE-Recht auf der Datenbank). Die Erweiterung legt nur auf Anforderung etwas an, und das lebt nur im Speicher einer einzigen Sitzung.</translation>
    </message>
    <message>
        <location filename="../app/plan/WhatIfRunner.cpp" line="30"/>
        <source>What-if indexes need the hypopg extension, which this server does not have: install it (Debian/Ubuntu: postgresql-%1-hypopg; elsewhere see github.com/HypoPG/hypopg), then CREATE EXTENSION hypopg;.</source>
        <translation>Was-wäre-wenn-Indizes benötigen die Erweiterung hypopg, die dieser Server nicht hat: Installieren Sie sie (Debian/Ubuntu: postgresql-%1-hypopg; sonst siehe github.com/HypoPG/hypopg), dann CREATE EXTENSION hypopg;.</translation>
    </message>
    <message>
        <location filename="../app/plan/WhatIfRunner.cpp" line="52"/>
        <source>No candidate: the plan has no sequential scan or wasteful index scan with a filter or join condition an index could serve.</source>
        <translation>Kein Kandidat: Der Plan enthält keinen sequenziellen Scan und keinen verschwenderischen Index-Scan mit einer Filter- oder Join-Bedingung, die ein Index bedienen könnte.</translation>
    </message>
    <message>
        <location filename="../app/plan/WhatIfRunner.cpp" line="96"/>
        <source>Not tried: another session holds a lock on a table of this statement that the test would wait for (more than %1 s). The Activity panel&apos;s blocking tree shows who.</source>
        <translation>Nicht versucht: Eine andere Sitzung hält eine Sperre auf einer Tabelle dieser Anweisung, auf die der Test warten müsste (länger als %1 s). Der Blockierungsbaum im Aktivitätsbereich zeigt, wer.</translation>
    </message>
</context>
<context>
    <name>sg::WraparoundForecast</name>
    <message numerus="yes">
        <location filename="../app/advisor/WraparoundForecast.cpp" line="17"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/advisor/WraparoundForecast.cpp" line="19"/>
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>in %n Stunde</numerusform>
            <numerusform>in %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/advisor/WraparoundForecast.cpp" line="20"/>
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>in %n Minute</numerusform>
            <numerusform>in %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/advisor/WraparoundForecast.cpp" line="65"/>
        <source>No forecast: the local history has no transaction ID samples of this server (keep its Activity panel open for a while)</source>
        <translation>Keine Prognose: Der lokale Verlauf enthält keine Transaktions-ID-Stichproben dieses Servers (lassen Sie seinen Aktivitätsbereich eine Weile geöffnet)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/advisor/WraparoundForecast.cpp" line="68"/>
        <source>No forecast yet: the local history covers only %n second(s) of this server</source>
        <translation>
            <numerusform>Noch keine Prognose: Der lokale Verlauf umfasst erst %n Sekunde dieses Servers</numerusform>
            <numerusform>Noch keine Prognose: Der lokale Verlauf umfasst erst %n Sekunden dieses Servers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/advisor/WraparoundForecast.cpp" line="71"/>
        <source>the last %1 h</source>
        <translation>der letzten %1 h</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/advisor/WraparoundForecast.cpp" line="72"/>
        <source>the last %n minute(s)</source>
        <translation>
            <numerusform>der letzten Minute (%n)</numerusform>
            <numerusform>der letzten %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/advisor/WraparoundForecast.cpp" line="73"/>
        <source>at %1&apos;s rate: %2 transaction IDs/s, from %n sample(s) of the local history</source>
        <translation>
            <numerusform>bei der Rate %1: %2 Transaktions-IDs/s, aus %n Stichprobe des lokalen Verlaufs</numerusform>
            <numerusform>bei der Rate %1: %2 Transaktions-IDs/s, aus %n Stichproben des lokalen Verlaufs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/advisor/WraparoundForecast.cpp" line="82"/>
        <source>no transaction IDs were used meanwhile: neither limit comes closer</source>
        <translation>in der Zwischenzeit wurden keine Transaktions-IDs verbraucht: Keine der beiden Grenzen rückt näher</translation>
    </message>
    <message>
        <location filename="../app/advisor/WraparoundForecast.cpp" line="84"/>
        <source>autovacuum_freeze_max_age is passed: an anti-wraparound vacuum is due now</source>
        <translation>autovacuum_freeze_max_age ist überschritten: Ein Anti-Wraparound-Vacuum ist jetzt fällig</translation>
    </message>
    <message>
        <location filename="../app/advisor/WraparoundForecast.cpp" line="85"/>
        <source>autovacuum must freeze %1</source>
        <translation>Autovacuum muss %1 einfrieren</translation>
    </message>
    <message>
        <location filename="../app/advisor/WraparoundForecast.cpp" line="87"/>
        <source>the server has stopped accepting writes</source>
        <translation>der Server nimmt keine Schreibzugriffe mehr an</translation>
    </message>
    <message>
        <location filename="../app/advisor/WraparoundForecast.cpp" line="88"/>
        <source>the server stops accepting writes %1</source>
        <translation>der Server nimmt %1 keine Schreibzugriffe mehr an</translation>
    </message>
</context>
<context>
    <name>sg::cli</name>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="67"/>
        <source>Back up a database with pg_dump, record it (checksum, row counts) and prune the folder by its retention policy.</source>
        <translation>Sichert eine Datenbank mit pg_dump, zeichnet die Sicherung auf (Prüfsumme, Zeilenzahlen) und bereinigt den Ordner gemäß seiner Aufbewahrungsrichtlinie.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="69"/>
        <source>destination folder</source>
        <translation>Zielordner</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="70"/>
        <source>daily, weekly or manual (default)</source>
        <translation>daily, weekly oder manual (Standard)</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="73"/>
        <source>custom (default), directory, plain (gzip) or tar</source>
        <translation>custom (Standard), directory, plain (gzip) oder tar</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="75"/>
        <source>compression level 0-9</source>
        <translation>Komprimierungsstufe 0–9</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="77"/>
        <source>parallel jobs (directory format)</source>
        <translation>parallele Jobs (Verzeichnisformat)</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="79"/>
        <source>only this schema (repeatable)</source>
        <translation>nur dieses Schema (wiederholbar)</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="82"/>
        <source>not this schema (repeatable)</source>
        <translation>dieses Schema nicht (wiederholbar)</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="83"/>
        <source>only this table (repeatable)</source>
        <translation>nur diese Tabelle (wiederholbar)</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="85"/>
        <source>not this table (repeatable)</source>
        <translation>diese Tabelle nicht (wiederholbar)</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="87"/>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="88"/>
        <source>no schema</source>
        <translation>kein Schema</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="89"/>
        <source>no ownership commands</source>
        <translation>keine Befehle zum Eigentümer</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="90"/>
        <source>no GRANT/REVOKE</source>
        <translation>kein GRANT/REVOKE</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="92"/>
        <source>do not count rows (a full verify then cannot compare counts)</source>
        <translation>keine Zeilen zählen (eine vollständige Prüfung kann dann keine Zeilenzahlen vergleichen)</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="93"/>
        <source>do not prune the folder afterwards</source>
        <translation>den Ordner danach nicht bereinigen</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="104"/>
        <source>--connect and --dir are required</source>
        <translation>--connect und --dir sind erforderlich</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="117"/>
        <source>--kind takes daily, weekly or manual</source>
        <translation>--kind erwartet daily, weekly oder manual</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="123"/>
        <source>--format takes custom, directory, plain or tar</source>
        <translation>--format erwartet custom, directory, plain oder tar</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="132"/>
        <source>--compress and --jobs take numbers</source>
        <translation>--compress und --jobs erwarten Zahlen</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="153"/>
        <source>stopped by signal %1; pg_dump was stopped and nothing was kept.</source>
        <translation>durch Signal %1 beendet; pg_dump wurde gestoppt, nichts wurde behalten.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="160"/>
        <source>removed %1, left by an interrupted backup</source>
        <translation>%1 entfernt, Überrest einer unterbrochenen Sicherung</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="175"/>
        <source>Verified: %1</source>
        <translation>Geprüft: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="182"/>
        <source>Pruned %1</source>
        <translation>Bereinigt: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="191"/>
        <source>Delete the backups the folder&apos;s retention policy no longer keeps (manual backups never).</source>
        <translation>Löscht die Sicherungen, die die Aufbewahrungsrichtlinie des Ordners nicht mehr behält (manuelle Sicherungen nie).</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="193"/>
        <source>only say what would be deleted</source>
        <translation>nur anzeigen, was gelöscht würde</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="195"/>
        <source>daily backups to keep (saved as the folder&apos;s policy)</source>
        <translation>Anzahl zu behaltender täglicher Sicherungen (wird als Richtlinie des Ordners gespeichert)</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="198"/>
        <source>weekly backups to keep (saved as the folder&apos;s policy)</source>
        <translation>Anzahl zu behaltender wöchentlicher Sicherungen (wird als Richtlinie des Ordners gespeichert)</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="201"/>
        <location filename="../app/cli/BackupCommand.cpp" line="301"/>
        <source>backup folder</source>
        <translation>Sicherungsordner</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="206"/>
        <location filename="../app/cli/BackupCommand.cpp" line="306"/>
        <source>give one backup folder</source>
        <translation>geben Sie genau einen Sicherungsordner an</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="209"/>
        <location filename="../app/cli/MigrateCommand.cpp" line="192"/>
        <source>%1 is not a folder</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="220"/>
        <source>--keep-daily and --keep-weekly take counts</source>
        <translation>--keep-daily und --keep-weekly erwarten Anzahlen</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="234"/>
        <source>would delete %1 (%2)</source>
        <translation>würde %1 löschen (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="239"/>
        <source>nothing to delete</source>
        <translation>nichts zu löschen</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="244"/>
        <source>deleted %1</source>
        <translation>%1 gelöscht</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="254"/>
        <source>Check a backup: checksum and archive (quick), or restore it into a scratch database and compare row counts (--full).</source>
        <translation>Prüft eine Sicherung: Prüfsumme und Archiv (schnell) oder Wiederherstellung in eine temporäre Datenbank mit Vergleich der Zeilenzahlen (--full).</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="257"/>
        <source>restore into a scratch database (needs --connect)</source>
        <translation>in eine temporäre Datenbank wiederherstellen (erfordert --connect)</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="259"/>
        <location filename="../app/cli/BackupCommand.cpp" line="392"/>
        <source>the backup</source>
        <translation>die Sicherung</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="265"/>
        <location filename="../app/cli/BackupCommand.cpp" line="398"/>
        <source>give one backup</source>
        <translation>geben Sie genau eine Sicherung an</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="273"/>
        <source>--full needs --connect</source>
        <translation>--full erfordert --connect</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="297"/>
        <source>List the backups in a folder with their records, verification and what the retention policy keeps.</source>
        <translation>Listet die Sicherungen in einem Ordner mit ihren Datensätzen, ihrer Prüfung und dem, was die Aufbewahrungsrichtlinie behält.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="299"/>
        <source>as JSON</source>
        <translation>als JSON</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="333"/>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="333"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="334"/>
        <source>not verified</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="335"/>
        <source>kept: </source>
        <translation>behalten: </translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="335"/>
        <source>prune: </source>
        <translation>bereinigen: </translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="338"/>
        <source>no Sightglass backups in %1</source>
        <translation>keine Sightglass-Sicherungen in %1</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="340"/>
        <source>(not a Sightglass backup, left alone: %1)</source>
        <translation>(keine Sightglass-Sicherung, unverändert gelassen: %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="357"/>
        <source>Usage: sightglass backup run|prune|verify|list [options]
  run     back up a database (--connect, --dir, --kind …), verify it, prune the folder
  prune   delete what the retention policy no longer keeps (--dry-run to preview)
  verify  check a backup (--full: restore into a scratch database)
  list    the backups in a folder (--json)
Each takes --help.
</source>
        <translation>Aufruf: sightglass backup run|prune|verify|list [Optionen]
  run     eine Datenbank sichern (--connect, --dir, --kind …), die Sicherung prüfen, den Ordner bereinigen
  prune   löschen, was die Aufbewahrungsrichtlinie nicht mehr behält (--dry-run für eine Vorschau)
  verify  eine Sicherung prüfen (--full: in eine temporäre Datenbank wiederherstellen)
  list    die Sicherungen in einem Ordner (--json)
Jeder Unterbefehl versteht --help.
</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="367"/>
        <source>sightglass backup: unknown subcommand &apos;%1&apos;
</source>
        <translation>sightglass backup: unbekannter Unterbefehl „%1“
</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="375"/>
        <source>Restore a backup into a new database (the default), or over an existing one when its name is given twice (--into NAME --confirm NAME).</source>
        <translation>Stellt eine Sicherung in eine neue Datenbank wieder her (Standard) oder über eine vorhandene, wenn deren Name zweimal angegeben wird (--into NAME --confirm NAME).</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="377"/>
        <source>create this database and restore into it</source>
        <translation>diese Datenbank anlegen und dorthin wiederherstellen</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="380"/>
        <source>restore over this existing database (--clean --if-exists)</source>
        <translation>über diese vorhandene Datenbank wiederherstellen (--clean --if-exists)</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="382"/>
        <source>repeat the existing database&apos;s name</source>
        <translation>den Namen der vorhandenen Datenbank wiederholen</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="385"/>
        <source>all or nothing (not with --jobs)</source>
        <translation>alles oder nichts (nicht mit --jobs)</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="386"/>
        <source>parallel jobs</source>
        <translation>parallele Jobs</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="387"/>
        <source>skip ownership</source>
        <translation>Eigentümer überspringen</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="390"/>
        <source>restore even if the archive no longer matches the SHA-256 in its record</source>
        <translation>auch wiederherstellen, wenn das Archiv nicht mehr zur SHA-256 in seinem Datensatz passt</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="400"/>
        <source>--connect is required</source>
        <translation>--connect ist erforderlich</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="418"/>
        <source>--jobs takes a number</source>
        <translation>--jobs erwartet eine Zahl</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="437"/>
        <source>to restore it anyway: --ignore-checksum</source>
        <translation>um trotzdem wiederherzustellen: --ignore-checksum</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="450"/>
        <source>back up, verify, prune and list backups (for cron)</source>
        <translation>Sicherungen erstellen, prüfen, bereinigen und auflisten (für cron)</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="456"/>
        <source>restore a backup into a new or existing database</source>
        <translation>eine Sicherung in eine neue oder vorhandene Datenbank wiederherstellen</translation>
    </message>
    <message>
        <location filename="../app/cli/MigrateCommand.cpp" line="42"/>
        <source>safer:</source>
        <translation>sicherer:</translation>
    </message>
    <message>
        <location filename="../app/cli/MigrateCommand.cpp" line="59"/>
        <source>lock</source>
        <translation>Sperre</translation>
    </message>
    <message>
        <location filename="../app/cli/MigrateCommand.cpp" line="69"/>
        <source>Tracking: %1</source>
        <translation>Protokolltabelle: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/MigrateCommand.cpp" line="78"/>
        <source>problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/MigrateCommand.cpp" line="80"/>
        <source>ignored: %1</source>
        <translation>ignoriert: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/MigrateCommand.cpp" line="102"/>
        <source>Migrations in a folder (023_name.sql, V23__name.sql, 20250105120000_name.up.sql, with their rollback files):
  status    applied, pending, missing, changed, out of order, failed; and what to do
  lint      findings per statement, with the locks each takes (live facts with --connect)
  rehearse  run the pending migrations in a transaction that is rolled back
  apply     apply the pending migrations, each in its own transaction
  rollback  run the rollback files of the last applied migration(s)
Exit codes: 0 clean, 1 findings at or above --fail-on (or a failed rehearsal), 2 error.</source>
        <translation>Migrationen in einem Ordner (023_name.sql, V23__name.sql, 20250105120000_name.up.sql, mit ihren Rücknahmedateien):
  status    angewendet, ausstehend, fehlend, geändert, außer der Reihe, fehlgeschlagen; und was zu tun ist
  lint      Befunde pro Anweisung, mit den Sperren, die jede nimmt (Live-Daten mit --connect)
  rehearse  die ausstehenden Migrationen in einer Transaktion ausführen, die zurückgerollt wird (Probelauf)
  apply     die ausstehenden Migrationen anwenden, jede in einer eigenen Transaktion
  rollback  die Rücknahmedateien der zuletzt angewendeten Migration(en) ausführen
Exit-Codes: 0 sauber, 1 Befunde auf oder über --fail-on (oder ein fehlgeschlagener Probelauf), 2 Fehler.</translation>
    </message>
    <message>
        <location filename="../app/cli/MigrateCommand.cpp" line="112"/>
        <location filename="../app/cli/PlanCommand.cpp" line="89"/>
        <location filename="../app/cli/StatementsCommand.cpp" line="29"/>
        <source>server (URI or key=value; PG* variables and ~/.pgpass apply)</source>
        <translation>Server (URI oder key=value; PG*-Variablen und ~/.pgpass gelten)</translation>
    </message>
    <message>
        <location filename="../app/cli/MigrateCommand.cpp" line="114"/>
        <source>machine-readable output</source>
        <translation>maschinenlesbare Ausgabe</translation>
    </message>
    <message>
        <location filename="../app/cli/MigrateCommand.cpp" line="115"/>
        <source>info, warning or error (default error)</source>
        <translation>info, warning oder error (Standard: error)</translation>
    </message>
    <message>
        <location filename="../app/cli/MigrateCommand.cpp" line="118"/>
        <source>schema of the tracking table (default sightglass)</source>
        <translation>Schema der Protokolltabelle (Standard: sightglass)</translation>
    </message>
    <message>
        <location filename="../app/cli/MigrateCommand.cpp" line="122"/>
        <source>apply: how long a statement may wait for a lock, ms (default 5000)</source>
        <translation>apply: wie lange eine Anweisung auf eine Sperre warten darf, in ms (Standard: 5000)</translation>
    </message>
    <message>
        <location filename="../app/cli/MigrateCommand.cpp" line="124"/>
        <source>apply: limit per statement, ms (default none)</source>
        <translation>apply: Zeitlimit pro Anweisung, in ms (Standard: keines)</translation>
    </message>
    <message>
        <location filename="../app/cli/MigrateCommand.cpp" line="126"/>
        <source>rollback: how many migrations (default 1)</source>
        <translation>rollback: wie viele Migrationen (Standard: 1)</translation>
    </message>
    <message>
        <location filename="../app/cli/MigrateCommand.cpp" line="128"/>
        <source>apply/rehearse only up to this version</source>
        <translation>apply/rehearse nur bis zu dieser Version</translation>
    </message>
    <message>
        <location filename="../app/cli/MigrateCommand.cpp" line="132"/>
        <source>also apply pending migrations older than the newest applied one</source>
        <translation>auch ausstehende Migrationen anwenden, die älter als die neueste angewendete sind</translation>
    </message>
    <message>
        <location filename="../app/cli/MigrateCommand.cpp" line="135"/>
        <source>the migrations folder</source>
        <translation>der Migrationsordner</translation>
    </message>
    <message>
        <location filename="../app/cli/MigrateCommand.cpp" line="149"/>
        <source>give an action (%1) and the migrations folder</source>
        <translation>geben Sie eine Aktion (%1) und den Migrationsordner an</translation>
    </message>
    <message>
        <location filename="../app/cli/MigrateCommand.cpp" line="154"/>
        <source>--fail-on takes info, warning or error</source>
        <translation>--fail-on erwartet info, warning oder error</translation>
    </message>
    <message>
        <location filename="../app/cli/MigrateCommand.cpp" line="172"/>
        <source>--lock-timeout, --statement-timeout and --steps take a whole number</source>
        <translation>--lock-timeout, --statement-timeout und --steps erwarten eine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../app/cli/MigrateCommand.cpp" line="181"/>
        <source>%1 needs --connect</source>
        <translation>%1 erfordert --connect</translation>
    </message>
    <message>
        <location filename="../app/cli/MigrateCommand.cpp" line="235"/>
        <source>%1 migration(s), %2 finding(s) (%3 at or above %4).</source>
        <translation>Migrationen: %1, Befunde: %2 (%3 davon auf oder über %4).</translation>
    </message>
    <message>
        <location filename="../app/cli/MigrateCommand.cpp" line="247"/>
        <source>blocked: %1</source>
        <translation>blockiert: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/MigrateCommand.cpp" line="262"/>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../app/cli/MigrateCommand.cpp" line="268"/>
        <source>Nothing to do: no pending migrations.</source>
        <translation>Nichts zu tun: keine ausstehenden Migrationen.</translation>
    </message>
    <message>
        <location filename="../app/cli/MigrateCommand.cpp" line="287"/>
        <source>status, lint, rehearse, apply and roll back schema migrations</source>
        <translation>Schema-Migrationen: Status, Lint, Probelauf, Anwenden und Zurücknehmen</translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="42"/>
        <source>Analyse an EXPLAIN (FORMAT JSON) plan, as psql prints it or auto_explain logs it: time per node (inclusive and exclusive), misestimates, buffers, warnings.</source>
        <translation>Analysiert einen EXPLAIN-Plan (FORMAT JSON), wie psql ihn ausgibt oder auto_explain ihn protokolliert: Zeit pro Knoten (inklusiv und exklusiv), Fehlschätzungen, Puffer, Warnungen.</translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="46"/>
        <source>the plan; - or nothing reads standard input</source>
        <translation>der Plan; - oder nichts liest von der Standardeingabe</translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="58"/>
        <location filename="../app/cli/PlanCommand.cpp" line="108"/>
        <source>--format takes text or json</source>
        <translation>--format erwartet text oder json</translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="60"/>
        <source>give one plan file</source>
        <translation>geben Sie genau eine Plandatei an</translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="66"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="83"/>
        <source>EXPLAIN a statement and analyse the plan. With --analyze it runs inside BEGIN … ROLLBACK, under a statement timeout: its changes to tables are undone, but not what a rollback cannot undo: sequences it advances (nextval, serial and identity columns) and work done through other connections (dblink).</source>
        <translation>EXPLAIN für eine Anweisung ausführen und den Plan auswerten. Mit --analyze läuft sie innerhalb von BEGIN … ROLLBACK mit einem Statement-Timeout: Ihre Änderungen an Tabellen werden rückgängig gemacht, nicht aber, was ein Rollback nicht rückgängig macht: weitergezählte Sequenzen (nextval, serial- und identity-Spalten) und Arbeit über andere Verbindungen (dblink).</translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="92"/>
        <source>run the statement (rolled back) for real times</source>
        <translation>die Anweisung ausführen (mit ROLLBACK), um echte Zeiten zu erhalten</translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="94"/>
        <source>statement timeout in seconds (default 60)</source>
        <translation>Statement-Timeout in Sekunden (Standard: 60)</translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="96"/>
        <source>the statement</source>
        <translation>die Anweisung</translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="110"/>
        <source>give the statement as one argument</source>
        <translation>geben Sie die Anweisung als ein einziges Argument an</translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="121"/>
        <source>--timeout takes seconds</source>
        <translation>--timeout erwartet Sekunden</translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="126"/>
        <source>the statement has $n parameters; put values in their place (EXPLAIN needs them).</source>
        <translation>die Anweisung hat $n-Parameter; setzen Sie Werte an deren Stelle ein (EXPLAIN benötigt sie).</translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="174"/>
        <source>It ran inside BEGIN … ROLLBACK: its changes to tables were undone. Not undone: sequences it advanced and work done through other connections.</source>
        <translation>Sie lief innerhalb von BEGIN … ROLLBACK: Ihre Änderungen an Tabellen wurden rückgängig gemacht. Nicht rückgängig gemacht: weitergezählte Sequenzen und Arbeit über andere Verbindungen.</translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="184"/>
        <source>analyse an EXPLAIN (FORMAT JSON) plan from a file or standard input</source>
        <translation>einen EXPLAIN-Plan (FORMAT JSON) aus einer Datei oder der Standardeingabe analysieren</translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="190"/>
        <source>EXPLAIN [ANALYZE] a statement safely and analyse the plan</source>
        <translation>EXPLAIN [ANALYZE] für eine Anweisung sicher ausführen und den Plan analysieren</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="23"/>
        <source>Write a health report: settings, cache, connections, and every index, foreign key and bloat finding with the SQL that fixes it.</source>
        <translation>Schreibt einen Zustandsbericht: Einstellungen, Cache, Verbindungen und jeden Befund zu Indizes, Fremdschlüsseln und Bloat mit dem SQL, das ihn behebt.</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="28"/>
        <source>server to report on (URI or key=value; PG* variables and ~/.pgpass apply)</source>
        <translation>Server, über den berichtet wird (URI oder key=value; PG*-Variablen und ~/.pgpass gelten)</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="30"/>
        <source>md (default), html or json</source>
        <translation>md (Standard), html oder json</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="33"/>
        <source>write to FILE instead of standard output</source>
        <translation>in DATEI statt auf die Standardausgabe schreiben</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommand.cpp" line="23"/>
        <source>Record every active session 10 times a second into a file the window opens later.</source>
        <translation>Jede aktive Sitzung 10-mal pro Sekunde in eine Datei aufzeichnen, die das Fenster später öffnet.</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommand.cpp" line="27"/>
        <source>server to record (URI or key=value; PG* variables and ~/.pgpass apply)</source>
        <translation>aufzuzeichnender Server (URI oder key=value; PG*-Variablen und ~/.pgpass gelten)</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommand.cpp" line="31"/>
        <source>how long to record, 1 to %1 seconds (default 60); Ctrl+C stops sooner and keeps what was recorded</source>
        <translation>wie lange aufgezeichnet wird, 1 bis %1 Sekunden (Standard 60); Strg+C beendet früher und behält das Aufgezeichnete</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommand.cpp" line="36"/>
        <source>the recording to write (required)</source>
        <translation>die zu schreibende Aufzeichnung (erforderlich)</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommand.cpp" line="51"/>
        <source>--seconds takes a whole number from 1 to %1</source>
        <translation>--seconds erwartet eine ganze Zahl von 1 bis %1</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommand.cpp" line="53"/>
        <source>--out FILE is required: where to write the recording</source>
        <translation>--out DATEI ist erforderlich: wohin die Aufzeichnung geschrieben wird</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommand.cpp" line="55"/>
        <location filename="../app/cli/TopCommand.cpp" line="59"/>
        <location filename="../app/cli/ReportCommand.cpp" line="46"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommand.cpp" line="63"/>
        <source>cannot write %1: the folder %2 is not there, or not writable</source>
        <translation>%1 kann nicht geschrieben werden: der Ordner %2 existiert nicht oder ist nicht beschreibbar</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommand.cpp" line="69"/>
        <source>pgbouncer&apos;s console has no sessions to record; connect to a PostgreSQL server</source>
        <translation>Die pgbouncer-Konsole hat keine Sitzungen zum Aufzeichnen; mit einem PostgreSQL-Server verbinden</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommand.cpp" line="97"/>
        <source>Recording %1 for %2 s into %3 (Ctrl+C stops sooner)…</source>
        <translation>Zeichne %1 für %2 s in %3 auf (Strg+C beendet früher)…</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommand.cpp" line="118"/>
        <source>Nothing was recorded: no sample came back from the server.</source>
        <translation>Nichts aufgezeichnet: vom Server kam keine Stichprobe zurück.</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommand.cpp" line="126"/>
        <source>Recorded %1 samples (%2 session samples) over %3 s into %4</source>
        <translation>%1 Stichproben (%2 Sitzungsstichproben) über %3 s in %4 aufgezeichnet</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommand.cpp" line="140"/>
        <source>record every active session 10 times a second into a file the window opens later</source>
        <translation>jede aktive Sitzung 10-mal pro Sekunde in eine Datei aufzeichnen, die das Fenster später öffnet</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="50"/>
        <source>--format takes md, html or json</source>
        <translation>--format erwartet md, html oder json</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="102"/>
        <source>health report: settings, cache, connections and every finding with its fix</source>
        <translation>Zustandsbericht: Einstellungen, Cache, Verbindungen und jeder Befund mit seiner Behebung</translation>
    </message>
    <message>
        <location filename="../app/cli/SandboxCommand.cpp" line="30"/>
        <source>Start a throwaway PostgreSQL server, print how to connect, and remove it again on Ctrl+C.</source>
        <translation>Startet einen temporären PostgreSQL-Server, zeigt an, wie man sich verbindet, und entfernt ihn bei Strg+C wieder.</translation>
    </message>
    <message>
        <location filename="../app/cli/SandboxCommand.cpp" line="35"/>
        <source>load the demo data and planted problems</source>
        <translation>die Demodaten und eingebauten Probleme laden</translation>
    </message>
    <message>
        <location filename="../app/cli/SandboxCommand.cpp" line="37"/>
        <source>stop after N seconds</source>
        <translation>nach N Sekunden beenden</translation>
    </message>
    <message>
        <location filename="../app/cli/SandboxCommand.cpp" line="51"/>
        <source>sandbox: bad arguments</source>
        <translation>sandbox: ungültige Argumente</translation>
    </message>
    <message>
        <location filename="../app/cli/SandboxCommand.cpp" line="86"/>
        <source>start a throwaway PostgreSQL server (--demo loads demo data)</source>
        <translation>einen temporären PostgreSQL-Server starten (--demo lädt Demodaten)</translation>
    </message>
    <message>
        <location filename="../app/cli/StatementsCommand.cpp" line="25"/>
        <source>The statements pg_stat_statements has seen, most expensive first: calls, times, rows, buffers, temporary files, I/O and WAL.</source>
        <translation>Die Anweisungen, die pg_stat_statements erfasst hat, die teuersten zuerst: Aufrufe, Zeiten, Zeilen, Puffer, temporäre Dateien, I/O und WAL.</translation>
    </message>
    <message>
        <location filename="../app/cli/StatementsCommand.cpp" line="31"/>
        <source>how many (default 20)</source>
        <translation>wie viele (Standard: 20)</translation>
    </message>
    <message>
        <location filename="../app/cli/StatementsCommand.cpp" line="34"/>
        <source>column to sort by, largest first (default total_ms): calls, total_ms, mean_ms, max_ms, stddev_ms, plan_ms, rows, shared_read, temp_written, io_read_ms, wal_bytes …</source>
        <translation>Sortierspalte, größte Werte zuerst (Standard: total_ms): calls, total_ms, mean_ms, max_ms, stddev_ms, plan_ms, rows, shared_read, temp_written, io_read_ms, wal_bytes …</translation>
    </message>
    <message>
        <location filename="../app/cli/StatementsCommand.cpp" line="38"/>
        <source>as JSON, with the whole statement text</source>
        <translation>als JSON, mit dem vollständigen Anweisungstext</translation>
    </message>
    <message>
        <location filename="../app/cli/StatementsCommand.cpp" line="53"/>
        <source>--top takes a positive number</source>
        <translation>--top erwartet eine positive Zahl</translation>
    </message>
    <message>
        <location filename="../app/cli/StatementsCommand.cpp" line="81"/>
        <source>no such column to order by: %1</source>
        <translation>keine solche Sortierspalte: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/StatementsCommand.cpp" line="134"/>
        <source>the most expensive statements from pg_stat_statements</source>
        <translation>die teuersten Anweisungen aus pg_stat_statements</translation>
    </message>
    <message>
        <location filename="../app/cli/TopCommand.cpp" line="25"/>
        <source>Sample server activity like the Activity panel, without a window.</source>
        <translation>Misst die Serveraktivität wie der Bereich „Aktivität“, aber ohne Fenster.</translation>
    </message>
    <message>
        <location filename="../app/cli/TopCommand.cpp" line="29"/>
        <source>server to sample (URI or key=value; PG* variables and ~/.pgpass apply)</source>
        <translation>zu messender Server (URI oder key=value; PG*-Variablen und ~/.pgpass gelten)</translation>
    </message>
    <message>
        <location filename="../app/cli/TopCommand.cpp" line="32"/>
        <source>seconds between samples, 0.5 to 60 (default 1)</source>
        <translation>Sekunden zwischen den Messungen, 0,5 bis 60 (Standard: 1)</translation>
    </message>
    <message>
        <location filename="../app/cli/TopCommand.cpp" line="35"/>
        <source>stop after N samples, 1 or more (default: run until stopped)</source>
        <translation>nach N Messungen aufhören, 1 oder mehr (Standard: bis zum Abbruch laufen)</translation>
    </message>
    <message>
        <location filename="../app/cli/TopCommand.cpp" line="56"/>
        <source>--count takes a whole number of samples, 1 or more; leave it out to run until stopped (Ctrl+C)</source>
        <translation>--count erwartet eine ganze Zahl von Messungen, 1 oder mehr; ohne die Option läuft es bis zum Abbruch (Strg+C)</translation>
    </message>
    <message>
        <location filename="../app/cli/TopCommand.cpp" line="37"/>
        <source>print one JSON object per sample and line</source>
        <translation>ein JSON-Objekt pro Messung und Zeile ausgeben</translation>
    </message>
    <message>
        <location filename="../app/cli/TopCommand.cpp" line="54"/>
        <source>--interval takes seconds from 0.5 to 60</source>
        <translation>--interval erwartet Sekunden von 0,5 bis 60</translation>
    </message>
    <message>
        <location filename="../app/cli/TopCommand.cpp" line="154"/>
        <source>sample sessions, pools and rates like the Activity panel (--json for scripts)</source>
        <translation>Sitzungen, Pools und Raten messen wie der Bereich „Aktivität“ (--json für Skripte)</translation>
    </message>
</context>
<context>
    <name>sg::cli::CommandDispatcher</name>
    <message>
        <location filename="../app/cli/CommandDispatcher.cpp" line="41"/>
        <source>Usage:</source>
        <translation>Aufruf:</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandDispatcher.cpp" line="46"/>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandDispatcher.cpp" line="49"/>
        <source>Run &apos;sightglass COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>„sightglass BEFEHL --help“ zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandDispatcher.cpp" line="74"/>
        <source>sightglass: unknown option &apos;%1&apos;</source>
        <translation>sightglass: unbekannte Option „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandDispatcher.cpp" line="76"/>
        <source>sightglass: unknown command &apos;%1&apos;</source>
        <translation>sightglass: unbekannter Befehl „%1“</translation>
    </message>
</context>
<context>
    <name>sg::lockmode</name>
    <message>
        <location filename="../app/migrate/LockMode.cpp" line="46"/>
        <source>no table lock</source>
        <translation>keine Tabellensperre</translation>
    </message>
    <message>
        <location filename="../app/migrate/LockMode.cpp" line="50"/>
        <source>blocks only DDL</source>
        <translation>blockiert nur DDL</translation>
    </message>
    <message>
        <location filename="../app/migrate/LockMode.cpp" line="52"/>
        <source>blocks DDL, VACUUM and other schema changes; reads and writes go on</source>
        <translation>blockiert DDL, VACUUM und andere Schemaänderungen; Lesen und Schreiben laufen weiter</translation>
    </message>
    <message>
        <location filename="../app/migrate/LockMode.cpp" line="54"/>
        <source>blocks writes (INSERT, UPDATE, DELETE); reads go on</source>
        <translation>blockiert Schreibzugriffe (INSERT, UPDATE, DELETE); Lesen läuft weiter</translation>
    </message>
    <message>
        <location filename="../app/migrate/LockMode.cpp" line="56"/>
        <source>blocks writes and other schema changes; reads go on</source>
        <translation>blockiert Schreibzugriffe und andere Schemaänderungen; Lesen läuft weiter</translation>
    </message>
    <message>
        <location filename="../app/migrate/LockMode.cpp" line="58"/>
        <source>blocks writes; only plain reads go on</source>
        <translation>blockiert Schreibzugriffe; nur einfaches Lesen läuft weiter</translation>
    </message>
    <message>
        <location filename="../app/migrate/LockMode.cpp" line="60"/>
        <source>blocks reads and writes</source>
        <translation>blockiert Lesen und Schreiben</translation>
    </message>
</context>
<context>
    <name>sg::ui::ActivityPanel</name>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="67"/>
        <source>Pools (SHOW POOLS)</source>
        <translation>Pools (SHOW POOLS)</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="69"/>
        <source>Stats (SHOW STATS)</source>
        <translation>Statistik (SHOW STATS)</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="73"/>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="76"/>
        <source>Load by wait</source>
        <translation>Last nach Warten</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="78"/>
        <source>Applications (pools)</source>
        <translation>Anwendungen (Pools)</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="82"/>
        <source>Databases &amp;&amp; users</source>
        <translation>Datenbanken &amp;&amp; Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="83"/>
        <location filename="../ui/activity/ActivityPanel.cpp" line="327"/>
        <source>Alert log</source>
        <translation>Warnungsprotokoll</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="124"/>
        <source>Time window</source>
        <translation>Zeitfenster</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/activity/ActivityPanel.cpp" line="127"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/activity/ActivityPanel.cpp" line="127"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="131"/>
        <source>Scale to max_connections</source>
        <translation>Auf max_connections skalieren</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="136"/>
        <source>On: the connections chart&apos;s axis runs to max_connections. Off: it fits the sessions, and the max_connections line shows once they come near it</source>
        <translation>An: Die Achse des Verbindungsdiagramms reicht bis max_connections. Aus: Sie passt sich den Sitzungen an, und die Linie für max_connections erscheint, sobald sie in die Nähe kommen</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="143"/>
        <location filename="../ui/activity/ActivityPanel.cpp" line="349"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="147"/>
        <source>Sampling interval</source>
        <translation>Messintervall</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="151"/>
        <location filename="../ui/activity/ActivityPanel.cpp" line="304"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="153"/>
        <source>Time between samples</source>
        <translation>Zeit zwischen den Messungen</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="158"/>
        <source>Export PNG…</source>
        <translation>PNG exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="161"/>
        <source>Export charts</source>
        <translation>Diagramme exportieren</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="161"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="165"/>
        <location filename="../ui/activity/ActivityPanel.cpp" line="174"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="167"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="170"/>
        <source>Export samples</source>
        <translation>Messwerte exportieren</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="170"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="176"/>
        <source>Warnings…</source>
        <translation>Warnungen…</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="187"/>
        <source>Window:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="192"/>
        <source>Sample every</source>
        <translation>Messen alle</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="233"/>
        <source>Connections by state</source>
        <translation>Verbindungen nach Status</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="235"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="236"/>
        <source>lock wait</source>
        <translation>wartet auf Sperre</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="237"/>
        <source>other wait</source>
        <translation>wartet (sonstiges)</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="238"/>
        <source>idle in tx</source>
        <translation>inaktiv in Tx</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="239"/>
        <source>aborted tx</source>
        <translation>abgebrochene Tx</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="240"/>
        <source>idle</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="241"/>
        <source>other</source>
        <translation>sonstige</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="242"/>
        <source>ours</source>
        <translation>eigene</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="243"/>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="259"/>
        <source>Utilization of usable connections</source>
        <translation>Auslastung der nutzbaren Verbindungen</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="260"/>
        <source>utilization</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="261"/>
        <location filename="../ui/activity/ActivityPanel.cpp" line="275"/>
        <source>threshold</source>
        <translation>Schwellwert</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="265"/>
        <source>Transactions per second</source>
        <translation>Transaktionen pro Sekunde</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="266"/>
        <source>commits + rollbacks</source>
        <translation>Commits + Rollbacks</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="267"/>
        <source>rollbacks %</source>
        <translation>Rollbacks %</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="271"/>
        <source>Cache hit ratio</source>
        <translation>Cache-Trefferquote</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="272"/>
        <source>all databases</source>
        <translation>alle Datenbanken</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="273"/>
        <source>tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="274"/>
        <source>indexes</source>
        <translation>Indizes</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="297"/>
        <source>pgbouncer clients and servers (all pools)</source>
        <translation>pgbouncer-Clients und -Server (alle Pools)</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="298"/>
        <source>cl_active</source>
        <translation>cl_active</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="299"/>
        <source>cl_waiting</source>
        <translation>cl_waiting</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="300"/>
        <source>sv_active</source>
        <translation>sv_active</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="301"/>
        <source>sv_idle</source>
        <translation>sv_idle</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="302"/>
        <source>Longest client wait (maxwait)</source>
        <translation>Längste Client-Wartezeit (maxwait)</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="303"/>
        <source>maxwait</source>
        <translation>maxwait</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="305"/>
        <source>Throughput (SHOW STATS)</source>
        <translation>Durchsatz (SHOW STATS)</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="306"/>
        <source>transactions/s</source>
        <translation>Transaktionen/s</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="307"/>
        <source>queries/s</source>
        <translation>Abfragen/s</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="308"/>
        <source>avg query ms</source>
        <translation>Ø Abfrage ms</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="322"/>
        <source>Pools</source>
        <translation>Pools</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="323"/>
        <source>Pool statistics</source>
        <translation>Pool-Statistik</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="324"/>
        <source>Applications</source>
        <translation>Anwendungen</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="325"/>
        <source>Databases</source>
        <translation>Datenbanken</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="326"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="349"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="436"/>
        <source>⚠ %1 — %2 (since %3)</source>
        <translation>⚠ %1 — %2 (seit %3)</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="446"/>
        <source>%1 of %2 usable connections (%3 %)</source>
        <translation>%1 von %2 nutzbaren Verbindungen (%3 %)</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="451"/>
        <source> · %1 tps</source>
        <translation> · %1 TPS</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="453"/>
        <source> · cache hit %1 %</source>
        <translation> · Cache-Treffer %1 %</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="455"/>
        <source> · statistics were reset: rates resume with the next sample</source>
        <translation> · Statistik wurde zurückgesetzt: Raten folgen mit der nächsten Messung</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="461"/>
        <source>History not saved: %1</source>
        <translation>Verlauf nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="471"/>
        <source>Could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>sg::ui::AdvisorPanel</name>
    <message>
        <location filename="../ui/advisor/AdvisorPanel.cpp" line="40"/>
        <location filename="../ui/advisor/AdvisorPanel.cpp" line="49"/>
        <source>Reading the catalogs…</source>
        <translation>Kataloge werden gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/advisor/AdvisorPanel.cpp" line="41"/>
        <source>Not connected: connect to a server to see its %1.</source>
        <translation>Nicht verbunden: Verbinden Sie sich mit einem Server, um seine %1 zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/advisor/AdvisorPanel.cpp" line="42"/>
        <source>indexes</source>
        <translation>Indizes</translation>
    </message>
    <message>
        <location filename="../ui/advisor/AdvisorPanel.cpp" line="42"/>
        <source>tables and their bloat</source>
        <translation>Tabellen und ihren Bloat</translation>
    </message>
    <message>
        <location filename="../ui/advisor/AdvisorPanel.cpp" line="52"/>
        <source>Filter findings</source>
        <translation>Befunde filtern</translation>
    </message>
    <message>
        <location filename="../ui/advisor/AdvisorPanel.cpp" line="53"/>
        <source>Filter…</source>
        <translation>Filtern…</translation>
    </message>
    <message>
        <location filename="../ui/advisor/AdvisorPanel.cpp" line="58"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/advisor/AdvisorPanel.cpp" line="62"/>
        <source>Tables and indexes</source>
        <translation>Tabellen und Indizes</translation>
    </message>
    <message>
        <location filename="../ui/advisor/AdvisorPanel.cpp" line="73"/>
        <source>Exact figures (pgstattuple)…</source>
        <translation>Genaue Werte (pgstattuple)…</translation>
    </message>
    <message>
        <location filename="../ui/advisor/AdvisorPanel.cpp" line="75"/>
        <source>Reads the whole selected table to count its live, dead and free space exactly</source>
        <translation>Liest die gesamte ausgewählte Tabelle, um lebenden, toten und freien Speicher genau zu zählen</translation>
    </message>
    <message>
        <location filename="../ui/advisor/AdvisorPanel.cpp" line="134"/>
        <source>That index no longer exists.</source>
        <translation>Dieser Index existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../ui/advisor/AdvisorPanel.cpp" line="149"/>
        <source>pgstattuple: %1 in %2 live tuples (%3 %), %4 dead tuples (%5 %), %6 free (%7 %).</source>
        <translation>pgstattuple: %1 in %2 lebenden Tupeln (%3 %), %4 tote Tupel (%5 %), %6 frei (%7 %).</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/advisor/AdvisorPanel.cpp" line="174"/>
        <source>%n index(es), %1 finding(s). Usage statistics count since %2 (%3)%4.</source>
        <translation>
            <numerusform>%n Index, Befunde: %1. Die Nutzungsstatistik zählt seit %2 (%3)%4.</numerusform>
            <numerusform>%n Indizes, Befunde: %1. Die Nutzungsstatistik zählt seit %2 (%3)%4.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/advisor/AdvisorPanel.cpp" line="179"/>
        <source>, the last statistics reset</source>
        <translation>, dem letzten Zurücksetzen der Statistik</translation>
    </message>
    <message>
        <location filename="../ui/advisor/AdvisorPanel.cpp" line="179"/>
        <source>, the server start</source>
        <translation>, dem Serverstart</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/advisor/AdvisorPanel.cpp" line="182"/>
        <source>%n table(s), %1 finding(s). Bloat is a statistics-based estimate (run ANALYZE first); exact figures come from pgstattuple.</source>
        <translation>
            <numerusform>%n Tabelle, Befunde: %1. Bloat ist eine Schätzung auf Basis der Statistik (führen Sie zuerst ANALYZE aus); genaue Werte liefert pgstattuple.</numerusform>
            <numerusform>%n Tabellen, Befunde: %1. Bloat ist eine Schätzung auf Basis der Statistik (führen Sie zuerst ANALYZE aus); genaue Werte liefert pgstattuple.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/advisor/AdvisorPanel.cpp" line="214"/>
        <source>Select a table first.</source>
        <translation>Wählen Sie zuerst eine Tabelle aus.</translation>
    </message>
    <message>
        <location filename="../ui/advisor/AdvisorPanel.cpp" line="224"/>
        <source>pgstattuple is available but not installed in this database: CREATE EXTENSION pgstattuple; (needs CREATE on the database), then refresh.</source>
        <translation>pgstattuple ist verfügbar, aber in dieser Datenbank nicht installiert: CREATE EXTENSION pgstattuple; (erfordert CREATE auf der Datenbank), dann aktualisieren.</translation>
    </message>
    <message>
        <location filename="../ui/advisor/AdvisorPanel.cpp" line="226"/>
        <source>pgstattuple is not available on this server: install the contrib package (postgresql-contrib), then CREATE EXTENSION pgstattuple;.</source>
        <translation>pgstattuple ist auf diesem Server nicht verfügbar: Installieren Sie das contrib-Paket (postgresql-contrib), dann CREATE EXTENSION pgstattuple;.</translation>
    </message>
    <message>
        <location filename="../ui/advisor/AdvisorPanel.cpp" line="232"/>
        <source>Exact figures</source>
        <translation>Genaue Werte</translation>
    </message>
    <message>
        <location filename="../ui/advisor/AdvisorPanel.cpp" line="233"/>
        <source>pgstattuple reads all of %1 (%2) to count it exactly, which costs I/O on a big table.

SELECT * FROM pgstattuple(&apos;%1&apos;);

Go ahead?</source>
        <translation>pgstattuple liest %1 (%2) vollständig, um genau zu zählen; das kostet bei einer großen Tabelle I/O.

SELECT * FROM pgstattuple(&apos;%1&apos;);

Fortfahren?</translation>
    </message>
    <message>
        <location filename="../ui/advisor/AdvisorPanel.cpp" line="239"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
</context>
<context>
    <name>sg::ui::BackupDialog</name>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="48"/>
        <source>Back up — %1</source>
        <translation>Sichern — %1</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="51"/>
        <source>Custom archive (compressed, selective restore)</source>
        <translation>Custom-Archiv (komprimiert, selektive Wiederherstellung)</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="52"/>
        <source>Directory (parallel jobs)</source>
        <translation>Verzeichnis (parallele Jobs)</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="53"/>
        <source>Plain SQL, gzip-compressed</source>
        <translation>Reines SQL, gzip-komprimiert</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="54"/>
        <source>Tar archive</source>
        <translation>Tar-Archiv</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.ui" line="17"/>
        <source>pg_dump&apos;s default</source>
        <translation>Standard von pg_dump</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.ui" line="19"/>
        <source>Parallel dump jobs; only the directory format writes tables in parallel</source>
        <translation>Parallele Dump-Jobs; nur das Verzeichnisformat schreibt Tabellen parallel</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="59"/>
        <source>pg_dump patterns, comma-separated (e.g. public, &quot;Order Ref&quot;.*)</source>
        <translation>pg_dump-Muster, durch Kommas getrennt (z. B. public, &quot;Order Ref&quot;.*)</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.ui" line="29"/>
        <source>Schema only</source>
        <translation>Nur Schema</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.ui" line="30"/>
        <source>Data only</source>
        <translation>Nur Daten</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.ui" line="31"/>
        <source>No owner</source>
        <translation>Ohne Eigentümer</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.ui" line="32"/>
        <source>No privileges</source>
        <translation>Ohne Berechtigungen</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.ui" line="35"/>
        <source>Count rows in the backup&apos;s snapshot (for a full verification)</source>
        <translation>Zeilen im Snapshot der Sicherung zählen (für eine vollständige Prüfung)</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.ui" line="39"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="55"/>
        <source>Manual (never deleted by the policy)</source>
        <translation>Manuell (wird von der Richtlinie nie gelöscht)</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="56"/>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="57"/>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.ui" line="45"/>
        <source>keep daily</source>
        <translation>behalten: täglich</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.ui" line="47"/>
        <source>weekly</source>
        <translation>wöchentlich</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.ui" line="54"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.ui" line="12"/>
        <location filename="../ui/backup/BackupDialog.cpp" line="60"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.ui" line="14"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.ui" line="16"/>
        <source>Compression</source>
        <translation>Komprimierung</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.ui" line="18"/>
        <source>Parallel jobs</source>
        <translation>Parallele Jobs</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.ui" line="20"/>
        <source>Only schemas</source>
        <translation>Nur Schemas</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.ui" line="22"/>
        <source>Not schemas</source>
        <translation>Ohne Schemas</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.ui" line="24"/>
        <source>Only tables</source>
        <translation>Nur Tabellen</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.ui" line="26"/>
        <source>Not tables</source>
        <translation>Ohne Tabellen</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.ui" line="36"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.ui" line="41"/>
        <location filename="../ui/backup/BackupDialog.cpp" line="60"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.ui" line="43"/>
        <source>Retention</source>
        <translation>Aufbewahrung</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.ui" line="51"/>
        <source>Cron line</source>
        <translation>Cron-Zeile</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.ui" line="57"/>
        <source>found automatically (PATH, /usr/lib/postgresql/*/bin …)</source>
        <translation>automatisch gefunden (PATH, /usr/lib/postgresql/*/bin …)</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.ui" line="57"/>
        <source>The folder of the PostgreSQL client programs to prefer</source>
        <translation>Der bevorzugte Ordner der PostgreSQL-Client-Programme</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.ui" line="56"/>
        <source>Programs folder</source>
        <translation>Programmordner</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.ui" line="10"/>
        <location filename="../ui/backup/BackupDialog.ui" line="81"/>
        <source>Back up</source>
        <translation>Sichern</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="60"/>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="60"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="61"/>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="61"/>
        <source>Verified</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="61"/>
        <source>Retention policy</source>
        <translation>Aufbewahrungsrichtlinie</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.ui" line="65"/>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.ui" line="65"/>
        <source>Checksum and archive read-back</source>
        <translation>Prüfsumme und Zurücklesen des Archivs</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.ui" line="66"/>
        <source>Verify fully</source>
        <translation>Vollständig prüfen</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.ui" line="66"/>
        <source>Restore into a scratch database on this server, compare row counts, drop it</source>
        <translation>In eine temporäre Datenbank auf diesem Server wiederherstellen, Zeilenzahlen vergleichen, Datenbank löschen</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.ui" line="67"/>
        <source>Restore…</source>
        <translation>Wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.ui" line="68"/>
        <source>Prune…</source>
        <translation>Bereinigen…</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.ui" line="68"/>
        <source>Delete what the retention policy no longer keeps, after showing the list</source>
        <translation>Löscht, was die Aufbewahrungsrichtlinie nicht mehr behält, nachdem die Liste angezeigt wurde</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.ui" line="69"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.ui" line="61"/>
        <source>Backups in this folder</source>
        <translation>Sicherungen in diesem Ordner</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.ui" line="82"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.ui" line="83"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="111"/>
        <source>Backup folder</source>
        <translation>Sicherungsordner</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="149"/>
        <source>Dumping %1…</source>
        <translation>%1 wird gesichert…</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="274"/>
        <source>Starting pg_dump…</source>
        <translation>pg_dump wird gestartet…</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="298"/>
        <source>Verifying…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="327"/>
        <source>Prune backups</source>
        <translation>Sicherungen bereinigen</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="328"/>
        <source>The retention policy (keep %1 daily, %2 weekly; manual never) no longer keeps these backups. Delete them?

%3</source>
        <translation>Die Aufbewahrungsrichtlinie (%1 tägliche, %2 wöchentliche behalten; manuelle nie löschen) behält diese Sicherungen nicht mehr. Löschen?

%3</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/backup/BackupDialog.cpp" line="340"/>
        <source>Pruned %n backup(s).</source>
        <translation>
            <numerusform>%n Sicherung bereinigt.</numerusform>
            <numerusform>%n Sicherungen bereinigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/backup/BackupDialog.cpp" line="360"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/backup/BackupDialog.cpp" line="361"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/backup/BackupDialog.cpp" line="362"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="363"/>
        <source>not verified</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="365"/>
        <source>kept: %1</source>
        <translation>behalten: %1</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="365"/>
        <source>will be pruned: %1</source>
        <translation>wird bereinigt: %1</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="394"/>
        <source>Select a backup first.</source>
        <translation>Wählen Sie zuerst eine Sicherung aus.</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="394"/>
        <source>Wait for the current run to end.</source>
        <translation>Warten Sie, bis der laufende Vorgang beendet ist.</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="402"/>
        <source>Restoring %1 into a scratch database…</source>
        <translation>%1 wird in eine temporäre Datenbank wiederhergestellt…</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="403"/>
        <source>Verifying %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
</context>
<context>
    <name>sg::ui::ConnectionDialog</name>
    <message>
        <location filename="../ui/ConnectionDialog.ui" line="6"/>
        <source>Connect to PostgreSQL</source>
        <translation>Mit PostgreSQL verbinden</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.ui" line="10"/>
        <source>Saved &amp;profile:</source>
        <translation>Gespeichertes &amp;Profil:</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.ui" line="14"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.ui" line="17"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.ui" line="18"/>
        <source>e.g. orders-prod</source>
        <translation>z. B. orders-prod</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.ui" line="19"/>
        <source>&amp;Connection:</source>
        <translation>&amp;Verbindung:</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.ui" line="20"/>
        <source>postgresql://user@host:5432/db or host=… dbname=… service=…</source>
        <translation>postgresql://user@host:5432/db oder host=… dbname=… service=…</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.ui" line="21"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.ui" line="22"/>
        <source>only for this session; never saved (use ~/.pgpass to store it)</source>
        <translation>nur für diese Sitzung; wird nie gespeichert (zum Speichern ~/.pgpass verwenden)</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.ui" line="23"/>
        <source>P&amp;roduction server: open read-only</source>
        <translation>P&amp;roduktionsserver: schreibgeschützt öffnen</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.ui" line="29"/>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.ui" line="30"/>
        <source>&amp;Save profile</source>
        <translation>Profil &amp;speichern</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="21"/>
        <source>&amp;Connect</source>
        <translation>Ver&amp;binden</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="29"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="29"/>
        <source>localhost, db.example.com or a socket folder</source>
        <translation>localhost, db.example.com oder ein Socket-Ordner</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="30"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="31"/>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="31"/>
        <source>the user&apos;s name when empty</source>
        <translation>leer: der Name des Benutzers</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="32"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="32"/>
        <source>your login name when empty</source>
        <translation>leer: Ihr Anmeldename</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="44"/>
        <source>Connection &amp;string:</source>
        <translation>Verbindungs&amp;zeichenfolge:</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="45"/>
        <source>Everything libpq accepts (sslmode=…, service=…, a postgresql:// URI); the fields above edit it</source>
        <translation>Alles, was libpq versteht (sslmode=…, service=…, eine postgresql://-URI); die Felder darüber bearbeiten sie</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="122"/>
        <source>(new connection)</source>
        <translation>(neue Verbindung)</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="132"/>
        <source>Recent: %1</source>
        <translation>Zuletzt: %1</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="198"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="202"/>
        <source>superuser</source>
        <translation>Superuser</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="204"/>
        <source>pg_monitor</source>
        <translation>pg_monitor</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="206"/>
        <source>no pg_monitor: other users&apos; queries will be hidden</source>
        <translation>kein pg_monitor: Abfragen anderer Benutzer werden verborgen</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="208"/>
        <source>Connected: PostgreSQL %1, database %2 as %3 (%4).</source>
        <translation>Verbunden: PostgreSQL %1, Datenbank %2 als %3 (%4).</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="228"/>
        <source>Give the profile a name first.</source>
        <translation>Geben Sie dem Profil zuerst einen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="232"/>
        <source>Say which server first: a host (and database, user) or a connection string.</source>
        <translation>Geben Sie zuerst den Server an: einen Host (und Datenbank, Benutzer) oder eine Verbindungszeichenfolge.</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="241"/>
        <source>Saved “%1” (without a password).</source>
        <translation>„%1“ gespeichert (ohne Passwort).</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="251"/>
        <source>Deleted “%1”.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
</context>
<context>
    <name>sg::ui::FindingsView</name>
    <message>
        <location filename="../ui/advisor/FindingsView.cpp" line="39"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location filename="../ui/advisor/FindingsView.cpp" line="46"/>
        <source>Finding details and fix</source>
        <translation>Details und Behebung des Befunds</translation>
    </message>
    <message>
        <location filename="../ui/advisor/FindingsView.cpp" line="48"/>
        <source>Select a finding to see why, and the statement that fixes it.</source>
        <translation>Wählen Sie einen Befund aus, um die Begründung und die Anweisung zur Behebung zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/advisor/FindingsView.cpp" line="49"/>
        <source>Copy SQL</source>
        <translation>SQL kopieren</translation>
    </message>
    <message>
        <location filename="../ui/advisor/FindingsView.cpp" line="50"/>
        <source>Run…</source>
        <translation>Ausführen…</translation>
    </message>
    <message>
        <location filename="../ui/advisor/FindingsView.cpp" line="51"/>
        <source>Save as migration…</source>
        <translation>Als Migration speichern…</translation>
    </message>
    <message>
        <location filename="../ui/advisor/FindingsView.cpp" line="52"/>
        <source>Copy all as one migration</source>
        <translation>Alle als eine Migration kopieren</translation>
    </message>
    <message>
        <location filename="../ui/advisor/FindingsView.cpp" line="53"/>
        <source>Every fix the list shows (after the filter) in one migration: indexes created before any is dropped</source>
        <translation>Jede Korrektur, die die Liste (nach dem Filter) zeigt, in einer Migration: Indizes werden angelegt, bevor einer gelöscht wird</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/advisor/FindingsView.cpp" line="132"/>
        <source>Copied %n statement(s).</source>
        <translation>
            <numerusform>%n Anweisung kopiert.</numerusform>
            <numerusform>%n Anweisungen kopiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/advisor/FindingsView.cpp" line="136"/>
        <source>Copied the fixes of %n finding(s) as one migration.</source>
        <translation>
            <numerusform>Die Korrektur von %n Befund als eine Migration kopiert.</numerusform>
            <numerusform>Die Korrekturen von %n Befunden als eine Migration kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/advisor/FindingsView.cpp" line="141"/>
        <source>Save the fix into the migrations folder</source>
        <translation>Die Behebung im Migrationsordner speichern</translation>
    </message>
    <message>
        <location filename="../ui/advisor/FindingsView.cpp" line="283"/>
        <source>This profile is read-only (production). Use Server → Allow writes… first.</source>
        <translation>Dieses Profil ist schreibgeschützt (Produktion). Erlauben Sie zuerst Schreibzugriffe (Server → Schreibzugriff erlauben…).</translation>
    </message>
    <message>
        <location filename="../ui/advisor/FindingsView.cpp" line="294"/>
        <source>(No statement fixes this by itself.)</source>
        <translation>(Keine einzelne Anweisung behebt dies.)</translation>
    </message>
    <message>
        <location filename="../ui/advisor/FindingsView.cpp" line="302"/>
        <source>Run fix</source>
        <translation>Behebung ausführen</translation>
    </message>
    <message>
        <location filename="../ui/advisor/FindingsView.cpp" line="303"/>
        <source>This statement will be sent to the server:</source>
        <translation>Diese Anweisung wird an den Server gesendet:</translation>
    </message>
    <message>
        <location filename="../ui/advisor/FindingsView.cpp" line="305"/>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <location filename="../ui/advisor/FindingsView.cpp" line="310"/>
        <source>Not sent: the session is read-only or a fix is still running.</source>
        <translation>Nicht gesendet: Die Sitzung ist schreibgeschützt, oder eine Behebung läuft noch.</translation>
    </message>
    <message>
        <location filename="../ui/advisor/FindingsView.cpp" line="314"/>
        <source>Running…</source>
        <translation>Wird ausgeführt…</translation>
    </message>
    <message>
        <location filename="../ui/advisor/FindingsView.cpp" line="337"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
</context>
<context>
    <name>sg::ui::GuiCommandLine</name>
    <message>
        <location filename="../ui/GuiCommandLine.cpp" line="112"/>
        <source>Window options:</source>
        <translation>Fensteroptionen:</translation>
    </message>
    <message>
        <location filename="../ui/GuiCommandLine.cpp" line="127"/>
        <source>start a throwaway demo server with planted problems and open it</source>
        <translation>einen temporären Demo-Server mit eingebauten Problemen starten und öffnen</translation>
    </message>
</context>
<context>
    <name>sg::ui::HealthPanel</name>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="90"/>
        <source>Databases: transaction ID and multixact age</source>
        <translation>Datenbanken: Alter der Transaktions-IDs und Multixacts</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="92"/>
        <source>Oldest tables of this database (autovacuum must freeze them first)</source>
        <translation>Älteste Tabellen dieser Datenbank (Autovacuum muss sie zuerst einfrieren)</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="94"/>
        <source>What holds the xmin horizon back (vacuum can neither clean nor freeze past it)</source>
        <translation>Was den xmin-Horizont zurückhält (VACUUM kann darüber hinaus weder aufräumen noch einfrieren)</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="95"/>
        <source>Wraparound</source>
        <translation>Wraparound</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="99"/>
        <source>Sequences</source>
        <translation>Sequenzen</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="103"/>
        <source>Vacuum queue</source>
        <translation>VACUUM-Warteschlange</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="109"/>
        <source>Cancel command…</source>
        <translation>Befehl abbrechen…</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="111"/>
        <location filename="../ui/health/HealthPanel.cpp" line="279"/>
        <source>Sends pg_cancel_backend for the selected command, after you confirm</source>
        <translation>Sendet nach Ihrer Bestätigung pg_cancel_backend für den ausgewählten Befehl</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="121"/>
        <source>In progress</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="136"/>
        <source>pg_stat_io (I/O by backend type, object and context) exists from PostgreSQL 16 on.</source>
        <translation>pg_stat_io (I/O nach Backend-Typ, Objekt und Kontext) gibt es ab PostgreSQL 16.</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="141"/>
        <source>I/O since the statistics were reset, busiest first (pg_stat_io)</source>
        <translation>I/O seit dem Zurücksetzen der Statistik, die aktivsten zuerst (pg_stat_io)</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="147"/>
        <source>Checkpoints and I/O</source>
        <translation>Checkpoints und I/O</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="148"/>
        <source>Replication</source>
        <translation>Replikation</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="185"/>
        <source>WAL written per second</source>
        <translation>Pro Sekunde geschriebenes WAL</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="187"/>
        <source>WAL</source>
        <translation>WAL</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="188"/>
        <source> MiB/s</source>
        <translation> MiB/s</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="191"/>
        <source>Replication lag</source>
        <translation>Replikationsverzug</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="193"/>
        <source>replay lag</source>
        <translation>Replay-Verzug</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="194"/>
        <source>threshold</source>
        <translation>Schwellwert</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="196"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="216"/>
        <source>Standbys streaming from this server: lag in time as each reports it, and in bytes</source>
        <translation>Standbys, die von diesem Server streamen: Verzug in Zeit, wie jeder ihn meldet, und in Bytes</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="218"/>
        <source>Replication slots and the WAL each keeps on this server (inactive first)</source>
        <translation>Replikationsslots und das WAL, das jeder auf diesem Server zurückhält (inaktive zuerst)</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="225"/>
        <source>Subscriptions of this server to others&apos; publications (logical replication; stopped ones first)</source>
        <translation>Abonnements dieses Servers auf Publikationen anderer (logische Replikation; angehaltene zuerst)</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="224"/>
        <source>WAL and archiving; on a standby, its WAL receiver and replay</source>
        <translation>WAL und Archivierung; auf einem Standby sein WAL-Empfänger und das Wiedereinspielen</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="300"/>
        <source>Cancel %1 in session %2?</source>
        <translation>%1 in Sitzung %2 abbrechen?</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="302"/>
        <source>It works on %1.</source>
        <translation>Er arbeitet an %1.</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="305"/>
        <source>A cancelled CREATE INDEX CONCURRENTLY leaves an invalid index behind: drop it, then build it again.</source>
        <translation>Ein abgebrochenes CREATE INDEX CONCURRENTLY hinterlässt einen ungültigen Index: Löschen Sie ihn und bauen Sie ihn dann neu.</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="311"/>
        <source>This is an anti-wraparound vacuum: autovacuum starts it again at once, and the table still has to be frozen. Cancel it only to let something more urgent through.</source>
        <translation>Dies ist ein Anti-Wraparound-VACUUM: Autovacuum startet es sofort wieder, und die Tabelle muss trotzdem eingefroren werden. Brechen Sie es nur ab, um etwas Dringenderes durchzulassen.</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="313"/>
        <source>This is autovacuum: it starts again on this table at its next round.</source>
        <translation>Dies ist Autovacuum: Es startet bei seiner nächsten Runde wieder auf dieser Tabelle.</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="315"/>
        <source>Query:</source>
        <translation>Abfrage:</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="316"/>
        <location filename="../ui/health/HealthPanel.cpp" line="321"/>
        <source>Cancel command</source>
        <translation>Befehl abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="317"/>
        <source>This statement will be sent:</source>
        <translation>Diese Anweisung wird gesendet:</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="322"/>
        <source>Keep it running</source>
        <translation>Weiterlaufen lassen</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="327"/>
        <source>Cancel sent to session %1.</source>
        <translation>Abbruch an Sitzung %1 gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="329"/>
        <source>Not sent: the admin connection to the server is not ready.</source>
        <translation>Nicht gesendet: Die Admin-Verbindung zum Server ist nicht bereit.</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="338"/>
        <source>This is pgbouncer&apos;s console: it has no catalogs. Connect to the server behind it for its health.</source>
        <translation>Dies ist die Konsole von pgbouncer: Sie hat keine Kataloge. Verbinden Sie sich für den Zustand mit dem Server dahinter.</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="348"/>
        <source>Transaction IDs: waiting for the server…</source>
        <translation>Transaktions-IDs: Warten auf den Server…</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="354"/>
        <source>Transaction IDs: the oldest database, %1, is %2 transactions old: %3 of the way to the limit where writes stop; autovacuum must freeze it at %4.</source>
        <translation>Transaktions-IDs: Die älteste Datenbank, %1, ist %2 Transaktionen alt: %3 des Wegs bis zur Grenze, an der Schreibzugriffe stoppen; Autovacuum muss sie bei %4 einfrieren.</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="365"/>
        <source>Multixact IDs are past their freeze age too (%1).</source>
        <translation>Auch die Multixact-IDs sind über ihrem Einfrieralter (%1).</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="379"/>
        <source>Sequences: waiting for the server…</source>
        <translation>Sequenzen: Warten auf den Server…</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="381"/>
        <source>Sequences: none in use in this database.</source>
        <translation>Sequenzen: keine in Gebrauch in dieser Datenbank.</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="385"/>
        <source>Sequences: the fullest, %1.%2, has used %3 of its values, %4 left</source>
        <translation>Sequenzen: Die vollste, %1.%2, hat %3 ihrer Werte verbraucht, %4 übrig</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="391"/>
        <source>(it feeds %1.%2, %3)</source>
        <translation>(sie füllt %1.%2, %3)</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="399"/>
        <source>at the %1 values an hour it used while watched, it is full in %2.</source>
        <translation>bei den %1 Werten pro Stunde, die sie während der Beobachtung verbrauchte, ist sie in %2 voll.</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="402"/>
        <source>it used no values while watched.</source>
        <translation>sie verbrauchte während der Beobachtung keine Werte.</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="404"/>
        <source>its rate is known after a minute of watching.</source>
        <translation>ihre Rate ist nach einer Minute Beobachtung bekannt.</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="412"/>
        <source>Autovacuum: waiting for the server…</source>
        <translation>Autovacuum: Warten auf den Server…</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="420"/>
        <source>Autovacuum: %1 of %2 workers busy.</source>
        <translation>Autovacuum: %1 von %2 Workern beschäftigt.</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="421"/>
        <source>Autovacuum is off: only anti-wraparound vacuums run.</source>
        <translation>Autovacuum ist aus: Nur Anti-Wraparound-VACUUMs laufen.</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="425"/>
        <source>No table is past its vacuum or analyze threshold.</source>
        <translation>Keine Tabelle ist über ihrer VACUUM- oder ANALYZE-Schwelle.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/health/HealthPanel.cpp" line="426"/>
        <source>%n table(s) past a threshold</source>
        <translation>
            <numerusform>%n Tabelle über einer Schwelle</numerusform>
            <numerusform>%n Tabellen über einer Schwelle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/health/HealthPanel.cpp" line="427"/>
        <source>%n for freezing</source>
        <translation>
            <numerusform>%n zum Einfrieren</numerusform>
            <numerusform>%n zum Einfrieren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="439"/>
        <source>Checkpoints: waiting for the server…</source>
        <translation>Checkpoints: Warten auf den Server…</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="442"/>
        <source>Checkpoints: %1 on time, %2 requested (%3). Buffers written by the checkpointer %4, the background writer %5, backends themselves %6 (%7).</source>
        <translation>Checkpoints: %1 rechtzeitig, %2 angefordert (%3). Puffer geschrieben vom Checkpointer %4, vom Background Writer %5, von den Backends selbst %6 (%7).</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="461"/>
        <source>In progress: waiting for the server…</source>
        <translation>Laufend: Warten auf den Server…</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="464"/>
        <source>In progress: no VACUUM, ANALYZE, CREATE INDEX, CLUSTER, base backup or COPY.</source>
        <translation>Laufend: kein VACUUM, ANALYZE, CREATE INDEX, CLUSTER, Basis-Backup oder COPY.</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="478"/>
        <source>(done in about %1)</source>
        <translation>(fertig in etwa %1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/health/HealthPanel.cpp" line="482"/>
        <source>In progress (%n): </source>
        <translation>
            <numerusform>Laufend (%n): </numerusform>
            <numerusform>Laufend (%n): </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="492"/>
        <source>Replication: waiting for the server…</source>
        <translation>Replikation: Warten auf den Server…</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="494"/>
        <source>Replication: %1</source>
        <translation>Replikation: %1</translation>
    </message>
</context>
<context>
    <name>sg::ui::LiveTableView</name>
    <message>
        <location filename="../ui/LiveTableView.cpp" line="29"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../ui/LiveTableView.cpp" line="30"/>
        <source>Filter…</source>
        <translation>Filtern…</translation>
    </message>
    <message>
        <location filename="../ui/LiveTableView.cpp" line="35"/>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/LiveTableView.cpp" line="89"/>
        <source>Waiting for the server…</source>
        <translation>Warten auf den Server…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/LiveTableView.cpp" line="94"/>
        <source>%n row(s), updated %1</source>
        <translation>
            <numerusform>%n Zeile, aktualisiert %1</numerusform>
            <numerusform>%n Zeilen, aktualisiert %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/LiveTableView.cpp" line="95"/>
        <source>%1 of %n row(s) shown, updated %2</source>
        <translation>
            <numerusform>%1 von %n Zeile angezeigt, aktualisiert %2</numerusform>
            <numerusform>%1 von %n Zeilen angezeigt, aktualisiert %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="72"/>
        <location filename="../ui/MainWindow.cpp" line="390"/>
        <source>Sightglass</source>
        <translation>Sightglass</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="94"/>
        <location filename="../ui/MainWindow.cpp" line="95"/>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="97"/>
        <location filename="../ui/MainWindow.cpp" line="111"/>
        <source>Not connected. File → Connect… (Ctrl+O)</source>
        <translation>Nicht verbunden. Datei → Verbinden… (Strg+O)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="103"/>
        <source>Slow queries</source>
        <translation>Langsame Abfragen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="105"/>
        <source>Indexes</source>
        <translation>Indizes</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="108"/>
        <source>Bloat and vacuum</source>
        <translation>Bloat und VACUUM</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="113"/>
        <source>Production health</source>
        <translation>Produktionszustand</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="116"/>
        <source>Query and plan</source>
        <translation>Abfrage und Plan</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="137"/>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="144"/>
        <location filename="../ui/MainWindow.cpp" line="155"/>
        <source>round trip %1 ms</source>
        <translation>Roundtrip %1 ms</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="158"/>
        <location filename="../ui/MainWindow.cpp" line="260"/>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="192"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="193"/>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="196"/>
        <source>Export health &amp;report…</source>
        <translation>&amp;Zustandsbericht exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="198"/>
        <source>Export health report</source>
        <translation>Zustandsbericht exportieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="199"/>
        <source>Markdown (*.md);;HTML (*.html);;JSON (*.json)</source>
        <translation>Markdown (*.md);;HTML (*.html);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="204"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="210"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="211"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="220"/>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="221"/>
        <source>Allow &amp;writes…</source>
        <translation>Schreib&amp;zugriff erlauben…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="235"/>
        <source>&amp;Back up…</source>
        <translation>&amp;Sichern…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="239"/>
        <source>Re&amp;store…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="245"/>
        <source>&amp;Migrations…</source>
        <translation>&amp;Migrationen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="252"/>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="265"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="266"/>
        <source>&amp;About Sightglass</source>
        <translation>Ü&amp;ber Sightglass</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="267"/>
        <source>About Sightglass</source>
        <translation>Über Sightglass</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="268"/>
        <source>&lt;b&gt;Sightglass %1&lt;/b&gt;&lt;p&gt;A native console for PostgreSQL: live activity, index and bloat advice, slow queries, migrations and backups.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Sightglass %1&lt;/b&gt;&lt;p&gt;Eine native Konsole für PostgreSQL: Live-Aktivität, Empfehlungen zu Indizes und Bloat, langsame Abfragen, Migrationen und Sicherungen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="276"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="291"/>
        <source>System default</source>
        <translation>Systemeinstellung</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="298"/>
        <source>Restart Sightglass to switch the panels too</source>
        <translation>Sightglass neu starten, um auch die Bereiche umzustellen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="305"/>
        <source>Menus and titles are in the new language now; the panels switch when Sightglass starts again (View → Language → Restart).</source>
        <translation>Menüs und Titel sind jetzt in der neuen Sprache; die Bereiche wechseln beim nächsten Start von Sightglass (Ansicht → Sprache → Neu starten).</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="328"/>
        <location filename="../ui/MainWindow.cpp" line="335"/>
        <source>%1 — Sightglass</source>
        <translation>%1 — Sightglass</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="437"/>
        <source>PostgreSQL %1 · %2@%3</source>
        <translation>PostgreSQL %1 · %2@%3</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="440"/>
        <source> · read-only</source>
        <translation> · schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="457"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="458"/>
        <source>%1

Password for %2 (used for this session only, never saved):</source>
        <translation>%1

Passwort für %2 (nur für diese Sitzung, wird nie gespeichert):</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="475"/>
        <source>Collecting the health report…</source>
        <translation>Zustandsbericht wird erstellt…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="484"/>
        <source>Health report written to %1</source>
        <translation>Zustandsbericht geschrieben nach %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="498"/>
        <source>Allow writes</source>
        <translation>Schreibzugriff erlauben</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="499"/>
        <source>This profile is marked as production and opens read-only.

Allow statements that change the server (cancel, terminate, DDL) for this session? Sightglass still asks before each one.</source>
        <translation>Dieses Profil ist als Produktion markiert und wird schreibgeschützt geöffnet.

Anweisungen, die den Server verändern (Abfrage abbrechen, Sitzung beenden, DDL), für diese Sitzung erlauben? Sightglass fragt trotzdem vor jeder einzelnen nach.</translation>
    </message>
</context>
<context>
    <name>sg::ui::MigrationApplyPage</name>
    <message>
        <location filename="../ui/migrate/MigrationApplyPage.cpp" line="30"/>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationApplyPage.cpp" line="32"/>
        <source>Each migration runs in its own transaction under the lock timeout; statements that cannot run in one run alone, in order. The first error stops the run.</source>
        <translation>Jede Migration läuft in einer eigenen Transaktion unter dem Sperr-Timeout; Anweisungen, die nicht in einer Transaktion laufen können, laufen der Reihe nach einzeln. Der erste Fehler beendet den Lauf.</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationApplyPage.cpp" line="43"/>
        <source>&amp;Back up the database first, to</source>
        <translation>Datenbank vorher &amp;sichern, nach</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationApplyPage.cpp" line="46"/>
        <source>Backup folder</source>
        <translation>Sicherungsordner</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationApplyPage.cpp" line="54"/>
        <source>&amp;Stop</source>
        <translation>A&amp;nhalten</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationApplyPage.cpp" line="80"/>
        <source>Backing up… %1</source>
        <translation>Wird gesichert… %1</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationApplyPage.cpp" line="87"/>
        <source>The backup failed, so nothing was applied.</source>
        <translation>Die Sicherung ist fehlgeschlagen, daher wurde nichts angewendet.</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationApplyPage.cpp" line="105"/>
        <source>Done.</source>
        <translation>Erledigt.</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationApplyPage.cpp" line="106"/>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationApplyPage.cpp" line="110"/>
        <source>Backup taken before: %1</source>
        <translation>Vorher erstellte Sicherung: %1</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationApplyPage.cpp" line="128"/>
        <source>The connection is read-only: choose Server → Allow writes first.</source>
        <translation>Die Verbindung ist schreibgeschützt: Wählen Sie zuerst Server → Schreibzugriff erlauben.</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationApplyPage.cpp" line="130"/>
        <source>Nothing to run.</source>
        <translation>Nichts auszuführen.</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationApplyPage.cpp" line="131"/>
        <source>These rollback files will run, newest first:</source>
        <translation>Diese Rücknahmedateien werden ausgeführt, die neueste zuerst:</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationApplyPage.cpp" line="132"/>
        <source>These migrations will run, in this order:</source>
        <translation>Diese Migrationen werden ausgeführt, in dieser Reihenfolge:</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationApplyPage.cpp" line="140"/>
        <source>Nothing can run until this is resolved:</source>
        <translation>Nichts kann ausgeführt werden, bis dies behoben ist:</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationApplyPage.cpp" line="147"/>
        <source>The rehearsal failed:</source>
        <translation>Die Probe ist fehlgeschlagen:</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationApplyPage.cpp" line="148"/>
        <source>Applying now will most likely stop at the same statement (and roll that migration back). Go back and rehearse again once it is fixed, or apply anyway.</source>
        <translation>Ein Anwenden jetzt bricht sehr wahrscheinlich an derselben Anweisung ab (und rollt diese Migration zurück). Gehen Sie zurück und proben Sie erneut, sobald es behoben ist, oder wenden Sie trotzdem an.</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationApplyPage.cpp" line="152"/>
        <source>Not rehearsed.</source>
        <translation>Nicht geprobt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/migrate/MigrationApplyPage.cpp" line="155"/>
        <source>&amp;Roll back %n migration(s)</source>
        <translation>
            <numerusform>%n Migration zu&amp;rücknehmen</numerusform>
            <numerusform>%n Migrationen zu&amp;rücknehmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/migrate/MigrationApplyPage.cpp" line="156"/>
        <source>&amp;Apply %n migration(s) anyway</source>
        <translation>
            <numerusform>%n Migration trotzdem &amp;anwenden</numerusform>
            <numerusform>%n Migrationen trotzdem &amp;anwenden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/migrate/MigrationApplyPage.cpp" line="157"/>
        <source>&amp;Apply %n migration(s)</source>
        <translation>
            <numerusform>%n Migration &amp;anwenden</numerusform>
            <numerusform>%n Migrationen &amp;anwenden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationApplyPage.cpp" line="188"/>
        <source>Roll back</source>
        <translation>Zurücknehmen</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationApplyPage.cpp" line="188"/>
        <source>Apply migrations</source>
        <translation>Migrationen anwenden</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationApplyPage.cpp" line="189"/>
        <source>The rehearsal of these migrations failed.</source>
        <translation>Die Probe dieser Migrationen ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationApplyPage.cpp" line="191"/>
        <source>Run these on %1?

%2</source>
        <translation>Folgendes auf %1 ausführen?

%2</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationApplyPage.cpp" line="211"/>
        <source>The backup cannot start, so nothing was applied.</source>
        <translation>Die Sicherung kann nicht starten, daher wurde nichts angewendet.</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationApplyPage.cpp" line="216"/>
        <source>Backing up…</source>
        <translation>Wird gesichert…</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationApplyPage.cpp" line="225"/>
        <source>Rolling back…</source>
        <translation>Wird zurückgenommen…</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationApplyPage.cpp" line="225"/>
        <source>Applying…</source>
        <translation>Wird angewendet…</translation>
    </message>
</context>
<context>
    <name>sg::ui::MigrationPreviewPage</name>
    <message>
        <location filename="../ui/migrate/MigrationPreviewPage.cpp" line="56"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationPreviewPage.cpp" line="58"/>
        <source>The SQL that would run, with lint markers in the margin and, under each statement, the lock it takes and on what.</source>
        <translation>Das SQL, das ausgeführt würde, mit Lint-Markierungen am Rand; unter jeder Anweisung steht, welche Sperre sie nimmt und worauf.</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationPreviewPage.cpp" line="67"/>
        <source>Migration files</source>
        <translation>Migrationsdateien</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationPreviewPage.cpp" line="71"/>
        <source>Migration SQL</source>
        <translation>Migrations-SQL</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationPreviewPage.cpp" line="90"/>
        <source>Lint findings</source>
        <translation>Lint-Befunde</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationPreviewPage.cpp" line="91"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationPreviewPage.cpp" line="91"/>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationPreviewPage.cpp" line="91"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationPreviewPage.cpp" line="91"/>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationPreviewPage.cpp" line="97"/>
        <source>Select a finding to see why it matters and the safe way to write it.</source>
        <translation>Wählen Sie einen Befund aus, um zu sehen, warum er wichtig ist und wie man die Anweisung sicher schreibt.</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationPreviewPage.cpp" line="130"/>
        <source>rollback of %1</source>
        <translation>Rücknahme von %1</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationPreviewPage.cpp" line="136"/>
        <source> (live)</source>
        <translation> (live)</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationPreviewPage.cpp" line="148"/>
        <source>Nothing to run: every migration in the folder is applied.</source>
        <translation>Nichts auszuführen: Jede Migration im Ordner ist angewendet.</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationPreviewPage.cpp" line="149"/>
        <source>%1 file(s), %2 statement(s); %3 error(s), %4 warning(s). Locks and sizes are read from the server now; the sessions named would make a statement wait.</source>
        <translation>Dateien: %1, Anweisungen: %2; Fehler: %3, Warnungen: %4. Sperren und Größen werden jetzt vom Server gelesen; die genannten Sitzungen würden eine Anweisung warten lassen.</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationPreviewPage.cpp" line="193"/>
        <source>runs alone, outside a transaction</source>
        <translation>läuft einzeln, außerhalb einer Transaktion</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationPreviewPage.cpp" line="209"/>
        <source>%1

Why: %2

Safer:
%3</source>
        <translation>%1

Warum: %2

Sicherer:
%3</translation>
    </message>
</context>
<context>
    <name>sg::ui::MigrationRehearsePage</name>
    <message>
        <location filename="../ui/migrate/MigrationRehearsePage.cpp" line="20"/>
        <source>Rehearse</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationRehearsePage.cpp" line="22"/>
        <source>Runs the migrations in one transaction and rolls it back: nothing stays. Lock waits end after 2 s and statements after 60 s, so a rehearsal on a busy server cannot hold anyone up for long.</source>
        <translation>Führt die Migrationen in einer Transaktion aus und rollt sie zurück: Nichts bleibt bestehen. Das Warten auf Sperren endet nach 2 s, Anweisungen nach 60 s, sodass ein Probelauf auf einem ausgelasteten Server niemanden lange aufhalten kann.</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationRehearsePage.cpp" line="32"/>
        <source>Rehearse &amp;again</source>
        <translation>&amp;Erneuter Probelauf</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationRehearsePage.cpp" line="33"/>
        <source>&amp;Stop</source>
        <translation>A&amp;nhalten</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationRehearsePage.cpp" line="49"/>
        <source>Passed.</source>
        <translation>Bestanden.</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationRehearsePage.cpp" line="50"/>
        <source>Failed.</source>
        <translation>Fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationRehearsePage.cpp" line="55"/>
        <source>The preview found: %1.</source>
        <translation>Die Vorschau fand: %1.</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationRehearsePage.cpp" line="75"/>
        <source>Nothing to rehearse.</source>
        <translation>Nichts für einen Probelauf vorhanden.</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationRehearsePage.cpp" line="78"/>
        <source>Rehearsing…</source>
        <translation>Probelauf läuft…</translation>
    </message>
</context>
<context>
    <name>sg::ui::MigrationResultPage</name>
    <message>
        <location filename="../ui/migrate/MigrationResultPage.cpp" line="18"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationResultPage.cpp" line="27"/>
        <source>Tracking table rows</source>
        <translation>Zeilen der Protokolltabelle</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationResultPage.cpp" line="28"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationResultPage.cpp" line="28"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationResultPage.cpp" line="28"/>
        <source>Applied by</source>
        <translation>Angewendet von</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationResultPage.cpp" line="28"/>
        <source>Applied at</source>
        <translation>Angewendet am</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationResultPage.cpp" line="29"/>
        <source>Took</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationResultPage.cpp" line="29"/>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationResultPage.cpp" line="29"/>
        <source>Transactional</source>
        <translation>Transaktional</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationResultPage.cpp" line="43"/>
        <source>INVALID index left behind: %1. Drop it with DROP INDEX CONCURRENTLY before running again.</source>
        <translation>Ungültiger (INVALID) Index zurückgeblieben: %1. Löschen Sie ihn mit DROP INDEX CONCURRENTLY, bevor Sie erneut ausführen.</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationResultPage.cpp" line="57"/>
        <source>The rows of %1 now.</source>
        <translation>Die aktuellen Zeilen von %1.</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationResultPage.cpp" line="68"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationResultPage.cpp" line="69"/>
        <location filename="../ui/migrate/MigrationResultPage.cpp" line="70"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationResultPage.cpp" line="69"/>
        <source>no — failed part-way</source>
        <translation>nein — mittendrin fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationResultPage.cpp" line="70"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>sg::ui::MigrationSourcePage</name>
    <message>
        <location filename="../ui/migrate/MigrationSourcePage.cpp" line="24"/>
        <location filename="../ui/migrate/MigrationSourcePage.cpp" line="43"/>
        <location filename="../ui/migrate/MigrationSourcePage.cpp" line="47"/>
        <source>Migrations folder</source>
        <translation>Migrationsordner</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationSourcePage.cpp" line="26"/>
        <source>Plain SQL files named 023_name.sql, V23__name.sql or 20250105120000_name.up.sql; rollbacks as 023_name_rollback.sql, U23__name.sql or .down.sql.</source>
        <translation>Reine SQL-Dateien mit Namen wie 023_name.sql, V23__name.sql oder 20250105120000_name.up.sql; Rücknahmen als 023_name_rollback.sql, U23__name.sql oder .down.sql.</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationSourcePage.cpp" line="30"/>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationSourcePage.cpp" line="33"/>
        <source>This connection is read-only: status, preview and rehearsal work; to apply or roll back, choose Server → Allow writes first.</source>
        <translation>Diese Verbindung ist schreibgeschützt: Status, Vorschau und Probelauf funktionieren; zum Anwenden oder Zurücknehmen wählen Sie zuerst Server → Schreibzugriff erlauben.</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationSourcePage.cpp" line="44"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationSourcePage.cpp" line="54"/>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationSourcePage.cpp" line="59"/>
        <source>The tracking table is &lt;schema&gt;.schema_migrations. Flyway&apos;s and golang-migrate&apos;s histories are read when found, never written.</source>
        <translation>Die Protokolltabelle ist &lt;schema&gt;.schema_migrations. Die Verläufe von Flyway und golang-migrate werden gelesen, wenn sie vorhanden sind, aber nie geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationSourcePage.cpp" line="61"/>
        <source>Tracking &amp;schema:</source>
        <translation>&amp;Schema der Protokolltabelle:</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationSourcePage.cpp" line="63"/>
        <source>&amp;Apply pending migrations</source>
        <translation>Ausstehende Migrationen &amp;anwenden</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationSourcePage.cpp" line="64"/>
        <source>&amp;Roll back the last</source>
        <translation>Zu&amp;rücknehmen:</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationSourcePage.cpp" line="68"/>
        <source> applied migration(s)</source>
        <translation> zuletzt angewendete Migration(en)</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationSourcePage.cpp" line="73"/>
        <source>Mode:</source>
        <translation>Modus:</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationSourcePage.cpp" line="77"/>
        <source>all pending</source>
        <translation>alle ausstehenden</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationSourcePage.cpp" line="78"/>
        <source>Apply the pending migrations up to and including this version, and no further</source>
        <translation>Die ausstehenden Migrationen bis einschließlich dieser Version anwenden, nicht weiter</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationSourcePage.cpp" line="79"/>
        <source>Up to version:</source>
        <translation>Bis Version:</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationSourcePage.cpp" line="85"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationSourcePage.cpp" line="87"/>
        <source>How long a statement may wait for a lock while applying before it gives up (and its migration rolls back), so a migration never queues every query behind it.</source>
        <translation>Wie lange eine Anweisung beim Anwenden auf eine Sperre warten darf, bevor sie aufgibt (und ihre Migration zurückgerollt wird), damit eine Migration nie alle Abfragen hinter sich aufstaut.</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationSourcePage.cpp" line="89"/>
        <source>&amp;Lock timeout:</source>
        <translation>Sperr-&amp;Timeout:</translation>
    </message>
</context>
<context>
    <name>sg::ui::MigrationStatusPage</name>
    <message>
        <location filename="../ui/migrate/MigrationStatusPage.cpp" line="42"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationStatusPage.cpp" line="43"/>
        <source>What the database has applied, against the files in the folder.</source>
        <translation>Was die Datenbank angewendet hat, verglichen mit den Dateien im Ordner.</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationStatusPage.cpp" line="51"/>
        <source>Migration status</source>
        <translation>Migrationsstatus</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationStatusPage.cpp" line="53"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationStatusPage.cpp" line="53"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationStatusPage.cpp" line="53"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationStatusPage.cpp" line="53"/>
        <source>Applied</source>
        <translation>Angewendet</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationStatusPage.cpp" line="53"/>
        <source>Took</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationStatusPage.cpp" line="53"/>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationStatusPage.cpp" line="69"/>
        <source>Reading the folder and the server…</source>
        <translation>Ordner und Server werden gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationStatusPage.cpp" line="89"/>
        <source>The server could not be read: %1</source>
        <translation>Der Server konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationStatusPage.cpp" line="106"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationStatusPage.cpp" line="122"/>
        <source>%1 applied</source>
        <translation>%1 angewendet</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationStatusPage.cpp" line="122"/>
        <source>%1 pending</source>
        <translation>%1 ausstehend</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationStatusPage.cpp" line="130"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — history: %2. %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — Verlauf: %2. %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/migrate/MigrationStatusPage.cpp" line="133"/>
        <source>%n migration(s) to roll back.</source>
        <translation>
            <numerusform>%n Migration zurückzunehmen.</numerusform>
            <numerusform>%n Migrationen zurückzunehmen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/migrate/MigrationStatusPage.cpp" line="134"/>
        <source>%n migration(s) to apply.</source>
        <translation>
            <numerusform>%n Migration anzuwenden.</numerusform>
            <numerusform>%n Migrationen anzuwenden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationStatusPage.cpp" line="137"/>
        <source>Blocks applying: %1</source>
        <translation>Blockiert das Anwenden: %1</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationStatusPage.cpp" line="139"/>
        <source>Ignored: %1</source>
        <translation>Ignoriert: %1</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationStatusPage.cpp" line="140"/>
        <source>Nothing blocks a run.</source>
        <translation>Nichts blockiert einen Lauf.</translation>
    </message>
</context>
<context>
    <name>sg::ui::MigrationWizard</name>
    <message>
        <location filename="../ui/migrate/MigrationWizard.cpp" line="19"/>
        <source>Migrations — %1</source>
        <translation>Migrationen — %1</translation>
    </message>
</context>
<context>
    <name>sg::ui::PlanCompareDialog</name>
    <message>
        <location filename="../ui/plan/PlanCompareDialog.cpp" line="19"/>
        <source>Compare plans</source>
        <translation>Pläne vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanCompareDialog.cpp" line="24"/>
        <source>Statement: %1</source>
        <translation>Anweisung: %1</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanCompareDialog.cpp" line="25"/>
        <source>Before: %1
After: %2</source>
        <translation>Vorher: %1
Nachher: %2</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanCompareDialog.cpp" line="32"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanCompareDialog.cpp" line="32"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanCompareDialog.cpp" line="32"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanCompareDialog.cpp" line="32"/>
        <source>ms before</source>
        <translation>ms vorher</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanCompareDialog.cpp" line="32"/>
        <source>cost before</source>
        <translation>Kosten vorher</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanCompareDialog.cpp" line="33"/>
        <source>ms after</source>
        <translation>ms nachher</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanCompareDialog.cpp" line="33"/>
        <source>cost after</source>
        <translation>Kosten nachher</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanCompareDialog.cpp" line="33"/>
        <source>buffers before</source>
        <translation>Puffer vorher</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanCompareDialog.cpp" line="33"/>
        <source>buffers after</source>
        <translation>Puffer nachher</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanCompareDialog.cpp" line="60"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>sg::ui::PlanTreeModel</name>
    <message>
        <location filename="../ui/plan/PlanTreeModel.cpp" line="107"/>
        <source>never executed</source>
        <translation>nie ausgeführt</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanTreeModel.cpp" line="149"/>
        <source>Time in this node alone: its time x loops, shared across parallel workers, minus its children</source>
        <translation>Zeit nur in diesem Knoten: seine Zeit × Schleifen, aufgeteilt auf parallele Worker, abzüglich seiner Kindknoten</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanTreeModel.cpp" line="152"/>
        <source>Time in this node and everything under it</source>
        <translation>Zeit in diesem Knoten und allem darunter</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanTreeModel.cpp" line="154"/>
        <source>How far the planner&apos;s row estimate was off (↓ more rows came than expected)</source>
        <translation>Wie weit die Zeilenschätzung des Planers danebenlag (↓ mehr Zeilen als erwartet)</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanTreeModel.cpp" line="156"/>
        <source>The planner&apos;s total cost estimate (arbitrary units; compare plans of one statement)</source>
        <translation>Die geschätzten Gesamtkosten des Planers (willkürliche Einheiten; nur Pläne derselben Anweisung vergleichen)</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanTreeModel.cpp" line="158"/>
        <source>Rows fetched and thrown away by a filter, join filter or index recheck (per loop)</source>
        <translation>Zeilen, die gelesen und von einem Filter, Join-Filter oder Index-Recheck verworfen wurden (pro Schleife)</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanTreeModel.cpp" line="160"/>
        <source>Shared and local buffers found in cache</source>
        <translation>Gemeinsame und lokale Puffer, die im Cache gefunden wurden</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanTreeModel.cpp" line="162"/>
        <source>Shared and local buffers read from disk or the OS cache</source>
        <translation>Gemeinsame und lokale Puffer, die von der Festplatte oder aus dem OS-Cache gelesen wurden</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanTreeModel.cpp" line="164"/>
        <source>Temporary file blocks read and written (sorts and hashes that spilled)</source>
        <translation>Gelesene und geschriebene Blöcke temporärer Dateien (ausgelagerte Sortierungen und Hashes)</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanTreeModel.cpp" line="173"/>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanTreeModel.cpp" line="175"/>
        <source>Exclusive ms</source>
        <translation>Exklusiv ms</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanTreeModel.cpp" line="177"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanTreeModel.cpp" line="179"/>
        <source>Inclusive ms</source>
        <translation>Inklusiv ms</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanTreeModel.cpp" line="181"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanTreeModel.cpp" line="183"/>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanTreeModel.cpp" line="185"/>
        <source>Estimate</source>
        <translation>Schätzung</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanTreeModel.cpp" line="187"/>
        <source>Off by</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanTreeModel.cpp" line="189"/>
        <source>Loops</source>
        <translation>Schleifen</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanTreeModel.cpp" line="191"/>
        <source>Removed</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanTreeModel.cpp" line="193"/>
        <source>Hit</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanTreeModel.cpp" line="195"/>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanTreeModel.cpp" line="197"/>
        <source>Temp</source>
        <translation>Temp</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanTreeModel.cpp" line="199"/>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
</context>
<context>
    <name>sg::ui::PlanView</name>
    <message>
        <location filename="../ui/plan/PlanView.cpp" line="32"/>
        <source>Explain a statement to see its plan here.</source>
        <translation>Führen Sie EXPLAIN für eine Anweisung aus, um hier ihren Plan zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanView.cpp" line="36"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanView.cpp" line="37"/>
        <source>Copy the tree, the text or the JSON, whichever is showing</source>
        <translation>Kopiert den Baum, den Text oder das JSON, je nachdem, was angezeigt wird</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanView.cpp" line="41"/>
        <source>Plan nodes</source>
        <translation>Planknoten</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanView.cpp" line="48"/>
        <source>Node details</source>
        <translation>Knotendetails</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanView.cpp" line="58"/>
        <source>Plan as text</source>
        <translation>Plan als Text</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanView.cpp" line="63"/>
        <source>Plan as JSON</source>
        <translation>Plan als JSON</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanView.cpp" line="68"/>
        <source>Tree</source>
        <translation>Baum</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanView.cpp" line="69"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanView.cpp" line="70"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanView.cpp" line="89"/>
        <source>&lt;b&gt;Execution %1 ms&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ausführung %1 ms&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanView.cpp" line="91"/>
        <source>&lt;b&gt;Estimated plan&lt;/b&gt; (not executed: costs and row estimates only)</source>
        <translation>&lt;b&gt;Geschätzter Plan&lt;/b&gt; (nicht ausgeführt: nur Kosten und Zeilenschätzungen)</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanView.cpp" line="92"/>
        <source>planning %1 ms</source>
        <translation>Planung %1 ms</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/plan/PlanView.cpp" line="93"/>
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n Knoten</numerusform>
            <numerusform>%n Knoten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanView.cpp" line="95"/>
        <source>trigger %1: %2 ms in %3 call(s)</source>
        <translation>Trigger %1: %2 ms bei %3 Aufruf(en)</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanView.cpp" line="101"/>
        <source>JIT: %1 functions, %2 ms</source>
        <translation>JIT: %1 Funktionen, %2 ms</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanView.cpp" line="111"/>
        <source>Settings that differ from the defaults: %1</source>
        <translation>Vom Standard abweichende Einstellungen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/plan/PlanView.cpp" line="119"/>
        <source>%n node(s) with warnings: see the Warnings column.</source>
        <translation>
            <numerusform>%n Knoten mit Warnungen: siehe Spalte „Warnungen“.</numerusform>
            <numerusform>%n Knoten mit Warnungen: siehe Spalte „Warnungen“.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::ui::QueryPanel</name>
    <message>
        <location filename="../ui/plan/QueryPanel.cpp" line="37"/>
        <source>SQL editor</source>
        <translation>SQL-Editor</translation>
    </message>
    <message>
        <location filename="../ui/plan/QueryPanel.cpp" line="43"/>
        <source>Explain</source>
        <translation>EXPLAIN</translation>
    </message>
    <message>
        <location filename="../ui/plan/QueryPanel.cpp" line="44"/>
        <source>The planner&apos;s plan, without running the statement (Ctrl+E)</source>
        <translation>Der Plan des Planers, ohne die Anweisung auszuführen (Strg+E)</translation>
    </message>
    <message>
        <location filename="../ui/plan/QueryPanel.cpp" line="45"/>
        <source>Explain Analyze</source>
        <translation>EXPLAIN ANALYZE</translation>
    </message>
    <message>
        <location filename="../ui/plan/QueryPanel.cpp" line="47"/>
        <source>Runs the statement inside BEGIN … ROLLBACK for real times and buffers (Ctrl+Shift+E)</source>
        <translation>Führt die Anweisung innerhalb von BEGIN … ROLLBACK aus, um echte Zeiten und Puffer zu erhalten (Strg+Umschalt+E)</translation>
    </message>
    <message>
        <location filename="../ui/plan/QueryPanel.cpp" line="48"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/plan/QueryPanel.cpp" line="50"/>
        <source>What-if indexes…</source>
        <translation>Was-wäre-wenn-Indizes…</translation>
    </message>
    <message>
        <location filename="../ui/plan/QueryPanel.cpp" line="52"/>
        <source>Try indexes for the shown plan hypothetically (hypopg): the planner&apos;s cost and plan with each, nothing built</source>
        <translation>Indizes für den angezeigten Plan hypothetisch ausprobieren (hypopg): Kosten und Plan des Planers mit jedem davon, ohne etwas anzulegen</translation>
    </message>
    <message>
        <location filename="../ui/plan/QueryPanel.cpp" line="55"/>
        <source>Compare with previous</source>
        <translation>Mit vorherigem vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/plan/QueryPanel.cpp" line="57"/>
        <source>The shown plan next to the one before it: matched nodes, changed node types and join order, times and buffers</source>
        <translation>Der angezeigte Plan neben dem vorherigen: zugeordnete Knoten, geänderte Knotentypen und Join-Reihenfolge, Zeiten und Puffer</translation>
    </message>
    <message>
        <location filename="../ui/plan/QueryPanel.cpp" line="61"/>
        <source>Statement timeout</source>
        <translation>Anweisungs-Timeout</translation>
    </message>
    <message>
        <location filename="../ui/plan/QueryPanel.cpp" line="64"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/plan/QueryPanel.cpp" line="65"/>
        <source>statement_timeout for Explain Analyze</source>
        <translation>statement_timeout für EXPLAIN ANALYZE</translation>
    </message>
    <message>
        <location filename="../ui/plan/QueryPanel.cpp" line="68"/>
        <location filename="../ui/plan/QueryPanel.cpp" line="69"/>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../ui/plan/QueryPanel.cpp" line="71"/>
        <location filename="../ui/plan/QueryPanel.cpp" line="72"/>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <location filename="../ui/plan/QueryPanel.cpp" line="73"/>
        <source>Next</source>
        <translation>Weitersuchen</translation>
    </message>
    <message>
        <location filename="../ui/plan/QueryPanel.cpp" line="74"/>
        <source>Replace all</source>
        <translation>Alle ersetzen</translation>
    </message>
    <message>
        <location filename="../ui/plan/QueryPanel.cpp" line="75"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../ui/plan/QueryPanel.cpp" line="92"/>
        <source>timeout</source>
        <translation>Timeout</translation>
    </message>
    <message>
        <location filename="../ui/plan/QueryPanel.cpp" line="146"/>
        <source>This statement may change data. It runs inside BEGIN … ROLLBACK: its changes to tables are undone when the plan is in. Not undone: sequences it advances (nextval, serial and identity columns) and work done through other connections (dblink).</source>
        <translation>Diese Anweisung kann Daten ändern. Sie läuft innerhalb von BEGIN … ROLLBACK: Ihre Änderungen an Tabellen werden rückgängig gemacht, sobald der Plan da ist. Nicht rückgängig gemacht: weitergezählte Sequenzen (nextval, serial- und identity-Spalten) und Arbeit über andere Verbindungen (dblink).</translation>
    </message>
    <message>
        <location filename="../ui/plan/QueryPanel.cpp" line="165"/>
        <source>It ran inside BEGIN … ROLLBACK: its changes to tables were undone. Not undone: sequences it advanced and work done through other connections.</source>
        <translation>Sie lief innerhalb von BEGIN … ROLLBACK: Ihre Änderungen an Tabellen wurden rückgängig gemacht. Nicht rückgängig gemacht: weitergezählte Sequenzen und Arbeit über andere Verbindungen.</translation>
    </message>
    <message>
        <location filename="../ui/plan/QueryPanel.cpp" line="151"/>
        <source>Running EXPLAIN ANALYZE…</source>
        <translation>EXPLAIN ANALYZE wird ausgeführt…</translation>
    </message>
    <message>
        <location filename="../ui/plan/QueryPanel.cpp" line="151"/>
        <source>Planning…</source>
        <translation>Wird geplant…</translation>
    </message>
    <message>
        <location filename="../ui/plan/QueryPanel.cpp" line="201"/>
        <source>Parameter values</source>
        <translation>Parameterwerte</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/plan/QueryPanel.cpp" line="203"/>
        <source>The statement has %n parameter(s). Type each value as SQL: 42, &apos;Smith&apos;, now() - interval &apos;1 day&apos;.</source>
        <translation>
            <numerusform>Die Anweisung hat %n Parameter. Geben Sie jeden Wert als SQL ein: 42, &apos;Smith&apos;, now() - interval &apos;1 day&apos;.</numerusform>
            <numerusform>Die Anweisung hat %n Parameter. Geben Sie jeden Wert als SQL ein: 42, &apos;Smith&apos;, now() - interval &apos;1 day&apos;.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/plan/QueryPanel.cpp" line="223"/>
        <source>&amp;Generic plan, no values</source>
        <translation>&amp;Generischer Plan, ohne Werte</translation>
    </message>
    <message>
        <location filename="../ui/plan/QueryPanel.cpp" line="225"/>
        <source>EXPLAIN (GENERIC_PLAN): the plan the server picks without knowing the values, as a prepared statement may use it (PostgreSQL 16 and later)</source>
        <translation>EXPLAIN (GENERIC_PLAN): der Plan, den der Server wählt, ohne die Werte zu kennen, wie ihn eine vorbereitete Anweisung verwenden kann (PostgreSQL 16 und neuer)</translation>
    </message>
    <message>
        <location filename="../ui/plan/QueryPanel.cpp" line="279"/>
        <source>Put the cursor in a statement (or select one) first.</source>
        <translation>Setzen Sie zuerst den Cursor in eine Anweisung (oder markieren Sie eine).</translation>
    </message>
</context>
<context>
    <name>sg::ui::RecordingWindow</name>
    <message>
        <location filename="../ui/activity/RecordingWindow.cpp" line="31"/>
        <source>Recording of %1 – Sightglass</source>
        <translation>Aufzeichnung von %1 – Sightglass</translation>
    </message>
    <message>
        <location filename="../ui/activity/RecordingWindow.cpp" line="39"/>
        <source>%1 (PostgreSQL %2), from %3 for %4 s: %5 samples of %6 active sessions in all. File: %7</source>
        <translation>%1 (PostgreSQL %2), ab %3 für %4 s: %5 Stichproben mit insgesamt %6 aktiven Sitzungen. Datei: %7</translation>
    </message>
    <message>
        <location filename="../ui/activity/RecordingWindow.cpp" line="42"/>
        <source>version unknown</source>
        <translation>Version unbekannt</translation>
    </message>
</context>
<context>
    <name>sg::ui::RestoreDialog</name>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="34"/>
        <source>Restore — %1</source>
        <translation>Wiederherstellen — %1</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="38"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="42"/>
        <source>Into a new database (safest)</source>
        <translation>In eine neue Datenbank (am sichersten)</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="44"/>
        <source>Over an existing database (drops and recreates its objects)</source>
        <translation>Über eine vorhandene Datenbank (löscht ihre Objekte und legt sie neu an)</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="48"/>
        <source>type the database&apos;s name to confirm</source>
        <translation>Namen der Datenbank zur Bestätigung eingeben</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="49"/>
        <source>Single transaction (all or nothing)</source>
        <translation>Eine einzige Transaktion (alles oder nichts)</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="52"/>
        <source>No owner (objects belong to the connecting user)</source>
        <translation>Ohne Eigentümer (Objekte gehören dem verbindenden Benutzer)</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="53"/>
        <source>Ignore the checksum (restore even if the file no longer matches its record)</source>
        <translation>Prüfsumme ignorieren (auch wiederherstellen, wenn die Datei nicht mehr zu ihrem Datensatz passt)</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="57"/>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="57"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="72"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="73"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="75"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="78"/>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="80"/>
        <source>New database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="82"/>
        <source>Existing database</source>
        <translation>Vorhandene Datenbank</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="83"/>
        <source>Confirm</source>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="85"/>
        <source>Parallel jobs</source>
        <translation>Parallele Jobs</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="88"/>
        <source>Command line</source>
        <translation>Befehlszeile</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="96"/>
        <source>What to restore (from the archive&apos;s table of contents):</source>
        <translation>Was wiederhergestellt werden soll (aus dem Inhaltsverzeichnis des Archivs):</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="123"/>
        <source>Backup to restore</source>
        <translation>Wiederherzustellende Sicherung</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="124"/>
        <source>Backups (*.dump *.tar *.sql.gz *.sql);;All files (*)</source>
        <translation>Sicherungen (*.dump *.tar *.sql.gz *.sql);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="139"/>
        <source>Restoring %1…</source>
        <translation>%1 wird wiederhergestellt…</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="184"/>
        <source>A plain SQL backup is restored whole by psql (ON_ERROR_STOP).</source>
        <translation>Eine reine SQL-Sicherung wird von psql vollständig wiederhergestellt (ON_ERROR_STOP).</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="215"/>
        <source>(database-wide)</source>
        <translation>(datenbankweit)</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="219"/>
        <source>schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="290"/>
        <source>(a selection of objects: in the dialog only)</source>
        <translation>(eine Auswahl von Objekten: nur im Dialog)</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="324"/>
        <source>Disabled: parallel jobs restore over several connections, so they cannot share one transaction. Set jobs to 1 for an all-or-nothing restore.</source>
        <translation>Deaktiviert: Parallele Jobs stellen über mehrere Verbindungen wieder her und können sich daher keine Transaktion teilen. Setzen Sie die Jobs auf 1 für eine Wiederherstellung nach dem Alles-oder-nichts-Prinzip.</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="326"/>
        <source>Everything or nothing: an error rolls the whole restore back</source>
        <translation>Alles oder nichts: Ein Fehler rollt die gesamte Wiederherstellung zurück</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="351"/>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
</context>
<context>
    <name>sg::ui::SessionDetailDialog</name>
    <message>
        <location filename="../ui/activity/SessionDetailDialog.cpp" line="34"/>
        <source>Session %1</source>
        <translation>Sitzung %1</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionDetailDialog.cpp" line="45"/>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionDetailDialog.cpp" line="53"/>
        <source>Locks</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionDetailDialog.cpp" line="55"/>
        <source>Granted</source>
        <translation>Gewährt</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionDetailDialog.cpp" line="56"/>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionDetailDialog.cpp" line="57"/>
        <source>Lock type</source>
        <translation>Sperrtyp</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionDetailDialog.cpp" line="58"/>
        <source>On</source>
        <translation>Auf</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionDetailDialog.cpp" line="59"/>
        <source>Waiting (s)</source>
        <translation>Wartet (s)</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionDetailDialog.cpp" line="66"/>
        <source>Progress:</source>
        <translation>Fortschritt:</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionDetailDialog.cpp" line="67"/>
        <source>Usually:</source>
        <translation>Gewöhnlich:</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionDetailDialog.cpp" line="74"/>
        <source>Locks held and awaited:</source>
        <translation>Gehaltene und erwartete Sperren:</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionDetailDialog.cpp" line="79"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionDetailDialog.cpp" line="80"/>
        <source>Cancel query…</source>
        <translation>Abfrage abbrechen…</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionDetailDialog.cpp" line="81"/>
        <source>Terminate session…</source>
        <translation>Sitzung beenden…</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionDetailDialog.cpp" line="105"/>
        <source>Reading session %1…</source>
        <translation>Sitzung %1 wird gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionDetailDialog.cpp" line="129"/>
        <source>, waiting for %1: %2</source>
        <translation>, wartet auf %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionDetailDialog.cpp" line="130"/>
        <source>State: %1, for %2</source>
        <translation>Status: %1, seit %2</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionDetailDialog.cpp" line="130"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionDetailDialog.cpp" line="132"/>
        <source>Transaction open for %1</source>
        <translation>Transaktion offen seit %1</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionDetailDialog.cpp" line="134"/>
        <source>No transaction open</source>
        <translation>Keine Transaktion offen</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionDetailDialog.cpp" line="137"/>
        <source>This query has run for %1</source>
        <translation>Diese Abfrage läuft seit %1</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionDetailDialog.cpp" line="138"/>
        <source>Last query started %1 ago</source>
        <translation>Letzte Abfrage vor %1 gestartet</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionDetailDialog.cpp" line="139"/>
        <source>Connected for %1</source>
        <translation>Verbunden seit %1</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionDetailDialog.cpp" line="141"/>
        <source>Holds the xmin horizon at transaction %1: VACUUM cannot remove rows that died after it</source>
        <translation>Hält den xmin-Horizont bei Transaktion %1: VACUUM kann danach gestorbene Zeilen nicht entfernen</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionDetailDialog.cpp" line="145"/>
        <source>Waits for session(s) %1</source>
        <translation>Wartet auf Sitzung(en) %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/activity/SessionDetailDialog.cpp" line="148"/>
        <source>Blocks %n session(s): %1</source>
        <translation>
            <numerusform>Blockiert %n Sitzung: %1</numerusform>
            <numerusform>Blockiert %n Sitzungen: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionDetailDialog.cpp" line="160"/>
        <source>Session %1 has ended</source>
        <translation>Sitzung %1 ist beendet</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionDetailDialog.cpp" line="161"/>
        <source>The server no longer has this session; what is shown is its last state.</source>
        <translation>Der Server hat diese Sitzung nicht mehr; angezeigt wird ihr letzter Zustand.</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionDetailDialog.cpp" line="162"/>
        <source>The session has ended.</source>
        <translation>Die Sitzung ist beendet.</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionDetailDialog.cpp" line="167"/>
        <source>Session %1 · %2 · %3@%4 from %5</source>
        <translation>Sitzung %1 · %2 · %3@%4 von %5</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionDetailDialog.cpp" line="169"/>
        <source>(no application name)</source>
        <translation>(kein Anwendungsname)</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionDetailDialog.cpp" line="178"/>
        <source>No long command (VACUUM, ANALYZE, CREATE INDEX, CLUSTER, COPY, base backup) running.</source>
        <translation>Kein langer Befehl (VACUUM, ANALYZE, CREATE INDEX, CLUSTER, COPY, Basissicherung) läuft.</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionDetailDialog.cpp" line="182"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionDetailDialog.cpp" line="185"/>
        <source>: %1 of %2 %3 (%4 %)</source>
        <translation>: %1 von %2 %3 (%4 %)</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionDetailDialog.cpp" line="191"/>
        <source> on %1</source>
        <translation> auf %1</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionDetailDialog.cpp" line="199"/>
        <source>%1 calls, mean %2 ms, max %3 ms, %4 rows in all (pg_stat_statements)</source>
        <translation>%1 Aufrufe, Mittel %2 ms, max. %3 ms, %4 Zeilen insgesamt (pg_stat_statements)</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionDetailDialog.cpp" line="209"/>
        <source>Updated %1</source>
        <translation>Aktualisiert %1</translation>
    </message>
</context>
<context>
    <name>sg::ui::SessionsView</name>
    <message>
        <location filename="../ui/activity/SessionsView.cpp" line="41"/>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionsView.cpp" line="56"/>
        <location filename="../ui/activity/SessionsView.cpp" line="98"/>
        <source>Cancel query…</source>
        <translation>Abfrage abbrechen…</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionsView.cpp" line="57"/>
        <location filename="../ui/activity/SessionsView.cpp" line="100"/>
        <source>Terminate session…</source>
        <translation>Sitzung beenden…</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionsView.cpp" line="62"/>
        <source>Blocking tree</source>
        <translation>Blockierungsbaum</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionsView.cpp" line="82"/>
        <source>&lt;b&gt;Blocking&lt;/b&gt; — who blocks whom</source>
        <translation>&lt;b&gt;Blockierungen&lt;/b&gt; — wer wen blockiert</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionsView.cpp" line="102"/>
        <source>Terminate the blocking chain…</source>
        <translation>Blockierende Kette beenden…</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionsView.cpp" line="229"/>
        <location filename="../ui/activity/SessionsView.cpp" line="334"/>
        <source>Not sent: the admin connection to the server is not ready.</source>
        <translation>Nicht gesendet: Die Verwaltungsverbindung zum Server ist nicht bereit.</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionsView.cpp" line="199"/>
        <source>Terminate session %1? Its transaction is rolled back and the client is disconnected.</source>
        <translation>Sitzung %1 beenden? Ihre Transaktion wird zurückgerollt und der Client getrennt.</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionsView.cpp" line="44"/>
        <source>Show Sightglass&apos;s sessions</source>
        <translation>Sitzungen von Sightglass zeigen</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionsView.cpp" line="63"/>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionsView.cpp" line="63"/>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionsView.cpp" line="63"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionsView.cpp" line="63"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionsView.cpp" line="63"/>
        <source>Waits for</source>
        <translation>Wartet auf</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionsView.cpp" line="63"/>
        <source>On</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionsView.cpp" line="64"/>
        <source>Transaction (s)</source>
        <translation>Transaktion (s)</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionsView.cpp" line="64"/>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionsView.cpp" line="109"/>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionsView.cpp" line="202"/>
        <source>Cancel the query running in session %1? The session stays connected.</source>
        <translation>Die in Sitzung %1 laufende Abfrage abbrechen? Die Sitzung bleibt verbunden.</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionsView.cpp" line="213"/>
        <source>Transaction open for %1 s</source>
        <translation>Transaktion seit %1 s offen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/activity/SessionsView.cpp" line="215"/>
        <source>It blocks %n other session(s).</source>
        <translation>
            <numerusform>Sie blockiert %n andere Sitzung.</numerusform>
            <numerusform>Sie blockiert %n andere Sitzungen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionsView.cpp" line="218"/>
        <source>Query:</source>
        <translation>Abfrage:</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionsView.cpp" line="219"/>
        <source>Terminate session</source>
        <translation>Sitzung beenden</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionsView.cpp" line="219"/>
        <location filename="../ui/activity/SessionsView.cpp" line="224"/>
        <source>Cancel query</source>
        <translation>Abfrage abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionsView.cpp" line="220"/>
        <source>This statement will be sent:</source>
        <translation>Diese Anweisung wird gesendet:</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionsView.cpp" line="224"/>
        <source>Terminate</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionsView.cpp" line="311"/>
        <source>%1 · %2 · %3 · transaction open for %4 s · %5</source>
        <translation>%1 · %2 · %3 · Transaktion seit %4 s offen · %5</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionsView.cpp" line="320"/>
        <source>Terminate the blocking chain</source>
        <translation>Blockierende Kette beenden</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/activity/SessionsView.cpp" line="321"/>
        <source>Terminate these %n blocking session(s), oldest transaction first? Their transactions are rolled back and their clients disconnected; the sessions waiting behind them go on.</source>
        <translation>
            <numerusform>Diese blockierende Sitzung beenden? Ihre Transaktion wird zurückgerollt und ihr Client getrennt; die Sitzungen, die auf sie warten, laufen weiter.</numerusform>
            <numerusform>Diese %n blockierenden Sitzungen beenden, die älteste Transaktion zuerst? Ihre Transaktionen werden zurückgerollt und ihre Clients getrennt; die Sitzungen, die auf sie warten, laufen weiter.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionsView.cpp" line="325"/>
        <source>These statements will be sent:</source>
        <translation>Diese Anweisungen werden gesendet:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/activity/SessionsView.cpp" line="328"/>
        <source>Terminate %n session(s)</source>
        <translation>
            <numerusform>%n Sitzung beenden</numerusform>
            <numerusform>%n Sitzungen beenden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/activity/SessionsView.cpp" line="381"/>
        <source>Blocks %n session(s)</source>
        <translation>
            <numerusform>Blockiert %n Sitzung</numerusform>
            <numerusform>Blockiert %n Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionsView.cpp" line="385"/>
        <source>No session is waiting on another one.</source>
        <translation>Keine Sitzung wartet auf eine andere.</translation>
    </message>
</context>
<context>
    <name>sg::ui::StatementOutcomeTable</name>
    <message>
        <location filename="../ui/migrate/StatementOutcomeTable.cpp" line="15"/>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../ui/migrate/StatementOutcomeTable.cpp" line="15"/>
        <source>Statement</source>
        <translation>Anweisung</translation>
    </message>
    <message>
        <location filename="../ui/migrate/StatementOutcomeTable.cpp" line="15"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/migrate/StatementOutcomeTable.cpp" line="15"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/migrate/StatementOutcomeTable.cpp" line="15"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../ui/migrate/StatementOutcomeTable.cpp" line="17"/>
        <source>Statements run</source>
        <translation>Ausgeführte Anweisungen</translation>
    </message>
    <message>
        <location filename="../ui/migrate/StatementOutcomeTable.cpp" line="23"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../ui/migrate/StatementOutcomeTable.cpp" line="24"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/migrate/StatementOutcomeTable.cpp" line="25"/>
        <source>not rehearsable</source>
        <translation>kein Probelauf möglich</translation>
    </message>
    <message>
        <location filename="../ui/migrate/StatementOutcomeTable.cpp" line="26"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location filename="../ui/migrate/StatementOutcomeTable.cpp" line="30"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>sg::ui::StatementsPanel</name>
    <message>
        <location filename="../ui/StatementsPanel.cpp" line="33"/>
        <source>Time window</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <location filename="../ui/StatementsPanel.cpp" line="35"/>
        <source>Since the statistics were reset</source>
        <translation>Seit dem Zurücksetzen der Statistik</translation>
    </message>
    <message>
        <location filename="../ui/StatementsPanel.cpp" line="35"/>
        <source>Last 15 minutes</source>
        <translation>Letzte 15 Minuten</translation>
    </message>
    <message>
        <location filename="../ui/StatementsPanel.cpp" line="35"/>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <location filename="../ui/StatementsPanel.cpp" line="36"/>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <location filename="../ui/StatementsPanel.cpp" line="36"/>
        <source>Since midnight</source>
        <translation>Seit Mitternacht</translation>
    </message>
    <message>
        <location filename="../ui/StatementsPanel.cpp" line="38"/>
        <source>Windows are differences between snapshots Sightglass keeps locally; the server&apos;s statistics are never reset for them</source>
        <translation>Zeiträume sind Differenzen zwischen Snapshots, die Sightglass lokal speichert; die Statistik des Servers wird dafür nie zurückgesetzt</translation>
    </message>
    <message>
        <location filename="../ui/StatementsPanel.cpp" line="41"/>
        <source>Filter statements</source>
        <translation>Anweisungen filtern</translation>
    </message>
    <message>
        <location filename="../ui/StatementsPanel.cpp" line="42"/>
        <source>Filter (text, user, database)…</source>
        <translation>Filtern (Text, Benutzer, Datenbank)…</translation>
    </message>
    <message>
        <location filename="../ui/StatementsPanel.cpp" line="46"/>
        <source>Show Sightglass&apos;s queries</source>
        <translation>Abfragen von Sightglass zeigen</translation>
    </message>
    <message>
        <location filename="../ui/StatementsPanel.cpp" line="58"/>
        <source>Reset statistics…</source>
        <translation>Statistik zurücksetzen…</translation>
    </message>
    <message>
        <location filename="../ui/StatementsPanel.cpp" line="59"/>
        <source>pg_stat_statements_reset() on the server, after a confirmation</source>
        <translation>pg_stat_statements_reset() auf dem Server, nach einer Bestätigung</translation>
    </message>
    <message>
        <location filename="../ui/StatementsPanel.cpp" line="61"/>
        <source>Statements</source>
        <translation>Anweisungen</translation>
    </message>
    <message>
        <location filename="../ui/StatementsPanel.cpp" line="64"/>
        <source>Double-click a statement to explain it</source>
        <translation>Doppelklick auf eine Anweisung zeigt ihren Plan (EXPLAIN)</translation>
    </message>
    <message>
        <location filename="../ui/StatementsPanel.cpp" line="71"/>
        <source>Running longer than</source>
        <translation>Läuft länger als</translation>
    </message>
    <message>
        <location filename="../ui/StatementsPanel.cpp" line="74"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/StatementsPanel.cpp" line="77"/>
        <source>Queries running now</source>
        <translation>Jetzt laufende Abfragen</translation>
    </message>
    <message>
        <location filename="../ui/StatementsPanel.cpp" line="84"/>
        <source>Running now for longer than</source>
        <translation>Läuft gerade länger als</translation>
    </message>
    <message>
        <location filename="../ui/StatementsPanel.cpp" line="163"/>
        <source>Waiting for the server…</source>
        <translation>Warten auf den Server…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/StatementsPanel.cpp" line="169"/>
        <source>%n statement(s), updated %1</source>
        <translation>
            <numerusform>%n Anweisung, aktualisiert %1</numerusform>
            <numerusform>%n Anweisungen, aktualisiert %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/StatementsPanel.cpp" line="170"/>
        <source>%1 of %n statement(s) shown, updated %2</source>
        <translation>
            <numerusform>%1 von %n Anweisung angezeigt, aktualisiert %2</numerusform>
            <numerusform>%1 von %n Anweisungen angezeigt, aktualisiert %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/StatementsPanel.cpp" line="186"/>
        <source>— none</source>
        <translation>— keine</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/StatementsPanel.cpp" line="187"/>
        <source>— %n statement(s); select one to find it above</source>
        <translation>
            <numerusform>— %n Anweisung; auswählen, um sie oben zu finden</numerusform>
            <numerusform>— %n Anweisungen; eine auswählen, um sie oben zu finden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/StatementsPanel.cpp" line="195"/>
        <source>This server does not report which statement a running query belongs to (query_id needs PostgreSQL 14 and compute_query_id).</source>
        <translation>Dieser Server meldet nicht, zu welcher Anweisung eine laufende Abfrage gehört (query_id erfordert PostgreSQL 14 und compute_query_id).</translation>
    </message>
    <message>
        <location filename="../ui/StatementsPanel.cpp" line="207"/>
        <source>Its statement is not in this list (another window, the filter, or not among the 500 busiest).</source>
        <translation>Ihre Anweisung ist nicht in dieser Liste (anderer Zeitraum, der Filter oder nicht unter den 500 aktivsten).</translation>
    </message>
    <message>
        <location filename="../ui/StatementsPanel.cpp" line="215"/>
        <source>Reset statistics</source>
        <translation>Statistik zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/StatementsPanel.cpp" line="216"/>
        <source>This clears pg_stat_statements for everyone on this server — other tools and colleagues lose their figures too. Sightglass&apos;s windows do not need it.

%1;

Reset?</source>
        <translation>Dies leert pg_stat_statements für alle auf diesem Server — andere Werkzeuge und Kollegen verlieren ihre Zahlen ebenfalls. Die Zeiträume von Sightglass benötigen das nicht.

%1;

Zurücksetzen?</translation>
    </message>
</context>
<context>
    <name>sg::ui::ThresholdsDialog</name>
    <message>
        <location filename="../ui/activity/ThresholdsDialog.cpp" line="15"/>
        <source>Activity warnings</source>
        <translation>Aktivitätswarnungen</translation>
    </message>
    <message>
        <location filename="../ui/activity/ThresholdsDialog.cpp" line="18"/>
        <source> % of usable connections</source>
        <translation> % der nutzbaren Verbindungen</translation>
    </message>
    <message>
        <location filename="../ui/activity/ThresholdsDialog.cpp" line="22"/>
        <source>more than </source>
        <translation>mehr als </translation>
    </message>
    <message>
        <location filename="../ui/activity/ThresholdsDialog.cpp" line="23"/>
        <source> session(s)</source>
        <translation> Sitzung(en)</translation>
    </message>
    <message>
        <location filename="../ui/activity/ThresholdsDialog.cpp" line="27"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/activity/ThresholdsDialog.cpp" line="31"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../ui/activity/ThresholdsDialog.cpp" line="36"/>
        <source> % of its values used</source>
        <translation> % ihrer Werte verbraucht</translation>
    </message>
    <message>
        <location filename="../ui/activity/ThresholdsDialog.cpp" line="38"/>
        <source>The fullest sequence against its limit, or the integer column it feeds, as the Production health panel reads it once a minute</source>
        <translation>Die vollste Sequenz gemessen an ihrer Grenze oder an der Integer-Spalte, die sie füllt, wie sie der Bereich Produktionszustand einmal pro Minute liest</translation>
    </message>
    <message>
        <location filename="../ui/activity/ThresholdsDialog.cpp" line="44"/>
        <source> % of the way to wraparound</source>
        <translation> % des Wegs zum Wraparound</translation>
    </message>
    <message>
        <location filename="../ui/activity/ThresholdsDialog.cpp" line="45"/>
        <source>The oldest transaction ID&apos;s age against the age where the server stops accepting writes (about 2.1 billion)</source>
        <translation>Das Alter der ältesten Transaktions-ID im Verhältnis zu dem Alter, ab dem der Server keine Schreibzugriffe mehr annimmt (etwa 2,1 Milliarden)</translation>
    </message>
    <message>
        <location filename="../ui/activity/ThresholdsDialog.cpp" line="50"/>
        <source> s behind</source>
        <translation> s zurück</translation>
    </message>
    <message>
        <location filename="../ui/activity/ThresholdsDialog.cpp" line="51"/>
        <source>A standby&apos;s replay lag as it reports it, or, connected to a standby, how long its own replay is behind</source>
        <translation>Der Replay-Verzug eines Standbys, wie er ihn meldet, oder, verbunden mit einem Standby, wie weit sein eigenes Wiedereinspielen zurückliegt</translation>
    </message>
    <message>
        <location filename="../ui/activity/ThresholdsDialog.cpp" line="57"/>
        <source> MiB of WAL</source>
        <translation> MiB WAL</translation>
    </message>
    <message>
        <location filename="../ui/activity/ThresholdsDialog.cpp" line="58"/>
        <source>WAL kept on the primary&apos;s disk for a replication slot nothing reads</source>
        <translation>WAL, das auf der Platte des Primary für einen Replikationsslot liegen bleibt, den nichts liest</translation>
    </message>
    <message>
        <location filename="../ui/activity/ThresholdsDialog.cpp" line="74"/>
        <source>Warn when a figure crosses its limit; recovery is logged too.</source>
        <translation>Warnen, wenn ein Wert seine Grenze überschreitet; die Rückkehr in den Normalbereich wird ebenfalls protokolliert.</translation>
    </message>
    <message>
        <location filename="../ui/activity/ThresholdsDialog.cpp" line="75"/>
        <source>Utilization above</source>
        <translation>Auslastung über</translation>
    </message>
    <message>
        <location filename="../ui/activity/ThresholdsDialog.cpp" line="76"/>
        <source>Waiting on a lock</source>
        <translation>Warten auf eine Sperre</translation>
    </message>
    <message>
        <location filename="../ui/activity/ThresholdsDialog.cpp" line="77"/>
        <source>Idle in a transaction longer than</source>
        <translation>Inaktiv in einer Transaktion länger als</translation>
    </message>
    <message>
        <location filename="../ui/activity/ThresholdsDialog.cpp" line="78"/>
        <source>Cache hit ratio below</source>
        <translation>Cache-Trefferquote unter</translation>
    </message>
    <message>
        <location filename="../ui/activity/ThresholdsDialog.cpp" line="79"/>
        <source>A sequence above</source>
        <translation>Eine Sequenz über</translation>
    </message>
    <message>
        <location filename="../ui/activity/ThresholdsDialog.cpp" line="80"/>
        <source>Oldest transaction ID above</source>
        <translation>Älteste Transaktions-ID über</translation>
    </message>
    <message>
        <location filename="../ui/activity/ThresholdsDialog.cpp" line="81"/>
        <source>Replica lagging more than</source>
        <translation>Replikat mehr als</translation>
    </message>
    <message>
        <location filename="../ui/activity/ThresholdsDialog.cpp" line="82"/>
        <source>Inactive slot retaining more than</source>
        <translation>Inaktiver Slot hält mehr als</translation>
    </message>
</context>
<context>
    <name>sg::ui::TimeSeriesChart</name>
    <message>
        <location filename="../ui/activity/TimeSeriesChart.cpp" line="556"/>
        <source>%1 (peak %2 above the scale)</source>
        <translation>%1 (Spitze %2 über der Skala)</translation>
    </message>
</context>
<context>
    <name>sg::ui::WaitProfileView</name>
    <message>
        <location filename="../ui/activity/WaitProfileView.cpp" line="227"/>
        <source>Average active sessions by wait class</source>
        <translation>Durchschnittlich aktive Sitzungen nach Warteklasse</translation>
    </message>
    <message>
        <location filename="../ui/activity/WaitProfileView.cpp" line="231"/>
        <source>CPUs</source>
        <translation>CPUs</translation>
    </message>
    <message>
        <location filename="../ui/activity/WaitProfileView.cpp" line="111"/>
        <source>Wait samples per second</source>
        <translation>Warte-Stichproben pro Sekunde</translation>
    </message>
    <message>
        <location filename="../ui/activity/WaitProfileView.cpp" line="96"/>
        <source>Sightglass recordings (*.sgrec);;All files (*)</source>
        <translation>Sightglass-Aufzeichnungen (*.sgrec);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/activity/WaitProfileView.cpp" line="113"/>
        <source>%n per second</source>
        <translation>
            <numerusform>%n pro Sekunde</numerusform>
            <numerusform>%n pro Sekunde</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/activity/WaitProfileView.cpp" line="115"/>
        <source>How often the sessions doing work are sampled. Each sample is one read of pg_stat_activity on the monitoring connection.</source>
        <translation>Wie oft die arbeitenden Sitzungen erfasst werden. Jede Stichprobe ist ein Lesen von pg_stat_activity über die Überwachungsverbindung.</translation>
    </message>
    <message>
        <location filename="../ui/activity/WaitProfileView.cpp" line="124"/>
        <source>Server CPUs</source>
        <translation>Server-CPUs</translation>
    </message>
    <message>
        <location filename="../ui/activity/WaitProfileView.cpp" line="126"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/activity/WaitProfileView.cpp" line="145"/>
        <source>Record every active session 10 times a second, for up to %n minutes, into a file to share or open later.</source>
        <translation>
            <numerusform>Jede aktive Sitzung 10-mal pro Sekunde bis zu %n Minute lang in eine Datei aufzeichnen, zum Teilen oder späteren Öffnen.</numerusform>
            <numerusform>Jede aktive Sitzung 10-mal pro Sekunde bis zu %n Minuten lang in eine Datei aufzeichnen, zum Teilen oder späteren Öffnen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/activity/WaitProfileView.cpp" line="154"/>
        <source>Save recording…</source>
        <translation>Aufzeichnung speichern…</translation>
    </message>
    <message>
        <location filename="../ui/activity/WaitProfileView.cpp" line="157"/>
        <source>Open recording…</source>
        <translation>Aufzeichnung öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/activity/WaitProfileView.cpp" line="161"/>
        <location filename="../ui/activity/WaitProfileView.cpp" line="166"/>
        <source>Open a recording</source>
        <translation>Eine Aufzeichnung öffnen</translation>
    </message>
    <message>
        <location filename="../ui/activity/WaitProfileView.cpp" line="171"/>
        <source>Sample</source>
        <translation>Erfassen</translation>
    </message>
    <message>
        <location filename="../ui/activity/WaitProfileView.cpp" line="174"/>
        <source>Server CPUs:</source>
        <translation>Server-CPUs:</translation>
    </message>
    <message>
        <location filename="../ui/activity/WaitProfileView.cpp" line="195"/>
        <source>The last wait sample failed: %1</source>
        <translation>Die letzte Warte-Stichprobe ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/activity/WaitProfileView.cpp" line="215"/>
        <source>Server CPUs: %1 (as recorded)</source>
        <translation>Server-CPUs: %1 (wie aufgezeichnet)</translation>
    </message>
    <message>
        <location filename="../ui/activity/WaitProfileView.cpp" line="216"/>
        <source>Server CPUs: unknown (not in the recording)</source>
        <translation>Server-CPUs: unbekannt (nicht in der Aufzeichnung)</translation>
    </message>
    <message>
        <location filename="../ui/activity/WaitProfileView.cpp" line="246"/>
        <source>Wait events</source>
        <translation>Warteereignisse</translation>
    </message>
    <message>
        <location filename="../ui/activity/WaitProfileView.cpp" line="246"/>
        <source>Queries</source>
        <translation>Abfragen</translation>
    </message>
    <message>
        <location filename="../ui/activity/WaitProfileView.cpp" line="246"/>
        <source>Applications</source>
        <translation>Anwendungen</translation>
    </message>
    <message>
        <location filename="../ui/activity/WaitProfileView.cpp" line="246"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/activity/WaitProfileView.cpp" line="246"/>
        <source>Databases</source>
        <translation>Datenbanken</translation>
    </message>
    <message>
        <location filename="../ui/activity/WaitProfileView.cpp" line="519"/>
        <source>Calls and mean time: between the statement snapshots of %1 and %2.</source>
        <translation>Aufrufe und mittlere Zeit: zwischen den Anweisungs-Schnappschüssen von %1 und %2.</translation>
    </message>
    <message>
        <location filename="../ui/activity/WaitProfileView.cpp" line="521"/>
        <source>Calls and mean time: from the statement snapshot of %1 to now.</source>
        <translation>Aufrufe und mittlere Zeit: vom Anweisungs-Schnappschuss von %1 bis jetzt.</translation>
    </message>
    <message>
        <location filename="../ui/activity/WaitProfileView.cpp" line="524"/>
        <source>Calls and mean time: since pg_stat_statements was reset (no statement snapshot before this range; the Slow queries panel takes one every few minutes).</source>
        <translation>Aufrufe und mittlere Zeit: seit dem Zurücksetzen von pg_stat_statements (kein Anweisungs-Schnappschuss vor diesem Bereich; der Bereich Langsame Abfragen nimmt alle paar Minuten einen auf).</translation>
    </message>
    <message>
        <location filename="../ui/activity/WaitProfileView.cpp" line="206"/>
        <source>Calls and mean time need pg_stat_statements in this database (%1).</source>
        <translation>Aufrufe und mittlere Zeit brauchen pg_stat_statements in dieser Datenbank (%1).</translation>
    </message>
    <message>
        <location filename="../ui/activity/WaitProfileView.cpp" line="295"/>
        <location filename="../ui/activity/WaitProfileView.cpp" line="309"/>
        <source>Record</source>
        <translation>Aufzeichnen</translation>
    </message>
    <message>
        <location filename="../ui/activity/WaitProfileView.cpp" line="296"/>
        <source>The last recording was not saved. Record a new one and drop it?</source>
        <translation>Die letzte Aufzeichnung wurde nicht gespeichert. Eine neue aufzeichnen und sie verwerfen?</translation>
    </message>
    <message>
        <location filename="../ui/activity/WaitProfileView.cpp" line="309"/>
        <source>Stop recording</source>
        <translation>Aufzeichnung beenden</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/activity/WaitProfileView.cpp" line="314"/>
        <source>Recording: %1 s of at most %n min, %2 samples</source>
        <translation>
            <numerusform>Aufzeichnung: %1 s von höchstens %n min, %2 Stichproben</numerusform>
            <numerusform>Aufzeichnung: %1 s von höchstens %n min, %2 Stichproben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/activity/WaitProfileView.cpp" line="318"/>
        <source>Recorded %1 s (%2 samples), not saved yet</source>
        <translation>%1 s aufgezeichnet (%2 Stichproben), noch nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/activity/WaitProfileView.cpp" line="330"/>
        <location filename="../ui/activity/WaitProfileView.cpp" line="335"/>
        <source>Save the recording</source>
        <translation>Die Aufzeichnung speichern</translation>
    </message>
    <message>
        <location filename="../ui/activity/WaitProfileView.cpp" line="336"/>
        <source>%1

The recording is still here: save it somewhere else.</source>
        <translation>%1

Die Aufzeichnung ist noch da: woanders speichern.</translation>
    </message>
    <message>
        <location filename="../ui/activity/WaitProfileView.cpp" line="345"/>
        <source>Saved to %1</source>
        <translation>Gespeichert in %1</translation>
    </message>
    <message>
        <location filename="../ui/activity/WaitProfileView.cpp" line="453"/>
        <source>Nothing was sampled in the selected range.</source>
        <translation>Im gewählten Bereich wurde nichts erfasst.</translation>
    </message>
    <message>
        <location filename="../ui/activity/WaitProfileView.cpp" line="454"/>
        <source>No samples yet. Drag across the chart to pick a range.</source>
        <translation>Noch keine Stichproben. Über das Diagramm ziehen, um einen Bereich zu wählen.</translation>
    </message>
    <message>
        <location filename="../ui/activity/WaitProfileView.cpp" line="457"/>
        <source>Selected %1–%2</source>
        <translation>Gewählt %1–%2</translation>
    </message>
    <message>
        <location filename="../ui/activity/WaitProfileView.cpp" line="458"/>
        <source>The whole window (drag across the chart to pick a range)</source>
        <translation>Das ganze Zeitfenster (über das Diagramm ziehen, um einen Bereich zu wählen)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/activity/WaitProfileView.cpp" line="459"/>
        <source>%1: %n s sampled, %2 average active sessions.</source>
        <translation>
            <numerusform>%1: %n s erfasst, %2 durchschnittlich aktive Sitzungen.</numerusform>
            <numerusform>%1: %n s erfasst, %2 durchschnittlich aktive Sitzungen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::ui::WelcomeDialog</name>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="15"/>
        <source>Welcome to Sightglass</source>
        <translation>Willkommen bei Sightglass</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="23"/>
        <source>&lt;h3&gt;Welcome to Sightglass&lt;/h3&gt;&lt;p&gt;Watch a PostgreSQL server live: connections and load, sessions and who blocks whom, unused and missing indexes, bloat, slow queries with their plans; preview and apply migrations with the locks each statement takes; back up and restore.&lt;/p&gt;&lt;p&gt;Nothing changes on a server unless you confirm the exact SQL or command first.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Willkommen bei Sightglass&lt;/h3&gt;&lt;p&gt;Beobachten Sie einen PostgreSQL-Server live: Verbindungen und Last, Sitzungen und wer wen blockiert, ungenutzte und fehlende Indizes, Bloat, langsame Abfragen mit ihren Plänen; prüfen und wenden Sie Migrationen an, mit den Sperren, die jede Anweisung nimmt; sichern und wiederherstellen.&lt;/p&gt;&lt;p&gt;Auf einem Server ändert sich nichts, bevor Sie das genaue SQL oder den genauen Befehl bestätigt haben.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="33"/>
        <source>Open the &amp;demo</source>
        <translation>&amp;Demo öffnen</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="36"/>
        <source>Starts a throwaway local PostgreSQL server with sample data, a light workload and planted problems (an unused index, a missing foreign-key index, a bloated table, a slow query), so every panel has something to show. Removed when you quit.</source>
        <translation>Startet einen temporären lokalen PostgreSQL-Server mit Beispieldaten, leichter Last und eingebauten Problemen (ein ungenutzter Index, ein fehlender Fremdschlüssel-Index, eine aufgeblähte Tabelle, eine langsame Abfrage), damit jedes Panel etwas zeigt. Er wird beim Beenden entfernt.</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="39"/>
        <source>&amp;Connect to a server…</source>
        <translation>Mit einem Server &amp;verbinden…</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="42"/>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
</context>
<context>
    <name>sg::ui::WhatIfDialog</name>
    <message>
        <location filename="../ui/plan/WhatIfDialog.cpp" line="30"/>
        <source>What-if indexes</source>
        <translation>Was-wäre-wenn-Indizes</translation>
    </message>
    <message>
        <location filename="../ui/plan/WhatIfDialog.cpp" line="31"/>
        <source>Trying hypothetical indexes (hypopg) — nothing is built…</source>
        <translation>Hypothetische Indizes werden ausprobiert (hypopg) — es wird nichts angelegt…</translation>
    </message>
    <message>
        <location filename="../ui/plan/WhatIfDialog.cpp" line="35"/>
        <source>Hypothetical index</source>
        <translation>Hypothetischer Index</translation>
    </message>
    <message>
        <location filename="../ui/plan/WhatIfDialog.cpp" line="35"/>
        <source>Cost before</source>
        <translation>Kosten vorher</translation>
    </message>
    <message>
        <location filename="../ui/plan/WhatIfDialog.cpp" line="35"/>
        <source>Cost after</source>
        <translation>Kosten nachher</translation>
    </message>
    <message>
        <location filename="../ui/plan/WhatIfDialog.cpp" line="35"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../ui/plan/WhatIfDialog.cpp" line="35"/>
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location filename="../ui/plan/WhatIfDialog.cpp" line="39"/>
        <source>Copy CREATE INDEX</source>
        <translation>CREATE INDEX kopieren</translation>
    </message>
    <message>
        <location filename="../ui/plan/WhatIfDialog.cpp" line="40"/>
        <source>Create index…</source>
        <translation>Index anlegen…</translation>
    </message>
    <message>
        <location filename="../ui/plan/WhatIfDialog.cpp" line="43"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../ui/plan/WhatIfDialog.cpp" line="91"/>
        <source>%1 % (the planner uses it)</source>
        <translation>%1 % (der Planer verwendet ihn)</translation>
    </message>
    <message>
        <location filename="../ui/plan/WhatIfDialog.cpp" line="92"/>
        <source>not used by the planner</source>
        <translation>vom Planer nicht verwendet</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/plan/WhatIfDialog.cpp" line="102"/>
        <source>%n hypothetical index(es) tried on this session and dropped again (hypopg_reset); %1 would make the plan cheaper. Costs are the planner&apos;s estimates.</source>
        <translation>
            <numerusform>%n hypothetischer Index in dieser Sitzung ausprobiert und wieder verworfen (hypopg_reset); Indizes, die den Plan günstiger machen würden: %1. Die Kosten sind Schätzungen des Planers.</numerusform>
            <numerusform>%n hypothetische Indizes in dieser Sitzung ausprobiert und wieder verworfen (hypopg_reset); Indizes, die den Plan günstiger machen würden: %1. Die Kosten sind Schätzungen des Planers.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/plan/WhatIfDialog.cpp" line="129"/>
        <source>The plan with the hypothetical index %1 (estimated, not executed).</source>
        <translation>Der Plan mit dem hypothetischen Index %1 (geschätzt, nicht ausgeführt).</translation>
    </message>
    <message>
        <location filename="../ui/plan/WhatIfDialog.cpp" line="140"/>
        <source>This session is read-only: Server → Allow writes… first, or copy the statement into a migration.</source>
        <translation>Diese Sitzung ist schreibgeschützt: Erlauben Sie zuerst Schreibzugriffe (Server → Schreibzugriff erlauben…), oder kopieren Sie die Anweisung in eine Migration.</translation>
    </message>
    <message>
        <location filename="../ui/plan/WhatIfDialog.cpp" line="145"/>
        <source>Create index</source>
        <translation>Index anlegen</translation>
    </message>
    <message>
        <location filename="../ui/plan/WhatIfDialog.cpp" line="146"/>
        <source>Build this index on the server? CONCURRENTLY does not block writes, but it reads the whole table and takes time.

%1</source>
        <translation>Diesen Index auf dem Server anlegen? CONCURRENTLY blockiert keine Schreibzugriffe, liest aber die gesamte Tabelle und braucht Zeit.

%1</translation>
    </message>
    <message>
        <location filename="../ui/plan/WhatIfDialog.cpp" line="150"/>
        <source>Building the index…</source>
        <translation>Index wird angelegt…</translation>
    </message>
</context>
</TS>
