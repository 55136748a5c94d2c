<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Soudan::ActivityLabels</name>
    <message numerus="yes">
        <location filename="../models/activitylabels.cpp" line="+91"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+115"/>
        <source>%n new</source>
        <extracomment>In the category tree: threads created since the user last looked.</extracomment>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n unread</source>
        <extracomment>In the category tree: followed threads with answers the user has not read.</extracomment>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Soudan::ApiClient</name>
    <message numerus="yes">
        <location filename="../sync/apiclient.cpp" line="+166"/>
        <source>it is larger than %n MB.</source>
        <translation>
            <numerusform>it is larger than %n MB.</numerusform>
            <numerusform>it is larger than %n MB.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
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
        <location filename="../domain/jsonreader.cpp" line="+82"/>
        <source>longer than %n character(s)</source>
        <translation>
            <numerusform>longer than %n character</numerusform>
            <numerusform>longer than %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+135"/>
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
        <location filename="../models/labels.cpp" line="+320"/>
        <source>%1: %n thread(s), %2 open</source>
        <extracomment>A category (%1, its name or path) with its number of threads and of those still open.</extracomment>
        <translation>
            <numerusform>%1: %n thread, %2 open</numerusform>
            <numerusform>%1: %n threads, %2 open</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Soudan::Main</name>
    <message numerus="yes">
        <location filename="../app/main.cpp" line="+191"/>
        <source>%n item(s) you had not sent yet are in the outbox again.</source>
        <translation>
            <numerusform>%n item you had not sent yet is in the outbox again.</numerusform>
            <numerusform>%n items you had not sent yet are in the outbox again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Soudan::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="+372"/>
        <source>%n not sent yet</source>
        <extracomment>Status bar: items of the outbox not sent yet.</extracomment>
        <translation>
            <numerusform>%n not sent yet</numerusform>
            <numerusform>%n not sent yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n need(s) attention</source>
        <extracomment>Status bar: items of the outbox the server refused.</extracomment>
        <translation>
            <numerusform>%n needs attention</numerusform>
            <numerusform>%n need attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n wait(s) for another account</source>
        <extracomment>Status bar: outbox items written as another account, not sent as this one.</extracomment>
        <translation>
            <numerusform>%n waits for another account</numerusform>
            <numerusform>%n wait for another account</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Soudan::ModerationHtml</name>
    <message numerus="yes">
        <location filename="../ui/moderationhtml.cpp" line="+56"/>
        <source>The report is open now, with %n report(s).</source>
        <translation>
            <numerusform>The report is open now, with %n report.</numerusform>
            <numerusform>The report is open now, with %n reports.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Soudan::ModerationWindow</name>
    <message numerus="yes">
        <location filename="../ui/moderationwindow.cpp" line="+285"/>
        <source>%n report(s) shown</source>
        <translation>
            <numerusform>%n report shown</numerusform>
            <numerusform>%n reports shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>%n report(s) shown, %1 selected</source>
        <extracomment>Status bar of the moderation window.</extracomment>
        <translation>
            <numerusform>%n report shown, %1 selected</numerusform>
            <numerusform>%n reports shown, %1 selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+150"/>
        <source>%n report(s) done; %1 skipped (the action does not apply to them).</source>
        <extracomment>Status bar after a moderation action on a selection.</extracomment>
        <translation>
            <numerusform>%n report done; %1 skipped (the action does not apply to them).</numerusform>
            <numerusform>%n reports done; %1 skipped (the action does not apply to them).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n report(s) done.</source>
        <translation>
            <numerusform>%n report done.</numerusform>
            <numerusform>%n reports done.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Soudan::MyActivityPanel</name>
    <message numerus="yes">
        <location filename="../ui/myactivitypanel.cpp" line="+102"/>
        <source>%n item(s) not sent yet</source>
        <extracomment>My activity: items of the outbox not sent yet.</extracomment>
        <translation>
            <numerusform>%n item not sent yet</numerusform>
            <numerusform>%n items not sent yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n need(s) your attention</source>
        <extracomment>My activity: items of the outbox the server refused.</extracomment>
        <translation>
            <numerusform>%n needs your attention</numerusform>
            <numerusform>%n need your attention</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Soudan::PreferencesDialog</name>
    <message numerus="yes">
        <location filename="../ui/preferencesdialog.cpp" line="+87"/>
        <source>Every %n minute(s)</source>
        <extracomment>Choice of how often to sync in the background.</extracomment>
        <translation>
            <numerusform>Every %n minute</numerusform>
            <numerusform>Every %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Soudan::ReportQueueModel</name>
    <message numerus="yes">
        <location filename="../models/reportqueuemodel.cpp" line="+270"/>
        <source>%n min</source>
        <extracomment>Age of a report in minutes.</extracomment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n h</source>
        <extracomment>Age of a report in hours.</extracomment>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n d</source>
        <extracomment>Age of a report in days.</extracomment>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Soudan::SearchOnce</name>
    <message numerus="yes">
        <location filename="../app/searchonce.cpp" line="+64"/>
        <source>Indexed %n post(s) for search.</source>
        <translation>
            <numerusform>Indexed %n post for search.</numerusform>
            <numerusform>Indexed %n posts for search.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>About %Ln post(s) are not indexed for search yet, so they were not searched.</source>
        <extracomment>After --search, while a first sync&apos;s posts wait to be indexed by the running app.</extracomment>
        <translation>
            <numerusform>About %Ln post is not indexed for search yet, so it was not searched.</numerusform>
            <numerusform>About %Ln posts are not indexed for search yet, so they were not searched.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Soudan::SearchPane</name>
    <message numerus="yes">
        <location filename="../ui/searchpane.cpp" line="+171"/>
        <source>%n thread(s) match</source>
        <extracomment>Above the search results.</extracomment>
        <translation>
            <numerusform>%n thread matches</numerusform>
            <numerusform>%n threads match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Search does not cover the whole board yet: about %Ln post(s) are still being indexed.</source>
        <extracomment>After the number of results, while a first sync&apos;s posts are indexed for search.</extracomment>
        <translation>
            <numerusform>Search does not cover the whole board yet: about %Ln post is still being indexed.</numerusform>
            <numerusform>Search does not cover the whole board yet: about %Ln posts are still being indexed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Soudan::SyncOnce</name>
    <message numerus="yes">
        <location filename="../app/synconce.cpp" line="+72"/>
        <source>%n unsent item(s) from it are in the outbox again.</source>
        <translation>
            <numerusform>%n unsent item from it is in the outbox again.</numerusform>
            <numerusform>%n unsent items from it are in the outbox again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+97"/>
        <source>Sent %n item(s) from the outbox.</source>
        <extracomment>Summary of soudan --sync-once: what went from the outbox to the server.</extracomment>
        <translation>
            <numerusform>Sent %n item from the outbox.</numerusform>
            <numerusform>Sent %n items from the outbox.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n item(s) need attention: the server refused them; their text is kept.</source>
        <translation>
            <numerusform>%n item needs attention: the server refused it; its text is kept.</numerusform>
            <numerusform>%n items need attention: the server refused them; their text is kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
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
    <message numerus="yes">
        <location line="+35"/>
        <source>%1 · indexing about %Ln post(s) for search</source>
        <extracomment>Status bar: %1 is the state; a first sync&apos;s posts are being made searchable.</extracomment>
        <translation>
            <numerusform>%1 · indexing about %Ln post for search</numerusform>
            <numerusform>%1 · indexing about %Ln posts for search</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Soudan::ThreadHtml</name>
    <message numerus="yes">
        <location filename="../ui/threadhtml.cpp" line="+50"/>
        <source>New for you (%n unread)</source>
        <extracomment>The board home: the newest unread notifications; %n is how many are unread in all.</extracomment>
        <translation>
            <numerusform>New for you (%n unread)</numerusform>
            <numerusform>New for you (%n unread)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
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
        <location line="+155"/>
        <source>All answers (%Ln)</source>
        <extracomment>Heading of the list of every answer (すべての回答).</extracomment>
        <translation>
            <numerusform>All answers (%Ln)</numerusform>
            <numerusform>All answers (%Ln)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Soudan::ThreadListModel</name>
    <message numerus="yes">
        <location filename="../models/threadlistmodel.cpp" line="+181"/>
        <source>%n answer(s) you have not read</source>
        <translation>
            <numerusform>%n answer you have not read</numerusform>
            <numerusform>%n answers you have not read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n answer(s), %1 new</source>
        <translation>
            <numerusform>%n answer, %1 new</numerusform>
            <numerusform>%n answers, %1 new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n answer(s)</source>
        <extracomment>Second line of a thread in the list: the number of answers (回答数).</extracomment>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 · %Ln view(s) · last activity %2 · asked %3</source>
        <extracomment>Second line of a thread in the list: %1 the answers, %Ln views (閲覧回数), %2 the date of the latest answer or comment, %3 the date the question was asked.</extracomment>
        <translation>
            <numerusform>%1 · %Ln view · last activity %2 · asked %3</numerusform>
            <numerusform>%1 · %Ln views · last activity %2 · asked %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Soudan::WhatsNew</name>
    <message numerus="yes">
        <location filename="../ui/whatsnew.cpp" line="+213"/>
        <source>%n unread notification(s)</source>
        <translation>
            <numerusform>%n unread notification</numerusform>
            <numerusform>%n unread notifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+106"/>
        <source>Soudan: %n new notification(s)</source>
        <extracomment>Desktop notification when many arrive at once.</extracomment>
        <translation>
            <numerusform>Soudan: %n new notification</numerusform>
            <numerusform>Soudan: %n new notifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>Soudan — %n unread notification(s)</source>
        <translation>
            <numerusform>Soudan — %n unread notification</numerusform>
            <numerusform>Soudan — %n unread notifications</numerusform>
        </translation>
    </message>
</context>
</TS>
