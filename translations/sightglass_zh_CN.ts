<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../ui/GuiCommandLine.cpp" line="22"/>
        <source>connect at start (URI or key=value; PG* variables, ~/.pgpass apply)</source>
        <translation>启动时连接（URI 或 key=value；PG* 环境变量和 ~/.pgpass 同样生效）</translation>
    </message>
    <message>
        <location filename="../ui/GuiCommandLine.cpp" line="24"/>
        <source>connect with a saved profile</source>
        <translation>使用已保存的配置连接</translation>
    </message>
    <message>
        <location filename="../ui/GuiCommandLine.cpp" line="26"/>
        <source>render the window offscreen once the panels have data, save a PNG, exit</source>
        <translation>面板有数据后在屏幕外渲染窗口，保存为 PNG 并退出</translation>
    </message>
    <message>
        <location filename="../ui/GuiCommandLine.cpp" line="28"/>
        <source>bring this panel to the front (indexesDock, queryDock …)</source>
        <translation>将此面板置于最前（indexesDock、queryDock …）</translation>
    </message>
    <message>
        <location filename="../ui/GuiCommandLine.cpp" line="30"/>
        <source>then bring this tab of it to the front (waitProfileTab …)</source>
        <translation>然后将其中的此标签页置于最前（waitProfileTab …）</translation>
    </message>
    <message>
        <location filename="../ui/GuiCommandLine.cpp" line="32"/>
        <source>open an incident recording (sightglass record, or Record)</source>
        <translation>打开一份事件录制（sightglass record 或“录制”）</translation>
    </message>
    <message>
        <location filename="../ui/GuiCommandLine.cpp" line="34"/>
        <source>speak this language (de, zh_CN, en) instead of the chosen one</source>
        <translation>使用此语言（de、zh_CN、en），而不是已选择的语言</translation>
    </message>
    <message>
        <location filename="../ui/GuiCommandLine.cpp" line="36"/>
        <source>show this help</source>
        <translation>显示此帮助</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/monitor/HistoryStore.cpp" line="79"/>
        <source>cannot open the history database %1: %2</source>
        <translation>无法打开历史数据库 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/monitor/HistoryStore.cpp" line="95"/>
        <source>cannot prepare the history database %1: %2</source>
        <translation>无法初始化历史数据库 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/monitor/HistoryStore.cpp" line="129"/>
        <source>could not write the history (%1): %2</source>
        <translation>无法写入历史记录（%1）：%2</translation>
    </message>
    <message>
        <location filename="../app/monitor/StatementSnapshots.cpp" line="76"/>
        <source>cannot open the statement history %1: %2</source>
        <translation>无法打开语句历史 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/monitor/StatementSnapshots.cpp" line="83"/>
        <source>cannot prepare the statement history %1: %2</source>
        <translation>无法初始化语句历史 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/monitor/StatementSnapshots.cpp" line="91"/>
        <source>the statement history is not open</source>
        <translation>语句历史未打开</translation>
    </message>
    <message>
        <location filename="../app/monitor/StatementSnapshots.cpp" line="109"/>
        <source>cannot write the statement history %1: %2</source>
        <translation>无法写入语句历史 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/GuiMain.cpp" line="172"/>
        <source>The demo server could not start:
%1</source>
        <translation>演示服务器无法启动：
%1</translation>
    </message>
    <message>
        <location filename="../ui/GuiMain.cpp" line="177"/>
        <location filename="../ui/GuiMain.cpp" line="180"/>
        <source>demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <location filename="../ui/GuiMain.cpp" line="181"/>
        <source>demo standby</source>
        <translation>演示备库</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationPreviewPage.cpp" line="29"/>
        <source>info</source>
        <translation>信息</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationPreviewPage.cpp" line="31"/>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationPreviewPage.cpp" line="33"/>
        <source>error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>sg</name>
    <message>
        <location filename="../app/db/ConnectionState.cpp" line="15"/>
        <source>disconnected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <location filename="../app/db/ConnectionState.cpp" line="17"/>
        <source>connecting</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <location filename="../app/db/ConnectionState.cpp" line="19"/>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location filename="../app/db/ConnectionState.cpp" line="21"/>
        <source>connection lost</source>
        <translation>连接已断开</translation>
    </message>
    <message>
        <location filename="../app/db/ConnectionState.cpp" line="23"/>
        <source>reconnecting</source>
        <translation>正在重新连接</translation>
    </message>
    <message>
        <location filename="../app/db/Durations.cpp" line="19"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../app/db/Durations.cpp" line="22"/>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location filename="../app/db/Durations.cpp" line="24"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <location filename="../app/db/Durations.cpp" line="25"/>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
</context>
<context>
    <name>sg::ActivityMonitor</name>
    <message>
        <location filename="../app/monitor/ActivityMonitor.cpp" line="59"/>
        <source>raised</source>
        <translation>触发</translation>
    </message>
    <message>
        <location filename="../app/monitor/ActivityMonitor.cpp" line="60"/>
        <source>cleared</source>
        <translation>解除</translation>
    </message>
    <message>
        <location filename="../app/monitor/ActivityMonitor.cpp" line="97"/>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <location filename="../app/monitor/ActivityMonitor.cpp" line="97"/>
        <source>The session had already ended.</source>
        <translation>该会话已经结束。</translation>
    </message>
    <message>
        <location filename="../app/monitor/ActivityMonitor.cpp" line="137"/>
        <source>as set for this server</source>
        <translation>按此服务器的设置</translation>
    </message>
    <message>
        <location filename="../app/monitor/ActivityMonitor.cpp" line="142"/>
        <source>this machine&apos;s, where the server runs</source>
        <translation>本机的（服务器运行在本机）</translation>
    </message>
    <message>
        <location filename="../app/monitor/ActivityMonitor.cpp" line="146"/>
        <source>unknown: PostgreSQL does not tell; set it for this server</source>
        <translation>未知：PostgreSQL 不提供；请为此服务器设置</translation>
    </message>
    <message>
        <location filename="../app/monitor/ActivityMonitor.cpp" line="168"/>
        <source>Your role (%1) is neither superuser nor a member of pg_monitor or pg_read_all_stats: other users&apos; sessions show as &quot;hidden&quot;, without state, wait event or query. Ask for GRANT pg_monitor TO %1 to see them.</source>
        <translation>您的角色（%1）既不是超级用户，也不是 pg_monitor 或 pg_read_all_stats 的成员：其他用户的会话将显示为“hidden”，不含状态、等待事件和查询。如需查看，请申请执行 GRANT pg_monitor TO %1。</translation>
    </message>
    <message>
        <location filename="../app/monitor/ActivityMonitor.cpp" line="198"/>
        <source>Your role (%1) cannot see whose session this is, so it may not signal it.</source>
        <translation>您的角色（%1）看不到此会话属于谁，因此不能向它发送信号。</translation>
    </message>
    <message>
        <location filename="../app/monitor/ActivityMonitor.cpp" line="200"/>
        <source>Only a superuser may cancel or terminate a session of the superuser %1.</source>
        <translation>只有超级用户才能取消或终止超级用户 %1 的会话。</translation>
    </message>
    <message>
        <location filename="../app/monitor/ActivityMonitor.cpp" line="202"/>
        <source>Your role (%1) may only cancel or terminate its own sessions; GRANT pg_signal_backend TO %1 allows it for other non-superusers.</source>
        <translation>您的角色（%1）只能取消或终止自己的会话；GRANT pg_signal_backend TO %1 可允许对其他非超级用户这样做。</translation>
    </message>
</context>
<context>
    <name>sg::Advisor</name>
    <message>
        <location filename="../app/advisor/Advisor.cpp" line="47"/>
        <location filename="../app/advisor/Advisor.cpp" line="59"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../app/advisor/Advisor.cpp" line="48"/>
        <source>Bloat (estimate)</source>
        <translation>膨胀（估算）</translation>
    </message>
    <message>
        <location filename="../app/advisor/Advisor.cpp" line="199"/>
        <source>pid %1 (%2)</source>
        <translation>进程 %1（%2）</translation>
    </message>
    <message>
        <location filename="../app/advisor/Advisor.cpp" line="205"/>
        <source>%1 holds or waits for ACCESS EXCLUSIVE on %2: not opened, so its sizes are the statistics&apos; estimates and its expression and partial indexes are not compared (reading them would wait for that lock).</source>
        <translation>%1 持有或正在等待 %2 上的 ACCESS EXCLUSIVE 锁：未打开该表，因此其大小为统计估计值，其表达式索引和部分索引未参与比较（读取它们需要等待该锁）。</translation>
    </message>
</context>
<context>
    <name>sg::AlertEvent</name>
    <message>
        <location filename="../app/monitor/AlertMonitor.cpp" line="14"/>
        <source>Connection utilization</source>
        <translation>连接使用率</translation>
    </message>
    <message>
        <location filename="../app/monitor/AlertMonitor.cpp" line="16"/>
        <source>Sessions waiting on a lock</source>
        <translation>等待锁的会话</translation>
    </message>
    <message>
        <location filename="../app/monitor/AlertMonitor.cpp" line="18"/>
        <source>Idle in transaction</source>
        <translation>事务中空闲</translation>
    </message>
    <message>
        <location filename="../app/monitor/AlertMonitor.cpp" line="20"/>
        <source>Cache hit ratio</source>
        <translation>缓存命中率</translation>
    </message>
    <message>
        <location filename="../app/monitor/AlertMonitor.cpp" line="22"/>
        <source>Transaction ID wraparound</source>
        <translation>事务 ID 回卷</translation>
    </message>
    <message>
        <location filename="../app/monitor/AlertMonitor.cpp" line="24"/>
        <source>Sequence near its limit</source>
        <translation>序列接近上限</translation>
    </message>
    <message>
        <location filename="../app/monitor/AlertMonitor.cpp" line="26"/>
        <source>Replica lagging</source>
        <translation>副本延迟</translation>
    </message>
    <message>
        <location filename="../app/monitor/AlertMonitor.cpp" line="28"/>
        <source>Inactive replication slot</source>
        <translation>非活动复制槽</translation>
    </message>
    <message>
        <location filename="../app/monitor/AlertMonitor.cpp" line="30"/>
        <source>WAL archiving failing</source>
        <translation>WAL 归档失败</translation>
    </message>
    <message>
        <location filename="../app/monitor/AlertMonitor.cpp" line="44"/>
        <source>Utilization %1 % is above %2 % of usable connections</source>
        <translation>使用率 %1 % 超过可用连接的 %2 %</translation>
    </message>
    <message>
        <location filename="../app/monitor/AlertMonitor.cpp" line="45"/>
        <source>Utilization %1 % is back under %2 %</source>
        <translation>使用率 %1 % 已回落到 %2 % 以下</translation>
    </message>
    <message>
        <location filename="../app/monitor/AlertMonitor.cpp" line="47"/>
        <source>%1 session(s) waiting on a lock (more than %2)</source>
        <translation>%1 个会话正在等待锁（超过 %2 个）</translation>
    </message>
    <message>
        <location filename="../app/monitor/AlertMonitor.cpp" line="48"/>
        <source>Lock waits are down to %1 (limit %2)</source>
        <translation>锁等待已降至 %1（上限 %2）</translation>
    </message>
    <message>
        <location filename="../app/monitor/AlertMonitor.cpp" line="50"/>
        <source>A session has been idle in a transaction for %1 s (limit %2 s)</source>
        <translation>有会话在事务中空闲已达 %1 秒（上限 %2 秒）</translation>
    </message>
    <message>
        <location filename="../app/monitor/AlertMonitor.cpp" line="51"/>
        <source>No session idle in a transaction longer than %2 s (longest %1 s)</source>
        <translation>没有会话在事务中空闲超过 %2 秒（最长 %1 秒）</translation>
    </message>
    <message>
        <location filename="../app/monitor/AlertMonitor.cpp" line="53"/>
        <source>Cache hit ratio %1 % is below %2 %</source>
        <translation>缓存命中率 %1 % 低于 %2 %</translation>
    </message>
    <message>
        <location filename="../app/monitor/AlertMonitor.cpp" line="54"/>
        <source>Cache hit ratio %1 % is back above %2 %</source>
        <translation>缓存命中率 %1 % 已回升到 %2 % 以上</translation>
    </message>
    <message>
        <location filename="../app/monitor/AlertMonitor.cpp" line="56"/>
        <source>The oldest transaction ID is %1 % of the way to the age where writes stop (limit %2 %): the health report shows what holds the xmin horizon back</source>
        <translation>最老的事务 ID 已走到停止写入时年龄的 %1 %（界限 %2 %）：健康报告会列出拖住 xmin 视界的对象</translation>
    </message>
    <message>
        <location filename="../app/monitor/AlertMonitor.cpp" line="60"/>
        <source>The oldest transaction ID is back under %2 % of the way to wraparound (%1 %)</source>
        <translation>最老的事务 ID 已回到距回卷 %2 % 以下（%1 %）</translation>
    </message>
    <message>
        <location filename="../app/monitor/AlertMonitor.cpp" line="64"/>
        <source>A sequence has used %1 % of its values (limit %2 %): the Production health panel says which, and when it is full</source>
        <translation>有一个序列已用掉 %1 % 的取值（限值 %2 %）：生产健康面板会指出是哪一个，以及何时用尽</translation>
    </message>
    <message>
        <location filename="../app/monitor/AlertMonitor.cpp" line="67"/>
        <source>No sequence has used more than %2 % of its values now (the fullest %1 %)</source>
        <translation>现在没有序列用掉超过 %2 % 的取值（最满的为 %1 %）</translation>
    </message>
    <message>
        <location filename="../app/monitor/AlertMonitor.cpp" line="69"/>
        <source>Replay on a standby is %1 s behind (limit %2 s): the Production health panel&apos;s Replication tab says which and by how many bytes</source>
        <translation>某个备库的重放落后 %1 秒（上限 %2 秒）：生产健康面板的“复制”页说明是哪个、落后多少字节</translation>
    </message>
    <message>
        <location filename="../app/monitor/AlertMonitor.cpp" line="72"/>
        <source>Standby replay is back under %2 s behind (%1 s)</source>
        <translation>备库重放已回到落后 %2 秒以内（%1 秒）</translation>
    </message>
    <message>
        <location filename="../app/monitor/AlertMonitor.cpp" line="74"/>
        <source>An inactive replication slot retains %1 MiB of WAL (limit %2 MiB): it stays on disk until the slot is used again or dropped</source>
        <translation>一个非活动复制槽保留了 %1 MiB WAL（上限 %2 MiB）：在该槽再次使用或被删除之前，它们一直留在磁盘上</translation>
    </message>
    <message>
        <location filename="../app/monitor/AlertMonitor.cpp" line="77"/>
        <source>No inactive replication slot retains more than %1 MiB of WAL now</source>
        <translation>现在没有非活动复制槽保留超过 %1 MiB 的 WAL</translation>
    </message>
    <message>
        <location filename="../app/monitor/AlertMonitor.cpp" line="79"/>
        <source>WAL archiving is failing: segments pile up in pg_wal and are not in the archive; the server log has archive_command&apos;s error</source>
        <translation>WAL 归档失败：段文件堆积在 pg_wal 中，不在归档里；服务器日志里有 archive_command 的错误</translation>
    </message>
    <message>
        <location filename="../app/monitor/AlertMonitor.cpp" line="81"/>
        <source>WAL archiving works again</source>
        <translation>WAL 归档已恢复正常</translation>
    </message>
</context>
<context>
    <name>sg::AtomicFile</name>
    <message>
        <location filename="../app/db/AtomicFile.cpp" line="18"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>sg::BackupCatalog</name>
    <message>
        <location filename="../app/backup/BackupCatalog.cpp" line="82"/>
        <source>manual: never deleted by the policy</source>
        <translation>手动：保留策略永不删除</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/backup/BackupCatalog.cpp" line="86"/>
        <source>one of the newest %n daily backup(s)</source>
        <translation>
            <numerusform>属于最新的 %n 个每日备份之一</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/backup/BackupCatalog.cpp" line="87"/>
        <source>older than the newest %n daily backup(s)</source>
        <translation>
            <numerusform>早于最新的 %n 个每日备份</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/backup/BackupCatalog.cpp" line="91"/>
        <source>one of the newest %n weekly backup(s)</source>
        <translation>
            <numerusform>属于最新的 %n 个每周备份之一</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/backup/BackupCatalog.cpp" line="92"/>
        <source>older than the newest %n weekly backup(s)</source>
        <translation>
            <numerusform>早于最新的 %n 个每周备份</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/backup/BackupCatalog.cpp" line="110"/>
        <source>could not delete %1</source>
        <translation>无法删除 %1</translation>
    </message>
</context>
<context>
    <name>sg::BackupJob</name>
    <message>
        <location filename="../app/backup/BackupJob.cpp" line="76"/>
        <source>Backup cancelled; nothing was kept.</source>
        <translation>备份已取消，未保留任何内容。</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupJob.cpp" line="91"/>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupJob.cpp" line="96"/>
        <source>Cannot connect to the database: %1</source>
        <translation>无法连接到数据库：%1</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupJob.cpp" line="147"/>
        <source>%1 already exists; not overwriting it.</source>
        <translation>%1 已存在，不会覆盖。</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupJob.cpp" line="152"/>
        <source>Another backup is writing %1.</source>
        <translation>另一个备份正在写入 %1。</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupJob.cpp" line="161"/>
        <source>Cannot connect to count rows: %1</source>
        <translation>无法连接以统计行数：%1</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupJob.cpp" line="224"/>
        <source>pg_dump stopped (exit code %1).</source>
        <translation>pg_dump 已停止（退出码 %1）。</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupJob.cpp" line="225"/>
        <source>The backup failed; nothing was kept.
%1</source>
        <translation>备份失败，未保留任何内容。
%1</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupJob.cpp" line="228"/>
        <source>pg_dump finished, but counting rows failed; nothing was kept.
%1</source>
        <translation>pg_dump 已完成，但统计行数失败，未保留任何内容。
%1</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupJob.cpp" line="232"/>
        <source>checksum</source>
        <translation>校验和</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupJob.cpp" line="237"/>
        <source>Cannot checksum the backup; nothing was kept: %1</source>
        <translation>无法计算备份的校验和，未保留任何内容：%1</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupJob.cpp" line="253"/>
        <source>Cannot write the backup&apos;s record; nothing was kept: %1</source>
        <translation>无法写入备份记录，未保留任何内容：%1</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupJob.cpp" line="256"/>
        <source>Cannot rename %1 to %2; nothing was kept.</source>
        <translation>无法将 %1 重命名为 %2，未保留任何内容。</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupJob.cpp" line="262"/>
        <source>Backed up %1 to %2 (%3).</source>
        <translation>已将 %1 备份到 %2（%3）。</translation>
    </message>
</context>
<context>
    <name>sg::BackupMetadata</name>
    <message>
        <location filename="../app/backup/BackupMetadata.cpp" line="49"/>
        <location filename="../app/backup/BackupMetadata.cpp" line="63"/>
        <location filename="../app/backup/BackupMetadata.cpp" line="147"/>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupMetadata.cpp" line="57"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupMetadata.cpp" line="154"/>
        <source>%1 is not a Sightglass backup record: %2</source>
        <translation>%1 不是 Sightglass 备份记录：%2</translation>
    </message>
</context>
<context>
    <name>sg::BackupOptions</name>
    <message>
        <location filename="../app/backup/BackupOptions.cpp" line="43"/>
        <source>Choose a database to back up.</source>
        <translation>请选择要备份的数据库。</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupOptions.cpp" line="45"/>
        <source>Choose a destination folder.</source>
        <translation>请选择目标文件夹。</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupOptions.cpp" line="47"/>
        <source>Schema only and data only exclude each other.</source>
        <translation>“仅结构”和“仅数据”不能同时选择。</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupOptions.cpp" line="49"/>
        <source>The compression level is 0 (none) to 9 (smallest).</source>
        <translation>压缩级别为 0（不压缩）到 9（体积最小）。</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupOptions.cpp" line="51"/>
        <source>Parallel jobs must be at least 1.</source>
        <translation>并行作业数至少为 1。</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupOptions.cpp" line="53"/>
        <source>Parallel jobs need the directory format: pg_dump writes one file per table only there.</source>
        <translation>并行作业需要使用目录格式：只有该格式下 pg_dump 才会为每个表写入单独的文件。</translation>
    </message>
</context>
<context>
    <name>sg::BackupVerifier</name>
    <message>
        <location filename="../app/backup/BackupVerifier.cpp" line="37"/>
        <source>The backup checked out, but the verdict could not be recorded, so it does not count as verified: %1</source>
        <translation>备份检查通过，但无法记录结论，因此不算已验证：%1</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupVerifier.cpp" line="41"/>
        <source>The verdict could not be recorded: %1</source>
        <translation>无法记录结论：%1</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupVerifier.cpp" line="62"/>
        <source>Could not check the backup; its last verdict stays as it was: %1</source>
        <translation>无法检查该备份；其上一次的结论保持不变：%1</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupVerifier.cpp" line="72"/>
        <source>No readable record next to the backup (%1), so it cannot be checked.</source>
        <translation>备份旁没有可读取的记录（%1），因此无法校验。</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupVerifier.cpp" line="76"/>
        <source>The backup %1 is missing; only its record is there.</source>
        <translation>备份 %1 缺失，只剩下它的记录。</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupVerifier.cpp" line="84"/>
        <source>The checksum does not match the record: the backup was changed or damaged after it was written (SHA-256 %1, expected %2).</source>
        <translation>校验和与记录不符：备份在写入后被修改或已损坏（SHA-256 为 %1，应为 %2）。</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupVerifier.cpp" line="107"/>
        <location filename="../app/backup/BackupVerifier.cpp" line="174"/>
        <source>Verification cancelled.</source>
        <translation>校验已取消。</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupVerifier.cpp" line="111"/>
        <source>The archive does not read back: %1</source>
        <translation>无法回读归档：%1</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupVerifier.cpp" line="116"/>
        <source>Checksum matches and the archive reads back.</source>
        <translation>校验和一致，归档可以正常回读。</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupVerifier.cpp" line="163"/>
        <source>The restore ran, but reconnecting to compare and drop the scratch database %1 failed (drop it by hand): %2</source>
        <translation>恢复已执行，但为比较并删除临时数据库 %1 而重新连接失败（请手动删除）：%2</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupVerifier.cpp" line="179"/>
        <source>The backup does not restore: %1</source>
        <translation>备份无法恢复：%1</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupVerifier.cpp" line="203"/>
        <source>%1: %L2 rows in the backup, missing after the restore</source>
        <translation>%1：备份中有 %L2 行，恢复后缺失</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupVerifier.cpp" line="205"/>
        <source>%1: %L2 rows in the backup, %L3 restored</source>
        <translation>%1：备份中有 %L2 行，恢复了 %L3 行</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupVerifier.cpp" line="212"/>
        <source>Restored into a scratch database and dropped it again; the backup recorded no row counts to compare.</source>
        <translation>已恢复到临时数据库并随后删除；该备份未记录行数，无法比较。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/backup/BackupVerifier.cpp" line="214"/>
        <source>Restored into a scratch database: all %n table(s) have the recorded row counts.</source>
        <translation>
            <numerusform>已恢复到临时数据库：全部 %n 张表的行数与记录一致。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/backup/BackupVerifier.cpp" line="216"/>
        <source>Restored, but %n table(s) differ from the record.</source>
        <translation>
            <numerusform>已恢复，但有 %n 张表与记录不一致。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::CheckpointAdvice</name>
    <message>
        <location filename="../app/advisor/CheckpointAdvice.cpp" line="39"/>
        <source>Most checkpoints were requested</source>
        <translation>大多数检查点是被请求的</translation>
    </message>
    <message>
        <location filename="../app/advisor/CheckpointAdvice.cpp" line="40"/>
        <source>WAL reached max_wal_size (%1) before checkpoint_timeout (%2) came round. Each one writes out every dirty buffer at once; raise max_wal_size so that they come on time.</source>
        <translation>在 checkpoint_timeout（%2）到达之前，WAL 已达到 max_wal_size（%1）。每次检查点都会一次写出所有脏缓冲区；请调大 max_wal_size，让检查点按时发生。</translation>
    </message>
    <message>
        <location filename="../app/advisor/CheckpointAdvice.cpp" line="44"/>
        <source>Backends write out buffers themselves</source>
        <translation>后端自己写出缓冲区</translation>
    </message>
    <message>
        <location filename="../app/advisor/CheckpointAdvice.cpp" line="45"/>
        <source>queries waited for their own writes. shared_buffers may be too small, or the background writer too slow (bgwriter_lru_maxpages).</source>
        <translation>查询在等待自己的写操作。shared_buffers 可能太小，或后台写进程太慢（bgwriter_lru_maxpages）。</translation>
    </message>
</context>
<context>
    <name>sg::ColumnTitles</name>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="19"/>
        <source>PID</source>
        <translation>pid</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="20"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="21"/>
        <source>Application</source>
        <translation>应用程序</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="22"/>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="23"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="24"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="25"/>
        <source>Wait event</source>
        <translation>等待事件</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="29"/>
        <source>Blocked by</source>
        <translation>被阻塞于</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="30"/>
        <source>Waiting for</source>
        <translation>等待</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="31"/>
        <source>Lock on</source>
        <translation>锁对象</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="32"/>
        <source>Transaction (s)</source>
        <translation>事务时长（秒）</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="33"/>
        <source>Query (s)</source>
        <translation>查询时长（秒）</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="34"/>
        <source>In state (s)</source>
        <translation>状态时长（秒）</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="35"/>
        <source>Query</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="37"/>
        <source>Finding</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="38"/>
        <source>Schema</source>
        <translation>模式</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="39"/>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="40"/>
        <source>Index</source>
        <translation>索引</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="41"/>
        <source>Partitioned</source>
        <translation>分区</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="42"/>
        <source>Scans</source>
        <translation>扫描次数</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="43"/>
        <source>Tuples read</source>
        <translation>读取元组</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="44"/>
        <source>Tuples fetched</source>
        <translation>获取元组</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="45"/>
        <source>Unique</source>
        <translation>唯一</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="46"/>
        <source>Primary</source>
        <translation>主键</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="47"/>
        <source>Backs constraint</source>
        <translation>支撑约束</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="48"/>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="49"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="50"/>
        <source>Key columns</source>
        <translation>键列数</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="51"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="52"/>
        <source>Predicate</source>
        <translation>谓词</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="53"/>
        <source>Expressions</source>
        <translation>表达式</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="54"/>
        <source>Seq scans</source>
        <translation>顺序扫描</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="55"/>
        <source>Seq tuples read</source>
        <translation>顺序扫描读取元组</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="56"/>
        <source>Index scans</source>
        <translation>索引扫描</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="57"/>
        <source>Live tuples</source>
        <translation>活元组</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="58"/>
        <source>Dead tuples</source>
        <translation>死元组</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="59"/>
        <source>Dead %</source>
        <translation>死元组（%）</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="60"/>
        <location filename="../app/db/ColumnTitles.cpp" line="128"/>
        <source>Last vacuum</source>
        <translation>上次 VACUUM</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="61"/>
        <source>Last autovacuum</source>
        <translation>上次自动 VACUUM</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="62"/>
        <location filename="../app/db/ColumnTitles.cpp" line="129"/>
        <source>Last analyze</source>
        <translation>上次 ANALYZE</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="63"/>
        <source>Last autoanalyze</source>
        <translation>上次自动 ANALYZE</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="64"/>
        <source>Autovacuum due</source>
        <translation>需要自动 VACUUM</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="65"/>
        <source>Autovacuum on</source>
        <translation>启用自动 VACUUM</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="66"/>
        <source>Bloat %</source>
        <translation>膨胀（%）</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="36"/>
        <location filename="../app/db/ColumnTitles.cpp" line="67"/>
        <source>Query ID</source>
        <translation>查询 ID</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="26"/>
        <source>Wait class</source>
        <translation>等待类别</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="27"/>
        <source>Avg active</source>
        <translation>平均活动</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="28"/>
        <source>Share %</source>
        <translation>占比 %</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="68"/>
        <source>Calls</source>
        <translation>调用次数</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="69"/>
        <source>Total ms</source>
        <translation>总计（毫秒）</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="70"/>
        <source>Mean ms</source>
        <translation>平均（毫秒）</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="71"/>
        <source>Max ms</source>
        <translation>最大（毫秒）</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="72"/>
        <source>Stddev ms</source>
        <translation>标准差（毫秒）</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="73"/>
        <source>Planning ms</source>
        <translation>规划（毫秒）</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="74"/>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="75"/>
        <source>Shared hit</source>
        <translation>共享缓冲命中</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="76"/>
        <source>Shared read</source>
        <translation>共享缓冲读取</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="77"/>
        <source>Shared dirtied</source>
        <translation>共享缓冲弄脏</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="78"/>
        <source>Shared written</source>
        <translation>共享缓冲写出</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="79"/>
        <source>Temp read</source>
        <translation>临时读取</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="80"/>
        <source>Temp written</source>
        <translation>临时写入</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="81"/>
        <source>Read I/O ms</source>
        <translation>I/O 读（毫秒）</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="82"/>
        <source>Write I/O ms</source>
        <translation>I/O 写（毫秒）</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="83"/>
        <source>Temp I/O ms</source>
        <translation>临时 I/O（毫秒）</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="84"/>
        <source>WAL bytes</source>
        <translation>WAL（字节）</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="85"/>
        <source>Reset</source>
        <translation>已重置</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="86"/>
        <source>Seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="87"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="88"/>
        <source>Subject</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="89"/>
        <source>Object</source>
        <translation>对象名</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="90"/>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="91"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="92"/>
        <source>Fix</source>
        <translation>修复</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="93"/>
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="94"/>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="95"/>
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="96"/>
        <source>Idle in transaction</source>
        <translation>事务中空闲</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="97"/>
        <location filename="../app/db/ColumnTitles.cpp" line="194"/>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="98"/>
        <source>Share of max %</source>
        <translation>占上限比例（%）</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="99"/>
        <source>Sessions</source>
        <translation>会话</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="100"/>
        <source>Busy</source>
        <translation>忙碌</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="101"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="102"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="103"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="104"/>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="105"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="106"/>
        <source>On time</source>
        <translation>按时</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="107"/>
        <source>Requested</source>
        <translation>请求</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="108"/>
        <source>Write (ms)</source>
        <translation>写入（毫秒）</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="109"/>
        <source>Sync (ms)</source>
        <translation>同步（毫秒）</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="110"/>
        <source>By the checkpointer</source>
        <translation>由检查点进程</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="111"/>
        <source>By the background writer</source>
        <translation>由后台写进程</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="112"/>
        <source>By backends</source>
        <translation>由后端</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="113"/>
        <source>Background writer stopped at its limit</source>
        <translation>后台写进程达到上限而停止</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="114"/>
        <source>Since</source>
        <translation>自</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="115"/>
        <source>Backend type</source>
        <translation>后端类型</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="116"/>
        <source>Context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="117"/>
        <source>Reads</source>
        <translation>读</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="118"/>
        <source>Writes</source>
        <translation>写</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="119"/>
        <source>Extends</source>
        <translation>扩展</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="120"/>
        <source>Fsyncs</source>
        <translation>Fsync</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="121"/>
        <source>Hits</source>
        <translation>命中</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="122"/>
        <source>XID age</source>
        <translation>XID 年龄</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="123"/>
        <source>Multixact age</source>
        <translation>Multixact 年龄</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="124"/>
        <source>Allows connections</source>
        <translation>允许连接</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="125"/>
        <source>Forced freeze at</source>
        <translation>强制冻结于</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="126"/>
        <source>Multixact freeze at</source>
        <translation>Multixact 冻结于</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="127"/>
        <source>Next XID</source>
        <translation>下一个 XID</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="130"/>
        <source>xmin age</source>
        <translation>xmin 年龄</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="131"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="132"/>
        <source>Sequence</source>
        <translation>序列</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="133"/>
        <source>Used %</source>
        <translation>已用 %</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="134"/>
        <source>Values left</source>
        <translation>剩余值</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="135"/>
        <source>Used per hour</source>
        <translation>每小时用量</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="136"/>
        <source>Full in</source>
        <translation>用尽于</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="137"/>
        <source>Table schema</source>
        <translation>表模式</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="138"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="139"/>
        <source>Column type</source>
        <translation>列类型</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="140"/>
        <source>Sequence type</source>
        <translation>序列类型</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="141"/>
        <source>Last value</source>
        <translation>最后值</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="142"/>
        <source>Limit</source>
        <translation>上限</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="143"/>
        <source>Increment</source>
        <translation>步长</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="144"/>
        <source>Cycles</source>
        <translation>循环</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="145"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="146"/>
        <source>Urgency</source>
        <translation>紧迫度</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="147"/>
        <source>Dead rows</source>
        <translation>死行</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="148"/>
        <source>Vacuum threshold</source>
        <translation>VACUUM 阈值</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="149"/>
        <source>Inserted since vacuum</source>
        <translation>上次 VACUUM 后插入</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="150"/>
        <source>Changed since analyze</source>
        <translation>上次 ANALYZE 后修改</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="151"/>
        <source>Vacuuming now</source>
        <translation>正在 VACUUM</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="152"/>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="153"/>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="154"/>
        <source>Done %</source>
        <translation>完成 %</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="155"/>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="156"/>
        <source>Running for</source>
        <translation>已运行</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="157"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="158"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="159"/>
        <source>Autovacuum</source>
        <translation>Autovacuum</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="160"/>
        <source>Standby</source>
        <translation>备库</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="161"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="162"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="163"/>
        <source>Write lag</source>
        <translation>写入延迟</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="164"/>
        <source>Flush lag</source>
        <translation>刷盘延迟</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="165"/>
        <source>Replay lag</source>
        <translation>重放延迟</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="166"/>
        <source>Not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="167"/>
        <source>Not flushed</source>
        <translation>未刷盘</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="168"/>
        <source>Not replayed</source>
        <translation>未重放</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="169"/>
        <source>Slot</source>
        <translation>槽</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="170"/>
        <source>Last reply</source>
        <translation>上次应答</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="171"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="172"/>
        <source>Plugin</source>
        <translation>插件</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="173"/>
        <source>WAL retained</source>
        <translation>保留的 WAL</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="174"/>
        <source>WAL status</source>
        <translation>WAL 状态</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="175"/>
        <source>Safe WAL left</source>
        <translation>剩余安全 WAL</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="176"/>
        <source>Temporary</source>
        <translation>临时</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="177"/>
        <source>Subscription</source>
        <translation>订阅</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="178"/>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="179"/>
        <source>Tables copying</source>
        <translation>正在复制的表</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="180"/>
        <source>Received up to</source>
        <translation>已接收至</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="182"/>
        <source>Apply errors</source>
        <translation>应用错误</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="183"/>
        <source>Sync errors</source>
        <translation>同步错误</translation>
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
        <translation>已归档</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="187"/>
        <source>Last archived</source>
        <translation>最近归档</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="188"/>
        <source>Archived at</source>
        <translation>归档时间</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="189"/>
        <source>Failures</source>
        <translation>失败次数</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="190"/>
        <source>Last failed</source>
        <translation>最近失败</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="191"/>
        <source>Failed at</source>
        <translation>失败时间</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="192"/>
        <source>Failing</source>
        <translation>正在失败</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="193"/>
        <source>Segments waiting</source>
        <translation>待归档段</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="195"/>
        <source>Receiver</source>
        <translation>接收进程</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="196"/>
        <source>Primary host</source>
        <translation>主库主机</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="197"/>
        <source>Primary port</source>
        <translation>主库端口</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="198"/>
        <source>Receiver slot</source>
        <translation>接收槽</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="181"/>
        <location filename="../app/db/ColumnTitles.cpp" line="199"/>
        <source>Last message</source>
        <translation>最近消息</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="200"/>
        <source>WAL position (LSN)</source>
        <translation>WAL 位置（LSN）</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="201"/>
        <source>Replay delay</source>
        <translation>重放延迟</translation>
    </message>
    <message>
        <location filename="../app/db/ColumnTitles.cpp" line="202"/>
        <source>Replay paused</source>
        <translation>重放已暂停</translation>
    </message>
</context>
<context>
    <name>sg::Connection</name>
    <message>
        <location filename="../app/db/Connection.cpp" line="80"/>
        <source>Check the password, or put it in ~/.pgpass (or a service file) so it is not typed each time.</source>
        <translation>请检查密码，或将其写入 ~/.pgpass（或服务文件），以免每次都要输入。</translation>
    </message>
    <message>
        <location filename="../app/db/Connection.cpp" line="93"/>
        <source>The host name could not be resolved: check its spelling and your DNS.</source>
        <translation>无法解析主机名：请检查拼写和 DNS 设置。</translation>
    </message>
    <message>
        <location filename="../app/db/Connection.cpp" line="98"/>
        <source>The server&apos;s certificate is for another host name. Connect with a name the certificate lists, or have a certificate issued for this one; lowering sslmode would also skip the check that this is your server.</source>
        <translation>服务器的证书属于另一个主机名。请使用证书中列出的名称连接，或为此名称签发证书；降低 sslmode 也会跳过确认这是您的服务器的检查。</translation>
    </message>
    <message>
        <location filename="../app/db/Connection.cpp" line="104"/>
        <source>The server&apos;s certificate is not signed by an authority you trust: set sslrootcert to the file of the CA that issued it (its administrator has it).</source>
        <translation>服务器的证书不是由您信任的机构签发的：请将 sslrootcert 设为签发它的 CA 的文件（服务器管理员持有该文件）。</translation>
    </message>
    <message>
        <location filename="../app/db/Connection.cpp" line="109"/>
        <source>This server does not accept encrypted connections: ask its administrator to turn ssl on, or reach it through an SSH tunnel.</source>
        <translation>此服务器不接受加密连接：请让管理员开启 ssl，或通过 SSH 隧道连接。</translation>
    </message>
    <message>
        <location filename="../app/db/Connection.cpp" line="114"/>
        <source>Check sslmode and the certificate files (sslrootcert, sslcert, sslkey).</source>
        <translation>请检查 sslmode 及证书文件（sslrootcert、sslcert、sslkey）。</translation>
    </message>
    <message>
        <location filename="../app/db/Connection.cpp" line="122"/>
        <source>Nothing accepts connections at that address and port: is the server running?</source>
        <translation>该地址和端口上没有程序接受连接：服务器是否在运行？</translation>
    </message>
    <message>
        <location filename="../app/db/Connection.cpp" line="124"/>
        <source>The server did not answer in time: check the host, the port and any firewall.</source>
        <translation>服务器未及时响应：请检查主机、端口及防火墙设置。</translation>
    </message>
    <message>
        <location filename="../app/db/Connection.cpp" line="135"/>
        <source>no connection options were given</source>
        <translation>未提供连接选项</translation>
    </message>
    <message>
        <location filename="../app/db/Connection.cpp" line="209"/>
        <source>out of memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <location filename="../app/db/Connection.cpp" line="219"/>
        <source>connection attempt abandoned</source>
        <translation>已放弃连接尝试</translation>
    </message>
    <message>
        <location filename="../app/db/Connection.cpp" line="221"/>
        <source>timeout expired after %1 s</source>
        <translation>%1 秒后超时</translation>
    </message>
    <message>
        <location filename="../app/db/Connection.cpp" line="416"/>
        <source>not connected to the server</source>
        <translation>未连接到服务器</translation>
    </message>
    <message>
        <location filename="../app/db/Connection.cpp" line="525"/>
        <source>COPY FROM STDIN / TO STDOUT cannot run here</source>
        <translation>此处无法运行 COPY FROM STDIN / TO STDOUT</translation>
    </message>
</context>
<context>
    <name>sg::ConnectionOptions</name>
    <message>
        <location filename="../app/db/ConnectionOptions.cpp" line="51"/>
        <source>out of memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <location filename="../app/db/ConnectionOptions.cpp" line="123"/>
        <source>local socket</source>
        <translation>本地套接字</translation>
    </message>
</context>
<context>
    <name>sg::DbError</name>
    <message>
        <location filename="../app/db/DbError.cpp" line="38"/>
        <source>The connection string is not valid: </source>
        <translation>连接字符串无效：</translation>
    </message>
    <message>
        <location filename="../app/db/DbError.cpp" line="41"/>
        <source>The server refused the login: </source>
        <translation>服务器拒绝登录：</translation>
    </message>
    <message>
        <location filename="../app/db/DbError.cpp" line="44"/>
        <source>Could not connect: </source>
        <translation>无法连接：</translation>
    </message>
    <message>
        <location filename="../app/db/DbError.cpp" line="47"/>
        <source>The query was cancelled. </source>
        <translation>查询已取消。</translation>
    </message>
    <message>
        <location filename="../app/db/DbError.cpp" line="50"/>
        <source>The query ran out of time and was stopped. </source>
        <translation>查询超时，已被终止。</translation>
    </message>
    <message>
        <location filename="../app/db/DbError.cpp" line="53"/>
        <source>The connection to the server was lost: </source>
        <translation>与服务器的连接已断开：</translation>
    </message>
    <message>
        <location filename="../app/db/DbError.cpp" line="60"/>
        <source>Detail: </source>
        <translation>详细信息：</translation>
    </message>
    <message>
        <location filename="../app/db/DbError.cpp" line="62"/>
        <source>Hint: </source>
        <translation>提示：</translation>
    </message>
</context>
<context>
    <name>sg::DbWorker</name>
    <message>
        <location filename="../app/db/DbWorker.cpp" line="125"/>
        <location filename="../app/db/DbWorker.cpp" line="157"/>
        <source>cancelled before it started</source>
        <translation>在开始前已取消</translation>
    </message>
    <message>
        <location filename="../app/db/DbWorker.cpp" line="139"/>
        <source>not connected to the server</source>
        <translation>未连接到服务器</translation>
    </message>
    <message>
        <location filename="../app/db/DbWorker.cpp" line="233"/>
        <source>the server closed the connection</source>
        <translation>服务器关闭了连接</translation>
    </message>
</context>
<context>
    <name>sg::DemoEnvironment</name>
    <message>
        <location filename="../app/db/DemoEnvironment.cpp" line="90"/>
        <source>pgbench -i failed: %1</source>
        <translation>pgbench -i 失败：%1</translation>
    </message>
    <message>
        <location filename="../app/db/DemoEnvironment.cpp" line="100"/>
        <source>Starting the demo server…</source>
        <translation>正在启动演示服务器…</translation>
    </message>
    <message>
        <location filename="../app/db/DemoEnvironment.cpp" line="108"/>
        <source>Loading pgbench data and planted problems…</source>
        <translation>正在加载 pgbench 数据和预置的问题…</translation>
    </message>
    <message>
        <location filename="../app/db/DemoEnvironment.cpp" line="113"/>
        <source>Starting a streaming standby…</source>
        <translation>正在启动流复制备库…</translation>
    </message>
</context>
<context>
    <name>sg::ExplainRunner</name>
    <message numerus="yes">
        <location filename="../app/plan/ExplainRunner.cpp" line="28"/>
        <source>The statement has %n parameter(s) ($1 …): put values in their place first (statements from pg_stat_statements come that way).</source>
        <translation>
            <numerusform>该语句有 %n 个参数（$1 …）：请先用实际值替换它们（来自 pg_stat_statements 的语句都是这种形式）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/plan/ExplainRunner.cpp" line="43"/>
        <source>A generic plan is for one statement at a time.</source>
        <translation>通用计划一次只能针对一条语句。</translation>
    </message>
</context>
<context>
    <name>sg::Finding</name>
    <message>
        <location filename="../app/advisor/Finding.cpp" line="12"/>
        <source>unused index</source>
        <translation>未使用的索引</translation>
    </message>
    <message>
        <location filename="../app/advisor/Finding.cpp" line="13"/>
        <source>duplicate index</source>
        <translation>重复索引</translation>
    </message>
    <message>
        <location filename="../app/advisor/Finding.cpp" line="14"/>
        <source>redundant index</source>
        <translation>冗余索引</translation>
    </message>
    <message>
        <location filename="../app/advisor/Finding.cpp" line="15"/>
        <source>invalid index</source>
        <translation>无效索引</translation>
    </message>
    <message>
        <location filename="../app/advisor/Finding.cpp" line="16"/>
        <source>foreign key without index</source>
        <translation>外键缺少索引</translation>
    </message>
    <message>
        <location filename="../app/advisor/Finding.cpp" line="17"/>
        <source>read by sequential scans</source>
        <translation>顺序扫描过多</translation>
    </message>
    <message>
        <location filename="../app/advisor/Finding.cpp" line="18"/>
        <source>table bloat</source>
        <translation>表膨胀</translation>
    </message>
    <message>
        <location filename="../app/advisor/Finding.cpp" line="19"/>
        <source>index bloat</source>
        <translation>索引膨胀</translation>
    </message>
    <message>
        <location filename="../app/advisor/Finding.cpp" line="20"/>
        <source>vacuum overdue</source>
        <translation>VACUUM 滞后</translation>
    </message>
    <message>
        <location filename="../app/advisor/Finding.cpp" line="52"/>
        <source>No findings.</source>
        <translation>没有发现。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/advisor/Finding.cpp" line="59"/>
        <source>%n finding(s): %1</source>
        <translation>
            <numerusform>%n 项发现：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::FixRunner</name>
    <message>
        <location filename="../app/advisor/FixRunner.cpp" line="21"/>
        <source>Done: %1</source>
        <translation>完成：%1</translation>
    </message>
</context>
<context>
    <name>sg::HealthReport</name>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="39"/>
        <source>installed but not loaded: add it to shared_preload_libraries and restart the server (its views fail until then)</source>
        <translation>已安装但未加载：请将其加入 shared_preload_libraries 并重启服务器（在此之前其视图会报错）</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="42"/>
        <source>installed and loaded</source>
        <translation>已安装并已加载</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="44"/>
        <source>loaded but not installed in this database: CREATE EXTENSION pg_stat_statements</source>
        <translation>已加载但未在此数据库中安装：CREATE EXTENSION pg_stat_statements</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="69"/>
        <source>Checkpoints and I/O</source>
        <translation>检查点与 I/O</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="70"/>
        <source>Checkpoints: %1 on time, %2 requested (%3), since %4</source>
        <translation>检查点：%1 次按时，%2 次被请求（%3），自 %4 起</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="74"/>
        <source>Buffers written by the checkpointer %1, the background writer %2, backends themselves %3 (%4)</source>
        <translation>写出的缓冲区：检查点进程 %1，后台写进程 %2，后端自己 %3（%4）</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="83"/>
        <source>I/O by backend type: pg_stat_io needs PostgreSQL 16 or later.</source>
        <translation>按后端类型的 I/O：pg_stat_io 需要 PostgreSQL 16 或更高版本。</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="104"/>
        <source>Vacuum and commands in progress</source>
        <translation>VACUUM 与进行中的命令</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="106"/>
        <source>Autovacuum: %1 of %2 workers busy.</source>
        <translation>Autovacuum：%2 个工作进程中 %1 个在忙。</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="110"/>
        <source>Autovacuum is off: only anti-wraparound vacuums run.</source>
        <translation>Autovacuum 已关闭：只有防回卷 VACUUM 会运行。</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="112"/>
        <source>Tables past a vacuum or analyze threshold: %1</source>
        <translation>超过 VACUUM 或 ANALYZE 阈值的表：%1</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="115"/>
        <source>table</source>
        <translation>表</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="115"/>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="116"/>
        <source>urgency</source>
        <translation>紧迫度</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="116"/>
        <source>dead rows / threshold</source>
        <translation>死行 / 阈值</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="117"/>
        <source>XID age / freeze age</source>
        <translation>XID 年龄 / 冻结年龄</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="130"/>
        <source>(%1 more in the JSON report)</source>
        <translation>（JSON 报告中还有 %1 个）</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="133"/>
        <source>Commands in progress: %1</source>
        <translation>进行中的命令：%1</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="143"/>
        <source>session %1, running for %2</source>
        <translation>会话 %1，已运行 %2</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="161"/>
        <source>Replication and WAL</source>
        <translation>复制与 WAL</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="166"/>
        <source>standby</source>
        <translation>备库</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="166"/>
        <source>state</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="167"/>
        <source>replay lag</source>
        <translation>重放延迟</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="167"/>
        <source>not replayed</source>
        <translation>未重放</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="168"/>
        <location filename="../app/advisor/HealthReportSections.cpp" line="181"/>
        <source>slot</source>
        <translation>槽</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="181"/>
        <source>type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="182"/>
        <source>active</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="182"/>
        <source>WAL retained</source>
        <translation>保留的 WAL</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="183"/>
        <source>WAL status</source>
        <translation>WAL 状态</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="188"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="189"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="196"/>
        <source>subscription</source>
        <translation>订阅</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="196"/>
        <source>database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="197"/>
        <source>apply worker</source>
        <translation>应用进程</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="197"/>
        <source>last message</source>
        <translation>最后消息</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="198"/>
        <source>apply errors</source>
        <translation>应用错误</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="205"/>
        <source>disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="206"/>
        <source>not running</source>
        <translation>未运行</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="220"/>
        <source>Transaction ID wraparound and sequences</source>
        <translation>事务 ID 回卷与序列</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="224"/>
        <source>Oldest unfrozen transaction ID: database %1, age %2, %3 % of autovacuum_freeze_max_age (%4) and %5 % of the age where writes stop (%6)</source>
        <translation>最老的未冻结事务 ID：数据库 %1，年龄 %2，为 autovacuum_freeze_max_age（%4）的 %3 %，为停止写入时年龄（%6）的 %5 %</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="241"/>
        <source>Forecast: %1 (%2)</source>
        <translation>预测：%1（%2）</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="247"/>
        <source>Anti-wraparound vacuum due in %1</source>
        <translation>%1 需要防回卷 VACUUM</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="250"/>
        <source>its age is past autovacuum_freeze_max_age; autovacuum will freeze it and cannot be cancelled. If it does not finish, see what holds the horizon back below.</source>
        <translation>其年龄已超过 autovacuum_freeze_max_age；autovacuum 会冻结它，且无法取消。如果它迟迟不能完成，请查看下方是什么拖住了视界。</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="265"/>
        <source>What holds the xmin horizon back (vacuum can neither remove dead rows nor freeze past it):</source>
        <translation>拖住 xmin 视界的对象（VACUUM 既不能清除其后的死行，也不能冻结超过它的事务）：</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="270"/>
        <source>nothing: no old snapshot, replication slot, prepared transaction or standby feedback.</source>
        <translation>没有：没有旧快照、复制槽、预备事务或备库反馈。</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="284"/>
        <source>Tables of this database with the oldest transaction IDs:</source>
        <translation>本数据库中事务 ID 最老的表：</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="301"/>
        <source>Sequences: %1 in this database, %2 past half of their range.</source>
        <translation>序列：本数据库共 %1 个，其中 %2 个已用过一半取值范围。</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="331"/>
        <source>%1 is running out</source>
        <translation>%1 即将耗尽</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="336"/>
        <source>the column it feeds is %1: when it is full, inserts fail with &quot;out of range&quot;. Change the column to bigint (a new column filled in batches, then swapped) before it runs out.</source>
        <translation>它填充的列是 %1：用尽后 INSERT 会因“out of range”失败。请在耗尽前把该列改为 bigint（新建一列，分批填充，然后替换）。</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="341"/>
        <source>nextval() fails when it reaches its limit. Raise MAXVALUE or change its type to bigint (ALTER SEQUENCE … AS bigint) before it runs out.</source>
        <translation>达到上限后 nextval() 会失败。请在耗尽前提高 MAXVALUE，或把它的类型改为 bigint（ALTER SEQUENCE … AS bigint）。</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReport.cpp" line="354"/>
        <source>Health report: %1</source>
        <translation>健康报告：%1</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReport.cpp" line="355"/>
        <source>Generated %1 by Sightglass. PostgreSQL %2, up since %3; usage statistics since %4 (%5).</source>
        <translation>由 Sightglass 于 %1 生成。PostgreSQL %2，自 %3 起运行；使用统计始于 %4（%5）。</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReport.cpp" line="360"/>
        <source>Settings</source>
        <translation>参数设置</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReport.cpp" line="367"/>
        <source>Connections and cache</source>
        <translation>连接与缓存</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReport.cpp" line="368"/>
        <source>Connections: %1 of %2 usable (%3 %)</source>
        <translation>连接数：已用 %1，可用 %2（%3 %）</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReport.cpp" line="371"/>
        <source>Cache hit ratio: all databases %1, tables %2, indexes %3</source>
        <translation>缓存命中率：所有数据库 %1，表 %2，索引 %3</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReport.cpp" line="374"/>
        <source>pg_stat_statements: %1</source>
        <translation>pg_stat_statements：%1</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReportSections.cpp" line="45"/>
        <source>not installed (add it to shared_preload_libraries, restart, then CREATE EXTENSION pg_stat_statements)</source>
        <translation>未安装（请将其加入 shared_preload_libraries，重启后执行 CREATE EXTENSION pg_stat_statements）</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReport.cpp" line="381"/>
        <source>Findings (%1)</source>
        <translation>问题（%1）</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReport.cpp" line="383"/>
        <source>Nothing to report.</source>
        <translation>没有需要报告的问题。</translation>
    </message>
    <message>
        <location filename="../app/advisor/HealthReport.cpp" line="399"/>
        <source>Sightglass health report</source>
        <translation>Sightglass 健康报告</translation>
    </message>
</context>
<context>
    <name>sg::IndexAdvisor</name>
    <message numerus="yes">
        <location filename="../app/advisor/IndexAdvisor.cpp" line="111"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/advisor/IndexAdvisor.cpp" line="113"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/advisor/IndexAdvisor.cpp" line="115"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/advisor/IndexAdvisor.cpp" line="116"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/advisor/IndexAdvisor.cpp" line="176"/>
        <source>Marked invalid (a failed CREATE INDEX CONCURRENTLY or REINDEX): it is maintained on every write but never used. Rebuild it, or drop it if it is not wanted.</source>
        <translation>已被标记为无效（CREATE INDEX CONCURRENTLY 或 REINDEX 失败所致）：每次写入都要维护它，但它从不会被使用。请重建它；如不需要，则将其删除。</translation>
    </message>
    <message>
        <location filename="../app/advisor/IndexAdvisor.cpp" line="201"/>
        <source>Same columns, operator classes, expressions, predicate and method as %1: every write maintains both, reads use one.</source>
        <translation>与 %1 的列、操作符类、表达式、谓词和访问方法完全相同：每次写入都要维护两者，而读取只会用到其中一个。</translation>
    </message>
    <message>
        <location filename="../app/advisor/IndexAdvisor.cpp" line="226"/>
        <source>Its columns (%1) lead %2 (%3), which serves the same lookups.</source>
        <translation>其列（%1）是 %2（%3）的前导列，后者可以满足相同的查找。</translation>
    </message>
    <message>
        <location filename="../app/advisor/IndexAdvisor.cpp" line="244"/>
        <source>No index scan since %1, when the usage statistics started (make sure that spans the jobs that run rarely, month-end reports say, before dropping it).</source>
        <translation>自 %1 使用统计开始以来，没有任何索引扫描（删除前请确认这段时间覆盖了不常运行的任务，例如月末报表）。</translation>
    </message>
    <message>
        <location filename="../app/advisor/IndexAdvisor.cpp" line="263"/>
        <source>-- A partitioned table cannot be indexed CONCURRENTLY: this locks out writes while it builds.
</source>
        <translation>-- 分区表无法使用 CONCURRENTLY 创建索引：构建期间将阻塞写入。
</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/advisor/IndexAdvisor.cpp" line="269"/>
        <source>FOREIGN KEY (%1) REFERENCES %2 ON DELETE %3: no index starts with these columns, so joins on them and every delete or key update in %2 scan this table (about %n row(s)).</source>
        <translation>
            <numerusform>FOREIGN KEY (%1) REFERENCES %2 ON DELETE %3：没有以这些列开头的索引，因此基于它们的连接以及 %2 中的每次删除或键更新都会扫描此表（约 %n 行）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/advisor/IndexAdvisor.cpp" line="273"/>
        <source>FOREIGN KEY (%1) REFERENCES %2 ON DELETE %3: no index starts with these columns, so joins on them and every delete or key update in %2 scan this table (its size is not known before its first ANALYZE).</source>
        <translation>FOREIGN KEY (%1) REFERENCES %2 ON DELETE %3：没有以这些列开头的索引，因此基于它们的连接以及 %2 中的每次删除或键更新都会扫描此表（首次 ANALYZE 之前不知道其大小）。</translation>
    </message>
</context>
<context>
    <name>sg::Linter</name>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="190"/>
        <source>CREATE TABLE %1 without IF NOT EXISTS.</source>
        <translation>CREATE TABLE %1 未使用 IF NOT EXISTS。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="191"/>
        <location filename="../app/migrate/MigrationLinter.cpp" line="244"/>
        <location filename="../app/migrate/MigrationLinter.cpp" line="322"/>
        <source>Re-running the file after a partial failure stops at this statement.</source>
        <translation>部分失败后重新运行该文件时，会在此语句处停止。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="192"/>
        <source>CREATE TABLE IF NOT EXISTS %1 …</source>
        <translation>CREATE TABLE IF NOT EXISTS %1 …</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="226"/>
        <source>DROP INDEX without CONCURRENTLY.</source>
        <translation>DROP INDEX 未使用 CONCURRENTLY。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="227"/>
        <source>Takes ACCESS EXCLUSIVE on the index&apos;s table: every read and write of it waits until the drop is done, and queues behind any long transaction that uses it.</source>
        <translation>会在索引所在的表上获取 ACCESS EXCLUSIVE 锁：对该表的所有读写都要等待删除完成，而删除本身还要排在所有使用该表的长事务之后。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="236"/>
        <source>Drops the table %1 and its data.</source>
        <translation>删除表 %1 及其数据。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="237"/>
        <source>Breaking: code that still reads or writes it fails, and the data is gone for good.</source>
        <translation>破坏性变更：仍在读写该表的代码会失败，且数据将永久丢失。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="238"/>
        <source>Deploy the code that no longer uses it first; keep the data for a release (rename it, or back it up) before dropping it.</source>
        <translation>先部署不再使用该表的代码；删除前将数据保留一个版本周期（重命名或备份）。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="243"/>
        <source>DROP without IF EXISTS.</source>
        <translation>DROP 未使用 IF EXISTS。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="277"/>
        <source>ADD COLUMN %1 NOT NULL without a default.</source>
        <translation>ADD COLUMN %1 NOT NULL 未指定默认值。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="278"/>
        <source>Fails on any table that has rows: the existing rows would hold NULL.</source>
        <translation>在任何有数据的表上都会失败：已有行的该列将为 NULL。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="279"/>
        <source>ALTER TABLE %1 ADD COLUMN %2 … DEFAULT &lt;value&gt; NOT NULL;  -- a constant default is instant since PostgreSQL 11; or add it nullable, backfill in batches, then SET NOT NULL through a validated CHECK</source>
        <translation>ALTER TABLE %1 ADD COLUMN %2 … DEFAULT &lt;值&gt; NOT NULL;  -- 自 PostgreSQL 11 起，常量默认值可瞬间完成；也可以先添加为可空列，分批回填，再通过已验证的 CHECK 约束执行 SET NOT NULL</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="301"/>
        <source>ADD COLUMN %1 with the default %2(), which may be volatile.</source>
        <translation>ADD COLUMN %1 使用默认值 %2()，该函数可能是易变的（volatile）。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="302"/>
        <source>A volatile default (random(), gen_random_uuid(), clock_timestamp(), nextval() …) is computed per row: the whole table is rewritten under ACCESS EXCLUSIVE.</source>
        <translation>易变（volatile）默认值（random()、gen_random_uuid()、clock_timestamp()、nextval() …）需要逐行计算：整个表将在 ACCESS EXCLUSIVE 锁下重写。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="304"/>
        <source>ALTER TABLE %1 ADD COLUMN %2 …;  ALTER TABLE %1 ALTER COLUMN %2 SET DEFAULT %3();  -- then backfill existing rows in batches</source>
        <translation>ALTER TABLE %1 ADD COLUMN %2 …;  ALTER TABLE %1 ALTER COLUMN %2 SET DEFAULT %3();  -- 然后分批回填已有行</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="321"/>
        <source>ADD COLUMN %1 without IF NOT EXISTS.</source>
        <translation>ADD COLUMN %1 未使用 IF NOT EXISTS。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="323"/>
        <source>ALTER TABLE %1 ADD COLUMN IF NOT EXISTS %2 …</source>
        <translation>ALTER TABLE %1 ADD COLUMN IF NOT EXISTS %2 …</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="330"/>
        <source>SET NOT NULL on %1.%2 scans the whole table.</source>
        <translation>对 %1.%2 执行 SET NOT NULL 会扫描整个表。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="331"/>
        <source>The scan runs under ACCESS EXCLUSIVE: reads and writes of the table wait for it.</source>
        <translation>扫描在 ACCESS EXCLUSIVE 锁下进行：对该表的读写都要等待。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="346"/>
        <source>FOREIGN KEY added without NOT VALID.</source>
        <translation>添加 FOREIGN KEY 时未使用 NOT VALID。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="347"/>
        <source>CHECK constraint added without NOT VALID.</source>
        <translation>添加 CHECK 约束时未使用 NOT VALID。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="348"/>
        <source>Every existing row is checked while both tables are locked SHARE ROW EXCLUSIVE: writes to them wait for the whole scan.</source>
        <translation>检查每一行已有数据期间，两张表都持有 SHARE ROW EXCLUSIVE 锁：对它们的写入要等待整个扫描完成。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="350"/>
        <source>Every existing row is checked under ACCESS EXCLUSIVE: reads and writes wait.</source>
        <translation>在 ACCESS EXCLUSIVE 锁下检查每一行已有数据：读写都要等待。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="353"/>
        <source>&lt;constraint name&gt;</source>
        <translation>&lt;约束名&gt;</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="369"/>
        <source>ALTER COLUMN %1 TYPE may rewrite the table.</source>
        <translation>ALTER COLUMN %1 TYPE 可能会重写表。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="370"/>
        <source>This ALTER TABLE rewrites the table.</source>
        <translation>此 ALTER TABLE 会重写表。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="371"/>
        <source>A rewrite copies every row and rebuilds every index under ACCESS EXCLUSIVE: the table is unavailable for as long as that takes.</source>
        <translation>重写会在 ACCESS EXCLUSIVE 锁下复制每一行并重建所有索引：在此期间表不可用。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="374"/>
        <source>Only binary-compatible changes skip the rewrite (varchar(n) to a larger n or to text). Otherwise add a new column, backfill it in batches, switch the code, drop the old one.</source>
        <translation>只有二进制兼容的变更才能免于重写（varchar(n) 改为更大的 n 或改为 text）。否则请添加新列，分批回填，切换代码，再删除旧列。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="378"/>
        <source>Run it in a maintenance window, or copy into a new table and swap.</source>
        <translation>请在维护窗口内执行，或复制到新表后再切换。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="381"/>
        <source>Drops the column %1.%2 and its data.</source>
        <translation>删除列 %1.%2 及其数据。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="382"/>
        <source>Breaking: running code that selects or inserts it fails.</source>
        <translation>破坏性变更：正在运行且查询或插入该列的代码会失败。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="383"/>
        <source>Deploy the code that no longer uses the column first, then drop it in a later migration.</source>
        <translation>先部署不再使用该列的代码，再在后续迁移中删除它。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="397"/>
        <source>CREATE INDEX on %1 without CONCURRENTLY.</source>
        <translation>在 %1 上执行 CREATE INDEX 未使用 CONCURRENTLY。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="398"/>
        <source>Takes a SHARE lock for the whole build: every INSERT, UPDATE and DELETE on the table waits.</source>
        <translation>整个构建期间持有 SHARE 锁：该表上的所有 INSERT、UPDATE 和 DELETE 都要等待。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="400"/>
        <source>  -- runs outside a transaction; Sightglass runs it alone</source>
        <translation>  -- 在事务外运行；Sightglass 会单独执行它</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="405"/>
        <source>CREATE INDEX without IF NOT EXISTS.</source>
        <translation>CREATE INDEX 未使用 IF NOT EXISTS。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="406"/>
        <source>Re-running the file after a partial failure (an interrupted CONCURRENTLY build) stops here.</source>
        <translation>部分失败（CONCURRENTLY 构建被中断）后重新运行该文件时，会在此处停止。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="407"/>
        <source>CREATE INDEX CONCURRENTLY IF NOT EXISTS …</source>
        <translation>CREATE INDEX CONCURRENTLY IF NOT EXISTS …</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="410"/>
        <source>REINDEX without CONCURRENTLY.</source>
        <translation>REINDEX 未使用 CONCURRENTLY。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="411"/>
        <source>Blocks writes to the table (and reads that use the index) while it rebuilds.</source>
        <translation>重建期间会阻塞对该表的写入（以及使用该索引的读取）。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="421"/>
        <source>TRUNCATE … CASCADE.</source>
        <translation>TRUNCATE … CASCADE。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="422"/>
        <source>Also empties every table that references these through a foreign key, which the statement does not name.</source>
        <translation>还会清空所有通过外键引用这些表的表，而语句中并未列出它们。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="425"/>
        <source>Name every table to empty, without CASCADE, so the file says what it deletes.</source>
        <translation>不使用 CASCADE，逐一列出要清空的表，让文件明确写出它删除了什么。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="430"/>
        <source>Renames a table.</source>
        <translation>重命名表。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="430"/>
        <source>Renames a column.</source>
        <translation>重命名列。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="431"/>
        <source>Breaking: running code that uses the old name fails the moment this commits.</source>
        <translation>破坏性变更：一旦提交，正在运行且使用旧名称的代码会立即失败。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="432"/>
        <source>Add the new name beside the old (a new column kept in sync, or a view with the old name), move the code, then drop the old one.</source>
        <translation>在旧名称之外增加新名称（保持同步的新列，或使用旧名称的视图），迁移代码后再删除旧的。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="439"/>
        <source>%1 rewrites the table.</source>
        <translation>%1 会重写表。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="440"/>
        <source>Holds ACCESS EXCLUSIVE for the whole rewrite: the table is unavailable.</source>
        <translation>整个重写期间持有 ACCESS EXCLUSIVE 锁：表不可用。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="441"/>
        <source>Use pg_repack (online), or plain VACUUM, which takes no blocking lock.</source>
        <translation>请使用 pg_repack（在线），或普通 VACUUM（不会获取阻塞性的锁）。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="451"/>
        <source>The server would store other characters than the file shows, so none of it runs.</source>
        <translation>服务器保存的字符将与文件显示的不同，因此其中任何语句都不会执行。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="452"/>
        <source>Convert the file to UTF-8, e.g. iconv -f latin1 -t utf-8.</source>
        <translation>请将文件转换为 UTF-8，例如 iconv -f latin1 -t utf-8。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="455"/>
        <source>The file cannot be split into statements, so none of it can run.</source>
        <translation>无法将文件拆分为语句，因此其中任何内容都无法运行。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="456"/>
        <source>Close the string, comment or body.</source>
        <translation>请闭合字符串、注释或函数体。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="459"/>
        <source>psql meta-command %1 (not SQL).</source>
        <translation>psql 元命令 %1（不是 SQL）。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="460"/>
        <source>Only psql understands it, and the file means something else without it.</source>
        <translation>只有 psql 能识别它，而去掉它后文件的含义会发生变化。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="461"/>
        <source>Sightglass skips it: it is not sent to the server.</source>
        <translation>Sightglass 会跳过它：不会将其发送到服务器。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="463"/>
        <source>Put the included file&apos;s statements in the migration.</source>
        <translation>请将被包含文件中的语句直接写入迁移。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="464"/>
        <source>Remove the line (use SQL instead: SET for settings, values for variables).</source>
        <translation>删除该行（改用 SQL：设置参数用 SET，变量直接写成值）。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="475"/>
        <source>Not classified offline (newer syntax?): PostgreSQL %1&apos;s grammar, which Sightglass reads migrations with, rejects it (%2); PostgreSQL %3 may accept it.</source>
        <translation>无法离线归类（较新的语法？）：Sightglass 读取迁移所用的 PostgreSQL %1 语法不接受它（%2）；PostgreSQL %3 可能接受。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="480"/>
        <source>Its locks and risks are unknown until it runs. The rehearsal runs it on the server, which is the check: a real syntax error fails there, and nothing stays.</source>
        <translation>在运行之前无法得知它的锁和风险。预演会在服务器上运行它，这就是检查：真正的语法错误会在那里失败，且不留下任何改动。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="482"/>
        <source>Rehearse before applying.</source>
        <translation>应用前先预演。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="485"/>
        <source>Syntax error: %1.</source>
        <translation>语法错误：%1。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="486"/>
        <source>PostgreSQL will reject this statement, and with it the migration.</source>
        <translation>PostgreSQL 会拒绝此语句，整个迁移也会随之失败。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="487"/>
        <source>Fix the statement (PostgreSQL 15 grammar).</source>
        <translation>请修正该语句（按 PostgreSQL 15 语法）。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="499"/>
        <source>%1 inside a migration file.</source>
        <translation>迁移文件中包含 %1。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="500"/>
        <source>The runner wraps each migration in its own transaction; a COMMIT in the file would end it early and leave half a migration applied if a later statement fails.</source>
        <translation>执行器会将每个迁移包装在各自的事务中；文件中的 COMMIT 会提前结束该事务，若之后的语句失败，迁移将只应用了一半。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="503"/>
        <source>Remove BEGIN/COMMIT from the file.</source>
        <translation>请从文件中删除 BEGIN/COMMIT。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="507"/>
        <source>%1 inside a transaction block.</source>
        <translation>%1 位于事务块内。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="508"/>
        <source>It cannot run inside a transaction: PostgreSQL rejects it there.</source>
        <translation>它不能在事务内运行：PostgreSQL 会拒绝执行。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="509"/>
        <source>Move it out of BEGIN … COMMIT, into its own migration file.</source>
        <translation>请将它移出 BEGIN … COMMIT，放入单独的迁移文件。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="520"/>
        <source>No lock_timeout before the first lock on an existing table.</source>
        <translation>在对已有表加第一个锁之前未设置 lock_timeout。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="521"/>
        <source>A DDL lock waiting behind a long transaction blocks every query queued after it. Sightglass sets its own lock_timeout, psql and other runners do not.</source>
        <translation>排在长事务之后等待的 DDL 锁会阻塞其后排队的所有查询。Sightglass 会自行设置 lock_timeout，但 psql 和其他执行工具不会。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="527"/>
        <source>%1 names a table without its schema.</source>
        <translation>%1 引用表时未指定模式。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="528"/>
        <source>What it changes depends on the search_path of the session that runs it.</source>
        <translation>它实际修改的对象取决于执行会话的 search_path。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="529"/>
        <source>Write schema.table.</source>
        <translation>请写成 schema.table 形式。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="541"/>
        <source>The foreign key %1(%2) → %3 has no index on its columns.</source>
        <translation>外键 %1(%2) → %3 的列上没有索引。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationLinter.cpp" line="544"/>
        <source>Each DELETE or key UPDATE on %1 scans %2 for referencing rows, and joins on the key cannot use an index.</source>
        <translation>%1 上的每次 DELETE 或键 UPDATE 都会扫描 %2 查找引用行，而且基于该键的连接无法使用索引。</translation>
    </message>
</context>
<context>
    <name>sg::LiveQuery</name>
    <message>
        <location filename="../app/db/LiveQuery.cpp" line="49"/>
        <source>no query named %1 in resources/sql</source>
        <translation>resources/sql 中没有名为 %1 的查询</translation>
    </message>
</context>
<context>
    <name>sg::MigrationController</name>
    <message>
        <location filename="../app/migrate/MigrationController.cpp" line="117"/>
        <source>pid %1 (%2) %3 %4 on %5</source>
        <translation>pid %1（%2）%3 %5 上的 %4</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationController.cpp" line="120"/>
        <source>holds</source>
        <translation>持有</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationController.cpp" line="120"/>
        <source>waits for</source>
        <translation>等待</translation>
    </message>
</context>
<context>
    <name>sg::MigrationDiscovery</name>
    <message>
        <location filename="../app/migrate/MigrationDiscovery.cpp" line="58"/>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationDiscovery.cpp" line="67"/>
        <source>%1: Flyway repeatable migrations are not supported; it was left out</source>
        <translation>%1：不支持 Flyway 可重复迁移，已忽略</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationDiscovery.cpp" line="71"/>
        <source>%1: the name has no version (expected 023_name.sql, V23__name.sql or 20250105120000_name.up.sql)</source>
        <translation>%1：文件名中没有版本号（应为 023_name.sql、V23__name.sql 或 20250105120000_name.up.sql）</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationDiscovery.cpp" line="81"/>
        <source>%1 and %2 both have version %3; rename one of them.</source>
        <translation>%1 和 %2 的版本号都是 %3，请重命名其中一个。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationDiscovery.cpp" line="87"/>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationDiscovery.cpp" line="103"/>
        <source>%1 is a rollback for version %2, which has no migration file.</source>
        <translation>%1 是版本 %2 的回滚文件，但该版本没有迁移文件。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationDiscovery.cpp" line="106"/>
        <source>Version %1 has two rollback files: %2 and %3.</source>
        <translation>版本 %1 有两个回滚文件：%2 和 %3。</translation>
    </message>
</context>
<context>
    <name>sg::MigrationInspector</name>
    <message>
        <location filename="../app/migrate/MigrationInspector.cpp" line="61"/>
        <source>%1 on %2: %3</source>
        <translation>%1 作用于 %2：%3</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationInspector.cpp" line="65"/>
        <source> (does not exist yet)</source>
        <translation>（尚不存在）</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationInspector.cpp" line="71"/>
        <source>, ~%1 rows</source>
        <translation>，约 %1 行</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationInspector.cpp" line="73"/>
        <source> (size unknown: never vacuumed or analysed)</source>
        <translation>（大小未知：从未执行 VACUUM 或 ANALYZE）</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationInspector.cpp" line="77"/>
        <source>    would wait for pid %1 (%2%3, %4 for %5 s, %6 %7): %8</source>
        <translation>    将等待 pid %1（%2%3，%4，已 %5 秒，%6 %7）：%8</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationInspector.cpp" line="83"/>
        <location filename="../app/migrate/MigrationInspector.cpp" line="210"/>
        <source>holds</source>
        <translation>持有</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationInspector.cpp" line="83"/>
        <location filename="../app/migrate/MigrationInspector.cpp" line="210"/>
        <source>waits for</source>
        <translation>等待</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationInspector.cpp" line="206"/>
        <source>%1 was not read: pid %2 (%3) %4 %5 on it; skipped rather than wait behind it.</source>
        <translation>未读取 %1：pid %2（%3）%4 其上的 %5；已跳过，而不是排队等待。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationInspector.cpp" line="213"/>
        <source>If the table has rows, adding a NOT NULL column without a default fails.</source>
        <translation>如果表中有行，添加没有默认值的 NOT NULL 列会失败。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationInspector.cpp" line="215"/>
        <source>Count them yourself once pid %1 is done: SELECT count(*) FROM %2 WHERE %3 IS NULL;</source>
        <translation>待 pid %1 结束后自行统计：SELECT count(*) FROM %2 WHERE %3 IS NULL;</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationInspector.cpp" line="218"/>
        <source>Check yourself once pid %1 is done: SELECT EXISTS (SELECT FROM %2);</source>
        <translation>待 pid %1 结束后自行检查：SELECT EXISTS (SELECT FROM %2);</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationInspector.cpp" line="230"/>
        <source>NULLs in %1.%2 could not be counted: %3</source>
        <translation>无法统计 %1.%2 中的 NULL 值：%3</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationInspector.cpp" line="212"/>
        <location filename="../app/migrate/MigrationInspector.cpp" line="232"/>
        <source>If any row is NULL there, SET NOT NULL fails after scanning the table.</source>
        <translation>只要有一行在该列为 NULL，SET NOT NULL 就会在扫描完整个表后失败。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationInspector.cpp" line="234"/>
        <source>Count them yourself before applying: SELECT count(*) FROM %1 WHERE %2 IS NULL;</source>
        <translation>请在应用前自行统计：SELECT count(*) FROM %1 WHERE %2 IS NULL;</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/migrate/MigrationInspector.cpp" line="244"/>
        <source>%1: %Ln row(s) with NULL in %2 right now: SET NOT NULL will fail.</source>
        <translation>
            <numerusform>%1：目前 %2 中有 %Ln 行为 NULL：SET NOT NULL 将会失败。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationInspector.cpp" line="247"/>
        <source>The migration would stop here and roll back after scanning the table.</source>
        <translation>迁移会在扫描完表后于此处停止并回滚。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationInspector.cpp" line="248"/>
        <source>Backfill first: UPDATE %1 SET %2 = &lt;value&gt; WHERE %2 IS NULL;  (in batches on a big table)</source>
        <translation>请先回填：UPDATE %1 SET %2 = &lt;值&gt; WHERE %2 IS NULL;（大表请分批执行）</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationInspector.cpp" line="260"/>
        <source>%1 has rows (about %2): adding %3 NOT NULL without a default will fail.</source>
        <translation>%1 中已有数据（约 %2 行）：添加无默认值的 %3 NOT NULL 列将会失败。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationInspector.cpp" line="263"/>
        <source>Existing rows would hold NULL in the new column, which the constraint forbids.</source>
        <translation>已有行在新列中的值将为 NULL，而约束不允许这样。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationInspector.cpp" line="264"/>
        <source>Give the column a DEFAULT, or add it nullable and backfill before SET NOT NULL.</source>
        <translation>请为该列指定 DEFAULT，或先添加为可空列并回填，再执行 SET NOT NULL。</translation>
    </message>
</context>
<context>
    <name>sg::MigrationPlanner</name>
    <message>
        <location filename="../app/migrate/MigrationPlanner.cpp" line="62"/>
        <source>This database is tracked by %1. Sightglass reads that history but never writes it: apply with the tool that owns it.</source>
        <translation>此数据库的迁移由 %1 记录。Sightglass 会读取这些历史记录，但从不写入：请使用对应的工具来应用迁移。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationPlanner.cpp" line="78"/>
        <location filename="../app/migrate/MigrationPlanner.cpp" line="80"/>
        <source>%1 is %2. %3</source>
        <translation>%1：%2。%3</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationPlanner.cpp" line="89"/>
        <source>%1 has no rollback file (%2_…_rollback.sql, .down.sql or U%2__…sql).</source>
        <translation>%1 没有回滚文件（%2_…_rollback.sql、.down.sql 或 U%2__…sql）。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationPlanner.cpp" line="96"/>
        <source>Nothing is applied, so there is nothing to roll back.</source>
        <translation>尚未应用任何迁移，因此没有可回滚的内容。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationPlanner.cpp" line="113"/>
        <source>The live checks could not run: %1</source>
        <translation>无法执行实时检查：%1</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationPlanner.cpp" line="117"/>
        <source>%1 lint error(s): these statements would fail or cannot run as written.</source>
        <translation>%1 个静态检查错误：这些语句会失败，或无法按原样运行。</translation>
    </message>
</context>
<context>
    <name>sg::MigrationRunner</name>
    <message>
        <location filename="../app/migrate/MigrationRunner.cpp" line="44"/>
        <source>%1 on %2 (%3)</source>
        <translation>%2 上的 %1（%3）</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationRunner.cpp" line="49"/>
        <source>Holds %1 until the rehearsal rolls back.</source>
        <translation>持有 %1，直到预演回滚。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationRunner.cpp" line="125"/>
        <source>cancelled before this statement</source>
        <translation>在此语句之前已取消</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationRunner.cpp" line="188"/>
        <location filename="../app/migrate/MigrationRunner.cpp" line="347"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationRunner.cpp" line="198"/>
        <source>Version %1 failed at line %2 and was rolled back: %3</source>
        <translation>版本 %1 在第 %2 行失败，已回滚：%3</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationRunner.cpp" line="207"/>
        <source>Version %1 could not be committed, nothing of it stays: %2</source>
        <translation>版本 %1 无法提交，其所有更改均未保留：%2</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationRunner.cpp" line="242"/>
        <source>Version %1 failed at line %2: %3</source>
        <translation>版本 %1 在第 %2 行失败：%3</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationRunner.cpp" line="245"/>
        <source>Statements before it ran outside a transaction and stay applied; the migration is marked failed.</source>
        <translation>在它之前的语句是在事务外运行的，仍保持已应用状态；该迁移被标记为失败。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationRunner.cpp" line="249"/>
        <source>It left the INVALID index %1: drop it with DROP INDEX CONCURRENTLY before trying again.</source>
        <translation>它遗留了 INVALID 索引 %1：重试前请用 DROP INDEX CONCURRENTLY 删除它。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationRunner.cpp" line="263"/>
        <source>Version %1 ran, but its tracking row could not be written: %2</source>
        <translation>版本 %1 已运行，但无法写入其迁移记录：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/migrate/MigrationRunner.cpp" line="305"/>
        <source>Applied %n migration(s).</source>
        <translation>
            <numerusform>已应用 %n 个迁移。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/migrate/MigrationRunner.cpp" line="306"/>
        <source>Rolled back %n migration(s).</source>
        <translation>
            <numerusform>已回滚 %n 个迁移。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationRunner.cpp" line="361"/>
        <source>transaction control is not rehearsed</source>
        <translation>事务控制语句不参与预演</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationRunner.cpp" line="362"/>
        <source>cannot run inside a transaction, so it cannot be rehearsed</source>
        <translation>无法在事务内运行，因此无法预演</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationRunner.cpp" line="381"/>
        <source>Version %1 would fail at line %2: %3</source>
        <translation>版本 %1 将在第 %2 行失败：%3</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationRunner.cpp" line="409"/>
        <source>Rehearsal passed: %1 statement(s) ran and were rolled back.</source>
        <translation>预演通过：已运行 %1 条语句并全部回滚。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationRunner.cpp" line="411"/>
        <source>%1 could not be rehearsed (see the list).</source>
        <translation>%1 条语句无法预演（见列表）。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationRunner.cpp" line="415"/>
        <source>%1 on %2 for %3</source>
        <translation>%2 上的 %1，持续 %3</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationRunner.cpp" line="420"/>
        <source>The rehearsal blocked writes while it held %1.</source>
        <translation>预演持有 %1 期间阻塞了写入。</translation>
    </message>
</context>
<context>
    <name>sg::MigrationScript</name>
    <message>
        <location filename="../app/migrate/MigrationScript.cpp" line="34"/>
        <source>%1 is not valid UTF-8: line %2, byte offset %3 (0x%4). Save it as UTF-8; psql would refuse it too, and applying it would store other characters than the file shows.</source>
        <translation>%1 不是有效的 UTF-8：第 %2 行，字节偏移 %3（0x%4）。请以 UTF-8 保存；psql 同样会拒绝它，而应用它会保存与文件显示不同的字符。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationScript.cpp" line="41"/>
        <source>%1 is not valid UTF-8 (it ends inside a character).</source>
        <translation>%1 不是有效的 UTF-8（文件在一个字符中间结束）。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationScript.cpp" line="53"/>
        <source>Version %1 has no rollback file.</source>
        <translation>版本 %1 没有回滚文件。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationScript.cpp" line="54"/>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>sg::MigrationStatus</name>
    <message>
        <location filename="../app/migrate/MigrationTracker.cpp" line="51"/>
        <source>applied</source>
        <translation>已应用</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationTracker.cpp" line="52"/>
        <source>pending</source>
        <translation>待应用</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationTracker.cpp" line="53"/>
        <source>file missing</source>
        <translation>文件缺失</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationTracker.cpp" line="54"/>
        <source>changed since applied</source>
        <translation>应用后已修改</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationTracker.cpp" line="55"/>
        <source>pending, out of order</source>
        <translation>待应用（乱序）</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationTracker.cpp" line="56"/>
        <source>failed (dirty)</source>
        <translation>失败（dirty）</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationTracker.cpp" line="65"/>
        <source>Apply it.</source>
        <translation>请应用它。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationTracker.cpp" line="67"/>
        <source>Restore %1 from version control. If it was removed on purpose, its changes stay in the database: write a new migration that undoes them.</source>
        <translation>请从版本控制中恢复 %1。如果是有意删除的，它的更改仍保留在数据库中：请编写一个新迁移来撤销这些更改。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationTracker.cpp" line="69"/>
        <source>the file</source>
        <translation>该文件</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationTracker.cpp" line="71"/>
        <source>The file was edited after it was applied, so the database does not have the edit. Revert the edit and put the change in a new migration.</source>
        <translation>该文件在应用后被修改过，数据库中并没有这些修改。请撤销对文件的修改，并将变更放入一个新迁移中。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationTracker.cpp" line="74"/>
        <source>It is older than the newest applied migration (a merged branch?). Check that it does not depend on or conflict with later ones, then apply with out-of-order allowed.</source>
        <translation>它比最新已应用的迁移更旧（来自合并的分支？）。请确认它既不依赖于之后的迁移，也不与之冲突，然后在允许乱序的情况下应用。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationTracker.cpp" line="77"/>
        <source>It stopped part-way after statements that cannot be rolled back had run. Bring the schema to a consistent state by hand (or with its rollback file), then remove its row: DELETE FROM %1 WHERE version = &apos;%2&apos;;</source>
        <translation>它在执行了无法回滚的语句后中途停止。请手动（或借助其回滚文件）将数据库结构恢复到一致状态，然后删除其记录：DELETE FROM %1 WHERE version = &apos;%2&apos;;</translation>
    </message>
</context>
<context>
    <name>sg::MigrationTracker</name>
    <message>
        <location filename="../app/migrate/MigrationTracker.cpp" line="112"/>
        <source>none yet (%1 is created by the first migration applied)</source>
        <translation>尚无（%1 会在应用第一个迁移时创建）</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationTracker.cpp" line="114"/>
        <source>flyway_schema_history (Flyway, read-only)</source>
        <translation>flyway_schema_history（Flyway，只读）</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationTracker.cpp" line="115"/>
        <source>schema_migrations (golang-migrate, read-only)</source>
        <translation>schema_migrations（golang-migrate，只读）</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationTracker.cpp" line="241"/>
        <source>Another migration run holds the migration lock (pid %1, %2 from %3, %4); wait for it to finish.</source>
        <translation>另一个迁移任务持有迁移锁（pid %1，来自 %3 的 %2，%4）；请等待其完成。</translation>
    </message>
    <message>
        <location filename="../app/migrate/MigrationTracker.cpp" line="245"/>
        <source>Another migration run holds the migration lock; wait for it to finish.</source>
        <translation>另一个迁移任务持有迁移锁；请等待其完成。</translation>
    </message>
</context>
<context>
    <name>sg::PgTools</name>
    <message>
        <location filename="../app/backup/PgTools.cpp" line="98"/>
        <source>%1 was not found. Install the PostgreSQL client programs, or point the setting for PostgreSQL programs at their bin folder.</source>
        <translation>未找到 %1。请安装 PostgreSQL 客户端程序，或将 PostgreSQL 程序设置指向其 bin 文件夹。</translation>
    </message>
    <message>
        <location filename="../app/backup/PgTools.cpp" line="103"/>
        <source>%1 was not found. Install the PostgreSQL %2 client programs, or point the setting for PostgreSQL programs at their bin folder.</source>
        <translation>未找到 %1。请安装 PostgreSQL %2 客户端程序，或在“PostgreSQL 程序”设置中指定其 bin 文件夹。</translation>
    </message>
    <message>
        <location filename="../app/backup/PgTools.cpp" line="108"/>
        <source>The server runs PostgreSQL %1, but the only %2 found is older: %3. An older %2 cannot read a newer server; install the PostgreSQL %1 client programs, or point the setting for PostgreSQL programs at them.</source>
        <translation>服务器运行的是 PostgreSQL %1，但找到的 %2 版本较旧：%3。旧版 %2 无法读取较新版本的服务器；请安装 PostgreSQL %1 客户端程序，或在“PostgreSQL 程序”设置中指定其位置。</translation>
    </message>
</context>
<context>
    <name>sg::Plan</name>
    <message>
        <location filename="../app/plan/Plan.cpp" line="171"/>
        <source>No JSON plan found: run EXPLAIN (FORMAT JSON) or set auto_explain.log_format = json.</source>
        <translation>未找到 JSON 格式的执行计划：请运行 EXPLAIN (FORMAT JSON)，或设置 auto_explain.log_format = json。</translation>
    </message>
    <message>
        <location filename="../app/plan/Plan.cpp" line="181"/>
        <source>The plan is not valid JSON: %1 (at character %2).</source>
        <translation>执行计划不是有效的 JSON：%1（位于第 %2 个字符）。</translation>
    </message>
    <message>
        <location filename="../app/plan/Plan.cpp" line="188"/>
        <source>The JSON is an array but holds no plan object.</source>
        <translation>该 JSON 是数组，但其中没有执行计划对象。</translation>
    </message>
    <message>
        <location filename="../app/plan/Plan.cpp" line="203"/>
        <source>The JSON has no &quot;Plan&quot; object: is it EXPLAIN (FORMAT JSON) output?</source>
        <translation>该 JSON 中没有 &quot;Plan&quot; 对象：它是 EXPLAIN (FORMAT JSON) 的输出吗？</translation>
    </message>
    <message>
        <location filename="../app/plan/Plan.cpp" line="299"/>
        <source>Takes %1 % of the execution time on its own.</source>
        <translation>自身占用了 %1 % 的执行时间。</translation>
    </message>
    <message>
        <location filename="../app/plan/Plan.cpp" line="303"/>
        <source>Row estimate %1× too low: %2 expected per loop, %3 came. Stale statistics? Run ANALYZE, or raise the statistics target of the filtered columns.</source>
        <translation>行数估算低了 %1 倍：每次循环预计 %2 行，实际 %3 行。统计信息过期了？请运行 ANALYZE，或提高过滤列的统计目标。</translation>
    </message>
    <message>
        <location filename="../app/plan/Plan.cpp" line="305"/>
        <source>Row estimate %1× too high: %2 expected per loop, %3 came.</source>
        <translation>行数估算高了 %1 倍：每次循环预计 %2 行，实际 %3 行。</translation>
    </message>
    <message>
        <location filename="../app/plan/Plan.cpp" line="309"/>
        <source>Sort spilled to disk (%1 kB): work_mem is too small for it; raise it for this query, or let an index deliver the order.</source>
        <translation>排序溢出到磁盘（%1 kB）：work_mem 不足；请为此查询调大 work_mem，或利用索引直接提供排序。</translation>
    </message>
    <message>
        <location filename="../app/plan/Plan.cpp" line="315"/>
        <source>Hash spilled into %1 batches (planned %2): work_mem is too small for the hash table.</source>
        <translation>哈希溢出为 %1 个批次（计划 %2 个）：work_mem 不足以容纳哈希表。</translation>
    </message>
    <message>
        <location filename="../app/plan/Plan.cpp" line="324"/>
        <source>Runs a sequential scan of %1 %2 times: an index on the join column would turn each into a lookup.</source>
        <translation>对 %1 执行了 %2 次顺序扫描：在连接列上建立索引，可将每次扫描变为索引查找。</translation>
    </message>
    <message>
        <location filename="../app/plan/Plan.cpp" line="336"/>
        <source>Discards %1 % of the rows it fetches by a filter: an index that covers the filter&apos;s columns would read less.</source>
        <translation>读取的行中有 %1 % 被过滤条件丢弃：覆盖过滤列的索引可以减少读取量。</translation>
    </message>
    <message>
        <location filename="../app/plan/Plan.cpp" line="341"/>
        <source>%1 heap fetches: the visibility map is behind, so the index-only scan still reads the table. VACUUM it.</source>
        <translation>%1 次堆获取（Heap Fetches）：可见性映射已滞后，因此仅索引扫描仍需读取表。请对其执行 VACUUM。</translation>
    </message>
    <message>
        <location filename="../app/plan/Plan.cpp" line="347"/>
        <source>track_io_timing is off, so I/O times are missing: SET track_io_timing = on (superuser) to see them.</source>
        <translation>track_io_timing 已关闭，因此缺少 I/O 时间：执行 SET track_io_timing = on（需超级用户）即可查看。</translation>
    </message>
    <message>
        <location filename="../app/plan/Plan.cpp" line="350"/>
        <source>No I/O times in this plan: track_io_timing is off, or nothing was read from disk.</source>
        <translation>此执行计划中没有 I/O 时间：track_io_timing 已关闭，或没有从磁盘读取数据。</translation>
    </message>
</context>
<context>
    <name>sg::PlanDiff</name>
    <message>
        <location filename="../app/plan/PlanDiff.cpp" line="68"/>
        <source>only after</source>
        <translation>仅变更后</translation>
    </message>
    <message>
        <location filename="../app/plan/PlanDiff.cpp" line="70"/>
        <source>only before</source>
        <translation>仅变更前</translation>
    </message>
    <message>
        <location filename="../app/plan/PlanDiff.cpp" line="74"/>
        <source>index %1 → %2</source>
        <translation>索引 %1 → %2</translation>
    </message>
    <message>
        <location filename="../app/plan/PlanDiff.cpp" line="148"/>
        <source>Execution %1 ms → %2 ms (%3 %).</source>
        <translation>执行 %1 ms → %2 ms（%3 %）。</translation>
    </message>
    <message>
        <location filename="../app/plan/PlanDiff.cpp" line="155"/>
        <source>Cost %1 → %2.</source>
        <translation>代价 %1 → %2。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/plan/PlanDiff.cpp" line="159"/>
        <source>%n node(s) changed.</source>
        <translation>
            <numerusform>%n 个节点有变化。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/plan/PlanDiff.cpp" line="163"/>
        <source>Join order changed: %1 → %2.</source>
        <translation>连接顺序已改变：%1 → %2。</translation>
    </message>
</context>
<context>
    <name>sg::PlanReport</name>
    <message>
        <location filename="../app/plan/PlanReport.cpp" line="15"/>
        <source>Execution %1 ms, planning %2 ms</source>
        <translation>执行 %1 ms，规划 %2 ms</translation>
    </message>
    <message>
        <location filename="../app/plan/PlanReport.cpp" line="19"/>
        <source>Estimated plan (no ANALYZE): costs and row estimates only</source>
        <translation>估算执行计划（未 ANALYZE）：仅含代价和行数估算</translation>
    </message>
    <message>
        <location filename="../app/plan/PlanReport.cpp" line="31"/>
        <source>never executed</source>
        <translation>未执行</translation>
    </message>
</context>
<context>
    <name>sg::ProgramRun</name>
    <message>
        <location filename="../app/backup/ProgramRun.cpp" line="72"/>
        <location filename="../app/backup/ProgramRun.cpp" line="79"/>
        <source>cannot start %1: %2</source>
        <translation>无法启动 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/backup/ProgramRun.cpp" line="116"/>
        <source>%1 crashed</source>
        <translation>%1 崩溃</translation>
    </message>
    <message>
        <location filename="../app/backup/ProgramRun.cpp" line="121"/>
        <source>%1 failed (exit code %2)</source>
        <translation>%1 失败（退出码 %2）</translation>
    </message>
</context>
<context>
    <name>sg::ReplicationStatus</name>
    <message>
        <location filename="../app/monitor/ReplicationStatus.cpp" line="38"/>
        <source>This is a standby without a WAL receiver: it streams from no primary (it replays from the archive, or cannot reach its primary: its log says which).</source>
        <translation>这是一个没有 WAL 接收进程的备库：它没有从任何主库流复制（它在从归档重放，或连不上主库：它的日志会说明是哪种）。</translation>
    </message>
    <message>
        <location filename="../app/monitor/ReplicationStatus.cpp" line="42"/>
        <source>Standby of %1:%2, its WAL receiver %3</source>
        <translation>%1:%2 的备库，WAL 接收进程：%3</translation>
    </message>
    <message>
        <location filename="../app/monitor/ReplicationStatus.cpp" line="45"/>
        <source>through slot %1</source>
        <translation>经由槽 %1</translation>
    </message>
    <message>
        <location filename="../app/monitor/ReplicationStatus.cpp" line="53"/>
        <source>Replay is paused (pg_wal_replay_resume() continues it): %1 received and not replayed, %2 behind.</source>
        <translation>重放已暂停（pg_wal_replay_resume() 可继续）：已接收未重放 %1，落后 %2。</translation>
    </message>
    <message>
        <location filename="../app/monitor/ReplicationStatus.cpp" line="59"/>
        <source>Replay is %1 behind what it received (%2).</source>
        <translation>重放比已接收的落后 %1（%2）。</translation>
    </message>
    <message>
        <location filename="../app/monitor/ReplicationStatus.cpp" line="63"/>
        <source>Replay has caught up with what it received.</source>
        <translation>重放已追上已接收的内容。</translation>
    </message>
    <message>
        <location filename="../app/monitor/ReplicationStatus.cpp" line="71"/>
        <source>No standby streams from this server.</source>
        <translation>没有备库从此服务器流复制。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/monitor/ReplicationStatus.cpp" line="75"/>
        <source>%n standby(s) connected, %1 streaming</source>
        <translation>
            <numerusform>已连接 %n 个备库，%1 个在流复制</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/monitor/ReplicationStatus.cpp" line="79"/>
        <source>the most behind, %1, has %2 to replay</source>
        <translation>落后最多的 %1 还有 %2 待重放</translation>
    </message>
    <message>
        <location filename="../app/monitor/ReplicationStatus.cpp" line="82"/>
        <source>(replay lag %1)</source>
        <translation>（重放延迟 %1）</translation>
    </message>
    <message>
        <location filename="../app/monitor/ReplicationStatus.cpp" line="84"/>
        <source>all have replayed everything written here</source>
        <translation>都已重放此处写入的全部内容</translation>
    </message>
    <message>
        <location filename="../app/monitor/ReplicationStatus.cpp" line="115"/>
        <source>Slot(s) %1 lost the WAL they need (max_slot_wal_keep_size removed it): whatever reads them must be set up again.</source>
        <translation>槽 %1 丢失了所需的 WAL（被 max_slot_wal_keep_size 删除）：读取它们的一方必须重新搭建。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/monitor/ReplicationStatus.cpp" line="122"/>
        <source>%n inactive slot(s) keep WAL nobody reads: %1 for %2, the largest.</source>
        <translation>
            <numerusform>%n 个非活动槽保留着无人读取的 WAL：最大的是 %2，%1。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/monitor/ReplicationStatus.cpp" line="136"/>
        <source>Subscription %1 is disabled: nothing it subscribes to arrives (ALTER SUBSCRIPTION … ENABLE).</source>
        <translation>订阅 %1 已禁用：其订阅的内容都不会到达（ALTER SUBSCRIPTION … ENABLE）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/monitor/ReplicationStatus.cpp" line="141"/>
        <source>Subscription %1 has no apply worker running and failed %n time(s): a conflict stops it (the server&apos;s log names it).</source>
        <translation>
            <numerusform>订阅 %1 没有正在运行的应用进程，已失败 %n 次：一个冲突使其停止（服务器日志中写明了冲突）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/monitor/ReplicationStatus.cpp" line="145"/>
        <source>Subscription %1 has no apply worker running: it receives nothing (the server&apos;s log says why).</source>
        <translation>订阅 %1 没有正在运行的应用进程：它收不到任何内容（服务器日志说明了原因）。</translation>
    </message>
    <message>
        <location filename="../app/monitor/ReplicationStatus.cpp" line="153"/>
        <source>Subscription %1 heard nothing from its publisher for %2.</source>
        <translation>订阅 %1 已有 %2 没有收到其发布端的消息。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/monitor/ReplicationStatus.cpp" line="158"/>
        <source>Subscription %1 failed to apply %n time(s) since its statistics were reset, and runs now.</source>
        <translation>
            <numerusform>订阅 %1 自统计重置以来应用失败 %n 次，现在正在运行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/monitor/ReplicationStatus.cpp" line="166"/>
        <source>%n subscription(s) receiving from their publishers.</source>
        <translation>
            <numerusform>%n 个订阅正在从其发布端接收。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/monitor/ReplicationStatus.cpp" line="173"/>
        <source>Nothing waits to be archived.</source>
        <translation>没有等待归档的内容。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/monitor/ReplicationStatus.cpp" line="176"/>
        <source>%n segment(s) wait to be archived (%1).</source>
        <translation>
            <numerusform>%n 个段等待归档（%1）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/monitor/ReplicationStatus.cpp" line="179"/>
        <source>WAL archiving is off.</source>
        <translation>WAL 归档已关闭。</translation>
    </message>
    <message>
        <location filename="../app/monitor/ReplicationStatus.cpp" line="182"/>
        <source>WAL archiving is failing: %1 failed %2 ago; archive_command&apos;s error is in the server log.</source>
        <translation>WAL 归档失败：%1 在 %2 前失败；archive_command 的错误在服务器日志中。</translation>
    </message>
    <message>
        <location filename="../app/monitor/ReplicationStatus.cpp" line="189"/>
        <source>Archiving works: %1 archived %2 ago.</source>
        <translation>归档正常：%1 于 %2 前归档。</translation>
    </message>
    <message>
        <location filename="../app/monitor/ReplicationStatus.cpp" line="194"/>
        <source>WAL archiving is on and has archived nothing yet.</source>
        <translation>WAL 归档已开启，但尚未归档任何内容。</translation>
    </message>
    <message>
        <location filename="../app/monitor/ReplicationStatus.cpp" line="197"/>
        <source>WAL written now: %1/s.</source>
        <translation>当前 WAL 写入：%1/秒。</translation>
    </message>
</context>
<context>
    <name>sg::RestoreJob</name>
    <message>
        <location filename="../app/backup/RestoreJob.cpp" line="39"/>
        <source>Choose the backup to restore.</source>
        <translation>请选择要恢复的备份。</translation>
    </message>
    <message>
        <location filename="../app/backup/RestoreJob.cpp" line="41"/>
        <source>The backup %1 does not exist.</source>
        <translation>备份 %1 不存在。</translation>
    </message>
    <message>
        <location filename="../app/backup/RestoreJob.cpp" line="43"/>
        <source>Restore either into a new database or over an existing one.</source>
        <translation>请选择恢复到新数据库，或覆盖现有数据库。</translation>
    </message>
    <message>
        <location filename="../app/backup/RestoreJob.cpp" line="45"/>
        <source>Restoring over %1 replaces its objects: type its name to confirm.</source>
        <translation>覆盖恢复 %1 会替换其中的对象：请输入其名称以确认。</translation>
    </message>
    <message>
        <location filename="../app/backup/RestoreJob.cpp" line="48"/>
        <source>Parallel jobs must be at least 1.</source>
        <translation>并行作业数至少为 1。</translation>
    </message>
    <message>
        <location filename="../app/backup/RestoreJob.cpp" line="50"/>
        <source>A single transaction cannot be shared by parallel jobs: choose one or the other.</source>
        <translation>并行作业无法共用单个事务：请二选一。</translation>
    </message>
    <message>
        <location filename="../app/backup/RestoreJob.cpp" line="53"/>
        <source>A plain SQL backup has no DROP statements, so it restores only into a new database.</source>
        <translation>纯 SQL 备份不含 DROP 语句，因此只能恢复到新数据库。</translation>
    </message>
    <message>
        <location filename="../app/backup/RestoreJob.cpp" line="55"/>
        <source>A plain SQL backup is restored whole by psql: no parallel jobs, no selection.</source>
        <translation>纯 SQL 备份由 psql 整体恢复：不支持并行作业，也不能选择对象。</translation>
    </message>
    <message>
        <location filename="../app/backup/RestoreJob.cpp" line="133"/>
        <source>A plain SQL backup has no table of contents.</source>
        <translation>纯 SQL 备份没有目录（TOC）。</translation>
    </message>
    <message>
        <location filename="../app/backup/RestoreJob.cpp" line="145"/>
        <source>%1 cannot be read as an archive: %2</source>
        <translation>无法将 %1 作为归档读取：%2</translation>
    </message>
    <message>
        <location filename="../app/backup/RestoreJob.cpp" line="156"/>
        <source>Restore cancelled.</source>
        <translation>恢复已取消。</translation>
    </message>
    <message>
        <location filename="../app/backup/RestoreJob.cpp" line="176"/>
        <source>The backup&apos;s record cannot be read (%1), so its checksum cannot be checked. Restore refused; choose to ignore the checksum to restore anyway.</source>
        <translation>无法读取备份的记录（%1），因此无法检查其校验和。已拒绝恢复；如仍要恢复，请选择忽略校验和。</translation>
    </message>
    <message>
        <location filename="../app/backup/RestoreJob.cpp" line="180"/>
        <source>checksum</source>
        <translation>校验和</translation>
    </message>
    <message>
        <location filename="../app/backup/RestoreJob.cpp" line="185"/>
        <source>The backup does not match its record: it was changed or damaged after it was written (SHA-256 %1, recorded %2). Restore refused; choose to ignore the checksum to restore anyway.</source>
        <translation>备份与其记录不符：写入后已被更改或损坏（SHA-256 %1，记录为 %2）。已拒绝恢复；如仍要恢复，请选择忽略校验和。</translation>
    </message>
    <message>
        <location filename="../app/backup/RestoreJob.cpp" line="211"/>
        <source>Cannot connect to the server: %1</source>
        <translation>无法连接到服务器：%1</translation>
    </message>
    <message>
        <location filename="../app/backup/RestoreJob.cpp" line="226"/>
        <source>The archive is empty.</source>
        <translation>归档为空。</translation>
    </message>
    <message>
        <location filename="../app/backup/RestoreJob.cpp" line="237"/>
        <source>A database named %1 already exists: choose another name, or restore over it.</source>
        <translation>名为 %1 的数据库已存在：请换一个名称，或选择覆盖恢复。</translation>
    </message>
    <message>
        <location filename="../app/backup/RestoreJob.cpp" line="241"/>
        <source>Cannot create the database %1: %2</source>
        <translation>无法创建数据库 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/backup/RestoreJob.cpp" line="274"/>
        <source>Cannot write the list of objects to restore: %1</source>
        <translation>无法写入待恢复对象列表：%1</translation>
    </message>
    <message>
        <location filename="../app/backup/RestoreJob.cpp" line="305"/>
        <source>What was restored so far stays in %1.</source>
        <translation>已恢复的部分保留在 %1 中。</translation>
    </message>
    <message>
        <location filename="../app/backup/RestoreJob.cpp" line="320"/>
        <source>The restore into %1 failed%2: %3. What was restored so far stays there for inspection.</source>
        <translation>恢复到 %1 失败%2：%3。已恢复的部分保留在其中，以便检查。</translation>
    </message>
    <message>
        <location filename="../app/backup/RestoreJob.cpp" line="321"/>
        <source> at %1</source>
        <translation>（位于 %1）</translation>
    </message>
    <message>
        <location filename="../app/backup/RestoreJob.cpp" line="328"/>
        <source>Restored %1 into %2.</source>
        <translation>已将 %1 恢复到 %2。</translation>
    </message>
</context>
<context>
    <name>sg::ResultTableModel</name>
    <message>
        <location filename="../app/db/ResultTableModel.cpp" line="92"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../app/db/ResultTableModel.cpp" line="92"/>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>sg::SandboxServer</name>
    <message>
        <location filename="../app/db/SandboxServer.cpp" line="133"/>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <location filename="../app/db/SandboxServer.cpp" line="189"/>
        <source>no PostgreSQL server binaries found (looked in %1); install postgresql-15 or set SG_PG_BINDIR</source>
        <translation>未找到 PostgreSQL 服务器程序（已查找 %1）；请安装 postgresql-15 或设置 SG_PG_BINDIR</translation>
    </message>
    <message>
        <location filename="../app/db/SandboxServer.cpp" line="229"/>
        <source>cannot create %1 for the server</source>
        <translation>无法为服务器创建 %1</translation>
    </message>
    <message>
        <location filename="../app/db/SandboxServer.cpp" line="246"/>
        <source>cannot copy %1 to %2 for the server</source>
        <translation>无法为服务器将 %1 复制到 %2</translation>
    </message>
    <message>
        <location filename="../app/db/SandboxServer.cpp" line="280"/>
        <source>cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <location filename="../app/db/SandboxServer.cpp" line="290"/>
        <source>cannot copy %1 to %2</source>
        <translation>无法把 %1 复制到 %2</translation>
    </message>
    <message>
        <location filename="../app/db/SandboxServer.cpp" line="307"/>
        <source>the primary is not running</source>
        <translation>主库没有运行</translation>
    </message>
    <message>
        <location filename="../app/db/SandboxServer.cpp" line="309"/>
        <source>the standby already has a data directory</source>
        <translation>备库已有数据目录</translation>
    </message>
    <message>
        <location filename="../app/db/SandboxServer.cpp" line="363"/>
        <source>the primary has tablespaces, which a sandbox standby does not copy</source>
        <translation>主库有表空间，沙箱备库不会复制它们</translation>
    </message>
    <message>
        <location filename="../app/db/SandboxServer.cpp" line="148"/>
        <source>cannot create a temporary directory in %1</source>
        <translation>无法在 %1 中创建临时目录</translation>
    </message>
    <message>
        <location filename="../app/db/SandboxServer.cpp" line="178"/>
        <location filename="../app/db/SandboxServer.cpp" line="204"/>
        <location filename="../app/db/SandboxServer.cpp" line="357"/>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>sg::SessionDetail</name>
    <message>
        <location filename="../app/monitor/SessionDetail.cpp" line="39"/>
        <source>PostgreSQL %1 does not report which statement a session runs; 14 and later do.</source>
        <translation>PostgreSQL %1 不报告会话正在执行哪条语句；14 及以上版本会报告。</translation>
    </message>
    <message>
        <location filename="../app/monitor/SessionDetail.cpp" line="44"/>
        <source>No query id for this statement (compute_query_id is off, or it is not a planned statement).</source>
        <translation>此语句没有查询 ID（compute_query_id 已关闭，或它不是经过规划的语句）。</translation>
    </message>
    <message>
        <location filename="../app/monitor/SessionDetail.cpp" line="80"/>
        <source>pg_stat_statements is not installed in this database: CREATE EXTENSION pg_stat_statements shows how this statement usually runs.</source>
        <translation>此数据库未安装 pg_stat_statements：执行 CREATE EXTENSION pg_stat_statements 后可看到此语句通常的运行情况。</translation>
    </message>
    <message>
        <location filename="../app/monitor/SessionDetail.cpp" line="84"/>
        <source>pg_stat_statements has no row for this statement yet: it counts a statement once it has finished.</source>
        <translation>pg_stat_statements 中还没有此语句的记录：语句结束后才会计入。</translation>
    </message>
</context>
<context>
    <name>sg::SqlSplitter</name>
    <message>
        <location filename="../app/migrate/SqlSplitter.cpp" line="41"/>
        <source>%1 that starts on line %2 never ends.</source>
        <translation>%1（从第 %2 行开始）没有结束。</translation>
    </message>
    <message>
        <location filename="../app/migrate/SqlSplitter.cpp" line="97"/>
        <source>A /* comment</source>
        <translation>/* 注释</translation>
    </message>
    <message>
        <location filename="../app/migrate/SqlSplitter.cpp" line="123"/>
        <source>A quoted name</source>
        <translation>带引号的标识符</translation>
    </message>
    <message>
        <location filename="../app/migrate/SqlSplitter.cpp" line="123"/>
        <source>A string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <location filename="../app/migrate/SqlSplitter.cpp" line="135"/>
        <source>A %1 body</source>
        <translation>以 %1 引用的内容</translation>
    </message>
    <message>
        <location filename="../app/migrate/SqlSplitter.cpp" line="163"/>
        <location filename="../app/migrate/SqlSplitter.cpp" line="170"/>
        <source>COPY data</source>
        <translation>COPY 数据</translation>
    </message>
    <message>
        <location filename="../app/migrate/SqlSplitter.cpp" line="184"/>
        <source>A BEGIN ATOMIC body</source>
        <translation>BEGIN ATOMIC 函数体</translation>
    </message>
</context>
<context>
    <name>sg::StatementsMonitor</name>
    <message>
        <location filename="../app/monitor/StatementsMonitor.cpp" line="41"/>
        <source>Statistics reset on the server.</source>
        <translation>已重置服务器上的统计信息。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/monitor/StatementsMonitor.cpp" line="126"/>
        <source>No snapshot yet (one is kept every %n minute(s)): these are the totals since the reset.</source>
        <translation>
            <numerusform>尚无快照（每 %n 分钟保存一次）：以下是自重置以来的累计值。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/monitor/StatementsMonitor.cpp" line="129"/>
        <source>The local history goes back to %1 only: differences since then.</source>
        <translation>本地历史记录只能追溯到 %1：以下是自那时以来的差值。</translation>
    </message>
    <message>
        <location filename="../app/monitor/StatementsMonitor.cpp" line="132"/>
        <source>Differences since %1; max and stddev are since the reset.</source>
        <translation>自 %1 以来的差值；max 和 stddev 为自重置以来的值。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/monitor/StatementsMonitor.cpp" line="136"/>
        <source>%n statement(s) were reset meanwhile and count from the reset (column reset).</source>
        <translation>
            <numerusform>期间有 %n 条语句被重置，从重置时开始计数（见 reset 列）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/monitor/StatementsMonitor.cpp" line="198"/>
        <source>pg_stat_statements is created in this database but not loaded by the server: add it to shared_preload_libraries in postgresql.conf (shared_preload_libraries = &apos;pg_stat_statements&apos;) and restart the server. The other panels work without it.</source>
        <translation>pg_stat_statements 已在此数据库中创建，但服务器尚未加载：请在 postgresql.conf 中将其加入 shared_preload_libraries（shared_preload_libraries = &apos;pg_stat_statements&apos;）并重启服务器。其他面板不依赖它，可正常使用。</translation>
    </message>
    <message>
        <location filename="../app/monitor/StatementsMonitor.cpp" line="202"/>
        <source>pg_stat_statements is loaded by the server but not created in this database: run CREATE EXTENSION pg_stat_statements; here (needs the CREATE privilege). The other panels work without it.</source>
        <translation>服务器已加载 pg_stat_statements，但尚未在此数据库中创建：请在此数据库中执行 CREATE EXTENSION pg_stat_statements;（需要 CREATE 权限）。其他面板不依赖它，可正常使用。</translation>
    </message>
    <message>
        <location filename="../app/monitor/StatementsMonitor.cpp" line="205"/>
        <source>Slow queries come from pg_stat_statements, which this database does not have. Two steps: add it to shared_preload_libraries in postgresql.conf and restart the server (if it is not loaded already), then run CREATE EXTENSION pg_stat_statements; in this database. The other panels work without it.</source>
        <translation>慢查询数据来自 pg_stat_statements，但此数据库中没有该扩展。需要两步：在 postgresql.conf 中将其加入 shared_preload_libraries 并重启服务器（如果尚未加载），然后在此数据库中执行 CREATE EXTENSION pg_stat_statements;。其他面板不依赖它，可正常使用。</translation>
    </message>
</context>
<context>
    <name>sg::TableAdvisor</name>
    <message>
        <location filename="../app/advisor/TableAdvisor.cpp" line="38"/>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location filename="../app/advisor/TableAdvisor.cpp" line="39"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../app/advisor/TableAdvisor.cpp" line="40"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../app/advisor/TableAdvisor.cpp" line="42"/>
        <source>replication slot %1 (%2) holds an xmin %3 transactions old</source>
        <translation>复制槽 %1（%2）持有一个已有 %3 个事务之久的 xmin</translation>
    </message>
    <message>
        <location filename="../app/advisor/TableAdvisor.cpp" line="45"/>
        <source>prepared transaction %1 (owner %2) has been open for %3</source>
        <translation>预备事务 %1（属主 %2）已打开 %3</translation>
    </message>
    <message>
        <location filename="../app/advisor/TableAdvisor.cpp" line="46"/>
        <source>pid %1 (%2) has kept a snapshot for %3</source>
        <translation>进程 %1（%2）已持有快照 %3</translation>
    </message>
    <message>
        <location filename="../app/advisor/TableAdvisor.cpp" line="70"/>
        <source>%1 dead tuples (%2 % of the rows).</source>
        <translation>%1 个死元组（占行数的 %2 %）。</translation>
    </message>
    <message>
        <location filename="../app/advisor/TableAdvisor.cpp" line="73"/>
        <source>About %1 (%2 %) more than the live rows need, by the statistics estimate.</source>
        <translation>根据统计信息估算，比存放活动行所需的空间多出约 %1（%2 %）。</translation>
    </message>
    <message>
        <location filename="../app/advisor/TableAdvisor.cpp" line="79"/>
        <source>VACUUM cannot remove dead tuples now: %1, and rows deleted or updated since then stay until it ends. End that transaction (or cancel or terminate the session in Activity), then VACUUM.</source>
        <translation>VACUUM 现在无法移除死元组：%1，此后删除或更新的行会一直保留到它结束。请先结束该事务（或在“活动”中取消或终止该会话），再执行 VACUUM。</translation>
    </message>
    <message>
        <location filename="../app/advisor/TableAdvisor.cpp" line="85"/>
        <source> VACUUM makes the space reusable; giving it back to the operating system takes VACUUM FULL (an exclusive lock) or pg_repack.</source>
        <translation>VACUUM 可使这些空间被重新利用；若要归还给操作系统，则需要 VACUUM FULL（排他锁）或 pg_repack。</translation>
    </message>
    <message>
        <location filename="../app/advisor/TableAdvisor.cpp" line="92"/>
        <source>Autovacuum is switched off for this table and its dead tuples are past the threshold at which autovacuum would have run.</source>
        <translation>此表已关闭 autovacuum，而其死元组数已超过本应触发 autovacuum 的阈值。</translation>
    </message>
    <message>
        <location filename="../app/advisor/TableAdvisor.cpp" line="94"/>
        <source>Until then VACUUM cannot remove them: %1.</source>
        <translation>在此之前 VACUUM 无法移除它们：%1。</translation>
    </message>
    <message>
        <location filename="../app/advisor/TableAdvisor.cpp" line="104"/>
        <source>%1 sequential scans read %2 rows (about %3 each) against %4 index scans: a candidate for an index. Find the queries in Slow queries and EXPLAIN them to see which columns they filter on.</source>
        <translation>%1 次顺序扫描共读取 %2 行（每次约 %3 行），而索引扫描仅 %4 次：可以考虑建立索引。请在“慢查询”中找到相关查询并执行 EXPLAIN，查看它们按哪些列过滤。</translation>
    </message>
    <message>
        <location filename="../app/advisor/TableAdvisor.cpp" line="120"/>
        <source>About %1 of its %2 (%3 %) are more than its entries need, by the statistics estimate.</source>
        <translation>根据统计信息估算，其 %2 中约有 %1（%3 %）超出索引条目所需。</translation>
    </message>
</context>
<context>
    <name>sg::TlsInfo</name>
    <message>
        <location filename="../app/db/TlsInfo.cpp" line="11"/>
        <source>not encrypted</source>
        <translation>未加密</translation>
    </message>
    <message>
        <location filename="../app/db/TlsInfo.cpp" line="24"/>
        <source>This session is not encrypted: its queries and results can be read on the network. Connect with sslmode=verify-full to encrypt it and check the server&apos;s certificate.</source>
        <translation>此会话未加密：其查询和结果可在网络上被读取。请使用 sslmode=verify-full 连接，以加密会话并检查服务器的证书。</translation>
    </message>
    <message>
        <location filename="../app/db/TlsInfo.cpp" line="26"/>
        <source>Encrypted with %1, %2 (%3-bit key)</source>
        <translation>已使用 %1、%2 加密（%3 位密钥）</translation>
    </message>
    <message>
        <location filename="../app/db/TlsInfo.cpp" line="28"/>
        <source>Server certificate: %1</source>
        <translation>服务器证书：%1</translation>
    </message>
    <message>
        <location filename="../app/db/TlsInfo.cpp" line="30"/>
        <source>Issued by: %1</source>
        <translation>签发者：%1</translation>
    </message>
    <message>
        <location filename="../app/db/TlsInfo.cpp" line="32"/>
        <source>Valid until: %1</source>
        <translation>有效期至：%1</translation>
    </message>
</context>
<context>
    <name>sg::WaitRecording</name>
    <message>
        <location filename="../app/monitor/WaitRecording.cpp" line="148"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/monitor/WaitRecording.cpp" line="153"/>
        <source>could not write %1: %2</source>
        <translation>未能写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/monitor/WaitRecording.cpp" line="163"/>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/monitor/WaitRecording.cpp" line="171"/>
        <source>%1 is not a Sightglass recording</source>
        <translation>%1 不是 Sightglass 录制文件</translation>
    </message>
    <message>
        <location filename="../app/monitor/WaitRecording.cpp" line="172"/>
        <source>%1 is not a Sightglass recording, or it is damaged: %2 at byte %3</source>
        <translation>%1 不是 Sightglass 录制文件，或已损坏：第 %3 字节处 %2</translation>
    </message>
    <message>
        <location filename="../app/monitor/WaitRecording.cpp" line="180"/>
        <source>%1 was written by a newer Sightglass (recording format %2); this one reads format %3</source>
        <translation>%1 由更新版本的 Sightglass 写入（录制格式 %2）；本版本读取格式 %3</translation>
    </message>
    <message>
        <location filename="../app/monitor/WaitRecording.cpp" line="187"/>
        <source>%1 is damaged: %2</source>
        <translation>%1 已损坏：%2</translation>
    </message>
    <message>
        <location filename="../app/monitor/WaitRecording.cpp" line="202"/>
        <source>it has no %1 column</source>
        <translation>缺少 %1 列</translation>
    </message>
    <message>
        <location filename="../app/monitor/WaitRecording.cpp" line="214"/>
        <source>sample %1 has no time, or is out of order</source>
        <translation>样本 %1 没有时间，或顺序错乱</translation>
    </message>
    <message>
        <location filename="../app/monitor/WaitRecording.cpp" line="221"/>
        <source>a row of sample %1 has %2 values for %3 columns</source>
        <translation>样本 %1 的一行有 %2 个值，而列数为 %3</translation>
    </message>
    <message>
        <location filename="../app/monitor/WaitRecording.cpp" line="232"/>
        <source>sample %1 names a query text that is not there</source>
        <translation>样本 %1 引用了不存在的查询文本</translation>
    </message>
    <message>
        <location filename="../app/monitor/WaitRecording.cpp" line="245"/>
        <source>it holds no samples</source>
        <translation>其中没有样本</translation>
    </message>
</context>
<context>
    <name>sg::WhatIf</name>
    <message>
        <location filename="../app/plan/WhatIf.cpp" line="120"/>
        <source>%1 reads %2 rows to keep %3: an index on the filtered columns reads only those.</source>
        <translation>%1 读取了 %2 行，只保留 %3 行：在过滤列上建立索引后，只需读取这些行。</translation>
    </message>
    <message>
        <location filename="../app/plan/WhatIf.cpp" line="123"/>
        <source>%1 filters on these columns.</source>
        <translation>%1 按这些列过滤。</translation>
    </message>
    <message>
        <location filename="../app/plan/WhatIf.cpp" line="136"/>
        <source>%1 is sorted by these columns; an index in that order can return the rows sorted.</source>
        <translation>%1 按这些列排序；按此顺序建立的索引可以直接返回有序的行。</translation>
    </message>
    <message>
        <location filename="../app/plan/WhatIf.cpp" line="147"/>
        <source>%1 is joined on these columns; with an index the join can look rows up.</source>
        <translation>%1 基于这些列进行连接；有了索引，连接就可以通过索引查找行。</translation>
    </message>
    <message>
        <location filename="../app/plan/WhatIf.cpp" line="150"/>
        <source>%1 is joined on these columns.</source>
        <translation>%1 基于这些列进行连接。</translation>
    </message>
</context>
<context>
    <name>sg::WhatIfRunner</name>
    <message>
        <location filename="../app/plan/WhatIfRunner.cpp" line="20"/>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <location filename="../app/plan/WhatIfRunner.cpp" line="25"/>
        <source>hypopg is installed on the server but not in this database: CREATE EXTENSION hypopg; (needs the CREATE privilege on the database). It creates nothing until asked, and what it creates lives only in one session&apos;s memory.</source>
        <translation>服务器上已安装 hypopg，但当前数据库中尚未创建：CREATE EXTENSION hypopg;（需要数据库的 CREATE 权限）。它在被调用前不会创建任何东西，所创建的内容也只存在于单个会话的内存中。</translation>
    </message>
    <message>
        <location filename="../app/plan/WhatIfRunner.cpp" line="30"/>
        <source>What-if indexes need the hypopg extension, which this server does not have: install it (Debian/Ubuntu: postgresql-%1-hypopg; elsewhere see github.com/HypoPG/hypopg), then CREATE EXTENSION hypopg;.</source>
        <translation>假设索引需要 hypopg 扩展，但此服务器上没有：请先安装（Debian/Ubuntu：postgresql-%1-hypopg；其他系统请参见 github.com/HypoPG/hypopg），然后执行 CREATE EXTENSION hypopg;。</translation>
    </message>
    <message>
        <location filename="../app/plan/WhatIfRunner.cpp" line="52"/>
        <source>No candidate: the plan has no sequential scan or wasteful index scan with a filter or join condition an index could serve.</source>
        <translation>没有候选索引：执行计划中没有带过滤或连接条件、可由索引改善的顺序扫描或低效索引扫描。</translation>
    </message>
    <message>
        <location filename="../app/plan/WhatIfRunner.cpp" line="96"/>
        <source>Not tried: another session holds a lock on a table of this statement that the test would wait for (more than %1 s). The Activity panel&apos;s blocking tree shows who.</source>
        <translation>未尝试：另一个会话持有此语句所涉及表上的锁，测试需要等待（超过 %1 秒）。活动面板的阻塞树显示是谁。</translation>
    </message>
</context>
<context>
    <name>sg::WraparoundForecast</name>
    <message numerus="yes">
        <location filename="../app/advisor/WraparoundForecast.cpp" line="17"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n 天后</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/advisor/WraparoundForecast.cpp" line="19"/>
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>%n 小时后</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/advisor/WraparoundForecast.cpp" line="20"/>
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>%n 分钟后</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/advisor/WraparoundForecast.cpp" line="65"/>
        <source>No forecast: the local history has no transaction ID samples of this server (keep its Activity panel open for a while)</source>
        <translation>无预测：本地历史中没有此服务器的事务 ID 样本（让它的活动面板打开一段时间）</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/advisor/WraparoundForecast.cpp" line="68"/>
        <source>No forecast yet: the local history covers only %n second(s) of this server</source>
        <translation>
            <numerusform>暂无预测：本地历史只覆盖此服务器的 %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/advisor/WraparoundForecast.cpp" line="71"/>
        <source>the last %1 h</source>
        <translation>最近 %1 小时</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/advisor/WraparoundForecast.cpp" line="72"/>
        <source>the last %n minute(s)</source>
        <translation>
            <numerusform>最近 %n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/advisor/WraparoundForecast.cpp" line="73"/>
        <source>at %1&apos;s rate: %2 transaction IDs/s, from %n sample(s) of the local history</source>
        <translation>
            <numerusform>按%1的速率：每秒 %2 个事务 ID，基于本地历史的 %n 个样本</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/advisor/WraparoundForecast.cpp" line="82"/>
        <source>no transaction IDs were used meanwhile: neither limit comes closer</source>
        <translation>期间没有消耗事务 ID：两个界限都没有逼近</translation>
    </message>
    <message>
        <location filename="../app/advisor/WraparoundForecast.cpp" line="84"/>
        <source>autovacuum_freeze_max_age is passed: an anti-wraparound vacuum is due now</source>
        <translation>已超过 autovacuum_freeze_max_age：现在需要防回卷 VACUUM</translation>
    </message>
    <message>
        <location filename="../app/advisor/WraparoundForecast.cpp" line="85"/>
        <source>autovacuum must freeze %1</source>
        <translation>autovacuum 须在%1冻结</translation>
    </message>
    <message>
        <location filename="../app/advisor/WraparoundForecast.cpp" line="87"/>
        <source>the server has stopped accepting writes</source>
        <translation>服务器已停止接受写入</translation>
    </message>
    <message>
        <location filename="../app/advisor/WraparoundForecast.cpp" line="88"/>
        <source>the server stops accepting writes %1</source>
        <translation>服务器将在%1停止接受写入</translation>
    </message>
</context>
<context>
    <name>sg::cli</name>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="67"/>
        <source>Back up a database with pg_dump, record it (checksum, row counts) and prune the folder by its retention policy.</source>
        <translation>使用 pg_dump 备份数据库，记录备份信息（校验和、行数），并按保留策略清除文件夹中的旧备份。</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="69"/>
        <source>destination folder</source>
        <translation>目标文件夹</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="70"/>
        <source>daily, weekly or manual (default)</source>
        <translation>daily、weekly 或 manual（默认）</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="73"/>
        <source>custom (default), directory, plain (gzip) or tar</source>
        <translation>custom（默认）、directory、plain（gzip）或 tar</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="75"/>
        <source>compression level 0-9</source>
        <translation>压缩级别 0-9</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="77"/>
        <source>parallel jobs (directory format)</source>
        <translation>并行作业数（directory 格式）</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="79"/>
        <source>only this schema (repeatable)</source>
        <translation>仅此模式（可重复指定）</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="82"/>
        <source>not this schema (repeatable)</source>
        <translation>排除此模式（可重复指定）</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="83"/>
        <source>only this table (repeatable)</source>
        <translation>仅此表（可重复指定）</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="85"/>
        <source>not this table (repeatable)</source>
        <translation>排除此表（可重复指定）</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="87"/>
        <source>no data</source>
        <translation>不含数据</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="88"/>
        <source>no schema</source>
        <translation>不含结构定义</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="89"/>
        <source>no ownership commands</source>
        <translation>不含属主设置命令</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="90"/>
        <source>no GRANT/REVOKE</source>
        <translation>不含 GRANT/REVOKE</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="92"/>
        <source>do not count rows (a full verify then cannot compare counts)</source>
        <translation>不统计行数（完整校验时将无法比较行数）</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="93"/>
        <source>do not prune the folder afterwards</source>
        <translation>完成后不清除文件夹中的旧备份</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="104"/>
        <source>--connect and --dir are required</source>
        <translation>必须指定 --connect 和 --dir</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="117"/>
        <source>--kind takes daily, weekly or manual</source>
        <translation>--kind 的取值为 daily、weekly 或 manual</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="123"/>
        <source>--format takes custom, directory, plain or tar</source>
        <translation>--format 的取值为 custom、directory、plain 或 tar</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="132"/>
        <source>--compress and --jobs take numbers</source>
        <translation>--compress 和 --jobs 需要数字</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="153"/>
        <source>stopped by signal %1; pg_dump was stopped and nothing was kept.</source>
        <translation>被信号 %1 终止；pg_dump 已停止，未保留任何内容。</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="160"/>
        <source>removed %1, left by an interrupted backup</source>
        <translation>已删除 %1（被中断的备份留下的文件）</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="175"/>
        <source>Verified: %1</source>
        <translation>已校验：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="182"/>
        <source>Pruned %1</source>
        <translation>已清除 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="191"/>
        <source>Delete the backups the folder&apos;s retention policy no longer keeps (manual backups never).</source>
        <translation>删除文件夹保留策略不再保留的备份（手动备份永不删除）。</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="193"/>
        <source>only say what would be deleted</source>
        <translation>仅列出将被删除的内容</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="195"/>
        <source>daily backups to keep (saved as the folder&apos;s policy)</source>
        <translation>保留的每日备份数（保存为该文件夹的策略）</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="198"/>
        <source>weekly backups to keep (saved as the folder&apos;s policy)</source>
        <translation>保留的每周备份数（保存为该文件夹的策略）</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="201"/>
        <location filename="../app/cli/BackupCommand.cpp" line="301"/>
        <source>backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="206"/>
        <location filename="../app/cli/BackupCommand.cpp" line="306"/>
        <source>give one backup folder</source>
        <translation>请指定一个备份文件夹</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="209"/>
        <location filename="../app/cli/MigrateCommand.cpp" line="192"/>
        <source>%1 is not a folder</source>
        <translation>%1 不是文件夹</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="220"/>
        <source>--keep-daily and --keep-weekly take counts</source>
        <translation>--keep-daily 和 --keep-weekly 需要数量</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="234"/>
        <source>would delete %1 (%2)</source>
        <translation>将删除 %1（%2）</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="239"/>
        <source>nothing to delete</source>
        <translation>没有需要删除的内容</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="244"/>
        <source>deleted %1</source>
        <translation>已删除 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="254"/>
        <source>Check a backup: checksum and archive (quick), or restore it into a scratch database and compare row counts (--full).</source>
        <translation>校验备份：检查校验和与归档（快速），或恢复到临时数据库并比较行数（--full）。</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="257"/>
        <source>restore into a scratch database (needs --connect)</source>
        <translation>恢复到临时数据库（需要 --connect）</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="259"/>
        <location filename="../app/cli/BackupCommand.cpp" line="392"/>
        <source>the backup</source>
        <translation>备份文件</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="265"/>
        <location filename="../app/cli/BackupCommand.cpp" line="398"/>
        <source>give one backup</source>
        <translation>请指定一个备份</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="273"/>
        <source>--full needs --connect</source>
        <translation>--full 需要 --connect</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="297"/>
        <source>List the backups in a folder with their records, verification and what the retention policy keeps.</source>
        <translation>列出文件夹中的备份及其记录、校验结果，以及保留策略会保留哪些备份。</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="299"/>
        <source>as JSON</source>
        <translation>以 JSON 格式输出</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="333"/>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="333"/>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="334"/>
        <source>not verified</source>
        <translation>未校验</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="335"/>
        <source>kept: </source>
        <translation>保留：</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="335"/>
        <source>prune: </source>
        <translation>清除：</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="338"/>
        <source>no Sightglass backups in %1</source>
        <translation>%1 中没有 Sightglass 备份</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="340"/>
        <source>(not a Sightglass backup, left alone: %1)</source>
        <translation>（不是 Sightglass 备份，未处理：%1）</translation>
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
        <translation>用法：sightglass backup run|prune|verify|list [选项]
  run     备份数据库（--connect、--dir、--kind …），校验备份，并清除文件夹中的旧备份
  prune   删除保留策略不再保留的备份（--dry-run 可预览）
  verify  校验备份（--full：恢复到临时数据库）
  list    列出文件夹中的备份（--json）
每个子命令都支持 --help。
</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="367"/>
        <source>sightglass backup: unknown subcommand &apos;%1&apos;
</source>
        <translation>sightglass backup：未知子命令“%1”
</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="375"/>
        <source>Restore a backup into a new database (the default), or over an existing one when its name is given twice (--into NAME --confirm NAME).</source>
        <translation>将备份恢复到新数据库（默认），或在两次给出现有数据库的名称时覆盖恢复该数据库（--into NAME --confirm NAME）。</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="377"/>
        <source>create this database and restore into it</source>
        <translation>创建此数据库并恢复到其中</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="380"/>
        <source>restore over this existing database (--clean --if-exists)</source>
        <translation>覆盖恢复此现有数据库（--clean --if-exists）</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="382"/>
        <source>repeat the existing database&apos;s name</source>
        <translation>再次输入现有数据库的名称</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="385"/>
        <source>all or nothing (not with --jobs)</source>
        <translation>全部成功或全部回滚（不能与 --jobs 同时使用）</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="386"/>
        <source>parallel jobs</source>
        <translation>并行作业数</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="387"/>
        <source>skip ownership</source>
        <translation>跳过属主设置</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="390"/>
        <source>restore even if the archive no longer matches the SHA-256 in its record</source>
        <translation>即使归档与其记录中的 SHA-256 不再一致也进行恢复</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="400"/>
        <source>--connect is required</source>
        <translation>必须指定 --connect</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="418"/>
        <source>--jobs takes a number</source>
        <translation>--jobs 需要数字</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="437"/>
        <source>to restore it anyway: --ignore-checksum</source>
        <translation>如仍要恢复：--ignore-checksum</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="450"/>
        <source>back up, verify, prune and list backups (for cron)</source>
        <translation>备份、校验、清除和列出备份（适用于 cron）</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="456"/>
        <source>restore a backup into a new or existing database</source>
        <translation>将备份恢复到新数据库或现有数据库</translation>
    </message>
    <message>
        <location filename="../app/cli/MigrateCommand.cpp" line="42"/>
        <source>safer:</source>
        <translation>更安全的写法：</translation>
    </message>
    <message>
        <location filename="../app/cli/MigrateCommand.cpp" line="59"/>
        <source>lock</source>
        <translation>锁</translation>
    </message>
    <message>
        <location filename="../app/cli/MigrateCommand.cpp" line="69"/>
        <source>Tracking: %1</source>
        <translation>迁移记录：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/MigrateCommand.cpp" line="78"/>
        <source>problem: %1</source>
        <translation>问题：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/MigrateCommand.cpp" line="80"/>
        <source>ignored: %1</source>
        <translation>已忽略：%1</translation>
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
        <translation>管理文件夹中的迁移（023_name.sql、V23__name.sql、20250105120000_name.up.sql 及其回滚文件）：
  status    已应用、待应用、缺失、已修改、乱序、失败，以及下一步操作
  lint      逐条语句列出问题及其获取的锁（使用 --connect 时读取实时信息）
  rehearse  在最终会回滚的事务中运行待应用的迁移
  apply     应用待应用的迁移，每个迁移在各自的事务中运行
  rollback  运行最近已应用迁移的回滚文件
退出码：0 无问题，1 存在达到或高于 --fail-on 级别的问题（或预演失败），2 出错。</translation>
    </message>
    <message>
        <location filename="../app/cli/MigrateCommand.cpp" line="112"/>
        <location filename="../app/cli/PlanCommand.cpp" line="89"/>
        <location filename="../app/cli/StatementsCommand.cpp" line="29"/>
        <source>server (URI or key=value; PG* variables and ~/.pgpass apply)</source>
        <translation>服务器（URI 或 key=value；PG* 环境变量和 ~/.pgpass 同样生效）</translation>
    </message>
    <message>
        <location filename="../app/cli/MigrateCommand.cpp" line="114"/>
        <source>machine-readable output</source>
        <translation>机器可读的输出</translation>
    </message>
    <message>
        <location filename="../app/cli/MigrateCommand.cpp" line="115"/>
        <source>info, warning or error (default error)</source>
        <translation>info、warning 或 error（默认 error）</translation>
    </message>
    <message>
        <location filename="../app/cli/MigrateCommand.cpp" line="118"/>
        <source>schema of the tracking table (default sightglass)</source>
        <translation>迁移记录表所在的模式（默认 sightglass）</translation>
    </message>
    <message>
        <location filename="../app/cli/MigrateCommand.cpp" line="122"/>
        <source>apply: how long a statement may wait for a lock, ms (default 5000)</source>
        <translation>apply：语句等待锁的最长时间，单位 ms（默认 5000）</translation>
    </message>
    <message>
        <location filename="../app/cli/MigrateCommand.cpp" line="124"/>
        <source>apply: limit per statement, ms (default none)</source>
        <translation>apply：每条语句的时间上限，单位 ms（默认无限制）</translation>
    </message>
    <message>
        <location filename="../app/cli/MigrateCommand.cpp" line="126"/>
        <source>rollback: how many migrations (default 1)</source>
        <translation>rollback：回滚的迁移数（默认 1）</translation>
    </message>
    <message>
        <location filename="../app/cli/MigrateCommand.cpp" line="128"/>
        <source>apply/rehearse only up to this version</source>
        <translation>apply/rehearse：只执行到此版本为止</translation>
    </message>
    <message>
        <location filename="../app/cli/MigrateCommand.cpp" line="132"/>
        <source>also apply pending migrations older than the newest applied one</source>
        <translation>同时应用比最新已应用迁移更旧的待应用迁移</translation>
    </message>
    <message>
        <location filename="../app/cli/MigrateCommand.cpp" line="135"/>
        <source>the migrations folder</source>
        <translation>迁移文件夹</translation>
    </message>
    <message>
        <location filename="../app/cli/MigrateCommand.cpp" line="149"/>
        <source>give an action (%1) and the migrations folder</source>
        <translation>请指定操作（%1）和迁移文件夹</translation>
    </message>
    <message>
        <location filename="../app/cli/MigrateCommand.cpp" line="154"/>
        <source>--fail-on takes info, warning or error</source>
        <translation>--fail-on 的取值为 info、warning 或 error</translation>
    </message>
    <message>
        <location filename="../app/cli/MigrateCommand.cpp" line="172"/>
        <source>--lock-timeout, --statement-timeout and --steps take a whole number</source>
        <translation>--lock-timeout、--statement-timeout 和 --steps 需要整数</translation>
    </message>
    <message>
        <location filename="../app/cli/MigrateCommand.cpp" line="181"/>
        <source>%1 needs --connect</source>
        <translation>%1 需要 --connect</translation>
    </message>
    <message>
        <location filename="../app/cli/MigrateCommand.cpp" line="235"/>
        <source>%1 migration(s), %2 finding(s) (%3 at or above %4).</source>
        <translation>%1 个迁移，%2 个问题（其中 %3 个达到或高于 %4 级别）。</translation>
    </message>
    <message>
        <location filename="../app/cli/MigrateCommand.cpp" line="247"/>
        <source>blocked: %1</source>
        <translation>受阻：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/MigrateCommand.cpp" line="262"/>
        <source>Nothing was changed.</source>
        <translation>未做任何更改。</translation>
    </message>
    <message>
        <location filename="../app/cli/MigrateCommand.cpp" line="268"/>
        <source>Nothing to do: no pending migrations.</source>
        <translation>无需操作：没有待应用的迁移。</translation>
    </message>
    <message>
        <location filename="../app/cli/MigrateCommand.cpp" line="287"/>
        <source>status, lint, rehearse, apply and roll back schema migrations</source>
        <translation>查看状态、静态检查、预演、应用和回滚数据库结构迁移</translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="42"/>
        <source>Analyse an EXPLAIN (FORMAT JSON) plan, as psql prints it or auto_explain logs it: time per node (inclusive and exclusive), misestimates, buffers, warnings.</source>
        <translation>分析 EXPLAIN (FORMAT JSON) 执行计划（psql 输出或 auto_explain 日志中的格式）：每个节点的耗时（总计与自身）、估算偏差、缓冲区和警告。</translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="46"/>
        <source>the plan; - or nothing reads standard input</source>
        <translation>执行计划文件；为 - 或省略时从标准输入读取</translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="58"/>
        <location filename="../app/cli/PlanCommand.cpp" line="108"/>
        <source>--format takes text or json</source>
        <translation>--format 的取值为 text 或 json</translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="60"/>
        <source>give one plan file</source>
        <translation>请指定一个执行计划文件</translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="66"/>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="83"/>
        <source>EXPLAIN a statement and analyse the plan. With --analyze it runs inside BEGIN … ROLLBACK, under a statement timeout: its changes to tables are undone, but not what a rollback cannot undo: sequences it advances (nextval, serial and identity columns) and work done through other connections (dblink).</source>
        <translation>对语句执行 EXPLAIN 并分析计划。使用 --analyze 时，语句在 BEGIN … ROLLBACK 中、在语句超时限制下执行：对表的更改会被撤销，但回滚无法撤销的内容不会：被推进的序列（nextval、serial 和 identity 列）以及通过其他连接（dblink）完成的工作。</translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="92"/>
        <source>run the statement (rolled back) for real times</source>
        <translation>实际运行语句（随后回滚）以获得真实耗时</translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="94"/>
        <source>statement timeout in seconds (default 60)</source>
        <translation>语句超时，单位秒（默认 60）</translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="96"/>
        <source>the statement</source>
        <translation>语句</translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="110"/>
        <source>give the statement as one argument</source>
        <translation>请将语句作为一个参数给出</translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="121"/>
        <source>--timeout takes seconds</source>
        <translation>--timeout 需要秒数</translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="126"/>
        <source>the statement has $n parameters; put values in their place (EXPLAIN needs them).</source>
        <translation>该语句包含 $n 参数；请用实际值替换它们（EXPLAIN 需要）。</translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="174"/>
        <source>It ran inside BEGIN … ROLLBACK: its changes to tables were undone. Not undone: sequences it advanced and work done through other connections.</source>
        <translation>它在 BEGIN … ROLLBACK 中执行：对表的更改已撤销。未撤销：被推进的序列以及通过其他连接完成的工作。</translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="184"/>
        <source>analyse an EXPLAIN (FORMAT JSON) plan from a file or standard input</source>
        <translation>分析来自文件或标准输入的 EXPLAIN (FORMAT JSON) 执行计划</translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="190"/>
        <source>EXPLAIN [ANALYZE] a statement safely and analyse the plan</source>
        <translation>安全地对语句执行 EXPLAIN [ANALYZE] 并分析执行计划</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="23"/>
        <source>Write a health report: settings, cache, connections, and every index, foreign key and bloat finding with the SQL that fixes it.</source>
        <translation>生成健康报告：参数设置、缓存、连接，以及所有索引、外键和膨胀问题及修复它们的 SQL。</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="28"/>
        <source>server to report on (URI or key=value; PG* variables and ~/.pgpass apply)</source>
        <translation>要生成报告的服务器（URI 或 key=value；PG* 环境变量和 ~/.pgpass 同样生效）</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="30"/>
        <source>md (default), html or json</source>
        <translation>md（默认）、html 或 json</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="33"/>
        <source>write to FILE instead of standard output</source>
        <translation>写入 FILE 而不是标准输出</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommand.cpp" line="23"/>
        <source>Record every active session 10 times a second into a file the window opens later.</source>
        <translation>每秒 10 次记录每个活动会话，写入一个之后可在窗口中打开的文件。</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommand.cpp" line="27"/>
        <source>server to record (URI or key=value; PG* variables and ~/.pgpass apply)</source>
        <translation>要录制的服务器（URI 或 key=value；PG* 变量和 ~/.pgpass 生效）</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommand.cpp" line="31"/>
        <source>how long to record, 1 to %1 seconds (default 60); Ctrl+C stops sooner and keeps what was recorded</source>
        <translation>录制时长，1 到 %1 秒（默认 60）；Ctrl+C 提前停止并保留已录制的内容</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommand.cpp" line="36"/>
        <source>the recording to write (required)</source>
        <translation>要写入的录制文件（必填）</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommand.cpp" line="51"/>
        <source>--seconds takes a whole number from 1 to %1</source>
        <translation>--seconds 需要 1 到 %1 之间的整数</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommand.cpp" line="53"/>
        <source>--out FILE is required: where to write the recording</source>
        <translation>必须指定 --out FILE：录制写入的位置</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommand.cpp" line="55"/>
        <location filename="../app/cli/TopCommand.cpp" line="59"/>
        <location filename="../app/cli/ReportCommand.cpp" line="46"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>意外的参数“%1”</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommand.cpp" line="63"/>
        <source>cannot write %1: the folder %2 is not there, or not writable</source>
        <translation>无法写入 %1：文件夹 %2 不存在或不可写</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommand.cpp" line="69"/>
        <source>pgbouncer&apos;s console has no sessions to record; connect to a PostgreSQL server</source>
        <translation>pgbouncer 控制台没有可录制的会话；请连接 PostgreSQL 服务器</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommand.cpp" line="97"/>
        <source>Recording %1 for %2 s into %3 (Ctrl+C stops sooner)…</source>
        <translation>正在录制 %1，共 %2 秒，写入 %3（Ctrl+C 提前停止）…</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommand.cpp" line="118"/>
        <source>Nothing was recorded: no sample came back from the server.</source>
        <translation>未录制任何内容：服务器没有返回样本。</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommand.cpp" line="126"/>
        <source>Recorded %1 samples (%2 session samples) over %3 s into %4</source>
        <translation>已在 %3 秒内录制 %1 个样本（%2 个会话样本），写入 %4</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommand.cpp" line="140"/>
        <source>record every active session 10 times a second into a file the window opens later</source>
        <translation>每秒 10 次记录每个活动会话，写入之后可在窗口中打开的文件</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="50"/>
        <source>--format takes md, html or json</source>
        <translation>--format 的取值为 md、html 或 json</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="102"/>
        <source>health report: settings, cache, connections and every finding with its fix</source>
        <translation>健康报告：参数设置、缓存、连接以及所有问题及其修复方法</translation>
    </message>
    <message>
        <location filename="../app/cli/SandboxCommand.cpp" line="30"/>
        <source>Start a throwaway PostgreSQL server, print how to connect, and remove it again on Ctrl+C.</source>
        <translation>启动一个一次性的 PostgreSQL 服务器，输出连接方式，按 Ctrl+C 时将其删除。</translation>
    </message>
    <message>
        <location filename="../app/cli/SandboxCommand.cpp" line="35"/>
        <source>load the demo data and planted problems</source>
        <translation>加载演示数据和预置的问题</translation>
    </message>
    <message>
        <location filename="../app/cli/SandboxCommand.cpp" line="37"/>
        <source>stop after N seconds</source>
        <translation>N 秒后停止</translation>
    </message>
    <message>
        <location filename="../app/cli/SandboxCommand.cpp" line="51"/>
        <source>sandbox: bad arguments</source>
        <translation>sandbox：参数错误</translation>
    </message>
    <message>
        <location filename="../app/cli/SandboxCommand.cpp" line="86"/>
        <source>start a throwaway PostgreSQL server (--demo loads demo data)</source>
        <translation>启动一次性的 PostgreSQL 服务器（--demo 加载演示数据）</translation>
    </message>
    <message>
        <location filename="../app/cli/StatementsCommand.cpp" line="25"/>
        <source>The statements pg_stat_statements has seen, most expensive first: calls, times, rows, buffers, temporary files, I/O and WAL.</source>
        <translation>pg_stat_statements 记录的语句，按开销从高到低排列：调用次数、耗时、行数、缓冲区、临时文件、I/O 和 WAL。</translation>
    </message>
    <message>
        <location filename="../app/cli/StatementsCommand.cpp" line="31"/>
        <source>how many (default 20)</source>
        <translation>显示条数（默认 20）</translation>
    </message>
    <message>
        <location filename="../app/cli/StatementsCommand.cpp" line="34"/>
        <source>column to sort by, largest first (default total_ms): calls, total_ms, mean_ms, max_ms, stddev_ms, plan_ms, rows, shared_read, temp_written, io_read_ms, wal_bytes …</source>
        <translation>排序列，从大到小排列（默认 total_ms）：calls, total_ms, mean_ms, max_ms, stddev_ms, plan_ms, rows, shared_read, temp_written, io_read_ms, wal_bytes …</translation>
    </message>
    <message>
        <location filename="../app/cli/StatementsCommand.cpp" line="38"/>
        <source>as JSON, with the whole statement text</source>
        <translation>以 JSON 格式输出，包含完整语句文本</translation>
    </message>
    <message>
        <location filename="../app/cli/StatementsCommand.cpp" line="53"/>
        <source>--top takes a positive number</source>
        <translation>--top 需要正数</translation>
    </message>
    <message>
        <location filename="../app/cli/StatementsCommand.cpp" line="81"/>
        <source>no such column to order by: %1</source>
        <translation>没有可用于排序的列：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/StatementsCommand.cpp" line="134"/>
        <source>the most expensive statements from pg_stat_statements</source>
        <translation>pg_stat_statements 中开销最大的语句</translation>
    </message>
    <message>
        <location filename="../app/cli/TopCommand.cpp" line="25"/>
        <source>Sample server activity like the Activity panel, without a window.</source>
        <translation>像“活动”面板一样采样服务器活动，但无需窗口。</translation>
    </message>
    <message>
        <location filename="../app/cli/TopCommand.cpp" line="29"/>
        <source>server to sample (URI or key=value; PG* variables and ~/.pgpass apply)</source>
        <translation>要采样的服务器（URI 或 key=value；PG* 环境变量和 ~/.pgpass 同样生效）</translation>
    </message>
    <message>
        <location filename="../app/cli/TopCommand.cpp" line="32"/>
        <source>seconds between samples, 0.5 to 60 (default 1)</source>
        <translation>采样间隔秒数，0.5 到 60（默认 1）</translation>
    </message>
    <message>
        <location filename="../app/cli/TopCommand.cpp" line="35"/>
        <source>stop after N samples, 1 or more (default: run until stopped)</source>
        <translation>采样 N 次后停止，N 至少为 1（默认：一直运行直到被停止）</translation>
    </message>
    <message>
        <location filename="../app/cli/TopCommand.cpp" line="56"/>
        <source>--count takes a whole number of samples, 1 or more; leave it out to run until stopped (Ctrl+C)</source>
        <translation>--count 需要一个至少为 1 的整数采样次数；省略它则一直运行直到被停止（Ctrl+C）</translation>
    </message>
    <message>
        <location filename="../app/cli/TopCommand.cpp" line="37"/>
        <source>print one JSON object per sample and line</source>
        <translation>每次采样输出一个 JSON 对象，每行一个</translation>
    </message>
    <message>
        <location filename="../app/cli/TopCommand.cpp" line="54"/>
        <source>--interval takes seconds from 0.5 to 60</source>
        <translation>--interval 需要 0.5 到 60 之间的秒数</translation>
    </message>
    <message>
        <location filename="../app/cli/TopCommand.cpp" line="154"/>
        <source>sample sessions, pools and rates like the Activity panel (--json for scripts)</source>
        <translation>像“活动”面板一样采样会话、连接池和速率（脚本可用 --json）</translation>
    </message>
</context>
<context>
    <name>sg::cli::CommandDispatcher</name>
    <message>
        <location filename="../app/cli/CommandDispatcher.cpp" line="41"/>
        <source>Usage:</source>
        <translation>用法：</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandDispatcher.cpp" line="46"/>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandDispatcher.cpp" line="49"/>
        <source>Run &apos;sightglass COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>运行 &apos;sightglass COMMAND --help&apos; 查看某个命令的选项。</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandDispatcher.cpp" line="74"/>
        <source>sightglass: unknown option &apos;%1&apos;</source>
        <translation>sightglass：未知选项“%1”</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandDispatcher.cpp" line="76"/>
        <source>sightglass: unknown command &apos;%1&apos;</source>
        <translation>sightglass：未知命令“%1”</translation>
    </message>
</context>
<context>
    <name>sg::lockmode</name>
    <message>
        <location filename="../app/migrate/LockMode.cpp" line="46"/>
        <source>no table lock</source>
        <translation>无表级锁</translation>
    </message>
    <message>
        <location filename="../app/migrate/LockMode.cpp" line="50"/>
        <source>blocks only DDL</source>
        <translation>仅阻塞 DDL</translation>
    </message>
    <message>
        <location filename="../app/migrate/LockMode.cpp" line="52"/>
        <source>blocks DDL, VACUUM and other schema changes; reads and writes go on</source>
        <translation>阻塞 DDL、VACUUM 及其他结构变更；读写不受影响</translation>
    </message>
    <message>
        <location filename="../app/migrate/LockMode.cpp" line="54"/>
        <source>blocks writes (INSERT, UPDATE, DELETE); reads go on</source>
        <translation>阻塞写入（INSERT、UPDATE、DELETE）；读取不受影响</translation>
    </message>
    <message>
        <location filename="../app/migrate/LockMode.cpp" line="56"/>
        <source>blocks writes and other schema changes; reads go on</source>
        <translation>阻塞写入及其他结构变更；读取不受影响</translation>
    </message>
    <message>
        <location filename="../app/migrate/LockMode.cpp" line="58"/>
        <source>blocks writes; only plain reads go on</source>
        <translation>阻塞写入；只有普通读取不受影响</translation>
    </message>
    <message>
        <location filename="../app/migrate/LockMode.cpp" line="60"/>
        <source>blocks reads and writes</source>
        <translation>阻塞读写</translation>
    </message>
</context>
<context>
    <name>sg::ui::ActivityPanel</name>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="67"/>
        <source>Pools (SHOW POOLS)</source>
        <translation>连接池（SHOW POOLS）</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="69"/>
        <source>Stats (SHOW STATS)</source>
        <translation>统计（SHOW STATS）</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="73"/>
        <source>Sessions</source>
        <translation>会话</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="76"/>
        <source>Load by wait</source>
        <translation>按等待的负载</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="78"/>
        <source>Applications (pools)</source>
        <translation>应用程序（连接池）</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="82"/>
        <source>Databases &amp;&amp; users</source>
        <translation>数据库与用户</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="83"/>
        <location filename="../ui/activity/ActivityPanel.cpp" line="327"/>
        <source>Alert log</source>
        <translation>告警日志</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="124"/>
        <source>Time window</source>
        <translation>时间窗口</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/activity/ActivityPanel.cpp" line="127"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/activity/ActivityPanel.cpp" line="127"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="131"/>
        <source>Scale to max_connections</source>
        <translation>按 max_connections 缩放</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="136"/>
        <source>On: the connections chart&apos;s axis runs to max_connections. Off: it fits the sessions, and the max_connections line shows once they come near it</source>
        <translation>开：连接图的坐标轴延伸到 max_connections。关：坐标轴适应会话数，会话接近时才显示 max_connections 线</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="143"/>
        <location filename="../ui/activity/ActivityPanel.cpp" line="349"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="147"/>
        <source>Sampling interval</source>
        <translation>采样间隔</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="151"/>
        <location filename="../ui/activity/ActivityPanel.cpp" line="304"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="153"/>
        <source>Time between samples</source>
        <translation>采样间隔</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="158"/>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="161"/>
        <source>Export charts</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="161"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="165"/>
        <location filename="../ui/activity/ActivityPanel.cpp" line="174"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="167"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="170"/>
        <source>Export samples</source>
        <translation>导出采样数据</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="170"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="176"/>
        <source>Warnings…</source>
        <translation>告警设置…</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="187"/>
        <source>Window:</source>
        <translation>时间窗口：</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="192"/>
        <source>Sample every</source>
        <translation>采样间隔</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="233"/>
        <source>Connections by state</source>
        <translation>各状态连接数</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="235"/>
        <source>active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="236"/>
        <source>lock wait</source>
        <translation>等待锁</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="237"/>
        <source>other wait</source>
        <translation>其他等待</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="238"/>
        <source>idle in tx</source>
        <translation>事务中空闲</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="239"/>
        <source>aborted tx</source>
        <translation>事务已中止</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="240"/>
        <source>idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="241"/>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="242"/>
        <source>ours</source>
        <translation>本工具</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="243"/>
        <source>max</source>
        <translation>上限</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="259"/>
        <source>Utilization of usable connections</source>
        <translation>可用连接使用率</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="260"/>
        <source>utilization</source>
        <translation>使用率</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="261"/>
        <location filename="../ui/activity/ActivityPanel.cpp" line="275"/>
        <source>threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="265"/>
        <source>Transactions per second</source>
        <translation>每秒事务数</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="266"/>
        <source>commits + rollbacks</source>
        <translation>提交 + 回滚</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="267"/>
        <source>rollbacks %</source>
        <translation>回滚 %</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="271"/>
        <source>Cache hit ratio</source>
        <translation>缓存命中率</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="272"/>
        <source>all databases</source>
        <translation>所有数据库</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="273"/>
        <source>tables</source>
        <translation>表</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="274"/>
        <source>indexes</source>
        <translation>索引</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="297"/>
        <source>pgbouncer clients and servers (all pools)</source>
        <translation>pgbouncer 客户端与服务器连接（所有连接池）</translation>
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
        <translation>客户端最长等待时间（maxwait）</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="303"/>
        <source>maxwait</source>
        <translation>maxwait</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="305"/>
        <source>Throughput (SHOW STATS)</source>
        <translation>吞吐量（SHOW STATS）</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="306"/>
        <source>transactions/s</source>
        <translation>事务/秒</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="307"/>
        <source>queries/s</source>
        <translation>查询/秒</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="308"/>
        <source>avg query ms</source>
        <translation>平均查询 ms</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="322"/>
        <source>Pools</source>
        <translation>连接池</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="323"/>
        <source>Pool statistics</source>
        <translation>连接池统计</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="324"/>
        <source>Applications</source>
        <translation>应用程序</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="325"/>
        <source>Databases</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="326"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="349"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="436"/>
        <source>⚠ %1 — %2 (since %3)</source>
        <translation>⚠ %1 — %2（自 %3 起）</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="446"/>
        <source>%1 of %2 usable connections (%3 %)</source>
        <translation>已用 %1 / %2 个可用连接（%3 %）</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="451"/>
        <source> · %1 tps</source>
        <translation> · %1 tps</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="453"/>
        <source> · cache hit %1 %</source>
        <translation> · 缓存命中率 %1 %</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="455"/>
        <source> · statistics were reset: rates resume with the next sample</source>
        <translation> · 统计信息已重置：速率将从下一次采样起恢复</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="461"/>
        <source>History not saved: %1</source>
        <translation>历史记录未保存：%1</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="471"/>
        <source>Could not write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>sg::ui::AdvisorPanel</name>
    <message>
        <location filename="../ui/advisor/AdvisorPanel.cpp" line="40"/>
        <location filename="../ui/advisor/AdvisorPanel.cpp" line="49"/>
        <source>Reading the catalogs…</source>
        <translation>正在读取系统目录…</translation>
    </message>
    <message>
        <location filename="../ui/advisor/AdvisorPanel.cpp" line="41"/>
        <source>Not connected: connect to a server to see its %1.</source>
        <translation>未连接：连接到服务器以查看其%1。</translation>
    </message>
    <message>
        <location filename="../ui/advisor/AdvisorPanel.cpp" line="42"/>
        <source>indexes</source>
        <translation>索引</translation>
    </message>
    <message>
        <location filename="../ui/advisor/AdvisorPanel.cpp" line="42"/>
        <source>tables and their bloat</source>
        <translation>表及其膨胀</translation>
    </message>
    <message>
        <location filename="../ui/advisor/AdvisorPanel.cpp" line="52"/>
        <source>Filter findings</source>
        <translation>筛选问题</translation>
    </message>
    <message>
        <location filename="../ui/advisor/AdvisorPanel.cpp" line="53"/>
        <source>Filter…</source>
        <translation>筛选…</translation>
    </message>
    <message>
        <location filename="../ui/advisor/AdvisorPanel.cpp" line="58"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../ui/advisor/AdvisorPanel.cpp" line="62"/>
        <source>Tables and indexes</source>
        <translation>表和索引</translation>
    </message>
    <message>
        <location filename="../ui/advisor/AdvisorPanel.cpp" line="73"/>
        <source>Exact figures (pgstattuple)…</source>
        <translation>精确数据（pgstattuple）…</translation>
    </message>
    <message>
        <location filename="../ui/advisor/AdvisorPanel.cpp" line="75"/>
        <source>Reads the whole selected table to count its live, dead and free space exactly</source>
        <translation>读取所选的整个表，精确统计活元组、死元组和空闲空间</translation>
    </message>
    <message>
        <location filename="../ui/advisor/AdvisorPanel.cpp" line="134"/>
        <source>That index no longer exists.</source>
        <translation>该索引已不存在。</translation>
    </message>
    <message>
        <location filename="../ui/advisor/AdvisorPanel.cpp" line="149"/>
        <source>pgstattuple: %1 in %2 live tuples (%3 %), %4 dead tuples (%5 %), %6 free (%7 %).</source>
        <translation>pgstattuple：表大小 %1，活元组 %2 个（%3 %），死元组 %4 个（%5 %），空闲空间 %6（%7 %）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/advisor/AdvisorPanel.cpp" line="174"/>
        <source>%n index(es), %1 finding(s). Usage statistics count since %2 (%3)%4.</source>
        <translation>
            <numerusform>%n 个索引，%1 个问题。使用统计始于 %2（%3）%4。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/advisor/AdvisorPanel.cpp" line="179"/>
        <source>, the last statistics reset</source>
        <translation>，即上次重置统计信息时</translation>
    </message>
    <message>
        <location filename="../ui/advisor/AdvisorPanel.cpp" line="179"/>
        <source>, the server start</source>
        <translation>，即服务器启动时</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/advisor/AdvisorPanel.cpp" line="182"/>
        <source>%n table(s), %1 finding(s). Bloat is a statistics-based estimate (run ANALYZE first); exact figures come from pgstattuple.</source>
        <translation>
            <numerusform>%n 个表，%1 个问题。膨胀是基于统计信息的估算值（请先运行 ANALYZE）；精确数据请使用 pgstattuple。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/advisor/AdvisorPanel.cpp" line="214"/>
        <source>Select a table first.</source>
        <translation>请先选择一个表。</translation>
    </message>
    <message>
        <location filename="../ui/advisor/AdvisorPanel.cpp" line="224"/>
        <source>pgstattuple is available but not installed in this database: CREATE EXTENSION pgstattuple; (needs CREATE on the database), then refresh.</source>
        <translation>pgstattuple 可用，但尚未在此数据库中安装：请执行 CREATE EXTENSION pgstattuple;（需要数据库的 CREATE 权限），然后刷新。</translation>
    </message>
    <message>
        <location filename="../ui/advisor/AdvisorPanel.cpp" line="226"/>
        <source>pgstattuple is not available on this server: install the contrib package (postgresql-contrib), then CREATE EXTENSION pgstattuple;.</source>
        <translation>此服务器上没有 pgstattuple：请安装 contrib 软件包（postgresql-contrib），然后执行 CREATE EXTENSION pgstattuple;。</translation>
    </message>
    <message>
        <location filename="../ui/advisor/AdvisorPanel.cpp" line="232"/>
        <source>Exact figures</source>
        <translation>精确数据</translation>
    </message>
    <message>
        <location filename="../ui/advisor/AdvisorPanel.cpp" line="233"/>
        <source>pgstattuple reads all of %1 (%2) to count it exactly, which costs I/O on a big table.

SELECT * FROM pgstattuple(&apos;%1&apos;);

Go ahead?</source>
        <translation>pgstattuple 会读取 %1 的全部内容（%2）以进行精确统计，对大表会产生较多 I/O。

SELECT * FROM pgstattuple(&apos;%1&apos;);

是否继续？</translation>
    </message>
    <message>
        <location filename="../ui/advisor/AdvisorPanel.cpp" line="239"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
</context>
<context>
    <name>sg::ui::BackupDialog</name>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="48"/>
        <source>Back up — %1</source>
        <translation>备份 — %1</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="51"/>
        <source>Custom archive (compressed, selective restore)</source>
        <translation>自定义归档（压缩，可选择性恢复）</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="52"/>
        <source>Directory (parallel jobs)</source>
        <translation>目录（支持并行作业）</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="53"/>
        <source>Plain SQL, gzip-compressed</source>
        <translation>纯 SQL，gzip 压缩</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="54"/>
        <source>Tar archive</source>
        <translation>Tar 归档</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.ui" line="17"/>
        <source>pg_dump&apos;s default</source>
        <translation>pg_dump 默认值</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.ui" line="19"/>
        <source>Parallel dump jobs; only the directory format writes tables in parallel</source>
        <translation>并行转储作业数；只有目录格式会并行写入表</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="59"/>
        <source>pg_dump patterns, comma-separated (e.g. public, &quot;Order Ref&quot;.*)</source>
        <translation>pg_dump 匹配模式，以逗号分隔（例如 public, &quot;Order Ref&quot;.*）</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.ui" line="29"/>
        <source>Schema only</source>
        <translation>仅结构</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.ui" line="30"/>
        <source>Data only</source>
        <translation>仅数据</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.ui" line="31"/>
        <source>No owner</source>
        <translation>不含属主</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.ui" line="32"/>
        <source>No privileges</source>
        <translation>不含权限</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.ui" line="35"/>
        <source>Count rows in the backup&apos;s snapshot (for a full verification)</source>
        <translation>统计备份快照中的行数（用于完整校验）</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.ui" line="39"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="55"/>
        <source>Manual (never deleted by the policy)</source>
        <translation>手动（保留策略永不删除）</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="56"/>
        <source>Daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="57"/>
        <source>Weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.ui" line="45"/>
        <source>keep daily</source>
        <translation>保留每日</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.ui" line="47"/>
        <source>weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.ui" line="54"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.ui" line="12"/>
        <location filename="../ui/backup/BackupDialog.cpp" line="60"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.ui" line="14"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.ui" line="16"/>
        <source>Compression</source>
        <translation>压缩</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.ui" line="18"/>
        <source>Parallel jobs</source>
        <translation>并行作业</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.ui" line="20"/>
        <source>Only schemas</source>
        <translation>仅包含模式</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.ui" line="22"/>
        <source>Not schemas</source>
        <translation>排除模式</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.ui" line="24"/>
        <source>Only tables</source>
        <translation>仅包含表</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.ui" line="26"/>
        <source>Not tables</source>
        <translation>排除表</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.ui" line="36"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.ui" line="41"/>
        <location filename="../ui/backup/BackupDialog.cpp" line="60"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.ui" line="43"/>
        <source>Retention</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.ui" line="51"/>
        <source>Cron line</source>
        <translation>Cron 配置行</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.ui" line="57"/>
        <source>found automatically (PATH, /usr/lib/postgresql/*/bin …)</source>
        <translation>自动查找（PATH、/usr/lib/postgresql/*/bin …）</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.ui" line="57"/>
        <source>The folder of the PostgreSQL client programs to prefer</source>
        <translation>优先使用的 PostgreSQL 客户端程序所在文件夹</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.ui" line="56"/>
        <source>Programs folder</source>
        <translation>程序文件夹</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.ui" line="10"/>
        <location filename="../ui/backup/BackupDialog.ui" line="81"/>
        <source>Back up</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="60"/>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="60"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="61"/>
        <source>Age</source>
        <translation>距今</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="61"/>
        <source>Verified</source>
        <translation>校验</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="61"/>
        <source>Retention policy</source>
        <translation>保留策略</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.ui" line="65"/>
        <source>Verify</source>
        <translation>校验</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.ui" line="65"/>
        <source>Checksum and archive read-back</source>
        <translation>校验和与归档回读</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.ui" line="66"/>
        <source>Verify fully</source>
        <translation>完整校验</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.ui" line="66"/>
        <source>Restore into a scratch database on this server, compare row counts, drop it</source>
        <translation>恢复到此服务器上的临时数据库，比较行数，然后删除</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.ui" line="67"/>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.ui" line="68"/>
        <source>Prune…</source>
        <translation>清除…</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.ui" line="68"/>
        <source>Delete what the retention policy no longer keeps, after showing the list</source>
        <translation>先显示列表，再删除保留策略不再保留的备份</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.ui" line="69"/>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.ui" line="61"/>
        <source>Backups in this folder</source>
        <translation>此文件夹中的备份</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.ui" line="82"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.ui" line="83"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="111"/>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="149"/>
        <source>Dumping %1…</source>
        <translation>正在转储 %1…</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="274"/>
        <source>Starting pg_dump…</source>
        <translation>正在启动 pg_dump…</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="298"/>
        <source>Verifying…</source>
        <translation>正在校验…</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="327"/>
        <source>Prune backups</source>
        <translation>清除备份</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="328"/>
        <source>The retention policy (keep %1 daily, %2 weekly; manual never) no longer keeps these backups. Delete them?

%3</source>
        <translation>保留策略（保留 %1 个每日备份、%2 个每周备份；手动备份永不删除）不再保留以下备份。是否删除？

%3</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/backup/BackupDialog.cpp" line="340"/>
        <source>Pruned %n backup(s).</source>
        <translation>
            <numerusform>已清除 %n 个备份。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/backup/BackupDialog.cpp" line="360"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/backup/BackupDialog.cpp" line="361"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/backup/BackupDialog.cpp" line="362"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="363"/>
        <source>not verified</source>
        <translation>未校验</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="365"/>
        <source>kept: %1</source>
        <translation>保留：%1</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="365"/>
        <source>will be pruned: %1</source>
        <translation>将清除：%1</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="394"/>
        <source>Select a backup first.</source>
        <translation>请先选择一个备份。</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="394"/>
        <source>Wait for the current run to end.</source>
        <translation>请等待当前任务结束。</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="402"/>
        <source>Restoring %1 into a scratch database…</source>
        <translation>正在将 %1 恢复到临时数据库…</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="403"/>
        <source>Verifying %1…</source>
        <translation>正在校验 %1…</translation>
    </message>
</context>
<context>
    <name>sg::ui::ConnectionDialog</name>
    <message>
        <location filename="../ui/ConnectionDialog.ui" line="6"/>
        <source>Connect to PostgreSQL</source>
        <translation>连接到 PostgreSQL</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.ui" line="10"/>
        <source>Saved &amp;profile:</source>
        <translation>已保存的配置(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.ui" line="14"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.ui" line="17"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.ui" line="18"/>
        <source>e.g. orders-prod</source>
        <translation>例如 orders-prod</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.ui" line="19"/>
        <source>&amp;Connection:</source>
        <translation>连接(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.ui" line="20"/>
        <source>postgresql://user@host:5432/db or host=… dbname=… service=…</source>
        <translation>postgresql://user@host:5432/db 或 host=… dbname=… service=…</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.ui" line="21"/>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.ui" line="22"/>
        <source>only for this session; never saved (use ~/.pgpass to store it)</source>
        <translation>仅用于本次会话，不会保存（如需保存，请使用 ~/.pgpass）</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.ui" line="23"/>
        <source>P&amp;roduction server: open read-only</source>
        <translation>生产服务器：以只读方式打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.ui" line="29"/>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.ui" line="30"/>
        <source>&amp;Save profile</source>
        <translation>保存配置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="21"/>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="29"/>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="29"/>
        <source>localhost, db.example.com or a socket folder</source>
        <translation>localhost、db.example.com 或套接字目录</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="30"/>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="31"/>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="31"/>
        <source>the user&apos;s name when empty</source>
        <translation>为空时使用用户名</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="32"/>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="32"/>
        <source>your login name when empty</source>
        <translation>为空时使用您的登录名</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="44"/>
        <source>Connection &amp;string:</source>
        <translation>连接字符串(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="45"/>
        <source>Everything libpq accepts (sslmode=…, service=…, a postgresql:// URI); the fields above edit it</source>
        <translation>libpq 接受的任何内容（sslmode=…、service=…、postgresql:// URI）；上面的字段会编辑它</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="122"/>
        <source>(new connection)</source>
        <translation>（新连接）</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="132"/>
        <source>Recent: %1</source>
        <translation>最近：%1</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="198"/>
        <source>Connecting to %1…</source>
        <translation>正在连接到 %1…</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="202"/>
        <source>superuser</source>
        <translation>超级用户</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="204"/>
        <source>pg_monitor</source>
        <translation>pg_monitor</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="206"/>
        <source>no pg_monitor: other users&apos; queries will be hidden</source>
        <translation>无 pg_monitor 权限：将无法看到其他用户的查询</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="208"/>
        <source>Connected: PostgreSQL %1, database %2 as %3 (%4).</source>
        <translation>已连接：PostgreSQL %1，数据库 %2，用户 %3（%4）。</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="228"/>
        <source>Give the profile a name first.</source>
        <translation>请先为配置命名。</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="232"/>
        <source>Say which server first: a host (and database, user) or a connection string.</source>
        <translation>请先指定服务器：主机（以及数据库、用户）或连接字符串。</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="241"/>
        <source>Saved “%1” (without a password).</source>
        <translation>已保存“%1”（不含密码）。</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="251"/>
        <source>Deleted “%1”.</source>
        <translation>已删除“%1”。</translation>
    </message>
</context>
<context>
    <name>sg::ui::FindingsView</name>
    <message>
        <location filename="../ui/advisor/FindingsView.cpp" line="39"/>
        <source>Findings</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../ui/advisor/FindingsView.cpp" line="46"/>
        <source>Finding details and fix</source>
        <translation>问题详情与修复</translation>
    </message>
    <message>
        <location filename="../ui/advisor/FindingsView.cpp" line="48"/>
        <source>Select a finding to see why, and the statement that fixes it.</source>
        <translation>选择一个问题，查看原因及修复它的语句。</translation>
    </message>
    <message>
        <location filename="../ui/advisor/FindingsView.cpp" line="49"/>
        <source>Copy SQL</source>
        <translation>复制 SQL</translation>
    </message>
    <message>
        <location filename="../ui/advisor/FindingsView.cpp" line="50"/>
        <source>Run…</source>
        <translation>执行…</translation>
    </message>
    <message>
        <location filename="../ui/advisor/FindingsView.cpp" line="51"/>
        <source>Save as migration…</source>
        <translation>另存为迁移…</translation>
    </message>
    <message>
        <location filename="../ui/advisor/FindingsView.cpp" line="52"/>
        <source>Copy all as one migration</source>
        <translation>全部复制为一个迁移</translation>
    </message>
    <message>
        <location filename="../ui/advisor/FindingsView.cpp" line="53"/>
        <source>Every fix the list shows (after the filter) in one migration: indexes created before any is dropped</source>
        <translation>列表（筛选后）显示的所有修复合并为一个迁移：先创建索引，再删除索引</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/advisor/FindingsView.cpp" line="132"/>
        <source>Copied %n statement(s).</source>
        <translation>
            <numerusform>已复制 %n 条语句。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/advisor/FindingsView.cpp" line="136"/>
        <source>Copied the fixes of %n finding(s) as one migration.</source>
        <translation>
            <numerusform>已将 %n 项发现的修复复制为一个迁移。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/advisor/FindingsView.cpp" line="141"/>
        <source>Save the fix into the migrations folder</source>
        <translation>将修复语句保存到迁移文件夹</translation>
    </message>
    <message>
        <location filename="../ui/advisor/FindingsView.cpp" line="283"/>
        <source>This profile is read-only (production). Use Server → Allow writes… first.</source>
        <translation>此配置为只读（生产环境）。请先使用“服务器 → 允许写入…”。</translation>
    </message>
    <message>
        <location filename="../ui/advisor/FindingsView.cpp" line="294"/>
        <source>(No statement fixes this by itself.)</source>
        <translation>（没有可以单独修复此问题的语句。）</translation>
    </message>
    <message>
        <location filename="../ui/advisor/FindingsView.cpp" line="302"/>
        <source>Run fix</source>
        <translation>执行修复</translation>
    </message>
    <message>
        <location filename="../ui/advisor/FindingsView.cpp" line="303"/>
        <source>This statement will be sent to the server:</source>
        <translation>将向服务器发送以下语句：</translation>
    </message>
    <message>
        <location filename="../ui/advisor/FindingsView.cpp" line="305"/>
        <source>Run</source>
        <translation>执行</translation>
    </message>
    <message>
        <location filename="../ui/advisor/FindingsView.cpp" line="310"/>
        <source>Not sent: the session is read-only or a fix is still running.</source>
        <translation>未发送：会话为只读，或仍有修复正在执行。</translation>
    </message>
    <message>
        <location filename="../ui/advisor/FindingsView.cpp" line="314"/>
        <source>Running…</source>
        <translation>正在执行…</translation>
    </message>
    <message>
        <location filename="../ui/advisor/FindingsView.cpp" line="337"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>sg::ui::GuiCommandLine</name>
    <message>
        <location filename="../ui/GuiCommandLine.cpp" line="112"/>
        <source>Window options:</source>
        <translation>窗口选项：</translation>
    </message>
    <message>
        <location filename="../ui/GuiCommandLine.cpp" line="127"/>
        <source>start a throwaway demo server with planted problems and open it</source>
        <translation>启动一个带有预置问题的一次性演示服务器并打开</translation>
    </message>
</context>
<context>
    <name>sg::ui::HealthPanel</name>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="90"/>
        <source>Databases: transaction ID and multixact age</source>
        <translation>数据库：事务 ID 与 multixact 年龄</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="92"/>
        <source>Oldest tables of this database (autovacuum must freeze them first)</source>
        <translation>本数据库最老的表（autovacuum 须先冻结它们）</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="94"/>
        <source>What holds the xmin horizon back (vacuum can neither clean nor freeze past it)</source>
        <translation>拖住 xmin 视界的对象（VACUUM 无法清理或冻结超过它的部分）</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="95"/>
        <source>Wraparound</source>
        <translation>回卷</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="99"/>
        <source>Sequences</source>
        <translation>序列</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="103"/>
        <source>Vacuum queue</source>
        <translation>VACUUM 队列</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="109"/>
        <source>Cancel command…</source>
        <translation>取消命令…</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="111"/>
        <location filename="../ui/health/HealthPanel.cpp" line="279"/>
        <source>Sends pg_cancel_backend for the selected command, after you confirm</source>
        <translation>确认后为所选命令发送 pg_cancel_backend</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="121"/>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="136"/>
        <source>pg_stat_io (I/O by backend type, object and context) exists from PostgreSQL 16 on.</source>
        <translation>pg_stat_io（按后端类型、对象和上下文统计的 I/O）从 PostgreSQL 16 起才有。</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="141"/>
        <source>I/O since the statistics were reset, busiest first (pg_stat_io)</source>
        <translation>自统计重置以来的 I/O，最繁忙的在前（pg_stat_io）</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="147"/>
        <source>Checkpoints and I/O</source>
        <translation>检查点与 I/O</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="148"/>
        <source>Replication</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="185"/>
        <source>WAL written per second</source>
        <translation>每秒写入的 WAL</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="187"/>
        <source>WAL</source>
        <translation>WAL</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="188"/>
        <source> MiB/s</source>
        <translation> MiB/秒</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="191"/>
        <source>Replication lag</source>
        <translation>复制延迟</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="193"/>
        <source>replay lag</source>
        <translation>重放延迟</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="194"/>
        <source>threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="196"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="216"/>
        <source>Standbys streaming from this server: lag in time as each reports it, and in bytes</source>
        <translation>从此服务器流复制的备库：各自报告的时间延迟，以及字节延迟</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="218"/>
        <source>Replication slots and the WAL each keeps on this server (inactive first)</source>
        <translation>复制槽及其在此服务器上保留的 WAL（非活动的在前）</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="225"/>
        <source>Subscriptions of this server to others&apos; publications (logical replication; stopped ones first)</source>
        <translation>本服务器对其他服务器发布的订阅（逻辑复制；已停止的在前）</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="224"/>
        <source>WAL and archiving; on a standby, its WAL receiver and replay</source>
        <translation>WAL 与归档；在备库上还有 WAL 接收进程与重放</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="300"/>
        <source>Cancel %1 in session %2?</source>
        <translation>取消会话 %2 中的 %1？</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="302"/>
        <source>It works on %1.</source>
        <translation>它正在处理 %1。</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="305"/>
        <source>A cancelled CREATE INDEX CONCURRENTLY leaves an invalid index behind: drop it, then build it again.</source>
        <translation>被取消的 CREATE INDEX CONCURRENTLY 会留下无效索引：请删除它，然后重新创建。</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="311"/>
        <source>This is an anti-wraparound vacuum: autovacuum starts it again at once, and the table still has to be frozen. Cancel it only to let something more urgent through.</source>
        <translation>这是防回卷 VACUUM：autovacuum 会立即重新启动它，表仍然必须被冻结。只有为了让更紧急的操作先执行时才取消它。</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="313"/>
        <source>This is autovacuum: it starts again on this table at its next round.</source>
        <translation>这是 autovacuum：它会在下一轮重新处理此表。</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="315"/>
        <source>Query:</source>
        <translation>查询：</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="316"/>
        <location filename="../ui/health/HealthPanel.cpp" line="321"/>
        <source>Cancel command</source>
        <translation>取消命令</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="317"/>
        <source>This statement will be sent:</source>
        <translation>将发送此语句：</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="322"/>
        <source>Keep it running</source>
        <translation>继续运行</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="327"/>
        <source>Cancel sent to session %1.</source>
        <translation>已向会话 %1 发送取消。</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="329"/>
        <source>Not sent: the admin connection to the server is not ready.</source>
        <translation>未发送：到服务器的管理连接尚未就绪。</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="338"/>
        <source>This is pgbouncer&apos;s console: it has no catalogs. Connect to the server behind it for its health.</source>
        <translation>这是 pgbouncer 的控制台：它没有系统目录。请连接其后的服务器查看健康状况。</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="348"/>
        <source>Transaction IDs: waiting for the server…</source>
        <translation>事务 ID：等待服务器…</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="354"/>
        <source>Transaction IDs: the oldest database, %1, is %2 transactions old: %3 of the way to the limit where writes stop; autovacuum must freeze it at %4.</source>
        <translation>事务 ID：最老的数据库 %1 的年龄为 %2 个事务：已走完到停止写入界限的 %3；autovacuum 须在 %4 时冻结它。</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="365"/>
        <source>Multixact IDs are past their freeze age too (%1).</source>
        <translation>Multixact ID 也已超过其冻结年龄（%1）。</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="379"/>
        <source>Sequences: waiting for the server…</source>
        <translation>序列：等待服务器…</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="381"/>
        <source>Sequences: none in use in this database.</source>
        <translation>序列：本数据库没有在用的序列。</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="385"/>
        <source>Sequences: the fullest, %1.%2, has used %3 of its values, %4 left</source>
        <translation>序列：最满的 %1.%2 已用掉 %3 的取值，剩余 %4</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="391"/>
        <source>(it feeds %1.%2, %3)</source>
        <translation>（它填充 %1.%2，%3）</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="399"/>
        <source>at the %1 values an hour it used while watched, it is full in %2.</source>
        <translation>按观察期间每小时 %1 个值的用量，它将在 %2 后用尽。</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="402"/>
        <source>it used no values while watched.</source>
        <translation>观察期间它没有用掉任何值。</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="404"/>
        <source>its rate is known after a minute of watching.</source>
        <translation>观察一分钟后可得知其速率。</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="412"/>
        <source>Autovacuum: waiting for the server…</source>
        <translation>Autovacuum：等待服务器…</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="420"/>
        <source>Autovacuum: %1 of %2 workers busy.</source>
        <translation>Autovacuum：%2 个工作进程中 %1 个在忙。</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="421"/>
        <source>Autovacuum is off: only anti-wraparound vacuums run.</source>
        <translation>Autovacuum 已关闭：只有防回卷 VACUUM 会运行。</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="425"/>
        <source>No table is past its vacuum or analyze threshold.</source>
        <translation>没有表超过其 VACUUM 或 ANALYZE 阈值。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/health/HealthPanel.cpp" line="426"/>
        <source>%n table(s) past a threshold</source>
        <translation>
            <numerusform>%n 个表超过阈值</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/health/HealthPanel.cpp" line="427"/>
        <source>%n for freezing</source>
        <translation>
            <numerusform>%n 个待冻结</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="439"/>
        <source>Checkpoints: waiting for the server…</source>
        <translation>检查点：等待服务器…</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="442"/>
        <source>Checkpoints: %1 on time, %2 requested (%3). Buffers written by the checkpointer %4, the background writer %5, backends themselves %6 (%7).</source>
        <translation>检查点：按时 %1 次，请求 %2 次（%3）。缓冲区写出：检查点进程 %4，后台写进程 %5，后端自己 %6（%7）。</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="461"/>
        <source>In progress: waiting for the server…</source>
        <translation>进行中：等待服务器…</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="464"/>
        <source>In progress: no VACUUM, ANALYZE, CREATE INDEX, CLUSTER, base backup or COPY.</source>
        <translation>进行中：没有 VACUUM、ANALYZE、CREATE INDEX、CLUSTER、基础备份或 COPY。</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="478"/>
        <source>(done in about %1)</source>
        <translation>（约 %1 后完成）</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/health/HealthPanel.cpp" line="482"/>
        <source>In progress (%n): </source>
        <translation>
            <numerusform>进行中（%n）：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="492"/>
        <source>Replication: waiting for the server…</source>
        <translation>复制：等待服务器…</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthPanel.cpp" line="494"/>
        <source>Replication: %1</source>
        <translation>复制：%1</translation>
    </message>
</context>
<context>
    <name>sg::ui::LiveTableView</name>
    <message>
        <location filename="../ui/LiveTableView.cpp" line="29"/>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <location filename="../ui/LiveTableView.cpp" line="30"/>
        <source>Filter…</source>
        <translation>筛选…</translation>
    </message>
    <message>
        <location filename="../ui/LiveTableView.cpp" line="35"/>
        <source>Rows</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../ui/LiveTableView.cpp" line="89"/>
        <source>Waiting for the server…</source>
        <translation>正在等待服务器…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/LiveTableView.cpp" line="94"/>
        <source>%n row(s), updated %1</source>
        <translation>
            <numerusform>%n 行，更新于 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/LiveTableView.cpp" line="95"/>
        <source>%1 of %n row(s) shown, updated %2</source>
        <translation>
            <numerusform>显示 %n 行中的 %1 行，更新于 %2</numerusform>
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
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="97"/>
        <location filename="../ui/MainWindow.cpp" line="111"/>
        <source>Not connected. File → Connect… (Ctrl+O)</source>
        <translation>未连接。文件 → 连接…（Ctrl+O）</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="103"/>
        <source>Slow queries</source>
        <translation>慢查询</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="105"/>
        <source>Indexes</source>
        <translation>索引</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="108"/>
        <source>Bloat and vacuum</source>
        <translation>膨胀与 VACUUM</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="113"/>
        <source>Production health</source>
        <translation>生产健康</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="116"/>
        <source>Query and plan</source>
        <translation>查询与执行计划</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="137"/>
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="144"/>
        <location filename="../ui/MainWindow.cpp" line="155"/>
        <source>round trip %1 ms</source>
        <translation>往返 %1 ms</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="158"/>
        <location filename="../ui/MainWindow.cpp" line="260"/>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="192"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="193"/>
        <source>&amp;Connect…</source>
        <translation>连接(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="196"/>
        <source>Export health &amp;report…</source>
        <translation>导出健康报告(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="198"/>
        <source>Export health report</source>
        <translation>导出健康报告</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="199"/>
        <source>Markdown (*.md);;HTML (*.html);;JSON (*.json)</source>
        <translation>Markdown (*.md);;HTML (*.html);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="204"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="210"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="211"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="220"/>
        <source>&amp;Server</source>
        <translation>服务器(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="221"/>
        <source>Allow &amp;writes…</source>
        <translation>允许写入(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="235"/>
        <source>&amp;Back up…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="239"/>
        <source>Re&amp;store…</source>
        <translation>恢复(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="245"/>
        <source>&amp;Migrations…</source>
        <translation>迁移(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="252"/>
        <source>Open %1</source>
        <translation>打开%1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="265"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="266"/>
        <source>&amp;About Sightglass</source>
        <translation>关于 Sightglass(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="267"/>
        <source>About Sightglass</source>
        <translation>关于 Sightglass</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="268"/>
        <source>&lt;b&gt;Sightglass %1&lt;/b&gt;&lt;p&gt;A native console for PostgreSQL: live activity, index and bloat advice, slow queries, migrations and backups.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Sightglass %1&lt;/b&gt;&lt;p&gt;PostgreSQL 原生桌面控制台：实时活动监控、索引与膨胀建议、慢查询、迁移和备份。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="276"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="291"/>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="298"/>
        <source>Restart Sightglass to switch the panels too</source>
        <translation>重新启动 Sightglass 以同时切换各面板</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="305"/>
        <source>Menus and titles are in the new language now; the panels switch when Sightglass starts again (View → Language → Restart).</source>
        <translation>菜单和标题现已切换为新语言；各面板将在 Sightglass 下次启动时切换（视图 → 语言 → 重新启动）。</translation>
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
        <translation> · 只读</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="457"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="458"/>
        <source>%1

Password for %2 (used for this session only, never saved):</source>
        <translation>%1

%2 的密码（仅用于本次会话，不会保存）：</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="475"/>
        <source>Collecting the health report…</source>
        <translation>正在收集健康报告…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="484"/>
        <source>Health report written to %1</source>
        <translation>健康报告已写入 %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="498"/>
        <source>Allow writes</source>
        <translation>允许写入</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="499"/>
        <source>This profile is marked as production and opens read-only.

Allow statements that change the server (cancel, terminate, DDL) for this session? Sightglass still asks before each one.</source>
        <translation>此配置被标记为生产环境，以只读方式打开。

是否在本次会话中允许执行会更改服务器的语句（取消、终止、DDL）？Sightglass 在执行每一条语句之前仍会请求确认。</translation>
    </message>
</context>
<context>
    <name>sg::ui::MigrationApplyPage</name>
    <message>
        <location filename="../ui/migrate/MigrationApplyPage.cpp" line="30"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationApplyPage.cpp" line="32"/>
        <source>Each migration runs in its own transaction under the lock timeout; statements that cannot run in one run alone, in order. The first error stops the run.</source>
        <translation>每个迁移在各自的事务中运行，并受锁超时限制；无法在事务中运行的语句会按顺序单独执行。遇到第一个错误即停止。</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationApplyPage.cpp" line="43"/>
        <source>&amp;Back up the database first, to</source>
        <translation>先将数据库备份到(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationApplyPage.cpp" line="46"/>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationApplyPage.cpp" line="54"/>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationApplyPage.cpp" line="80"/>
        <source>Backing up… %1</source>
        <translation>正在备份… %1</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationApplyPage.cpp" line="87"/>
        <source>The backup failed, so nothing was applied.</source>
        <translation>备份失败，因此未应用任何迁移。</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationApplyPage.cpp" line="105"/>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationApplyPage.cpp" line="106"/>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationApplyPage.cpp" line="110"/>
        <source>Backup taken before: %1</source>
        <translation>执行前已备份：%1</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationApplyPage.cpp" line="128"/>
        <source>The connection is read-only: choose Server → Allow writes first.</source>
        <translation>该连接为只读：请先选择“服务器 → 允许写入”。</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationApplyPage.cpp" line="130"/>
        <source>Nothing to run.</source>
        <translation>没有需要运行的内容。</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationApplyPage.cpp" line="131"/>
        <source>These rollback files will run, newest first:</source>
        <translation>将运行以下回滚文件，从最新的开始：</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationApplyPage.cpp" line="132"/>
        <source>These migrations will run, in this order:</source>
        <translation>将按以下顺序运行这些迁移：</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationApplyPage.cpp" line="140"/>
        <source>Nothing can run until this is resolved:</source>
        <translation>在解决以下问题之前，无法运行任何内容：</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationApplyPage.cpp" line="147"/>
        <source>The rehearsal failed:</source>
        <translation>演练失败：</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationApplyPage.cpp" line="148"/>
        <source>Applying now will most likely stop at the same statement (and roll that migration back). Go back and rehearse again once it is fixed, or apply anyway.</source>
        <translation>现在应用很可能会在同一条语句处停止（并回滚该迁移）。修复后请返回重新演练，或仍然应用。</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationApplyPage.cpp" line="152"/>
        <source>Not rehearsed.</source>
        <translation>未演练。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/migrate/MigrationApplyPage.cpp" line="155"/>
        <source>&amp;Roll back %n migration(s)</source>
        <translation>
            <numerusform>回滚 %n 个迁移(&amp;R)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/migrate/MigrationApplyPage.cpp" line="156"/>
        <source>&amp;Apply %n migration(s) anyway</source>
        <translation>
            <numerusform>仍然应用 %n 个迁移(&amp;A)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/migrate/MigrationApplyPage.cpp" line="157"/>
        <source>&amp;Apply %n migration(s)</source>
        <translation>
            <numerusform>应用 %n 个迁移(&amp;A)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationApplyPage.cpp" line="188"/>
        <source>Roll back</source>
        <translation>回滚</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationApplyPage.cpp" line="188"/>
        <source>Apply migrations</source>
        <translation>应用迁移</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationApplyPage.cpp" line="189"/>
        <source>The rehearsal of these migrations failed.</source>
        <translation>这些迁移的演练失败了。</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationApplyPage.cpp" line="191"/>
        <source>Run these on %1?

%2</source>
        <translation>是否在 %1 上运行以下内容？

%2</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationApplyPage.cpp" line="211"/>
        <source>The backup cannot start, so nothing was applied.</source>
        <translation>备份无法启动，因此未应用任何迁移。</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationApplyPage.cpp" line="216"/>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationApplyPage.cpp" line="225"/>
        <source>Rolling back…</source>
        <translation>正在回滚…</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationApplyPage.cpp" line="225"/>
        <source>Applying…</source>
        <translation>正在应用…</translation>
    </message>
</context>
<context>
    <name>sg::ui::MigrationPreviewPage</name>
    <message>
        <location filename="../ui/migrate/MigrationPreviewPage.cpp" line="56"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationPreviewPage.cpp" line="58"/>
        <source>The SQL that would run, with lint markers in the margin and, under each statement, the lock it takes and on what.</source>
        <translation>将要运行的 SQL：页边显示静态检查标记，每条语句下方显示其获取的锁及作用对象。</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationPreviewPage.cpp" line="67"/>
        <source>Migration files</source>
        <translation>迁移文件</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationPreviewPage.cpp" line="71"/>
        <source>Migration SQL</source>
        <translation>迁移 SQL</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationPreviewPage.cpp" line="90"/>
        <source>Lint findings</source>
        <translation>静态检查问题</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationPreviewPage.cpp" line="91"/>
        <source>Severity</source>
        <translation>严重级别</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationPreviewPage.cpp" line="91"/>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationPreviewPage.cpp" line="91"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationPreviewPage.cpp" line="91"/>
        <source>Finding</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationPreviewPage.cpp" line="97"/>
        <source>Select a finding to see why it matters and the safe way to write it.</source>
        <translation>选择一个问题，查看其影响原因及安全的写法。</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationPreviewPage.cpp" line="130"/>
        <source>rollback of %1</source>
        <translation>%1 的回滚</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationPreviewPage.cpp" line="136"/>
        <source> (live)</source>
        <translation>（实时）</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationPreviewPage.cpp" line="148"/>
        <source>Nothing to run: every migration in the folder is applied.</source>
        <translation>没有需要运行的内容：文件夹中的所有迁移均已应用。</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationPreviewPage.cpp" line="149"/>
        <source>%1 file(s), %2 statement(s); %3 error(s), %4 warning(s). Locks and sizes are read from the server now; the sessions named would make a statement wait.</source>
        <translation>%1 个文件，%2 条语句；%3 个错误，%4 个警告。锁和大小信息是刚从服务器读取的；列出的会话会使相应语句等待。</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationPreviewPage.cpp" line="193"/>
        <source>runs alone, outside a transaction</source>
        <translation>在事务外单独运行</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationPreviewPage.cpp" line="209"/>
        <source>%1

Why: %2

Safer:
%3</source>
        <translation>%1

原因：%2

更安全的写法：
%3</translation>
    </message>
</context>
<context>
    <name>sg::ui::MigrationRehearsePage</name>
    <message>
        <location filename="../ui/migrate/MigrationRehearsePage.cpp" line="20"/>
        <source>Rehearse</source>
        <translation>预演</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationRehearsePage.cpp" line="22"/>
        <source>Runs the migrations in one transaction and rolls it back: nothing stays. Lock waits end after 2 s and statements after 60 s, so a rehearsal on a busy server cannot hold anyone up for long.</source>
        <translation>在一个事务中运行迁移，然后回滚：不会保留任何更改。锁等待 2 秒后终止，语句 60 秒后终止，因此即使在繁忙的服务器上预演，也不会长时间阻塞他人。</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationRehearsePage.cpp" line="32"/>
        <source>Rehearse &amp;again</source>
        <translation>再次预演(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationRehearsePage.cpp" line="33"/>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationRehearsePage.cpp" line="49"/>
        <source>Passed.</source>
        <translation>通过。</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationRehearsePage.cpp" line="50"/>
        <source>Failed.</source>
        <translation>失败。</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationRehearsePage.cpp" line="55"/>
        <source>The preview found: %1.</source>
        <translation>预览发现：%1。</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationRehearsePage.cpp" line="75"/>
        <source>Nothing to rehearse.</source>
        <translation>没有需要预演的内容。</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationRehearsePage.cpp" line="78"/>
        <source>Rehearsing…</source>
        <translation>正在预演…</translation>
    </message>
</context>
<context>
    <name>sg::ui::MigrationResultPage</name>
    <message>
        <location filename="../ui/migrate/MigrationResultPage.cpp" line="18"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationResultPage.cpp" line="27"/>
        <source>Tracking table rows</source>
        <translation>迁移记录表中的行</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationResultPage.cpp" line="28"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationResultPage.cpp" line="28"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationResultPage.cpp" line="28"/>
        <source>Applied by</source>
        <translation>应用者</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationResultPage.cpp" line="28"/>
        <source>Applied at</source>
        <translation>应用时间</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationResultPage.cpp" line="29"/>
        <source>Took</source>
        <translation>耗时</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationResultPage.cpp" line="29"/>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationResultPage.cpp" line="29"/>
        <source>Transactional</source>
        <translation>事务性</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationResultPage.cpp" line="43"/>
        <source>INVALID index left behind: %1. Drop it with DROP INDEX CONCURRENTLY before running again.</source>
        <translation>遗留了 INVALID 索引：%1。再次运行前请用 DROP INDEX CONCURRENTLY 删除它。</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationResultPage.cpp" line="57"/>
        <source>The rows of %1 now.</source>
        <translation>%1 当前的行。</translation>
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
        <translation>是</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationResultPage.cpp" line="69"/>
        <source>no — failed part-way</source>
        <translation>否 — 中途失败</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationResultPage.cpp" line="70"/>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>sg::ui::MigrationSourcePage</name>
    <message>
        <location filename="../ui/migrate/MigrationSourcePage.cpp" line="24"/>
        <location filename="../ui/migrate/MigrationSourcePage.cpp" line="43"/>
        <location filename="../ui/migrate/MigrationSourcePage.cpp" line="47"/>
        <source>Migrations folder</source>
        <translation>迁移文件夹</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationSourcePage.cpp" line="26"/>
        <source>Plain SQL files named 023_name.sql, V23__name.sql or 20250105120000_name.up.sql; rollbacks as 023_name_rollback.sql, U23__name.sql or .down.sql.</source>
        <translation>纯 SQL 文件，命名为 023_name.sql、V23__name.sql 或 20250105120000_name.up.sql；回滚文件命名为 023_name_rollback.sql、U23__name.sql 或 .down.sql。</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationSourcePage.cpp" line="30"/>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationSourcePage.cpp" line="33"/>
        <source>This connection is read-only: status, preview and rehearsal work; to apply or roll back, choose Server → Allow writes first.</source>
        <translation>此连接为只读：可以查看状态、预览和预演；如需应用或回滚，请先选择“服务器 → 允许写入”。</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationSourcePage.cpp" line="44"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationSourcePage.cpp" line="54"/>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationSourcePage.cpp" line="59"/>
        <source>The tracking table is &lt;schema&gt;.schema_migrations. Flyway&apos;s and golang-migrate&apos;s histories are read when found, never written.</source>
        <translation>迁移记录表为 &lt;schema&gt;.schema_migrations。如果发现 Flyway 或 golang-migrate 的历史记录，只会读取，不会写入。</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationSourcePage.cpp" line="61"/>
        <source>Tracking &amp;schema:</source>
        <translation>迁移记录表模式(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationSourcePage.cpp" line="63"/>
        <source>&amp;Apply pending migrations</source>
        <translation>应用待应用的迁移(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationSourcePage.cpp" line="64"/>
        <source>&amp;Roll back the last</source>
        <translation>回滚最近(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationSourcePage.cpp" line="68"/>
        <source> applied migration(s)</source>
        <translation> 个已应用的迁移</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationSourcePage.cpp" line="73"/>
        <source>Mode:</source>
        <translation>操作：</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationSourcePage.cpp" line="77"/>
        <source>all pending</source>
        <translation>所有待应用的</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationSourcePage.cpp" line="78"/>
        <source>Apply the pending migrations up to and including this version, and no further</source>
        <translation>应用待应用的迁移，直到并包括此版本为止</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationSourcePage.cpp" line="79"/>
        <source>Up to version:</source>
        <translation>直到版本：</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationSourcePage.cpp" line="85"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationSourcePage.cpp" line="87"/>
        <source>How long a statement may wait for a lock while applying before it gives up (and its migration rolls back), so a migration never queues every query behind it.</source>
        <translation>应用时语句等待锁的最长时间，超时后放弃（其所在迁移随之回滚），以免迁移让后续所有查询都排队等待。</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationSourcePage.cpp" line="89"/>
        <source>&amp;Lock timeout:</source>
        <translation>锁超时(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>sg::ui::MigrationStatusPage</name>
    <message>
        <location filename="../ui/migrate/MigrationStatusPage.cpp" line="42"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationStatusPage.cpp" line="43"/>
        <source>What the database has applied, against the files in the folder.</source>
        <translation>数据库已应用的迁移与文件夹中文件的对照。</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationStatusPage.cpp" line="51"/>
        <source>Migration status</source>
        <translation>迁移状态</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationStatusPage.cpp" line="53"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationStatusPage.cpp" line="53"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationStatusPage.cpp" line="53"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationStatusPage.cpp" line="53"/>
        <source>Applied</source>
        <translation>应用时间</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationStatusPage.cpp" line="53"/>
        <source>Took</source>
        <translation>耗时</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationStatusPage.cpp" line="53"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationStatusPage.cpp" line="69"/>
        <source>Reading the folder and the server…</source>
        <translation>正在读取文件夹和服务器…</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationStatusPage.cpp" line="89"/>
        <source>The server could not be read: %1</source>
        <translation>无法读取服务器：%1</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationStatusPage.cpp" line="106"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationStatusPage.cpp" line="122"/>
        <source>%1 applied</source>
        <translation>%1 个已应用</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationStatusPage.cpp" line="122"/>
        <source>%1 pending</source>
        <translation>%1 个待应用</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationStatusPage.cpp" line="130"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — history: %2. %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — 历史：%2。%3</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/migrate/MigrationStatusPage.cpp" line="133"/>
        <source>%n migration(s) to roll back.</source>
        <translation>
            <numerusform>将回滚 %n 个迁移。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/migrate/MigrationStatusPage.cpp" line="134"/>
        <source>%n migration(s) to apply.</source>
        <translation>
            <numerusform>将应用 %n 个迁移。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationStatusPage.cpp" line="137"/>
        <source>Blocks applying: %1</source>
        <translation>阻止应用：%1</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationStatusPage.cpp" line="139"/>
        <source>Ignored: %1</source>
        <translation>已忽略：%1</translation>
    </message>
    <message>
        <location filename="../ui/migrate/MigrationStatusPage.cpp" line="140"/>
        <source>Nothing blocks a run.</source>
        <translation>没有阻止运行的问题。</translation>
    </message>
</context>
<context>
    <name>sg::ui::MigrationWizard</name>
    <message>
        <location filename="../ui/migrate/MigrationWizard.cpp" line="19"/>
        <source>Migrations — %1</source>
        <translation>迁移 — %1</translation>
    </message>
</context>
<context>
    <name>sg::ui::PlanCompareDialog</name>
    <message>
        <location filename="../ui/plan/PlanCompareDialog.cpp" line="19"/>
        <source>Compare plans</source>
        <translation>比较执行计划</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanCompareDialog.cpp" line="24"/>
        <source>Statement: %1</source>
        <translation>语句：%1</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanCompareDialog.cpp" line="25"/>
        <source>Before: %1
After: %2</source>
        <translation>变更前：%1
变更后：%2</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanCompareDialog.cpp" line="32"/>
        <source>Before</source>
        <translation>变更前</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanCompareDialog.cpp" line="32"/>
        <source>After</source>
        <translation>变更后</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanCompareDialog.cpp" line="32"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanCompareDialog.cpp" line="32"/>
        <source>ms before</source>
        <translation>变更前 ms</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanCompareDialog.cpp" line="32"/>
        <source>cost before</source>
        <translation>变更前代价</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanCompareDialog.cpp" line="33"/>
        <source>ms after</source>
        <translation>变更后 ms</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanCompareDialog.cpp" line="33"/>
        <source>cost after</source>
        <translation>变更后代价</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanCompareDialog.cpp" line="33"/>
        <source>buffers before</source>
        <translation>变更前缓冲区</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanCompareDialog.cpp" line="33"/>
        <source>buffers after</source>
        <translation>变更后缓冲区</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanCompareDialog.cpp" line="60"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>sg::ui::PlanTreeModel</name>
    <message>
        <location filename="../ui/plan/PlanTreeModel.cpp" line="107"/>
        <source>never executed</source>
        <translation>未执行</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanTreeModel.cpp" line="149"/>
        <source>Time in this node alone: its time x loops, shared across parallel workers, minus its children</source>
        <translation>仅此节点自身的耗时：其时间 × 循环次数，按并行工作进程分摊，再减去子节点的耗时</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanTreeModel.cpp" line="152"/>
        <source>Time in this node and everything under it</source>
        <translation>此节点及其所有子节点的耗时</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanTreeModel.cpp" line="154"/>
        <source>How far the planner&apos;s row estimate was off (↓ more rows came than expected)</source>
        <translation>规划器行数估算的偏差倍数（↓ 表示实际行数多于预期）</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanTreeModel.cpp" line="156"/>
        <source>The planner&apos;s total cost estimate (arbitrary units; compare plans of one statement)</source>
        <translation>规划器估算的总代价（任意单位；仅用于比较同一语句的执行计划）</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanTreeModel.cpp" line="158"/>
        <source>Rows fetched and thrown away by a filter, join filter or index recheck (per loop)</source>
        <translation>被过滤条件、连接过滤条件或索引复查丢弃的行数（每次循环）</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanTreeModel.cpp" line="160"/>
        <source>Shared and local buffers found in cache</source>
        <translation>在缓存中命中的共享和本地缓冲区</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanTreeModel.cpp" line="162"/>
        <source>Shared and local buffers read from disk or the OS cache</source>
        <translation>从磁盘或操作系统缓存读取的共享和本地缓冲区</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanTreeModel.cpp" line="164"/>
        <source>Temporary file blocks read and written (sorts and hashes that spilled)</source>
        <translation>读写的临时文件块数（溢出的排序和哈希）</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanTreeModel.cpp" line="173"/>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanTreeModel.cpp" line="175"/>
        <source>Exclusive ms</source>
        <translation>自身 ms</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanTreeModel.cpp" line="177"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanTreeModel.cpp" line="179"/>
        <source>Inclusive ms</source>
        <translation>总计 ms</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanTreeModel.cpp" line="181"/>
        <source>Cost</source>
        <translation>代价</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanTreeModel.cpp" line="183"/>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanTreeModel.cpp" line="185"/>
        <source>Estimate</source>
        <translation>估算</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanTreeModel.cpp" line="187"/>
        <source>Off by</source>
        <translation>偏差</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanTreeModel.cpp" line="189"/>
        <source>Loops</source>
        <translation>循环</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanTreeModel.cpp" line="191"/>
        <source>Removed</source>
        <translation>已过滤</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanTreeModel.cpp" line="193"/>
        <source>Hit</source>
        <translation>命中</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanTreeModel.cpp" line="195"/>
        <source>Read</source>
        <translation>读取</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanTreeModel.cpp" line="197"/>
        <source>Temp</source>
        <translation>临时</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanTreeModel.cpp" line="199"/>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
</context>
<context>
    <name>sg::ui::PlanView</name>
    <message>
        <location filename="../ui/plan/PlanView.cpp" line="32"/>
        <source>Explain a statement to see its plan here.</source>
        <translation>对语句执行 EXPLAIN 后，将在此处显示其执行计划。</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanView.cpp" line="36"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanView.cpp" line="37"/>
        <source>Copy the tree, the text or the JSON, whichever is showing</source>
        <translation>复制当前显示的树、文本或 JSON</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanView.cpp" line="41"/>
        <source>Plan nodes</source>
        <translation>执行计划节点</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanView.cpp" line="48"/>
        <source>Node details</source>
        <translation>节点详情</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanView.cpp" line="58"/>
        <source>Plan as text</source>
        <translation>执行计划文本</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanView.cpp" line="63"/>
        <source>Plan as JSON</source>
        <translation>执行计划 JSON</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanView.cpp" line="68"/>
        <source>Tree</source>
        <translation>树</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanView.cpp" line="69"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanView.cpp" line="70"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanView.cpp" line="89"/>
        <source>&lt;b&gt;Execution %1 ms&lt;/b&gt;</source>
        <translation>&lt;b&gt;执行 %1 ms&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanView.cpp" line="91"/>
        <source>&lt;b&gt;Estimated plan&lt;/b&gt; (not executed: costs and row estimates only)</source>
        <translation>&lt;b&gt;估算执行计划&lt;/b&gt;（未执行：仅含代价和行数估算）</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanView.cpp" line="92"/>
        <source>planning %1 ms</source>
        <translation>规划 %1 ms</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/plan/PlanView.cpp" line="93"/>
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n 个节点</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanView.cpp" line="95"/>
        <source>trigger %1: %2 ms in %3 call(s)</source>
        <translation>触发器 %1：%3 次调用共 %2 ms</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanView.cpp" line="101"/>
        <source>JIT: %1 functions, %2 ms</source>
        <translation>JIT：%1 个函数，%2 ms</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanView.cpp" line="111"/>
        <source>Settings that differ from the defaults: %1</source>
        <translation>与默认值不同的参数：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/plan/PlanView.cpp" line="119"/>
        <source>%n node(s) with warnings: see the Warnings column.</source>
        <translation>
            <numerusform>%n 个节点有警告：请查看“警告”列。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::ui::QueryPanel</name>
    <message>
        <location filename="../ui/plan/QueryPanel.cpp" line="37"/>
        <source>SQL editor</source>
        <translation>SQL 编辑器</translation>
    </message>
    <message>
        <location filename="../ui/plan/QueryPanel.cpp" line="43"/>
        <source>Explain</source>
        <translation>EXPLAIN</translation>
    </message>
    <message>
        <location filename="../ui/plan/QueryPanel.cpp" line="44"/>
        <source>The planner&apos;s plan, without running the statement (Ctrl+E)</source>
        <translation>规划器生成的执行计划，不实际运行语句（Ctrl+E）</translation>
    </message>
    <message>
        <location filename="../ui/plan/QueryPanel.cpp" line="45"/>
        <source>Explain Analyze</source>
        <translation>EXPLAIN ANALYZE</translation>
    </message>
    <message>
        <location filename="../ui/plan/QueryPanel.cpp" line="47"/>
        <source>Runs the statement inside BEGIN … ROLLBACK for real times and buffers (Ctrl+Shift+E)</source>
        <translation>在 BEGIN … ROLLBACK 中运行语句，获取真实耗时和缓冲区数据（Ctrl+Shift+E）</translation>
    </message>
    <message>
        <location filename="../ui/plan/QueryPanel.cpp" line="48"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/plan/QueryPanel.cpp" line="50"/>
        <source>What-if indexes…</source>
        <translation>假设索引…</translation>
    </message>
    <message>
        <location filename="../ui/plan/QueryPanel.cpp" line="52"/>
        <source>Try indexes for the shown plan hypothetically (hypopg): the planner&apos;s cost and plan with each, nothing built</source>
        <translation>为当前执行计划假设性地尝试索引（hypopg）：显示每个索引下规划器的代价和执行计划，不会实际创建任何索引</translation>
    </message>
    <message>
        <location filename="../ui/plan/QueryPanel.cpp" line="55"/>
        <source>Compare with previous</source>
        <translation>与上一个比较</translation>
    </message>
    <message>
        <location filename="../ui/plan/QueryPanel.cpp" line="57"/>
        <source>The shown plan next to the one before it: matched nodes, changed node types and join order, times and buffers</source>
        <translation>将当前执行计划与上一个并排比较：匹配的节点、变化的节点类型和连接顺序、耗时和缓冲区</translation>
    </message>
    <message>
        <location filename="../ui/plan/QueryPanel.cpp" line="61"/>
        <source>Statement timeout</source>
        <translation>语句超时</translation>
    </message>
    <message>
        <location filename="../ui/plan/QueryPanel.cpp" line="64"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../ui/plan/QueryPanel.cpp" line="65"/>
        <source>statement_timeout for Explain Analyze</source>
        <translation>EXPLAIN ANALYZE 的 statement_timeout</translation>
    </message>
    <message>
        <location filename="../ui/plan/QueryPanel.cpp" line="68"/>
        <location filename="../ui/plan/QueryPanel.cpp" line="69"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../ui/plan/QueryPanel.cpp" line="71"/>
        <location filename="../ui/plan/QueryPanel.cpp" line="72"/>
        <source>Replace with</source>
        <translation>替换为</translation>
    </message>
    <message>
        <location filename="../ui/plan/QueryPanel.cpp" line="73"/>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <location filename="../ui/plan/QueryPanel.cpp" line="74"/>
        <source>Replace all</source>
        <translation>全部替换</translation>
    </message>
    <message>
        <location filename="../ui/plan/QueryPanel.cpp" line="75"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/plan/QueryPanel.cpp" line="92"/>
        <source>timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <location filename="../ui/plan/QueryPanel.cpp" line="146"/>
        <source>This statement may change data. It runs inside BEGIN … ROLLBACK: its changes to tables are undone when the plan is in. Not undone: sequences it advances (nextval, serial and identity columns) and work done through other connections (dblink).</source>
        <translation>此语句可能更改数据。它在 BEGIN … ROLLBACK 中执行：计划返回后，对表的更改会被撤销。不会撤销：被推进的序列（nextval、serial 和 identity 列）以及通过其他连接（dblink）完成的工作。</translation>
    </message>
    <message>
        <location filename="../ui/plan/QueryPanel.cpp" line="165"/>
        <source>It ran inside BEGIN … ROLLBACK: its changes to tables were undone. Not undone: sequences it advanced and work done through other connections.</source>
        <translation>它在 BEGIN … ROLLBACK 中执行：对表的更改已撤销。未撤销：被推进的序列以及通过其他连接完成的工作。</translation>
    </message>
    <message>
        <location filename="../ui/plan/QueryPanel.cpp" line="151"/>
        <source>Running EXPLAIN ANALYZE…</source>
        <translation>正在运行 EXPLAIN ANALYZE…</translation>
    </message>
    <message>
        <location filename="../ui/plan/QueryPanel.cpp" line="151"/>
        <source>Planning…</source>
        <translation>正在生成执行计划…</translation>
    </message>
    <message>
        <location filename="../ui/plan/QueryPanel.cpp" line="201"/>
        <source>Parameter values</source>
        <translation>参数值</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/plan/QueryPanel.cpp" line="203"/>
        <source>The statement has %n parameter(s). Type each value as SQL: 42, &apos;Smith&apos;, now() - interval &apos;1 day&apos;.</source>
        <translation>
            <numerusform>该语句有 %n 个参数。请以 SQL 形式输入每个值，例如 42、&apos;Smith&apos;、now() - interval &apos;1 day&apos;。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/plan/QueryPanel.cpp" line="223"/>
        <source>&amp;Generic plan, no values</source>
        <translation>通用计划，无需取值(&amp;G)</translation>
    </message>
    <message>
        <location filename="../ui/plan/QueryPanel.cpp" line="225"/>
        <source>EXPLAIN (GENERIC_PLAN): the plan the server picks without knowing the values, as a prepared statement may use it (PostgreSQL 16 and later)</source>
        <translation>EXPLAIN (GENERIC_PLAN)：服务器在不知道取值时选择的计划，预备语句可能会使用它（PostgreSQL 16 及以上）</translation>
    </message>
    <message>
        <location filename="../ui/plan/QueryPanel.cpp" line="279"/>
        <source>Put the cursor in a statement (or select one) first.</source>
        <translation>请先将光标置于某条语句中（或选中一条语句）。</translation>
    </message>
</context>
<context>
    <name>sg::ui::RecordingWindow</name>
    <message>
        <location filename="../ui/activity/RecordingWindow.cpp" line="31"/>
        <source>Recording of %1 – Sightglass</source>
        <translation>%1 的录制 – Sightglass</translation>
    </message>
    <message>
        <location filename="../ui/activity/RecordingWindow.cpp" line="39"/>
        <source>%1 (PostgreSQL %2), from %3 for %4 s: %5 samples of %6 active sessions in all. File: %7</source>
        <translation>%1（PostgreSQL %2），自 %3 起 %4 秒：%5 个样本，共 %6 个活动会话。文件：%7</translation>
    </message>
    <message>
        <location filename="../ui/activity/RecordingWindow.cpp" line="42"/>
        <source>version unknown</source>
        <translation>版本未知</translation>
    </message>
</context>
<context>
    <name>sg::ui::RestoreDialog</name>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="34"/>
        <source>Restore — %1</source>
        <translation>恢复 — %1</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="38"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="42"/>
        <source>Into a new database (safest)</source>
        <translation>恢复到新数据库（最安全）</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="44"/>
        <source>Over an existing database (drops and recreates its objects)</source>
        <translation>覆盖现有数据库（删除并重建其中的对象）</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="48"/>
        <source>type the database&apos;s name to confirm</source>
        <translation>输入数据库名称以确认</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="49"/>
        <source>Single transaction (all or nothing)</source>
        <translation>单个事务（全部成功或全部回滚）</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="52"/>
        <source>No owner (objects belong to the connecting user)</source>
        <translation>不恢复属主（对象归当前连接用户所有）</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="53"/>
        <source>Ignore the checksum (restore even if the file no longer matches its record)</source>
        <translation>忽略校验和（即使文件与其记录不再一致也进行恢复）</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="57"/>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="57"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="72"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="73"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="75"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="78"/>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="80"/>
        <source>New database</source>
        <translation>新数据库</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="82"/>
        <source>Existing database</source>
        <translation>现有数据库</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="83"/>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="85"/>
        <source>Parallel jobs</source>
        <translation>并行作业</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="88"/>
        <source>Command line</source>
        <translation>命令行</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="96"/>
        <source>What to restore (from the archive&apos;s table of contents):</source>
        <translation>要恢复的内容（来自归档的目录）：</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="123"/>
        <source>Backup to restore</source>
        <translation>要恢复的备份</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="124"/>
        <source>Backups (*.dump *.tar *.sql.gz *.sql);;All files (*)</source>
        <translation>备份 (*.dump *.tar *.sql.gz *.sql);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="139"/>
        <source>Restoring %1…</source>
        <translation>正在恢复 %1…</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="184"/>
        <source>A plain SQL backup is restored whole by psql (ON_ERROR_STOP).</source>
        <translation>纯 SQL 备份由 psql 整体恢复（ON_ERROR_STOP）。</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="215"/>
        <source>(database-wide)</source>
        <translation>（整个数据库）</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="219"/>
        <source>schema</source>
        <translation>模式</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="290"/>
        <source>(a selection of objects: in the dialog only)</source>
        <translation>（所选对象：仅在对话框中可用）</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="324"/>
        <source>Disabled: parallel jobs restore over several connections, so they cannot share one transaction. Set jobs to 1 for an all-or-nothing restore.</source>
        <translation>已禁用：并行作业通过多个连接进行恢复，无法共用一个事务。如需全部成功或全部回滚的恢复，请将作业数设为 1。</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="326"/>
        <source>Everything or nothing: an error rolls the whole restore back</source>
        <translation>全部成功或全部回滚：出现任何错误都会回滚整个恢复</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="351"/>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
</context>
<context>
    <name>sg::ui::SessionDetailDialog</name>
    <message>
        <location filename="../ui/activity/SessionDetailDialog.cpp" line="34"/>
        <source>Session %1</source>
        <translation>会话 %1</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionDetailDialog.cpp" line="45"/>
        <source>Query</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionDetailDialog.cpp" line="53"/>
        <source>Locks</source>
        <translation>锁</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionDetailDialog.cpp" line="55"/>
        <source>Granted</source>
        <translation>已授予</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionDetailDialog.cpp" line="56"/>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionDetailDialog.cpp" line="57"/>
        <source>Lock type</source>
        <translation>锁类型</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionDetailDialog.cpp" line="58"/>
        <source>On</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionDetailDialog.cpp" line="59"/>
        <source>Waiting (s)</source>
        <translation>等待（秒）</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionDetailDialog.cpp" line="66"/>
        <source>Progress:</source>
        <translation>进度：</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionDetailDialog.cpp" line="67"/>
        <source>Usually:</source>
        <translation>通常：</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionDetailDialog.cpp" line="74"/>
        <source>Locks held and awaited:</source>
        <translation>持有和等待的锁：</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionDetailDialog.cpp" line="79"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionDetailDialog.cpp" line="80"/>
        <source>Cancel query…</source>
        <translation>取消查询…</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionDetailDialog.cpp" line="81"/>
        <source>Terminate session…</source>
        <translation>终止会话…</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionDetailDialog.cpp" line="105"/>
        <source>Reading session %1…</source>
        <translation>正在读取会话 %1…</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionDetailDialog.cpp" line="129"/>
        <source>, waiting for %1: %2</source>
        <translation>，等待 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionDetailDialog.cpp" line="130"/>
        <source>State: %1, for %2</source>
        <translation>状态：%1，已持续 %2</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionDetailDialog.cpp" line="130"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionDetailDialog.cpp" line="132"/>
        <source>Transaction open for %1</source>
        <translation>事务已打开 %1</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionDetailDialog.cpp" line="134"/>
        <source>No transaction open</source>
        <translation>没有打开的事务</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionDetailDialog.cpp" line="137"/>
        <source>This query has run for %1</source>
        <translation>此查询已运行 %1</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionDetailDialog.cpp" line="138"/>
        <source>Last query started %1 ago</source>
        <translation>上一个查询开始于 %1 前</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionDetailDialog.cpp" line="139"/>
        <source>Connected for %1</source>
        <translation>已连接 %1</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionDetailDialog.cpp" line="141"/>
        <source>Holds the xmin horizon at transaction %1: VACUUM cannot remove rows that died after it</source>
        <translation>将 xmin 视界保持在事务 %1：VACUUM 无法清除此后失效的行</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionDetailDialog.cpp" line="145"/>
        <source>Waits for session(s) %1</source>
        <translation>等待会话 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/activity/SessionDetailDialog.cpp" line="148"/>
        <source>Blocks %n session(s): %1</source>
        <translation>
            <numerusform>阻塞 %n 个会话：%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionDetailDialog.cpp" line="160"/>
        <source>Session %1 has ended</source>
        <translation>会话 %1 已结束</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionDetailDialog.cpp" line="161"/>
        <source>The server no longer has this session; what is shown is its last state.</source>
        <translation>服务器上已没有此会话；显示的是它的最后状态。</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionDetailDialog.cpp" line="162"/>
        <source>The session has ended.</source>
        <translation>会话已结束。</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionDetailDialog.cpp" line="167"/>
        <source>Session %1 · %2 · %3@%4 from %5</source>
        <translation>会话 %1 · %2 · %3@%4 来自 %5</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionDetailDialog.cpp" line="169"/>
        <source>(no application name)</source>
        <translation>（无应用名称）</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionDetailDialog.cpp" line="178"/>
        <source>No long command (VACUUM, ANALYZE, CREATE INDEX, CLUSTER, COPY, base backup) running.</source>
        <translation>没有正在运行的长命令（VACUUM、ANALYZE、CREATE INDEX、CLUSTER、COPY、基础备份）。</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionDetailDialog.cpp" line="182"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionDetailDialog.cpp" line="185"/>
        <source>: %1 of %2 %3 (%4 %)</source>
        <translation>：%2 %3 中的 %1（%4 %）</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionDetailDialog.cpp" line="191"/>
        <source> on %1</source>
        <translation>，对象 %1</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionDetailDialog.cpp" line="199"/>
        <source>%1 calls, mean %2 ms, max %3 ms, %4 rows in all (pg_stat_statements)</source>
        <translation>%1 次调用，平均 %2 毫秒，最长 %3 毫秒，共 %4 行（pg_stat_statements）</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionDetailDialog.cpp" line="209"/>
        <source>Updated %1</source>
        <translation>更新于 %1</translation>
    </message>
</context>
<context>
    <name>sg::ui::SessionsView</name>
    <message>
        <location filename="../ui/activity/SessionsView.cpp" line="41"/>
        <source>Sessions</source>
        <translation>会话</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionsView.cpp" line="56"/>
        <location filename="../ui/activity/SessionsView.cpp" line="98"/>
        <source>Cancel query…</source>
        <translation>取消查询…</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionsView.cpp" line="57"/>
        <location filename="../ui/activity/SessionsView.cpp" line="100"/>
        <source>Terminate session…</source>
        <translation>终止会话…</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionsView.cpp" line="62"/>
        <source>Blocking tree</source>
        <translation>阻塞树</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionsView.cpp" line="82"/>
        <source>&lt;b&gt;Blocking&lt;/b&gt; — who blocks whom</source>
        <translation>&lt;b&gt;阻塞&lt;/b&gt; — 谁阻塞了谁</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionsView.cpp" line="102"/>
        <source>Terminate the blocking chain…</source>
        <translation>终止阻塞链…</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionsView.cpp" line="229"/>
        <location filename="../ui/activity/SessionsView.cpp" line="334"/>
        <source>Not sent: the admin connection to the server is not ready.</source>
        <translation>未发送：到服务器的管理连接尚未就绪。</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionsView.cpp" line="199"/>
        <source>Terminate session %1? Its transaction is rolled back and the client is disconnected.</source>
        <translation>终止会话 %1？其事务将被回滚，客户端连接将被断开。</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionsView.cpp" line="44"/>
        <source>Show Sightglass&apos;s sessions</source>
        <translation>显示 Sightglass 自己的会话</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionsView.cpp" line="63"/>
        <source>PID</source>
        <translation>pid</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionsView.cpp" line="63"/>
        <source>Application</source>
        <translation>应用程序</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionsView.cpp" line="63"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionsView.cpp" line="63"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionsView.cpp" line="63"/>
        <source>Waits for</source>
        <translation>等待锁</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionsView.cpp" line="63"/>
        <source>On</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionsView.cpp" line="64"/>
        <source>Transaction (s)</source>
        <translation>事务时长（秒）</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionsView.cpp" line="64"/>
        <source>Query</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionsView.cpp" line="109"/>
        <source>Details…</source>
        <translation>详情…</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionsView.cpp" line="202"/>
        <source>Cancel the query running in session %1? The session stays connected.</source>
        <translation>取消会话 %1 中正在运行的查询？会话将保持连接。</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionsView.cpp" line="213"/>
        <source>Transaction open for %1 s</source>
        <translation>事务已打开 %1 秒</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/activity/SessionsView.cpp" line="215"/>
        <source>It blocks %n other session(s).</source>
        <translation>
            <numerusform>它阻塞了 %n 个其他会话。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionsView.cpp" line="218"/>
        <source>Query:</source>
        <translation>查询：</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionsView.cpp" line="219"/>
        <source>Terminate session</source>
        <translation>终止会话</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionsView.cpp" line="219"/>
        <location filename="../ui/activity/SessionsView.cpp" line="224"/>
        <source>Cancel query</source>
        <translation>取消查询</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionsView.cpp" line="220"/>
        <source>This statement will be sent:</source>
        <translation>将发送以下语句：</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionsView.cpp" line="224"/>
        <source>Terminate</source>
        <translation>终止</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionsView.cpp" line="311"/>
        <source>%1 · %2 · %3 · transaction open for %4 s · %5</source>
        <translation>%1 · %2 · %3 · 事务已打开 %4 秒 · %5</translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionsView.cpp" line="320"/>
        <source>Terminate the blocking chain</source>
        <translation>终止阻塞链</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/activity/SessionsView.cpp" line="321"/>
        <source>Terminate these %n blocking session(s), oldest transaction first? Their transactions are rolled back and their clients disconnected; the sessions waiting behind them go on.</source>
        <translation>
            <numerusform>终止这 %n 个阻塞会话（最早的事务优先）吗？它们的事务将被回滚，客户端将断开连接；在它们之后等待的会话将继续执行。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionsView.cpp" line="325"/>
        <source>These statements will be sent:</source>
        <translation>将发送以下语句：</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/activity/SessionsView.cpp" line="328"/>
        <source>Terminate %n session(s)</source>
        <translation>
            <numerusform>终止 %n 个会话</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/activity/SessionsView.cpp" line="381"/>
        <source>Blocks %n session(s)</source>
        <translation>
            <numerusform>阻塞了 %n 个会话</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/activity/SessionsView.cpp" line="385"/>
        <source>No session is waiting on another one.</source>
        <translation>没有会话在等待其他会话。</translation>
    </message>
</context>
<context>
    <name>sg::ui::StatementOutcomeTable</name>
    <message>
        <location filename="../ui/migrate/StatementOutcomeTable.cpp" line="15"/>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../ui/migrate/StatementOutcomeTable.cpp" line="15"/>
        <source>Statement</source>
        <translation>语句</translation>
    </message>
    <message>
        <location filename="../ui/migrate/StatementOutcomeTable.cpp" line="15"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../ui/migrate/StatementOutcomeTable.cpp" line="15"/>
        <source>Time</source>
        <translation>耗时</translation>
    </message>
    <message>
        <location filename="../ui/migrate/StatementOutcomeTable.cpp" line="15"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../ui/migrate/StatementOutcomeTable.cpp" line="17"/>
        <source>Statements run</source>
        <translation>已运行的语句</translation>
    </message>
    <message>
        <location filename="../ui/migrate/StatementOutcomeTable.cpp" line="23"/>
        <source>ok</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../ui/migrate/StatementOutcomeTable.cpp" line="24"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../ui/migrate/StatementOutcomeTable.cpp" line="25"/>
        <source>not rehearsable</source>
        <translation>不可预演</translation>
    </message>
    <message>
        <location filename="../ui/migrate/StatementOutcomeTable.cpp" line="26"/>
        <source>skipped</source>
        <translation>已跳过</translation>
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
        <translation>时间窗口</translation>
    </message>
    <message>
        <location filename="../ui/StatementsPanel.cpp" line="35"/>
        <source>Since the statistics were reset</source>
        <translation>自统计信息重置以来</translation>
    </message>
    <message>
        <location filename="../ui/StatementsPanel.cpp" line="35"/>
        <source>Last 15 minutes</source>
        <translation>最近 15 分钟</translation>
    </message>
    <message>
        <location filename="../ui/StatementsPanel.cpp" line="35"/>
        <source>Last hour</source>
        <translation>最近 1 小时</translation>
    </message>
    <message>
        <location filename="../ui/StatementsPanel.cpp" line="36"/>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <location filename="../ui/StatementsPanel.cpp" line="36"/>
        <source>Since midnight</source>
        <translation>今天零点以来</translation>
    </message>
    <message>
        <location filename="../ui/StatementsPanel.cpp" line="38"/>
        <source>Windows are differences between snapshots Sightglass keeps locally; the server&apos;s statistics are never reset for them</source>
        <translation>时间窗口的数据是 Sightglass 在本地保存的快照之间的差值；不会为此重置服务器上的统计信息</translation>
    </message>
    <message>
        <location filename="../ui/StatementsPanel.cpp" line="41"/>
        <source>Filter statements</source>
        <translation>筛选语句</translation>
    </message>
    <message>
        <location filename="../ui/StatementsPanel.cpp" line="42"/>
        <source>Filter (text, user, database)…</source>
        <translation>筛选（文本、用户、数据库）…</translation>
    </message>
    <message>
        <location filename="../ui/StatementsPanel.cpp" line="46"/>
        <source>Show Sightglass&apos;s queries</source>
        <translation>显示 Sightglass 自己的查询</translation>
    </message>
    <message>
        <location filename="../ui/StatementsPanel.cpp" line="58"/>
        <source>Reset statistics…</source>
        <translation>重置统计信息…</translation>
    </message>
    <message>
        <location filename="../ui/StatementsPanel.cpp" line="59"/>
        <source>pg_stat_statements_reset() on the server, after a confirmation</source>
        <translation>确认后在服务器上执行 pg_stat_statements_reset()</translation>
    </message>
    <message>
        <location filename="../ui/StatementsPanel.cpp" line="61"/>
        <source>Statements</source>
        <translation>语句</translation>
    </message>
    <message>
        <location filename="../ui/StatementsPanel.cpp" line="64"/>
        <source>Double-click a statement to explain it</source>
        <translation>双击语句查看其执行计划</translation>
    </message>
    <message>
        <location filename="../ui/StatementsPanel.cpp" line="71"/>
        <source>Running longer than</source>
        <translation>运行时间超过</translation>
    </message>
    <message>
        <location filename="../ui/StatementsPanel.cpp" line="74"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../ui/StatementsPanel.cpp" line="77"/>
        <source>Queries running now</source>
        <translation>正在运行的查询</translation>
    </message>
    <message>
        <location filename="../ui/StatementsPanel.cpp" line="84"/>
        <source>Running now for longer than</source>
        <translation>当前运行时间超过</translation>
    </message>
    <message>
        <location filename="../ui/StatementsPanel.cpp" line="163"/>
        <source>Waiting for the server…</source>
        <translation>正在等待服务器…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/StatementsPanel.cpp" line="169"/>
        <source>%n statement(s), updated %1</source>
        <translation>
            <numerusform>%n 条语句，更新于 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/StatementsPanel.cpp" line="170"/>
        <source>%1 of %n statement(s) shown, updated %2</source>
        <translation>
            <numerusform>显示 %n 条语句中的 %1 条，更新于 %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/StatementsPanel.cpp" line="186"/>
        <source>— none</source>
        <translation>— 无</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/StatementsPanel.cpp" line="187"/>
        <source>— %n statement(s); select one to find it above</source>
        <translation>
            <numerusform>— %n 条语句；选中一条即可在上方找到它</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/StatementsPanel.cpp" line="195"/>
        <source>This server does not report which statement a running query belongs to (query_id needs PostgreSQL 14 and compute_query_id).</source>
        <translation>此服务器不提供正在运行的查询所属的语句（query_id 需要 PostgreSQL 14 及 compute_query_id）。</translation>
    </message>
    <message>
        <location filename="../ui/StatementsPanel.cpp" line="207"/>
        <source>Its statement is not in this list (another window, the filter, or not among the 500 busiest).</source>
        <translation>其语句不在此列表中（属于其他时间窗口、被筛选掉，或不在最繁忙的 500 条之内）。</translation>
    </message>
    <message>
        <location filename="../ui/StatementsPanel.cpp" line="215"/>
        <source>Reset statistics</source>
        <translation>重置统计信息</translation>
    </message>
    <message>
        <location filename="../ui/StatementsPanel.cpp" line="216"/>
        <source>This clears pg_stat_statements for everyone on this server — other tools and colleagues lose their figures too. Sightglass&apos;s windows do not need it.

%1;

Reset?</source>
        <translation>这会清空此服务器上所有人的 pg_stat_statements 数据 — 其他工具和同事的统计数据也会丢失。Sightglass 的时间窗口并不需要重置。

%1;

确定重置？</translation>
    </message>
</context>
<context>
    <name>sg::ui::ThresholdsDialog</name>
    <message>
        <location filename="../ui/activity/ThresholdsDialog.cpp" line="15"/>
        <source>Activity warnings</source>
        <translation>活动告警</translation>
    </message>
    <message>
        <location filename="../ui/activity/ThresholdsDialog.cpp" line="18"/>
        <source> % of usable connections</source>
        <translation> % 的可用连接</translation>
    </message>
    <message>
        <location filename="../ui/activity/ThresholdsDialog.cpp" line="22"/>
        <source>more than </source>
        <translation>超过 </translation>
    </message>
    <message>
        <location filename="../ui/activity/ThresholdsDialog.cpp" line="23"/>
        <source> session(s)</source>
        <translation> 个会话</translation>
    </message>
    <message>
        <location filename="../ui/activity/ThresholdsDialog.cpp" line="27"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../ui/activity/ThresholdsDialog.cpp" line="31"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../ui/activity/ThresholdsDialog.cpp" line="36"/>
        <source> % of its values used</source>
        <translation> % 的取值已用</translation>
    </message>
    <message>
        <location filename="../ui/activity/ThresholdsDialog.cpp" line="38"/>
        <source>The fullest sequence against its limit, or the integer column it feeds, as the Production health panel reads it once a minute</source>
        <translation>最满的序列相对其上限（或它填充的 integer 列）的用量，由生产健康面板每分钟读取一次</translation>
    </message>
    <message>
        <location filename="../ui/activity/ThresholdsDialog.cpp" line="44"/>
        <source> % of the way to wraparound</source>
        <translation> %（距回卷的进度）</translation>
    </message>
    <message>
        <location filename="../ui/activity/ThresholdsDialog.cpp" line="45"/>
        <source>The oldest transaction ID&apos;s age against the age where the server stops accepting writes (about 2.1 billion)</source>
        <translation>最老事务 ID 的年龄与服务器停止接受写入时的年龄（约 21 亿）之比</translation>
    </message>
    <message>
        <location filename="../ui/activity/ThresholdsDialog.cpp" line="50"/>
        <source> s behind</source>
        <translation> 秒落后</translation>
    </message>
    <message>
        <location filename="../ui/activity/ThresholdsDialog.cpp" line="51"/>
        <source>A standby&apos;s replay lag as it reports it, or, connected to a standby, how long its own replay is behind</source>
        <translation>备库报告的重放延迟；连接到备库时，是它自身重放落后的时间</translation>
    </message>
    <message>
        <location filename="../ui/activity/ThresholdsDialog.cpp" line="57"/>
        <source> MiB of WAL</source>
        <translation> MiB WAL</translation>
    </message>
    <message>
        <location filename="../ui/activity/ThresholdsDialog.cpp" line="58"/>
        <source>WAL kept on the primary&apos;s disk for a replication slot nothing reads</source>
        <translation>为无人读取的复制槽而留在主库磁盘上的 WAL</translation>
    </message>
    <message>
        <location filename="../ui/activity/ThresholdsDialog.cpp" line="74"/>
        <source>Warn when a figure crosses its limit; recovery is logged too.</source>
        <translation>指标越过阈值时发出告警；恢复时也会记录。</translation>
    </message>
    <message>
        <location filename="../ui/activity/ThresholdsDialog.cpp" line="75"/>
        <source>Utilization above</source>
        <translation>使用率高于</translation>
    </message>
    <message>
        <location filename="../ui/activity/ThresholdsDialog.cpp" line="76"/>
        <source>Waiting on a lock</source>
        <translation>等待锁</translation>
    </message>
    <message>
        <location filename="../ui/activity/ThresholdsDialog.cpp" line="77"/>
        <source>Idle in a transaction longer than</source>
        <translation>事务中空闲超过</translation>
    </message>
    <message>
        <location filename="../ui/activity/ThresholdsDialog.cpp" line="78"/>
        <source>Cache hit ratio below</source>
        <translation>缓存命中率低于</translation>
    </message>
    <message>
        <location filename="../ui/activity/ThresholdsDialog.cpp" line="79"/>
        <source>A sequence above</source>
        <translation>序列高于</translation>
    </message>
    <message>
        <location filename="../ui/activity/ThresholdsDialog.cpp" line="80"/>
        <source>Oldest transaction ID above</source>
        <translation>最老事务 ID 超过</translation>
    </message>
    <message>
        <location filename="../ui/activity/ThresholdsDialog.cpp" line="81"/>
        <source>Replica lagging more than</source>
        <translation>副本延迟超过</translation>
    </message>
    <message>
        <location filename="../ui/activity/ThresholdsDialog.cpp" line="82"/>
        <source>Inactive slot retaining more than</source>
        <translation>非活动槽保留超过</translation>
    </message>
</context>
<context>
    <name>sg::ui::TimeSeriesChart</name>
    <message>
        <location filename="../ui/activity/TimeSeriesChart.cpp" line="556"/>
        <source>%1 (peak %2 above the scale)</source>
        <translation>%1（峰值 %2 超出刻度）</translation>
    </message>
</context>
<context>
    <name>sg::ui::WaitProfileView</name>
    <message>
        <location filename="../ui/activity/WaitProfileView.cpp" line="227"/>
        <source>Average active sessions by wait class</source>
        <translation>按等待类别的平均活动会话数</translation>
    </message>
    <message>
        <location filename="../ui/activity/WaitProfileView.cpp" line="231"/>
        <source>CPUs</source>
        <translation>CPU 数</translation>
    </message>
    <message>
        <location filename="../ui/activity/WaitProfileView.cpp" line="111"/>
        <source>Wait samples per second</source>
        <translation>每秒等待采样次数</translation>
    </message>
    <message>
        <location filename="../ui/activity/WaitProfileView.cpp" line="96"/>
        <source>Sightglass recordings (*.sgrec);;All files (*)</source>
        <translation>Sightglass 录制文件 (*.sgrec);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/activity/WaitProfileView.cpp" line="113"/>
        <source>%n per second</source>
        <translation>
            <numerusform>每秒 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/activity/WaitProfileView.cpp" line="115"/>
        <source>How often the sessions doing work are sampled. Each sample is one read of pg_stat_activity on the monitoring connection.</source>
        <translation>对正在工作的会话采样的频率。每次采样是在监控连接上读取一次 pg_stat_activity。</translation>
    </message>
    <message>
        <location filename="../ui/activity/WaitProfileView.cpp" line="124"/>
        <source>Server CPUs</source>
        <translation>服务器 CPU 数</translation>
    </message>
    <message>
        <location filename="../ui/activity/WaitProfileView.cpp" line="126"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/activity/WaitProfileView.cpp" line="145"/>
        <source>Record every active session 10 times a second, for up to %n minutes, into a file to share or open later.</source>
        <translation>
            <numerusform>每秒 10 次记录每个活动会话，最长 %n 分钟，写入文件以便分享或之后打开。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/activity/WaitProfileView.cpp" line="154"/>
        <source>Save recording…</source>
        <translation>保存录制…</translation>
    </message>
    <message>
        <location filename="../ui/activity/WaitProfileView.cpp" line="157"/>
        <source>Open recording…</source>
        <translation>打开录制…</translation>
    </message>
    <message>
        <location filename="../ui/activity/WaitProfileView.cpp" line="161"/>
        <location filename="../ui/activity/WaitProfileView.cpp" line="166"/>
        <source>Open a recording</source>
        <translation>打开录制</translation>
    </message>
    <message>
        <location filename="../ui/activity/WaitProfileView.cpp" line="171"/>
        <source>Sample</source>
        <translation>采样</translation>
    </message>
    <message>
        <location filename="../ui/activity/WaitProfileView.cpp" line="174"/>
        <source>Server CPUs:</source>
        <translation>服务器 CPU 数：</translation>
    </message>
    <message>
        <location filename="../ui/activity/WaitProfileView.cpp" line="195"/>
        <source>The last wait sample failed: %1</source>
        <translation>上一次等待采样失败：%1</translation>
    </message>
    <message>
        <location filename="../ui/activity/WaitProfileView.cpp" line="215"/>
        <source>Server CPUs: %1 (as recorded)</source>
        <translation>服务器 CPU：%1（录制时记录）</translation>
    </message>
    <message>
        <location filename="../ui/activity/WaitProfileView.cpp" line="216"/>
        <source>Server CPUs: unknown (not in the recording)</source>
        <translation>服务器 CPU：未知（录制中没有）</translation>
    </message>
    <message>
        <location filename="../ui/activity/WaitProfileView.cpp" line="246"/>
        <source>Wait events</source>
        <translation>等待事件</translation>
    </message>
    <message>
        <location filename="../ui/activity/WaitProfileView.cpp" line="246"/>
        <source>Queries</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../ui/activity/WaitProfileView.cpp" line="246"/>
        <source>Applications</source>
        <translation>应用程序</translation>
    </message>
    <message>
        <location filename="../ui/activity/WaitProfileView.cpp" line="246"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../ui/activity/WaitProfileView.cpp" line="246"/>
        <source>Databases</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../ui/activity/WaitProfileView.cpp" line="519"/>
        <source>Calls and mean time: between the statement snapshots of %1 and %2.</source>
        <translation>调用次数和平均时间：%1 与 %2 两次语句快照之间。</translation>
    </message>
    <message>
        <location filename="../ui/activity/WaitProfileView.cpp" line="521"/>
        <source>Calls and mean time: from the statement snapshot of %1 to now.</source>
        <translation>调用次数和平均时间：从 %1 的语句快照到现在。</translation>
    </message>
    <message>
        <location filename="../ui/activity/WaitProfileView.cpp" line="524"/>
        <source>Calls and mean time: since pg_stat_statements was reset (no statement snapshot before this range; the Slow queries panel takes one every few minutes).</source>
        <translation>调用次数和平均时间：自 pg_stat_statements 重置以来（此范围之前没有语句快照；慢查询面板每隔几分钟记录一次）。</translation>
    </message>
    <message>
        <location filename="../ui/activity/WaitProfileView.cpp" line="206"/>
        <source>Calls and mean time need pg_stat_statements in this database (%1).</source>
        <translation>调用次数和平均时间需要此数据库中的 pg_stat_statements（%1）。</translation>
    </message>
    <message>
        <location filename="../ui/activity/WaitProfileView.cpp" line="295"/>
        <location filename="../ui/activity/WaitProfileView.cpp" line="309"/>
        <source>Record</source>
        <translation>录制</translation>
    </message>
    <message>
        <location filename="../ui/activity/WaitProfileView.cpp" line="296"/>
        <source>The last recording was not saved. Record a new one and drop it?</source>
        <translation>上一次录制尚未保存。要录制新的并丢弃它吗？</translation>
    </message>
    <message>
        <location filename="../ui/activity/WaitProfileView.cpp" line="309"/>
        <source>Stop recording</source>
        <translation>停止录制</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/activity/WaitProfileView.cpp" line="314"/>
        <source>Recording: %1 s of at most %n min, %2 samples</source>
        <translation>
            <numerusform>正在录制：%1 秒（最长 %n 分钟），%2 个样本</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/activity/WaitProfileView.cpp" line="318"/>
        <source>Recorded %1 s (%2 samples), not saved yet</source>
        <translation>已录制 %1 秒（%2 个样本），尚未保存</translation>
    </message>
    <message>
        <location filename="../ui/activity/WaitProfileView.cpp" line="330"/>
        <location filename="../ui/activity/WaitProfileView.cpp" line="335"/>
        <source>Save the recording</source>
        <translation>保存录制</translation>
    </message>
    <message>
        <location filename="../ui/activity/WaitProfileView.cpp" line="336"/>
        <source>%1

The recording is still here: save it somewhere else.</source>
        <translation>%1

录制仍然保留：请保存到其他位置。</translation>
    </message>
    <message>
        <location filename="../ui/activity/WaitProfileView.cpp" line="345"/>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <location filename="../ui/activity/WaitProfileView.cpp" line="453"/>
        <source>Nothing was sampled in the selected range.</source>
        <translation>所选范围内没有采样。</translation>
    </message>
    <message>
        <location filename="../ui/activity/WaitProfileView.cpp" line="454"/>
        <source>No samples yet. Drag across the chart to pick a range.</source>
        <translation>尚无采样。在图表上拖动以选择范围。</translation>
    </message>
    <message>
        <location filename="../ui/activity/WaitProfileView.cpp" line="457"/>
        <source>Selected %1–%2</source>
        <translation>已选 %1–%2</translation>
    </message>
    <message>
        <location filename="../ui/activity/WaitProfileView.cpp" line="458"/>
        <source>The whole window (drag across the chart to pick a range)</source>
        <translation>整个时间窗口（在图表上拖动以选择范围）</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/activity/WaitProfileView.cpp" line="459"/>
        <source>%1: %n s sampled, %2 average active sessions.</source>
        <translation>
            <numerusform>%1：采样 %n 秒，平均 %2 个活动会话。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::ui::WelcomeDialog</name>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="15"/>
        <source>Welcome to Sightglass</source>
        <translation>欢迎使用 Sightglass</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="23"/>
        <source>&lt;h3&gt;Welcome to Sightglass&lt;/h3&gt;&lt;p&gt;Watch a PostgreSQL server live: connections and load, sessions and who blocks whom, unused and missing indexes, bloat, slow queries with their plans; preview and apply migrations with the locks each statement takes; back up and restore.&lt;/p&gt;&lt;p&gt;Nothing changes on a server unless you confirm the exact SQL or command first.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;欢迎使用 Sightglass&lt;/h3&gt;&lt;p&gt;实时查看 PostgreSQL 服务器：连接与负载、会话及阻塞关系、未使用和缺失的索引、膨胀、慢查询及其执行计划；预览并应用迁移，并显示每条语句所加的锁；备份与恢复。&lt;/p&gt;&lt;p&gt;在您确认具体的 SQL 或命令之前，服务器上不会有任何改动。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="33"/>
        <source>Open the &amp;demo</source>
        <translation>打开演示(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="36"/>
        <source>Starts a throwaway local PostgreSQL server with sample data, a light workload and planted problems (an unused index, a missing foreign-key index, a bloated table, a slow query), so every panel has something to show. Removed when you quit.</source>
        <translation>启动一个一次性的本地 PostgreSQL 服务器，带有示例数据、轻量负载和预置的问题（一个未使用的索引、一个缺少索引的外键、一张膨胀的表、一条慢查询），让每个面板都有内容可看。退出时自动删除。</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="39"/>
        <source>&amp;Connect to a server…</source>
        <translation>连接到服务器(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="42"/>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
</context>
<context>
    <name>sg::ui::WhatIfDialog</name>
    <message>
        <location filename="../ui/plan/WhatIfDialog.cpp" line="30"/>
        <source>What-if indexes</source>
        <translation>假设索引</translation>
    </message>
    <message>
        <location filename="../ui/plan/WhatIfDialog.cpp" line="31"/>
        <source>Trying hypothetical indexes (hypopg) — nothing is built…</source>
        <translation>正在尝试假设索引（hypopg）— 不会实际创建…</translation>
    </message>
    <message>
        <location filename="../ui/plan/WhatIfDialog.cpp" line="35"/>
        <source>Hypothetical index</source>
        <translation>假设索引</translation>
    </message>
    <message>
        <location filename="../ui/plan/WhatIfDialog.cpp" line="35"/>
        <source>Cost before</source>
        <translation>原代价</translation>
    </message>
    <message>
        <location filename="../ui/plan/WhatIfDialog.cpp" line="35"/>
        <source>Cost after</source>
        <translation>新代价</translation>
    </message>
    <message>
        <location filename="../ui/plan/WhatIfDialog.cpp" line="35"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../ui/plan/WhatIfDialog.cpp" line="35"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../ui/plan/WhatIfDialog.cpp" line="39"/>
        <source>Copy CREATE INDEX</source>
        <translation>复制 CREATE INDEX</translation>
    </message>
    <message>
        <location filename="../ui/plan/WhatIfDialog.cpp" line="40"/>
        <source>Create index…</source>
        <translation>创建索引…</translation>
    </message>
    <message>
        <location filename="../ui/plan/WhatIfDialog.cpp" line="43"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/plan/WhatIfDialog.cpp" line="91"/>
        <source>%1 % (the planner uses it)</source>
        <translation>%1 %（规划器会使用）</translation>
    </message>
    <message>
        <location filename="../ui/plan/WhatIfDialog.cpp" line="92"/>
        <source>not used by the planner</source>
        <translation>规划器不会使用</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/plan/WhatIfDialog.cpp" line="102"/>
        <source>%n hypothetical index(es) tried on this session and dropped again (hypopg_reset); %1 would make the plan cheaper. Costs are the planner&apos;s estimates.</source>
        <translation>
            <numerusform>已在本会话中尝试 %n 个假设索引，并已再次删除（hypopg_reset）；其中 %1 个可降低执行计划代价。代价均为规划器的估算值。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/plan/WhatIfDialog.cpp" line="129"/>
        <source>The plan with the hypothetical index %1 (estimated, not executed).</source>
        <translation>使用假设索引 %1 时的执行计划（估算，未执行）。</translation>
    </message>
    <message>
        <location filename="../ui/plan/WhatIfDialog.cpp" line="140"/>
        <source>This session is read-only: Server → Allow writes… first, or copy the statement into a migration.</source>
        <translation>此会话为只读：请先选择“服务器 → 允许写入…”，或将语句复制到迁移中。</translation>
    </message>
    <message>
        <location filename="../ui/plan/WhatIfDialog.cpp" line="145"/>
        <source>Create index</source>
        <translation>创建索引</translation>
    </message>
    <message>
        <location filename="../ui/plan/WhatIfDialog.cpp" line="146"/>
        <source>Build this index on the server? CONCURRENTLY does not block writes, but it reads the whole table and takes time.

%1</source>
        <translation>在服务器上创建此索引？CONCURRENTLY 不会阻塞写入，但需要读取整个表，耗时较长。

%1</translation>
    </message>
    <message>
        <location filename="../ui/plan/WhatIfDialog.cpp" line="150"/>
        <source>Building the index…</source>
        <translation>正在创建索引…</translation>
    </message>
</context>
</TS>
