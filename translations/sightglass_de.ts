<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../ui/ConnectionDialog.ui" line="6"/>
        <source>Connect to PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.ui" line="10"/>
        <source>Saved &amp;profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.ui" line="14"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.ui" line="17"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.ui" line="18"/>
        <source>e.g. orders-prod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.ui" line="19"/>
        <source>&amp;Connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.ui" line="20"/>
        <source>postgresql://user@host:5432/db or host=… dbname=… service=…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.ui" line="21"/>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.ui" line="22"/>
        <source>only for this session; never saved (use ~/.pgpass to store it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.ui" line="23"/>
        <source>P&amp;roduction server: open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.ui" line="29"/>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.ui" line="30"/>
        <source>&amp;Save profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/monitor/HistoryStore.cpp" line="69"/>
        <source>cannot open the history database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/monitor/HistoryStore.cpp" line="80"/>
        <source>cannot prepare the history database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/monitor/HistoryStore.cpp" line="111"/>
        <location filename="../app/monitor/HistoryStore.cpp" line="116"/>
        <source>could not write the history (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/monitor/StatementSnapshots.cpp" line="74"/>
        <source>cannot open the statement history %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/monitor/StatementSnapshots.cpp" line="81"/>
        <source>cannot prepare the statement history %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/monitor/StatementSnapshots.cpp" line="89"/>
        <source>the statement history is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/monitor/StatementSnapshots.cpp" line="107"/>
        <source>cannot write the statement history %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/GuiMain.cpp" line="143"/>
        <source>The demo server could not start:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/GuiMain.cpp" line="148"/>
        <source>demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationPreviewPage.cpp" line="28"/>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationPreviewPage.cpp" line="30"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationPreviewPage.cpp" line="32"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg</name>
    <message>
        <location filename="../app/db/ConnectionState.cpp" line="13"/>
        <source>disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/db/ConnectionState.cpp" line="15"/>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/db/ConnectionState.cpp" line="17"/>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/db/ConnectionState.cpp" line="19"/>
        <source>connection lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/db/ConnectionState.cpp" line="21"/>
        <source>reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::ActivityMonitor</name>
    <message>
        <location filename="../app/monitor/ActivityMonitor.cpp" line="56"/>
        <source>raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/monitor/ActivityMonitor.cpp" line="57"/>
        <source>cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/monitor/ActivityMonitor.cpp" line="92"/>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/monitor/ActivityMonitor.cpp" line="92"/>
        <source>The session had already ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/monitor/ActivityMonitor.cpp" line="131"/>
        <source>Your role (%1) is neither superuser nor a member of pg_monitor or pg_read_all_stats: other users&apos; sessions show as &quot;hidden&quot;, without state, wait event or query. Ask for GRANT pg_monitor TO %1 to see them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::ActivitySeries</name>
    <message>
        <location filename="../app/monitor/ActivitySeries.cpp" line="106"/>
        <location filename="../app/monitor/ActivitySeries.cpp" line="120"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::Advisor</name>
    <message>
        <location filename="../app/advisor/Advisor.cpp" line="42"/>
        <source>size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/advisor/Advisor.cpp" line="43"/>
        <source>bloat (estimate)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::AlertEvent</name>
    <message>
        <location filename="../app/monitor/AlertMonitor.cpp" line="14"/>
        <source>Connection utilization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/monitor/AlertMonitor.cpp" line="16"/>
        <source>Sessions waiting on a lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/monitor/AlertMonitor.cpp" line="18"/>
        <source>Idle in transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/monitor/AlertMonitor.cpp" line="20"/>
        <source>Cache hit ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/monitor/AlertMonitor.cpp" line="31"/>
        <source>Utilization %1 % is above %2 % of usable connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/monitor/AlertMonitor.cpp" line="32"/>
        <source>Utilization %1 % is back under %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/monitor/AlertMonitor.cpp" line="34"/>
        <source>%1 session(s) waiting on a lock (more than %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/monitor/AlertMonitor.cpp" line="35"/>
        <source>Lock waits are down to %1 (limit %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/monitor/AlertMonitor.cpp" line="37"/>
        <source>A session has been idle in a transaction for %1 s (limit %2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/monitor/AlertMonitor.cpp" line="38"/>
        <source>No session idle in a transaction longer than %2 s (longest %1 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/monitor/AlertMonitor.cpp" line="40"/>
        <source>Cache hit ratio %1 % is below %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/monitor/AlertMonitor.cpp" line="41"/>
        <source>Cache hit ratio %1 % is back above %2 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::BackupCatalog</name>
    <message>
        <location filename="../app/backup/BackupCatalog.cpp" line="86"/>
        <source>manual: never deleted by the policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/backup/BackupCatalog.cpp" line="90"/>
        <source>one of the newest %n daily backup(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/backup/BackupCatalog.cpp" line="91"/>
        <source>older than the newest %n daily backup(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/backup/BackupCatalog.cpp" line="95"/>
        <source>one of the newest %n weekly backup(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/backup/BackupCatalog.cpp" line="96"/>
        <source>older than the newest %n weekly backup(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/backup/BackupCatalog.cpp" line="114"/>
        <source>could not delete %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::BackupJob</name>
    <message>
        <location filename="../app/backup/BackupJob.cpp" line="71"/>
        <source>Backup cancelled; nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/backup/BackupJob.cpp" line="86"/>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/backup/BackupJob.cpp" line="91"/>
        <source>Cannot connect to the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/backup/BackupJob.cpp" line="139"/>
        <source>%1 already exists; not overwriting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/backup/BackupJob.cpp" line="148"/>
        <source>Cannot connect to count rows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/backup/BackupJob.cpp" line="211"/>
        <source>pg_dump stopped (exit code %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/backup/BackupJob.cpp" line="212"/>
        <source>The backup failed; nothing was kept.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/backup/BackupJob.cpp" line="215"/>
        <source>pg_dump finished, but counting rows failed; nothing was kept.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/backup/BackupJob.cpp" line="219"/>
        <source>checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/backup/BackupJob.cpp" line="224"/>
        <source>Cannot checksum the backup; nothing was kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/backup/BackupJob.cpp" line="240"/>
        <source>Cannot write the backup&apos;s record; nothing was kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/backup/BackupJob.cpp" line="243"/>
        <source>Cannot rename %1 to %2; nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/backup/BackupJob.cpp" line="249"/>
        <source>Backed up %1 to %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::BackupMetadata</name>
    <message>
        <location filename="../app/backup/BackupMetadata.cpp" line="53"/>
        <location filename="../app/backup/BackupMetadata.cpp" line="67"/>
        <location filename="../app/backup/BackupMetadata.cpp" line="154"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/backup/BackupMetadata.cpp" line="61"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/backup/BackupMetadata.cpp" line="143"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/backup/BackupMetadata.cpp" line="161"/>
        <source>%1 is not a Sightglass backup record: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::BackupOptions</name>
    <message>
        <location filename="../app/backup/BackupOptions.cpp" line="46"/>
        <source>Choose a database to back up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/backup/BackupOptions.cpp" line="48"/>
        <source>Choose a destination folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/backup/BackupOptions.cpp" line="50"/>
        <source>Schema only and data only exclude each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/backup/BackupOptions.cpp" line="52"/>
        <source>The compression level is 0 (none) to 9 (smallest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/backup/BackupOptions.cpp" line="54"/>
        <source>Parallel jobs must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/backup/BackupOptions.cpp" line="56"/>
        <source>Parallel jobs need the directory format: pg_dump writes one file per table only there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::BackupVerifier</name>
    <message>
        <location filename="../app/backup/BackupVerifier.cpp" line="46"/>
        <source>No readable record next to the backup (%1), so it cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/backup/BackupVerifier.cpp" line="50"/>
        <source>The backup %1 is missing; only its record is there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/backup/BackupVerifier.cpp" line="60"/>
        <source>The checksum does not match the record: the backup was changed or damaged after it was written (SHA-256 %1, expected %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/backup/BackupVerifier.cpp" line="85"/>
        <source>Verification cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/backup/BackupVerifier.cpp" line="89"/>
        <source>The archive does not read back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/backup/BackupVerifier.cpp" line="94"/>
        <source>Checksum matches and the archive reads back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/backup/BackupVerifier.cpp" line="123"/>
        <source>Cannot connect to drop the scratch database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/backup/BackupVerifier.cpp" line="136"/>
        <source>The backup does not restore: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/backup/BackupVerifier.cpp" line="167"/>
        <source>%1: %L2 rows in the backup, missing after the restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/backup/BackupVerifier.cpp" line="169"/>
        <source>%1: %L2 rows in the backup, %L3 restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/backup/BackupVerifier.cpp" line="175"/>
        <source>Restored into a scratch database and dropped it again; the backup recorded no row counts to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/backup/BackupVerifier.cpp" line="177"/>
        <source>Restored into a scratch database: all %n table(s) have the recorded row counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/backup/BackupVerifier.cpp" line="179"/>
        <source>Restored, but %n table(s) differ from the record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::Connection</name>
    <message>
        <location filename="../app/db/Connection.cpp" line="65"/>
        <source>Check the password, or put it in ~/.pgpass (or a service file) so it is not typed each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/db/Connection.cpp" line="76"/>
        <source>The host name could not be resolved: check its spelling and your DNS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/db/Connection.cpp" line="80"/>
        <source>Check sslmode and the certificate files (sslrootcert, sslcert, sslkey).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/db/Connection.cpp" line="85"/>
        <source>Nothing accepts connections at that address and port: is the server running?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/db/Connection.cpp" line="87"/>
        <source>The server did not answer in time: check the host, the port and any firewall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/db/Connection.cpp" line="98"/>
        <source>no connection options were given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/db/Connection.cpp" line="167"/>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/db/Connection.cpp" line="177"/>
        <source>connection attempt abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/db/Connection.cpp" line="179"/>
        <source>timeout expired after %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/db/Connection.cpp" line="284"/>
        <source>not connected to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/db/Connection.cpp" line="392"/>
        <source>COPY FROM STDIN / TO STDOUT cannot run here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::ConnectionOptions</name>
    <message>
        <location filename="../app/db/ConnectionOptions.cpp" line="51"/>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/db/ConnectionOptions.cpp" line="123"/>
        <source>local socket</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::DbError</name>
    <message>
        <location filename="../app/db/DbError.cpp" line="39"/>
        <source>The connection string is not valid: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/db/DbError.cpp" line="42"/>
        <source>The server refused the login: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/db/DbError.cpp" line="45"/>
        <source>Could not connect: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/db/DbError.cpp" line="48"/>
        <source>The query was cancelled. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/db/DbError.cpp" line="51"/>
        <source>The query ran out of time and was stopped. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/db/DbError.cpp" line="54"/>
        <source>The connection to the server was lost: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/db/DbError.cpp" line="61"/>
        <source>Detail: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/db/DbError.cpp" line="63"/>
        <source>Hint: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::DbWorker</name>
    <message>
        <location filename="../app/db/DbWorker.cpp" line="113"/>
        <source>cancelled before it started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/db/DbWorker.cpp" line="127"/>
        <source>not connected to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/db/DbWorker.cpp" line="205"/>
        <source>the server closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::DemoEnvironment</name>
    <message>
        <location filename="../app/db/DemoEnvironment.cpp" line="67"/>
        <source>pgbench -i failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/db/DemoEnvironment.cpp" line="77"/>
        <source>Starting the demo server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/db/DemoEnvironment.cpp" line="83"/>
        <source>Loading pgbench data and planted problems…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::ExplainRunner</name>
    <message numerus="yes">
        <location filename="../app/plan/ExplainRunner.cpp" line="25"/>
        <source>The statement has %n parameter(s) ($1 …): put values in their place first (statements from pg_stat_statements come that way).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::Finding</name>
    <message>
        <location filename="../app/advisor/Finding.cpp" line="12"/>
        <source>unused index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/advisor/Finding.cpp" line="13"/>
        <source>duplicate index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/advisor/Finding.cpp" line="14"/>
        <source>redundant index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/advisor/Finding.cpp" line="15"/>
        <source>invalid index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/advisor/Finding.cpp" line="16"/>
        <source>foreign key without index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/advisor/Finding.cpp" line="17"/>
        <source>read by sequential scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/advisor/Finding.cpp" line="18"/>
        <source>table bloat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/advisor/Finding.cpp" line="19"/>
        <source>index bloat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/advisor/Finding.cpp" line="20"/>
        <source>vacuum overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::FixRunner</name>
    <message>
        <location filename="../app/advisor/FixRunner.cpp" line="19"/>
        <source>Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/advisor/FixRunner.cpp" line="62"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::HealthReport</name>
    <message>
        <location filename="../app/advisor/HealthReport.cpp" line="114"/>
        <source>Health report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReport.cpp" line="115"/>
        <source>Generated %1 by Sightglass. PostgreSQL %2, up since %3; usage statistics since %4 (%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReport.cpp" line="120"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReport.cpp" line="127"/>
        <source>Connections and cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReport.cpp" line="128"/>
        <source>Connections: %1 of %2 usable (%3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReport.cpp" line="131"/>
        <source>Cache hit ratio: all databases %1, tables %2, indexes %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReport.cpp" line="134"/>
        <source>pg_stat_statements: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReport.cpp" line="136"/>
        <source>installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReport.cpp" line="137"/>
        <source>not installed (add it to shared_preload_libraries, restart, then CREATE EXTENSION pg_stat_statements)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReport.cpp" line="139"/>
        <source>Findings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReport.cpp" line="141"/>
        <source>Nothing to report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReport.cpp" line="157"/>
        <source>Sightglass health report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::IndexAdvisor</name>
    <message numerus="yes">
        <location filename="../app/advisor/IndexAdvisor.cpp" line="116"/>
        <source>%n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/advisor/IndexAdvisor.cpp" line="118"/>
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/advisor/IndexAdvisor.cpp" line="120"/>
        <source>%n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/advisor/IndexAdvisor.cpp" line="121"/>
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/advisor/IndexAdvisor.cpp" line="144"/>
        <source>Marked invalid (a failed CREATE INDEX CONCURRENTLY or REINDEX): it is maintained on every write but never used. Rebuild it, or drop it if it is not wanted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/advisor/IndexAdvisor.cpp" line="167"/>
        <source>Same columns, operator classes, expressions, predicate and method as %1: every write maintains both, reads use one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/advisor/IndexAdvisor.cpp" line="190"/>
        <source>Its columns (%1) lead %2 (%3), which serves the same lookups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/advisor/IndexAdvisor.cpp" line="203"/>
        <source>No index scan since %1, when the usage statistics started (make sure that spans the jobs that run rarely, month-end reports say, before dropping it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/advisor/IndexAdvisor.cpp" line="233"/>
        <source>-- A partitioned table cannot be indexed CONCURRENTLY: this locks out writes while it builds.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/advisor/IndexAdvisor.cpp" line="239"/>
        <source>FOREIGN KEY (%1) REFERENCES %2 ON DELETE %3: no index starts with these columns, so joins on them and every delete or key update in %2 scan the %n row(s) of this table.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::Linter</name>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="192"/>
        <source>CREATE TABLE %1 without IF NOT EXISTS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="193"/>
        <location filename="../app/migrate/MigrationLinter.cpp" line="246"/>
        <location filename="../app/migrate/MigrationLinter.cpp" line="324"/>
        <source>Re-running the file after a partial failure stops at this statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="194"/>
        <source>CREATE TABLE IF NOT EXISTS %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="228"/>
        <source>DROP INDEX without CONCURRENTLY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="229"/>
        <source>Takes ACCESS EXCLUSIVE on the index&apos;s table: every read and write of it waits until the drop is done, and queues behind any long transaction that uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="238"/>
        <source>Drops the table %1 and its data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="239"/>
        <source>Breaking: code that still reads or writes it fails, and the data is gone for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="240"/>
        <source>Deploy the code that no longer uses it first; keep the data for a release (rename it, or back it up) before dropping it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="245"/>
        <source>DROP without IF EXISTS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="279"/>
        <source>ADD COLUMN %1 NOT NULL without a default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="280"/>
        <source>Fails on any table that has rows: the existing rows would hold NULL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="281"/>
        <source>ALTER TABLE %1 ADD COLUMN %2 … DEFAULT &lt;value&gt; NOT NULL;  -- a constant default is instant since PostgreSQL 11; or add it nullable, backfill in batches, then SET NOT NULL through a validated CHECK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="303"/>
        <source>ADD COLUMN %1 with the default %2(), which may be volatile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="304"/>
        <source>A volatile default (random(), gen_random_uuid(), clock_timestamp(), nextval() …) is computed per row: the whole table is rewritten under ACCESS EXCLUSIVE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="306"/>
        <source>ALTER TABLE %1 ADD COLUMN %2 …;  ALTER TABLE %1 ALTER COLUMN %2 SET DEFAULT %3();  -- then backfill existing rows in batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="323"/>
        <source>ADD COLUMN %1 without IF NOT EXISTS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="325"/>
        <source>ALTER TABLE %1 ADD COLUMN IF NOT EXISTS %2 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="332"/>
        <source>SET NOT NULL on %1.%2 scans the whole table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="333"/>
        <source>The scan runs under ACCESS EXCLUSIVE: reads and writes of the table wait for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="348"/>
        <source>FOREIGN KEY added without NOT VALID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="349"/>
        <source>CHECK constraint added without NOT VALID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="350"/>
        <source>Every existing row is checked while both tables are locked SHARE ROW EXCLUSIVE: writes to them wait for the whole scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="352"/>
        <source>Every existing row is checked under ACCESS EXCLUSIVE: reads and writes wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="355"/>
        <source>&lt;constraint name&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="371"/>
        <source>ALTER COLUMN %1 TYPE may rewrite the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="372"/>
        <source>This ALTER TABLE rewrites the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="373"/>
        <source>A rewrite copies every row and rebuilds every index under ACCESS EXCLUSIVE: the table is unavailable for as long as that takes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="376"/>
        <source>Only binary-compatible changes skip the rewrite (varchar(n) to a larger n or to text). Otherwise add a new column, backfill it in batches, switch the code, drop the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="380"/>
        <source>Run it in a maintenance window, or copy into a new table and swap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="383"/>
        <source>Drops the column %1.%2 and its data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="384"/>
        <source>Breaking: running code that selects or inserts it fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="385"/>
        <source>Deploy the code that no longer uses the column first, then drop it in a later migration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="399"/>
        <source>CREATE INDEX on %1 without CONCURRENTLY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="400"/>
        <source>Takes a SHARE lock for the whole build: every INSERT, UPDATE and DELETE on the table waits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="402"/>
        <source>  -- runs outside a transaction; Sightglass runs it alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="407"/>
        <source>CREATE INDEX without IF NOT EXISTS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="408"/>
        <source>Re-running the file after a partial failure (an interrupted CONCURRENTLY build) stops here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="409"/>
        <source>CREATE INDEX CONCURRENTLY IF NOT EXISTS …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="412"/>
        <source>REINDEX without CONCURRENTLY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="413"/>
        <source>Blocks writes to the table (and reads that use the index) while it rebuilds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="423"/>
        <source>TRUNCATE … CASCADE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="424"/>
        <source>Also empties every table that references these through a foreign key, which the statement does not name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="427"/>
        <source>Name every table to empty, without CASCADE, so the file says what it deletes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="432"/>
        <source>Renames a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="432"/>
        <source>Renames a column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="433"/>
        <source>Breaking: running code that uses the old name fails the moment this commits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="434"/>
        <source>Add the new name beside the old (a new column kept in sync, or a view with the old name), move the code, then drop the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="441"/>
        <source>%1 rewrites the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="442"/>
        <source>Holds ACCESS EXCLUSIVE for the whole rewrite: the table is unavailable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="443"/>
        <source>Use pg_repack (online), or plain VACUUM, which takes no blocking lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="453"/>
        <source>The file cannot be split into statements, so none of it can run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="454"/>
        <source>Close the string, comment or body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="457"/>
        <source>psql meta-command %1 (not SQL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="458"/>
        <source>Only psql understands it, and the file means something else without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="459"/>
        <source>Sightglass skips it: it is not sent to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="461"/>
        <source>Put the included file&apos;s statements in the migration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="462"/>
        <source>Remove the line (use SQL instead: SET for settings, values for variables).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="472"/>
        <source>Syntax error: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="473"/>
        <source>PostgreSQL will reject this statement, and with it the migration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="474"/>
        <source>Fix the statement (PostgreSQL 15 grammar).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="486"/>
        <source>%1 inside a migration file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="487"/>
        <source>The runner wraps each migration in its own transaction; a COMMIT in the file would end it early and leave half a migration applied if a later statement fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="490"/>
        <source>Remove BEGIN/COMMIT from the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="494"/>
        <source>%1 inside a transaction block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="495"/>
        <source>It cannot run inside a transaction: PostgreSQL rejects it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="496"/>
        <source>Move it out of BEGIN … COMMIT, into its own migration file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="507"/>
        <source>No lock_timeout before the first lock on an existing table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="508"/>
        <source>A DDL lock waiting behind a long transaction blocks every query queued after it. Sightglass sets its own lock_timeout, psql and other runners do not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="514"/>
        <source>%1 names a table without its schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="515"/>
        <source>What it changes depends on the search_path of the session that runs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="516"/>
        <source>Write schema.table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="528"/>
        <source>The foreign key %1(%2) → %3 has no index on its columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="531"/>
        <source>Each DELETE or key UPDATE on %1 scans %2 for referencing rows, and joins on the key cannot use an index.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::LiveQuery</name>
    <message>
        <location filename="../app/db/LiveQuery.cpp" line="49"/>
        <source>no query named %1 in resources/sql</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::MigrationDiscovery</name>
    <message>
        <location filename="../app/migrate/MigrationDiscovery.cpp" line="63"/>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationDiscovery.cpp" line="72"/>
        <source>%1: Flyway repeatable migrations are not supported; it was left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationDiscovery.cpp" line="76"/>
        <source>%1: the name has no version (expected 023_name.sql, V23__name.sql or 20250105120000_name.up.sql)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationDiscovery.cpp" line="86"/>
        <source>%1 and %2 both have version %3; rename one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationDiscovery.cpp" line="92"/>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationDiscovery.cpp" line="108"/>
        <source>%1 is a rollback for version %2, which has no migration file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationDiscovery.cpp" line="111"/>
        <source>Version %1 has two rollback files: %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::MigrationInspector</name>
    <message>
        <location filename="../app/migrate/MigrationInspector.cpp" line="72"/>
        <source>%1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationInspector.cpp" line="76"/>
        <source> (does not exist yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationInspector.cpp" line="81"/>
        <source>, ~%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationInspector.cpp" line="86"/>
        <source>    would wait for pid %1 (%2%3, %4 for %5 s, %6 %7): %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationInspector.cpp" line="92"/>
        <source>holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationInspector.cpp" line="92"/>
        <source>waits for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationInspector.cpp" line="207"/>
        <source>NULLs in %1.%2 could not be counted: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationInspector.cpp" line="209"/>
        <source>If any row is NULL there, SET NOT NULL fails after scanning the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationInspector.cpp" line="211"/>
        <source>Count them yourself before applying: SELECT count(*) FROM %1 WHERE %2 IS NULL;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationInspector.cpp" line="221"/>
        <source>%1 rows of %2 have NULL in %3 right now: SET NOT NULL will fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationInspector.cpp" line="223"/>
        <source>The migration would stop here and roll back after scanning the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationInspector.cpp" line="224"/>
        <source>Backfill first: UPDATE %1 SET %2 = &lt;value&gt; WHERE %2 IS NULL;  (in batches on a big table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationInspector.cpp" line="236"/>
        <source>%1 has rows (about %2): adding %3 NOT NULL without a default will fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationInspector.cpp" line="239"/>
        <source>Existing rows would hold NULL in the new column, which the constraint forbids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationInspector.cpp" line="240"/>
        <source>Give the column a DEFAULT, or add it nullable and backfill before SET NOT NULL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::MigrationPlanner</name>
    <message>
        <location filename="../app/migrate/MigrationPlanner.cpp" line="71"/>
        <source>This database is tracked by %1. Sightglass reads that history but never writes it: apply with the tool that owns it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationPlanner.cpp" line="87"/>
        <location filename="../app/migrate/MigrationPlanner.cpp" line="89"/>
        <source>%1 is %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationPlanner.cpp" line="98"/>
        <source>%1 has no rollback file (%2_…_rollback.sql, .down.sql or U%2__…sql).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationPlanner.cpp" line="105"/>
        <source>Nothing is applied, so there is nothing to roll back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationPlanner.cpp" line="122"/>
        <source>The live checks could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationPlanner.cpp" line="126"/>
        <source>%1 lint error(s): these statements would fail or cannot run as written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::MigrationRunner</name>
    <message>
        <location filename="../app/migrate/MigrationRunner.cpp" line="95"/>
        <source>cancelled before this statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationRunner.cpp" line="157"/>
        <location filename="../app/migrate/MigrationRunner.cpp" line="309"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationRunner.cpp" line="167"/>
        <source>Version %1 failed at line %2 and was rolled back: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationRunner.cpp" line="176"/>
        <source>Version %1 could not be committed, nothing of it stays: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationRunner.cpp" line="211"/>
        <source>Version %1 failed at line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationRunner.cpp" line="214"/>
        <source>Statements before it ran outside a transaction and stay applied; the migration is marked failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationRunner.cpp" line="218"/>
        <source>It left the INVALID index %1: drop it with DROP INDEX CONCURRENTLY before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationRunner.cpp" line="232"/>
        <source>Version %1 ran, but its tracking row could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationRunner.cpp" line="274"/>
        <source>Applied %n migration(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationRunner.cpp" line="275"/>
        <source>Rolled back %n migration(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationRunner.cpp" line="323"/>
        <source>transaction control is not rehearsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationRunner.cpp" line="324"/>
        <source>cannot run inside a transaction, so it cannot be rehearsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationRunner.cpp" line="334"/>
        <source>Version %1 would fail at line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationRunner.cpp" line="350"/>
        <source>Rehearsal passed: %1 statement(s) ran and were rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationRunner.cpp" line="352"/>
        <source>%1 could not be rehearsed (see the list).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::MigrationScript</name>
    <message>
        <location filename="../app/migrate/MigrationScript.cpp" line="37"/>
        <source>Version %1 has no rollback file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationScript.cpp" line="38"/>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::MigrationStatus</name>
    <message>
        <location filename="../app/migrate/MigrationTracker.cpp" line="64"/>
        <source>applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationTracker.cpp" line="65"/>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationTracker.cpp" line="66"/>
        <source>file missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationTracker.cpp" line="67"/>
        <source>changed since applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationTracker.cpp" line="68"/>
        <source>pending, out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationTracker.cpp" line="69"/>
        <source>failed (dirty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationTracker.cpp" line="78"/>
        <source>Apply it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationTracker.cpp" line="80"/>
        <source>Restore %1 from version control. If it was removed on purpose, its changes stay in the database: write a new migration that undoes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationTracker.cpp" line="82"/>
        <source>the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationTracker.cpp" line="84"/>
        <source>The file was edited after it was applied, so the database does not have the edit. Revert the edit and put the change in a new migration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationTracker.cpp" line="87"/>
        <source>It is older than the newest applied migration (a merged branch?). Check that it does not depend on or conflict with later ones, then apply with out-of-order allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationTracker.cpp" line="90"/>
        <source>It stopped part-way after statements that cannot be rolled back had run. Bring the schema to a consistent state by hand (or with its rollback file), then remove its row: DELETE FROM %1 WHERE version = &apos;%2&apos;;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::MigrationTracker</name>
    <message>
        <location filename="../app/migrate/MigrationTracker.cpp" line="125"/>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationTracker.cpp" line="127"/>
        <source>flyway_schema_history (Flyway, read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationTracker.cpp" line="128"/>
        <source>schema_migrations (golang-migrate, read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationTracker.cpp" line="251"/>
        <source>Another migration run holds the migration lock (pid %1, %2 from %3, %4); wait for it to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationTracker.cpp" line="255"/>
        <source>Another migration run holds the migration lock; wait for it to finish.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::PgTools</name>
    <message>
        <location filename="../app/backup/PgTools.cpp" line="96"/>
        <source>%1 was not found. Install the PostgreSQL %2 client programs, or point the setting for PostgreSQL programs at their bin folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/backup/PgTools.cpp" line="101"/>
        <source>The server runs PostgreSQL %1, but the only %2 found is older: %3. An older %2 cannot read a newer server; install the PostgreSQL %1 client programs, or point the setting for PostgreSQL programs at them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::Plan</name>
    <message>
        <location filename="../app/plan/Plan.cpp" line="171"/>
        <source>No JSON plan found: run EXPLAIN (FORMAT JSON) or set auto_explain.log_format = json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/plan/Plan.cpp" line="181"/>
        <source>The plan is not valid JSON: %1 (at character %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/plan/Plan.cpp" line="188"/>
        <source>The JSON is an array but holds no plan object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/plan/Plan.cpp" line="203"/>
        <source>The JSON has no &quot;Plan&quot; object: is it EXPLAIN (FORMAT JSON) output?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/plan/Plan.cpp" line="299"/>
        <source>Takes %1 % of the execution time on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/plan/Plan.cpp" line="303"/>
        <source>Row estimate %1× too low: %2 expected per loop, %3 came. Stale statistics? Run ANALYZE, or raise the statistics target of the filtered columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/plan/Plan.cpp" line="305"/>
        <source>Row estimate %1× too high: %2 expected per loop, %3 came.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/plan/Plan.cpp" line="309"/>
        <source>Sort spilled to disk (%1 kB): work_mem is too small for it; raise it for this query, or let an index deliver the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/plan/Plan.cpp" line="315"/>
        <source>Hash spilled into %1 batches (planned %2): work_mem is too small for the hash table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/plan/Plan.cpp" line="324"/>
        <source>Runs a sequential scan of %1 %2 times: an index on the join column would turn each into a lookup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/plan/Plan.cpp" line="336"/>
        <source>Discards %1 % of the rows it fetches by a filter: an index that covers the filter&apos;s columns would read less.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/plan/Plan.cpp" line="341"/>
        <source>%1 heap fetches: the visibility map is behind, so the index-only scan still reads the table. VACUUM it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/plan/Plan.cpp" line="347"/>
        <source>track_io_timing is off, so I/O times are missing: SET track_io_timing = on (superuser) to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/plan/Plan.cpp" line="350"/>
        <source>No I/O times in this plan: track_io_timing is off, or nothing was read from disk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::PlanDiff</name>
    <message>
        <location filename="../app/plan/PlanDiff.cpp" line="68"/>
        <source>only after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/plan/PlanDiff.cpp" line="70"/>
        <source>only before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/plan/PlanDiff.cpp" line="74"/>
        <source>index %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/plan/PlanDiff.cpp" line="148"/>
        <source>Execution %1 ms → %2 ms (%3 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/plan/PlanDiff.cpp" line="155"/>
        <source>Cost %1 → %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/plan/PlanDiff.cpp" line="159"/>
        <source>%n node(s) changed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/plan/PlanDiff.cpp" line="163"/>
        <source>Join order changed: %1 → %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::PlanReport</name>
    <message>
        <location filename="../app/plan/PlanReport.cpp" line="24"/>
        <source>Execution %1 ms, planning %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/plan/PlanReport.cpp" line="28"/>
        <source>Estimated plan (no ANALYZE): costs and row estimates only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/plan/PlanReport.cpp" line="40"/>
        <source>never executed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::ProgramRun</name>
    <message>
        <location filename="../app/backup/ProgramRun.cpp" line="54"/>
        <location filename="../app/backup/ProgramRun.cpp" line="60"/>
        <source>cannot start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/backup/ProgramRun.cpp" line="97"/>
        <source>%1 crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/backup/ProgramRun.cpp" line="102"/>
        <source>%1 failed (exit code %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::RestoreJob</name>
    <message>
        <location filename="../app/backup/RestoreJob.cpp" line="44"/>
        <source>The backup %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/backup/RestoreJob.cpp" line="46"/>
        <source>Restore either into a new database or over an existing one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/backup/RestoreJob.cpp" line="48"/>
        <source>Restoring over %1 replaces its objects: type its name to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/backup/RestoreJob.cpp" line="51"/>
        <source>Parallel jobs must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/backup/RestoreJob.cpp" line="53"/>
        <source>A single transaction cannot be shared by parallel jobs: choose one or the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/backup/RestoreJob.cpp" line="56"/>
        <source>A plain SQL backup has no DROP statements, so it restores only into a new database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/backup/RestoreJob.cpp" line="58"/>
        <source>A plain SQL backup is restored whole by psql: no parallel jobs, no selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/backup/RestoreJob.cpp" line="136"/>
        <source>A plain SQL backup has no table of contents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/backup/RestoreJob.cpp" line="148"/>
        <source>%1 cannot be read as an archive: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/backup/RestoreJob.cpp" line="159"/>
        <source>Restore cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/backup/RestoreJob.cpp" line="176"/>
        <source>Cannot connect to the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/backup/RestoreJob.cpp" line="188"/>
        <source>The archive is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/backup/RestoreJob.cpp" line="201"/>
        <source>A database named %1 already exists: choose another name, or restore over it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/backup/RestoreJob.cpp" line="207"/>
        <source>Cannot create the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/backup/RestoreJob.cpp" line="240"/>
        <source>Cannot write the list of objects to restore: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/backup/RestoreJob.cpp" line="271"/>
        <source>What was restored so far stays in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/backup/RestoreJob.cpp" line="286"/>
        <source>The restore into %1 failed%2: %3. What was restored so far stays there for inspection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/backup/RestoreJob.cpp" line="287"/>
        <source> at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/backup/RestoreJob.cpp" line="294"/>
        <source>Restored %1 into %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::ResultTableModel</name>
    <message>
        <location filename="../app/db/ResultTableModel.cpp" line="35"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/db/ResultTableModel.cpp" line="35"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::RetentionPolicy</name>
    <message>
        <location filename="../app/backup/BackupCatalog.cpp" line="46"/>
        <source>cannot save the retention policy in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::SandboxServer</name>
    <message>
        <location filename="../app/db/SandboxServer.cpp" line="128"/>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/db/SandboxServer.cpp" line="142"/>
        <source>no PostgreSQL server binaries found (looked in %1); install postgresql-15 or set SG_PG_BINDIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/db/SandboxServer.cpp" line="150"/>
        <source>cannot create a temporary directory in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/db/SandboxServer.cpp" line="168"/>
        <location filename="../app/db/SandboxServer.cpp" line="192"/>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::SqlSplitter</name>
    <message>
        <location filename="../app/migrate/SqlSplitter.cpp" line="46"/>
        <source>%1 that starts on line %2 never ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/SqlSplitter.cpp" line="102"/>
        <source>A /* comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/SqlSplitter.cpp" line="128"/>
        <source>A quoted name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/SqlSplitter.cpp" line="128"/>
        <source>A string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/SqlSplitter.cpp" line="140"/>
        <source>A %1 body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/SqlSplitter.cpp" line="168"/>
        <location filename="../app/migrate/SqlSplitter.cpp" line="175"/>
        <source>COPY data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/SqlSplitter.cpp" line="189"/>
        <source>A BEGIN ATOMIC body</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::TableAdvisor</name>
    <message>
        <location filename="../app/advisor/TableAdvisor.cpp" line="39"/>
        <source>%1 dead tuples (%2 % of the rows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/advisor/TableAdvisor.cpp" line="42"/>
        <source>About %1 (%2 %) more than the live rows need, by the statistics estimate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/advisor/TableAdvisor.cpp" line="45"/>
        <source> VACUUM makes the space reusable; giving it back to the operating system takes VACUUM FULL (an exclusive lock) or pg_repack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/advisor/TableAdvisor.cpp" line="51"/>
        <source>Autovacuum is switched off for this table and its dead tuples are past the threshold at which autovacuum would have run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/advisor/TableAdvisor.cpp" line="60"/>
        <source>%1 sequential scans read %2 rows (about %3 each) against %4 index scans: a candidate for an index. Find the queries in Slow queries and EXPLAIN them to see which columns they filter on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/advisor/TableAdvisor.cpp" line="76"/>
        <source>About %1 of its %2 (%3 %) are more than its entries need, by the statistics estimate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::WhatIf</name>
    <message>
        <location filename="../app/plan/WhatIf.cpp" line="116"/>
        <source>%1 reads %2 rows to keep %3: an index on the filtered columns reads only those.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/plan/WhatIf.cpp" line="119"/>
        <source>%1 filters on these columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/plan/WhatIf.cpp" line="132"/>
        <source>%1 is sorted by these columns; an index in that order can return the rows sorted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/plan/WhatIf.cpp" line="143"/>
        <source>%1 is joined on these columns; with an index the join can look rows up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/plan/WhatIf.cpp" line="146"/>
        <source>%1 is joined on these columns.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::WhatIfRunner</name>
    <message>
        <location filename="../app/plan/WhatIfRunner.cpp" line="20"/>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/plan/WhatIfRunner.cpp" line="25"/>
        <source>hypopg is installed on the server but not in this database: CREATE EXTENSION hypopg; (needs the CREATE privilege on the database). It creates nothing until asked, and what it creates lives only in one session&apos;s memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/plan/WhatIfRunner.cpp" line="30"/>
        <source>What-if indexes need the hypopg extension, which this server does not have: install it (Debian/Ubuntu: postgresql-%1-hypopg; elsewhere see github.com/HypoPG/hypopg), then CREATE EXTENSION hypopg;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/plan/WhatIfRunner.cpp" line="48"/>
        <source>No candidate: the plan has no sequential scan or wasteful index scan with a filter or join condition an index could serve.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::cli</name>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="71"/>
        <source>Back up a database with pg_dump, record it (checksum, row counts) and prune the folder by its retention policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="73"/>
        <source>destination folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="74"/>
        <source>daily, weekly or manual (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="77"/>
        <source>custom (default), directory, plain (gzip) or tar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="79"/>
        <source>compression level 0-9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="81"/>
        <source>parallel jobs (directory format)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="83"/>
        <source>only this schema (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="86"/>
        <source>not this schema (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="87"/>
        <source>only this table (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="89"/>
        <source>not this table (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="91"/>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="92"/>
        <source>no schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="93"/>
        <source>no ownership commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="94"/>
        <source>no GRANT/REVOKE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="96"/>
        <source>do not count rows (a full verify then cannot compare counts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="97"/>
        <source>do not prune the folder afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="108"/>
        <source>--connect and --dir are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="121"/>
        <source>--kind takes daily, weekly or manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="127"/>
        <source>--format takes custom, directory, plain or tar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="136"/>
        <source>--compress and --jobs take numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="166"/>
        <source>Verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="173"/>
        <source>Pruned %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="182"/>
        <source>Delete the backups the folder&apos;s retention policy no longer keeps (manual backups never).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="184"/>
        <source>only say what would be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="186"/>
        <source>daily backups to keep (saved as the folder&apos;s policy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="189"/>
        <source>weekly backups to keep (saved as the folder&apos;s policy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="192"/>
        <location filename="../app/cli/BackupCommand.cpp" line="286"/>
        <source>backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="197"/>
        <location filename="../app/cli/BackupCommand.cpp" line="291"/>
        <source>give one backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="200"/>
        <location filename="../app/cli/MigrateCommand.cpp" line="197"/>
        <source>%1 is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="211"/>
        <source>--keep-daily and --keep-weekly take counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="225"/>
        <source>would delete %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="230"/>
        <source>nothing to delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="235"/>
        <source>deleted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="245"/>
        <source>Check a backup: checksum and archive (quick), or restore it into a scratch database and compare row counts (--full).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="248"/>
        <source>restore into a scratch database (needs --connect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="250"/>
        <location filename="../app/cli/BackupCommand.cpp" line="374"/>
        <source>the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="256"/>
        <location filename="../app/cli/BackupCommand.cpp" line="380"/>
        <source>give one backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="264"/>
        <source>--full needs --connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="282"/>
        <source>List the backups in a folder with their records, verification and what the retention policy keeps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="284"/>
        <source>as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="318"/>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="318"/>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="319"/>
        <source>not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="320"/>
        <source>kept: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="320"/>
        <source>prune: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="323"/>
        <source>no Sightglass backups in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="325"/>
        <source>(not a Sightglass backup, left alone: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="342"/>
        <source>Usage: sightglass backup run|prune|verify|list [options]
  run     back up a database (--connect, --dir, --kind …), verify it, prune the folder
  prune   delete what the retention policy no longer keeps (--dry-run to preview)
  verify  check a backup (--full: restore into a scratch database)
  list    the backups in a folder (--json)
Each takes --help.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="352"/>
        <source>sightglass backup: unknown subcommand &apos;%1&apos;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="360"/>
        <source>Restore a backup into a new database (the default), or over an existing one when its name is given twice (--into NAME --confirm NAME).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="362"/>
        <source>create this database and restore into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="365"/>
        <source>restore over this existing database (--clean --if-exists)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="367"/>
        <source>repeat the existing database&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="370"/>
        <source>all or nothing (not with --jobs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="371"/>
        <source>parallel jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="372"/>
        <source>skip ownership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="382"/>
        <source>--connect is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="400"/>
        <source>--jobs takes a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="421"/>
        <source>back up, verify, prune and list backups (for cron)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="427"/>
        <source>restore a backup into a new or existing database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/MigrateCommand.cpp" line="47"/>
        <source>safer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/MigrateCommand.cpp" line="64"/>
        <source>lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/MigrateCommand.cpp" line="74"/>
        <source>Tracking: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/MigrateCommand.cpp" line="83"/>
        <source>problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/MigrateCommand.cpp" line="85"/>
        <source>ignored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/MigrateCommand.cpp" line="107"/>
        <source>Migrations in a folder (023_name.sql, V23__name.sql, 20250105120000_name.up.sql, with their rollback files):
  status    applied, pending, missing, changed, out of order, failed; and what to do
  lint      findings per statement, with the locks each takes (live facts with --connect)
  rehearse  run the pending migrations in a transaction that is rolled back
  apply     apply the pending migrations, each in its own transaction
  rollback  run the rollback files of the last applied migration(s)
Exit codes: 0 clean, 1 findings at or above --fail-on (or a failed rehearsal), 2 error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/MigrateCommand.cpp" line="117"/>
        <location filename="../app/cli/PlanCommand.cpp" line="92"/>
        <location filename="../app/cli/StatementsCommand.cpp" line="32"/>
        <source>server (URI or key=value; PG* variables and ~/.pgpass apply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/MigrateCommand.cpp" line="119"/>
        <source>machine-readable output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/MigrateCommand.cpp" line="120"/>
        <source>info, warning or error (default error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/MigrateCommand.cpp" line="123"/>
        <source>schema of the tracking table (default sightglass)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/MigrateCommand.cpp" line="127"/>
        <source>apply: how long a statement may wait for a lock, ms (default 5000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/MigrateCommand.cpp" line="129"/>
        <source>apply: limit per statement, ms (default none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/MigrateCommand.cpp" line="131"/>
        <source>rollback: how many migrations (default 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/MigrateCommand.cpp" line="133"/>
        <source>apply/rehearse only up to this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/MigrateCommand.cpp" line="137"/>
        <source>also apply pending migrations older than the newest applied one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/MigrateCommand.cpp" line="140"/>
        <source>the migrations folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/MigrateCommand.cpp" line="154"/>
        <source>give an action (%1) and the migrations folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/MigrateCommand.cpp" line="159"/>
        <source>--fail-on takes info, warning or error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/MigrateCommand.cpp" line="177"/>
        <source>--lock-timeout, --statement-timeout and --steps take a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/MigrateCommand.cpp" line="186"/>
        <source>%1 needs --connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/MigrateCommand.cpp" line="229"/>
        <source>%1 migration(s), %2 finding(s) (%3 at or above %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/MigrateCommand.cpp" line="241"/>
        <source>blocked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/MigrateCommand.cpp" line="256"/>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/MigrateCommand.cpp" line="262"/>
        <source>Nothing to do: no pending migrations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/MigrateCommand.cpp" line="281"/>
        <source>status, lint, rehearse, apply and roll back schema migrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="47"/>
        <source>Analyse an EXPLAIN (FORMAT JSON) plan, as psql prints it or auto_explain logs it: time per node (inclusive and exclusive), misestimates, buffers, warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="51"/>
        <source>the plan; - or nothing reads standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="63"/>
        <location filename="../app/cli/PlanCommand.cpp" line="111"/>
        <source>--format takes text or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="65"/>
        <source>give one plan file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="71"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="88"/>
        <source>EXPLAIN a statement and analyse the plan. With --analyze it runs, inside BEGIN … ROLLBACK so that nothing it changes stays, under a statement timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="95"/>
        <source>run the statement (rolled back) for real times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="97"/>
        <source>statement timeout in seconds (default 60)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="99"/>
        <source>the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="113"/>
        <source>give the statement as one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="124"/>
        <source>--timeout takes seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="129"/>
        <source>the statement has $n parameters; put values in their place (EXPLAIN needs them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="176"/>
        <source>The statement changes data: it ran inside BEGIN … ROLLBACK, so nothing it changed was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="186"/>
        <source>analyse an EXPLAIN (FORMAT JSON) plan from a file or standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="192"/>
        <source>EXPLAIN [ANALYZE] a statement safely and analyse the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="25"/>
        <source>Write a health report: settings, cache, connections, and every index, foreign key and bloat finding with the SQL that fixes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="30"/>
        <source>server to report on (URI or key=value; PG* variables and ~/.pgpass apply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="32"/>
        <source>md (default), html or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="35"/>
        <source>write to FILE instead of standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="48"/>
        <location filename="../app/cli/TopCommand.cpp" line="60"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="52"/>
        <source>--format takes md, html or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="99"/>
        <source>health report: settings, cache, connections and every finding with its fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SandboxCommand.cpp" line="30"/>
        <source>Start a throwaway PostgreSQL server, print how to connect, and remove it again on Ctrl+C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SandboxCommand.cpp" line="35"/>
        <source>load the demo data and planted problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SandboxCommand.cpp" line="37"/>
        <source>stop after N seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SandboxCommand.cpp" line="51"/>
        <source>sandbox: bad arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SandboxCommand.cpp" line="86"/>
        <source>start a throwaway PostgreSQL server (--demo loads demo data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/StatementsCommand.cpp" line="28"/>
        <source>The statements pg_stat_statements has seen, most expensive first: calls, times, rows, buffers, temporary files, I/O and WAL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/StatementsCommand.cpp" line="34"/>
        <source>how many (default 20)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/StatementsCommand.cpp" line="37"/>
        <source>column to sort by, largest first (default total_ms): calls, total_ms, mean_ms, max_ms, stddev_ms, plan_ms, rows, shared_read, temp_written, io_read_ms, wal_bytes …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/StatementsCommand.cpp" line="41"/>
        <source>as JSON, with the whole statement text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/StatementsCommand.cpp" line="56"/>
        <source>--top takes a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/StatementsCommand.cpp" line="73"/>
        <source>pg_stat_statements must be in shared_preload_libraries (postgresql.conf, then a restart) and created in the database (CREATE EXTENSION pg_stat_statements;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/StatementsCommand.cpp" line="83"/>
        <source>no such column to order by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/StatementsCommand.cpp" line="136"/>
        <source>the most expensive statements from pg_stat_statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/TopCommand.cpp" line="28"/>
        <source>Sample server activity like the Activity panel, without a window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/TopCommand.cpp" line="32"/>
        <source>server to sample (URI or key=value; PG* variables and ~/.pgpass apply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/TopCommand.cpp" line="35"/>
        <source>seconds between samples, 0.5 to 60 (default 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/TopCommand.cpp" line="38"/>
        <source>stop after N samples (default: run until stopped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/TopCommand.cpp" line="40"/>
        <source>print one JSON object per sample and line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/TopCommand.cpp" line="56"/>
        <source>--interval takes seconds from 0.5 to 60</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/TopCommand.cpp" line="58"/>
        <source>--count takes a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/TopCommand.cpp" line="137"/>
        <source>sample sessions, pools and rates like the Activity panel (--json for scripts)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::cli::CommandDispatcher</name>
    <message>
        <location filename="../app/cli/CommandDispatcher.cpp" line="49"/>
        <source>Usage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandDispatcher.cpp" line="53"/>
        <source>Window options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandDispatcher.cpp" line="55"/>
        <source>connect at start (URI or key=value; PG* variables, ~/.pgpass apply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandDispatcher.cpp" line="56"/>
        <source>connect with a saved profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandDispatcher.cpp" line="58"/>
        <source>render the window offscreen once the panels have data, save a PNG, exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandDispatcher.cpp" line="59"/>
        <source>start a throwaway demo server with planted problems and open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandDispatcher.cpp" line="61"/>
        <source>show this help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandDispatcher.cpp" line="62"/>
        <source>show the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandDispatcher.cpp" line="63"/>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandDispatcher.cpp" line="66"/>
        <source>Run &apos;sightglass COMMAND --help&apos; for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandDispatcher.cpp" line="91"/>
        <source>sightglass: unknown option &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandDispatcher.cpp" line="93"/>
        <source>sightglass: unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::lockmode</name>
    <message>
        <location filename="../app/migrate/LockMode.cpp" line="46"/>
        <source>no table lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/LockMode.cpp" line="50"/>
        <source>blocks only DDL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/LockMode.cpp" line="52"/>
        <source>blocks DDL, VACUUM and other schema changes; reads and writes go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/LockMode.cpp" line="54"/>
        <source>blocks writes (INSERT, UPDATE, DELETE); reads go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/LockMode.cpp" line="56"/>
        <source>blocks writes and other schema changes; reads go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/LockMode.cpp" line="58"/>
        <source>blocks writes; only plain reads go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/migrate/LockMode.cpp" line="60"/>
        <source>blocks reads and writes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::ui::ActivityPanel</name>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="68"/>
        <source>Pools (SHOW POOLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="70"/>
        <source>Stats (SHOW STATS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="74"/>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="76"/>
        <source>Applications (pools)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="80"/>
        <source>Databases &amp;&amp; users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="81"/>
        <source>Alert log</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/activity/ActivityPanel.cpp" line="115"/>
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/activity/ActivityPanel.cpp" line="115"/>
        <source>%n h</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="119"/>
        <source>Scale to max_connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="123"/>
        <source>Off: the connections chart fits the sessions, and the max_connections line is hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="128"/>
        <location filename="../ui/activity/ActivityPanel.cpp" line="288"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="135"/>
        <location filename="../ui/activity/ActivityPanel.cpp" line="245"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="137"/>
        <source>Time between samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="142"/>
        <source>Export PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="145"/>
        <source>Export charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="145"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="149"/>
        <location filename="../ui/activity/ActivityPanel.cpp" line="158"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="151"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="154"/>
        <source>Export samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="154"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="160"/>
        <source>Warnings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="173"/>
        <source>Window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="178"/>
        <source>Sample every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="196"/>
        <source>Connections by state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="198"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="199"/>
        <source>lock wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="200"/>
        <source>other wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="201"/>
        <source>idle in tx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="202"/>
        <source>aborted tx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="203"/>
        <source>idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="204"/>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="205"/>
        <source>ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="206"/>
        <source>max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="208"/>
        <source>Utilization of usable connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="209"/>
        <source>utilization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="210"/>
        <location filename="../ui/activity/ActivityPanel.cpp" line="223"/>
        <source>threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="214"/>
        <source>Transactions per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="215"/>
        <source>commits + rollbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="216"/>
        <source>rollbacks %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="219"/>
        <source>Cache hit ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="220"/>
        <source>all databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="221"/>
        <source>tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="222"/>
        <source>indexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="238"/>
        <source>pgbouncer clients and servers (all pools)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="239"/>
        <source>cl_active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="240"/>
        <source>cl_waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="241"/>
        <source>sv_active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="242"/>
        <source>sv_idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="243"/>
        <source>Longest client wait (maxwait)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="244"/>
        <source>maxwait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="246"/>
        <source>Throughput (SHOW STATS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="247"/>
        <source>transactions/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="248"/>
        <source>queries/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="249"/>
        <source>avg query ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="288"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="374"/>
        <source>%1 of %2 usable connections (%3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="379"/>
        <source> · %1 tps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="381"/>
        <source> · cache hit %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="383"/>
        <source> · statistics were reset: rates resume with the next sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="389"/>
        <source>History not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="399"/>
        <source>Could not write %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::ui::AdvisorPanel</name>
    <message>
        <location filename="../ui/advisor/AdvisorPanel.cpp" line="35"/>
        <source>Reading the catalogs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/advisor/AdvisorPanel.cpp" line="39"/>
        <source>Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/advisor/AdvisorPanel.cpp" line="42"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/advisor/AdvisorPanel.cpp" line="63"/>
        <source>Exact figures (pgstattuple)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/advisor/AdvisorPanel.cpp" line="64"/>
        <source>Reads the whole selected table to count its live, dead and free space exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/advisor/AdvisorPanel.cpp" line="108"/>
        <source>That index no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/advisor/AdvisorPanel.cpp" line="121"/>
        <source>pgstattuple: %1 in %2 live tuples (%3 %), %4 dead tuples (%5 %), %6 free (%7 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/advisor/AdvisorPanel.cpp" line="144"/>
        <source>%n index(es), %1 finding(s). Usage statistics count since %2 (%3)%4.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/advisor/AdvisorPanel.cpp" line="149"/>
        <source>, the last statistics reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/advisor/AdvisorPanel.cpp" line="149"/>
        <source>, the server start</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/advisor/AdvisorPanel.cpp" line="151"/>
        <source>%n table(s), %1 finding(s). Bloat is a statistics-based estimate (run ANALYZE first); exact figures come from pgstattuple.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/advisor/AdvisorPanel.cpp" line="178"/>
        <source>Select a table first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/advisor/AdvisorPanel.cpp" line="188"/>
        <source>pgstattuple is available but not installed in this database: CREATE EXTENSION pgstattuple; (needs CREATE on the database), then refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/advisor/AdvisorPanel.cpp" line="190"/>
        <source>pgstattuple is not available on this server: install the contrib package (postgresql-contrib), then CREATE EXTENSION pgstattuple;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/advisor/AdvisorPanel.cpp" line="197"/>
        <source>Exact figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/advisor/AdvisorPanel.cpp" line="198"/>
        <source>pgstattuple reads all of %1 (%2) to count it exactly, which costs I/O on a big table.

SELECT * FROM pgstattuple(&apos;%1&apos;);

Go ahead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/advisor/AdvisorPanel.cpp" line="204"/>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::ui::BackupDialog</name>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="59"/>
        <source>Back up — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="68"/>
        <source>Custom archive (compressed, selective restore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="69"/>
        <source>Directory (parallel jobs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="70"/>
        <source>Plain SQL, gzip-compressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="71"/>
        <source>Tar archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="74"/>
        <source>pg_dump&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="78"/>
        <source>Parallel dump jobs; only the directory format writes tables in parallel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="84"/>
        <source>pg_dump patterns, comma-separated (e.g. public, &quot;Order Ref&quot;.*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="85"/>
        <source>Schema only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="86"/>
        <source>Data only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="87"/>
        <source>No owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="88"/>
        <source>No privileges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="89"/>
        <source>Count rows in the backup&apos;s snapshot (for a full verification)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="97"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="102"/>
        <source>Manual (never deleted by the policy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="103"/>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="104"/>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="110"/>
        <source>keep daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="112"/>
        <source>weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="118"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="123"/>
        <location filename="../ui/backup/BackupDialog.cpp" line="155"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="124"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="125"/>
        <source>Compression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="126"/>
        <source>Parallel jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="127"/>
        <source>Only schemas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="128"/>
        <source>Not schemas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="129"/>
        <source>Only tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="130"/>
        <source>Not tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="133"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="134"/>
        <location filename="../ui/backup/BackupDialog.cpp" line="155"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="135"/>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="136"/>
        <source>Cron line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="139"/>
        <source>found automatically (PATH, /usr/lib/postgresql/*/bin …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="140"/>
        <source>The folder of the PostgreSQL client programs to prefer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="141"/>
        <source>Programs folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="150"/>
        <location filename="../ui/backup/BackupDialog.cpp" line="192"/>
        <source>Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="155"/>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="155"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="155"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="156"/>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="156"/>
        <source>Retention policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="163"/>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="164"/>
        <source>Checksum and archive read-back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="165"/>
        <source>Verify fully</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="166"/>
        <source>Restore into a scratch database on this server, compare row counts, drop it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="167"/>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="168"/>
        <source>Prune…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="169"/>
        <source>Delete what the retention policy no longer keeps, after showing the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="170"/>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="179"/>
        <source>Backups in this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="194"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="196"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="242"/>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="280"/>
        <source>Dumping %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="380"/>
        <source>Starting pg_dump…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="404"/>
        <source>Verifying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="434"/>
        <source>Prune backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="435"/>
        <source>The retention policy (keep %1 daily, %2 weekly; manual never) no longer keeps these backups. Delete them?

%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/backup/BackupDialog.cpp" line="447"/>
        <source>Pruned %n backup(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/backup/BackupDialog.cpp" line="467"/>
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/backup/BackupDialog.cpp" line="468"/>
        <source>%n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/backup/BackupDialog.cpp" line="469"/>
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="470"/>
        <source>not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="472"/>
        <source>kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="472"/>
        <source>will be pruned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="500"/>
        <source>Select a backup first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="500"/>
        <source>Wait for the current run to end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="508"/>
        <source>Restoring %1 into a scratch database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="509"/>
        <source>Verifying %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::ui::ConnectionDialog</name>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="17"/>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="48"/>
        <source>(new connection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="107"/>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="111"/>
        <source>superuser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="113"/>
        <source>pg_monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="115"/>
        <source>no pg_monitor: other users&apos; queries will be hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="117"/>
        <source>Connected: PostgreSQL %1, database %2 as %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="137"/>
        <source>Give the profile a name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="146"/>
        <source>Saved “%1” (without a password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="156"/>
        <source>Deleted “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::ui::FindingsView</name>
    <message>
        <location filename="../ui/advisor/FindingsView.cpp" line="50"/>
        <source>Select a finding to see why, and the statement that fixes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/advisor/FindingsView.cpp" line="51"/>
        <source>Copy SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/advisor/FindingsView.cpp" line="52"/>
        <source>Run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/advisor/FindingsView.cpp" line="53"/>
        <source>Save as migration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/advisor/FindingsView.cpp" line="97"/>
        <source>Copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/advisor/FindingsView.cpp" line="102"/>
        <source>Save the fix into the migrations folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/advisor/FindingsView.cpp" line="145"/>
        <source>This profile is read-only (production). Use Server → Allow writes… first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/advisor/FindingsView.cpp" line="152"/>
        <source>(No statement fixes this by itself.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/advisor/FindingsView.cpp" line="160"/>
        <source>Run fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/advisor/FindingsView.cpp" line="161"/>
        <source>This statement will be sent to the server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/advisor/FindingsView.cpp" line="163"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/advisor/FindingsView.cpp" line="168"/>
        <source>Not sent: the session is read-only or a fix is still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/advisor/FindingsView.cpp" line="172"/>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/advisor/FindingsView.cpp" line="183"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::ui::LiveTableView</name>
    <message>
        <location filename="../ui/LiveTableView.cpp" line="22"/>
        <source>Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LiveTableView.cpp" line="71"/>
        <source>Waiting for the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/LiveTableView.cpp" line="74"/>
        <source>%n row(s), updated %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="57"/>
        <location filename="../ui/MainWindow.cpp" line="276"/>
        <source>Sightglass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="84"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="86"/>
        <source>Not connected. File → Connect… (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="93"/>
        <source>Slow queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="94"/>
        <source>Indexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="97"/>
        <source>Bloat &amp;&amp; vacuum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="102"/>
        <source>Query &amp;&amp; plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="119"/>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="129"/>
        <source>round trip %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="161"/>
        <source>pg_stat_statements is created in this database but not loaded by the server: add it to shared_preload_libraries in postgresql.conf (shared_preload_libraries = &apos;pg_stat_statements&apos;) and restart the server. The other panels work without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="166"/>
        <source>pg_stat_statements is loaded by the server but not created in this database: run CREATE EXTENSION pg_stat_statements; here (needs the CREATE privilege). The other panels work without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="169"/>
        <source>Slow queries come from pg_stat_statements, which this database does not have. Two steps: add it to shared_preload_libraries in postgresql.conf and restart the server (if it is not loaded already), then run CREATE EXTENSION pg_stat_statements; in this database. The other panels work without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="178"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="179"/>
        <source>&amp;Connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="181"/>
        <source>Export health &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="183"/>
        <source>Export health report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="184"/>
        <source>Markdown (*.md);;HTML (*.html);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="189"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="193"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="194"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="200"/>
        <source>&amp;Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="201"/>
        <source>Allow &amp;writes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="208"/>
        <source>&amp;Back up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="215"/>
        <source>Re&amp;store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="223"/>
        <source>&amp;Migrations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="230"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="231"/>
        <source>&amp;About Sightglass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="232"/>
        <source>About Sightglass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="233"/>
        <source>&lt;b&gt;Sightglass %1&lt;/b&gt;&lt;p&gt;A native console for PostgreSQL: live activity, index and bloat advice, slow queries, migrations and backups.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="243"/>
        <source>%1 — Sightglass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="332"/>
        <source>PostgreSQL %1 · %2@%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="335"/>
        <source> · read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="348"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="349"/>
        <source>%1

Password for %2 (used for this session only, never saved):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="364"/>
        <source>Collecting the health report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="373"/>
        <source>Health report written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="387"/>
        <source>Allow writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="388"/>
        <source>This profile is marked as production and opens read-only.

Allow statements that change the server (cancel, terminate, DDL) for this session? Sightglass still asks before each one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::ui::MigrationApplyPage</name>
    <message>
        <location filename="../ui/migrate/MigrationApplyPage.cpp" line="29"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationApplyPage.cpp" line="31"/>
        <source>Each migration runs in its own transaction under the lock timeout; statements that cannot run in one run alone, in order. The first error stops the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationApplyPage.cpp" line="42"/>
        <source>&amp;Back up the database first, to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationApplyPage.cpp" line="50"/>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationApplyPage.cpp" line="58"/>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationApplyPage.cpp" line="84"/>
        <source>Backing up… %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationApplyPage.cpp" line="91"/>
        <source>&lt;b style=&apos;color:#c01c28&apos;&gt;The backup failed, so nothing was applied.&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationApplyPage.cpp" line="110"/>
        <source>&lt;b&gt;Done.&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationApplyPage.cpp" line="111"/>
        <source>&lt;b style=&apos;color:#c01c28&apos;&gt;Stopped.&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationApplyPage.cpp" line="114"/>
        <source>Backup taken before: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationApplyPage.cpp" line="132"/>
        <source>The connection is read-only: choose Server → Allow writes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationApplyPage.cpp" line="134"/>
        <source>Nothing to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationApplyPage.cpp" line="135"/>
        <source>These rollback files will run, newest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationApplyPage.cpp" line="136"/>
        <source>These migrations will run, in this order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationApplyPage.cpp" line="144"/>
        <source>Nothing can run until this is resolved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/migrate/MigrationApplyPage.cpp" line="147"/>
        <source>&amp;Roll back %n migration(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/migrate/MigrationApplyPage.cpp" line="148"/>
        <source>&amp;Apply %n migration(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationApplyPage.cpp" line="170"/>
        <source>Roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationApplyPage.cpp" line="170"/>
        <source>Apply migrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationApplyPage.cpp" line="171"/>
        <source>Run these on %1?

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationApplyPage.cpp" line="192"/>
        <source>&lt;b style=&apos;color:#c01c28&apos;&gt;The backup cannot start, so nothing was applied.&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationApplyPage.cpp" line="196"/>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationApplyPage.cpp" line="205"/>
        <source>Rolling back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationApplyPage.cpp" line="205"/>
        <source>Applying…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::ui::MigrationPreviewPage</name>
    <message>
        <location filename="../ui/migrate/MigrationPreviewPage.cpp" line="55"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationPreviewPage.cpp" line="57"/>
        <source>The SQL that would run, with lint markers in the margin and, under each statement, the lock it takes and on what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationPreviewPage.cpp" line="66"/>
        <source>Migration files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationPreviewPage.cpp" line="70"/>
        <source>Migration SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationPreviewPage.cpp" line="87"/>
        <source>Lint findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationPreviewPage.cpp" line="88"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationPreviewPage.cpp" line="88"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationPreviewPage.cpp" line="88"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationPreviewPage.cpp" line="88"/>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationPreviewPage.cpp" line="97"/>
        <source>Select a finding to see why it matters and the safe way to write it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationPreviewPage.cpp" line="130"/>
        <source>rollback of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationPreviewPage.cpp" line="136"/>
        <source> (live)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationPreviewPage.cpp" line="148"/>
        <source>Nothing to run: every migration in the folder is applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationPreviewPage.cpp" line="149"/>
        <source>%1 file(s), %2 statement(s); %3 error(s), %4 warning(s). Locks and sizes are read from the server now; the sessions named would make a statement wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationPreviewPage.cpp" line="193"/>
        <source>runs alone, outside a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationPreviewPage.cpp" line="209"/>
        <source>%1

Why: %2

Safer:
%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::ui::MigrationRehearsePage</name>
    <message>
        <location filename="../ui/migrate/MigrationRehearsePage.cpp" line="19"/>
        <source>Rehearse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationRehearsePage.cpp" line="21"/>
        <source>Runs the migrations in one transaction and rolls it back: nothing stays. Lock waits end after 2 s and statements after 60 s, so a rehearsal on a busy server cannot hold anyone up for long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationRehearsePage.cpp" line="31"/>
        <source>Rehearse &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationRehearsePage.cpp" line="32"/>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationRehearsePage.cpp" line="56"/>
        <source>&lt;b&gt;Passed.&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationRehearsePage.cpp" line="57"/>
        <source>&lt;b style=&apos;color:#c01c28&apos;&gt;Failed.&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationRehearsePage.cpp" line="76"/>
        <source>Nothing to rehearse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationRehearsePage.cpp" line="79"/>
        <source>Rehearsing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::ui::MigrationResultPage</name>
    <message>
        <location filename="../ui/migrate/MigrationResultPage.cpp" line="17"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationResultPage.cpp" line="26"/>
        <source>Tracking table rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationResultPage.cpp" line="27"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationResultPage.cpp" line="27"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationResultPage.cpp" line="27"/>
        <source>Applied by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationResultPage.cpp" line="27"/>
        <source>Applied at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationResultPage.cpp" line="28"/>
        <source>Took</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationResultPage.cpp" line="28"/>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationResultPage.cpp" line="28"/>
        <source>Transactional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationResultPage.cpp" line="40"/>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationResultPage.cpp" line="40"/>
        <source>&lt;b style=&apos;color:#c01c28&apos;&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationResultPage.cpp" line="44"/>
        <source>INVALID index left behind: %1. Drop it with DROP INDEX CONCURRENTLY before running again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationResultPage.cpp" line="58"/>
        <source>The rows of %1 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationResultPage.cpp" line="69"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationResultPage.cpp" line="70"/>
        <location filename="../ui/migrate/MigrationResultPage.cpp" line="71"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationResultPage.cpp" line="70"/>
        <source>no — failed part-way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationResultPage.cpp" line="71"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::ui::MigrationSourcePage</name>
    <message>
        <location filename="../ui/migrate/MigrationSourcePage.cpp" line="24"/>
        <location filename="../ui/migrate/MigrationSourcePage.cpp" line="43"/>
        <location filename="../ui/migrate/MigrationSourcePage.cpp" line="47"/>
        <source>Migrations folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationSourcePage.cpp" line="26"/>
        <source>Plain SQL files named 023_name.sql, V23__name.sql or 20250105120000_name.up.sql; rollbacks as 023_name_rollback.sql, U23__name.sql or .down.sql.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationSourcePage.cpp" line="30"/>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationSourcePage.cpp" line="33"/>
        <source>This connection is read-only: status, preview and rehearsal work; to apply or roll back, choose Server → Allow writes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationSourcePage.cpp" line="44"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationSourcePage.cpp" line="54"/>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationSourcePage.cpp" line="59"/>
        <source>The tracking table is &lt;schema&gt;.schema_migrations. Flyway&apos;s and golang-migrate&apos;s histories are read when found, never written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationSourcePage.cpp" line="61"/>
        <source>Tracking &amp;schema:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationSourcePage.cpp" line="63"/>
        <source>&amp;Apply pending migrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationSourcePage.cpp" line="64"/>
        <source>&amp;Roll back the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationSourcePage.cpp" line="68"/>
        <source> applied migration(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationSourcePage.cpp" line="73"/>
        <source>Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationSourcePage.cpp" line="80"/>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationSourcePage.cpp" line="82"/>
        <source>How long a statement may wait for a lock while applying before it gives up (and its migration rolls back), so a migration never queues every query behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationSourcePage.cpp" line="84"/>
        <source>&amp;Lock timeout:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::ui::MigrationStatusPage</name>
    <message>
        <location filename="../ui/migrate/MigrationStatusPage.cpp" line="40"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationStatusPage.cpp" line="41"/>
        <source>What the database has applied, against the files in the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationStatusPage.cpp" line="49"/>
        <source>Migration status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationStatusPage.cpp" line="51"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationStatusPage.cpp" line="51"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationStatusPage.cpp" line="51"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationStatusPage.cpp" line="51"/>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationStatusPage.cpp" line="51"/>
        <source>Took</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationStatusPage.cpp" line="51"/>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationStatusPage.cpp" line="70"/>
        <source>Reading the folder and the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationStatusPage.cpp" line="90"/>
        <source>The server could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationStatusPage.cpp" line="107"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationStatusPage.cpp" line="123"/>
        <source>%1 applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationStatusPage.cpp" line="123"/>
        <source>%1 pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationStatusPage.cpp" line="131"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — history in %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/migrate/MigrationStatusPage.cpp" line="134"/>
        <source>%n migration(s) to roll back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/migrate/MigrationStatusPage.cpp" line="135"/>
        <source>%n migration(s) to apply.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationStatusPage.cpp" line="138"/>
        <source>Blocks applying: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationStatusPage.cpp" line="140"/>
        <source>Ignored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationStatusPage.cpp" line="141"/>
        <source>Nothing blocks a run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::ui::MigrationWizard</name>
    <message>
        <location filename="../ui/migrate/MigrationWizard.cpp" line="19"/>
        <source>Migrations — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::ui::PlanCompareDialog</name>
    <message>
        <location filename="../ui/plan/PlanCompareDialog.cpp" line="18"/>
        <source>Compare plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanCompareDialog.cpp" line="23"/>
        <source>Statement: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanCompareDialog.cpp" line="24"/>
        <source>Before: %1
After: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanCompareDialog.cpp" line="31"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanCompareDialog.cpp" line="31"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanCompareDialog.cpp" line="31"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanCompareDialog.cpp" line="31"/>
        <source>ms before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanCompareDialog.cpp" line="31"/>
        <source>cost before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanCompareDialog.cpp" line="32"/>
        <source>ms after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanCompareDialog.cpp" line="32"/>
        <source>cost after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanCompareDialog.cpp" line="32"/>
        <source>buffers before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanCompareDialog.cpp" line="32"/>
        <source>buffers after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanCompareDialog.cpp" line="62"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::ui::PlanTreeModel</name>
    <message>
        <location filename="../ui/plan/PlanTreeModel.cpp" line="102"/>
        <source>never executed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanTreeModel.cpp" line="144"/>
        <source>Time in this node alone: its time x loops, shared across parallel workers, minus its children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanTreeModel.cpp" line="147"/>
        <source>Time in this node and everything under it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanTreeModel.cpp" line="149"/>
        <source>How far the planner&apos;s row estimate was off (↓ more rows came than expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanTreeModel.cpp" line="151"/>
        <source>The planner&apos;s total cost estimate (arbitrary units; compare plans of one statement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanTreeModel.cpp" line="153"/>
        <source>Rows fetched and thrown away by a filter, join filter or index recheck (per loop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanTreeModel.cpp" line="155"/>
        <source>Shared and local buffers found in cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanTreeModel.cpp" line="157"/>
        <source>Shared and local buffers read from disk or the OS cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanTreeModel.cpp" line="159"/>
        <source>Temporary file blocks read and written (sorts and hashes that spilled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanTreeModel.cpp" line="168"/>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanTreeModel.cpp" line="170"/>
        <source>Exclusive ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanTreeModel.cpp" line="172"/>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanTreeModel.cpp" line="174"/>
        <source>Inclusive ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanTreeModel.cpp" line="176"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanTreeModel.cpp" line="178"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanTreeModel.cpp" line="180"/>
        <source>Estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanTreeModel.cpp" line="182"/>
        <source>Off by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanTreeModel.cpp" line="184"/>
        <source>Loops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanTreeModel.cpp" line="186"/>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanTreeModel.cpp" line="188"/>
        <source>Hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanTreeModel.cpp" line="190"/>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanTreeModel.cpp" line="192"/>
        <source>Temp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanTreeModel.cpp" line="194"/>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::ui::PlanView</name>
    <message>
        <location filename="../ui/plan/PlanView.cpp" line="31"/>
        <source>Explain a statement to see its plan here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanView.cpp" line="35"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanView.cpp" line="36"/>
        <source>Copy the tree, the text or the JSON, whichever is showing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanView.cpp" line="63"/>
        <source>Tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanView.cpp" line="64"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanView.cpp" line="65"/>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanView.cpp" line="84"/>
        <source>&lt;b&gt;Execution %1 ms&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanView.cpp" line="86"/>
        <source>&lt;b&gt;Estimated plan&lt;/b&gt; (not executed: costs and row estimates only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanView.cpp" line="87"/>
        <source>planning %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/plan/PlanView.cpp" line="88"/>
        <source>%n node(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanView.cpp" line="90"/>
        <source>trigger %1: %2 ms in %3 call(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanView.cpp" line="96"/>
        <source>JIT: %1 functions, %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanView.cpp" line="106"/>
        <source>Settings that differ from the defaults: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/plan/PlanView.cpp" line="113"/>
        <source>%n node(s) with warnings: see the Warnings column.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::ui::QueryPanel</name>
    <message>
        <location filename="../ui/plan/QueryPanel.cpp" line="41"/>
        <source>Explain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/QueryPanel.cpp" line="42"/>
        <source>The planner&apos;s plan, without running the statement (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/QueryPanel.cpp" line="43"/>
        <source>Explain Analyze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/QueryPanel.cpp" line="45"/>
        <source>Runs the statement inside BEGIN … ROLLBACK for real times and buffers (Ctrl+Shift+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/QueryPanel.cpp" line="46"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/QueryPanel.cpp" line="48"/>
        <source>What-if indexes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/QueryPanel.cpp" line="50"/>
        <source>Try indexes for the shown plan hypothetically (hypopg): the planner&apos;s cost and plan with each, nothing built</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/QueryPanel.cpp" line="53"/>
        <source>Compare with previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/QueryPanel.cpp" line="55"/>
        <source>The shown plan next to the one before it: matched nodes, changed node types and join order, times and buffers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/QueryPanel.cpp" line="61"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/QueryPanel.cpp" line="62"/>
        <source>statement_timeout for Explain Analyze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/QueryPanel.cpp" line="65"/>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/QueryPanel.cpp" line="67"/>
        <source>Replace with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/QueryPanel.cpp" line="68"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/QueryPanel.cpp" line="69"/>
        <source>Replace all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/QueryPanel.cpp" line="70"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/QueryPanel.cpp" line="87"/>
        <source>timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/QueryPanel.cpp" line="141"/>
        <source>This statement changes data. It runs inside BEGIN … ROLLBACK: its changes are rolled back when the plan is in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/QueryPanel.cpp" line="144"/>
        <source>Running EXPLAIN ANALYZE…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/QueryPanel.cpp" line="144"/>
        <source>Planning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/QueryPanel.cpp" line="158"/>
        <source>This statement changes data: it ran inside BEGIN … ROLLBACK, and its changes were rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/QueryPanel.cpp" line="193"/>
        <source>Parameter values</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/plan/QueryPanel.cpp" line="195"/>
        <source>The statement has %n parameter(s). Type each value as SQL: 42, &apos;Smith&apos;, now() - interval &apos;1 day&apos;.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/plan/QueryPanel.cpp" line="258"/>
        <source>Put the cursor in a statement (or select one) first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::ui::RestoreDialog</name>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="34"/>
        <source>Restore — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="37"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="41"/>
        <source>Into a new database (safest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="43"/>
        <source>Over an existing database (drops and recreates its objects)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="47"/>
        <source>type the database&apos;s name to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="48"/>
        <source>Single transaction (all or nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="51"/>
        <source>No owner (objects belong to the connecting user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="53"/>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="53"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="68"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="69"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="71"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="74"/>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="76"/>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="78"/>
        <source>Existing database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="79"/>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="81"/>
        <source>Parallel jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="83"/>
        <source>Command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="91"/>
        <source>What to restore (from the archive&apos;s table of contents):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="118"/>
        <source>Backup to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="119"/>
        <source>Backups (*.dump *.tar *.sql.gz *.sql);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="134"/>
        <source>Restoring %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="179"/>
        <source>A plain SQL backup is restored whole by psql (ON_ERROR_STOP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="200"/>
        <source>(database-wide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="204"/>
        <source>schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="276"/>
        <source>(a selection of objects: in the dialog only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="310"/>
        <source>Disabled: parallel jobs restore over several connections, so they cannot share one transaction. Set jobs to 1 for an all-or-nothing restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="312"/>
        <source>Everything or nothing: an error rolls the whole restore back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="337"/>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::ui::SessionsView</name>
    <message>
        <location filename="../ui/activity/SessionsView.cpp" line="30"/>
        <source>Cancel query…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionsView.cpp" line="31"/>
        <source>Terminate session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionsView.cpp" line="36"/>
        <source>pid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionsView.cpp" line="36"/>
        <source>application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionsView.cpp" line="36"/>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionsView.cpp" line="36"/>
        <source>state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionsView.cpp" line="36"/>
        <source>waits for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionsView.cpp" line="36"/>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionsView.cpp" line="37"/>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionsView.cpp" line="37"/>
        <source>query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionsView.cpp" line="55"/>
        <source>&lt;b&gt;Blocking&lt;/b&gt; — who blocks whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionsView.cpp" line="101"/>
        <source>This profile is read-only (production). Use Server → Allow writes… first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionsView.cpp" line="114"/>
        <source>Terminate session %1? Its transaction is rolled back and the client is disconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionsView.cpp" line="117"/>
        <source>Cancel the query running in session %1? The session stays connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionsView.cpp" line="118"/>
        <source>Terminate session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionsView.cpp" line="118"/>
        <location filename="../ui/activity/SessionsView.cpp" line="123"/>
        <source>Cancel query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionsView.cpp" line="119"/>
        <source>This statement will be sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionsView.cpp" line="123"/>
        <source>Terminate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionsView.cpp" line="128"/>
        <source>Not sent: the session is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/activity/SessionsView.cpp" line="154"/>
        <source>Blocks %n session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionsView.cpp" line="158"/>
        <source>No session is waiting on another one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::ui::StatementOutcomeTable</name>
    <message>
        <location filename="../ui/migrate/StatementOutcomeTable.cpp" line="12"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/StatementOutcomeTable.cpp" line="12"/>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/StatementOutcomeTable.cpp" line="12"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/StatementOutcomeTable.cpp" line="12"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/StatementOutcomeTable.cpp" line="12"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/StatementOutcomeTable.cpp" line="17"/>
        <source>Statements run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/StatementOutcomeTable.cpp" line="23"/>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/StatementOutcomeTable.cpp" line="24"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/StatementOutcomeTable.cpp" line="25"/>
        <source>not rehearsable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/StatementOutcomeTable.cpp" line="26"/>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/migrate/StatementOutcomeTable.cpp" line="30"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::ui::StatementsPanel</name>
    <message>
        <location filename="../ui/StatementsPanel.cpp" line="58"/>
        <source>Since the statistics were reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StatementsPanel.cpp" line="58"/>
        <source>Last 15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StatementsPanel.cpp" line="58"/>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StatementsPanel.cpp" line="59"/>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StatementsPanel.cpp" line="59"/>
        <source>Since midnight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StatementsPanel.cpp" line="61"/>
        <source>Windows are differences between snapshots Sightglass keeps locally; the server&apos;s statistics are never reset for them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StatementsPanel.cpp" line="64"/>
        <source>Filter (text, user, database)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StatementsPanel.cpp" line="66"/>
        <source>Reset statistics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StatementsPanel.cpp" line="67"/>
        <source>pg_stat_statements_reset() on the server, after a confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StatementsPanel.cpp" line="78"/>
        <source>Double-click a statement to explain it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StatementsPanel.cpp" line="87"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StatementsPanel.cpp" line="99"/>
        <source>Running now for longer than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StatementsPanel.cpp" line="139"/>
        <source>Statistics reset on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/StatementsPanel.cpp" line="180"/>
        <source>No snapshot yet (one is kept every %n minute(s)): these are the totals since the reset.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/StatementsPanel.cpp" line="183"/>
        <source>The local history goes back to %1 only: differences since then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StatementsPanel.cpp" line="186"/>
        <source>Differences since %1; max and stddev are since the reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/StatementsPanel.cpp" line="190"/>
        <source>%n statement(s) were reset meanwhile and count from the reset (column reset).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/StatementsPanel.cpp" line="219"/>
        <source>Waiting for the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/StatementsPanel.cpp" line="222"/>
        <source>%n statement(s), updated %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/StatementsPanel.cpp" line="248"/>
        <source>— none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/StatementsPanel.cpp" line="249"/>
        <source>— %n statement(s); select one to find it above</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/StatementsPanel.cpp" line="258"/>
        <source>This server does not report which statement a running query belongs to (query_id needs PostgreSQL 14 and compute_query_id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StatementsPanel.cpp" line="275"/>
        <source>Its statement is not in this list (another window, the filter, or not among the 500 busiest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StatementsPanel.cpp" line="284"/>
        <source>Reset statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StatementsPanel.cpp" line="285"/>
        <source>This clears pg_stat_statements for everyone on this server — other tools and colleagues lose their figures too. Sightglass&apos;s windows do not need it.

%1;

Reset?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::ui::ThresholdsDialog</name>
    <message>
        <location filename="../ui/activity/ThresholdsDialog.cpp" line="15"/>
        <source>Activity warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ThresholdsDialog.cpp" line="18"/>
        <source> % of usable connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ThresholdsDialog.cpp" line="22"/>
        <source>more than </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ThresholdsDialog.cpp" line="23"/>
        <source> session(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ThresholdsDialog.cpp" line="27"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ThresholdsDialog.cpp" line="31"/>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ThresholdsDialog.cpp" line="35"/>
        <source>Warn when a figure crosses its limit; recovery is logged too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ThresholdsDialog.cpp" line="36"/>
        <source>Utilization above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ThresholdsDialog.cpp" line="37"/>
        <source>Waiting on a lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ThresholdsDialog.cpp" line="38"/>
        <source>Idle in a transaction longer than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ThresholdsDialog.cpp" line="39"/>
        <source>Cache hit ratio below</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::ui::WhatIfDialog</name>
    <message>
        <location filename="../ui/plan/WhatIfDialog.cpp" line="29"/>
        <source>What-if indexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/WhatIfDialog.cpp" line="30"/>
        <source>Trying hypothetical indexes (hypopg) — nothing is built…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/WhatIfDialog.cpp" line="34"/>
        <source>Hypothetical index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/WhatIfDialog.cpp" line="34"/>
        <source>Cost before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/WhatIfDialog.cpp" line="34"/>
        <source>Cost after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/WhatIfDialog.cpp" line="34"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/WhatIfDialog.cpp" line="34"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/WhatIfDialog.cpp" line="42"/>
        <source>Copy CREATE INDEX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/WhatIfDialog.cpp" line="43"/>
        <source>Create index…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/WhatIfDialog.cpp" line="46"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/WhatIfDialog.cpp" line="95"/>
        <source>%1 % (the planner uses it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/WhatIfDialog.cpp" line="96"/>
        <source>not used by the planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/plan/WhatIfDialog.cpp" line="107"/>
        <source>%n hypothetical index(es) tried on this session and dropped again (hypopg_reset); %1 would make the plan cheaper. Costs are the planner&apos;s estimates.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/plan/WhatIfDialog.cpp" line="134"/>
        <source>The plan with the hypothetical index %1 (estimated, not executed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/WhatIfDialog.cpp" line="145"/>
        <source>This session is read-only: Server → Allow writes… first, or copy the statement into a migration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/WhatIfDialog.cpp" line="150"/>
        <source>Create index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/WhatIfDialog.cpp" line="151"/>
        <source>Build this index on the server? CONCURRENTLY does not block writes, but it reads the whole table and takes time.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan/WhatIfDialog.cpp" line="155"/>
        <source>Building the index…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
