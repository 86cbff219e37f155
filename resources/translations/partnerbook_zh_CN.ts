<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <location filename="../../partnerbook/app.py" line="293"/>
        <source>Writing eight years of sample relationships…</source>
        <translation>正在写入八年的示例关系记录…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="322"/>
        <source>The demo journal could not be made.</source>
        <translation>无法创建演示日志。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="323"/>
        <source>Details are in %1.</source>
        <translation>详情见 %1。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="352"/>
        <source>Backup saved and verified: %1</source>
        <translation>备份已保存并通过校验：%1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="402"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="406"/>
        <source>Show PartnerBook</source>
        <translation>显示 PartnerBook</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="436"/>
        <source>The journal&apos;s integrity check found problems: %1</source>
        <translation>日志完整性检查发现问题：%1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="511"/>
        <source>Restored the backup %1.</source>
        <translation>已恢复备份 %1。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="513"/>
        <source>The journal as it was is kept in %1.</source>
        <translation>原来的日志保存在 %1。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="557"/>
        <source>The journal is damaged: what you see may be incomplete.</source>
        <translation>日志已损坏：你看到的内容可能不完整。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="581"/>
        <source>Your journal is inside a %1 folder. Sync services copy a database while it is being written and can damage it.</source>
        <translation>你的日志位于 %1 文件夹中。同步服务会在数据库写入时复制它，可能导致损坏。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="587"/>
        <source>Your journal is on a network filesystem (%1). Network filesystems often get database locking wrong and can damage it.</source>
        <translation>你的日志位于网络文件系统（%1）上。网络文件系统常常处理不好数据库锁定，可能导致损坏。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="727"/>
        <source>PartnerBook hit a problem it did not expect. What you saved is safe.

Details were written to %1. Please report it.</source>
        <translation>PartnerBook 遇到了意外问题。您已保存的内容是安全的。

详情已写入 %1。请报告此问题。</translation>
    </message>
</context>
<context>
    <name>AutoSaver</name>
    <message>
        <location filename="../../partnerbook/ui/autosave.py" line="252"/>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
</context>
<context>
    <name>Brief</name>
    <message>
        <location filename="../../partnerbook/ui/brief/pdf.py" line="227"/>
        <source>Print the Brief</source>
        <translation>打印简报</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="158"/>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="160"/>
        <source>yesterday</source>
        <translation>昨天</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/brief/content.py" line="162"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/brief/content.py" line="165"/>
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n 个月前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/brief/content.py" line="167"/>
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%n 年前</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="172"/>
        <source>no date</source>
        <translation>无日期</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/brief/content.py" line="175"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="176"/>
        <source>due %1, %2</source>
        <translation>%1 到期，%2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="178"/>
        <source>due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="179"/>
        <source>due %1</source>
        <translation>%1 到期</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="186"/>
        <source>weak</source>
        <translation>弱</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="186"/>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="186"/>
        <source>strong</source>
        <translation>强</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="192"/>
        <source>confirmed %1</source>
        <translation>%1 确认</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="195"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="198"/>
        <source>— check it</source>
        <translation>——有待核实</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="203"/>
        <source>Our value proposition</source>
        <translation>我们的价值主张</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="218"/>
        <source>Nothing written down yet: two or three benefits each way, with numbers.</source>
        <translation>尚未写下任何内容：为双方各写两三项收益，并附上数字。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="224"/>
        <source>Last interactions</source>
        <translation>最近的互动</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="226"/>
        <source>(%1 of %2)</source>
        <translation>（显示 %1 条，共 %2 条）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="239"/>
        <source>No interactions noted yet.</source>
        <translation>尚未记录任何互动。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="250"/>
        <source>… and %1 more</source>
        <translation>… 还有 %1 项</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="254"/>
        <source>Open promises</source>
        <translation>待兑现的承诺</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="260"/>
        <source>nothing open</source>
        <translation>暂无</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="266"/>
        <source>Open follow-ups</source>
        <translation>待办的跟进</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="270"/>
        <source>Nothing open.</source>
        <translation>暂无待办。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="277"/>
        <source>you have %1 open</source>
        <translation>您有 %1 个待兑现</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="277"/>
        <source>they have %1 open</source>
        <translation>对方有 %1 个待兑现</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="280"/>
        <source>no promises from you yet</source>
        <translation>您尚未做出承诺</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="282"/>
        <source>no promises from them yet</source>
        <translation>对方尚未做出承诺</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="285"/>
        <source>you kept %1 of %2 (%3 %)</source>
        <translation>您兑现了 %2 个中的 %1 个（%3%）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="285"/>
        <source>they kept %1 of %2 (%3 %)</source>
        <translation>对方兑现了 %2 个中的 %1 个（%3%）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="295"/>
        <source>Promises: %1 · %2</source>
        <translation>承诺：%1 · %2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="307"/>
        <source>You have given %1, received %2.</source>
        <translation>您已付出 %1 次，收获 %2 次。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="312"/>
        <source>Time for a deposit.</source>
        <translation>是时候往关系里“存款”了。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="316"/>
        <source>Referrals: %1 given (%2 won), %3 received</source>
        <translation>转介绍：送出 %1 个（成交 %2 个），收到 %3 个</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="322"/>
        <source>won: %1</source>
        <translation>成交价值：%1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="327"/>
        <source>Nothing given or received noted yet.</source>
        <translation>尚未记录任何付出或收获。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="350"/>
        <source>Who&apos;s who</source>
        <translation>人员一览</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="353"/>
        <source>Presentation copy: motivations, personal details and the give &amp; take are left out</source>
        <translation>演示版：已省略动机、个人信息和付出与收获</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="368"/>
        <source>Meeting brief · %1</source>
        <translation>会前简报 · %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="387"/>
        <source>What&apos;s in it for them</source>
        <translation>对方能得到什么</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="393"/>
        <source>Not known yet. Ask what they personally get: a KPI, their boss&apos;s praise, ease?</source>
        <translation>尚不清楚。问问对方自己能得到什么：KPI、老板的表扬，还是省心？</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="418"/>
        <source>Based in</source>
        <translation>所在地：</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="422"/>
        <source>speaks</source>
        <translation>会说</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="436"/>
        <source>Our standing:</source>
        <translation>我方相对地位：</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="442"/>
        <source>Never spoken to yet.</source>
        <translation>尚未交谈过。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="444"/>
        <source>Last spoke</source>
        <translation>上次交谈</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="454"/>
        <source>Personal: ask about</source>
        <translation>个人：可以聊聊</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="461"/>
        <source>Birthday: %1</source>
        <translation>生日：%1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="463"/>
        <source>today!</source>
        <translation>就是今天！</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="467"/>
        <source>tomorrow</source>
        <translation>明天</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/brief/content.py" line="469"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n 天后</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="483"/>
        <source>Introductions</source>
        <translation>引荐</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="486"/>
        <source>Introduced by %1</source>
        <translation>由 %1 引荐</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="489"/>
        <source>Introduced to us:</source>
        <translation>为我们引荐了：</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="493"/>
        <source>and %1 more</source>
        <translation>等另外 %1 人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="496"/>
        <source>How we met:</source>
        <translation>如何认识：</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="507"/>
        <source>since %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="518"/>
        <source>Web:</source>
        <translation>网站：</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="521"/>
        <source>Who&apos;s who and what&apos;s in it for them</source>
        <translation>谁是谁，各自能得到什么</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="532"/>
        <source>Nobody there noted yet.</source>
        <translation>尚未记录该合作伙伴的任何联系人。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="546"/>
        <source>Agreement</source>
        <translation>协议</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="549"/>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="550"/>
        <source>Who does what</source>
        <translation>谁负责什么</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="551"/>
        <source>Revenue share</source>
        <translation>收入分成</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="552"/>
        <source>Terms</source>
        <translation>条款</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="557"/>
        <source>Renewal:</source>
        <translation>续约：</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="561"/>
        <source>Referrals: a fixed fee of %1 each</source>
        <translation>转介绍：每次固定费用 %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="564"/>
        <source>Referrals: %1 of the revenue</source>
        <translation>转介绍：收入的 %1</translation>
    </message>
</context>
<context>
    <name>BriefDialog</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="67"/>
        <source>Meeting Brief — %1</source>
        <translation>会前简报 — %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="73"/>
        <source>Meeting brief</source>
        <translation>会前简报</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="86"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="87"/>
        <source>Print the brief (Ctrl+P)</source>
        <translation>打印简报（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="89"/>
        <source>&amp;Save As…</source>
        <translation>另存为(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="90"/>
        <source>Save the brief as PDF, HTML or Markdown (Ctrl+S)</source>
        <translation>将简报另存为 PDF、HTML 或 Markdown（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="127"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="128"/>
        <source>Web page (*.html)</source>
        <translation>网页 (*.html)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="129"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="133"/>
        <source>Save the Brief</source>
        <translation>保存简报</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="149"/>
        <source>The brief was not saved: %1</source>
        <translation>简报未保存：%1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="154"/>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
</context>
<context>
    <name>CadenceEditor</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="58"/>
        <source>Ideal rhythm</source>
        <translation>理想频率</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="59"/>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="62"/>
        <source>Too long after</source>
        <translation>过久阈值</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="60"/>
        <source>Ideally every</source>
        <translation>理想间隔：每</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="72"/>
        <source>rhythm</source>
        <translation>联系频率</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="80"/>
        <source>too long</source>
        <translation>过久阈值</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="88"/>
        <source>No interaction logged yet.</source>
        <translation>尚未记录任何互动。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="93"/>
        <source>Last contact today.</source>
        <translation>上次联系：今天。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="95"/>
        <source>Last contact yesterday.</source>
        <translation>上次联系：昨天。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="98"/>
        <source>Last contact %1, %2 days ago.</source>
        <translation>上次联系：%1，%2 天前。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="103"/>
        <source>Set a rhythm to be reminded when it is time to get in touch.</source>
        <translation>设置联系频率，到时间会提醒您联系。</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/palette.py" line="63"/>
        <source>Go To</source>
        <translation>转到</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/palette.py" line="70"/>
        <source>A person, a partner, a view or an action…</source>
        <translation>联系人、合作伙伴、视图或操作…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/palette.py" line="71"/>
        <source>Go to</source>
        <translation>转到</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/palette.py" line="75"/>
        <source>Matches</source>
        <translation>匹配结果</translation>
    </message>
</context>
<context>
    <name>DamagedJournalDialog</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/damaged_journal.py" line="34"/>
        <source>The journal is damaged</source>
        <translation>日志已损坏</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/damaged_journal.py" line="36"/>
        <source>PartnerBook cannot read the journal %1: part of the file is damaged.</source>
        <translation>PartnerBook 无法读取日志 %1：文件的一部分已损坏。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/damaged_journal.py" line="48"/>
        <source>The latest good backup is from %1. Restoring it brings back everything saved up to then. The damaged file is moved aside into %2, never deleted, so what it holds beyond the backup can still be rescued.</source>
        <translation>最近一份完好的备份来自 %1。恢复它可找回截至当时保存的全部内容。损坏的文件会被移到 %2，绝不删除，因此备份之后的内容仍有机会抢救。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/damaged_journal.py" line="56"/>
        <source>Restore the Latest Good Backup (%1)</source>
        <translation>恢复最近的完好备份（%1）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/damaged_journal.py" line="63"/>
        <source>No backup that passes its check was found in %1. The journal was not changed: keep the file, it may still be rescued.</source>
        <translation>在 %1 中没有找到通过检查的备份。日志未被改动：请保留该文件，它或许还能抢救。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/damaged_journal.py" line="70"/>
        <source>Not Now</source>
        <translation>以后再说</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/damaged_journal.py" line="74"/>
        <source>Quit PartnerBook</source>
        <translation>退出 PartnerBook</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/dates.py" line="59"/>
        <source>&apos;%1&apos; is not a date.</source>
        <translation>“%1”不是日期。</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="19"/>
        <source>Welcome to PartnerBook</source>
        <translation>欢迎使用 PartnerBook</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="25"/>
        <source>Keep what each partner and each person wants, what was said over coffee, and what was promised on both sides. Start with the company you work with most, or the person you met last.</source>
        <translation>记下每个合作伙伴、每个人想要什么，喝咖啡时聊了什么，双方各自承诺了什么。可以从合作最多的公司开始，或者从最近见过的人开始。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="42"/>
        <source>Add a partner</source>
        <translation>添加合作伙伴</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="45"/>
        <source>Add a person</source>
        <translation>添加联系人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="47"/>
        <source>Import contacts…</source>
        <translation>导入联系人…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="49"/>
        <source>From your phone, Google, Outlook or LinkedIn: a vCard or CSV export</source>
        <translation>来自手机、Google、Outlook 或 LinkedIn：导出的 vCard 或 CSV 文件</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="52"/>
        <source>Explore the demo journal</source>
        <translation>浏览演示日志</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="54"/>
        <source>A separate sample journal with eight years of multilingual relationships</source>
        <translation>一份独立的示例日志，包含八年的多语言关系记录</translation>
    </message>
</context>
<context>
    <name>EntityPage</name>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="118"/>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="126"/>
        <source>Log a Note…</source>
        <translation>记笔记…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="127"/>
        <source>A quick note about them, with a follow-up if you like</source>
        <translation>快速记下关于对方的笔记，可附带跟进</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="135"/>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="139"/>
        <source>Track record</source>
        <translation>往来记录</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="141"/>
        <source>Note a Give or Take…</source>
        <translation>记录付出或收获…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="143"/>
        <source>A favour, an introduction, a referral, a resource, a payment</source>
        <translation>一次帮忙、一次引荐、一次转介绍、一份资源、一笔付款</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="199"/>
        <source>Stay in touch</source>
        <translation>保持联系</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="203"/>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="204"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="204"/>
        <source>Anything else worth remembering</source>
        <translation>其他值得记住的事</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="205"/>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="220"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="222"/>
        <source>Brief…</source>
        <translation>简报…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="224"/>
        <source>The one-page meeting brief, to read, print or save (Ctrl+B)</source>
        <translation>一页纸的会前简报，可阅读、打印或保存（Ctrl+B）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="228"/>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="293"/>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="232"/>
        <source>Archived people and partners leave the lists but keep their history (Ctrl+Shift+A)</source>
        <translation>归档的联系人和合作伙伴不再出现在列表中，但历史记录会保留（Ctrl+Shift+A）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="235"/>
        <source>archived</source>
        <translation>归档状态</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="249"/>
        <source>Save state</source>
        <translation>保存状态</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="290"/>
        <source>Changes save as you type</source>
        <translation>输入时自动保存</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="293"/>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/export_menu.py" line="34"/>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/export_menu.py" line="43"/>
        <source>Export Everything as a JSON &amp;Archive…</source>
        <translation>将全部内容导出为 JSON 归档(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/export_menu.py" line="45"/>
        <source>JSON archive (*.json)</source>
        <translation>JSON 归档 (*.json)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/export_menu.py" line="49"/>
        <source>Export People as &amp;vCards…</source>
        <translation>将联系人导出为 vCard(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/export_menu.py" line="51"/>
        <source>vCard (*.vcf)</source>
        <translation>vCard (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/export_menu.py" line="53"/>
        <source>Export People as &amp;CSV…</source>
        <translation>将联系人导出为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/export_menu.py" line="53"/>
        <location filename="../../partnerbook/ui/dialogs/export_menu.py" line="58"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/export_menu.py" line="56"/>
        <source>Export &amp;Partners as CSV…</source>
        <translation>将合作伙伴导出为 CSV(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/export_menu.py" line="62"/>
        <source>Export Follow-ups as a Ca&amp;lendar…</source>
        <translation>将跟进导出为日历(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/export_menu.py" line="64"/>
        <source>Calendar (*.ics)</source>
        <translation>日历 (*.ics)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/export_menu.py" line="98"/>
        <source>Exporting to %1…</source>
        <translation>正在导出到 %1…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/export_menu.py" line="121"/>
        <source>Wrote %1 people, %2 partners and %3 entries to %4</source>
        <translation>已将 %1 位联系人、%2 个合作伙伴和 %3 个条目写入 %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/dialogs/export_menu.py" line="131"/>
        <location filename="../../partnerbook/ui/dialogs/export_menu.py" line="139"/>
        <source>Wrote %n people to %1</source>
        <translation>
            <numerusform>已将 %n 位联系人写入 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/dialogs/export_menu.py" line="137"/>
        <source>Wrote %n partners to %1</source>
        <translation>
            <numerusform>已将 %n 个合作伙伴写入 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/export_menu.py" line="146"/>
        <source>Wrote %1 follow-ups and %2 promises to %3</source>
        <translation>已将 %1 个跟进和 %2 个承诺写入 %3</translation>
    </message>
</context>
<context>
    <name>GiveTakeDialog</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="50"/>
        <source>Give &amp; Take</source>
        <translation>付出与收获</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="66"/>
        <source>Given or received</source>
        <translation>付出或收获</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="67"/>
        <source>I gave</source>
        <translation>我付出</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="68"/>
        <source>I received</source>
        <translation>我收获</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="70"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="77"/>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="79"/>
        <source>e.g. an intro to their CFO</source>
        <translation>例如：介绍对方认识他们的 CFO</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="80"/>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="81"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="82"/>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="84"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="83"/>
        <source>today — or last week, 3 March…</source>
        <translation>今天——或 上周、3月3日…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="86"/>
        <source>Whom the referral was for: a person or company</source>
        <translation>被转介绍的是谁：个人或公司</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="87"/>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="88"/>
        <source>Referred</source>
        <translation>被转介绍方</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="91"/>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="94"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="98"/>
        <source>Value, if any</source>
        <translation>价值（如有）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="99"/>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="107"/>
        <source>Value</source>
        <translation>价值</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="104"/>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="141"/>
        <source>When: that is not a date I understand.</source>
        <translation>时间：无法识别这个日期。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="185"/>
        <source>Note a give or take</source>
        <translation>记录付出或收获</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="207"/>
        <source>Edit a give or take</source>
        <translation>编辑付出或收获</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="129"/>
        <source>Import Contacts — %1</source>
        <translation>导入联系人 — %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="155"/>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="157"/>
        <source>File format</source>
        <translation>文件格式</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="181"/>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="183"/>
        <source>Show records</source>
        <translation>显示记录</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="195"/>
        <source>Contacts in the file</source>
        <translation>文件中的联系人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="231"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="234"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="244"/>
        <source>Save Error &amp;Report…</source>
        <translation>保存错误报告(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="245"/>
        <source>Every record that could not be read, and why</source>
        <translation>所有无法读取的记录及原因</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="248"/>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="698"/>
        <source>&amp;Undo Import</source>
        <translation>撤销导入(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="251"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="254"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="293"/>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="294"/>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="295"/>
        <source>Google CSV</source>
        <translation>Google CSV</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="296"/>
        <source>LinkedIn CSV</source>
        <translation>LinkedIn CSV</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="297"/>
        <source>Outlook CSV</source>
        <translation>Outlook CSV</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="298"/>
        <source>Thunderbird CSV</source>
        <translation>Thunderbird CSV</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="312"/>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="631"/>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="340"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="371"/>
        <source>Cancelled: nothing was imported.</source>
        <translation>已取消：未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="377"/>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="386"/>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="399"/>
        <source>Automatic (%1)</source>
        <translation>自动（%1）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="428"/>
        <source>There are no contacts in this file.</source>
        <translation>此文件中没有联系人。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="431"/>
        <source>%Ln new</source>
        <translation>
            <numerusform>新建 %Ln 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="432"/>
        <source>%Ln updated</source>
        <translation>
            <numerusform>更新 %Ln 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="433"/>
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>未变 %Ln 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="435"/>
        <source>%Ln with an error</source>
        <translation>
            <numerusform>%Ln 个有错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="437"/>
        <source>%Ln with errors</source>
        <translation>
            <numerusform>%Ln 个有错误</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="440"/>
        <source>, </source>
        <comment>between the counts of an import</comment>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="442"/>
        <source>Imported: %1.</source>
        <translation>已导入：%1。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="452"/>
        <source>All (%1)</source>
        <translation>全部（%1）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="454"/>
        <source>To create (%1)</source>
        <translation>待新建（%1）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="455"/>
        <source>To update (%1)</source>
        <translation>待更新（%1）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="456"/>
        <source>Unchanged (%1)</source>
        <translation>未变（%1）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="457"/>
        <source>Errors (%1)</source>
        <translation>错误（%1）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="497"/>
        <source>Record %1, line %2</source>
        <translation>记录 %1，第 %2 行</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="524"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="550"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="557"/>
        <source>Importing %1 of %2…</source>
        <translation>正在导入第 %1 个，共 %2 个…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="584"/>
        <source>Import of %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="631"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="631"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="631"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="638"/>
        <source>Errors in %1</source>
        <translation>%1 中的错误</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="643"/>
        <source>Record %1, line %2: %3</source>
        <translation>记录 %1，第 %2 行：%3</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="655"/>
        <source>Text (*.txt)</source>
        <translation>文本 (*.txt)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="655"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="657"/>
        <source>Save the Error Report</source>
        <translation>保存错误报告</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="677"/>
        <source>Error report saved to %1</source>
        <translation>错误报告已保存到 %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="698"/>
        <source>&amp;Redo Import</source>
        <translation>重做导入(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="701"/>
        <source>The import was taken back.</source>
        <translation>导入已撤销。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="707"/>
        <source>%1 brings it all back.</source>
        <translation>按 %1 可全部恢复。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="709"/>
        <source>%1 takes the whole import back.</source>
        <translation>按 %1 可撤销整个导入。</translation>
    </message>
</context>
<context>
    <name>ImportModel</name>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="53"/>
        <source>Created</source>
        <translation>已新建</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="54"/>
        <source>Updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="55"/>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="56"/>
        <location filename="../../partnerbook/ui/models/import_model.py" line="62"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="59"/>
        <source>Create</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="60"/>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="61"/>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="118"/>
        <source>new person</source>
        <translation>新联系人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="230"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="231"/>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="232"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="233"/>
        <source>What happened</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="235"/>
        <source>What will happen</source>
        <translation>将执行</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="236"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="277"/>
        <source>Record %1</source>
        <translation>记录 %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="279"/>
        <source>Line %1</source>
        <translation>第 %1 行</translation>
    </message>
</context>
<context>
    <name>InTownDialog</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="116"/>
        <source>Who&apos;s in Town</source>
        <translation>当地有谁</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="131"/>
        <source>Where are you going? Whom should you see there?</source>
        <translation>您要去哪里？到了那里该见谁？</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="135"/>
        <source>City or country</source>
        <translation>城市或国家</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="137"/>
        <source>A city or a country, typed any way: hanoi, ha noi, tel aviv, italia</source>
        <translation>城市或国家，怎么写都行：hanoi、ha noi、tel aviv、italia</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="168"/>
        <source>People in town</source>
        <translation>当地的联系人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="175"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="175"/>
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="175"/>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="175"/>
        <source>Last met</source>
        <translation>上次见面</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="189"/>
        <source>Enter opens the person · L logs a note about them</source>
        <translation>Enter 打开联系人 · L 为其记笔记</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="192"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="194"/>
        <source>Log a Note…</source>
        <translation>记笔记…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="196"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="256"/>
        <source>Type where you are going. Cities and countries come from people&apos;s pages; the people you have not seen for longest come first.</source>
        <translation>输入您要去的地方。城市和国家取自联系人页面；最久没见的人排在最前面。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="263"/>
        <source>Nobody in “%1” yet. Try the beginning of the city or the country.</source>
        <translation>“%1”还没有联系人。试试输入城市或国家名称的开头。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="268"/>
        <source>%n person(s), never met or longest unseen first.</source>
        <translation>
            <numerusform>%n 位联系人，从未见过或最久未见的排在最前。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InTownDialogText</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="91"/>
        <source>never met</source>
        <translation>从未见过</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="93"/>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="95"/>
        <source>yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="97"/>
        <source>%1 days ago</source>
        <translation>%1 天前</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="99"/>
        <source>%1 weeks ago</source>
        <translation>%1 周前</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="101"/>
        <source>%1 months ago</source>
        <translation>%1 个月前</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="102"/>
        <source>%1 years ago</source>
        <translation>%1 年前</translation>
    </message>
</context>
<context>
    <name>InteractionPage</name>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="107"/>
        <source>Title (the notes&apos; first line if left empty)</source>
        <translation>标题（留空则使用笔记的第一行）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="108"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="109"/>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="111"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="113"/>
        <source>Open the page of someone or a partner in this note</source>
        <translation>打开此笔记中某位联系人或合作伙伴的页面</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="114"/>
        <source>Open a person&apos;s or partner&apos;s page</source>
        <translation>打开联系人或合作伙伴的页面</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="118"/>
        <source>Move to Trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="119"/>
        <source>Ctrl+Z brings it back</source>
        <translation>按 Ctrl+Z 可恢复</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="124"/>
        <source>Changes save as you type</source>
        <translation>输入时自动保存</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="126"/>
        <source>Save state</source>
        <translation>保存状态</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="130"/>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="133"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="142"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="136"/>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="138"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="143"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="140"/>
        <source>when</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="145"/>
        <source>A café, their office, a video link…</source>
        <translation>咖啡馆、对方办公室、视频会议链接…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="146"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="148"/>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="147"/>
        <source>where</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="150"/>
        <source>Add someone: type three letters…</source>
        <translation>添加联系人：输入名字的开头几个字…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="154"/>
        <source>people</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="161"/>
        <source>With</source>
        <translation>参与人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="169"/>
        <source>Add a partner…</source>
        <translation>添加合作伙伴…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="170"/>
        <source>Add a partner</source>
        <translation>添加合作伙伴</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="173"/>
        <source>Partners</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="175"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="189"/>
        <source>Warmth</source>
        <translation>氛围</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="176"/>
        <source>How warm it felt, from cold (−2) to warm (+2)</source>
        <translation>感觉有多热络，从冰冷（−2）到热络（+2）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="177"/>
        <source>Not rated</source>
        <translation>未评价</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="179"/>
        <source>Warm</source>
        <translation>热络</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="180"/>
        <source>Friendly</source>
        <translation>友好</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="181"/>
        <source>Neutral</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="182"/>
        <source>Cool</source>
        <translation>冷淡</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="183"/>
        <source>Cold</source>
        <translation>冰冷</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="188"/>
        <source>warmth</source>
        <translation>氛围</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="196"/>
        <source>Invitation sent</source>
        <translation>已发邀请</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="197"/>
        <source>Agenda shared</source>
        <translation>已共享议程</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="198"/>
        <source>Recap sent</source>
        <translation>已发会议纪要</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="199"/>
        <source>Files printed</source>
        <translation>已打印资料</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="208"/>
        <source>Legwork</source>
        <translation>会务</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="213"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="224"/>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="215"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="391"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="217"/>
        <source>Show the notes as formatted text (Ctrl+Shift+V)</source>
        <translation>以格式化文本显示笔记（Ctrl+Shift+V）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="223"/>
        <source>What was said. Markdown works: # headings, - lists, **bold**.</source>
        <translation>聊了什么。支持 Markdown：# 标题、- 列表、**粗体**。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="228"/>
        <source>notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="231"/>
        <source>Notes, formatted</source>
        <translation>笔记（格式化）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="240"/>
        <source>topics</source>
        <translation>话题</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="292"/>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="301"/>
        <source>When: &apos;%1&apos; is not a date.</source>
        <translation>时间：“%1”不是日期。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="303"/>
        <source>When: say when it happened.</source>
        <translation>时间：请填写发生的时间。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="362"/>
        <source>Remove %1 from this note</source>
        <translation>从此笔记中移除 %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="363"/>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="391"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="466"/>
        <source>Edit partners</source>
        <translation>编辑合作伙伴</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="488"/>
        <source>Move a note to the trash</source>
        <translation>将笔记移到回收站</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="490"/>
        <source>Moved to the trash. Ctrl+Z brings it back.</source>
        <translation>已移到回收站。按 Ctrl+Z 可恢复。</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="54"/>
        <source>KPI / target</source>
        <translation>KPI / 指标</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="55"/>
        <source>Recognition from boss</source>
        <translation>获得上级认可</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="56"/>
        <source>Standing with peers</source>
        <translation>在同事中的地位</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="57"/>
        <source>Career</source>
        <translation>职业发展</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="58"/>
        <source>Learning / novelty</source>
        <translation>学习 / 新鲜感</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="59"/>
        <source>Ease / comfort</source>
        <translation>省心 / 舒适</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="60"/>
        <source>Relationship / fun</source>
        <translation>关系 / 乐趣</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="61"/>
        <location filename="../../partnerbook/ui/labels.py" line="68"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="62"/>
        <source>Heard it</source>
        <translation>亲耳听到</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="63"/>
        <source>Guessed</source>
        <translation>推测</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="64"/>
        <source>Family</source>
        <translation>家庭</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="65"/>
        <source>Hobby</source>
        <translation>爱好</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="66"/>
        <source>Ask next time</source>
        <translation>下次要问</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="67"/>
        <source>Food &amp; drink</source>
        <translation>饮食</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="69"/>
        <location filename="../../partnerbook/ui/labels.py" line="110"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="70"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="71"/>
        <source>Web</source>
        <translation>网址</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="72"/>
        <source>Champion</source>
        <translation>内部支持者</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="73"/>
        <source>Decision maker</source>
        <translation>决策者</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="74"/>
        <source>Influencer</source>
        <translation>影响者</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="75"/>
        <source>Blocker</source>
        <translation>阻碍者</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="76"/>
        <source>User</source>
        <translation>使用者</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="77"/>
        <source>Prospect</source>
        <translation>潜在</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="78"/>
        <source>Exploring</source>
        <translation>洽谈中</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="79"/>
        <source>Active</source>
        <translation>合作中</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="80"/>
        <source>Dormant</source>
        <translation>休眠</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="81"/>
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="82"/>
        <source>We are smaller</source>
        <translation>我方较小</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="83"/>
        <source>Peers</source>
        <translation>规模相当</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="84"/>
        <source>We are larger</source>
        <translation>我方较大</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="85"/>
        <source>For them</source>
        <translation>对方</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="86"/>
        <source>For us</source>
        <translation>我方</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="87"/>
        <source>Short term</source>
        <translation>短期</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="88"/>
        <source>Long term</source>
        <translation>长期</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="89"/>
        <source>No referral terms</source>
        <translation>无转介绍条款</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="90"/>
        <source>Fixed fee per referral</source>
        <translation>每次转介绍固定费用</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="91"/>
        <source>Percentage</source>
        <translation>按比例提成</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="92"/>
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="93"/>
        <source>Quarterly</source>
        <translation>每季度</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="94"/>
        <source>Yearly</source>
        <translation>每年</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="95"/>
        <source>No rhythm set</source>
        <translation>未设联系频率</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="96"/>
        <source>In touch</source>
        <translation>联系正常</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="97"/>
        <source>Due for contact</source>
        <translation>该联系了</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="98"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="99"/>
        <source>Interaction</source>
        <translation>互动</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="100"/>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="101"/>
        <source>Promise</source>
        <translation>承诺</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="102"/>
        <source>Give &amp; take</source>
        <translation>付出与收获</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="103"/>
        <source>Review</source>
        <translation>复盘</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="104"/>
        <source>Stage change</source>
        <translation>阶段变更</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="105"/>
        <source>Coffee</source>
        <translation>咖啡</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="106"/>
        <source>Meeting</source>
        <translation>会面</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="107"/>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="108"/>
        <source>Video call</source>
        <translation>视频通话</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="109"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="111"/>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="112"/>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="113"/>
        <location filename="../../partnerbook/ui/labels.py" line="118"/>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="114"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="115"/>
        <source>Dismissed</source>
        <translation>已忽略</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="116"/>
        <source>I promised</source>
        <translation>我承诺的</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="117"/>
        <source>They promised</source>
        <translation>对方承诺的</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="119"/>
        <source>Kept</source>
        <translation>已兑现</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="120"/>
        <source>Broken</source>
        <translation>未兑现</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="121"/>
        <source>Released</source>
        <translation>已解除</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="122"/>
        <source>Given</source>
        <translation>付出</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="123"/>
        <source>Received</source>
        <translation>收获</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="124"/>
        <source>Favour</source>
        <translation>帮忙</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="125"/>
        <source>Introduction</source>
        <translation>引荐</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="126"/>
        <source>Referral</source>
        <translation>转介绍</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="127"/>
        <source>Resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="128"/>
        <source>Payment</source>
        <translation>付款</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="129"/>
        <source>Pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="130"/>
        <source>Won</source>
        <translation>成交</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="131"/>
        <source>Lost</source>
        <translation>未成交</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="140"/>
        <source>They are bigger: be gentle and take on the legwork — schedule, send the invitations, write the recap, print the files.</source>
        <translation>对方体量更大：姿态放低一些，主动承担会务——安排时间、发送邀请、撰写会议纪要、打印资料。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="144"/>
        <source>Peers: share the legwork and agree in writing who does what.</source>
        <translation>规模相当——分担会务，并书面约定谁负责什么。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="147"/>
        <source>We are bigger: make it easy for them to work with us and keep our promises small and sure.</source>
        <translation>我方体量更大：让对方与我们合作更轻松，承诺宁小而必达。</translation>
    </message>
</context>
<context>
    <name>LocationBanner</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/location_banner.py" line="29"/>
        <source>Warning about where the journal is</source>
        <translation>关于日志位置的警告</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/location_banner.py" line="31"/>
        <source>Move the Journal…</source>
        <translation>移动日志…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/location_banner.py" line="37"/>
        <source>Close the warning</source>
        <translation>关闭警告</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/location_banner.py" line="43"/>
        <source>To move the journal somewhere safe:

1. Quit PartnerBook.
2. Move %1 (and the folder of backups beside it) to a folder on this computer that is not synced, e.g. your user data folder.
3. Open it there: partnerbook --db NEW_PATH, or leave it in the default place.

To share it between computers, copy a backup (File → Back Up Now) instead of syncing the open journal.</source>
        <translation>要把日志移到安全的位置：

1. 退出 PartnerBook。
2. 把 %1（以及旁边的备份文件夹）移到这台电脑上不同步的文件夹，例如用户数据文件夹。
3. 在那里打开它：partnerbook --db 新路径，或者放在默认位置。

要在多台电脑之间共用，请复制一份备份（文件 → 立即备份），而不是同步正在打开的日志。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/location_banner.py" line="53"/>
        <source>Move the Journal</source>
        <translation>移动日志</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="153"/>
        <source>Relationships</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="158"/>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="160"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="161"/>
        <source>People</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="162"/>
        <source>Partners</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="163"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="164"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="210"/>
        <source>&amp;Quick Note…</source>
        <translation>快速笔记(&amp;Q)…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="213"/>
        <source>Log what was said, in seconds</source>
        <translation>几秒钟记下聊了什么</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="216"/>
        <source>New &amp;Person…</source>
        <translation>新建联系人(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="219"/>
        <source>Add a person</source>
        <translation>添加联系人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="222"/>
        <source>New Pa&amp;rtner…</source>
        <translation>新建合作伙伴(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="222"/>
        <source>Add a partner</source>
        <translation>添加合作伙伴</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="225"/>
        <source>&amp;Import Contacts…</source>
        <translation>导入联系人(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="228"/>
        <source>Bring people in from a vCard or a Google, LinkedIn or Outlook CSV</source>
        <translation>从 vCard 或 Google、LinkedIn、Outlook 的 CSV 文件导入联系人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="231"/>
        <source>Open the &amp;Demo Journal</source>
        <translation>打开演示日志(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="234"/>
        <source>A separate sample journal to explore</source>
        <translation>一份可供浏览的独立示例日志</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="237"/>
        <source>&amp;Back Up Now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="240"/>
        <source>Save a verified copy of the journal</source>
        <translation>保存一份经过校验的日志副本</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="242"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="243"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="245"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="248"/>
        <source>&amp;Search…</source>
        <translation>搜索(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="251"/>
        <source>Search people, partners and notes</source>
        <translation>搜索联系人、合作伙伴和笔记</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="254"/>
        <source>&amp;Filter the List</source>
        <translation>筛选列表(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="257"/>
        <source>Filter the list</source>
        <translation>筛选列表</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="260"/>
        <source>P&amp;resentation Mode</source>
        <translation>演示模式(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="263"/>
        <source>Hide motivations, personal details, notes and the give &amp; take while sharing</source>
        <translation>共享屏幕时隐藏动机、个人信息、备注和付出与收获</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="268"/>
        <source>Who&apos;s in &amp;Town…</source>
        <translation>当地有谁(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="271"/>
        <source>People in a city or country, the longest unseen first</source>
        <translation>某个城市或国家的联系人，最久未见的排在最前</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="274"/>
        <source>&amp;Go To…</source>
        <translation>转到(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="277"/>
        <source>Jump to a person, a partner, a view or an action</source>
        <translation>跳转到联系人、合作伙伴、视图或操作</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="280"/>
        <source>&amp;Archive or Unarchive</source>
        <translation>归档或取消归档(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="283"/>
        <source>Archived people and partners leave the lists but keep their history</source>
        <translation>归档的联系人和合作伙伴不再出现在列表中，但历史记录会保留</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="286"/>
        <source>Move to &amp;Trash</source>
        <translation>移到回收站(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="289"/>
        <source>Move the selected person or partner to the trash</source>
        <translation>将选中的联系人或合作伙伴移到回收站</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="292"/>
        <source>Meeting &amp;Brief…</source>
        <translation>会前简报(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="295"/>
        <source>One page on the selected person or partner, to read or print</source>
        <translation>关于选中联系人或合作伙伴的一页纸简报，可阅读或打印</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="298"/>
        <source>T&amp;oday</source>
        <translation>今日(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="299"/>
        <source>&amp;People</source>
        <translation>联系人(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="301"/>
        <source>P&amp;artners</source>
        <translation>合作伙伴(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="304"/>
        <source>&amp;Timeline</source>
        <translation>时间线(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="306"/>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="311"/>
        <location filename="../../partnerbook/ui/main_window.py" line="324"/>
        <source>Follow the &amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="312"/>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="313"/>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="337"/>
        <source>Start at &amp;Login</source>
        <translation>登录时启动(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="339"/>
        <source>Open PartnerBook when you log in, so reminders come on time</source>
        <translation>登录时打开 PartnerBook，以便准时提醒</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="343"/>
        <source>&amp;About PartnerBook</source>
        <translation>关于 PartnerBook(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="348"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="362"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="368"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="374"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="376"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="381"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="385"/>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="415"/>
        <source>The journal this window shows</source>
        <translation>此窗口显示的日志</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="417"/>
        <location filename="../../partnerbook/ui/main_window.py" line="435"/>
        <source>Presentation mode</source>
        <translation>演示模式</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="419"/>
        <source>Presentation mode is on</source>
        <translation>演示模式已开启</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="422"/>
        <source>Motivations, personal details, notes and the give &amp; take are hidden (Ctrl+Shift+P)</source>
        <translation>动机、个人信息、备注和付出与收获已隐藏（Ctrl+Shift+P）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="606"/>
        <source>Follow up now</source>
        <translation>现在该跟进了</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="660"/>
        <source>PartnerBook will open when you log in.</source>
        <translation>登录时将打开 PartnerBook。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="662"/>
        <source>PartnerBook will no longer open at login.</source>
        <translation>登录时将不再打开 PartnerBook。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="684"/>
        <source>View</source>
        <translation>视图</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="727"/>
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="811"/>
        <source>This entry has no note to open; open its people from the list.</source>
        <translation>此条目没有可打开的笔记；请从列表中打开相关联系人。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="853"/>
        <source>Contacts (%1)</source>
        <translation>联系人 (%1)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="857"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="861"/>
        <source>Import Contacts</source>
        <translation>导入联系人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="914"/>
        <source>Select a person or a partner to see their brief.</source>
        <translation>请选择一位联系人或一个合作伙伴以查看其简报。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="947"/>
        <source>About PartnerBook</source>
        <translation>关于 PartnerBook</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="949"/>
        <source>&lt;h3&gt;PartnerBook %1&lt;/h3&gt;&lt;p&gt;A relationship journal for partnership managers, business developers and sales people.&lt;/p&gt;&lt;p&gt;Your journal: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PartnerBook %1&lt;/h3&gt;&lt;p&gt;为合作伙伴经理、业务拓展和销售人员打造的关系日志。&lt;/p&gt;&lt;p&gt;您的日志：%2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MasterDetailView</name>
    <message>
        <location filename="../../partnerbook/ui/views/list_view.py" line="113"/>
        <source>Show archived</source>
        <translation>显示已归档</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/list_view.py" line="225"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/list_view.py" line="230"/>
        <source>%1 shown</source>
        <translation>显示 %1 项</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/list_view.py" line="302"/>
        <source>Moved to the trash. Ctrl+Z brings it back.</source>
        <translation>已移到回收站。按 Ctrl+Z 可恢复。</translation>
    </message>
</context>
<context>
    <name>PartnerPage</name>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="75"/>
        <source>Partner name</source>
        <translation>合作伙伴名称</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="83"/>
        <source>Write a Review…</source>
        <translation>写复盘…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="84"/>
        <source>KPIs against their targets, a summary, next steps</source>
        <translation>KPI 与目标对比、总结、后续步骤</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="102"/>
        <source>Relationship</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="106"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="116"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="121"/>
        <source>e.g. bank, e-wallet, designer</source>
        <translation>例如：银行、电子钱包、设计师</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="121"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="125"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="123"/>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="126"/>
        <source>Standing</source>
        <translation>相对地位</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="126"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="127"/>
        <source>standing</source>
        <translation>相对地位</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="129"/>
        <source>Our size</source>
        <translation>我方体量</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="135"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="143"/>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="136"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="137"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="138"/>
        <source>website</source>
        <translation>网站</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="139"/>
        <source>city</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="140"/>
        <source>country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="144"/>
        <source>Based in</source>
        <translation>所在地</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="145"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="149"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="147"/>
        <source>tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="153"/>
        <source>What we bring each other</source>
        <translation>我们能为彼此带来什么</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="164"/>
        <source>For whom</source>
        <translation>受益方</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="171"/>
        <source>Horizon</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="176"/>
        <source>Benefit, concrete</source>
        <translation>具体收益</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="179"/>
        <source>How much</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="183"/>
        <source>how much</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="187"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="191"/>
        <source>unit, e.g. customers</source>
        <translation>单位，例如：客户</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="195"/>
        <source>Add benefit</source>
        <translation>添加收益</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="201"/>
        <source>Write 2–3 short-term and 2–3 long-term benefits for them, quantified.</source>
        <translation>为对方写下 2–3 项短期收益和 2–3 项长期收益，并加以量化。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="209"/>
        <source>Fit</source>
        <translation>契合度</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="211"/>
        <source>Complementary strengths</source>
        <translation>优势互补</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="212"/>
        <source>Audience fit</source>
        <translation>受众匹配</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="213"/>
        <source>Trust</source>
        <translation>信任</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="214"/>
        <source>Size proportion</source>
        <translation>体量相当</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="215"/>
        <source>Willingness to cooperate</source>
        <translation>合作意愿</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="227"/>
        <source>why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="227"/>
        <source>Why: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="235"/>
        <source>Overall: why they fit, or not</source>
        <translation>总体：为什么契合或不契合</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="235"/>
        <source>Fit notes</source>
        <translation>契合度备注</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="236"/>
        <source>fit notes</source>
        <translation>契合度备注</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="241"/>
        <source>Agreement</source>
        <translation>协议</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="243"/>
        <source>What we do together</source>
        <translation>我们一起做什么</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="243"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="264"/>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="245"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="265"/>
        <source>Who does what</source>
        <translation>谁负责什么</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="245"/>
        <source>Responsibilities</source>
        <translation>职责分工</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="247"/>
        <source>e.g. 70/30 on net revenue</source>
        <translation>例如：按净收入 70/30 分成</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="247"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="266"/>
        <source>Revenue share</source>
        <translation>收入分成</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="248"/>
        <source>Duration, exclusivity, notice…</source>
        <translation>期限、排他性、通知期…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="248"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="267"/>
        <source>Terms</source>
        <translation>条款</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="249"/>
        <source>a date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="249"/>
        <source>Renewal date</source>
        <translation>续约日期</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="251"/>
        <source>scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="253"/>
        <source>responsibilities</source>
        <translation>职责分工</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="255"/>
        <source>revenue share</source>
        <translation>收入分成</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="256"/>
        <source>terms</source>
        <translation>条款</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="260"/>
        <source>renewal date</source>
        <translation>续约日期</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="268"/>
        <source>Renewal</source>
        <translation>续约</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="270"/>
        <source>Referral terms</source>
        <translation>转介绍条款</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="271"/>
        <source>referral terms</source>
        <translation>转介绍条款</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="272"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="277"/>
        <source>fee</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="272"/>
        <source>Fee per referral</source>
        <translation>每次转介绍费用</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="281"/>
        <source>Referral percentage</source>
        <translation>转介绍提成比例</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="286"/>
        <source>percentage</source>
        <translation>提成比例</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="290"/>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="292"/>
        <source>currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="298"/>
        <source>Referrals</source>
        <translation>转介绍</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="300"/>
        <source>Review rhythm</source>
        <translation>复盘周期</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="300"/>
        <source>No reviews</source>
        <translation>不复盘</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="302"/>
        <source>review rhythm</source>
        <translation>复盘周期</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="303"/>
        <source>Reviews</source>
        <translation>复盘</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="307"/>
        <source>People</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="327"/>
        <source>Referral terms: none agreed.</source>
        <translation>转介绍条款：未约定。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="330"/>
        <source>Referral terms: a fixed fee of %1 per referral.</source>
        <translation>转介绍条款：每次转介绍固定费用 %1。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="333"/>
        <source>Referral terms: %1 % of each referral.</source>
        <translation>转介绍条款：每次转介绍提成 %1%。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="334"/>
        <source>Referral terms: %1.</source>
        <translation>转介绍条款：%1。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="354"/>
        <source>since %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="359"/>
        <source>%1 on %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="371"/>
        <source>Benefits for them so far: %1 short-term, %2 long-term. Aim for two or three of each, concrete and quantified.</source>
        <translation>目前为对方列出的收益：短期 %1 项，长期 %2 项。每类争取两三项，具体并加以量化。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="382"/>
        <source>Average %1 / 5</source>
        <translation>平均 %1 / 5</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="396"/>
        <source>Nobody here yet: set this partner on a person&apos;s page.</source>
        <translation>这里还没有人：请在联系人页面上设置此合作伙伴。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="406"/>
        <source>(before, until %1)</source>
        <translation>（曾任职，至 %1）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="419"/>
        <source>Open %1</source>
        <translation>打开 %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="460"/>
        <source>Change stage</source>
        <translation>更改阶段</translation>
    </message>
</context>
<context>
    <name>PartnersViewText</name>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="38"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="39"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="41"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="45"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="47"/>
        <source>People</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="52"/>
        <source>Last contact</source>
        <translation>上次联系</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="57"/>
        <source>Stay in touch</source>
        <translation>保持联系</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="106"/>
        <source>New partner</source>
        <translation>新建合作伙伴</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="107"/>
        <source>Name of the organisation:</source>
        <translation>机构名称：</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="108"/>
        <source>Add partner</source>
        <translation>添加合作伙伴</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="109"/>
        <source>Move partner to the trash</source>
        <translation>将合作伙伴移到回收站</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="112"/>
        <source>Pick a partner on the left, or press %1 to add one.</source>
        <translation>请在左侧选择一个合作伙伴，或按 %1 添加。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="124"/>
        <source>Filter by name, kind, stage or city (Ctrl+Shift+F)</source>
        <translation>按名称、类型、阶段或城市筛选（Ctrl+Shift+F）</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/passphrase.py" line="33"/>
        <source>Encrypted Journal</source>
        <translation>加密日志</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/passphrase.py" line="38"/>
        <source>The journal %1 is encrypted. Type its passphrase.</source>
        <translation>日志 %1 已加密。请输入它的口令。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/passphrase.py" line="45"/>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/passphrase.py" line="52"/>
        <source>Remember on this computer</source>
        <translation>在这台电脑上记住</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/passphrase.py" line="54"/>
        <source>Keep the passphrase in the system&apos;s keyring.</source>
        <translation>把口令保存在系统的密钥环中。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/passphrase.py" line="59"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/passphrase.py" line="64"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/passphrase.py" line="79"/>
        <source>The passphrase does not open this journal. Try again.</source>
        <translation>此口令无法打开这个日志，请重试。</translation>
    </message>
</context>
<context>
    <name>PeopleChips</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/people_chips.py" line="58"/>
        <source>Who? Type three letters…</source>
        <translation>和谁？输入名字的开头几个字…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/people_chips.py" line="59"/>
        <source>People</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/people_chips.py" line="61"/>
        <source>Type part of a name and press Enter to add the person</source>
        <translation>输入名字的一部分，按 Enter 添加此人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/people_chips.py" line="118"/>
        <source>New person &quot;%1&quot;</source>
        <translation>新联系人“%1”</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/people_chips.py" line="172"/>
        <source>%1 (new)</source>
        <translation>%1（新）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/people_chips.py" line="175"/>
        <source>Remove %1 from this note</source>
        <translation>从此笔记中移除 %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/people_chips.py" line="178"/>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
</context>
<context>
    <name>PeopleViewText</name>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="42"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="43"/>
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="44"/>
        <source>Role</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="45"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="47"/>
        <source>Last contact</source>
        <translation>上次联系</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="52"/>
        <source>Stay in touch</source>
        <translation>保持联系</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="106"/>
        <source>New person</source>
        <translation>新建联系人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="107"/>
        <source>Name (in any script):</source>
        <translation>姓名（任何文字均可）：</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="108"/>
        <source>Add person</source>
        <translation>添加联系人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="109"/>
        <source>Move person to the trash</source>
        <translation>将联系人移到回收站</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="112"/>
        <source>Pick someone on the left, or press %1 to add a person.</source>
        <translation>请在左侧选择一位联系人，或按 %1 添加联系人。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="124"/>
        <source>Filter by name, partner, city or tag (Ctrl+Shift+F)</source>
        <translation>按姓名、合作伙伴、城市或标签筛选（Ctrl+Shift+F）</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="68"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="83"/>
        <source>What&apos;s in it for them</source>
        <translation>对方能得到什么</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="86"/>
        <source>You partner with a company, but you work with a person. What does this person personally get: a KPI, looking good to the boss, comfort, fun?</source>
        <translation>您是与公司合作，但打交道的是人。这个人自己能得到什么：KPI、在老板面前有面子、省心，还是乐趣？</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="94"/>
        <source>Weak</source>
        <translation>弱</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="94"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="94"/>
        <source>Strong</source>
        <translation>强</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="101"/>
        <source>Motivation</source>
        <translation>动机</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="106"/>
        <source>In their words</source>
        <translation>对方原话</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="109"/>
        <source>How sure</source>
        <translation>把握程度</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="114"/>
        <source>Strength</source>
        <translation>强度</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="117"/>
        <source>Last confirmed</source>
        <translation>上次确认</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="120"/>
        <source>last confirmed</source>
        <translation>上次确认</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="124"/>
        <source>Add motivation</source>
        <translation>添加动机</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="130"/>
        <source>No motivation noted yet. Ask, listen, and write down what you hear.</source>
        <translation>还没有记录动机。多问、多听，把听到的记下来。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="139"/>
        <source>Work</source>
        <translation>工作</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="146"/>
        <source>New partner &quot;%1&quot;</source>
        <translation>新合作伙伴“%1”</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="149"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="152"/>
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="150"/>
        <source>Type to find a partner</source>
        <translation>输入以查找合作伙伴</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="153"/>
        <source>e.g. Head of Partnerships</source>
        <translation>例如：合作伙伴关系负责人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="153"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="155"/>
        <source>Role</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="154"/>
        <source>role</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="156"/>
        <source>Stakeholder role</source>
        <translation>决策角色</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="156"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="294"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="157"/>
        <source>stakeholder role</source>
        <translation>决策角色</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="158"/>
        <source>Plays the part of</source>
        <translation>扮演角色</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="159"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="161"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="160"/>
        <source>department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="166"/>
        <source>Before</source>
        <translation>曾任职</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="171"/>
        <source>Personal</source>
        <translation>个人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="178"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="205"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="183"/>
        <source>Detail</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="184"/>
        <source>Learned on</source>
        <translation>得知日期</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="187"/>
        <source>Add personal detail</source>
        <translation>添加个人信息</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="189"/>
        <source>Family, hobbies, what to ask about next time: coffee talk is made of these.</source>
        <translation>家人、爱好、下次要问的事：咖啡闲聊聊的就是这些。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="198"/>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="210"/>
        <source>Email, phone or web address</source>
        <translation>电子邮件、电话或网址</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="212"/>
        <source>Label</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="212"/>
        <source>work, home…</source>
        <translation>工作、私人…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="216"/>
        <source>Add email, phone or link</source>
        <translation>添加电子邮件、电话或链接</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="226"/>
        <source>About</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="229"/>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="230"/>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="231"/>
        <source>given name</source>
        <translation>名</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="232"/>
        <source>family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="235"/>
        <source>Names</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="237"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="238"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="239"/>
        <source>city</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="240"/>
        <source>country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="243"/>
        <source>Lives in</source>
        <translation>居住地</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="244"/>
        <source>e.g. vi, en</source>
        <translation>例如：zh, en</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="244"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="248"/>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="246"/>
        <source>languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="249"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="250"/>
        <source>Where and how you met</source>
        <translation>在哪里、如何认识的</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="250"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="252"/>
        <source>How we met</source>
        <translation>如何认识</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="251"/>
        <source>how we met</source>
        <translation>如何认识</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="253"/>
        <source>a date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="253"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="258"/>
        <source>Met on</source>
        <translation>相识日期</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="256"/>
        <source>met on</source>
        <translation>相识日期</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="265"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="275"/>
        <source>Introduced by</source>
        <translation>介绍人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="266"/>
        <source>Type to find who introduced you</source>
        <translation>输入以查找介绍人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="270"/>
        <source>introduced by</source>
        <translation>介绍人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="276"/>
        <source>e.g. fintech, Hanoi, VIP</source>
        <translation>例如：金融科技、河内、VIP</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="276"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="280"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="278"/>
        <source>tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="291"/>
        <source>Birthday day</source>
        <translation>生日（日）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="293"/>
        <source>Birthday month</source>
        <translation>生日（月）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="299"/>
        <source>Birth year (optional)</source>
        <translation>出生年份（可选）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="299"/>
        <source>year?</source>
        <translation>年份？</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="302"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="303"/>
        <source>birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="304"/>
        <source>birth year</source>
        <translation>出生年份</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="337"/>
        <source>%1 at %2</source>
        <translation>%2 %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="344"/>
        <source>%1, %2 (until %3)</source>
        <translation>%2，%1（至 %3）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="345"/>
        <source>no role noted</source>
        <translation>未记录职位</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="346"/>
        <source>a deleted partner</source>
        <translation>已删除的合作伙伴</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="350"/>
        <source>No earlier partners</source>
        <translation>此前无其他合作伙伴</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="356"/>
        <source>%1 · last contact %2</source>
        <translation>%1 · 上次联系 %2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="388"/>
        <source>Change partner</source>
        <translation>更换合作伙伴</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <location filename="../../partnerbook/ui/presentation.py" line="31"/>
        <source>Hidden while presenting</source>
        <translation>演示时隐藏</translation>
    </message>
</context>
<context>
    <name>QuickCapture</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="69"/>
        <source>Quick Note</source>
        <translation>快速笔记</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="102"/>
        <source>What was said? e.g. coffee — she needs a Q1 KPI win; follow up next Tuesday</source>
        <translation>聊了什么？例如：咖啡——她需要拿下 Q1 的 KPI；跟进：下周二</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="104"/>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="105"/>
        <source>Enter saves, Shift+Enter starts a new line</source>
        <translation>Enter 保存，Shift+Enter 换行</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="114"/>
        <source>What PartnerBook understood</source>
        <translation>PartnerBook 的理解</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="122"/>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="133"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="127"/>
        <source>When it happened</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="128"/>
        <source>now — or yesterday 15:00, last Friday…</source>
        <translation>默认为现在——或 昨天 15:00、上周五…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="138"/>
        <source>The company, if any</source>
        <translation>公司（如有）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="139"/>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="141"/>
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="142"/>
        <source>Follow up on</source>
        <translation>跟进日期</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="144"/>
        <source>no follow-up — or next tuesday, in 2 weeks…</source>
        <translation>默认不跟进——或 下周二、2周后…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="146"/>
        <source>Follow up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="156"/>
        <source>Enter saves · Shift+Enter new line · Esc keeps the draft</source>
        <translation>Enter 保存 · Shift+Enter 换行 · Esc 保留草稿</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="159"/>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="160"/>
        <source>Forget this draft</source>
        <translation>丢弃此草稿</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="163"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="210"/>
        <source>follow-up %1 %2</source>
        <translation>跟进 %1 %2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="217"/>
        <source>(“%1” is not a date I understand: no follow-up set)</source>
        <translation>（无法识别“%1”这个日期：未设置跟进）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="254"/>
        <source>The follow-up date is not one I understand: change it or clear it.</source>
        <translation>无法识别跟进日期：请修改或清空。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="260"/>
        <source>When it happened is not a date I understand.</source>
        <translation>无法识别发生时间。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="285"/>
        <source>What you typed stays here, and is kept in %1 until it can be saved.</source>
        <translation>你输入的内容留在这里，并保存在 %1，直到可以存入日志。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="308"/>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="310"/>
        <source>Saved for %1: %2</source>
        <translation>已为 %1 保存：%2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="314"/>
        <source>follow-up %1</source>
        <translation>跟进 %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="395"/>
        <source>The journal cannot be written: %1
What you type stays in this window and is kept in %2 until the journal can take it.</source>
        <translation>无法写入日志：%1
你输入的内容会留在此窗口，并保存在 %2，直到日志可以写入。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="404"/>
        <source>The draft could not be kept (%1). Keep this window open.</source>
        <translation>无法保留草稿（%1）。请不要关闭此窗口。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="452"/>
        <source>Your unsaved note is back, as you left it.</source>
        <translation>您未保存的笔记已恢复，和离开时一样。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="458"/>
        <source>Your unsaved note is back, as you left it. The journal could not be written then, so it was kept in a file of its own; it is in the journal again now.</source>
        <translation>你未保存的笔记已恢复，和你离开时一样。当时无法写入日志，所以它被保存在单独的文件里；现在它已重新存入日志。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="466"/>
        <source>Your unsaved note is back, as you left it. The journal still cannot be written, so it stays kept in a file of its own.</source>
        <translation>你未保存的笔记已恢复，和你离开时一样。日志仍然无法写入，所以它继续保存在单独的文件里。</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/reminder_banner.py" line="23"/>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/reminder_banner.py" line="25"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/reminder_banner.py" line="27"/>
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/reminder_banner.py" line="28"/>
        <source>Remind me tomorrow morning</source>
        <translation>明天早上提醒我</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/reminder_banner.py" line="33"/>
        <source>Close the reminder</source>
        <translation>关闭提醒</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/reminder_banner.py" line="50"/>
        <source>Follow up now: %1</source>
        <translation>现在该跟进：%1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/reminder_banner.py" line="52"/>
        <source>(and %1 more)</source>
        <translation>（还有 %1 项）</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="60"/>
        <source>Review of %1</source>
        <translation>%1 复盘</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="69"/>
        <source>Rhythm</source>
        <translation>周期</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="72"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="72"/>
        <source>Period from</source>
        <translation>期间起始</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="73"/>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="73"/>
        <source>Period to</source>
        <translation>期间结束</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="79"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="83"/>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="85"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="85"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="85"/>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="85"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="96"/>
        <source>Add a KPI</source>
        <translation>添加 KPI</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="99"/>
        <source>Remove the KPI</source>
        <translation>移除此 KPI</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="107"/>
        <source>How the period went</source>
        <translation>本期情况如何</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="107"/>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="111"/>
        <source>Summary</source>
        <translation>总结</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="109"/>
        <source>What happens next, and who does it</source>
        <translation>接下来做什么，由谁负责</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="109"/>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="113"/>
        <source>Next steps</source>
        <translation>后续步骤</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="186"/>
        <source>Give the period&apos;s first and last day.</source>
        <translation>请填写期间的第一天和最后一天。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="227"/>
        <source>Save a review</source>
        <translation>保存复盘</translation>
    </message>
</context>
<context>
    <name>SatelliteEditor</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="175"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="176"/>
        <source>Remove this item</source>
        <translation>移除此项</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="246"/>
        <source>Add a Motivation</source>
        <translation>添加动机</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="246"/>
        <source>Remove a Motivation</source>
        <translation>移除动机</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="248"/>
        <source>Add a Personal Detail</source>
        <translation>添加个人信息</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="249"/>
        <source>Remove a Personal Detail</source>
        <translation>移除个人信息</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="251"/>
        <source>Add a Contact</source>
        <translation>添加联系方式</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="251"/>
        <source>Remove a Contact</source>
        <translation>移除联系方式</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="252"/>
        <source>Add a Benefit</source>
        <translation>添加收益</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="252"/>
        <source>Remove a Benefit</source>
        <translation>移除收益</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="254"/>
        <source>Add a Row</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="254"/>
        <source>Remove a Row</source>
        <translation>移除一行</translation>
    </message>
</context>
<context>
    <name>SaveState</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/form.py" line="36"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/form.py" line="37"/>
        <source>All changes saved</source>
        <translation>所有更改已保存</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/form.py" line="38"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="170"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="172"/>
        <source>Search names and notes — no accents needed: nguyen, kpi q1, 合作</source>
        <translation>搜索姓名和笔记——无需输入声调符号：nguyen、kpi q1、合作</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="191"/>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="298"/>
        <source>People</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="299"/>
        <source>Partners</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="300"/>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="315"/>
        <source>Search everything in the journal: people, partners and every note.

Type a name or its beginning (“ngu” finds Nguyễn), a few words of a note (“q1 kpi”), a city or a partner. Case and accents do not matter, and Chinese works as written (合作).

Down moves into the results; Enter opens the first one.</source>
        <translation>搜索日志中的全部内容：联系人、合作伙伴和每一条笔记。

输入姓名或其开头（“ngu”可找到 Nguyễn）、笔记中的几个词（“q1 kpi”）、城市或合作伙伴。不区分大小写和声调符号，中文按原文输入即可（合作）。

按 Down 键（↓）进入结果；按 Enter 打开第一个结果。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="328"/>
        <source>Nothing found for “%1”.

Try fewer words, or the beginning of a name.</source>
        <translation>未找到与“%1”相关的内容。

试试减少词语，或输入名字的开头。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/views/search_view.py" line="353"/>
        <source>%n found</source>
        <translation>
            <numerusform>找到 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="357"/>
        <source>The first %1 found; add a word to narrow them</source>
        <translation>显示前 %1 项；再加一个词可缩小范围</translation>
    </message>
</context>
<context>
    <name>TasksCard</name>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="64"/>
        <source>Follow-ups and promises</source>
        <translation>跟进与承诺</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="73"/>
        <source>Follow-up or promise</source>
        <translation>跟进或承诺</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="74"/>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="126"/>
        <source>Follow up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="78"/>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="79"/>
        <source>What is to be done</source>
        <translation>要做什么</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="80"/>
        <source>By when</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="81"/>
        <source>by when: next tuesday…</source>
        <translation>截止时间：下周二…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="83"/>
        <source>Repeat</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="84"/>
        <source>A follow-up can come back on a rhythm</source>
        <translation>跟进可以按周期重复</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="86"/>
        <source>Once</source>
        <translation>一次</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="87"/>
        <source>Every week</source>
        <translation>每周</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="88"/>
        <source>Every 2 weeks</source>
        <translation>每 2 周</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="89"/>
        <source>Every month</source>
        <translation>每月</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="90"/>
        <source>Every 3 months</source>
        <translation>每 3 个月</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="96"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="129"/>
        <source>by %1</source>
        <translation>截止 %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="140"/>
        <source>By when: that is not a date I understand.</source>
        <translation>截止时间：无法识别这个日期。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="166"/>
        <source>Add a follow-up</source>
        <translation>添加跟进</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="173"/>
        <source>Added (%1).</source>
        <translation>已添加（%1）。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="173"/>
        <source>Added.</source>
        <translation>已添加。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="202"/>
        <source>Tick a follow-up</source>
        <translation>勾选跟进</translation>
    </message>
</context>
<context>
    <name>TimelineDelegateText</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/timeline_delegate.py" line="71"/>
        <source>due %1</source>
        <translation>%1 到期</translation>
    </message>
</context>
<context>
    <name>TimelineList</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/timeline_list.py" line="52"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/timeline_list.py" line="142"/>
        <source>Open entry</source>
        <translation>打开条目</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/timeline_list.py" line="148"/>
        <location filename="../../partnerbook/ui/widgets/timeline_list.py" line="152"/>
        <source>Open %1</source>
        <translation>打开 %1</translation>
    </message>
</context>
<context>
    <name>TimelineModelText</name>
    <message>
        <location filename="../../partnerbook/ui/models/timeline_model.py" line="488"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/timeline_model.py" line="490"/>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="353"/>
        <source>Kind of entry</source>
        <translation>条目类型</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="364"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="379"/>
        <source>Nothing here yet: notes and follow-ups with them will appear here.</source>
        <translation>这里还没有内容：与对方相关的笔记和跟进会显示在这里。</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="136"/>
        <source>Kind of entry</source>
        <translation>条目类型</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="143"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="148"/>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="223"/>
        <source>All tags</source>
        <translation>所有标签</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="155"/>
        <source>Anyone</source>
        <translation>任何人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="156"/>
        <source>Person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="161"/>
        <source>Any partner</source>
        <translation>任何合作伙伴</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="162"/>
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="169"/>
        <source>&amp;Jump to</source>
        <translation>跳转到(&amp;J)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="173"/>
        <source>a date, e.g. 3 March or last Friday</source>
        <translation>日期，例如 3月3日 或 上周五</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="173"/>
        <source>Jump to date</source>
        <translation>跳转到日期</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="181"/>
        <source>From (date)</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="181"/>
        <source>From date</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="182"/>
        <source>To (date)</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="182"/>
        <source>To date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="187"/>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="188"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="193"/>
        <source>Timeline message</source>
        <translation>时间线消息</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="207"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="259"/>
        <source>The end date is before the start date.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="300"/>
        <source>Nothing matches these filters.</source>
        <translation>没有符合这些筛选条件的内容。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="301"/>
        <source>Nothing on the timeline yet. Notes, follow-ups and reviews appear here.</source>
        <translation>时间线上还没有内容。笔记、跟进和复盘会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="326"/>
        <source>Nothing on or before %1.</source>
        <translation>%1 及之前没有内容。</translation>
    </message>
</context>
<context>
    <name>TimelineViewText</name>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="47"/>
        <source>All kinds</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="48"/>
        <source>Interactions</source>
        <translation>互动</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="49"/>
        <source>Follow-ups</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="50"/>
        <source>Promises</source>
        <translation>承诺</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="51"/>
        <source>Give &amp; take</source>
        <translation>付出与收获</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="52"/>
        <source>Reviews</source>
        <translation>复盘</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="53"/>
        <source>Stage changes</source>
        <translation>阶段变更</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="95"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="108"/>
        <source>Promises kept</source>
        <translation>承诺兑现情况</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="114"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="115"/>
        <source>Snooze</source>
        <translation>推迟</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="116"/>
        <source>Log a Note</source>
        <translation>记笔记</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="117"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="117"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="118"/>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="118"/>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="142"/>
        <source>Today&apos;s list</source>
        <translation>今日列表</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="145"/>
        <source>D done, S snooze, L log a note, Enter open, P open the person, Delete dismiss, B a promise broken</source>
        <translation>D 完成，S 推迟，L 记笔记，Enter 打开，P 打开联系人，Delete 忽略，B 承诺未兑现</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="168"/>
        <source>Nothing is due today. Log what was said at your last meeting (Ctrl+L), or set a stay-in-touch rhythm on the people who matter.</source>
        <translation>今天没有到期事项。记下上次会面聊了什么（Ctrl+L），或为重要的人设置保持联系的频率。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="222"/>
        <source>You kept %1 of %2 promises (%3)</source>
        <translation>您兑现了 %2 个承诺中的 %1 个（%3）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="223"/>
        <source>they kept %1 of %2 (%3)</source>
        <translation>对方兑现了 %2 个中的 %1 个（%3）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="251"/>
        <source>Follow-ups due</source>
        <translation>到期的跟进</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="252"/>
        <source>Promises due this week</source>
        <translation>本周到期的承诺</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="253"/>
        <source>Time to get back in touch</source>
        <translation>待重新联系</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="254"/>
        <source>Partner reviews due</source>
        <translation>到期的合作伙伴复盘</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="255"/>
        <source>Birthdays this week</source>
        <translation>本周生日</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="264"/>
        <source>(the first %1)</source>
        <translation>（前 %1 项）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/views/today_view.py" line="289"/>
        <source>%n follow-up(s) due</source>
        <translation>
            <numerusform>%n 个跟进到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/views/today_view.py" line="290"/>
        <source>%n promise(s) due this week</source>
        <translation>
            <numerusform>本周有 %n 个承诺到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/views/today_view.py" line="291"/>
        <source>%n to get back in touch with</source>
        <translation>
            <numerusform>%n 人待重新联系</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/views/today_view.py" line="292"/>
        <source>%n partner review(s) due</source>
        <translation>
            <numerusform>%n 个合作伙伴复盘到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/views/today_view.py" line="293"/>
        <source>%n birthday(s) this week</source>
        <translation>
            <numerusform>本周有 %n 个生日</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="327"/>
        <source>never met yet</source>
        <translation>从未见过</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="328"/>
        <source>last spoke %1</source>
        <translation>上次交谈 %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="331"/>
        <location filename="../../partnerbook/ui/views/today_view.py" line="339"/>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="336"/>
        <source>1 day overdue</source>
        <translation>逾期 1 天</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="337"/>
        <source>%1 days overdue</source>
        <translation>逾期 %1 天</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="341"/>
        <source>tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="342"/>
        <source>in %1 days</source>
        <translation>%1 天后</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="387"/>
        <source>Promise kept</source>
        <translation>承诺已兑现</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="389"/>
        <source>Marked done</source>
        <comment>the status line after D</comment>
        <translation>已标记为完成</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="400"/>
        <source>Marked as broken</source>
        <translation>已标记为未兑现</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="408"/>
        <source>Dismissed</source>
        <translation>已忽略</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="414"/>
        <source>Snoozed</source>
        <translation>已推迟</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="423"/>
        <source>Later today</source>
        <translation>今天晚些时候</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="424"/>
        <source>Tomorrow morning</source>
        <translation>明天早上</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="425"/>
        <source>Next week</source>
        <translation>下周</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="429"/>
        <source>Pick a date…</source>
        <translation>选择日期…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="439"/>
        <source>Snooze until</source>
        <translation>推迟到</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="440"/>
        <source>Until when? (e.g. next tuesday, 5 December, thứ ba tuần sau)</source>
        <translation>推迟到什么时候？（例如：下周二、12月5日、next tuesday）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="448"/>
        <source>&apos;%1&apos; is not a date I understand; nothing was snoozed.</source>
        <translation>无法识别“%1”这个日期；未推迟任何事项。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="471"/>
        <source>%1. Ctrl+Z takes it back.</source>
        <translation>%1。按 Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="523"/>
        <source>Broken</source>
        <translation>未兑现</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="528"/>
        <source>Open %1</source>
        <translation>打开 %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="527"/>
        <source>them</source>
        <translation>对方</translation>
    </message>
</context>
<context>
    <name>TopicsCard</name>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_topics.py" line="34"/>
        <source>Personal topics learned</source>
        <translation>了解到的个人话题</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_topics.py" line="41"/>
        <source>One per line: family, hobbies, what to ask about next time. Offer them to the person&apos;s page to remember them there.</source>
        <translation>每行一条：家人、爱好、下次要问的事。可以把它们添加到联系人页面上，在那里记住。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_topics.py" line="50"/>
        <source>e.g. her daughter starts university in March</source>
        <translation>例如：她女儿三月上大学</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_topics.py" line="50"/>
        <source>Topics learned</source>
        <translation>了解到的话题</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_topics.py" line="68"/>
        <source>Add to %1&apos;s details</source>
        <translation>添加到 %1 的个人信息</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_topics.py" line="89"/>
        <source>%1&apos;s personal details already hold these.</source>
        <translation>%1 的个人信息中已有这些内容。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_topics.py" line="91"/>
        <source>One topic added to %1&apos;s personal details.</source>
        <translation>已将一个话题添加到 %1 的个人信息。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_topics.py" line="94"/>
        <source>%1 topics added to %2&apos;s personal details.</source>
        <translation>已将 %1 个话题添加到 %2 的个人信息。</translation>
    </message>
</context>
<context>
    <name>TrackRecord</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="24"/>
        <source>you have %1 open</source>
        <translation>您有 %1 个待兑现</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="24"/>
        <source>they have %1 open</source>
        <translation>对方有 %1 个待兑现</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="28"/>
        <source>no promises from you yet</source>
        <translation>您尚未做出承诺</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="30"/>
        <source>no promises from them yet</source>
        <translation>对方尚未做出承诺</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="33"/>
        <source>you kept %1 of %2 (%3)</source>
        <translation>您兑现了 %2 个中的 %1 个（%3）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="35"/>
        <source>they kept %1 of %2 (%3)</source>
        <translation>对方兑现了 %2 个中的 %1 个（%3）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="43"/>
        <source>%1 open</source>
        <translation>%1 个待兑现</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="49"/>
        <source>Promises: %1 · %2</source>
        <translation>承诺：%1 · %2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="55"/>
        <source>Give &amp; take: you have given %1, received %2</source>
        <translation>付出与收获：您已付出 %1 次，收获 %2 次</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="61"/>
        <source>referrals: %1 given (%2 won), %3 received</source>
        <translation>转介绍：送出 %1 个（成交 %2 个），收到 %3 个</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="68"/>
        <source>Give &amp; take: nothing noted yet.</source>
        <translation>付出与收获：尚无记录。</translation>
    </message>
</context>
<context>
    <name>WhenField</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/when_field.py" line="44"/>
        <source>today, yesterday 15:00…</source>
        <translation>今天、昨天 15:00…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/when_field.py" line="44"/>
        <source>tomorrow, next tuesday…</source>
        <translation>明天、下周二…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/when_field.py" line="46"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/when_field.py" line="49"/>
        <source>Date understood</source>
        <translation>识别出的日期</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/when_field.py" line="91"/>
        <source>Not a date I understand</source>
        <translation>无法识别的日期</translation>
    </message>
</context>
<context>
    <name>_Interval</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="28"/>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="31"/>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="32"/>
        <source>weeks</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="33"/>
        <source>%1 unit</source>
        <translation>%1的单位</translation>
    </message>
</context>
<context>
    <name>_TimelineBase</name>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="92"/>
        <source>Nothing on the timeline yet.</source>
        <translation>时间线上还没有内容。</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="403"/>
        <source>There is no such day; check the date.</source>
        <translation>没有这一天，请检查日期。</translation>
    </message>
</context>
</TS>
