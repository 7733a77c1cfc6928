<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name>rd::Cli</name>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>every day</numerusform><numerusform>every %n days</numerusform></translation>
    </message>
    </context>
<context>
    <name>rd::Database</name>
    </context>
<context>
    <name>rd::Enum</name>
    </context>
<context>
    <name>rd::Export</name>
    <message numerus="yes">
        <source>One-on-one cadence: every %n day(s)</source>
        <translation>
            <numerusform>One-on-one cadence: every day</numerusform><numerusform>One-on-one cadence: every %n days</numerusform></translation>
    </message>
    </context>
<context>
    <name>rd::Import</name>
    </context>
<context>
    <name>rd::Validation</name>
    </context>
<context>
    <name>rd::ui::MainWindow</name>
    <message numerus="yes">
        <source>One-on-one every %n day(s)</source>
        <translation>
            <numerusform>One-on-one every day</numerusform><numerusform>One-on-one every %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n one-on-one(s) held</source>
        <translation>
            <numerusform>%n one-on-one held</numerusform><numerusform>%n one-on-ones held</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n open action item(s)</source>
        <translation>
            <numerusform>%n open action item</numerusform><numerusform>%n open action items</numerusform></translation>
    </message>
</context>
<context>
    <name>rd::ui::PersonDialog</name>
    </context>
<context>
    <name>rd::ui::TeamModel</name>
    <message numerus="yes">
        <source>last 1:1 %n day(s) ago</source>
        <translation>
            <numerusform>last 1:1 %n day ago</numerusform><numerusform>last 1:1 %n days ago</numerusform></translation>
    </message>
    </context>
</TS>