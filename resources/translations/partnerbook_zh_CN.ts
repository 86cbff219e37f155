<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <location filename="../../partnerbook/app.py" line="312"/>
        <source>Writing eight years of sample relationships…</source>
        <translation>正在写入八年的示例关系记录…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="341"/>
        <source>The demo journal could not be made.</source>
        <translation>无法创建演示日志。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="342"/>
        <source>Details are in %1.</source>
        <translation>详情见 %1。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="371"/>
        <source>Backup saved and verified: %1</source>
        <translation>备份已保存并通过校验：%1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="423"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="427"/>
        <source>Show PartnerBook</source>
        <translation>显示 PartnerBook</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="457"/>
        <source>The journal&apos;s integrity check found problems: %1</source>
        <translation>日志完整性检查发现问题：%1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="532"/>
        <source>Restored the backup %1.</source>
        <translation>已恢复备份 %1。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="534"/>
        <source>The journal as it was is kept in %1.</source>
        <translation>原来的日志保存在 %1。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="578"/>
        <source>The journal is damaged: what you see may be incomplete.</source>
        <translation>日志已损坏：你看到的内容可能不完整。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="602"/>
        <source>Your journal is inside a %1 folder. Sync services copy a database while it is being written and can damage it.</source>
        <translation>你的日志位于 %1 文件夹中。同步服务会在数据库写入时复制它，可能导致损坏。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="608"/>
        <source>Your journal is on a network filesystem (%1). Network filesystems often get database locking wrong and can damage it.</source>
        <translation>你的日志位于网络文件系统（%1）上。网络文件系统常常处理不好数据库锁定，可能导致损坏。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="752"/>
        <source>PartnerBook hit a problem it did not expect. What you saved is safe.

Details were written to %1. Please report it.</source>
        <translation>PartnerBook 遇到了意外问题。您已保存的内容是安全的。

详情已写入 %1。请报告此问题。</translation>
    </message>
</context>
<context>
    <name>AutoSaver</name>
    <message>
        <location filename="../../partnerbook/ui/autosave.py" line="254"/>
        <source>Edit: %1</source>
        <comment>undo text; %1 is a field&apos;s label, e.g. &apos;Role&apos;</comment>
        <translation>编辑：%1</translation>
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
        <location filename="../../partnerbook/ui/brief/content.py" line="180"/>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="182"/>
        <source>yesterday</source>
        <translation>昨天</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/brief/content.py" line="184"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/brief/content.py" line="187"/>
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n 个月前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/brief/content.py" line="189"/>
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%n 年前</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="194"/>
        <source>no date</source>
        <translation>无日期</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/brief/content.py" line="197"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="198"/>
        <source>due %1, %2</source>
        <translation>%1 到期，%2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="200"/>
        <source>due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="201"/>
        <source>due %1</source>
        <translation>%1 到期</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="208"/>
        <source>weak</source>
        <translation>弱</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="208"/>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="208"/>
        <source>strong</source>
        <translation>强</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="214"/>
        <source>heard it</source>
        <comment>a motivation, in brackets: they said so</comment>
        <translation>亲耳听到</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="215"/>
        <source>guessed</source>
        <comment>a motivation, in brackets: our guess</comment>
        <translation>推测</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="222"/>
        <source>confirmed %1</source>
        <translation>%1 确认</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="225"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="228"/>
        <source>— check it</source>
        <translation>——有待核实</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="234"/>
        <source>Our value proposition</source>
        <translation>我们的价值主张</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="249"/>
        <source>Nothing written down yet: two or three benefits each way, with numbers.</source>
        <translation>尚未写下任何内容：为双方各写两三项收益，并附上数字。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="255"/>
        <source>Last interactions</source>
        <translation>最近的互动</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="257"/>
        <source>(%1 of %2)</source>
        <translation>（显示 %1 条，共 %2 条）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="270"/>
        <source>No interactions noted yet.</source>
        <translation>尚未记录任何互动。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="281"/>
        <source>… and %1 more</source>
        <translation>… 还有 %1 项</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="285"/>
        <source>Open promises</source>
        <translation>待兑现的承诺</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="291"/>
        <source>nothing open</source>
        <translation>暂无</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="297"/>
        <source>Open follow-ups</source>
        <translation>待办的跟进</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="301"/>
        <source>Nothing open.</source>
        <translation>暂无待办。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="308"/>
        <source>you have %1 open</source>
        <translation>您有 %1 个待兑现</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="308"/>
        <source>they have %1 open</source>
        <translation>对方有 %1 个待兑现</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="311"/>
        <source>no promises from you yet</source>
        <translation>您尚未做出承诺</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="313"/>
        <source>no promises from them yet</source>
        <translation>对方尚未做出承诺</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="316"/>
        <source>you kept %1 of %2 (%3)</source>
        <translation>您兑现了 %2 个中的 %1 个（%3）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="316"/>
        <source>they kept %1 of %2 (%3)</source>
        <translation>对方兑现了 %2 个中的 %1 个（%3）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="326"/>
        <source>Promises: %1 · %2</source>
        <translation>承诺：%1 · %2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="338"/>
        <source>You have given %1, received %2.</source>
        <translation>您已付出 %1 次，收获 %2 次。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="343"/>
        <source>Time for a deposit.</source>
        <translation>是时候往关系里“存款”了。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="347"/>
        <source>Referrals: %1 given (%2 won), %3 received</source>
        <translation>转介绍：送出 %1 个（成交 %2 个），收到 %3 个</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="353"/>
        <source>won: %1</source>
        <translation>成交价值：%1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="358"/>
        <source>Nothing given or received noted yet.</source>
        <translation>尚未记录任何付出或收获。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="381"/>
        <source>Who&apos;s who</source>
        <translation>人员一览</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="384"/>
        <source>Presentation copy: motivations, personal details and the give &amp; take are left out</source>
        <translation>演示版：已省略动机、个人信息和付出与收获</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="399"/>
        <source>Meeting brief · %1</source>
        <translation>会前简报 · %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="418"/>
        <source>What&apos;s in it for them</source>
        <translation>对方能得到什么</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="424"/>
        <source>Not known yet. Ask what they personally get: a KPI, their boss&apos;s praise, ease?</source>
        <translation>尚不清楚。问问对方自己能得到什么：KPI、老板的表扬，还是省心？</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="449"/>
        <source>Based in</source>
        <translation>所在地：</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="454"/>
        <source>speaks</source>
        <translation>会说</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="470"/>
        <source>Our standing:</source>
        <translation>我方相对地位：</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="476"/>
        <source>Never spoken to yet.</source>
        <translation>尚未交谈过。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="478"/>
        <source>Last spoke</source>
        <translation>上次交谈</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="488"/>
        <source>Personal: ask about</source>
        <translation>个人：可以聊聊</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="495"/>
        <source>Birthday: %1</source>
        <translation>生日：%1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="497"/>
        <source>today!</source>
        <translation>就是今天！</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="501"/>
        <source>tomorrow</source>
        <translation>明天</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/brief/content.py" line="503"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n 天后</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="517"/>
        <source>Introductions</source>
        <translation>引荐</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="520"/>
        <source>Introduced by %1</source>
        <translation>由 %1 引荐</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="523"/>
        <source>Introduced to us:</source>
        <translation>为我们引荐了：</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="527"/>
        <source>and %1 more</source>
        <translation>等另外 %1 人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="530"/>
        <source>How we met:</source>
        <translation>如何认识：</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="541"/>
        <source>since %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="552"/>
        <source>Web:</source>
        <translation>网站：</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="555"/>
        <source>Who&apos;s who and what&apos;s in it for them</source>
        <translation>谁是谁，各自能得到什么</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="566"/>
        <source>Nobody there noted yet.</source>
        <translation>尚未记录该合作伙伴的任何联系人。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="580"/>
        <source>Agreement</source>
        <translation>协议</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="583"/>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="584"/>
        <source>Who does what</source>
        <translation>谁负责什么</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="585"/>
        <source>Revenue share</source>
        <translation>收入分成</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="586"/>
        <source>Terms</source>
        <translation>条款</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="591"/>
        <source>Renewal:</source>
        <translation>续约：</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="595"/>
        <source>Referrals: a fixed fee of %1 each</source>
        <translation>转介绍：每次固定费用 %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="598"/>
        <source>Referrals: %1 of the revenue</source>
        <translation>转介绍：收入的 %1</translation>
    </message>
</context>
<context>
    <name>BriefDialog</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="80"/>
        <source>Meeting Brief — %1</source>
        <translation>会前简报 — %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="86"/>
        <source>Meeting brief</source>
        <translation>会前简报</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="88"/>
        <source>Ctrl+Down and Ctrl+Up move from one section to the next.</source>
        <translation>Ctrl+向下键和 Ctrl+向上键在各部分之间移动。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="106"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="107"/>
        <source>Print the brief (Ctrl+P)</source>
        <translation>打印简报（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="109"/>
        <source>&amp;Save As…</source>
        <translation>另存为(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="110"/>
        <source>Save the brief as PDF, HTML or Markdown (Ctrl+S)</source>
        <translation>将简报另存为 PDF、HTML 或 Markdown（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="189"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="190"/>
        <source>Web page (*.html)</source>
        <translation>网页 (*.html)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="191"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="195"/>
        <source>Save the Brief</source>
        <translation>保存简报</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="211"/>
        <source>The brief was not saved: %1</source>
        <translation>简报未保存：%1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="216"/>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
</context>
<context>
    <name>CadenceEditor</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="58"/>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="73"/>
        <source>Ideal rhythm</source>
        <translation>理想频率</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="59"/>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="63"/>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="81"/>
        <source>Too long after</source>
        <translation>过久阈值</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="61"/>
        <source>Ideally every</source>
        <translation>理想间隔：每</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="89"/>
        <source>No interaction logged yet.</source>
        <translation>尚未记录任何互动。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="94"/>
        <source>Last contact today.</source>
        <translation>上次联系：今天。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="96"/>
        <source>Last contact yesterday.</source>
        <translation>上次联系：昨天。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="99"/>
        <source>Last contact %1, %2 days ago.</source>
        <translation>上次联系：%1，%2 天前。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="104"/>
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
        <location filename="../../partnerbook/ui/dialogs/damaged_journal.py" line="37"/>
        <source>The journal is damaged</source>
        <translation>日志已损坏</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/damaged_journal.py" line="62"/>
        <source>Restore the Latest Good Backup (%1)</source>
        <translation>恢复最近的完好备份（%1）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/damaged_journal.py" line="43"/>
        <source>PartnerBook cannot read this journal: part of the file is damaged.
%1</source>
        <translation>PartnerBook 无法读取这个日志：文件的一部分已损坏。
%1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/damaged_journal.py" line="54"/>
        <source>The latest good backup is from %1. Restoring it brings back everything saved up to then. The damaged file is never deleted: it is moved aside, so what it holds beyond the backup can still be rescued, into
%2</source>
        <translation>最近一份完好的备份来自 %1。恢复它会找回在那之前保存的一切。损坏的文件永远不会被删除：它会被移到一旁，其中备份之外的内容仍可抢救，位置是
%2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/damaged_journal.py" line="69"/>
        <source>No backup that passes its check was found in
%1
The journal was not changed: keep the file, it may still be rescued.</source>
        <translation>在以下位置没有找到通过检查的备份：
%1
日志没有被更改：请保留这个文件，它也许还能抢救。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/damaged_journal.py" line="76"/>
        <source>Not Now</source>
        <translation>以后再说</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/damaged_journal.py" line="80"/>
        <source>Quit PartnerBook</source>
        <translation>退出 PartnerBook</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/dates.py" line="68"/>
        <source>&apos;%1&apos; is not a date.</source>
        <translation>“%1”不是日期。</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="36"/>
        <source>Welcome to PartnerBook</source>
        <translation>欢迎使用 PartnerBook</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="42"/>
        <source>Keep what each partner and each person wants, what was said over coffee, and what was promised on both sides. Start with the company you work with most, or the person you met last.</source>
        <translation>记下每个合作伙伴、每个人想要什么，喝咖啡时聊了什么，双方各自承诺了什么。可以从合作最多的公司开始，或者从最近见过的人开始。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="67"/>
        <source>Write a first note…</source>
        <translation>写第一条笔记…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="74"/>
        <source>Look around first</source>
        <translation>先随便看看</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="76"/>
        <source>A sample journal of its own: eight years of partners, people and notes in six languages. This one stays empty.</source>
        <translation>一本独立的示例日志：八年的合作伙伴、联系人和笔记，涵盖六种语言。您的这本日志仍然是空的。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="82"/>
        <source>Bring your contacts</source>
        <translation>导入您的联系人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="84"/>
        <source>A vCard or CSV export from your phone, Google, Outlook or LinkedIn. You see what each contact becomes before anything is saved.</source>
        <translation>从手机、Google、Outlook 或 LinkedIn 导出的 vCard 或 CSV 文件。保存之前，您会先看到每位联系人将如何导入。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="90"/>
        <source>Start from a conversation</source>
        <translation>从一次交谈开始</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="92"/>
        <source>Who you met and what was said, as in a notebook. The people and the partner you name are added as you save.</source>
        <translation>见了谁、聊了什么，就像记在笔记本上。保存时，您提到的联系人和合作伙伴会自动添加。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="105"/>
        <source>Or add one by hand:</source>
        <translation>或手动添加：</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="108"/>
        <source>Add a partner</source>
        <translation>添加合作伙伴</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="110"/>
        <source>Add a person</source>
        <translation>添加联系人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="61"/>
        <source>Import contacts…</source>
        <translation>导入联系人…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="64"/>
        <source>From your phone, Google, Outlook or LinkedIn: a vCard or CSV export</source>
        <translation>来自手机、Google、Outlook 或 LinkedIn：导出的 vCard 或 CSV 文件</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="56"/>
        <source>Explore the demo journal</source>
        <translation>浏览演示日志</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="58"/>
        <source>A separate sample journal with eight years of multilingual relationships</source>
        <translation>一份独立的示例日志，包含八年的多语言关系记录</translation>
    </message>
</context>
<context>
    <name>EntityPage</name>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="120"/>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="128"/>
        <source>Log a Note…</source>
        <translation>记笔记…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="129"/>
        <source>A quick note about them, with a follow-up if you like</source>
        <translation>快速记下关于对方的笔记，可附带跟进</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="137"/>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="141"/>
        <source>Track record</source>
        <translation>往来记录</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="143"/>
        <source>Note a Give or Take…</source>
        <translation>记录付出或收获…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="145"/>
        <source>A favour, an introduction, a referral, a resource, a payment</source>
        <translation>一次帮忙、一次引荐、一次转介绍、一份资源、一笔付款</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="205"/>
        <source>Stay in touch</source>
        <translation>保持联系</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="209"/>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="210"/>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="211"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="210"/>
        <source>Anything else worth remembering</source>
        <translation>其他值得记住的事</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="228"/>
        <source>Brief…</source>
        <translation>简报…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="230"/>
        <source>The one-page meeting brief, to read, print or save (Ctrl+B)</source>
        <translation>一页纸的会前简报，可阅读、打印或保存（Ctrl+B）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="234"/>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="309"/>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="238"/>
        <source>Archived people and partners leave the lists but keep their history (Ctrl+Shift+A)</source>
        <translation>归档的联系人和合作伙伴不再出现在列表中，但历史记录会保留（Ctrl+Shift+A）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="257"/>
        <source>Save state</source>
        <translation>保存状态</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="306"/>
        <source>Changes save as you type</source>
        <translation>输入时自动保存</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="241"/>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="309"/>
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
    <name>Field</name>
    <message>
        <location filename="../../partnerbook/services/interaction_editing.py" line="113"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/interaction_editing.py" line="115"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/interaction_editing.py" line="117"/>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/interaction_editing.py" line="118"/>
        <source>Warmth</source>
        <translation>热度</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/ledger.py" line="70"/>
        <source>The name of whom it was for</source>
        <translation>受益人姓名</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="77"/>
        <location filename="../../partnerbook/services/people.py" line="66"/>
        <source>The name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="78"/>
        <source>The standing</source>
        <translation>关系状态</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="79"/>
        <source>The website</source>
        <translation>网站</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="80"/>
        <location filename="../../partnerbook/services/people.py" line="72"/>
        <source>The city</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="81"/>
        <location filename="../../partnerbook/services/people.py" line="73"/>
        <source>The country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="82"/>
        <location filename="../../partnerbook/services/people.py" line="82"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="83"/>
        <source>The scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="84"/>
        <source>Responsibilities</source>
        <translation>职责</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="85"/>
        <source>The revenue share</source>
        <translation>收入分成</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="86"/>
        <source>The terms</source>
        <translation>条款</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="87"/>
        <source>The renewal date</source>
        <translation>续约日期</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="88"/>
        <source>Referral terms</source>
        <translation>推荐条款</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="89"/>
        <source>The fee per referral</source>
        <translation>每次推荐费用</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="90"/>
        <source>The referral percentage</source>
        <translation>推荐提成比例</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="91"/>
        <source>The currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="92"/>
        <location filename="../../partnerbook/services/people.py" line="80"/>
        <source>The ideal rhythm</source>
        <translation>理想频率</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="93"/>
        <location filename="../../partnerbook/services/people.py" line="81"/>
        <source>&apos;Too long&apos;</source>
        <translation>“太久”</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="94"/>
        <source>The review rhythm</source>
        <translation>复盘频率</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="107"/>
        <source>Complementary strengths</source>
        <translation>优势互补</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="108"/>
        <source>Audience fit</source>
        <translation>受众契合度</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="109"/>
        <source>Trust</source>
        <translation>信任</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="110"/>
        <source>Size proportion</source>
        <translation>规模匹配</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="111"/>
        <source>Willingness</source>
        <translation>意愿</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="112"/>
        <source>The note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="113"/>
        <source>Fit notes</source>
        <translation>契合度备注</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="114"/>
        <source>Assessed on</source>
        <translation>评估日期</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="122"/>
        <source>For whom</source>
        <translation>受益方</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="123"/>
        <source>The horizon</source>
        <translation>时间范围</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="124"/>
        <source>The benefit</source>
        <translation>收益</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="125"/>
        <source>The quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="126"/>
        <source>The unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="341"/>
        <source>Kinds</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="67"/>
        <source>The given name</source>
        <translation>名</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="68"/>
        <source>The family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="69"/>
        <source>The role</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="70"/>
        <source>The stakeholder role</source>
        <translation>利益相关方角色</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="71"/>
        <source>The department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="74"/>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="75"/>
        <source>The birthday month</source>
        <translation>生日（月）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="76"/>
        <source>The birthday day</source>
        <translation>生日（日）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="77"/>
        <source>The birth year</source>
        <translation>出生年份</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="78"/>
        <source>How we met</source>
        <translation>相识经过</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="79"/>
        <source>Met on</source>
        <translation>相识日期</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="115"/>
        <location filename="../../partnerbook/services/people.py" line="127"/>
        <source>The kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="116"/>
        <source>The value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="117"/>
        <source>The label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="128"/>
        <source>Their words</source>
        <translation>对方原话</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="129"/>
        <source>How sure</source>
        <translation>把握程度</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="132"/>
        <source>The strength</source>
        <translation>强度</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="133"/>
        <source>Last confirmed</source>
        <translation>最近确认</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="141"/>
        <source>The category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="142"/>
        <source>The detail</source>
        <translation>细节</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="143"/>
        <source>Learned on</source>
        <translation>得知日期</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/reviews.py" line="135"/>
        <source>The summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/reviews.py" line="136"/>
        <source>The next steps</source>
        <translation>下一步</translation>
    </message>
</context>
<context>
    <name>GiveTakeDialog</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="51"/>
        <source>Give &amp; Take</source>
        <translation>付出与收获</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="67"/>
        <source>Given or received</source>
        <translation>付出或收获</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="68"/>
        <source>I gave</source>
        <translation>我付出</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="69"/>
        <source>I received</source>
        <translation>我收获</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="71"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="78"/>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="80"/>
        <source>e.g. an intro to their CFO</source>
        <translation>例如：介绍对方认识他们的 CFO</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="81"/>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="82"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="83"/>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="85"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="84"/>
        <source>today — or last week, 3 March…</source>
        <translation>今天——或 上周、3月3日…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="87"/>
        <source>Whom the referral was for: a person or company</source>
        <translation>被转介绍的是谁：个人或公司</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="88"/>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="89"/>
        <source>Referred</source>
        <translation>被转介绍方</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="92"/>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="95"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="99"/>
        <source>Value, if any</source>
        <translation>价值（如有）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="100"/>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="108"/>
        <source>Value</source>
        <translation>价值</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="105"/>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="142"/>
        <source>When: that is not a date I understand.</source>
        <translation>时间：无法识别这个日期。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="186"/>
        <source>Note a give or take</source>
        <translation>记录付出或收获</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="208"/>
        <source>Edit a give or take</source>
        <translation>编辑付出或收获</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="122"/>
        <source>Import Contacts — %1</source>
        <translation>导入联系人 — %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="148"/>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="150"/>
        <source>File format</source>
        <translation>文件格式</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="174"/>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="176"/>
        <source>Show records</source>
        <translation>显示记录</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="188"/>
        <source>Contacts in the file</source>
        <translation>文件中的联系人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="224"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="227"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="237"/>
        <source>Save Error Re&amp;port…</source>
        <translation>保存错误报告(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="238"/>
        <source>Every record that could not be read, and why</source>
        <translation>所有无法读取的记录及原因</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="241"/>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="689"/>
        <source>&amp;Undo Import</source>
        <translation>撤销导入(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="244"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="247"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="286"/>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="287"/>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="288"/>
        <source>Google CSV</source>
        <translation>Google CSV</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="289"/>
        <source>LinkedIn CSV</source>
        <translation>LinkedIn CSV</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="290"/>
        <source>Outlook CSV</source>
        <translation>Outlook CSV</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="291"/>
        <source>Thunderbird CSV</source>
        <translation>Thunderbird CSV</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="305"/>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="622"/>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="333"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="363"/>
        <source>Cancelled: nothing was imported.</source>
        <translation>已取消：未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="369"/>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="378"/>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="391"/>
        <source>Automatic (%1)</source>
        <translation>自动（%1）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="420"/>
        <source>There are no contacts in this file.</source>
        <translation>此文件中没有联系人。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="423"/>
        <source>%Ln new</source>
        <translation>
            <numerusform>新建 %Ln 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="424"/>
        <source>%Ln updated</source>
        <translation>
            <numerusform>更新 %Ln 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="425"/>
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>未变 %Ln 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="427"/>
        <source>%Ln with an error</source>
        <translation>
            <numerusform>%Ln 个有错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="429"/>
        <source>%Ln with errors</source>
        <translation>
            <numerusform>%Ln 个有错误</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="432"/>
        <source>, </source>
        <comment>between the counts of an import</comment>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="434"/>
        <source>Imported: %1.</source>
        <translation>已导入：%1。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="444"/>
        <source>All (%1)</source>
        <translation>全部（%1）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="446"/>
        <source>To create (%1)</source>
        <translation>待新建（%1）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="447"/>
        <source>To update (%1)</source>
        <translation>待更新（%1）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="448"/>
        <source>Unchanged (%1)</source>
        <translation>未变（%1）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="449"/>
        <source>Errors (%1)</source>
        <translation>错误（%1）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="489"/>
        <source>Record %1, line %2</source>
        <translation>记录 %1，第 %2 行</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="516"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="541"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="548"/>
        <source>Importing %1 of %2…</source>
        <translation>正在导入第 %1 个，共 %2 个…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="575"/>
        <source>Import of %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="622"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="622"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="622"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="629"/>
        <source>Errors in %1</source>
        <translation>%1 中的错误</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="634"/>
        <source>Record %1, line %2: %3</source>
        <translation>记录 %1，第 %2 行：%3</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="646"/>
        <source>Text (*.txt)</source>
        <translation>文本 (*.txt)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="646"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="648"/>
        <source>Save the Error Report</source>
        <translation>保存错误报告</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="668"/>
        <source>Error report saved to %1</source>
        <translation>错误报告已保存到 %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="689"/>
        <source>&amp;Redo Import</source>
        <translation>重做导入(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="692"/>
        <source>The import was taken back.</source>
        <translation>导入已撤销。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="698"/>
        <source>%1 brings it all back.</source>
        <translation>按 %1 可全部恢复。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="700"/>
        <source>%1 takes the whole import back.</source>
        <translation>按 %1 可撤销整个导入。</translation>
    </message>
</context>
<context>
    <name>ImportModel</name>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="55"/>
        <source>Created</source>
        <translation>已新建</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="56"/>
        <source>Updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="57"/>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="58"/>
        <location filename="../../partnerbook/ui/models/import_model.py" line="64"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="61"/>
        <source>Create</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="62"/>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="63"/>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="219"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="220"/>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="221"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="222"/>
        <source>What happened</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="224"/>
        <source>What will happen</source>
        <translation>将执行</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="225"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="266"/>
        <source>Record %1</source>
        <translation>记录 %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="268"/>
        <source>Line %1</source>
        <translation>第 %1 行</translation>
    </message>
</context>
<context>
    <name>InTownDialog</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="113"/>
        <source>Who&apos;s in Town</source>
        <translation>当地有谁</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="128"/>
        <source>Where are you going? Whom should you see there?</source>
        <translation>您要去哪里？到了那里该见谁？</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="132"/>
        <source>City or country</source>
        <translation>城市或国家</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="134"/>
        <source>A city or a country, typed any way: hanoi, ha noi, tel aviv, italia</source>
        <translation>城市或国家，怎么写都行：hanoi、ha noi、tel aviv、italia</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="165"/>
        <source>People in town</source>
        <translation>当地的联系人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="172"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="172"/>
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="172"/>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="172"/>
        <source>Last met</source>
        <translation>上次见面</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="186"/>
        <source>Enter opens the person · L logs a note about them</source>
        <translation>Enter 打开联系人 · L 为其记笔记</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="189"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="191"/>
        <source>Log a Note…</source>
        <translation>记笔记…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="193"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="253"/>
        <source>Type where you are going. Cities and countries come from people&apos;s pages; the people you have not seen for longest come first.</source>
        <translation>输入您要去的地方。城市和国家取自联系人页面；最久没见的人排在最前面。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="260"/>
        <source>Nobody in “%1” yet. Try the beginning of the city or the country.</source>
        <translation>“%1”还没有联系人。试试输入城市或国家名称的开头。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="265"/>
        <source>%n person(s), never met or longest unseen first.</source>
        <translation>
            <numerusform>%n 位联系人，从未见过或最久未见的排在最前。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InTownDialogText</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="88"/>
        <source>never met</source>
        <translation>从未见过</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="90"/>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="92"/>
        <source>yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="94"/>
        <source>%1 days ago</source>
        <translation>%1 天前</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="96"/>
        <source>%1 weeks ago</source>
        <translation>%1 周前</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="98"/>
        <source>%1 months ago</source>
        <translation>%1 个月前</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="99"/>
        <source>%1 years ago</source>
        <translation>%1 年前</translation>
    </message>
</context>
<context>
    <name>InteractionPage</name>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="109"/>
        <source>Title (the notes&apos; first line if left empty)</source>
        <translation>标题（留空则使用笔记的第一行）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="110"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="111"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="113"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="115"/>
        <source>Open the page of someone or a partner in this note</source>
        <translation>打开此笔记中某位联系人或合作伙伴的页面</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="116"/>
        <source>Open a person&apos;s or partner&apos;s page</source>
        <translation>打开联系人或合作伙伴的页面</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="120"/>
        <source>Move to Trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="121"/>
        <source>Ctrl+Z brings it back</source>
        <translation>按 Ctrl+Z 可恢复</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="126"/>
        <source>Changes save as you type</source>
        <translation>输入时自动保存</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="128"/>
        <source>Save state</source>
        <translation>保存状态</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="132"/>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="135"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="138"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="144"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="140"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="142"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="145"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="147"/>
        <source>A café, their office, a video link…</source>
        <translation>咖啡馆、对方办公室、视频会议链接…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="148"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="149"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="150"/>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="152"/>
        <source>Add someone: type three letters…</source>
        <translation>添加联系人：输入名字的开头几个字…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="156"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="163"/>
        <source>With</source>
        <translation>参与人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="171"/>
        <source>Add a partner…</source>
        <translation>添加合作伙伴…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="172"/>
        <source>Add a partner</source>
        <translation>添加合作伙伴</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="175"/>
        <source>Partners</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="177"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="190"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="191"/>
        <source>Warmth</source>
        <translation>氛围</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="178"/>
        <source>How warm it felt, from cold (−2) to warm (+2)</source>
        <translation>感觉有多热络，从冰冷（−2）到热络（+2）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="179"/>
        <source>Not rated</source>
        <translation>未评价</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="181"/>
        <source>Warm</source>
        <translation>热络</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="182"/>
        <source>Friendly</source>
        <translation>友好</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="183"/>
        <source>Neutral</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="184"/>
        <source>Cool</source>
        <translation>冷淡</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="185"/>
        <source>Cold</source>
        <translation>冰冷</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="242"/>
        <source>Topics learned</source>
        <translation>了解到的话题</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="198"/>
        <source>Invitation sent</source>
        <translation>已发邀请</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="199"/>
        <source>Agenda shared</source>
        <translation>已共享议程</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="200"/>
        <source>Recap sent</source>
        <translation>已发会议纪要</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="201"/>
        <source>Files printed</source>
        <translation>已打印资料</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="210"/>
        <source>Legwork</source>
        <translation>会务</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="215"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="226"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="230"/>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="217"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="393"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="219"/>
        <source>Show the notes as formatted text (Ctrl+Shift+V)</source>
        <translation>以格式化文本显示笔记（Ctrl+Shift+V）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="225"/>
        <source>What was said. Markdown works: # headings, - lists, **bold**.</source>
        <translation>聊了什么。支持 Markdown：# 标题、- 列表、**粗体**。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="233"/>
        <source>Notes, formatted</source>
        <translation>笔记（格式化）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="294"/>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="303"/>
        <source>When: &apos;%1&apos; is not a date.</source>
        <translation>时间：“%1”不是日期。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="305"/>
        <source>When: say when it happened.</source>
        <translation>时间：请填写发生的时间。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="364"/>
        <source>Remove %1 from this note</source>
        <translation>从此笔记中移除 %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="365"/>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="393"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="468"/>
        <source>Edit partners</source>
        <translation>编辑合作伙伴</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="490"/>
        <source>Move a note to the trash</source>
        <translation>将笔记移到回收站</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="492"/>
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
        <source>Open</source>
        <comment>status of a follow-up (a task): not done yet</comment>
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
        <location filename="../../partnerbook/ui/labels.py" line="118"/>
        <source>Open</source>
        <comment>status of a promise: not kept or broken yet</comment>
        <translation>未兑现</translation>
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
        <location filename="../../partnerbook/ui/main_window.py" line="155"/>
        <source>Relationships</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="160"/>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="163"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="164"/>
        <source>People</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="165"/>
        <source>Partners</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="166"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="167"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="215"/>
        <source>Log what was said, in seconds</source>
        <translation>几秒钟记下聊了什么</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="218"/>
        <source>New &amp;Person…</source>
        <translation>新建联系人(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="221"/>
        <source>Add a person</source>
        <translation>添加联系人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="224"/>
        <source>New Pa&amp;rtner…</source>
        <translation>新建合作伙伴(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="224"/>
        <source>Add a partner</source>
        <translation>添加合作伙伴</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="227"/>
        <source>&amp;Import Contacts…</source>
        <translation>导入联系人(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="230"/>
        <source>Bring people in from a vCard or a Google, LinkedIn or Outlook CSV</source>
        <translation>从 vCard 或 Google、LinkedIn、Outlook 的 CSV 文件导入联系人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="233"/>
        <source>Open the &amp;Demo Journal</source>
        <translation>打开演示日志(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="236"/>
        <source>A separate sample journal to explore</source>
        <translation>一份可供浏览的独立示例日志</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="242"/>
        <source>Save a verified copy of the journal</source>
        <translation>保存一份经过校验的日志副本</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="244"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="245"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="247"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="250"/>
        <source>&amp;Search…</source>
        <translation>搜索(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="253"/>
        <source>Search people, partners and notes</source>
        <translation>搜索联系人、合作伙伴和笔记</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="256"/>
        <source>&amp;Filter the List</source>
        <translation>筛选列表(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="259"/>
        <source>Filter the list</source>
        <translation>筛选列表</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="262"/>
        <source>P&amp;resentation Mode</source>
        <translation>演示模式(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="265"/>
        <source>Hide motivations, personal details, notes and the give &amp; take while sharing</source>
        <translation>共享屏幕时隐藏动机、个人信息、备注和付出与收获</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="273"/>
        <source>People in a city or country, the longest unseen first</source>
        <translation>某个城市或国家的联系人，最久未见的排在最前</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="276"/>
        <source>&amp;Go To…</source>
        <translation>转到(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="279"/>
        <source>Jump to a person, a partner, a view or an action</source>
        <translation>跳转到联系人、合作伙伴、视图或操作</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="282"/>
        <source>&amp;Archive or Unarchive</source>
        <translation>归档或取消归档(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="285"/>
        <source>Archived people and partners leave the lists but keep their history</source>
        <translation>归档的联系人和合作伙伴不再出现在列表中，但历史记录会保留</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="288"/>
        <source>Move to &amp;Trash</source>
        <translation>移到回收站(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="291"/>
        <source>Move the selected person or partner to the trash</source>
        <translation>将选中的联系人或合作伙伴移到回收站</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="294"/>
        <source>Meeting &amp;Brief…</source>
        <translation>会前简报(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="297"/>
        <source>One page on the selected person or partner, to read or print</source>
        <translation>关于选中联系人或合作伙伴的一页纸简报，可阅读或打印</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="300"/>
        <source>T&amp;oday</source>
        <translation>今日(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="301"/>
        <source>&amp;People</source>
        <translation>联系人(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="303"/>
        <source>P&amp;artners</source>
        <translation>合作伙伴(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="306"/>
        <source>&amp;Timeline</source>
        <translation>时间线(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="308"/>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="313"/>
        <location filename="../../partnerbook/ui/main_window.py" line="327"/>
        <source>Follow the &amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="314"/>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="315"/>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="342"/>
        <source>Open PartnerBook when you log in, so reminders come on time</source>
        <translation>登录时打开 PartnerBook，以便准时提醒</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="346"/>
        <source>&amp;About PartnerBook</source>
        <translation>关于 PartnerBook(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="351"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="366"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="372"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="212"/>
        <source>Quick &amp;Note…</source>
        <translation>快速笔记(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="239"/>
        <source>Back &amp;Up Now</source>
        <translation>立即备份(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="270"/>
        <source>&amp;Who&apos;s in Town…</source>
        <translation>当地有谁(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="316"/>
        <source>&amp;High Contrast</source>
        <translation>高对比度(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="340"/>
        <source>Start at Lo&amp;gin</source>
        <translation>登录时启动(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="378"/>
        <source>T&amp;heme</source>
        <translation>主题(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="380"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="385"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="389"/>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="440"/>
        <source>The journal this window shows</source>
        <translation>此窗口显示的日志</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="442"/>
        <location filename="../../partnerbook/ui/main_window.py" line="460"/>
        <source>Presentation mode</source>
        <translation>演示模式</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="444"/>
        <source>Presentation mode is on</source>
        <translation>演示模式已开启</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="447"/>
        <source>Motivations, personal details, notes and the give &amp; take are hidden (Ctrl+Shift+P)</source>
        <translation>动机、个人信息、备注和付出与收获已隐藏（Ctrl+Shift+P）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="660"/>
        <source>Follow up now</source>
        <translation>现在该跟进了</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="717"/>
        <source>PartnerBook will open when you log in.</source>
        <translation>登录时将打开 PartnerBook。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="719"/>
        <source>PartnerBook will no longer open at login.</source>
        <translation>登录时将不再打开 PartnerBook。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="741"/>
        <source>View</source>
        <translation>视图</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="784"/>
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="868"/>
        <source>This entry has no note to open; open its people from the list.</source>
        <translation>此条目没有可打开的笔记；请从列表中打开相关联系人。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="910"/>
        <source>Contacts (%1)</source>
        <translation>联系人 (%1)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="914"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="918"/>
        <source>Import Contacts</source>
        <translation>导入联系人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="974"/>
        <source>Select a person or a partner to see their brief.</source>
        <translation>请选择一位联系人或一个合作伙伴以查看其简报。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="1012"/>
        <source>About PartnerBook</source>
        <translation>关于 PartnerBook</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="1014"/>
        <source>&lt;h3&gt;PartnerBook %1&lt;/h3&gt;&lt;p&gt;A relationship journal for partnership managers, business developers and sales people.&lt;/p&gt;&lt;p&gt;Your journal: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PartnerBook %1&lt;/h3&gt;&lt;p&gt;为合作伙伴经理、业务拓展和销售人员打造的关系日志。&lt;/p&gt;&lt;p&gt;您的日志：%2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MasterDetailView</name>
    <message>
        <location filename="../../partnerbook/ui/views/list_view.py" line="133"/>
        <source>Show archived</source>
        <translation>显示已归档</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/list_view.py" line="369"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/list_view.py" line="375"/>
        <source>%1 shown</source>
        <translation>显示 %1 项</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/list_view.py" line="447"/>
        <source>Moved to the trash. Ctrl+Z brings it back.</source>
        <translation>已移到回收站。按 Ctrl+Z 可恢复。</translation>
    </message>
</context>
<context>
    <name>Noun</name>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="41"/>
        <source>person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="42"/>
        <source>partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="43"/>
        <source>note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="44"/>
        <source>follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="45"/>
        <source>review</source>
        <translation>复盘</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="46"/>
        <source>give &amp; take item</source>
        <translation>付出与收获记录</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="47"/>
        <source>contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="48"/>
        <source>motivation</source>
        <translation>动机</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="49"/>
        <source>personal detail</source>
        <translation>个人细节</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="50"/>
        <source>benefit</source>
        <translation>收益</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="51"/>
        <source>entry</source>
        <translation>条目</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="52"/>
        <source>promise</source>
        <translation>承诺</translation>
    </message>
</context>
<context>
    <name>PartnerPage</name>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="76"/>
        <source>Partner name</source>
        <translation>合作伙伴名称</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="84"/>
        <source>Write a Review…</source>
        <translation>写复盘…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="85"/>
        <source>KPIs against their targets, a summary, next steps</source>
        <translation>KPI 与目标对比、总结、后续步骤</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="103"/>
        <source>Relationship</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="108"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="118"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="123"/>
        <source>e.g. bank, e-wallet, designer</source>
        <translation>例如：银行、电子钱包、设计师</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="123"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="125"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="127"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="128"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="129"/>
        <source>Standing</source>
        <translation>相对地位</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="128"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="131"/>
        <source>Our size</source>
        <translation>我方体量</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="137"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="140"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="145"/>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="138"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="141"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="139"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="142"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="146"/>
        <source>Based in</source>
        <translation>所在地</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="147"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="149"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="151"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="155"/>
        <source>What we bring each other</source>
        <translation>我们能为彼此带来什么</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="166"/>
        <source>For whom</source>
        <translation>受益方</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="173"/>
        <source>Horizon</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="178"/>
        <source>Benefit, concrete</source>
        <translation>具体收益</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="181"/>
        <source>How much</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="185"/>
        <source>how much</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="189"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="193"/>
        <source>unit, e.g. customers</source>
        <translation>单位，例如：客户</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="197"/>
        <source>Add benefit</source>
        <translation>添加收益</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="203"/>
        <source>Write 2–3 short-term and 2–3 long-term benefits for them, quantified.</source>
        <translation>为对方写下 2–3 项短期收益和 2–3 项长期收益，并加以量化。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="211"/>
        <source>Fit</source>
        <translation>契合度</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="213"/>
        <source>Complementary strengths</source>
        <translation>优势互补</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="214"/>
        <source>Audience fit</source>
        <translation>受众匹配</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="215"/>
        <source>Trust</source>
        <translation>信任</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="216"/>
        <source>Size proportion</source>
        <translation>体量相当</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="217"/>
        <source>Willingness to cooperate</source>
        <translation>合作意愿</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="229"/>
        <source>why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="229"/>
        <source>Why: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="237"/>
        <source>Overall: why they fit, or not</source>
        <translation>总体：为什么契合或不契合</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="237"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="238"/>
        <source>Fit notes</source>
        <translation>契合度备注</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="243"/>
        <source>Agreement</source>
        <translation>协议</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="245"/>
        <source>What we do together</source>
        <translation>我们一起做什么</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="245"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="253"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="266"/>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="247"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="267"/>
        <source>Who does what</source>
        <translation>谁负责什么</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="247"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="255"/>
        <source>Responsibilities</source>
        <translation>职责分工</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="249"/>
        <source>e.g. 70/30 on net revenue</source>
        <translation>例如：按净收入 70/30 分成</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="249"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="257"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="268"/>
        <source>Revenue share</source>
        <translation>收入分成</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="250"/>
        <source>Duration, exclusivity, notice…</source>
        <translation>期限、排他性、通知期…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="250"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="258"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="269"/>
        <source>Terms</source>
        <translation>条款</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="251"/>
        <source>a date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="251"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="262"/>
        <source>Renewal date</source>
        <translation>续约日期</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="270"/>
        <source>Renewal</source>
        <translation>续约</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="272"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="273"/>
        <source>Referral terms</source>
        <translation>转介绍条款</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="274"/>
        <source>fee</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="274"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="279"/>
        <source>Fee per referral</source>
        <translation>每次转介绍费用</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="283"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="288"/>
        <source>Referral percentage</source>
        <translation>转介绍提成比例</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="292"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="294"/>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="300"/>
        <source>Referrals</source>
        <translation>转介绍</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="302"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="304"/>
        <source>Review rhythm</source>
        <translation>复盘周期</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="302"/>
        <source>No reviews</source>
        <translation>不复盘</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="305"/>
        <source>Reviews</source>
        <translation>复盘</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="309"/>
        <source>People</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="329"/>
        <source>Referral terms: none agreed.</source>
        <translation>转介绍条款：未约定。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="332"/>
        <source>Referral terms: a fixed fee of %1 per referral.</source>
        <translation>转介绍条款：每次转介绍固定费用 %1。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="335"/>
        <source>Referral terms: %1 % of each referral.</source>
        <translation>转介绍条款：每次转介绍提成 %1%。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="336"/>
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
        <location filename="../../partnerbook/ui/views/partners_view.py" line="39"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="40"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="42"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="46"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="48"/>
        <source>People</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="53"/>
        <source>Last contact</source>
        <translation>上次联系</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="58"/>
        <source>Stay in touch</source>
        <translation>保持联系</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="108"/>
        <source>New partner</source>
        <translation>新建合作伙伴</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="109"/>
        <source>Name of the organisation:</source>
        <translation>机构名称：</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="110"/>
        <source>Add partner</source>
        <translation>添加合作伙伴</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="111"/>
        <source>Move partner to the trash</source>
        <translation>将合作伙伴移到回收站</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="114"/>
        <source>Pick a partner on the left, or press %1 to add one.</source>
        <translation>请在左侧选择一个合作伙伴，或按 %1 添加。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="126"/>
        <source>Filter by name, kind, stage or city (Ctrl+Shift+F)</source>
        <translation>按名称、类型、阶段或城市筛选（Ctrl+Shift+F）</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/passphrase.py" line="35"/>
        <source>Encrypted Journal</source>
        <translation>加密日志</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/passphrase.py" line="39"/>
        <source>The journal %1 is encrypted. Type its passphrase.</source>
        <translation>日志 %1 已加密。请输入它的口令。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/passphrase.py" line="48"/>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/passphrase.py" line="57"/>
        <source>Remember on this computer</source>
        <translation>在这台电脑上记住</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/passphrase.py" line="59"/>
        <source>Keep the passphrase in the system&apos;s keyring.</source>
        <translation>把口令保存在系统的密钥环中。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/passphrase.py" line="64"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/passphrase.py" line="69"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/passphrase.py" line="84"/>
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
        <location filename="../../partnerbook/ui/views/people_view.py" line="43"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="44"/>
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="45"/>
        <source>Role</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="46"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="48"/>
        <source>Last contact</source>
        <translation>上次联系</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="53"/>
        <source>Stay in touch</source>
        <translation>保持联系</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="108"/>
        <source>New person</source>
        <translation>新建联系人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="109"/>
        <source>Name (in any script):</source>
        <translation>姓名（任何文字均可）：</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="110"/>
        <source>Add person</source>
        <translation>添加联系人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="111"/>
        <source>Move person to the trash</source>
        <translation>将联系人移到回收站</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="114"/>
        <source>Pick someone on the left, or press %1 to add a person.</source>
        <translation>请在左侧选择一位联系人，或按 %1 添加联系人。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="126"/>
        <source>Filter by name, partner, city or tag (Ctrl+Shift+F)</source>
        <translation>按姓名、合作伙伴、城市或标签筛选（Ctrl+Shift+F）</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="70"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="85"/>
        <source>What&apos;s in it for them</source>
        <translation>对方能得到什么</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="88"/>
        <source>You partner with a company, but you work with a person. What does this person personally get: a KPI, looking good to the boss, comfort, fun?</source>
        <translation>您是与公司合作，但打交道的是人。这个人自己能得到什么：KPI、在老板面前有面子、省心，还是乐趣？</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="96"/>
        <source>Weak</source>
        <translation>弱</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="96"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="96"/>
        <source>Strong</source>
        <translation>强</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="103"/>
        <source>Motivation</source>
        <translation>动机</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="108"/>
        <source>In their words</source>
        <translation>对方原话</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="111"/>
        <source>How sure</source>
        <translation>把握程度</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="116"/>
        <source>Strength</source>
        <translation>强度</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="119"/>
        <source>Last confirmed</source>
        <translation>上次确认</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="122"/>
        <source>last confirmed</source>
        <translation>上次确认</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="126"/>
        <source>Add motivation</source>
        <translation>添加动机</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="132"/>
        <source>No motivation noted yet. Ask, listen, and write down what you hear.</source>
        <translation>还没有记录动机。多问、多听，把听到的记下来。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="141"/>
        <source>Work</source>
        <translation>工作</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="148"/>
        <source>New partner &quot;%1&quot;</source>
        <translation>新合作伙伴“%1”</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="151"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="154"/>
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="152"/>
        <source>Type to find a partner</source>
        <translation>输入以查找合作伙伴</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="155"/>
        <source>e.g. Head of Partnerships</source>
        <translation>例如：合作伙伴关系负责人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="155"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="156"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="157"/>
        <source>Role</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="158"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="159"/>
        <source>Stakeholder role</source>
        <translation>决策角色</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="158"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="296"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="160"/>
        <source>Plays the part of</source>
        <translation>扮演角色</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="161"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="162"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="163"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="168"/>
        <source>Before</source>
        <translation>曾任职</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="173"/>
        <source>Personal</source>
        <translation>个人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="180"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="207"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="185"/>
        <source>Detail</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="186"/>
        <source>Learned on</source>
        <translation>得知日期</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="189"/>
        <source>Add personal detail</source>
        <translation>添加个人信息</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="191"/>
        <source>Family, hobbies, what to ask about next time: coffee talk is made of these.</source>
        <translation>家人、爱好、下次要问的事：咖啡闲聊聊的就是这些。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="200"/>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="212"/>
        <source>Email, phone or web address</source>
        <translation>电子邮件、电话或网址</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="214"/>
        <source>Label</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="214"/>
        <source>work, home…</source>
        <translation>工作、私人…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="218"/>
        <source>Add email, phone or link</source>
        <translation>添加电子邮件、电话或链接</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="228"/>
        <source>About</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="231"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="233"/>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="232"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="234"/>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="237"/>
        <source>Names</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="239"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="241"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="240"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="242"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="245"/>
        <source>Lives in</source>
        <translation>居住地</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="246"/>
        <source>e.g. vi, en</source>
        <translation>例如：zh, en</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="246"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="248"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="250"/>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="251"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="304"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="305"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="252"/>
        <source>Where and how you met</source>
        <translation>在哪里、如何认识的</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="252"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="253"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="254"/>
        <source>How we met</source>
        <translation>如何认识</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="255"/>
        <source>a date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="255"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="258"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="260"/>
        <source>Met on</source>
        <translation>相识日期</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="267"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="272"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="277"/>
        <source>Introduced by</source>
        <translation>介绍人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="268"/>
        <source>Type to find who introduced you</source>
        <translation>输入以查找介绍人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="278"/>
        <source>e.g. fintech, Hanoi, VIP</source>
        <translation>例如：金融科技、河内、VIP</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="278"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="280"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="282"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="293"/>
        <source>Birthday day</source>
        <translation>生日（日）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="295"/>
        <source>Birthday month</source>
        <translation>生日（月）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="301"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="306"/>
        <source>Birth year (optional)</source>
        <translation>出生年份（可选）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="301"/>
        <source>year?</source>
        <translation>年份？</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="339"/>
        <source>%1 at %2</source>
        <translation>%2 %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="346"/>
        <source>%1, %2 (until %3)</source>
        <translation>%2，%1（至 %3）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="347"/>
        <source>no role noted</source>
        <translation>未记录职位</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="348"/>
        <source>a deleted partner</source>
        <translation>已删除的合作伙伴</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="352"/>
        <source>No earlier partners</source>
        <translation>此前无其他合作伙伴</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="358"/>
        <source>%1 · last contact %2</source>
        <translation>%1 · 上次联系 %2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="390"/>
        <source>Change partner</source>
        <translation>更换合作伙伴</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <location filename="../../partnerbook/ui/presentation.py" line="32"/>
        <source>Hidden while presenting</source>
        <translation>演示时隐藏</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <location filename="../../partnerbook/services/archive.py" line="205"/>
        <source>This is not a PartnerBook archive: the JSON cannot be read ({error}).</source>
        <translation>这不是 PartnerBook 存档：无法读取 JSON（{error}）。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/archive.py" line="207"/>
        <location filename="../../partnerbook/services/archive.py" line="212"/>
        <source>Give a file made by &apos;partnerbook export json&apos;.</source>
        <translation>请给出由“partnerbook export json”生成的文件。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/archive.py" line="211"/>
        <source>This JSON file is not a PartnerBook archive.</source>
        <translation>这个 JSON 文件不是 PartnerBook 存档。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/archive.py" line="218"/>
        <source>This archive was written by a newer PartnerBook (format {version}).</source>
        <translation>此存档由较新版本的 PartnerBook 写入（格式 {version}）。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/archive.py" line="221"/>
        <source>Update PartnerBook, then import it again.</source>
        <translation>请更新 PartnerBook，然后重新导入。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/archive.py" line="228"/>
        <source>This archive holds parts this PartnerBook does not know ({parts}).</source>
        <translation>此存档包含这个版本的 PartnerBook 不认识的部分（{parts}）。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/archive.py" line="232"/>
        <location filename="../../partnerbook/services/archive.py" line="264"/>
        <source>It was probably written by a newer PartnerBook: update, then import it again.</source>
        <translation>它可能是较新版本的 PartnerBook 写入的：请更新后重新导入。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/archive.py" line="243"/>
        <source>The archive&apos;s &apos;{name}&apos; is not a list of rows.</source>
        <translation>存档中的“{name}”不是行列表。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/archive.py" line="251"/>
        <source>{name}[{number}] in the archive is not a row.</source>
        <translation>存档中的 {name}[{number}] 不是一行数据。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/archive.py" line="258"/>
        <source>{name}[{number}] has columns this PartnerBook does not know ({columns}).</source>
        <translation>{name}[{number}] 含有这个版本的 PartnerBook 不认识的列（{columns}）。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/archive.py" line="276"/>
        <source>{table}[{number}].{column} in the archive is wrong: {value} ({error}).</source>
        <translation>存档中的 {table}[{number}].{column} 有误：{value}（{error}）。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/archive.py" line="283"/>
        <location filename="../../partnerbook/services/archive.py" line="309"/>
        <source>Nothing was imported. Export the archive again from PartnerBook.</source>
        <translation>未导入任何内容。请从 PartnerBook 重新导出存档。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/archive.py" line="307"/>
        <source>The archive&apos;s rows do not fit together: {orig}.</source>
        <translation>存档中的各行数据对不上：{orig}。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/archive.py" line="322"/>
        <source>A JSON archive is a whole journal: it goes into a new, empty one (this one holds {people} people, {partners} partners, {entries} entries).</source>
        <translation>JSON 存档是整本日志：只能导入到新的空日志中（此日志已有 {people} 位联系人、{partners} 个合作伙伴、{entries} 个条目）。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/archive.py" line="330"/>
        <source>Import it into a new file: partnerbook --db restored.sqlite import ARCHIVE.json</source>
        <translation>请导入到新文件中：partnerbook --db restored.sqlite import ARCHIVE.json</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/autostart.py" line="64"/>
        <source>Starting at login could not be turned on: {detail}.</source>
        <translation>无法开启登录时启动：{detail}。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/autostart.py" line="69"/>
        <source>Starting at login could not be turned off: {detail}.</source>
        <translation>无法关闭登录时启动：{detail}。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/autostart.py" line="73"/>
        <source>Check that your settings folder is writable.</source>
        <translation>请检查您的设置文件夹是否可写入。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/brief.py" line="103"/>
        <source>The name is empty.</source>
        <translation>名称为空。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/brief.py" line="103"/>
        <source>Give the person&apos;s or the partner&apos;s name.</source>
        <translation>请给出联系人或合作伙伴的名称。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/brief.py" line="114"/>
        <source>No person is called &apos;{name}&apos;.</source>
        <translation>没有名为“{name}”的联系人。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/brief.py" line="116"/>
        <source>No partner is called &apos;{name}&apos;.</source>
        <translation>没有名为“{name}”的合作伙伴。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/brief.py" line="118"/>
        <source>No person or partner is called &apos;{name}&apos;.</source>
        <translation>没有名为“{name}”的联系人或合作伙伴。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/brief.py" line="122"/>
        <source>Check the spelling, type the beginning of a name, or give its number, e.g. &apos;#12&apos;.</source>
        <translation>请检查拼写，输入名称的开头，或给出编号，例如“#12”。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/brief.py" line="134"/>
        <source>Check the number.</source>
        <translation>请检查编号。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/brief.py" line="140"/>
        <location filename="../../partnerbook/services/capture.py" line="114"/>
        <source>There is no person {number}.</source>
        <translation>没有联系人 {number}。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/brief.py" line="142"/>
        <source>There is no partner {number}.</source>
        <translation>没有合作伙伴 {number}。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/brief.py" line="143"/>
        <source>There is no person or partner {number}.</source>
        <translation>没有联系人或合作伙伴 {number}。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/capture.py" line="42"/>
        <source>The note is empty.</source>
        <translation>笔记是空的。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/capture.py" line="43"/>
        <source>Type what was said, e.g. partnerbook note &apos;Coffee…&apos;.</source>
        <translation>请输入谈话内容，例如 partnerbook note &apos;咖啡…&apos;。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/capture.py" line="49"/>
        <source>The note is {size} MB; a note can hold up to 1 MB of text.</source>
        <translation>这条笔记有 {size} MB；一条笔记最多可容纳 1 MB 文本。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/capture.py" line="53"/>
        <source>Split it into several notes, or keep the long document as a file and note where it is. Nothing was saved.</source>
        <translation>请拆成几条笔记，或把长文档另存为文件并记下它的位置。未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/capture.py" line="65"/>
        <source>The person name is empty.</source>
        <translation>联系人姓名为空。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/capture.py" line="67"/>
        <source>The partner name is empty.</source>
        <translation>合作伙伴名称为空。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/capture.py" line="68"/>
        <source>Give the person&apos;s name.</source>
        <translation>请给出联系人的姓名。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/capture.py" line="70"/>
        <source>Give the partner&apos;s name.</source>
        <translation>请给出合作伙伴的名称。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/capture.py" line="76"/>
        <source>The person name is {length} characters long; the limit is {limit}.</source>
        <translation>联系人姓名有 {length} 个字符；上限为 {limit} 个。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/capture.py" line="82"/>
        <source>The partner name is {length} characters long; the limit is {limit}.</source>
        <translation>合作伙伴名称有 {length} 个字符；上限为 {limit} 个。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/capture.py" line="87"/>
        <source>Use a shorter name.</source>
        <translation>请使用更短的名称。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/capture.py" line="115"/>
        <source>Check the number, or give a name.</source>
        <translation>请检查编号，或给出名称。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/capture.py" line="152"/>
        <source>A person picked for this note was deleted meanwhile.</source>
        <translation>为这条笔记选中的某位联系人已在此期间被删除。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/capture.py" line="154"/>
        <source>Pick the people again. The note was not saved yet; its text is kept.</source>
        <translation>请重新选择联系人。笔记尚未保存；其文字已保留。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/capture.py" line="179"/>
        <source>The partner picked for this note was deleted meanwhile.</source>
        <translation>为这条笔记选中的合作伙伴已在此期间被删除。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/capture.py" line="181"/>
        <source>Pick the partner again. The note was not saved yet; its text is kept.</source>
        <translation>请重新选择合作伙伴。笔记尚未保存；其文字已保留。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/demo.py" line="93"/>
        <source>--people must be between 1 and {limit} (got {people}).</source>
        <translation>--people 必须在 1 到 {limit} 之间（收到 {people}）。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/demo.py" line="101"/>
        <source>--entries must be between 0 and {limit} (got {entries}).</source>
        <translation>--entries 必须在 0 到 {limit} 之间（收到 {entries}）。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/demo.py" line="144"/>
        <source>This journal already holds data ({people} people, {partners} partners, {entries} entries, {tags} tags); the demo only fills an empty one.</source>
        <translation>此日志已有数据（{people} 位联系人、{partners} 个合作伙伴、{entries} 个条目、{tags} 个标签）；演示数据只会填入空日志。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/demo.py" line="152"/>
        <source>Give a new file, e.g. partnerbook --db demo.sqlite demo</source>
        <translation>请给出新文件，例如 partnerbook --db demo.sqlite demo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/drafts.py" line="79"/>
        <source>Cannot create {parent}: {detail}.</source>
        <translation>无法创建 {parent}：{detail}。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/drafts.py" line="83"/>
        <source>Keep the window open: what you typed is still there.</source>
        <translation>请保持窗口打开：您输入的内容还在。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/due.py" line="32"/>
        <source>--within must be between 0 and {limit} days (got {within_days}).</source>
        <translation>--within 必须在 0 到 {limit} 天之间（收到 {within_days}）。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/due.py" line="36"/>
        <source>Give a number of days, e.g. --within 7.</source>
        <translation>请给出天数，例如 --within 7。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="65"/>
        <location filename="../../partnerbook/services/editing.py" line="340"/>
        <source>That {what} no longer exists.</source>
        <translation>该{what}已不存在。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="66"/>
        <source>It may have been deleted.</source>
        <translation>它可能已被删除。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="82"/>
        <source>{label} cannot be empty.</source>
        <translation>{label}不能为空。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="87"/>
        <source>{label} is too long ({length} characters; at most {limit}).</source>
        <translation>{label}太长（{length} 个字符；最多 {limit} 个）。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="103"/>
        <source>{label} is longer than 1 MB.</source>
        <translation>{label}超过 1 MB。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="104"/>
        <source>Split it, or keep the document as a file.</source>
        <translation>请拆分，或将文档另存为文件。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="119"/>
        <source>{label} must be a number of days.</source>
        <translation>{label}必须是天数。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="124"/>
        <source>{label} must be between 1 and {limit} days.</source>
        <translation>{label}必须在 1 到 {limit} 天之间。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="141"/>
        <source>{label} must be a whole number.</source>
        <translation>{label}必须是整数。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="145"/>
        <source>{label} must be between {low} and {high}.</source>
        <translation>{label}必须在 {low} 到 {high} 之间。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="166"/>
        <source>{label}: &apos;{value}&apos; is not a date (use YYYY-MM-DD).</source>
        <translation>{label}：“{value}”不是日期（请用 YYYY-MM-DD）。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="182"/>
        <source>{label} must be a number.</source>
        <translation>{label}必须是数字。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="184"/>
        <source>{label} is out of range.</source>
        <translation>{label}超出范围。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="194"/>
        <source>{label} must be chosen.</source>
        <translation>请选择{label}。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="201"/>
        <source>{label}: &apos;{value}&apos; is not one of the choices.</source>
        <translation>{label}：“{value}”不是可选项之一。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="217"/>
        <source>{label}: at most {limit}.</source>
        <translation>{label}：最多 {limit} 个。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="233"/>
        <location filename="../../partnerbook/services/ledger.py" line="146"/>
        <source>Cannot edit {fields} here.</source>
        <translation>无法在此编辑 {fields}。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="380"/>
        <source>That {what} is gone for good.</source>
        <translation>该{what}已被永久删除。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="53"/>
        <location filename="../../partnerbook/services/maintenance.py" line="56"/>
        <source>&apos;{action}&apos; works on a journal file; {location} is a database server.</source>
        <translation>“{action}”只适用于日志文件；{location} 是数据库服务器。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="57"/>
        <source>Use the server&apos;s own encryption.</source>
        <translation>请使用服务器自身的加密功能。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="64"/>
        <source>There is no journal at {journal} to encrypt.</source>
        <translation>{journal} 处没有可加密的日志。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="66"/>
        <source>There is no journal at {journal} to decrypt.</source>
        <translation>{journal} 处没有可解密的日志。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="70"/>
        <source>{journal} is already encrypted.</source>
        <translation>{journal} 已经加密。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="71"/>
        <location filename="../../partnerbook/services/encryption.py" line="76"/>
        <source>Nothing was changed.</source>
        <translation>未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="75"/>
        <source>{journal} is not encrypted.</source>
        <translation>{journal} 未加密。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="81"/>
        <location filename="../../partnerbook/services/maintenance.py" line="133"/>
        <source>The journal is open in a PartnerBook window.</source>
        <translation>日志正在某个 PartnerBook 窗口中打开。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="82"/>
        <source>Close the window, then encrypt again. Nothing was changed.</source>
        <translation>请关闭该窗口后再加密。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="84"/>
        <source>Close the window, then decrypt again. Nothing was changed.</source>
        <translation>请关闭该窗口后再解密。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="102"/>
        <source>Another program has {journal} open; it was not encrypted.</source>
        <translation>另一个程序打开了 {journal}；未进行加密。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="107"/>
        <source>Another program has {journal} open; it was not decrypted.</source>
        <translation>另一个程序打开了 {journal}；未进行解密。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="111"/>
        <source>Close the other PartnerBook programs, then encrypt again. Nothing was changed.</source>
        <translation>请关闭其他 PartnerBook 程序后再加密。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="116"/>
        <source>Close the other PartnerBook programs, then decrypt again. Nothing was changed.</source>
        <translation>请关闭其他 PartnerBook 程序后再解密。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="158"/>
        <source>the copy is not encrypted</source>
        <translation>副本未加密</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="160"/>
        <source>the copy is still encrypted</source>
        <translation>副本仍是加密的</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="166"/>
        <source>the copy has other row counts ({tables})</source>
        <translation>副本的行数不同（{tables}）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="171"/>
        <source>The converted copy of {journal} failed its check: {problem}.</source>
        <translation>{journal} 转换后的副本未通过检查：{problem}。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="175"/>
        <source>Nothing was changed. Run &apos;partnerbook check&apos;.</source>
        <translation>未做任何更改。请运行“partnerbook check”。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/files.py" line="40"/>
        <source>Cannot write {target}: {detail}.</source>
        <translation>无法写入 {target}：{detail}。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/files.py" line="42"/>
        <source>Choose a folder you may write to, with some free space.</source>
        <translation>请选择一个您可以写入且有剩余空间的文件夹。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/files.py" line="54"/>
        <source>&apos;{target}&apos; is a folder.</source>
        <translation>“{target}”是一个文件夹。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/files.py" line="55"/>
        <source>Give a file name, e.g. {example}</source>
        <translation>请给出文件名，例如 {example}</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/files.py" line="61"/>
        <source>That is the journal itself (or one of its files).</source>
        <translation>那就是日志本身（或它的某个文件）。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/files.py" line="62"/>
        <source>Give another file name, e.g. {example}.</source>
        <translation>请换一个文件名，例如 {example}。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/follow_ups.py" line="92"/>
        <source>Only a promise can be broken.</source>
        <translation>只有承诺才可能被违背。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/follow_ups.py" line="102"/>
        <source>A snooze needs a moment with a time zone.</source>
        <translation>稍后提醒需要带时区的时间点。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/follow_ups.py" line="142"/>
        <source>&apos;{rule}&apos; is not a repeat rule PartnerBook understands.</source>
        <translation>“{rule}”不是 PartnerBook 能理解的重复规则。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/follow_ups.py" line="152"/>
        <source>Repeat every 1 to 365 days, weeks or months.</source>
        <translation>重复间隔为 1 到 365 天、周或月。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/follow_ups.py" line="159"/>
        <location filename="../../partnerbook/services/interaction_editing.py" line="260"/>
        <source>That entry is not a follow-up or a promise.</source>
        <translation>该条目不是跟进或承诺。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="105"/>
        <source>{path} is {size} MB; PartnerBook reads contact files up to {limit} MB.</source>
        <translation>{path} 有 {size} MB；PartnerBook 最多读取 {limit} MB 的联系人文件。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="110"/>
        <source>Split the export into smaller files.</source>
        <translation>请把导出内容拆成较小的文件。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="115"/>
        <source>There is no file {path}.</source>
        <translation>没有文件 {path}。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="115"/>
        <source>Check the path.</source>
        <translation>请检查路径。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="119"/>
        <location filename="../../partnerbook/store/migrate.py" line="120"/>
        <source>Cannot read {path}: {detail}.</source>
        <translation>无法读取 {path}：{detail}。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="120"/>
        <source>Check that the file is there and that you may read it.</source>
        <translation>请检查文件是否在那里，以及您是否可以读取它。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="134"/>
        <source>PartnerBook cannot tell what kind of file this is: not a vCard, a JSON archive, or a Google, LinkedIn, Outlook or Thunderbird CSV export.</source>
        <translation>PartnerBook 无法判断这是什么文件：不是 vCard、JSON 存档，也不是 Google、LinkedIn、Outlook 或 Thunderbird 导出的 CSV。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="139"/>
        <source>Say which with --format (vcard, google-csv, linkedin-csv, outlook-csv, thunderbird-csv, json).</source>
        <translation>请用 --format 指明类型（vcard、google-csv、linkedin-csv、outlook-csv、thunderbird-csv、json）。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="145"/>
        <source>A JSON archive is imported as a whole journal, not as contacts.</source>
        <translation>JSON 存档会作为整本日志导入，而不是作为联系人。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="655"/>
        <source>That import is no longer in the journal.</source>
        <translation>该次导入已不在日志中。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/interaction_editing.py" line="91"/>
        <source>The notes are {size} MB; a note can hold up to 1 MB.</source>
        <translation>笔记有 {size} MB；一条笔记最多 1 MB。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/interaction_editing.py" line="94"/>
        <source>Split them, or keep the long document as a file and note where it is.</source>
        <translation>请拆分，或把长文档另存为文件并记下它的位置。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/interaction_editing.py" line="101"/>
        <source>When it happened: not a date and time.</source>
        <translation>发生时间：不是有效的日期和时间。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/interaction_editing.py" line="108"/>
        <source>Topics: at most {limit}, one per line.</source>
        <translation>话题：最多 {limit} 个，每行一个。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/interaction_editing.py" line="130"/>
        <source>That entry is not a note of a meeting, call or message.</source>
        <translation>该条目不是会面、通话或消息的笔记。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/interaction_editing.py" line="219"/>
        <source>Say what is to be done.</source>
        <translation>请说明要做什么。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/interaction_editing.py" line="219"/>
        <source>Type it, then press Add.</source>
        <translation>请输入，然后按“添加”。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/interaction_editing.py" line="223"/>
        <source>A follow-up needs a date.</source>
        <translation>跟进需要日期。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/interaction_editing.py" line="223"/>
        <source>Type when, e.g. &apos;next tuesday&apos;.</source>
        <translation>请输入时间，例如“下周二”。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/interaction_editing.py" line="227"/>
        <source>Only a dated follow-up can repeat.</source>
        <translation>只有设定了日期的跟进才能重复。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/ledger.py" line="51"/>
        <source>Value: &apos;{text}&apos; is not a number.</source>
        <translation>价值：“{text}”不是数字。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/ledger.py" line="54"/>
        <source>Value: between 0 and a trillion.</source>
        <translation>价值：在 0 到一万亿之间。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/ledger.py" line="63"/>
        <source>Currency: &apos;{text}&apos; is not a three-letter code such as EUR or VND.</source>
        <translation>货币：“{text}”不是 EUR、VND 这样的三字母代码。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/ledger.py" line="77"/>
        <source>Say what was given or received.</source>
        <translation>请说明给出或收到了什么。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/ledger.py" line="77"/>
        <source>e.g. &apos;Intro to their CFO&apos;.</source>
        <translation>例如“引荐给对方的财务总监”。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/ledger.py" line="80"/>
        <source>When: not a date and time.</source>
        <translation>时间：不是有效的日期和时间。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/ledger.py" line="124"/>
        <location filename="../../partnerbook/services/ledger.py" line="151"/>
        <source>That entry is not a give &amp; take item.</source>
        <translation>该条目不是付出与收获记录。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/maintenance.py" line="60"/>
        <source>Use the server&apos;s own backup tools (for PostgreSQL: pg_dump).</source>
        <translation>请使用服务器自身的备份工具（PostgreSQL 用 pg_dump）。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/maintenance.py" line="87"/>
        <source>There is no journal at {journal} to back up.</source>
        <translation>{journal} 处没有可备份的日志。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/maintenance.py" line="95"/>
        <source>The backup cannot overwrite the journal itself.</source>
        <translation>备份不能覆盖日志本身。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/maintenance.py" line="96"/>
        <source>Choose another file.</source>
        <translation>请选择其他文件。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/maintenance.py" line="107"/>
        <source>There is no file {backup}.</source>
        <translation>没有文件 {backup}。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/maintenance.py" line="108"/>
        <location filename="../../partnerbook/services/maintenance.py" line="113"/>
        <source>Give the path of a backup file.</source>
        <translation>请给出备份文件的路径。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/maintenance.py" line="112"/>
        <source>That file is the journal itself.</source>
        <translation>该文件就是日志本身。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/maintenance.py" line="118"/>
        <source>{backup} is not a PartnerBook backup.</source>
        <translation>{backup} 不是 PartnerBook 备份。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/maintenance.py" line="120"/>
        <source>Give a file made by &apos;partnerbook backup&apos; or found in the backups folder. Nothing was changed.</source>
        <translation>请给出由“partnerbook backup”生成或位于备份文件夹中的文件。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/maintenance.py" line="128"/>
        <source>{backup} is damaged: {problem}</source>
        <translation>{backup} 已损坏：{problem}</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/maintenance.py" line="129"/>
        <source>Choose another backup. Nothing was changed.</source>
        <translation>请选择其他备份。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/maintenance.py" line="134"/>
        <source>Close the window, then restore again. Nothing was changed.</source>
        <translation>请关闭该窗口后再恢复。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/maintenance.py" line="182"/>
        <source>The damaged journal could not be moved aside to {target}: {detail}.</source>
        <translation>无法把已损坏的日志移到 {target}：{detail}。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/maintenance.py" line="187"/>
        <source>Check that the backups folder beside the journal is writable. Nothing was restored.</source>
        <translation>请检查日志旁边的备份文件夹是否可写入。未恢复任何内容。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/names.py" line="72"/>
        <source>{listing}
  … and {more} more</source>
        <translation>{listing}
  …… 还有 {more} 个</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/names.py" line="76"/>
        <source>&apos;{query}&apos; matches more than one person:
{listing}</source>
        <translation>“{query}”匹配到不止一位联系人：
{listing}</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/names.py" line="80"/>
        <source>&apos;{query}&apos; matches more than one partner:
{listing}</source>
        <translation>“{query}”匹配到不止一个合作伙伴：
{listing}</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/names.py" line="84"/>
        <source>&apos;{query}&apos; matches more than one {what}:
{listing}</source>
        <translation>“{query}”匹配到多个{what}：
{listing}</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/names.py" line="91"/>
        <source>Type more of the name to pick one, or give the number shown, e.g. --with &apos;#12&apos;.</source>
        <translation>请多输入一些名称以选定其一，或给出显示的编号，例如 --with &apos;#12&apos;。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="96"/>
        <source>&apos;{value}&apos; is not an email address.</source>
        <translation>“{value}”不是邮箱地址。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="97"/>
        <source>It should look like name@example.com.</source>
        <translation>格式应类似 name@example.com。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="101"/>
        <source>&apos;{value}&apos; is not a phone number.</source>
        <translation>“{value}”不是电话号码。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="102"/>
        <source>Use digits, spaces and + ( ) -.</source>
        <translation>请使用数字、空格和 + ( ) -。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="345"/>
        <source>Nobody introduces themselves.</source>
        <translation>没有人会介绍自己。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="346"/>
        <source>Pick the person who introduced them.</source>
        <translation>请选择介绍你们认识的人。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/reviews.py" line="65"/>
        <source>&apos;{text}&apos; is not a number.</source>
        <translation>“{text}”不是数字。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/reviews.py" line="68"/>
        <source>&apos;{text}&apos; is not a figure a KPI can have.</source>
        <translation>“{text}”不是 KPI 可以取的数值。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/reviews.py" line="111"/>
        <source>That entry is not a partner review.</source>
        <translation>该条目不是合作伙伴复盘。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/reviews.py" line="131"/>
        <source>The period ends before it starts.</source>
        <translation>该时段的结束早于开始。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/reviews.py" line="134"/>
        <source>At most {limit} KPIs in one review.</source>
        <translation>一次复盘最多 {limit} 个 KPI。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/search.py" line="276"/>
        <source>Search is not available on this kind of database yet.</source>
        <translation>此类数据库暂不支持搜索。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/search.py" line="277"/>
        <source>Use a journal file, or search from a journal file copy.</source>
        <translation>请使用日志文件，或在日志文件的副本中搜索。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/timeline.py" line="136"/>
        <source>A timeline page holds 1 to {most} entries (got {limit}).</source>
        <translation>时间线每页可容纳 1 到 {most} 个条目（收到 {limit}）。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/backup.py" line="61"/>
        <source>Cannot read {source} to back it up: {error}.</source>
        <translation>无法读取 {source} 进行备份：{error}。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/backup.py" line="78"/>
        <source>Backing up {source} took longer than {timeout} s and was stopped.</source>
        <translation>备份 {source} 超过 {timeout} 秒，已停止。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/backup.py" line="82"/>
        <source>Another program kept the journal busy. Try again in a moment.</source>
        <translation>另一个程序一直占用着日志。请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/backup.py" line="89"/>
        <source>The journal {source} could not be read completely: {error}.</source>
        <translation>无法完整读取日志 {source}：{error}。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/backup.py" line="93"/>
        <source>Run &apos;partnerbook check&apos; and restore the latest good backup.</source>
        <translation>请运行“partnerbook check”，并恢复最近一个完好的备份。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/backup.py" line="107"/>
        <source>The backup of {source} failed its check: {problem}</source>
        <translation>{source} 的备份未通过检查：{problem}</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/backup.py" line="111"/>
        <source>The journal may be damaged: run &apos;partnerbook check&apos;.</source>
        <translation>日志可能已损坏：请运行“partnerbook check”。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/backup.py" line="133"/>
        <source>cannot be read as a database ({error})</source>
        <translation>无法作为数据库读取（{error}）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/backup.py" line="136"/>
        <source>it is not a PartnerBook journal</source>
        <translation>它不是 PartnerBook 日志</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/backup.py" line="261"/>
        <source>The disk is full; {path} could not be written.</source>
        <translation>磁盘已满；无法写入 {path}。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/backup.py" line="262"/>
        <source>Free some space and try again. The journal itself was not changed.</source>
        <translation>请腾出一些空间后重试。日志本身未被更改。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/backup.py" line="266"/>
        <source>{path} cannot be written (read-only or permission denied).</source>
        <translation>无法写入 {path}（只读或权限不足）。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/backup.py" line="267"/>
        <source>Choose a folder you may write to.</source>
        <translation>请选择一个您可以写入的文件夹。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/backup.py" line="269"/>
        <source>Writing {path} failed: {error}.</source>
        <translation>写入 {path} 失败：{error}。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/check.py" line="60"/>
        <location filename="../../partnerbook/store/migrate.py" line="230"/>
        <source>There is no journal at {path}.</source>
        <translation>{path} 处没有日志。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/check.py" line="61"/>
        <source>Check the path given to --db or PARTNERBOOK_DATABASE_URL.</source>
        <translation>请检查传给 --db 或 PARTNERBOOK_DATABASE_URL 的路径。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/cipher.py" line="50"/>
        <source>Encryption needs the optional package: pip install &apos;partnerbook[encryption]&apos;</source>
        <translation>加密需要可选软件包：pip install &apos;partnerbook[encryption]&apos;</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/cipher.py" line="52"/>
        <source>The passphrase does not open this journal.</source>
        <translation>此口令无法打开该日志。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/cipher.py" line="76"/>
        <source>The passphrase is empty.</source>
        <translation>口令为空。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/cipher.py" line="76"/>
        <source>Type a passphrase.</source>
        <translation>请输入口令。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/cipher.py" line="79"/>
        <source>A passphrase cannot contain a NUL character.</source>
        <translation>口令不能包含 NUL 字符。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/cipher.py" line="117"/>
        <source>Encryption needs the optional package: pip install &apos;partnerbook[encryption]&apos;.</source>
        <translation>加密需要可选软件包：pip install &apos;partnerbook[encryption]&apos;。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/cipher.py" line="220"/>
        <source>Try again; the journal was not changed.</source>
        <translation>请重试；日志未被更改。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="71"/>
        <source>The database location is empty.</source>
        <translation>数据库位置为空。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="71"/>
        <source>Give a file path or a URL.</source>
        <translation>请给出文件路径或 URL。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="78"/>
        <source>&apos;{text}&apos; is not a database URL.</source>
        <translation>“{text}”不是数据库 URL。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="80"/>
        <source>Use a file path, or a URL such as sqlite:///path/journal.sqlite or postgresql://user@host/partnerbook.</source>
        <translation>请使用文件路径，或 sqlite:///path/journal.sqlite、postgresql://user@host/partnerbook 这样的 URL。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="88"/>
        <source>An in-memory journal would be lost on exit.</source>
        <translation>内存中的日志会在退出时丢失。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="89"/>
        <source>Give a file.</source>
        <translation>请给出一个文件。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="98"/>
        <source>&apos;{path}&apos; is a folder, not a journal file.</source>
        <translation>“{path}”是文件夹，不是日志文件。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="100"/>
        <source>Give the path of a journal file, e.g. {example}</source>
        <translation>请给出日志文件的路径，例如 {example}</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="115"/>
        <source>&apos;{drivername}&apos; is not a kind of database PartnerBook can use.</source>
        <translation>“{drivername}”不是 PartnerBook 能使用的数据库类型。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="118"/>
        <source>Give a journal file, or a URL such as postgresql://user@host/partnerbook.</source>
        <translation>请给出日志文件，或 postgresql://user@host/partnerbook 这样的 URL。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="125"/>
        <source>The driver for {kind} databases is not installed ({detail}).</source>
        <translation>未安装 {kind} 数据库的驱动程序（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="129"/>
        <source>Install it, e.g. pip install &apos;psycopg[binary]&apos; for PostgreSQL.</source>
        <translation>请安装它，例如 PostgreSQL 用 pip install &apos;psycopg[binary]&apos;。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="394"/>
        <source>This was changed in another window or program meanwhile; your change was not saved.</source>
        <translation>这期间它已在另一个窗口或程序中被修改；您的更改未保存。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="398"/>
        <source>Look at it again (it now shows the other change), then make your change again.</source>
        <translation>请重新查看（现在显示的是另一处更改），然后再做一次您的更改。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="440"/>
        <source>The disk holding {where} is full; nothing was saved.</source>
        <translation>{where} 所在的磁盘已满；未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="441"/>
        <source>Free some space, then try again. What was saved before is safe.</source>
        <translation>请腾出一些空间后重试。之前保存的内容都安全。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="446"/>
        <source>The journal {where} is read-only; nothing was saved.</source>
        <translation>日志 {where} 是只读的；未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="448"/>
        <source>Check the permissions of the file and its folder, or move it somewhere writable.</source>
        <translation>请检查该文件及其文件夹的权限，或把它移到可写入的位置。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="454"/>
        <source>The journal {where} cannot be opened.</source>
        <translation>无法打开日志 {where}。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="456"/>
        <source>Check that the drive is connected and that you may read and write the folder.</source>
        <translation>请检查驱动器是否已连接，以及您是否可以读写该文件夹。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="463"/>
        <source>The journal {where} stayed busy for too long; nothing was saved.</source>
        <translation>日志 {where} 长时间处于忙碌状态；未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="465"/>
        <source>Another program is writing to it. Try again in a moment.</source>
        <translation>另一个程序正在写入它。请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="471"/>
        <source>Reading or writing {where} failed (disk I/O error); nothing was saved.</source>
        <translation>读写 {where} 失败（磁盘 I/O 错误）；未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="474"/>
        <source>Check the drive, then run &apos;partnerbook check&apos;.</source>
        <translation>请检查驱动器，然后运行“partnerbook check”。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="484"/>
        <source>The database {where} refused the operation: {error}</source>
        <translation>数据库 {where} 拒绝了该操作：{error}</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/lock.py" line="45"/>
        <source>Cannot create the lock file {path}: {detail}.</source>
        <translation>无法创建锁文件 {path}：{detail}。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/lock.py" line="49"/>
        <source>Check that you may write to the journal&apos;s folder.</source>
        <translation>请检查您是否可以写入日志所在的文件夹。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/lock.py" line="54"/>
        <source>This journal is already open in another PartnerBook window.</source>
        <translation>此日志已在另一个 PartnerBook 窗口中打开。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/lock.py" line="55"/>
        <source>Switch to that window, or close it first.</source>
        <translation>请切换到那个窗口，或先关闭它。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/migrate.py" line="121"/>
        <source>Check that the file exists and that you may read it.</source>
        <translation>请检查该文件是否存在，以及您是否可以读取它。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/migrate.py" line="166"/>
        <source>give its passphrase (run the command in a terminal, or set {variable} for a script)</source>
        <translation>请提供它的口令（在终端中运行该命令，或为脚本设置 {variable}）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/migrate.py" line="175"/>
        <location filename="../../partnerbook/store/migrate.py" line="182"/>
        <source>{where} is not a PartnerBook journal (it is not a database file).</source>
        <translation>{where} 不是 PartnerBook 日志（它不是数据库文件）。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/migrate.py" line="177"/>
        <source>If it is an encrypted journal: {how}. The file was not changed.</source>
        <translation>如果它是加密日志：{how}。文件未被更改。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/migrate.py" line="185"/>
        <source>Check the path given to --db or PARTNERBOOK_DATABASE_URL. The file was not changed.</source>
        <translation>请检查传给 --db 或 PARTNERBOOK_DATABASE_URL 的路径。文件未被更改。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/migrate.py" line="191"/>
        <source>its structure cannot be read</source>
        <translation>无法读取其结构</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/migrate.py" line="196"/>
        <source>{where} is a database of another application, not a PartnerBook journal.</source>
        <translation>{where} 是其他应用程序的数据库，不是 PartnerBook 日志。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/migrate.py" line="200"/>
        <source>Give the path of a PartnerBook journal, or a new file name to start one. The file was not changed.</source>
        <translation>请给出 PartnerBook 日志的路径，或用新文件名新建一个。文件未被更改。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/migrate.py" line="211"/>
        <source>{where} was written by a newer version of PartnerBook (schema {revision}).</source>
        <translation>{where} 由较新版本的 PartnerBook 写入（架构 {revision}）。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/migrate.py" line="215"/>
        <source>Update PartnerBook to open it. The file was not changed.</source>
        <translation>请更新 PartnerBook 后再打开。文件未被更改。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/migrate.py" line="232"/>
        <source>Check the path, or run &apos;partnerbook demo&apos; to create a sample journal.</source>
        <translation>请检查路径，或运行“partnerbook demo”创建示例日志。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/migrate.py" line="289"/>
        <source>Cannot create the folder {parent}: {detail}.</source>
        <translation>无法创建文件夹 {parent}：{detail}。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/migrate.py" line="293"/>
        <source>Choose a journal location you may write to (--db).</source>
        <translation>请选择一个您可以写入的日志位置（--db）。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/migrate.py" line="300"/>
        <source>Cannot create the journal {path}: {detail}.</source>
        <translation>无法创建日志 {path}：{detail}。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/migrate.py" line="305"/>
        <source>Check that you may write to the folder, or choose another location (--db).</source>
        <translation>请检查您是否可以写入该文件夹，或选择其他位置（--db）。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/errors.py" line="82"/>
        <source>Restore the latest good backup with &apos;partnerbook restore FILE&apos; (backups are in the folder beside the journal). The journal was not changed.</source>
        <translation>请用“partnerbook restore FILE”恢复最近一个完好的备份（备份在日志旁边的文件夹里）。日志未被更改。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/errors.py" line="89"/>
        <source>The journal {path} is damaged: {detail}.</source>
        <translation>日志 {path} 已损坏：{detail}。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/errors.py" line="90"/>
        <source>The journal {path} is damaged.</source>
        <translation>日志 {path} 已损坏。</translation>
    </message>
</context>
<context>
    <name>Punctuation</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/punctuation.py" line="22"/>
        <source>, </source>
        <comment>between the items of a list: &apos;bank, e-wallet&apos; (Chinese: 、)</comment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/punctuation.py" line="34"/>
        <source>%1, %2</source>
        <comment>a city (%1), then its country (%2): &apos;Milan, Italy&apos;</comment>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/punctuation.py" line="44"/>
        <source>%1: </source>
        <comment>a caption before its value: &apos;Scope: …&apos; (Chinese: ：)</comment>
        <translation>%1：</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/punctuation.py" line="52"/>
        <source> (%1)</source>
        <comment>a remark in brackets after a word: &apos;Anna (pending)&apos; (Chinese: （%1）, no space)</comment>
        <translation>（%1）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/punctuation.py" line="58"/>
        <source> — </source>
        <comment>between a name and what is said of it: &apos;Anna — Head of sales&apos;</comment>
        <translation>——</translation>
    </message>
</context>
<context>
    <name>QuickCapture</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="70"/>
        <source>Quick Note</source>
        <translation>快速笔记</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="103"/>
        <source>What was said? e.g. coffee — she needs a Q1 KPI win; follow up next Tuesday</source>
        <translation>聊了什么？例如：咖啡——她需要拿下 Q1 的 KPI；跟进：下周二</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="105"/>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="106"/>
        <source>Enter saves, Shift+Enter starts a new line</source>
        <translation>Enter 保存，Shift+Enter 换行</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="115"/>
        <source>What PartnerBook understood</source>
        <translation>PartnerBook 的理解</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="123"/>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="134"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="128"/>
        <source>When it happened</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="129"/>
        <source>now — or yesterday 15:00, last Friday…</source>
        <translation>默认为现在——或 昨天 15:00、上周五…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="139"/>
        <source>The company, if any</source>
        <translation>公司（如有）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="140"/>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="142"/>
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="143"/>
        <source>Follow up on</source>
        <translation>跟进日期</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="145"/>
        <source>no follow-up — or next tuesday, in 2 weeks…</source>
        <translation>默认不跟进——或 下周二、2周后…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="147"/>
        <source>Follow up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="157"/>
        <source>Enter saves · Shift+Enter new line · Esc keeps the draft</source>
        <translation>Enter 保存 · Shift+Enter 换行 · Esc 保留草稿</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="160"/>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="161"/>
        <source>Forget this draft</source>
        <translation>丢弃此草稿</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="164"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="211"/>
        <source>follow-up %1 %2</source>
        <translation>跟进 %1 %2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="218"/>
        <source>(“%1” is not a date I understand: no follow-up set)</source>
        <translation>（无法识别“%1”这个日期：未设置跟进）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="255"/>
        <source>The follow-up date is not one I understand: change it or clear it.</source>
        <translation>无法识别跟进日期：请修改或清空。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="261"/>
        <source>When it happened is not a date I understand.</source>
        <translation>无法识别发生时间。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="286"/>
        <source>What you typed stays here, and is kept in %1 until it can be saved.</source>
        <translation>你输入的内容留在这里，并保存在 %1，直到可以存入日志。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="309"/>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="311"/>
        <source>Saved for %1: %2</source>
        <translation>已为 %1 保存：%2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="315"/>
        <source>follow-up %1</source>
        <translation>跟进 %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="396"/>
        <source>The journal cannot be written: %1
What you type stays in this window and is kept in %2 until the journal can take it.</source>
        <translation>无法写入日志：%1
你输入的内容会留在此窗口，并保存在 %2，直到日志可以写入。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="405"/>
        <source>The draft could not be kept (%1). Keep this window open.</source>
        <translation>无法保留草稿（%1）。请不要关闭此窗口。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="453"/>
        <source>Your unsaved note is back, as you left it.</source>
        <translation>您未保存的笔记已恢复，和离开时一样。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="459"/>
        <source>Your unsaved note is back, as you left it. The journal could not be written then, so it was kept in a file of its own; it is in the journal again now.</source>
        <translation>你未保存的笔记已恢复，和你离开时一样。当时无法写入日志，所以它被保存在单独的文件里；现在它已重新存入日志。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="467"/>
        <source>Your unsaved note is back, as you left it. The journal still cannot be written, so it stays kept in a file of its own.</source>
        <translation>你未保存的笔记已恢复，和你离开时一样。日志仍然无法写入，所以它继续保存在单独的文件里。</translation>
    </message>
</context>
<context>
    <name>Reading</name>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="34"/>
        <source>given name</source>
        <translation>名</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="35"/>
        <source>family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="36"/>
        <source>role</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="37"/>
        <source>department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="38"/>
        <source>city</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="39"/>
        <source>country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="40"/>
        <location filename="../../partnerbook/services/import_merge.py" line="41"/>
        <location filename="../../partnerbook/services/import_merge.py" line="42"/>
        <source>birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="43"/>
        <location filename="../../partnerbook/services/import_merge.py" line="44"/>
        <source>how you met</source>
        <translation>相识经过</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="45"/>
        <source>partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="46"/>
        <location filename="../../partnerbook/services/import_merge.py" line="119"/>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="47"/>
        <location filename="../../partnerbook/services/import_merge.py" line="121"/>
        <source>photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="48"/>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="102"/>
        <source>an email</source>
        <translation>一个邮箱</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="102"/>
        <source>{count} emails</source>
        <translation>{count} 个邮箱</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="106"/>
        <source>a phone</source>
        <translation>一个电话</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="106"/>
        <source>{count} phones</source>
        <translation>{count} 个电话</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="109"/>
        <source>a link</source>
        <translation>一个链接</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="109"/>
        <source>{count} links</source>
        <translation>{count} 个链接</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="112"/>
        <source>a tag</source>
        <translation>一个标签</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="112"/>
        <source>{count} tags</source>
        <translation>{count} 个标签</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="123"/>
        <source>its contact id (to know them next time)</source>
        <translation>联系人 ID（以便下次认出）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="126"/>
        <source>nothing new</source>
        <translation>没有新内容</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="127"/>
        <source>adds {what}</source>
        <translation>新增{what}</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="127"/>
        <source>{earlier}, {later}</source>
        <translation>{earlier}、{later}</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="170"/>
        <source>The contact has no name.</source>
        <translation>此联系人没有姓名。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="301"/>
        <source>the same contact id</source>
        <translation>相同的联系人 ID</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="305"/>
        <source>the same email ({email})</source>
        <translation>相同的邮箱（{email}）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="309"/>
        <source>the same phone ({phone})</source>
        <translation>相同的电话（{phone}）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="313"/>
        <source>the same LinkedIn profile</source>
        <translation>相同的 LinkedIn 个人资料</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="316"/>
        <source>the same name and partner</source>
        <translation>相同的姓名和合作伙伴</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="351"/>
        <source>{name} (record {record})</source>
        <translation>{name}（第 {record} 条记录）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="361"/>
        <source>new person</source>
        <translation>新联系人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="376"/>
        <source>{person}: {why}; {adds}</source>
        <translation>{person}：{why}；{adds}</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_dates.py" line="41"/>
        <source>January</source>
        <translation>1月</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_dates.py" line="42"/>
        <source>February</source>
        <translation>2月</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_dates.py" line="43"/>
        <source>March</source>
        <translation>3月</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_dates.py" line="44"/>
        <source>April</source>
        <translation>4月</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_dates.py" line="45"/>
        <source>May</source>
        <translation>5月</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_dates.py" line="46"/>
        <source>June</source>
        <translation>6月</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_dates.py" line="47"/>
        <source>July</source>
        <translation>7月</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_dates.py" line="48"/>
        <source>August</source>
        <translation>8月</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_dates.py" line="49"/>
        <source>September</source>
        <translation>9月</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_dates.py" line="50"/>
        <source>October</source>
        <translation>10月</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_dates.py" line="51"/>
        <source>November</source>
        <translation>11月</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_dates.py" line="52"/>
        <source>December</source>
        <translation>12月</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_dates.py" line="118"/>
        <source>could be {day} {month} or {other_month} {other_day}; write it as YYYY-MM-DD</source>
        <translation>可能是{month}{day}日，也可能是{other_month}{other_day}日；请写成 YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_dates.py" line="135"/>
        <location filename="../../partnerbook/interop/csv_dates.py" line="138"/>
        <location filename="../../partnerbook/interop/csv_dates.py" line="141"/>
        <location filename="../../partnerbook/interop/csv_dates.py" line="163"/>
        <source>is not a date</source>
        <translation>不是有效日期</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_dates.py" line="159"/>
        <source>has a year that cannot be right</source>
        <translation>年份不可能正确</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_dates.py" line="190"/>
        <source>has no year</source>
        <translation>缺少年份</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_detect.py" line="25"/>
        <source>This file is not a contacts export PartnerBook knows (Google, LinkedIn, Outlook, Thunderbird); use --format to say which program wrote it.</source>
        <translation>此文件不是 PartnerBook 认识的联系人导出文件（Google、LinkedIn、Outlook、Thunderbird）；请用 --format 指明是哪个程序生成的。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_detect.py" line="75"/>
        <location filename="../../partnerbook/interop/csv_records.py" line="78"/>
        <source>The file is empty: there is nothing to import.</source>
        <translation>文件是空的：没有可导入的内容。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_detect.py" line="77"/>
        <source>This is a vCard file, not a CSV: import it as vCard (--format vcard).</source>
        <translation>这是 vCard 文件，不是 CSV：请按 vCard 导入（--format vcard）。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_google.py" line="87"/>
        <location filename="../../partnerbook/interop/csv_outlook.py" line="129"/>
        <source>the birthday &apos;{value}&apos; {reason}</source>
        <translation>生日“{value}”{reason}</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_google.py" line="178"/>
        <source>a Google Contacts CSV</source>
        <translation>Google 通讯录 CSV 文件</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_google.py" line="182"/>
        <source>no row near the top names Google&apos;s columns (First Name, Last Name, Labels…). Export it again from contacts.google.com (Export → Google CSV), or use --format to say which program wrote it.</source>
        <translation>文件开头附近没有一行是 Google 的列名（First Name、Last Name、Labels…）。请从 contacts.google.com 重新导出（Export → Google CSV），或用 --format 指明是哪个程序生成的。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_linkedin.py" line="49"/>
        <source>the date connected &apos;{value}&apos; {reason}</source>
        <translation>建立联系的日期“{value}”{reason}</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_linkedin.py" line="78"/>
        <source>a LinkedIn Connections.csv</source>
        <translation>LinkedIn 的 Connections.csv</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_linkedin.py" line="82"/>
        <source>no row near the top has LinkedIn&apos;s columns (First Name, Last Name, URL, Company, Position, Connected On). Use Connections.csv from LinkedIn&apos;s data export (Settings → Data privacy → Get a copy of your data), or use --format to say which program wrote it.</source>
        <translation>文件开头附近没有一行包含 LinkedIn 的列（First Name、Last Name、URL、Company、Position、Connected On）。请使用 LinkedIn 数据导出中的 Connections.csv（设置 → 数据隐私 → 获取您的数据副本），或用 --format 指明是哪个程序生成的。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_outlook.py" line="196"/>
        <source>an Outlook contacts CSV</source>
        <translation>Outlook 联系人 CSV 文件</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_outlook.py" line="200"/>
        <source>no row near the top names Outlook&apos;s columns (First Name, Last Name, E-mail Address…, or their German or Italian names). Export it again from Outlook (File → Open &amp; Export → Import/Export → Export to a file → Comma Separated Values), or use --format to say which program wrote it.</source>
        <translation>文件开头附近没有一行是 Outlook 的列名（First Name、Last Name、E-mail Address…，或它们的德语、意大利语名称）。请从 Outlook 重新导出（文件 → 打开和导出 → 导入/导出 → 导出到文件 → 逗号分隔值），或用 --format 指明是哪个程序生成的。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_records.py" line="82"/>
        <source>This is not {kind}: {hint}</source>
        <translation>这不是{kind}：{hint}</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_records.py" line="87"/>
        <source>The file could not be read ({problem}).</source>
        <translation>无法读取文件（{problem}）。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_records.py" line="108"/>
        <source>a quote in it is never closed, so that cell ends with its line</source>
        <translation>其中有引号未闭合，因此该单元格到行尾为止</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_records.py" line="116"/>
        <source>it has no name, organisation, email or phone to know the person by</source>
        <translation>没有可用来识别此人的姓名、单位、邮箱或电话</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_records.py" line="120"/>
        <source>it could not be read ({problem})</source>
        <translation>无法读取（{problem}）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_records.py" line="123"/>
        <source>one cell past the last column was left out</source>
        <translation>超出最后一列的 1 个单元格已被忽略</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_records.py" line="125"/>
        <source>{count} cells past the last column were left out</source>
        <translation>超出最后一列的 {count} 个单元格已被忽略</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_records.py" line="130"/>
        <source>the rest was read</source>
        <translation>其余内容已读取</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_records.py" line="132"/>
        <source>the row was skipped</source>
        <translation>已跳过该行</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_records.py" line="158"/>
        <source>an unexpected {error}; please report it</source>
        <translation>意外的 {error}，请报告此问题</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_thunderbird.py" line="94"/>
        <source>the birthday &apos;{value}&apos; (year-month-day) is not a date</source>
        <translation>生日“{value}”（年-月-日）不是有效日期</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_thunderbird.py" line="100"/>
        <source>the birthday &apos;{value}&apos; (year-month-day) {reason}</source>
        <translation>生日“{value}”（年-月-日）{reason}</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_thunderbird.py" line="118"/>
        <source>a Thunderbird address book CSV</source>
        <translation>Thunderbird 通讯簿 CSV 文件</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_thunderbird.py" line="122"/>
        <source>no row near the top names Thunderbird&apos;s columns (First Name, Last Name, Display Name, Primary Email…; translated headers are not read). Export it again from Thunderbird&apos;s Address Book in English, or use --format to say which program wrote it.</source>
        <translation>文件开头附近没有一行是 Thunderbird 的列名（First Name、Last Name、Display Name、Primary Email…；翻译过的表头无法读取）。请在英文界面下从 Thunderbird 通讯簿重新导出，或用 --format 指明是哪个程序生成的。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/vcard_prepare.py" line="195"/>
        <source>It ends without END:VCARD: the file looks cut short, so this contact was left out. Export the contacts again.</source>
        <translation>它没有以 END:VCARD 结束：文件似乎不完整，因此略过了此联系人。请重新导出联系人。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/vcard_read.py" line="46"/>
        <source>This file holds no vCard (no BEGIN:VCARD line). Is it a .vcf file?</source>
        <translation>此文件中没有 vCard（没有 BEGIN:VCARD 行）。它是 .vcf 文件吗？</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/vcard_read.py" line="48"/>
        <source>This contact has no name, email or phone, so there is nothing to call it by; it was left out.</source>
        <translation>此联系人没有姓名、邮箱或电话，无从称呼；已略过。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/vcard_read.py" line="51"/>
        <source>This contact could not be read because of an unexpected problem in PartnerBook; it was left out. Please report it.</source>
        <translation>由于 PartnerBook 出现意外问题，无法读取此联系人；已略过。请报告此问题。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/vcard_read.py" line="187"/>
        <source>The birthday &apos;{value}&apos; is not a date; the rest was read</source>
        <translation>生日“{value}”不是有效日期；其余内容已读取</translation>
    </message>
    <message>
        <location filename="../../partnerbook/messages.py" line="135"/>
        <source>{earlier}; {later}</source>
        <translation>{earlier}；{later}</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/reminder_banner.py" line="26"/>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/reminder_banner.py" line="28"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/reminder_banner.py" line="30"/>
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/reminder_banner.py" line="31"/>
        <source>Remind me tomorrow morning</source>
        <translation>明天早上提醒我</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/reminder_banner.py" line="36"/>
        <source>Close the reminder</source>
        <translation>关闭提醒</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/reminder_banner.py" line="53"/>
        <source>Follow up now: %1</source>
        <translation>现在该跟进：%1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/reminder_banner.py" line="55"/>
        <source>(and %1 more)</source>
        <translation>（还有 %1 项）</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="61"/>
        <source>Review of %1</source>
        <translation>%1 复盘</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="70"/>
        <source>Rhythm</source>
        <translation>周期</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="73"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="73"/>
        <source>Period from</source>
        <translation>期间起始</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="74"/>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="74"/>
        <source>Period to</source>
        <translation>期间结束</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="80"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="84"/>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="86"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="86"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="86"/>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="86"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="97"/>
        <source>Add a KPI</source>
        <translation>添加 KPI</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="100"/>
        <source>Remove the KPI</source>
        <translation>移除此 KPI</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="108"/>
        <source>How the period went</source>
        <translation>本期情况如何</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="108"/>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="112"/>
        <source>Summary</source>
        <translation>总结</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="110"/>
        <source>What happens next, and who does it</source>
        <translation>接下来做什么，由谁负责</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="110"/>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="114"/>
        <source>Next steps</source>
        <translation>后续步骤</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="187"/>
        <source>Give the period&apos;s first and last day.</source>
        <translation>请填写期间的第一天和最后一天。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="228"/>
        <source>Save a review</source>
        <translation>保存复盘</translation>
    </message>
</context>
<context>
    <name>SatelliteEditor</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="177"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="178"/>
        <source>Remove this item</source>
        <translation>移除此项</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="249"/>
        <source>Add a Motivation</source>
        <translation>添加动机</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="249"/>
        <source>Remove a Motivation</source>
        <translation>移除动机</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="251"/>
        <source>Add a Personal Detail</source>
        <translation>添加个人信息</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="252"/>
        <source>Remove a Personal Detail</source>
        <translation>移除个人信息</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="254"/>
        <source>Add a Contact</source>
        <translation>添加联系方式</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="254"/>
        <source>Remove a Contact</source>
        <translation>移除联系方式</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="255"/>
        <source>Add a Benefit</source>
        <translation>添加收益</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="255"/>
        <source>Remove a Benefit</source>
        <translation>移除收益</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="257"/>
        <source>Add a Row</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="257"/>
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
        <location filename="../../partnerbook/ui/views/search_view.py" line="183"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="185"/>
        <source>Search names and notes — no accents needed: nguyen, kpi q1, 合作</source>
        <translation>搜索姓名和笔记——无需输入声调符号：nguyen、kpi q1、合作</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="204"/>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="315"/>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="338"/>
        <source>People</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="339"/>
        <source>Partners</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="340"/>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="355"/>
        <source>Search everything in the journal: people, partners and every note.

Type a name or its beginning (“ngu” finds Nguyễn), a few words of a note (“q1 kpi”), a city or a partner. Case and accents do not matter, and Chinese works as written (合作).

Down moves into the results; Enter opens the first one.</source>
        <translation>搜索日志中的全部内容：联系人、合作伙伴和每一条笔记。

输入姓名或其开头（“ngu”可找到 Nguyễn）、笔记中的几个词（“q1 kpi”）、城市或合作伙伴。不区分大小写和声调符号，中文按原文输入即可（合作）。

按 Down 键（↓）进入结果；按 Enter 打开第一个结果。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="368"/>
        <source>Nothing found for “%1”.

Try fewer words, or the beginning of a name.</source>
        <translation>未找到与“%1”相关的内容。

试试减少词语，或输入名字的开头。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/views/search_view.py" line="388"/>
        <source>%n found</source>
        <translation>
            <numerusform>找到 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="392"/>
        <source>The first %1 found; add a word to narrow them</source>
        <translation>显示前 %1 项；再加一个词可缩小范围</translation>
    </message>
</context>
<context>
    <name>TasksCard</name>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="60"/>
        <source>Follow-ups and promises</source>
        <translation>跟进与承诺</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="69"/>
        <source>Follow-up or promise</source>
        <translation>跟进或承诺</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="70"/>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="122"/>
        <source>Follow up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="74"/>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="75"/>
        <source>What is to be done</source>
        <translation>要做什么</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="76"/>
        <source>By when</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="77"/>
        <source>by when: next tuesday…</source>
        <translation>截止时间：下周二…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="79"/>
        <source>Repeat</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="80"/>
        <source>A follow-up can come back on a rhythm</source>
        <translation>跟进可以按周期重复</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="82"/>
        <source>Once</source>
        <translation>一次</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="83"/>
        <source>Every week</source>
        <translation>每周</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="84"/>
        <source>Every 2 weeks</source>
        <translation>每 2 周</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="85"/>
        <source>Every month</source>
        <translation>每月</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="86"/>
        <source>Every 3 months</source>
        <translation>每 3 个月</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="92"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="125"/>
        <source>by %1</source>
        <translation>截止 %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="136"/>
        <source>By when: that is not a date I understand.</source>
        <translation>截止时间：无法识别这个日期。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="162"/>
        <source>Add a follow-up</source>
        <translation>添加跟进</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="169"/>
        <source>Added (%1).</source>
        <translation>已添加（%1）。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="169"/>
        <source>Added.</source>
        <translation>已添加。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="198"/>
        <source>Tick a follow-up</source>
        <translation>勾选跟进</translation>
    </message>
</context>
<context>
    <name>TimelineDelegateText</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/timeline_delegate.py" line="109"/>
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
        <location filename="../../partnerbook/ui/models/timeline_model.py" line="483"/>
        <source>MMMM yyyy</source>
        <comment>the month band&apos;s date format, in Qt&apos;s codes: zh &apos;yyyy年M月&apos;</comment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/timeline_model.py" line="491"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/timeline_model.py" line="493"/>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="356"/>
        <source>Kind of entry</source>
        <translation>条目类型</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="367"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="382"/>
        <source>Nothing here yet: notes and follow-ups with them will appear here.</source>
        <translation>这里还没有内容：与对方相关的笔记和跟进会显示在这里。</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="137"/>
        <source>Kind of entry</source>
        <translation>条目类型</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="144"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="149"/>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="226"/>
        <source>All tags</source>
        <translation>所有标签</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="156"/>
        <source>Anyone</source>
        <translation>任何人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="157"/>
        <source>Person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="162"/>
        <source>Any partner</source>
        <translation>任何合作伙伴</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="163"/>
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="170"/>
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
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="182"/>
        <source>From (date)</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="182"/>
        <source>From date</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="183"/>
        <source>To (date)</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="183"/>
        <source>To date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="188"/>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="189"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="194"/>
        <source>Timeline message</source>
        <translation>时间线消息</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="210"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="262"/>
        <source>The end date is before the start date.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="303"/>
        <source>Nothing matches these filters.</source>
        <translation>没有符合这些筛选条件的内容。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="304"/>
        <source>Nothing on the timeline yet. Notes, follow-ups and reviews appear here.</source>
        <translation>时间线上还没有内容。笔记、跟进和复盘会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="329"/>
        <source>Nothing on or before %1.</source>
        <translation>%1 及之前没有内容。</translation>
    </message>
</context>
<context>
    <name>TimelineViewText</name>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="48"/>
        <source>All kinds</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="49"/>
        <source>Interactions</source>
        <translation>互动</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="50"/>
        <source>Follow-ups</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="51"/>
        <source>Promises</source>
        <translation>承诺</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="52"/>
        <source>Give &amp; take</source>
        <translation>付出与收获</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="53"/>
        <source>Reviews</source>
        <translation>复盘</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="54"/>
        <source>Stage changes</source>
        <translation>阶段变更</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="106"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="119"/>
        <source>Promises kept</source>
        <translation>承诺兑现情况</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="125"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="126"/>
        <source>Snooze</source>
        <translation>推迟</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="127"/>
        <source>Log a Note</source>
        <translation>记笔记</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="128"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="128"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="129"/>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="129"/>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="154"/>
        <source>Today&apos;s list</source>
        <translation>今日列表</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="157"/>
        <source>D done, S snooze, L log a note, Enter open, P open the person, Delete dismiss, B a promise broken</source>
        <translation>D 完成，S 推迟，L 记笔记，Enter 打开，P 打开联系人，Delete 忽略，B 承诺未兑现</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="180"/>
        <source>Nothing is due today. Log what was said at your last meeting (Ctrl+L), or set a stay-in-touch rhythm on the people who matter.</source>
        <translation>今天没有到期事项。记下上次会面聊了什么（Ctrl+L），或为重要的人设置保持联系的频率。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="262"/>
        <source>You kept %1 of %2 promises (%3)</source>
        <translation>您兑现了 %2 个承诺中的 %1 个（%3）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="263"/>
        <source>they kept %1 of %2 (%3)</source>
        <translation>对方兑现了 %2 个中的 %1 个（%3）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="291"/>
        <source>Follow-ups due</source>
        <translation>到期的跟进</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="292"/>
        <source>Promises due this week</source>
        <translation>本周到期的承诺</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="293"/>
        <source>Time to get back in touch</source>
        <translation>待重新联系</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="294"/>
        <source>Partner reviews due</source>
        <translation>到期的合作伙伴复盘</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="295"/>
        <source>Birthdays this week</source>
        <translation>本周生日</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="304"/>
        <source>(the first %1)</source>
        <translation>（前 %1 项）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/views/today_view.py" line="329"/>
        <source>%n follow-up(s) due</source>
        <translation>
            <numerusform>%n 个跟进到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/views/today_view.py" line="330"/>
        <source>%n promise(s) due this week</source>
        <translation>
            <numerusform>本周有 %n 个承诺到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/views/today_view.py" line="331"/>
        <source>%n to get back in touch with</source>
        <translation>
            <numerusform>%n 人待重新联系</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/views/today_view.py" line="332"/>
        <source>%n partner review(s) due</source>
        <translation>
            <numerusform>%n 个合作伙伴复盘到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/views/today_view.py" line="333"/>
        <source>%n birthday(s) this week</source>
        <translation>
            <numerusform>本周有 %n 个生日</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="367"/>
        <source>never met yet</source>
        <translation>从未见过</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="368"/>
        <source>last spoke %1</source>
        <translation>上次交谈 %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="371"/>
        <location filename="../../partnerbook/ui/views/today_view.py" line="379"/>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="376"/>
        <source>1 day overdue</source>
        <translation>逾期 1 天</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="377"/>
        <source>%1 days overdue</source>
        <translation>逾期 %1 天</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="381"/>
        <source>tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="382"/>
        <source>in %1 days</source>
        <translation>%1 天后</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="427"/>
        <source>Promise kept</source>
        <translation>承诺已兑现</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="429"/>
        <source>Marked done</source>
        <comment>the status line after D</comment>
        <translation>已标记为完成</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="440"/>
        <source>Marked as broken</source>
        <translation>已标记为未兑现</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="448"/>
        <source>Dismissed</source>
        <translation>已忽略</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="454"/>
        <source>Snoozed</source>
        <translation>已推迟</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="463"/>
        <source>Later today</source>
        <translation>今天晚些时候</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="464"/>
        <source>Tomorrow morning</source>
        <translation>明天早上</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="465"/>
        <source>Next week</source>
        <translation>下周</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="469"/>
        <source>Pick a date…</source>
        <translation>选择日期…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="479"/>
        <source>Snooze until</source>
        <translation>推迟到</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="480"/>
        <source>Until when? (e.g. next tuesday, 5 December, thứ ba tuần sau)</source>
        <translation>推迟到什么时候？（例如：下周二、12月5日、next tuesday）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="488"/>
        <source>&apos;%1&apos; is not a date I understand; nothing was snoozed.</source>
        <translation>无法识别“%1”这个日期；未推迟任何事项。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="511"/>
        <source>%1. Ctrl+Z takes it back.</source>
        <translation>%1。按 Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="563"/>
        <source>Broken</source>
        <translation>未兑现</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="568"/>
        <source>Open %1</source>
        <translation>打开 %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="567"/>
        <source>them</source>
        <translation>对方</translation>
    </message>
</context>
<context>
    <name>TopicsCard</name>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_topics.py" line="36"/>
        <source>Personal topics learned</source>
        <translation>了解到的个人话题</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_topics.py" line="43"/>
        <source>One per line: family, hobbies, what to ask about next time. Offer them to the person&apos;s page to remember them there.</source>
        <translation>每行一条：家人、爱好、下次要问的事。可以把它们添加到联系人页面上，在那里记住。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_topics.py" line="52"/>
        <source>e.g. her daughter starts university in March</source>
        <translation>例如：她女儿三月上大学</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_topics.py" line="52"/>
        <source>Topics learned</source>
        <translation>了解到的话题</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_topics.py" line="70"/>
        <source>Add to %1&apos;s details</source>
        <translation>添加到 %1 的个人信息</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_topics.py" line="91"/>
        <source>%1&apos;s personal details already hold these.</source>
        <translation>%1 的个人信息中已有这些内容。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_topics.py" line="93"/>
        <source>One topic added to %1&apos;s personal details.</source>
        <translation>已将一个话题添加到 %1 的个人信息。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_topics.py" line="96"/>
        <source>%1 topics added to %2&apos;s personal details.</source>
        <translation>已将 %1 个话题添加到 %2 的个人信息。</translation>
    </message>
</context>
<context>
    <name>TrackRecord</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="25"/>
        <source>you have %1 open</source>
        <translation>您有 %1 个待兑现</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="25"/>
        <source>they have %1 open</source>
        <translation>对方有 %1 个待兑现</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="29"/>
        <source>no promises from you yet</source>
        <translation>您尚未做出承诺</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="31"/>
        <source>no promises from them yet</source>
        <translation>对方尚未做出承诺</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="34"/>
        <source>you kept %1 of %2 (%3)</source>
        <translation>您兑现了 %2 个中的 %1 个（%3）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="36"/>
        <source>they kept %1 of %2 (%3)</source>
        <translation>对方兑现了 %2 个中的 %1 个（%3）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="44"/>
        <source>%1 open</source>
        <translation>%1 个待兑现</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="50"/>
        <source>Promises: %1 · %2</source>
        <translation>承诺：%1 · %2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="56"/>
        <source>Give &amp; take: you have given %1, received %2</source>
        <translation>付出与收获：您已付出 %1 次，收获 %2 次</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="62"/>
        <source>referrals: %1 given (%2 won), %3 received</source>
        <translation>转介绍：送出 %1 个（成交 %2 个），收到 %3 个</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="69"/>
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
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="93"/>
        <source>Nothing on the timeline yet.</source>
        <translation>时间线上还没有内容。</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="405"/>
        <source>There is no such day; check the date.</source>
        <translation>没有这一天，请检查日期。</translation>
    </message>
</context>
</TS>
