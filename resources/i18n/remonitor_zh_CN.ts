<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name />
    <message>
        <location filename="../../src/remonitor/ui/series_picker.py" line="27" />
        <source>Shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/series_picker.py" line="28" />
        <source>Product</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/series_picker.py" line="29" />
        <source>Partner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/series_picker.py" line="30" />
        <source>Measure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/series_picker.py" line="32" />
        <location filename="../../src/remonitor/ui/tracker_columns.py" line="110" />
        <source>Unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/series_picker.py" line="33" />
        <source>Flow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/series_picker.py" line="34" />
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/series_picker.py" line="35" />
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/series_picker.py" line="36" />
        <source>Latest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/series_picker.py" line="37" />
        <source>Released</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/series_picker.py" line="38" />
        <source>Next release</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker_columns.py" line="95" />
        <source>Reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker_columns.py" line="96" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker_columns.py" line="97" />
        <source>Days left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker_columns.py" line="99" />
        <source>Decision due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker_columns.py" line="100" />
        <source>Licence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker_columns.py" line="102" />
        <source>Remaining</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker_columns.py" line="104" />
        <source>Applicant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker_columns.py" line="105" />
        <source>Item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker_columns.py" line="106" />
        <source>Control code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker_columns.py" line="107" />
        <source>Elements</source>
        <translation>元素</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker_columns.py" line="108" />
        <source>Quantity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker_columns.py" line="111" />
        <source>Destination</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker_columns.py" line="112" />
        <source>End user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker_columns.py" line="113" />
        <source>MOFCOM no.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker_columns.py" line="114" />
        <source>HS code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker_columns.py" line="115" />
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker_columns.py" line="116" />
        <source>Currency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker_columns.py" line="117" />
        <source>Licence type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker_columns.py" line="119" />
        <source>Green channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker_columns.py" line="121" />
        <source>Contract</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker_columns.py" line="123" />
        <source>Submitted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker_columns.py" line="124" />
        <source>Accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker_columns.py" line="125" />
        <source>Updated</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/remonitor/ui/about.py" line="31" />
        <source>About remonitor</source>
        <translation>关于 remonitor</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/about.py" line="35" />
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/about.py" line="36" />
        <source>Qt / PySide6</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/about.py" line="37" />
        <source>pyqtgraph</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/about.py" line="38" />
        <source>Python</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/about.py" line="39" />
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/about.py" line="40" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/about.py" line="41" />
        <source>Log folder</source>
        <translation>日志文件夹</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/about.py" line="46" />
        <source>&lt;h3&gt;remonitor {version}&lt;/h3&gt;&lt;p&gt;China's rare-earth exports, export-control events and licence applications, offline.&lt;/p&gt;&lt;table cellspacing=4&gt;{rows}&lt;/table&gt;&lt;p&gt;remonitor uses Qt {qt} under the GNU LGPL version 3 (see &lt;i&gt;About Qt&lt;/i&gt;), PySide6, pyqtgraph, pandas and SQLite.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/about.py" line="55" />
        <source>Open log folder</source>
        <translation>打开日志文件夹</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/about.py" line="57" />
        <source>About Qt</source>
        <translation>关于 Qt</translation>
    </message>
</context>
<context>
    <name>ApplicationDialog</name>
    <message>
        <location filename="../../src/remonitor/ui/application_dialog.py" line="27" />
        <source>New licence application</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/application_dialog.py" line="31" />
        <source>required, e.g. RE-2026-014</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/application_dialog.py" line="34" />
        <source>e.g. samarium-cobalt magnets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/application_dialog.py" line="44" />
        <location filename="../../src/remonitor/ui/application_dialog.py" line="50" />
        <source>not set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/application_dialog.py" line="54" />
        <source>given when submitted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/application_dialog.py" line="57" />
        <source>country, e.g. DE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/application_dialog.py" line="63" />
        <source>one per line: end user; destination
Magnetwerk GmbH; DE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/application_dialog.py" line="67" />
        <source>single (one end user)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/application_dialog.py" line="68" />
        <source>general (several end users)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/application_dialog.py" line="79" />
        <source>Green channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/application_dialog.py" line="84" />
        <source>Internal reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/application_dialog.py" line="85" />
        <source>MOFCOM application no.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/application_dialog.py" line="86" />
        <source>Applicant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/application_dialog.py" line="87" />
        <source>Contract number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/application_dialog.py" line="88" />
        <source>Item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/application_dialog.py" line="89" />
        <source>Control code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/application_dialog.py" line="90" />
        <source>HS code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/application_dialog.py" line="91" />
        <source>Elements</source>
        <translation>元素</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/application_dialog.py" line="92" />
        <source>Quantity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/application_dialog.py" line="93" />
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/application_dialog.py" line="94" />
        <source>Licence type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/application_dialog.py" line="95" />
        <source>Destination</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/application_dialog.py" line="96" />
        <source>Consignee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/application_dialog.py" line="97" />
        <source>End user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/application_dialog.py" line="98" />
        <source>End users</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/application_dialog.py" line="99" />
        <source>End use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/application_dialog.py" line="100" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/application_dialog.py" line="101" />
        <source>Submitted on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/application_dialog.py" line="103" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/application_dialog.py" line="129" />
        <source>Required for this status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/application_dialog.py" line="133" />
        <source>Edit application {ref}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/application_dialog.py" line="156" />
        <source>The status changes through Change status…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/application_dialog.py" line="167" />
        <source>Elements: {problem}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/application_dialog.py" line="191" />
        <source>End users, line {n}: write 'end user; destination' (got {line!r}).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <location filename="../../src/remonitor/ui/background.py" line="73" />
        <source>An inbox import broke off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/background.py" line="103" />
        <source>The inbox cannot be watched</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/background.py" line="114" />
        <source>Today's backup was not made</source>
        <translation>今日备份未完成</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/background.py" line="134" />
        <source>Imported from the inbox</source>
        <translation>已从收件箱导入</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/background.py" line="135" />
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/background.py" line="137" />
        <source>Already imported</source>
        <translation>已导入过</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/background.py" line="138" />
        <source>{file} was imported before; moved to done/.</source>
        <translation>{file} 之前已导入；已移至 done/。</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/background.py" line="140" />
        <source>{file} could not be imported</source>
        <translation>{file} 无法导入</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/background.py" line="142" />
        <source>Moved to {path}; the reason is in {log} beside it.

{why}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/background.py" line="146" />
        <source>Show the folder</source>
        <translation>显示文件夹</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/background.py" line="150" />
        <source>{file} waits in the inbox</source>
        <translation>{file} 在收件箱中等待</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/background.py" line="151" />
        <source>No format or saved profile recognises it. Map its columns once in the import dialog; files of the same shape are then imported on their own.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/background.py" line="154" />
        <source>Open in the import dialog</source>
        <translation>在导入对话框中打开</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/background.py" line="166" />
        <source>A feed failed</source>
        <translation>数据源获取失败</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/background.py" line="191" />
        <source>{n} more reminders</source>
        <translation>另有 {n} 条提醒</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <location filename="../../src/remonitor/ui/notifications.py" line="54" />
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/notifications.py" line="80" />
        <source>Details…</source>
        <translation>详情…</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <location filename="../../src/remonitor/ui/chart_export.py" line="19" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/chart_export.py" line="20" />
        <source>Save the chart as shown: PNG or SVG picture, or its points as CSV / XLSX</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/chart_export.py" line="28" />
        <source>Export the chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/chart_export.py" line="29" />
        <source>PNG picture (*.png);;SVG picture (*.svg);;Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/chart_export.py" line="39" />
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/chart_export.py" line="41" />
        <source>Chart exported to {path}</source>
        <translation>图表已导出到 {path}</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../../src/remonitor/ui/chart.py" line="72" />
        <source>Choose the series shown (Ctrl+L): search every series held, with its freshness</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/chart.py" line="80" />
        <source>What the chart shows</source>
        <translation>图表显示的内容</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/chart.py" line="82" />
        <source>Bars or lines (Auto: bars for one series, lines for several)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/chart.py" line="85" />
        <source>The month the index is 100 at</source>
        <translation>指数为 100 的月份</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/chart.py" line="90" />
        <source>Log</source>
        <translation>对数</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/chart.py" line="91" />
        <source>Logarithmic y axis (zero and negative values are left out, and counted under the chart)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/chart.py" line="96" />
        <source>Units</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/chart.py" line="99" />
        <source>By destination, top</source>
        <translation>按目的地，前</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/chart.py" line="100" />
        <source>The first series' product by partner: the top N stacked, with rest of world and each one's share</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/chart.py" line="152" />
        <source>Series:</source>
        <translation>序列：</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/chart.py" line="153" />
        <source> View:</source>
        <translation> 视图：</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/chart.py" line="159" />
        <source>{n} y</source>
        <translation>{n} 年</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/chart.py" line="159" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/chart.py" line="160" />
        <source>Show the last {n} years</source>
        <translation>显示最近 {n} 年</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/chart.py" line="161" />
        <source>Show every figure (Home). On the chart: wheel or + / − zoom, drag or ← / → pan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/chart.py" line="168" />
        <source>Check…</source>
        <translation>核对…</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/chart.py" line="169" />
        <source>Do the published figures agree with each other and with the % changes stated beside them?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/chart.py" line="228" />
        <source>Quantities in</source>
        <translation>数量单位</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/chart.py" line="229" />
        <source>Values in</source>
        <translation>金额单位</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/chart.py" line="233" />
        <source>as published</source>
        <translation>按发布单位</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/chart.py" line="239" />
        <source>Import exchange rates…</source>
        <translation>导入汇率…</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/chart.py" line="314" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source> (right axis)</source>
        <translation type="vanished">（右轴）</translation>
    </message>
    <message>
        <source>reported</source>
        <translation type="vanished">公布值</translation>
    </message>
    <message>
        <source>derived from YTD / annual figures</source>
        <translation type="vanished">由累计/年度数据推算</translation>
    </message>
    <message>
        <source>{word} {unit} per month</source>
        <translation type="vanished">{word} {unit}/月</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/chart.py" line="365" />
        <source>No figures stored yet: use File → Import…</source>
        <translation>尚无数据：请用 文件 → 导入…</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/chart.py" line="367" />
        <source>{source} · latest release {date}</source>
        <translation>{source} · 最新发布 {date}</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../src/remonitor/ui/import_wizard.py" line="277" />
        <source>2. Check</source>
        <translation>2. 检查</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/import_wizard.py" line="278" />
        <source>Errors block the import unless you skip the rows they name. Nothing is stored until the next step.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/import_wizard.py" line="283" />
        <source>Skip the rows with errors and import the rest</source>
        <translation>跳过有错误的行，导入其余行</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/import_wizard.py" line="285" />
        <source>Save report…</source>
        <translation>保存报告…</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/import_wizard.py" line="305" />
        <source>Save the report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/import_wizard.py" line="307" />
        <source>Text (*.txt)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChecksDialog</name>
    <message>
        <location filename="../../src/remonitor/ui/chart_checks.py" line="36" />
        <source>Consistency of the figures</source>
        <translation>数据一致性</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/chart_checks.py" line="39" />
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/chart_checks.py" line="41" />
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/chart_checks.py" line="42" />
        <source>Check</source>
        <translation>核对项</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/chart_checks.py" line="43" />
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/chart_checks.py" line="44" />
        <source>Series</source>
        <translation>序列</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/chart_checks.py" line="51" />
        <source>{n} checks; {bad} mismatch(es) beyond the rounding of the published figures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/chart_checks.py" line="53" />
        <source>Mismatches only</source>
        <translation>只看不一致</translation>
    </message>
</context>
<context>
    <name>CommitPage</name>
    <message>
        <location filename="../../src/remonitor/ui/import_wizard.py" line="315" />
        <source>3. Import</source>
        <translation>3. 导入</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/import_wizard.py" line="316" />
        <source>All rows are stored in one transaction, or none.</source>
        <translation>所有行在一个事务中存储，要么全部成功，要么全部不存。</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/import_wizard.py" line="320" />
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/import_wizard.py" line="322" />
        <source>Undo this import</source>
        <translation>撤销本次导入</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/import_wizard.py" line="343" />
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/import_wizard.py" line="366" />
        <source>Nothing was stored: {why}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/import_wizard.py" line="372" />
        <source>Cancelled: nothing was stored.</source>
        <translation>已取消：未存储任何内容。</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/import_wizard.py" line="378" />
        <source>Undone: the import was removed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <location filename="../../src/remonitor/app/crash.py" line="58" />
        <source>Something went wrong, but your data are safe: every change is written in one transaction.

{summary}

Details are in the log: {log}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/app/crash.py" line="61" />
        <source>remonitor — unexpected error</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <location filename="../../src/remonitor/ui/tracker_details.py" line="71" />
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker_details.py" line="72" />
        <source>Shipments</source>
        <translation>发运</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker_details.py" line="77" />
        <source>Documents</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker_details.py" line="80" />
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker_details.py" line="80" />
        <source>Dismiss</source>
        <translation>驳回</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker_details.py" line="83" />
        <source>{verdict} the selected event's match with this application (kept in its history)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker_details.py" line="90" />
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker_details.py" line="102" />
        <source>Select one application</source>
        <translation>请选择一份申请</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker_details.py" line="103" />
        <source>Select one application to see every change to it, its shipments, its documents and the events that may touch it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker_details.py" line="109" />
        <source>{ref} — {status}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker_details.py" line="115" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker_details.py" line="115" />
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker_details.py" line="115" />
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker_details.py" line="115" />
        <source>Old</source>
        <translation>原值</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker_details.py" line="116" />
        <source>New</source>
        <translation>新值</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker_details.py" line="116" />
        <location filename="../../src/remonitor/ui/tracker_details.py" line="136" />
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker_details.py" line="126" />
        <source>Shipped</source>
        <translation>发运日期</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker_details.py" line="126" />
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker_details.py" line="126" />
        <source>Left after</source>
        <translation>剩余</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker_details.py" line="127" />
        <source>Reference</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker_details.py" line="128" />
        <source>Shipments ({n})</source>
        <translation>发运（{n}）</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker_details.py" line="130" />
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker_details.py" line="130" />
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker_details.py" line="130" />
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker_details.py" line="131" />
        <source>By</source>
        <translation>添加人</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker_details.py" line="134" />
        <source>Documents ({n})</source>
        <translation>文件（{n}）</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker_details.py" line="136" />
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker_details.py" line="136" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker_details.py" line="137" />
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker_details.py" line="141" />
        <source>Events ({n})</source>
        <translation>事件（{n}）</translation>
    </message>
</context>
<context>
    <name>DomainTableView</name>
    <message>
        <location filename="../../src/remonitor/ui/table_view.py" line="95" />
        <source>Show all columns</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../src/remonitor/ui/event_dialog.py" line="30" />
        <source>Edit event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/event_dialog.py" line="30" />
        <source>New event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/event_dialog.py" line="37" />
        <source>YYYY-MM-DD, when it differs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/event_dialog.py" line="39" />
        <source>YYYY-MM-DD, for a period (e.g. a suspension)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/event_dialog.py" line="53" />
        <source>keys of the events it acts on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/event_dialog.py" line="55" />
        <source>URL or document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/event_dialog.py" line="60" />
        <source>Announced *</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/event_dialog.py" line="60" />
        <location filename="../../src/remonitor/ui/event_dialog.py" line="93" />
        <source>Effective</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/event_dialog.py" line="61" />
        <location filename="../../src/remonitor/ui/event_dialog.py" line="94" />
        <source>Ends</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/event_dialog.py" line="61" />
        <source>Title *</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/event_dialog.py" line="62" />
        <source>Authority</source>
        <translation>发布机构</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/event_dialog.py" line="62" />
        <source>Category *</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/event_dialog.py" line="63" />
        <source>Number</source>
        <translation>文号</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/event_dialog.py" line="63" />
        <source>Elements</source>
        <translation>元素</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/event_dialog.py" line="64" />
        <source>HS codes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/event_dialog.py" line="65" />
        <source>Control codes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/event_dialog.py" line="66" />
        <source>Acts on</source>
        <translation>适用对象</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/event_dialog.py" line="66" />
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/event_dialog.py" line="67" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/event_dialog.py" line="90" />
        <source>Elements: {problem}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EventMarkers</name>
    <message>
        <location filename="../../src/remonitor/ui/chart_events.py" line="53" />
        <source>{title}
{start} – {end}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/chart_events.py" line="68" />
        <source>Click to find it in the timeline</source>
        <translation>点击在时间线中查看</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/chart_events.py" line="74" />
        <source>Today, {date}</source>
        <translation>今天，{date}</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../src/remonitor/ui/import_wizard.py" line="165" />
        <source>1. The file</source>
        <translation>1. 文件</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/import_wizard.py" line="168" />
        <source>detect automatically</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/import_wizard.py" line="172" />
        <source>judge from the bytes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/import_wizard.py" line="176" />
        <source>as the file says</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/import_wizard.py" line="177" />
        <source>exports</source>
        <translation>出口</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/import_wizard.py" line="178" />
        <source>imports</source>
        <translation>进口</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/import_wizard.py" line="180" />
        <source>HS code, for files that do not name it (OEC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/import_wizard.py" line="181" />
        <source>Released on</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/import_wizard.py" line="184" />
        <source>When the publisher released these figures: it orders vintages. Unset, the file says or its date is used.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/import_wizard.py" line="189" />
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/import_wizard.py" line="190" />
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/import_wizard.py" line="191" />
        <location filename="../../src/remonitor/ui/import_wizard.py" line="250" />
        <source>Flow</source>
        <translation>流向</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/import_wizard.py" line="192" />
        <location filename="../../src/remonitor/ui/import_wizard.py" line="251" />
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/import_wizard.py" line="216" />
        <source>As it will be stored (first rows):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/import_wizard.py" line="223" />
        <source>remonitor does not recognise this layout. Choose “table mapped by you” and say which column holds what.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/import_wizard.py" line="231" />
        <source>{label}: {rows} rows → {n} figures, {e} events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/import_wizard.py" line="235" />
        <source>; encoding {enc} ({why})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/import_wizard.py" line="238" />
        <source>; {n} errors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/import_wizard.py" line="245" />
        <location filename="../../src/remonitor/ui/import_wizard.py" line="250" />
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/import_wizard.py" line="245" />
        <source>Announced</source>
        <translation>公告日期</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/import_wizard.py" line="245" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/import_wizard.py" line="246" />
        <source>Authority</source>
        <translation>发布机构</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/import_wizard.py" line="246" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/import_wizard.py" line="250" />
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/import_wizard.py" line="250" />
        <source>Reporter</source>
        <translation>申报方</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/import_wizard.py" line="251" />
        <source>Partner</source>
        <translation>贸易伙伴</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/import_wizard.py" line="251" />
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/import_wizard.py" line="252" />
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/import_wizard.py" line="252" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/import_wizard.py" line="252" />
        <source>Decimals</source>
        <translation>小数位</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../src/remonitor/ui/import_wizard.py" line="56" />
        <source>Import {name}</source>
        <translation>导入 {name}</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/import_wizard.py" line="97" />
        <source>Reading {name}…</source>
        <translation>正在读取 {name}…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/remonitor/ui/main_window.py" line="69" />
        <source>remonitor — China rare-earth exports</source>
        <translation>remonitor — 中国稀土出口</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/main_window.py" line="91" />
        <source>Event timeline</source>
        <translation>事件时间线</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/main_window.py" line="92" />
        <source>Licence tracker</source>
        <translation>许可证申请跟踪</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/main_window.py" line="131" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/main_window.py" line="133" />
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/main_window.py" line="134" />
        <source>Import figures or events from a file</source>
        <translation>从文件导入数据或事件</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/main_window.py" line="137" />
        <source>Import exchange &amp;rates…</source>
        <translation>导入汇率(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/main_window.py" line="138" />
        <source>Monthly rates per US dollar, for showing values in another currency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/main_window.py" line="139" />
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/main_window.py" line="147" />
        <source>Restore from &amp;backup…</source>
        <translation>从备份恢复(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/main_window.py" line="148" />
        <source>Put a backup in place of the store</source>
        <translation>用备份替换数据库</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/main_window.py" line="150" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/main_window.py" line="154" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/main_window.py" line="162" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/main_window.py" line="164" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/main_window.py" line="177" />
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/main_window.py" line="179" />
        <source>Inbox folder, feeds, reminders</source>
        <translation>收件箱文件夹、数据源、提醒</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/main_window.py" line="184" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/main_window.py" line="188" />
        <source>Background &amp;tasks…</source>
        <translation>后台任务(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/main_window.py" line="191" />
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/main_window.py" line="194" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/main_window.py" line="195" />
        <source>&amp;About remonitor</source>
        <translation>关于 remonitor(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/main_window.py" line="240" />
        <source>Store unavailable</source>
        <translation>数据库不可用</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/main_window.py" line="244" />
        <location filename="../../src/remonitor/ui/main_window.py" line="251" />
        <source>remonitor cannot open its store</source>
        <translation>remonitor 无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/main_window.py" line="245" />
        <source>{why}

Restore the backup of {made}? The damaged file is kept aside.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/main_window.py" line="274" />
        <source>{source}: latest {period}, released {date}</source>
        <translation>{source}：最新 {period}，发布于 {date}</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/main_window.py" line="282" />
        <source>Import exchange rates</source>
        <translation>导入汇率</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/main_window.py" line="283" />
        <location filename="../../src/remonitor/ui/main_window.py" line="317" />
        <source>Tables (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/main_window.py" line="294" />
        <source>Importing exchange rates…</source>
        <translation>正在导入汇率…</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/main_window.py" line="296" />
        <source>{file}: {n} months of {currency} per USD imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/main_window.py" line="298" />
        <source>{file} was imported before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/main_window.py" line="301" />
        <source>{file} cannot be imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/main_window.py" line="316" />
        <source>Import a file</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/main_window.py" line="335" />
        <source>Export {what}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/main_window.py" line="336" />
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/main_window.py" line="337" />
        <source>;;Calendar (*.ics)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/main_window.py" line="356" />
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/main_window.py" line="358" />
        <source>Exported {n} rows to {path}</source>
        <translation>已导出 {n} 行到 {path}</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/main_window.py" line="359" />
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>MappingBox</name>
    <message>
        <location filename="../../src/remonitor/ui/mapping_box.py" line="36" />
        <source>Which column holds what</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/mapping_box.py" line="43" />
        <source>The row with the column names</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/mapping_box.py" line="48" />
        <source>Header row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/mapping_box.py" line="65" />
        <source>name, e.g. desk magnets sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/mapping_box.py" line="66" />
        <source>Save as profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/mapping_box.py" line="67" />
        <source>Files with the same columns will be read this way automatically</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/mapping_box.py" line="72" />
        <source>Profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/mapping_box.py" line="97" />
        <source>fixed value →</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/mapping_box.py" line="117" />
        <source>Give the profile a name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/mapping_box.py" line="122" />
        <source>Saved “{name}”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../src/remonitor/ui/preferences.py" line="59" />
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/preferences.py" line="62" />
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/preferences.py" line="67" />
        <source>Import files that land in the inbox</source>
        <translation>自动导入放入收件箱的文件</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/preferences.py" line="69" />
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/preferences.py" line="70" />
        <source>Network drives do not always report new files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/preferences.py" line="72" />
        <source>One URL per line (https, http or file). Empty: remonitor fetches nothing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/preferences.py" line="75" />
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/preferences.py" line="76" />
        <location filename="../../src/remonitor/ui/preferences.py" line="78" />
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/preferences.py" line="77" />
        <source> %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/preferences.py" line="88" />
        <source>Takes effect at the next start</source>
        <translation>下次启动时生效</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/preferences.py" line="92" />
        <source>Appearance:</source>
        <translation>外观：</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/preferences.py" line="93" />
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/preferences.py" line="94" />
        <source>Inbox folder:</source>
        <translation>收件箱文件夹：</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/preferences.py" line="96" />
        <source>Look again every:</source>
        <translation>重新检查间隔：</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/preferences.py" line="97" />
        <source>Feeds:</source>
        <translation>数据源：</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/preferences.py" line="98" />
        <source>Poll feeds every:</source>
        <translation>数据源轮询间隔：</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/preferences.py" line="99" />
        <source>Remind of licences expiring within:</source>
        <translation>许可证到期提醒：</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/preferences.py" line="100" />
        <source>… or drawn down to:</source>
        <translation>… 或已使用至：</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/preferences.py" line="101" />
        <source>Remind of events within:</source>
        <translation>事件提醒：</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/preferences.py" line="112" />
        <source>Inbox folder</source>
        <translation>收件箱文件夹</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/preferences.py" line="123" />
        <source>Feed line {n}: {why}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/preferences.py" line="127" />
        <source>The inbox must be a full path to a folder.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../src/remonitor/ui/restore_dialog.py" line="31" />
        <location filename="../../src/remonitor/ui/restore_dialog.py" line="87" />
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/restore_dialog.py" line="36" />
        <source>Restoring replaces the store with the backup. The current file is kept beside it ({name}.before-restore-…), never deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/restore_dialog.py" line="40" />
        <source>Made</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/restore_dialog.py" line="40" />
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/restore_dialog.py" line="41" />
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/restore_dialog.py" line="41" />
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/restore_dialog.py" line="49" />
        <source>checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/restore_dialog.py" line="55" />
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/restore_dialog.py" line="63" />
        <source>No backups yet: one is made each day at start-up, before every schema change and before big imports.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/restore_dialog.py" line="72" />
        <source>sound</source>
        <translation>完好</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/restore_dialog.py" line="88" />
        <source>Replace the store with the backup of {made}? Changes made since then will not be in it (the current file is kept aside).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SeriesDrawing</name>
    <message>
        <location filename="../../src/remonitor/ui/chart_draw.py" line="158" />
        <source>{n} series in a third unit are not drawn: use the Index view to compare them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/chart_draw.py" line="166" />
        <source> (right axis)</source>
        <translation type="unfinished">（右轴）</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/chart_draw.py" line="190" />
        <source>reported</source>
        <translation type="unfinished">公布值</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/chart_draw.py" line="191" />
        <source>derived from YTD / annual figures</source>
        <translation type="unfinished">由累计/年度数据推算</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/chart_draw.py" line="198" />
        <source>No partner figures for {product} from {source}: import a file by partner (Comtrade, WITS, GAC detail)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/chart_draw.py" line="208" />
        <source>{word} {unit} per month</source>
        <translation type="unfinished">{word} {unit}/月</translation>
    </message>
</context>
<context>
    <name>SeriesPicker</name>
    <message>
        <location filename="../../src/remonitor/ui/series_picker.py" line="92" />
        <source>Series on the chart</source>
        <translation>图表中的序列</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/series_picker.py" line="98" />
        <source>Search: product, partner, measure, source… (every word must match)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/series_picker.py" line="101" />
        <source>Show only the selected</source>
        <translation>只显示所选</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/series_picker.py" line="107" />
        <source>Tick to add a series (up to {n}); double-click to show only that one. Two units get two axes; more: use the Index view.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/series_picker.py" line="136" />
        <source>{n} of {total} series</source>
        <translation>{n} / {total} 个序列</translation>
    </message>
</context>
<context>
    <name>ShipmentDialog</name>
    <message>
        <location filename="../../src/remonitor/ui/shipment_dialog.py" line="16" />
        <source>Record a shipment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/shipment_dialog.py" line="25" />
        <source>bill of lading, invoice…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/shipment_dialog.py" line="27" />
        <source>Licence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/shipment_dialog.py" line="28" />
        <source>{ref}: {left:,.3f} {unit} left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/shipment_dialog.py" line="30" />
        <source>Shipped on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/shipment_dialog.py" line="31" />
        <source>Quantity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/shipment_dialog.py" line="32" />
        <source>Reference</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../src/remonitor/ui/status.py" line="38" />
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/status.py" line="42" />
        <source>Data: {path}</source>
        <translation>数据：{path}</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/status.py" line="45" />
        <source>The store is {path}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/status.py" line="51" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/status.py" line="52" />
        <source>Stop the running task; nothing half-done is kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/status.py" line="64" />
        <source>Refreshed {time}</source>
        <translation>已刷新 {time}</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/status.py" line="65" />
        <source>Last change: {what}</source>
        <translation>最近更改：{what}</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/status.py" line="68" />
        <source>New: {what}</source>
        <translation>新数据：{what}</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../src/remonitor/ui/status_dialog.py" line="26" />
        <source>Change status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/status_dialog.py" line="37" />
        <source>The date the change took effect: the review clock counts by it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/status_dialog.py" line="40" />
        <source>why (kept in the history)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/status_dialog.py" line="44" />
        <source>as printed on the licence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/status_dialog.py" line="56" />
        <source>Applications</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/status_dialog.py" line="57" />
        <source>New status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/status_dialog.py" line="58" />
        <source>Effective on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/status_dialog.py" line="59" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/status_dialog.py" line="60" />
        <source>Licence number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/status_dialog.py" line="61" />
        <source>Valid from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/status_dialog.py" line="62" />
        <source>Valid until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/status_dialog.py" line="63" />
        <source>Approved quantity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/status_dialog.py" line="66" />
        <source>No status change is allowed for all of these applications together.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/status_dialog.py" line="85" />
        <source>Approve one application at a time: each licence has its own number, validity and quantity.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StatusSummary</name>
    <message>
        <location filename="../../src/remonitor/ui/tracker_summary.py" line="45" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker_summary.py" line="45" />
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker_summary.py" line="46" />
        <source>Near due</source>
        <translation>即将到期</translation>
    </message>
</context>
<context>
    <name>TaskList</name>
    <message>
        <location filename="../../src/remonitor/ui/task_list.py" line="45" />
        <source>Background tasks</source>
        <translation>后台任务</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/task_list.py" line="49" />
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/task_list.py" line="49" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/task_list.py" line="50" />
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/task_list.py" line="50" />
        <source>Time</source>
        <translation>用时</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/task_list.py" line="56" />
        <source>Cancel selected</source>
        <translation>取消所选</translation>
    </message>
</context>
<context>
    <name>TasksButton</name>
    <message>
        <location filename="../../src/remonitor/ui/task_list.py" line="118" />
        <source>Background tasks: running and recent, with Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/task_list.py" line="133" />
        <source>Tasks: {n} running</source>
        <translation>任务：{n} 个运行中</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/task_list.py" line="133" />
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
</context>
<context>
    <name>TimelineLanes</name>
    <message>
        <location filename="../../src/remonitor/ui/timeline_lanes.py" line="177" />
        <source>Today, {date}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../src/remonitor/ui/timeline.py" line="71" />
        <source>Announced</source>
        <translation>公告日期</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/timeline.py" line="72" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/timeline.py" line="73" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/timeline.py" line="75" />
        <source>Authority</source>
        <translation>发布机构</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/timeline.py" line="76" />
        <source>Number</source>
        <translation>文号</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/timeline.py" line="77" />
        <source>Effective</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/timeline.py" line="78" />
        <source>Ends</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/timeline.py" line="79" />
        <source>Elements</source>
        <translation>元素</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/timeline.py" line="80" />
        <source>Acts on</source>
        <translation>适用对象</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/timeline.py" line="83" />
        <source>Filter events (title, authority, number…)</source>
        <translation>筛选事件（标题、机构、文号…）</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/timeline.py" line="92" />
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/timeline.py" line="94" />
        <source>All authorities</source>
        <translation>全部机构</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/timeline.py" line="95" />
        <source>All elements</source>
        <translation>全部元素</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/timeline.py" line="127" />
        <source>New &amp;event…</source>
        <translation>新建事件(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/timeline.py" line="129" />
        <source>Record a policy event (Ctrl+Shift+E)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/timeline.py" line="131" />
        <source>&amp;Delete event…</source>
        <translation>删除事件(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/timeline.py" line="134" />
        <source>Delete the selected event (asks first; Ctrl+Z puts it back)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/timeline.py" line="188" />
        <source>{n} of {total}</source>
        <translation>{n} / {total}</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/timeline.py" line="194" />
        <source>Coming up: nothing in the next 120 days.</source>
        <translation>即将发生：未来 120 天内没有事项。</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/timeline.py" line="196" />
        <source>{day} {what}: {title} (in {n} d)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/timeline.py" line="199" />
        <source>Coming up — </source>
        <translation>即将发生 — </translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/timeline.py" line="224" />
        <source>May touch: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/timeline.py" line="225" />
        <source> and {n} more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/timeline.py" line="238" />
        <source>1 event</source>
        <translation>1 个事件</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/timeline.py" line="238" />
        <source>{n} events</source>
        <translation>{n} 个事件</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/timeline.py" line="284" />
        <source>Delete event</source>
        <translation>删除事件</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/timeline.py" line="285" />
        <source>Delete “{title}” ({day})? Edit → Undo puts it back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/timeline.py" line="293" />
        <source>The event could not be deleted</source>
        <translation>无法删除该事件</translation>
    </message>
</context>
<context>
    <name>TrackerEdits</name>
    <message>
        <location filename="../../src/remonitor/ui/tracker_edits.py" line="95" />
        <source>Change status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker_edits.py" line="96" />
        <source>Some selected applications are still being read; try again in a moment.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TrackerFiles</name>
    <message>
        <location filename="../../src/remonitor/ui/tracker_files.py" line="30" />
        <source>Attach a document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker_files.py" line="44" />
        <source>The document could not be attached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker_files.py" line="55" />
        <source>Document missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker_files.py" line="56" />
        <source>{name} is no longer in the data folder ({path}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker_files.py" line="61" />
        <source>{name} is a program or script; remonitor never runs it. Show its folder?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker_files.py" line="63" />
        <source>Open {name} with the system viewer?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker_files.py" line="64" />
        <source>Open document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker_files.py" line="75" />
        <source>Import licence applications</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker_files.py" line="76" />
        <source>Tables (*.csv *.txt *.xlsx *.xls *.ods);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker_files.py" line="87" />
        <source>{file} cannot be imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker_files.py" line="92" />
        <source>{file}: {n} applications. Columns read: {columns}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker_files.py" line="95" />
        <source>Not imported: {columns}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker_files.py" line="97" />
        <source>Applications whose reference is already in the tracker are left as they are.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker_files.py" line="100" />
        <source>Import applications</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker_files.py" line="108" />
        <source>The applications were not imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker_files.py" line="112" />
        <source>Added {n} applications.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker_files.py" line="116" />
        <source>Already present, left as they are: {refs}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker_files.py" line="117" />
        <source> and {n} more</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TrackerPanel</name>
    <message>
        <location filename="../../src/remonitor/ui/tracker.py" line="92" />
        <source>&amp;New application…</source>
        <translation>新建申请(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker.py" line="92" />
        <source>Record a new licence application (Ctrl+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker.py" line="95" />
        <source>Change &amp;status…</source>
        <translation>更改状态(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker.py" line="95" />
        <source>Move the selected applications through the workflow (Ctrl+Shift+S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker.py" line="99" />
        <source>Record &amp;shipment…</source>
        <translation>登记发运(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker.py" line="100" />
        <source>Draw a shipment against the selected approved licence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker.py" line="103" />
        <source>Attach &amp;document…</source>
        <translation>附加文件(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker.py" line="103" />
        <source>Keep a copy of a file (application, MOFCOM notice, contract) with the selected application</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker.py" line="107" />
        <source>Import &amp;applications…</source>
        <translation>导入申请(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker.py" line="107" />
        <source>Add licence applications from a CSV or Excel table (the desk's sheet, or an export)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker.py" line="111" />
        <source>C&amp;olumns…</source>
        <translation>列(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker.py" line="111" />
        <source>Choose the columns shown (or right-click a column header; drag headers to reorder)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker.py" line="115" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker.py" line="117" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker.py" line="121" />
        <source>Filter applications (any field; several words narrow)</source>
        <translation>筛选申请（任意字段；多个词逐步缩小）</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker.py" line="124" />
        <source>All destinations</source>
        <translation>全部目的地</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker.py" line="125" />
        <source>All elements</source>
        <translation>全部元素</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker.py" line="126" />
        <source>All applicants</source>
        <translation>全部申请人</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker.py" line="327" />
        <source>none yet (Ctrl+N)</source>
        <translation>暂无（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker.py" line="329" />
        <source>1 application</source>
        <translation>1 份申请</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker.py" line="331" />
        <source>{n} applications</source>
        <translation>{n} 份申请</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker.py" line="366" />
        <source>The verdict could not be written</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>panel</name>
    <message>
        <location filename="../../src/remonitor/ui/timeline.py" line="317" />
        <source>add event {title}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/timeline.py" line="325" />
        <source>edit event {title}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/timeline.py" line="331" />
        <source>delete event {title}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/remonitor/ui/tracker_edits.py" line="131" />
        <source>edit {ref} ({fields})</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>remonitor</name>
    <message>
        <location filename="../../src/remonitor/app/gui.py" line="113" />
        <source>remonitor cannot open its store</source>
        <translation>remonitor 无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../src/remonitor/app/gui.py" line="117" />
        <source>{why}

Restore the backup of {made}? The current file is kept aside, not overwritten.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>self.panel</name>
    <message>
        <location filename="../../src/remonitor/ui/tracker_edits.py" line="148" />
        <source>The change could not be written</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>