<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/remonitor/ui/shell/about.py" line="+32"/>
        <source>About remonitor</source>
        <translation>关于 remonitor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qt / PySide6</source>
        <translation>Qt / PySide6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pyqtgraph</source>
        <translation>pyqtgraph</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log folder</source>
        <translation>日志文件夹</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;h3&gt;remonitor {version}&lt;/h3&gt;&lt;p&gt;China&apos;s rare-earth exports, export-control events and licence applications, offline.&lt;/p&gt;&lt;table cellspacing=4&gt;{rows}&lt;/table&gt;&lt;p&gt;remonitor uses Qt {qt} under the GNU LGPL version 3 (see &lt;i&gt;About Qt&lt;/i&gt;), PySide6, pyqtgraph, pandas and SQLite.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;remonitor {version}&lt;/h3&gt;&lt;p&gt;中国稀土出口数据、出口管制事件与许可证申请，离线可用。&lt;/p&gt;&lt;table cellspacing=4&gt;{rows}&lt;/table&gt;&lt;p&gt;remonitor 依据 GNU LGPL 第 3 版使用 Qt {qt}（见&lt;i&gt;关于 Qt&lt;/i&gt;），并使用 PySide6、pyqtgraph、pandas 和 SQLite。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open log folder</source>
        <translation>打开日志文件夹</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About Qt</source>
        <translation>关于 Qt</translation>
    </message>
</context>
<context>
    <name>ActionRegistry</name>
    <message>
        <location filename="../../src/remonitor/ui/shell/actions.py" line="+82"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <location filename="../../src/remonitor/core/alerts.py" line="+84"/>
        <source>{source}, released {date}</source>
        <translation>{source}，{date} 发布</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New figure: {series}</source>
        <translation>新数据：{series}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{series}: {change} {kind}</source>
        <translation>{series}：{kind} {change}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{figure}; beyond the ±{limit} % you set ({source})</source>
        <translation>{figure}；超出您设定的 ±{limit} %（{source}）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>above</source>
        <translation>高于</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>below</source>
        <translation>低于</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{series}: {side} its range</source>
        <translation>{series}：{side}近期区间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{figure}; the last {n} periods ran {low} – {high} ({source})</source>
        <translation>{figure}；前 {n} 期在 {low} – {high} 之间（{source}）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{series}: no new figure</source>
        <translation>{series}：未见新数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the last came {date}; {source} usually publishes every {days} days, so one was due by {due}</source>
        <translation>上一期发布于 {date}；{source} 通常每 {days} 天发布一次，本应在 {due} 前发布</translation>
    </message>
</context>
<context>
    <name>AlertsBox</name>
    <message>
        <location filename="../../src/remonitor/ui/shell/alerts_box.py" line="+43"/>
        <source>Series</source>
        <translation>序列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Named in alerts</source>
        <translation>提醒中的名称</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Add rule</source>
        <translation>添加规则(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watch one more series</source>
        <translation>再关注一个序列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Each alert comes once, as a notification naming the figure, the rule and the source, and the day&apos;s alerts are listed in the task list. Threshold: a % for y/y and m/m (25 fires beyond ±25 %), a number of periods for the range rule. The rules are kept in {path}.</source>
        <translation>每条提醒只出现一次，以通知形式列出数据、规则和来源；当天的提醒汇总在任务列表中。阈值：同比和环比为百分比（25 表示超出 ±25 % 时提醒），区间规则为期数。规则保存在 {path}。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a new figure arrives</source>
        <translation>有新数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>y/y change beyond ±%</source>
        <translation>同比变化超出 ±%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>m/m change beyond ±%</source>
        <translation>环比变化超出 ±%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outside its range of the last N</source>
        <translation>超出前 N 期区间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>later than its usual release</source>
        <translation>晚于通常发布日期</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{token} (not in the store)</source>
        <translation>{token}（数据库中没有）</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+58"/>
        <source>25 or 12</source>
        <translation>25 或 12</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the series&apos; own name</source>
        <translation>序列自身名称</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Alert rule {n}: choose a series</source>
        <translation>提醒规则 {n}：请选择序列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alert rule {n}: the threshold must be a positive number</source>
        <translation>提醒规则 {n}：阈值必须是正数</translation>
    </message>
</context>
<context>
    <name>Analysis</name>
    <message>
        <location filename="../../src/remonitor/core/analysis.py" line="+107"/>
        <source>not enough months to compare: figures for {b} of the {n} months before the announcement and {a} of the {n} from its effect</source>
        <translation>月份不足，无法比较：公布前 {n} 个月中有 {b} 个月有数据，生效起 {n} 个月中有 {a} 个月有数据</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>12 months before: {before} {unit} a month; 12 months from its effect: {after} {unit} a month ({change})</source>
        <translation>公布前 12 个月：每月 {before} {unit}；生效起 12 个月：每月 {after} {unit}（{change}）</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>{span}: the year&apos;s total is not known yet</source>
        <translation>{span}：全年合计尚未公布</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{span}: {share} of the year</source>
        <translation>{span}：占全年 {share}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, against {low}–{high} in the {n} years before</source>
        <translation>，此前 {n} 年为 {low}–{high}</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/views/analysis.py" line="+90"/>
        <source>beside: {label}: {text}</source>
        <translation>对照：{label}：{text}</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>the same series a year earlier</source>
        <translation>同一序列的上一年</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>months inside a bucket (Jan–Feb, a quarter known only as a total) count at the bucket&apos;s monthly average</source>
        <translation>合并期（1–2 月、只有合计的季度）内的各月按该期的月平均计</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{label}: no figures for {months}, so the shares cannot be compared</source>
        <translation>{label}：{months} 没有数据，无法比较份额</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>shares of {label}: {before} against {after}; the changes add up to zero</source>
        <translation>{label} 的份额：{before} 对比 {after}；各项变化之和为零</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{months}: figures for {n} of {of} months</source>
        <translation>{months}：{of} 个月中有 {n} 个月有数据</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>no month with two destinations&apos; prices</source>
        <translation>没有哪个月有两个目的地的价格</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{month}: dearest {dear}, cheapest {cheap}; the dearest pays {ratio} more per unit</source>
        <translation>{month}：最贵 {dear}，最便宜 {cheap}；最贵者单价高出 {ratio}</translation>
    </message>
</context>
<context>
    <name>AnalysisDialog</name>
    <message>
        <location filename="../../src/remonitor/ui/analysis/dialog.py" line="+186"/>
        <source>What moved after a control</source>
        <translation>管制之后的变化</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>beside: nothing</source>
        <translation>对照：无</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>beside: a year earlier</source>
        <translation>对照：上一年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>beside: {label}</source>
        <translation>对照：{label}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>top </source>
        <translation>前 </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Event window</source>
        <translation>事件窗口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who gained, who lost</source>
        <translation>谁得谁失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concentration</source>
        <translation>集中度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prices by destination</source>
        <translation>按目的地的价格</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>months from the announcement</source>
        <translation>距公布的月数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>index, month before announcement = 100</source>
        <translation>指数（公布前一个月 = 100）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>from announcement to effect</source>
        <translation>从公布到生效</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>announced</source>
        <translation>公布</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in effect</source>
        <translation>生效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>announced and in effect</source>
        <translation>公布即生效</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{title} — announced {day}</source>
        <translation>{title} — {day} 公布</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>change of share, percentage points</source>
        <translation>份额变化（百分点）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>HHI (0–10,000)</source>
        <translation>HHI（0–10,000）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Herfindahl index of destinations</source>
        <translation>目的地赫芬达尔指数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No month with destinations held</source>
        <translation>没有含目的地数据的月份</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label}: {month}, HHI {hhi} — as concentrated as {n} equal destinations (1,500–2,500: moderately, above 2,500: highly concentrated)</source>
        <translation>{label}：{month}，HHI {hhi} — 集中程度相当于 {n} 个同等规模的目的地（1,500–2,500：中度集中；2,500 以上：高度集中）</translation>
    </message>
</context>
<context>
    <name>AnalysisTab</name>
    <message>
        <location line="-253"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The picture (PNG, SVG) or the table (CSV, XLSX)</source>
        <translation>图片（PNG、SVG）或表格（CSV、XLSX）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nothing to show yet: this needs a product held by partner (a UN Comtrade, WITS or Eurostat table by destination; File → Import…) and, for the event tabs, an event on the timeline.</source>
        <translation>暂无可显示内容：需要按伙伴国持有的产品数据（UN Comtrade、WITS 或 Eurostat 按目的地的表格；文件 → 导入…），事件相关的标签页还需要时间轴上的事件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>analysis: {what}</source>
        <translation>分析：{what}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG picture (*.png);;SVG picture (*.svg);;Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>PNG 图片 (*.png);;SVG 图片 (*.svg);;Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
    </message>
</context>
<context>
    <name>ApplicationDialog</name>
    <message>
        <location filename="../../src/remonitor/ui/tracker/application_dialog.py" line="+28"/>
        <source>New licence application</source>
        <translation>新建许可证申请</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>required, e.g. RE-2026-014</source>
        <translation>必填，例如 RE-2026-014</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. samarium-cobalt magnets</source>
        <translation>例如 钐钴磁体</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+6"/>
        <source>not set</source>
        <translation>未填写</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>given when submitted</source>
        <translation>提交后获得</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>country, e.g. DE</source>
        <translation>国家，例如 DE</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>one per line: end user; destination
Magnetwerk GmbH; DE</source>
        <translation>每行一个：最终用户; 目的国
Magnetwerk GmbH; DE</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>single (one end user)</source>
        <translation>单项（一个最终用户）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>general (several end users)</source>
        <translation>通用（多个最终用户）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Green channel</source>
        <translation>绿色通道</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Internal reference</source>
        <translation>内部编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MOFCOM application no.</source>
        <translation>商务部申请编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract number</source>
        <translation>合同号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>物项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Control code</source>
        <translation>管制编码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HS code</source>
        <translation>商品编码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elements</source>
        <translation>元素</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence type</source>
        <translation>许可证类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination</source>
        <translation>目的国</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consignee</source>
        <translation>收货人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End user</source>
        <translation>最终用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End users</source>
        <translation>最终用户（多个）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End use</source>
        <translation>最终用途</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted on</source>
        <translation>提交日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Required for this status</source>
        <translation>此状态下必填</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit application {ref}</source>
        <translation>编辑申请 {ref}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The status changes through Change status…</source>
        <translation>状态请通过“更改状态…”修改</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Elements: {problem}</source>
        <translation>元素：{problem}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>End users, line {n}: write &apos;end user; destination&apos; (got {line!r}).</source>
        <translation>最终用户，第 {n} 行：请写成“最终用户; 目的国”（实际为 {line!r}）。</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <location filename="../../src/remonitor/ui/shell/background.py" line="+76"/>
        <source>An inbox import broke off</source>
        <translation>收件箱导入中断</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{source}: notes on the last look</source>
        <translation>{source}：上次查询的说明</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{source} stopped</source>
        <translation>{source} 已停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{why}

Enter a valid key in Edit → Preferences → Sources; remonitor does not try again until then.</source>
        <translation>{why}

请在 编辑 → 偏好设置 → 数据源 中输入有效的密钥；在此之前 remonitor 不会再试。</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The inbox cannot be watched</source>
        <translation>无法监视收件箱</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>backup of the store</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The store is damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore from backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today&apos;s backup was not made</source>
        <translation>今日备份未完成</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Imported from the inbox</source>
        <translation>已从收件箱导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+37"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Already imported</source>
        <translation>已导入过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} was imported before; moved to done/.</source>
        <translation>{file} 之前已导入；已移至 done/。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} could not be imported</source>
        <translation>{file} 无法导入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moved to {path}; the reason is in {log} beside it.

{why}</source>
        <translation>已移至 {path}；原因写在旁边的 {log} 中。

{why}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the folder</source>
        <translation>显示文件夹</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} was not read</source>
        <translation>未读取 {file}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} waits in the inbox</source>
        <translation>{file} 在收件箱中等待</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No format or saved profile recognises it. Map its columns once in the import dialog; files of the same shape are then imported on their own.</source>
        <translation>没有格式或已保存的配置能识别它。请在导入对话框中映射一次它的列；之后相同结构的文件会自动导入。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open in the import dialog</source>
        <translation>在导入对话框中打开</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{n} answer(s), {figures} figures added or revised</source>
        <translation>{n} 个答复，新增或修订 {figures} 个数字</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A feed failed</source>
        <translation>数据源获取失败</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>check reminders</source>
        <translation>检查提醒</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The alert rules cannot be read</source>
        <translation>无法读取提醒规则</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>check alerts</source>
        <translation>检查提醒</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>alerts today: {n} — {titles}</source>
        <translation>今日提醒：{n} 条 — {titles}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{n} more reminders</source>
        <translation>另有 {n} 条提醒</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../../src/remonitor/store/backup.py" line="+124"/>
        <source>remonitor has not changed it. Restore a backup (it is offered if there is a sound one), or move the file aside and restart to begin with a new store.</source>
        <translation>remonitor 未改动该文件。请恢复备份（若有完好的备份会提示），或将该文件移开后重新启动，以新建数据库。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is damaged (SQLite&apos;s check says: {verdict}).</source>
        <translation>已损坏（SQLite 检查结果：{verdict}）。</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>No backup was made of it, and the sound backups are all kept. Restore one (File → Restore from backup…).</source>
        <translation>未对其进行备份，完好的备份全部保留。请恢复其中一个（文件 → 从备份恢复…）。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>damaged: {verdict}</source>
        <translation>已损坏：{verdict}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>schema version {version} is not one this remonitor reads</source>
        <translation>结构版本 {version} 不是本版 remonitor 能读取的</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a remonitor store ({why})</source>
        <translation>不是 remonitor 数据库（{why}）</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <location filename="../../src/remonitor/ui/shell/notifications.py" line="+54"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Details…</source>
        <translation>详情…</translation>
    </message>
</context>
<context>
    <name>ChartData</name>
    <message>
        <location filename="../../src/remonitor/views/catalogue.py" line="+69"/>
        <source>{series} (mirror)</source>
        <translation>{series}（镜像）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>latest {month}, released {date}</source>
        <translation>最新 {month}，发布于 {date}</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/views/chart.py" line="+125"/>
        <source>{n} period(s) without an exchange rate left out: {periods}</source>
        <translation>{n} 个期间没有汇率，未显示：{periods}</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <location filename="../../src/remonitor/ui/chart/export.py" line="+222"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Export the chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>No figures</source>
        <translation>没有数字</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{view} · {units} · source: {sources} · latest release {date}</source>
        <translation>{view} · {units} · 来源：{sources} · 最新发布 {date}</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Save the chart as shown: a PNG, SVG or PDF picture with its title, source and caption, or its points as CSV / XLSX</source>
        <translation>按当前显示保存图表：带标题、来源和说明的 PNG、SVG 或 PDF 图片，或把数据点存为 CSV / XLSX</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Copy chart</source>
        <translation>复制图表(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the chart picture on the clipboard, to paste into a note or a slide (Ctrl+Shift+C)</source>
        <translation>把图表图片放到剪贴板，以粘贴到笔记或幻灯片中（Ctrl+Shift+C）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Picture size</source>
        <translation>图片尺寸</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>PNG picture (*.png);;SVG picture (*.svg);;PDF document (*.pdf);;Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>PNG 图片 (*.png);;SVG 图片 (*.svg);;PDF 文档 (*.pdf);;Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chart exported to {path}</source>
        <translation>图表已导出到 {path}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Chart copied ({w} × {h}): paste it into a note or a slide</source>
        <translation>图表已复制（{w} × {h}）：可粘贴到笔记或幻灯片中</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>export chart</source>
        <translation>导出图表</translation>
    </message>
</context>
<context>
    <name>ChartLegend</name>
    <message>
        <location filename="../../src/remonitor/ui/chart/legend.py" line="+103"/>
        <source>Click a series to hide it, again to show it</source>
        <translation>点击某一序列可将其隐藏，再次点击可重新显示</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>+ {n} more</source>
        <translation>另有 {n} 条</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../../src/remonitor/ui/chart/panel.py" line="+92"/>
        <source>Choose the series shown (Ctrl+L): search every series held, with its freshness</source>
        <translation>选择显示的序列（Ctrl+L）：搜索所有已存序列及其更新情况</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What the chart shows</source>
        <translation>图表显示的内容</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bars or lines (Auto: bars for one series, lines for several)</source>
        <translation>柱状或折线（自动：一个序列用柱状，多个用折线）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The month the index is 100 at</source>
        <translation>指数为 100 的月份</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Log</source>
        <translation>对数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logarithmic y axis (zero and negative values are left out, and counted under the chart)</source>
        <translation>对数纵轴（零和负值不显示，并在图下计数）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Units</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By destination, top</source>
        <translation>按目的地，前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first series&apos; product by partner: the top N stacked, with rest of world and each one&apos;s share</source>
        <translation>第一个序列的商品按贸易伙伴：前 N 名堆叠显示，另加其他地区及各自份额</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mirror</source>
        <translation>镜像</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A country&apos;s reported exports beside the partner&apos;s reported imports from it, period by period, with the gap and the ratio (offered where both are held)</source>
        <translation>一国申报的出口与伙伴国申报的自该国进口逐期对照，显示差额与比率（两边数据都有时可用）</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Series:</source>
        <translation>序列：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> View:</source>
        <translation> 视图：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} y</source>
        <translation>{n} 年</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the last {n} years</source>
        <translation>显示最近 {n} 年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every figure (Home). On the chart: wheel or + / − zoom, drag or ← / → pan</source>
        <translation>显示全部数据（Home）。在图上：滚轮或 + / − 缩放，拖动或 ← / → 平移</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check…</source>
        <translation>核对…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do the published figures agree with each other and with the % changes stated beside them?</source>
        <translation>发布的数据彼此一致吗？与旁边注明的百分比变化一致吗？</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What moved…</source>
        <translation>变化分析…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What a control did: the months around an event, who gained and lost share, concentration, prices by destination</source>
        <translation>管制的影响：事件前后各月、份额得失、集中度、按目的地的价格</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Figures on the chart</source>
        <translation>图表中的数据</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>export figures on the chart</source>
        <translation>导出图表中的数字</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Quantities in</source>
        <translation>数量单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Values in</source>
        <translation>金额单位</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>as published</source>
        <translation>按发布单位</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import exchange rates…</source>
        <translation>导入汇率…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>list the series held</source>
        <translation>列出已有序列</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>load chart</source>
        <translation>加载图表</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No figures stored yet: use File → Import…</source>
        <translation>尚无数据：请用 文件 → 导入…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{source} · latest release {date}</source>
        <translation>{source} · 最新发布 {date}</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../src/remonitor/ui/imports/wizard.py" line="+274"/>
        <source>2. Check</source>
        <translation>2. 检查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors block the import unless you skip the rows they name. Nothing is stored until the next step.</source>
        <translation>有错误时不能导入，除非跳过出错的行。下一步之前不会存储任何内容。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skip the rows with errors and import the rest</source>
        <translation>跳过有错误的行，导入其余行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save report…</source>
        <translation>保存报告…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save the report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text (*.txt)</source>
        <translation>文本 (*.txt)</translation>
    </message>
</context>
<context>
    <name>ChecksDialog</name>
    <message>
        <location filename="../../src/remonitor/ui/chart/checks.py" line="+27"/>
        <source>sum of figures</source>
        <translation>数据之和</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>stated {kind}</source>
        <translation>注明的 {kind}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Consistency of the figures</source>
        <translation>数据一致性</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mismatch</source>
        <translation>不一致</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cannot check</source>
        <translation>无法核对</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>agrees</source>
        <translation>一致</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>核对项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Series</source>
        <translation>序列</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{n} checks; {bad} mismatch(es) beyond the rounding of the published figures</source>
        <translation>共 {n} 项核对；{bad} 项不一致（超出发布数据的舍入范围）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mismatches only</source>
        <translation>只看不一致</translation>
    </message>
</context>
<context>
    <name>CommitPage</name>
    <message>
        <location filename="../../src/remonitor/ui/imports/wizard.py" line="+8"/>
        <source>3. Import</source>
        <translation>3. 导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All rows are stored in one transaction, or none.</source>
        <translation>所有行在一个事务中存储，要么全部成功，要么全部不存。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo this import</source>
        <translation>撤销本次导入</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{kind}: {product} {partner} {span}: {old} → {new}{note}</source>
        <translation>{kind}：{product} {partner} {span}：{old} → {new}{note}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (older release: not shown)</source>
        <translation>（较早的发布：不显示）</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Nothing was stored: {why}</source>
        <translation>未存储任何内容：{why}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelled: nothing was stored.</source>
        <translation>已取消：未存储任何内容。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Undone: the import was removed.</source>
        <translation>已撤销：本次导入已移除。</translation>
    </message>
</context>
<context>
    <name>Concordance</name>
    <message>
        <location filename="../../src/remonitor/core/concordance.py" line="+41"/>
        <source>break at {month}: {note}</source>
        <translation>{month} 处断开：{note}</translation>
    </message>
</context>
<context>
    <name>Consistency</name>
    <message>
        <location filename="../../src/remonitor/core/consistency.py" line="+46"/>
        <source>{span} reported {reported}; {others} = {computed}: {verdict} (difference {difference}, rounding allows ±{tolerance})</source>
        <translation>{span} 发布 {reported}；{others} = {computed}：{verdict}（差 {difference}，舍入允许 ±{tolerance}）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>agrees</source>
        <translation>一致</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>does NOT agree</source>
        <translation>不一致</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>{span}: {stated}% {kind} stated</source>
        <translation>{span}：注明 {kind} {stated}%</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{head}; {before} is not known, cannot be checked</source>
        <translation>{head}；{before} 未知，无法核对</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{head}; {figure} against {before} {value} allows {low} … {high} %: {verdict}</source>
        <translation>{head}；{figure} 对比 {before} {value}，允许 {low} … {high} %：{verdict}</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <location filename="../../src/remonitor/app/crash.py" line="+58"/>
        <source>Something went wrong, but your data are safe: every change is written in one transaction.

{summary}

Details are in the log: {log}</source>
        <translation>出现了问题，但您的数据是安全的：每次更改都在一个事务中写入。

{summary}

详情见日志：{log}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>remonitor — unexpected error</source>
        <translation>remonitor — 意外错误</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <location filename="../../src/remonitor/ui/tracker/details.py" line="+75"/>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipments</source>
        <translation>发运</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Documents</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dismiss</source>
        <translation>驳回</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{verdict} the selected event&apos;s match with this application (kept in its history)</source>
        <translation>{verdict}所选事件与本申请的关联（记入其历史）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Select one application</source>
        <translation>请选择一份申请</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select one application to see every change to it, its shipments, its documents and the events that may touch it</source>
        <translation>选择一份申请，查看它的每次更改、发运、文件以及可能涉及它的事件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{ref} — {status}</source>
        <translation>{ref} — {status}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Old</source>
        <translation>原值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>新值</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+20"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Shipped</source>
        <translation>发运日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left after</source>
        <translation>剩余</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>单号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipments ({n})</source>
        <translation>发运（{n}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>添加人</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Documents ({n})</source>
        <translation>文件（{n}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Events ({n})</source>
        <translation>事件（{n}）</translation>
    </message>
</context>
<context>
    <name>DomainTableView</name>
    <message>
        <location filename="../../src/remonitor/ui/widgets/table_view.py" line="+114"/>
        <source>Show all columns</source>
        <translation>显示所有列</translation>
    </message>
</context>
<context>
    <name>EditCommand</name>
    <message>
        <location filename="../../src/remonitor/ui/tracker/editor.py" line="+130"/>
        <source>edit {ref} ({fields})</source>
        <translation>编辑 {ref}（{fields}）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The change could not be written</source>
        <translation>无法写入该更改</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <location filename="../../src/remonitor/edits/applications.py" line="+20"/>
        <source>save application</source>
        <translation>保存申请</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>edit application</source>
        <translation>编辑申请</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+7"/>
        <source>change status</source>
        <translation>更改状态</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>record shipment</source>
        <translation>登记发运</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>attach {file}</source>
        <translation>附加 {file}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>import applications</source>
        <translation>导入申请</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>record an event match</source>
        <translation>记录事件关联</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/edits/backups.py" line="+18"/>
        <source>{done} of {total} pages</source>
        <translation>{done} / {total} 页</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/edits/events.py" line="+17"/>
        <source>add event</source>
        <translation>添加事件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>edit event</source>
        <translation>编辑事件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>delete event</source>
        <translation>删除事件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>restore event</source>
        <translation>恢复事件</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/edits/imports.py" line="+28"/>
        <source>import {file}</source>
        <translation>导入 {file}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>undo import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>save profile {name}</source>
        <translation>保存配置 {name}</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/edits/rates.py" line="+17"/>
        <source>import exchange rates</source>
        <translation>导入汇率</translation>
    </message>
</context>
<context>
    <name>EventCommand</name>
    <message>
        <location filename="../../src/remonitor/ui/timeline/commands.py" line="+36"/>
        <source>add event {title}</source>
        <translation>添加事件 {title}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>undo event edit</source>
        <translation>撤销事件编辑</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>edit event {title}</source>
        <translation>编辑事件 {title}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>delete event {title}</source>
        <translation>删除事件 {title}</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../src/remonitor/ui/timeline/event_dialog.py" line="+24"/>
        <source>{field}: {text} is not a date (write 2026-11-10)</source>
        <translation>{field}：{text} 不是日期（请写成 2026-11-10）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit event</source>
        <translation>编辑事件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New event</source>
        <translation>新建事件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>YYYY-MM-DD, when it differs</source>
        <translation>YYYY-MM-DD，与公告日期不同时填写</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YYYY-MM-DD, for a period (e.g. a suspension)</source>
        <translation>YYYY-MM-DD，用于期间（如暂停实施）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>keys of the events it acts on</source>
        <translation>所涉及事件的键</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>URL or document</source>
        <translation>网址或文件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Announced *</source>
        <translation>公告日期 *</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+33"/>
        <source>Effective</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+33"/>
        <source>Ends</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Title *</source>
        <translation>标题 *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authority</source>
        <translation>发布机构</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category *</source>
        <translation>类别 *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>文号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Elements</source>
        <translation>元素</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HS codes</source>
        <translation>商品编码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Control codes</source>
        <translation>管制编码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acts on</source>
        <translation>适用对象</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Elements: {problem}</source>
        <translation>元素：{problem}</translation>
    </message>
</context>
<context>
    <name>EventMarkers</name>
    <message>
        <location filename="../../src/remonitor/ui/chart/markers.py" line="+81"/>
        <source>{title}
{start} – {end}</source>
        <translation>{title}
{start} – {end}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Click to find it in the timeline</source>
        <translation>点击在时间线中查看</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Today, {date}</source>
        <translation>今天，{date}</translation>
    </message>
    <message>
        <location line="+64"/>
        <source> (effective {date})</source>
        <translation>（{date} 生效）</translation>
    </message>
</context>
<context>
    <name>Events</name>
    <message>
        <location filename="../../src/remonitor/core/events.py" line="+34"/>
        <source>not a rare-earth element symbol: {symbols} (expected one of {known})</source>
        <translation>不是稀土元素符号：{symbols}（应为以下之一：{known}）</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>an event needs a title</source>
        <translation>事件需要标题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the effective date is before the announcement</source>
        <translation>生效日期早于公告日期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the end date is before the event starts</source>
        <translation>截止日期早于事件开始</translation>
    </message>
</context>
<context>
    <name>Feeds</name>
    <message>
        <location filename="../../src/remonitor/workers/feeds.py" line="+77"/>
        <source>{url}: only https, http and file URLs can be feeds</source>
        <translation>{url}：数据源只能是 https、http 或 file 网址</translation>
    </message>
    <message>
        <location line="+186"/>
        <source>fetch {url}</source>
        <translation>获取 {url}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Offline: {n} feed(s) not reached</source>
        <translation>离线：{n} 个数据源无法访问</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../src/remonitor/ui/shell/files.py" line="+35"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import figures or events from a file</source>
        <translation>从文件导入数据或事件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import exchange &amp;rates…</source>
        <translation>导入汇率(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly rates per US dollar, for showing values in another currency</source>
        <translation>每美元月度汇率，用于以其他货币显示金额</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import exchange rates</source>
        <translation>导入汇率</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Tables (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>表格 (*.csv *.txt *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Importing exchange rates…</source>
        <translation>正在导入汇率…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file}: {n} months of {currency} per USD imported</source>
        <translation>{file}：已导入 {n} 个月的每美元 {currency} 汇率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} was imported before</source>
        <translation>{file} 之前已导入</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} cannot be imported</source>
        <translation>{file} 无法导入</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import a file</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Export {what}</source>
        <translation>导出{what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>;;Calendar (*.ics)</source>
        <translation>;;日历 (*.ics)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported 1 row to {path}</source>
        <translation>已导出 1 行到 {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported {n} rows to {path}</source>
        <translation>已导出 {n} 行到 {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../src/remonitor/ui/imports/wizard.py" line="-217"/>
        <source>1. The file</source>
        <translation>1. 文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>detect automatically</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>judge from the bytes</source>
        <translation>根据内容判断</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>as the file says</source>
        <translation>按文件所述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exports</source>
        <translation>出口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imports</source>
        <translation>进口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HS code, for files that do not name it (OEC)</source>
        <translation>商品编码，用于未注明编码的文件（OEC）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Released on</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When the publisher released these figures: it orders vintages. Unset, the file says or its date is used.</source>
        <translation>发布方发布这些数据的日期：用来排列版本。不填时按文件所述或文件日期。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+59"/>
        <source>Flow</source>
        <translation>流向</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+59"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>As it will be stored (first rows):</source>
        <translation>将存储为（前几行）：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>remonitor does not recognise this layout. Choose “table mapped by you” and say which column holds what.</source>
        <translation>remonitor 无法识别此布局。请选择“由您映射的表格”，并指明各列的内容。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{label}: {rows} rows → {n} figures, {e} events</source>
        <translation>{label}：{rows} 行 → {n} 个数据，{e} 个事件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; encoding {enc} ({why})</source>
        <translation>；编码 {enc}（{why}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; {n} errors</source>
        <translation>；{n} 个错误</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Announced</source>
        <translation>公告日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authority</source>
        <translation>发布机构</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reporter</source>
        <translation>申报方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner</source>
        <translation>贸易伙伴</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decimals</source>
        <translation>小数位</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <location filename="../../src/remonitor/importers/formats/comtrade.py" line="+82"/>
        <source>UN Comtrade classic CSV</source>
        <translation>联合国 Comtrade 经典 CSV</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>UN Comtrade legacy bulk CSV</source>
        <translation>联合国 Comtrade 旧版批量 CSV</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/importers/formats/comtrade_plus.py" line="+32"/>
        <source>UN Comtrade+ download</source>
        <translation>联合国 Comtrade+ 下载文件</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/importers/formats/eurostat.py" line="+25"/>
        <source>Eurostat Data Browser spreadsheet</source>
        <translation>欧盟统计局 Data Browser 表格</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/importers/formats/gac.py" line="+34"/>
        <source>China Customs online-query export (数据在线查询)</source>
        <translation>中国海关数据在线查询导出</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/importers/formats/gac_table.py" line="+51"/>
        <source>GAC major commodities table (重点商品量值表)</source>
        <translation>海关总署重点商品量值表</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/importers/formats/generic.py" line="+95"/>
        <source>table mapped by you (profile)</source>
        <translation>由您映射的表格（配置）</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/importers/formats/iea.py" line="+74"/>
        <source>IEA Critical Minerals Policy Tracker export (events)</source>
        <translation>IEA 关键矿产政策追踪导出（事件）</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/importers/formats/oec.py" line="+25"/>
        <source>OEC net-trade download</source>
        <translation>OEC 净贸易下载文件</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/importers/formats/own.py" line="+15"/>
        <source>remonitor figures table</source>
        <translation>remonitor 数据表</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>remonitor events table</source>
        <translation>remonitor 事件表</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/importers/formats/usgs.py" line="+21"/>
        <source>USGS Mineral Commodity Summaries table</source>
        <translation>USGS 矿产品概要表</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/importers/formats/usitc.py" line="+26"/>
        <source>USITC DataWeb export</source>
        <translation>USITC DataWeb 导出</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/importers/formats/wits.py" line="+24"/>
        <source>WITS analyst workbook (partner × year)</source>
        <translation>WITS 分析工作簿（伙伴 × 年份）</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/importers/formats/api.py" line="+35"/>
        <source>UN Comtrade API answer (JSON)</source>
        <translation>联合国 Comtrade API 答复（JSON）</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Eurostat Comext API answer (JSON-stat)</source>
        <translation>欧盟统计局 Comext API 答复（JSON-stat）</translation>
    </message>
</context>
<context>
    <name>Freshness</name>
    <message>
        <location filename="../../src/remonitor/core/freshness.py" line="+36"/>
        <source>{first:%d}–{last:%d %b}</source>
        <translation>{last.month}月{first.day}–{last.day}日</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{period} was due {window}: no new file yet</source>
        <translation>{period} 应于 {window} 发布：尚无新文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{period} due {window}</source>
        <translation>{period} 应于 {window} 发布</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{period} expected {window}</source>
        <translation>{period} 预计 {window} 发布</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{month:%b %Y}</source>
        <translation>{month.year}年{month.month}月</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Jan–Feb {year}</source>
        <translation>{year}年1–2月</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../src/remonitor/importers/commit.py" line="+57"/>
        <source>figures</source>
        <translation>数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>figure</source>
        <translation>数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>events</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{file}: already imported (batch {batch}); nothing changed.</source>
        <translation>{file}：已导入过（批次 {batch}）；没有更改。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file}: {rows} rows read as {format}; would add {n} {what}</source>
        <translation>{file}：按{format}读取 {rows} 行；将新增 {n} 个{what}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: {rows} rows read as {format}; added {n} {what}</source>
        <translation>{file}：按{format}读取 {rows} 行；新增 {n} 个{what}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, {n} revising earlier figures</source>
        <translation>，其中 {n} 个修订了早先的数据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, {n} giving more decimals of figures held</source>
        <translation>，{n} 个为已有数字提供了更多小数位</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> ({n} of them from an older release: the newer release&apos;s figure stays shown)</source>
        <translation>（其中 {n} 个来自较早的发布：仍显示较新发布的数字）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; {n} already held</source>
        <translation>；{n} 个已存在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; {n} cells skipped</source>
        <translation>；跳过 {n} 个单元格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>.</source>
        <translation>。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>cannot be read as {format} ({error}); nothing was stored</source>
        <translation>无法按 {format} 读取（{error}）；未存储任何内容</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+103"/>
        <source>{done} of {total} rows written</source>
        <translation>已写入 {done} / {total} 行</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>committing</source>
        <translation>正在提交</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/importers/plan.py" line="+239"/>
        <source>  encoding: {encoding} ({why})</source>
        <translation>  编码：{encoding}（{why}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  rows read: {rows}; figures: {figures}; events: {events}</source>
        <translation>  读取行数：{rows}；数据：{figures}；事件：{events}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  release date: {date} {note}</source>
        <translation>  发布日期：{date} {note}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  converted {n}: {what}</source>
        <translation>  已换算 {n} 个：{what}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  skipped {n}: {why}</source>
        <translation>  已跳过 {n} 个：{why}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  ERROR {problem}</source>
        <translation>  错误 {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  … and {n} more errors</source>
        <translation>  … 另有 {n} 个错误</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>  warning {problem}</source>
        <translation>  警告 {problem}</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>  not imported: {columns}</source>
        <translation>  未导入：{columns}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  … and {n} more warnings</source>
        <translation>  … 另有 {n} 个警告</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/importers/problems.py" line="+33"/>
        <source>, row {row}</source>
        <translation>，第 {row} 行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, column {column}</source>
        <translation>，列 {column}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>… and {n} more</source>
        <translation>… 另有 {n} 个</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../src/remonitor/ui/imports/wizard.py" line="-190"/>
        <source>Import {name}</source>
        <translation>导入 {name}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>load import profiles</source>
        <translation>加载导入配置</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Reading {name}…</source>
        <translation>正在读取 {name}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read {file}</source>
        <translation>读取 {file}</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <location filename="../../src/remonitor/workers/inbox.py" line="+266"/>
        <source>look in the inbox</source>
        <translation>检查收件箱</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>import {file} from the inbox</source>
        <translation>从收件箱导入 {file}</translation>
    </message>
</context>
<context>
    <name>Licence</name>
    <message>
        <location filename="../../src/remonitor/core/licence.py" line="+76"/>
        <source>Internal reference is required.</source>
        <translation>内部编号为必填项。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quantity must be positive.</source>
        <translation>数量必须为正数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted date is before the submitted date.</source>
        <translation>受理日期早于提交日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A single licence has one end user; choose a general licence for several.</source>
        <translation>单项许可证只有一个最终用户；多个最终用户请选择通用许可证。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every end user of a general licence needs a name and a destination.</source>
        <translation>通用许可证的每个最终用户都需要名称和目的国。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{status} applications need: {fields}.</source>
        <translation>“{status}”状态的申请需要：{fields}。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>internal reference</source>
        <translation>内部编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>item</source>
        <translation>物项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>control code</source>
        <translation>管制编码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>destination</source>
        <translation>目的国</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end user</source>
        <translation>最终用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end users</source>
        <translation>最终用户（多个）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end use</source>
        <translation>最终用途</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>submitted date</source>
        <translation>提交日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MOFCOM application number</source>
        <translation>商务部申请编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accepted date</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quantity unit</source>
        <translation>数量单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HS code</source>
        <translation>HS 编码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>elements</source>
        <translation>元素</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>licence type</source>
        <translation>许可证类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>green channel</source>
        <translation>绿色通道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contract number</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>consignee</source>
        <translation>收货人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>created</source>
        <translation>创建</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>document</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shipment</source>
        <translation>发运</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approved quantity</source>
        <translation>批准数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>licence number</source>
        <translation>许可证编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>valid from</source>
        <translation>有效期自</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>event {key}</source>
        <translation>事件 {key}</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The licence number is required.</source>
        <translation>必须填写许可证编号。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The licence expires before it becomes valid.</source>
        <translation>许可证的到期日早于生效日。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The approved quantity must be positive.</source>
        <translation>批准数量必须为正数。</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/store/workflow.py" line="+62"/>
        <source>{reference}: to be {status} it needs {fields}. Fill them in first (Enter opens it).</source>
        <translation>{reference}：要变为“{status}”需要 {fields}。请先填写（按 Enter 打开）。</translation>
    </message>
</context>
<context>
    <name>LicenceClock</name>
    <message>
        <location filename="../../src/remonitor/core/licence_clock.py" line="+83"/>
        <source>the review clock did not reach its limit within three years</source>
        <translation>审查时钟在三年内未到期限</translation>
    </message>
</context>
<context>
    <name>LiveSources</name>
    <message>
        <location filename="../../src/remonitor/workers/sources.py" line="+111"/>
        <source>Comtrade: look for new figures</source>
        <translation>Comtrade：查找新数字</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comext: look for new figures</source>
        <translation>Comext：查找新数字</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>import {n} answer(s) from {source}</source>
        <translation>导入 {source} 的 {n} 个答复</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/remonitor/ui/shell/window.py" line="+77"/>
        <source>remonitor — China rare-earth exports</source>
        <translation>remonitor — 中国稀土出口</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Event timeline</source>
        <translation>事件时间线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence tracker</source>
        <translation>许可证申请跟踪</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Restore from &amp;backup…</source>
        <translation>从备份恢复(&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put a backup in place of the store</source>
        <translation>用备份替换数据库</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inbox folder, feeds, reminders</source>
        <translation>收件箱文件夹、数据源、提醒</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Background &amp;tasks…</source>
        <translation>后台任务(&amp;T)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About remonitor</source>
        <translation>关于 remonitor(&amp;A)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{who} changed {what}</source>
        <translation>{who} 更改了{what}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>team store</source>
        <translation>团队数据库</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>viewer</source>
        <translation>查看者</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>editor</source>
        <translation>编辑者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no role</source>
        <translation>无角色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team: {user} ({role})</source>
        <translation>团队：{user}（{role}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team store {address}</source>
        <translation>团队数据库 {address}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A team store&apos;s backups are its server&apos;s (pg_dump; see the README)</source>
        <translation>团队数据库的备份由其服务器负责（pg_dump，见 README）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Store unavailable</source>
        <translation>数据库不可用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>look for a sound backup</source>
        <translation>查找完好的备份</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+7"/>
        <source>remonitor cannot open its store</source>
        <translation>remonitor 无法打开数据库</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>{why}

Restore the backup of {made}? The damaged file is kept aside.</source>
        <translation>{why}

恢复 {made} 的备份吗？损坏的文件会另行保留。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Bundled reference data: {source} to {period}, released {date} ({n} months ago). Import newer releases to bring it up to date.</source>
        <translation>内置参考数据：{source} 截至 {period}，发布于 {date}（{n} 个月前）。导入更新的发布即可更新。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{source}: latest {period}, released {date}</source>
        <translation>{source}：最新 {period}，发布于 {date}</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>The language changes at the next start: background work is running.</source>
        <translation>语言将在下次启动时更改：后台任务正在运行。</translation>
    </message>
</context>
<context>
    <name>MappingBox</name>
    <message>
        <location filename="../../src/remonitor/ui/imports/mapping_box.py" line="+25"/>
        <source>export</source>
        <translation>出口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>desk sheet</source>
        <translation>本组表格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a tonnes column, if any</source>
        <translation>吨数列（如有）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flow</source>
        <translation>流向</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reporter</source>
        <translation>申报方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner</source>
        <translation>贸易伙伴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity (2nd measure)</source>
        <translation>数量（第二个指标）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity unit</source>
        <translation>数量单位</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Which column holds what</source>
        <translation>各列的内容</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The row with the column names</source>
        <translation>列名所在的行</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Multiply every value by this: a column in thousand USD is USD ×1,000, in 万吨 is t ×10,000. Give the unit the figures are in after it (USD, t).</source>
        <translation>每个数值乘以此倍数：千美元一列为 USD ×1,000，万吨为 t ×10,000。单位填换算后的单位（USD、t）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Header row</source>
        <translation>表头行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Factor</source>
        <translation>倍数</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>name, e.g. desk magnets sheet</source>
        <translation>名称，例如 磁体表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as profile</source>
        <translation>保存为配置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files with the same columns will be read this way automatically</source>
        <translation>相同列结构的文件将自动按此方式读取</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>read the header of {file}</source>
        <translation>读取 {file} 的表头</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>fixed value →</source>
        <translation>固定值 →</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Give the profile a name</source>
        <translation>请为配置命名</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved “{name}”</source>
        <translation>已保存“{name}”</translation>
    </message>
</context>
<context>
    <name>Matching</name>
    <message>
        <location filename="../../src/remonitor/core/matching.py" line="+73"/>
        <source>element {symbols}</source>
        <translation>元素 {symbols}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>control code {code}</source>
        <translation>管制编码 {code}</translation>
    </message>
</context>
<context>
    <name>Mirror</name>
    <message>
        <location filename="../../src/remonitor/core/mirror.py" line="+43"/>
        <source>mirror, {span}: imports {imported} − exports {exported} = {gap}{ratio}</source>
        <translation>镜像，{span}：进口 {imported} − 出口 {exported} = {gap}{ratio}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (imports are {ratio}× exports)</source>
        <translation>（进口为出口的 {ratio} 倍）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>imports are valued CIF (with freight and insurance), exports FOB; goods in transit cross a month&apos;s end and re-exports through third countries are counted by one side only: a gap of a few per cent is normal</source>
        <translation>进口按到岸价（CIF，含运费和保险）计，出口按离岸价（FOB）计；在途货物跨月、经第三国的转口只被一方统计：几个百分点的差额属正常</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>mirror: {importer} and {exporter} report no period in common</source>
        <translation>镜像：{importer}与{exporter}没有共同的统计期</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>mirror over {n} period(s) ({first} – {last}): {importer}&apos;s reported imports are {change} against {exporter}&apos;s reported exports (median ratio {ratio})</source>
        <translation>镜像共 {n} 期（{first} – {last}）：{importer}申报的进口相对{exporter}申报的出口为 {change}（比率中位数 {ratio}）</translation>
    </message>
</context>
<context>
    <name>Monthly</name>
    <message>
        <location filename="../../src/remonitor/core/monthly.py" line="+51"/>
        <source>reported for {span}</source>
        <translation>{span} 的发布数据</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>derived: {span} − {minus}</source>
        <translation>推算：{span} − {minus}</translation>
    </message>
</context>
<context>
    <name>Partners</name>
    <message>
        <location filename="../../src/remonitor/core/partners.py" line="+61"/>
        <source>rest of world: {n} other partners</source>
        <translation>其他地区：另外 {n} 个贸易伙伴</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the {aggregate} row differs from the sum of partner countries by up to {difference} ({share} of it, {span}): unallocated, confidential or not in the group</source>
        <translation>{aggregate}行与各伙伴国之和最多相差 {difference}（占其 {share}，{span}）：未分配、保密或不在该组内</translation>
    </message>
</context>
<context>
    <name>Plotting</name>
    <message>
        <location filename="../../src/remonitor/core/plotting.py" line="+63"/>
        <source>value ÷ quantity of the same period</source>
        <translation>同期金额 ÷ 数量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} months together; drawn at {average} {unit} a month</source>
        <translation>{n} 个月合计；按每月 {average} {unit} 绘制</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>= {figures}  (±{tolerance} {unit} from rounding)</source>
        <translation>= {figures}  （舍入误差 ±{tolerance} {unit}）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{span}: {file}, released {date}</source>
        <translation>{span}：{file}，发布于 {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no file</source>
        <translation>无文件</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{head}
from {parts}</source>
        <translation>{head}
来自 {parts}</translation>
    </message>
    <message>
        <location line="+26"/>
        <location filename="../../src/remonitor/ui/chart/drawing.py" line="+423"/>
        <source>{unit} per month</source>
        <translation>{unit}/月</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the first month</source>
        <translation>第一个月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no figure at {month} to base an index on</source>
        <translation>{month} 没有数据，无法作为指数基期</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+50"/>
        <source>index, {span} = 100</source>
        <translation>指数，{span} = 100</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>{unit} (12-month sum)</source>
        <translation>{unit}（12 个月合计）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} period(s) where {view} is not defined: no figure for the same months a year before</source>
        <translation>{n} 期无法计算{view}：上年同期无数字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} period(s) where {view} is not defined: a bucket of several months (Jan–Feb), or no figure the month before</source>
        <translation>{n} 期无法计算{view}：多月合并的数据（1–2月），或上月无数字</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} period(s) where {view} is not defined: a month of the year, or of the same months a year before, is not known</source>
        <translation>{n} 期无法计算{view}：本年或上年同期有月份未知</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} period(s) where {view} is not defined: a month of the 12 is not known</source>
        <translation>{n} 期无法计算{view}：12 个月中有月份未知</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{view} is not defined for a unit value (it is a ratio, not a flow to add up)</source>
        <translation>单价不能计算{view}（它是比值，不是可以累加的流量）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no unit value at the base month</source>
        <translation>基期月份没有单价</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{span}: {pct} % ({view})
from {now} and {before} {unit}</source>
        <translation>{span}：{pct} %（{view}）
来自 {now} 和 {before} {unit}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} period(s) without the same bucket before</source>
        <translation>{n} 个期间没有可比的前期</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{n} value(s) at or below zero are not drawn on a log axis</source>
        <translation>{n} 个小于或等于零的值不在对数轴上绘制</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{source}: no figures</source>
        <translation>{source}：没有数据</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, {change}% y/y</source>
        <translation>，同比 {change}%</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../src/remonitor/ui/shell/preferences.py" line="+69"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import files that land in the inbox</source>
        <translation>自动导入放入收件箱的文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network drives do not always report new files</source>
        <translation>网络驱动器不一定会报告新文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One URL per line (https, http or file). Empty: remonitor fetches nothing.</source>
        <translation>每行一个网址（https、http 或 file）。留空：remonitor 不获取任何内容。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location line="-1"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The window is built again in the language chosen</source>
        <translation>窗口将以所选语言重新构建</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Appearance:</source>
        <translation>外观：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inbox folder:</source>
        <translation>收件箱文件夹：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look again every:</source>
        <translation>重新检查间隔：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeds:</source>
        <translation>数据源：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poll feeds every:</source>
        <translation>数据源轮询间隔：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remind of licences expiring within:</source>
        <translation>许可证到期提醒：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>… or drawn down to:</source>
        <translation>… 或已使用至：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remind of events within:</source>
        <translation>事件提醒：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sources</source>
        <translation>数据源</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alerts</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team store</source>
        <translation>团队数据库</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Inbox folder</source>
        <translation>收件箱文件夹</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Feed line {n}: {why}</source>
        <translation>数据源第 {n} 行：{why}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The inbox must be a full path to a folder.</source>
        <translation>收件箱必须是文件夹的完整路径。</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../src/remonitor/core/reminders.py" line="+62"/>
        <source>{reference} is overdue</source>
        <translation>{reference} 已逾期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The 45-working-day review ended {n} working day(s) ago without a decision recorded.</source>
        <translation>45 个工作日的审查期已于 {n} 个工作日前结束，尚未记录决定。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{reference} is near due</source>
        <translation>{reference} 即将到期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A decision is due in {n} working day(s).</source>
        <translation>还有 {n} 个工作日应作出决定。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Licence {number} expires soon</source>
        <translation>许可证 {number} 即将到期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{reference}: valid {n} more day(s); {remaining} of {approved} left.</source>
        <translation>{reference}：还有 {n} 天有效；剩余 {remaining} / {approved}。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Licence {number} is nearly drawn down</source>
        <translation>许可证 {number} 即将用完</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{reference}: {remaining} of {approved} left.</source>
        <translation>{reference}：剩余 {remaining} / {approved}。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{title} {what} today</source>
        <translation>{title} 今天{what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{title} {what} in {n} day(s), {date}</source>
        <translation>{title} {n} 天后{what}（{date}）</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../src/remonitor/ui/shell/restore.py" line="+31"/>
        <location line="+69"/>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Restoring replaces the store with the backup. The current file is kept beside it ({name}.before-restore-…), never deleted.</source>
        <translation>恢复会用备份替换数据库。当前文件保留在旁边（{name}.before-restore-…），不会删除。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Made</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No backups yet: one is made each day at start-up, before every schema change and before big imports.</source>
        <translation>尚无备份：每天启动时、每次结构变更前以及大型导入前都会自动备份。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>check backup {name}</source>
        <translation>检查备份 {name}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>before a big import</source>
        <translation>大型导入前</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>before the schema change to version {n}</source>
        <translation>升级到结构版本 {n} 之前</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sound</source>
        <translation>完好</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Replace the store with the backup of {made}? Changes made since then will not be in it (the current file is kept aside).</source>
        <translation>用 {made} 的备份替换数据库吗？此后的更改不会包含在内（当前文件会另行保留）。</translation>
    </message>
</context>
<context>
    <name>Series</name>
    <message>
        <location filename="../../src/remonitor/core/series.py" line="+101"/>
        <source>on or before {date} (approximate)</source>
        <translation>不晚于 {date}（近似）</translation>
    </message>
</context>
<context>
    <name>SeriesDrawing</name>
    <message>
        <location filename="../../src/remonitor/ui/chart/drawing.py" line="-52"/>
        <source>{n} series in a third unit are not drawn: use the Index view to compare them</source>
        <translation>{n} 个使用第三种单位的序列未绘制：请用指数视图比较</translation>
    </message>
    <message>
        <location line="-286"/>
        <location line="+4"/>
        <source> (right axis)</source>
        <translation>（右轴）</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>billion</source>
        <translation>十亿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>million</source>
        <translation>百万</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>thousand</source>
        <translation>千</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>index</source>
        <translation>指数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{scale} {unit}</source>
        <translation>{scale} {unit}</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>{partner}, {span}: {value} {unit} ({part} of the period)
{share} of all partners over the range</source>
        <translation>{partner}，{span}：{value} {unit}（占该期 {part}）
占所选范围内全部伙伴的 {share}</translation>
    </message>
    <message>
        <location line="+193"/>
        <source>reported</source>
        <translation>发布数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>derived from YTD / annual figures</source>
        <translation>由累计 / 年度数据推算</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No partner figures for {product} from {source}: import a file by partner (Comtrade, WITS, GAC detail)</source>
        <translation>没有 {source} 的 {product} 分伙伴数据：请导入按伙伴的文件（Comtrade、WITS、海关明细）</translation>
    </message>
</context>
<context>
    <name>SeriesPicker</name>
    <message>
        <location filename="../../src/remonitor/ui/chart/picker.py" line="+29"/>
        <source>Shown</source>
        <translation>显示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partner</source>
        <translation>贸易伙伴</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flow</source>
        <translation>流向</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latest</source>
        <translation>最新</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Released</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next release</source>
        <translation>下次发布</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Series on the chart</source>
        <translation>图表中的序列</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search: product, partner, measure, source… (every word must match)</source>
        <translation>搜索：商品、伙伴、指标、来源…（每个词都须匹配）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show only the selected</source>
        <translation>只显示所选</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tick to add a series (up to {n}); double-click to show only that one. Two units get two axes; more: use the Index view.</source>
        <translation>勾选以添加序列（最多 {n} 个）；双击只显示该序列。两种单位用两条纵轴；更多请用指数视图。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{n} of {total} series</source>
        <translation>{n} / {total} 个序列</translation>
    </message>
</context>
<context>
    <name>ShipmentDialog</name>
    <message>
        <location filename="../../src/remonitor/ui/tracker/shipment_dialog.py" line="+18"/>
        <source>Record a shipment</source>
        <translation>登记发运</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>bill of lading, invoice…</source>
        <translation>提单、发票…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{ref}: {left} {unit} left</source>
        <translation>{ref}：剩余 {left} {unit}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shipped on</source>
        <translation>发运日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>单号</translation>
    </message>
</context>
<context>
    <name>SourcesBox</name>
    <message>
        <location filename="../../src/remonitor/ui/shell/sources_box.py" line="+31"/>
        <source>Live sources</source>
        <translation>在线数据源</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the watch list current from UN Comtrade and Eurostat Comext (a look a day)</source>
        <translation>从联合国 Comtrade 和欧盟统计局 Comext 更新关注清单（每天查询一次）</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+37"/>
        <source>none: the free preview (500 records a query)</source>
        <translation>无：使用免费预览（每次查询最多 500 条）</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>a key is kept (type to replace it)</source>
        <translation>已保存密钥（输入即替换）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget key</source>
        <translation>删除密钥</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kept in {where}</source>
        <translation>保存在 {where}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>as the https_proxy variable says, or none</source>
        <translation>按 https_proxy 环境变量，或不用代理</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HS codes China&apos;s exports and the partners&apos; imports are watched for (Comtrade)</source>
        <translation>关注中国出口和伙伴国进口的 HS 编码（Comtrade）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CN8 lines the EU member states&apos; imports from China are watched for (Comext)</source>
        <translation>关注欧盟成员国自中国进口的 CN8 税目（Comext）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look now</source>
        <translation>立即查询</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comtrade key:</source>
        <translation>Comtrade 密钥：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proxy:</source>
        <translation>代理：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HS codes (Comtrade):</source>
        <translation>HS 编码（Comtrade）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CN8 lines (Comext):</source>
        <translation>CN8 税目（Comext）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watch list:</source>
        <translation>关注清单：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>HS codes</source>
        <translation>HS 编码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CN8 lines</source>
        <translation>CN8 税目</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what}: {codes} are not codes</source>
        <translation>{what}：{codes} 不是编码</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The proxy is a URL: http://proxy.example:3128</source>
        <translation>代理应为网址：http://proxy.example:3128</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../src/remonitor/app/gui.py" line="+185"/>
        <source>Restoring the backup…</source>
        <translation>正在恢复备份…</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>remonitor cannot open its store</source>
        <translation>remonitor 无法打开数据库</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../src/remonitor/ui/shell/status.py" line="+31"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Data: {path}</source>
        <translation>数据：{path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The store is {path}</source>
        <translation>数据库位于 {path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the running task; nothing half-done is kept</source>
        <translation>停止正在运行的任务；不会保留做了一半的内容</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>⚠ Team store lost</source>
        <translation>⚠ 与团队数据库的连接已断开</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The figures, events and register are the team store&apos;s; this folder keeps this window&apos;s own files (inbox, attached documents)</source>
        <translation>数据、事件和许可登记均在团队数据库中；此文件夹只保存本窗口自己的文件（收件箱、附加文件）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Refreshed {time}</source>
        <translation>已刷新 {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last change: {what}</source>
        <translation>最近更改：{what}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New: {what}</source>
        <translation>新数据：{what}</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../src/remonitor/ui/tracker/status_dialog.py" line="+27"/>
        <source>Change status</source>
        <translation>更改状态</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The date the change took effect: the review clock counts by it</source>
        <translation>更改生效的日期：审查时钟按此计算</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>why (kept in the history)</source>
        <translation>原因（记入历史）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>as printed on the licence</source>
        <translation>按许可证上所印</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Applications</source>
        <translation>申请</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New status</source>
        <translation>新状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effective on</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence number</source>
        <translation>许可证号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid from</source>
        <translation>有效期自</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved quantity</source>
        <translation>批准数量</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No status change is allowed for all of these applications together.</source>
        <translation>这些申请不能一起更改为任何状态。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Approve one application at a time: each licence has its own number, validity and quantity.</source>
        <translation>请逐份批准申请：每份许可证都有自己的编号、有效期和数量。</translation>
    </message>
</context>
<context>
    <name>StatusSummary</name>
    <message>
        <location filename="../../src/remonitor/ui/tracker/summary.py" line="+46"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Near due</source>
        <translation>即将到期</translation>
    </message>
</context>
<context>
    <name>StoreChange</name>
    <message>
        <location filename="../../src/remonitor/core/changes.py" line="+63"/>
        <source>everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>figures of {n} series</source>
        <translation>{n} 个序列的数据</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>events</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>licence applications</source>
        <translation>许可证申请</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exchange rates</source>
        <translation>汇率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import batches</source>
        <translation>导入批次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>StoreWriter</name>
    <message>
        <location filename="../../src/remonitor/workers/writer.py" line="+35"/>
        <source>waiting for another program&apos;s write to the store to finish ({s} s)</source>
        <translation>正在等待另一个程序完成对数据库的写入（{s} 秒）</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>{problem} Trying again in {n} s.</source>
        <translation>{problem} {n} 秒后重试。</translation>
    </message>
</context>
<context>
    <name>TaskList</name>
    <message>
        <location filename="../../src/remonitor/ui/shell/task_list.py" line="+46"/>
        <source>Background tasks</source>
        <translation>后台任务</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>用时</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel selected</source>
        <translation>取消所选</translation>
    </message>
</context>
<context>
    <name>TasksButton</name>
    <message>
        <location line="+62"/>
        <source>Background tasks: running and recent, with Cancel</source>
        <translation>后台任务：正在运行和最近的任务，可取消</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tasks: {n} running</source>
        <translation>任务：{n} 个运行中</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
</context>
<context>
    <name>TeamBox</name>
    <message>
        <location filename="../../src/remonitor/ui/shell/team_box.py" line="+50"/>
        <source>Work on a team store (PostgreSQL) shared by the desk</source>
        <translation>使用全组共享的团队数据库（PostgreSQL）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>TLS is required for a server on another machine; &apos;disable&apos; is for a server on this one only</source>
        <translation>连接其他机器上的服务器必须使用 TLS；“disable”仅用于本机上的服务器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect with these settings and say what you may do</source>
        <translation>用这些设置连接，并说明您可以做什么</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(kept)</source>
        <translation>（已保存）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password is kept in {where}, never in the settings file.</source>
        <translation>密码保存在 {where}，从不写入设置文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database:</source>
        <translation>数据库名：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS (sslmode):</source>
        <translation>TLS（sslmode）：</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Give the server&apos;s name first.</source>
        <translation>请先填写服务器名称。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>test the team store</source>
        <translation>测试团队数据库</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>viewer</source>
        <translation>查看者</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>editor</source>
        <translation>编辑者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>without a remonitor role</source>
        <translation>没有 remonitor 角色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected: you are {user}, {role}.</source>
        <translation>已连接：您是 {user}，{role}。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Team store: give the server&apos;s name, or untick it.</source>
        <translation>团队数据库：请填写服务器名称，或取消勾选。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Team store: a server on another machine needs TLS (sslmode require or verify-full).</source>
        <translation>团队数据库：其他机器上的服务器需要 TLS（sslmode 为 require 或 verify-full）。</translation>
    </message>
</context>
<context>
    <name>TeamListener</name>
    <message>
        <location filename="../../src/remonitor/workers/team_listener.py" line="+61"/>
        <source>{problem} Trying again in {n} s.</source>
        <translation>{problem} {n} 秒后重试。</translation>
    </message>
</context>
<context>
    <name>TimelineLanes</name>
    <message>
        <location filename="../../src/remonitor/ui/timeline/lanes.py" line="+178"/>
        <source>Today, {date}</source>
        <translation>今天，{date}</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>announced {day}</source>
        <translation>{day} 公告</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, effective {day}</source>
        <translation>，{day} 生效</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, until {day}</source>
        <translation>，至 {day}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>acts on: {keys}</source>
        <translation>涉及：{keys}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>source: {source}</source>
        <translation>来源：{source}</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../src/remonitor/ui/timeline/panel.py" line="+64"/>
        <source>Announced</source>
        <translation>公告日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authority</source>
        <translation>发布机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>文号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effective</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elements</source>
        <translation>元素</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acts on</source>
        <translation>适用对象</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter events (title, authority, number…)</source>
        <translation>筛选事件（标题、机构、文号…）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>load events</source>
        <translation>加载事件</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All authorities</source>
        <translation>全部机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All elements</source>
        <translation>全部元素</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>New &amp;event…</source>
        <translation>新建事件(&amp;E)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record a policy event (Ctrl+Shift+E)</source>
        <translation>记录一项政策事件（Ctrl+Shift+E）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete event…</source>
        <translation>删除事件(&amp;D)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected event (asks first; Ctrl+Z puts it back)</source>
        <translation>删除所选事件（会先确认；Ctrl+Z 可恢复）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Event &amp;window…</source>
        <translation>事件窗口(&amp;W)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The months around the selected event, and who gained or lost share after it</source>
        <translation>所选事件前后的各月，以及此后谁的份额增加或减少</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{n} of {total}</source>
        <translation>{n} / {total}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Coming up: nothing in the next 120 days.</source>
        <translation>即将发生：未来 120 天内没有事项。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{day} {what}: {title} (in {n} d)</source>
        <translation>{day} {what}：{title}（{n} 天后）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coming up — </source>
        <translation>即将发生 — </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day} {what}: {title} (in {n} days)</source>
        <translation>{day} {what}：{title}（{n} 天后）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>find the applications an event touches</source>
        <translation>查找事件涉及的申请</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{reference} ({reasons}, confirmed)</source>
        <translation>{reference}（{reasons}，已确认）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{reference} ({reasons})</source>
        <translation>{reference}（{reasons}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>May touch: </source>
        <translation>可能涉及：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> and {n} more</source>
        <translation> 等另外 {n} 项</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>1 event</source>
        <translation>1 个事件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} events</source>
        <translation>{n} 个事件</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>export calendar</source>
        <translation>导出日历</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export events</source>
        <translation>导出事件</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Delete event</source>
        <translation>删除事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “{title}” ({day})? Edit → Undo puts it back.</source>
        <translation>删除“{title}”（{day}）吗？编辑 → 撤销可恢复。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The event could not be deleted</source>
        <translation>无法删除该事件</translation>
    </message>
</context>
<context>
    <name>TrackerColumns</name>
    <message>
        <location filename="../../src/remonitor/ui/tracker/columns.py" line="+32"/>
        <source>clock stopped</source>
        <translation>计时暂停</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (est.)</source>
        <translation>（估计）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No review clock: the application is not under review.</source>
        <translation>无审查时钟：该申请不在审查中。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Information requested: the clock is stopped after {n} working days.</source>
        <translation>已要求补充材料：时钟在 {n} 个工作日后暂停。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision due by the end of working day 45 after acceptance: {due}. {n} working days left.</source>
        <translation>应在受理后第 45 个工作日结束前作出决定：{due}。还剩 {n} 个工作日。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> Estimated: the State Council&apos;s holiday notice for {years} is not in the calendar, so its statutory holidays are counted but not its make-up working weekends. Add the notice&apos;s days to calendar.csv in the data folder (date, kind = holiday or workday, name) to make it exact.</source>
        <translation> 估算：日历中没有国务院 {years} 年的放假通知，因此只计入法定节假日，未计入调休上班的周末。把通知中的日期加到数据文件夹的 calendar.csv（date、kind = holiday 或 workday、name）即可精确计算。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>, {n} d to expiry</source>
        <translation>，{n} 天后到期</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No licence yet.</source>
        <translation>尚无许可证。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence {number}: {approved} {unit} approved, {remaining} left; {state}</source>
        <translation>许可证 {number}：批准 {approved} {unit}，剩余 {remaining}；{state}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, expires in {n} days</source>
        <translation>，{n} 天后到期</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Reference</source>
        <translation>内部编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days left</source>
        <translation>剩余工作日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision due</source>
        <translation>决定期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remaining</source>
        <translation>剩余数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>物项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Control code</source>
        <translation>管制编码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elements</source>
        <translation>元素</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination</source>
        <translation>目的国</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End user</source>
        <translation>最终用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MOFCOM no.</source>
        <translation>商务部申请编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HS code</source>
        <translation>商品编码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>币制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence type</source>
        <translation>许可证类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green channel</source>
        <translation>绿色通道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract</source>
        <translation>合同号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>提交日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>TrackerEditor</name>
    <message>
        <location filename="../../src/remonitor/ui/tracker/editor.py" line="-45"/>
        <source>Change status</source>
        <translation>更改状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some selected applications are still being read; try again in a moment.</source>
        <translation>部分所选申请仍在读取中；请稍后再试。</translation>
    </message>
</context>
<context>
    <name>TrackerFiles</name>
    <message>
        <location filename="../../src/remonitor/ui/tracker/files.py" line="+43"/>
        <source>Attach a document</source>
        <translation>附加文件</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The document could not be attached</source>
        <translation>无法附加该文件</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Document missing</source>
        <translation>文件缺失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is no longer in the data folder ({path}).</source>
        <translation>{name} 已不在数据文件夹中（{path}）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is a program or script; remonitor never runs it. Show its folder?</source>
        <translation>{name} 是程序或脚本；remonitor 从不运行它。显示其所在文件夹吗？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open {name} with the system viewer?</source>
        <translation>用系统查看器打开 {name} 吗？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open document</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import licence applications</source>
        <translation>导入许可证申请</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tables (*.csv *.txt *.xlsx *.xls *.ods);;All files (*)</source>
        <translation>表格 (*.csv *.txt *.xlsx *.xls *.ods);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>read {file}</source>
        <translation>读取 {file}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} cannot be imported</source>
        <translation>{file} 无法导入</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file}: {n} applications. Columns read: {columns}.</source>
        <translation>{file}：{n} 份申请。读取的列：{columns}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not imported: {columns}.</source>
        <translation>未导入：{columns}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applications whose reference is already in the tracker are left as they are.</source>
        <translation>内部编号已在跟踪表中的申请保持不变。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import applications</source>
        <translation>导入申请</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The applications were not imported</source>
        <translation>申请未导入</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Added {n} applications.</source>
        <translation>已添加 {n} 份申请。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Already present, left as they are: {refs}</source>
        <translation>已存在，保持不变：{refs}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> and {n} more</source>
        <translation> 等另外 {n} 份</translation>
    </message>
</context>
<context>
    <name>TrackerPanel</name>
    <message>
        <location filename="../../src/remonitor/ui/tracker/panel.py" line="+105"/>
        <source>&amp;New application…</source>
        <translation>新建申请(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a new licence application (Ctrl+N)</source>
        <translation>登记一份新的许可证申请（Ctrl+N）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change &amp;status…</source>
        <translation>更改状态(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected applications through the workflow (Ctrl+Shift+S)</source>
        <translation>将所选申请推进到流程的下一步（Ctrl+Shift+S）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record &amp;shipment…</source>
        <translation>登记发运(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw a shipment against the selected approved licence</source>
        <translation>在所选已批准许可证下登记一笔发运</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Attach &amp;document…</source>
        <translation>附加文件(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep a copy of a file (application, MOFCOM notice, contract) with the selected application</source>
        <translation>为所选申请保存一份文件副本（申请书、商务部通知、合同）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Import &amp;applications…</source>
        <translation>导入申请(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add licence applications from a CSV or Excel table (the desk&apos;s sheet, or an export)</source>
        <translation>从 CSV 或 Excel 表格添加许可证申请（本组的表格或导出文件）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;olumns…</source>
        <translation>列(&amp;O)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the columns shown (or right-click a column header; drag headers to reorder)</source>
        <translation>选择显示的列（或右键单击列标题；拖动标题可调整顺序）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter applications (any field; several words narrow)</source>
        <translation>筛选申请（任意字段；多个词逐步缩小）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All destinations</source>
        <translation>全部目的地</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All elements</source>
        <translation>全部元素</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All applicants</source>
        <translation>全部申请人</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Licence applications (as filtered)</source>
        <translation>许可证申请（按当前筛选）</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>load applications</source>
        <translation>加载申请</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>read applications</source>
        <translation>读取申请</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>none yet (Ctrl+N)</source>
        <translation>暂无（Ctrl+N）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 application</source>
        <translation>1 份申请</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} applications</source>
        <translation>{n} 份申请</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>load application details</source>
        <translation>加载申请详情</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>export applications</source>
        <translation>导出申请</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>The verdict could not be written</source>
        <translation>无法写入该结论</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <location filename="../../src/remonitor/core/units.py" line="+54"/>
        <source>{unit!r} is not a unit remonitor knows; it knows t, kg, g, the currencies (USD, CNY, EUR …) and the WCO quantity units (u, l, m², kWh …), each with a scale before it or not (thousand USD). Map it to one of them with a factor (e.g. unit t, factor 1000 for thousand t)</source>
        <translation>{unit!r} 不是 remonitor 认识的单位；它认识 t、kg、g、各种货币（USD、CNY、EUR …）和世界海关组织的数量单位（u、l、m²、kWh …），前面可带倍数（thousand USD）。请映射到其中之一并给出倍数（例如单位 t、倍数 1000 表示千吨）</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>{source} shown in {target}</source>
        <translation>{source} 以 {target} 显示</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{source} shown in {target} (×{factor})</source>
        <translation>{source} 以 {target} 显示（×{factor}）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{source} cannot be shown in {target}: no {currency}/USD exchange-rate table has been imported (File → Import exchange rates…)</source>
        <translation>{source} 无法以 {target} 显示：尚未导入 {currency}/USD 汇率表（文件 → 导入汇率…）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{currency} per USD, monthly mean rates</source>
        <translation>每美元 {currency}，月平均汇率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> from {source}</source>
        <translation>，来源 {source}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{source} converted to {target} at {rates}</source>
        <translation>{source} 按 {rates} 换算为 {target}</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <location filename="../../src/remonitor/core/views.py" line="+45"/>
        <source>no figure for {span}</source>
        <translation>{span} 没有数据</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{span} is a bucket of {n} months: m/m is not defined</source>
        <translation>{span} 是 {n} 个月的合并期：无法计算环比</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no figure for the month before</source>
        <translation>上个月没有数据</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the month before is inside the {span} bucket: m/m is not defined across it</source>
        <translation>上个月在 {span} 合并期内：无法跨期计算环比</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a month of {span} is not known</source>
        <translation>{span} 中有一个月未知</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{span} not known</source>
        <translation>{span} 未知</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a month of the 12 is not known</source>
        <translation>12 个月中有一个月未知</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../src/remonitor/ui/vocabulary.py" line="+19"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information requested</source>
        <translation>补充材料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denied</source>
        <translation>不予许可</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>single</source>
        <translation>单项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>general</source>
        <translation>通用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>used up</source>
        <translation>已用完</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not yet valid</source>
        <translation>尚未生效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>near due</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export control</source>
        <translation>出口管制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>licensing</source>
        <translation>许可</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quota</source>
        <translation>配额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tariff</source>
        <translation>关税</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>talks</source>
        <translation>磋商</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>statement</source>
        <translation>声明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>takes effect</source>
        <translation>生效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ends</source>
        <translation>截止</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>suggested</source>
        <translation>建议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dismissed</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export</source>
        <translation>出口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import</source>
        <translation>进口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>re-export</source>
        <translation>再出口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>re-import</source>
        <translation>再进口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>production</source>
        <translation>产量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reserves</source>
        <translation>储量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit value</source>
        <translation>单价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>world</source>
        <translation>世界</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rest of world</source>
        <translation>其他地区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all partners (sum)</source>
        <translation>全部伙伴（合计）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rare earths (GAC headline)</source>
        <translation>稀土（海关总署总量口径）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reported</source>
        <translation>发布</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>derived</source>
        <translation>推算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revision</source>
        <translation>修订</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more decimals</source>
        <translation>更多小数位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level</source>
        <translation>数值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>y/y %</source>
        <translation>同比 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>m/m %</source>
        <translation>环比 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YTD vs prior YTD %</source>
        <translation>累计同比 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>12-month rolling sum</source>
        <translation>12 个月滚动合计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Index (=100 at a month)</source>
        <translation>指数（基期月 = 100）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bars</source>
        <translation>柱状</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines</source>
        <translation>折线</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelling</source>
        <translation>正在取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replaced</source>
        <translation>已被替换</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <location filename="../../src/remonitor/core/workflow.py" line="+42"/>
        <source>allowed: {statuses}</source>
        <translation>可改为：{statuses}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is final</source>
        <translation>已是最终状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An application that is {current} cannot become {target} ({where}).</source>
        <translation>处于“{current}”的申请不能变为“{target}”（{where}）。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>A shipment&apos;s quantity must be positive.</source>
        <translation>发运数量必须为正数。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This shipment ({quantity}) exceeds what the licence has left ({left} of {approved}).</source>
        <translation>此次发运（{quantity}）超出许可证剩余数量（剩余 {left} / {approved}）。</translation>
    </message>
</context>
</TS>
