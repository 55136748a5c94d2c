<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Soudan::ApiClient</name>
    <message numerus="yes">
        <location filename="../sync/apiclient.cpp" line="+103"/>
        <source>it is larger than %n MB.</source>
        <translation>
            <numerusform>it is larger than %n MB.</numerusform>
            <numerusform>it is larger than %n MB.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The server did not answer within %n second(s).</source>
        <translation>
            <numerusform>The server did not answer within %n second.</numerusform>
            <numerusform>The server did not answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Soudan::JsonReader</name>
    <message numerus="yes">
        <location filename="../domain/jsonreader.cpp" line="+75"/>
        <source>longer than %n character(s)</source>
        <translation>
            <numerusform>longer than %n character</numerusform>
            <numerusform>longer than %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+99"/>
        <source>more than %n item(s)</source>
        <translation>
            <numerusform>more than %n item</numerusform>
            <numerusform>more than %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Soudan::Labels</name>
    <message numerus="yes">
        <location filename="../models/labels.cpp" line="+55"/>
        <source>%1: %n thread(s), %2 open</source>
        <extracomment>A category (%1, its name or path) with its number of threads and of those still open.</extracomment>
        <translation>
            <numerusform>%1: %n thread, %2 open</numerusform>
            <numerusform>%1: %n threads, %2 open</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Soudan::SyncOnce</name>
    <message numerus="yes">
        <location filename="../app/synconce.cpp" line="+138"/>
        <source>Up to date with %1 as %2: %n change(s) pulled.</source>
        <extracomment>Summary of soudan --sync-once.</extracomment>
        <translation>
            <numerusform>Up to date with %1 as %2: %n change pulled.</numerusform>
            <numerusform>Up to date with %1 as %2: %n changes pulled.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Soudan::SyncStatusWidget</name>
    <message numerus="yes">
        <location filename="../ui/syncstatuswidget.cpp" line="+65"/>
        <source>Offline, retrying in %n s</source>
        <translation>
            <numerusform>Offline, retrying in %n s</numerusform>
            <numerusform>Offline, retrying in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Soudan::ThreadView</name>
    <message numerus="yes">
        <location filename="../ui/threadview.cpp" line="+107"/>
        <source>%Ln answer(s)</source>
        <extracomment>Thread header: number of answers (回答数). %Ln is the number.</extracomment>
        <translation>
            <numerusform>%Ln answer</numerusform>
            <numerusform>%Ln answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln view(s)</source>
        <extracomment>Thread header: number of views (閲覧回数). %Ln is the number.</extracomment>
        <translation>
            <numerusform>%Ln view</numerusform>
            <numerusform>%Ln views</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>All answers (%Ln)</source>
        <extracomment>Heading of the list of every answer (すべての回答).</extracomment>
        <translation>
            <numerusform>All answers (%Ln)</numerusform>
            <numerusform>All answers (%Ln)</numerusform>
        </translation>
    </message>
</context>
</TS>
