<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>Soudan::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="10"/>
        <source>&amp;Sync Now</source>
        <translation>今すぐ同期(&amp;S)</translation>
    </message>
    <message numerus="yes">
        <source>%n not sent yet</source>
        <translation><numerusform>%n 件未送信</numerusform></translation>
    </message>
</context>
</TS>
