<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Soudan::CacheFile</name>
    <message>
        <location filename="../store/store.cpp" line="+138"/>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot open the cache %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The cache cannot be set up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 Moving it aside failed as well, so it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Soudan::CategoryTreeModel</name>
    <message>
        <location filename="../models/categorytreemodel.cpp" line="+226"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Threads</source>
        <extracomment>Column header: number of threads in a category.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <extracomment>Column header: number of threads still accepting answers (回答受付中).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Soudan::JsonCodec</name>
    <message>
        <location filename="../domain/jsoncodec.cpp" line="+256"/>
        <source>The document is not valid UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The document is not valid JSON: %1 at byte %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Soudan::JsonReader</name>
    <message>
        <location line="-111"/>
        <location line="+46"/>
        <location line="+20"/>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-64"/>
        <source>a category cannot be its own parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>must be a single line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is earlier than createdAt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/jsonreader.cpp" line="+25"/>
        <source>%1: expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+46"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-36"/>
        <source>expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>contains invalid Unicode</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>longer than %n character(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is out of range (%2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected a UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>expected a date and time in ISO 8601 format with a time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>expected a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>more than %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../domain/jsonreader.h" line="+57"/>
        <source>unknown value &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Soudan::Labels</name>
    <message>
        <location filename="../models/labels.cpp" line="+12"/>
        <source>Open</source>
        <extracomment>Thread status: the asker is still accepting answers (回答受付中).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resolved</source>
        <extracomment>Thread status: the asker chose a best answer (解決済).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closed</source>
        <extracomment>Thread status: closed without a best answer; no more answers are accepted.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Urgent!</source>
        <extracomment>Urgency tag the asker sets on a question (すぐ知りたい!).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When you have time</source>
        <extracomment>Urgency tag the asker sets on a question (時間があるときに).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Contractors</source>
        <extracomment>The side of the board where freelancers (受注者) ask.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clients</source>
        <extracomment>The side of the board where clients (発注者) ask.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%1: %n thread(s), %2 open</source>
        <extracomment>A category (%1, its name or path) with its number of threads and of those still open.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Soudan::Main</name>
    <message>
        <location filename="../app/main.cpp" line="+34"/>
        <location line="+2"/>
        <location line="+39"/>
        <source>Soudan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Soudan cannot open its local cache.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The local cache could not be used, so Soudan started a new one.

%1

The old file was kept as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The local cache is empty and no server is set up yet.

Load the demo board to look around? It is kept in this profile only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The demo board could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot write the screenshot to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Soudan::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+94"/>
        <source>%1 — Soudan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+109"/>
        <source>Soudan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sort By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;how</source>
        <extracomment>Submenu of View: which threads the list shows (all, open, resolved).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load &amp;Demo Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill the empty local cache with the built-in demo board to look around</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Filter Threads…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Newest</source>
        <extracomment>Sort order of the thread list.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Last Activity</source>
        <extracomment>Sort order of the thread list.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most &amp;Viewed</source>
        <extracomment>Sort order of the thread list.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most &amp;Answered</source>
        <extracomment>Sort order of the thread list.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;All Threads</source>
        <extracomment>Filter of the thread list: every thread.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open Only</source>
        <extracomment>Filter of the thread list: threads still accepting answers (回答受付中).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Resolved Only</source>
        <extracomment>Filter of the thread list: threads with a best answer (解決済).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Urgent Only</source>
        <extracomment>Filter of the thread list: threads tagged すぐ知りたい!.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Un&amp;answered Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Soudan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline: local cache</source>
        <extracomment>Status bar: where the shown data comes from (no server is set up yet).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Choose a category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The local cache is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Demo Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The demo board could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About Soudan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soudan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A desktop client for the consultation board where freelancers and clients ask about prices, schedules, contracts and money. It keeps the board in a local cache, so you can read it offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cache: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Soudan::Migrator</name>
    <message>
        <location filename="../store/migrator.cpp" line="+91"/>
        <source>The file is not a Soudan cache or is damaged (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The cache was written by a newer version of Soudan (schema %1; this version knows up to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Updating the cache to schema %1 (%2) failed at step %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Soudan::Options</name>
    <message>
        <location filename="../app/options.cpp" line="+18"/>
        <source>Soudan: an offline-first desktop client for the consultation board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the local cache and settings in &lt;dir&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the demo board into an empty cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the language &lt;code&gt;: ja or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the main window with the first category and thread selected, save it as a PNG image to &lt;file&gt;, and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unknown language &quot;%1&quot;: use ja or en.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Soudan::ThreadListModel</name>
    <message>
        <location filename="../models/threadlistmodel.cpp" line="+288"/>
        <source>Title</source>
        <extracomment>Column header of the thread list: the question&apos;s title.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answers</source>
        <extracomment>Column header: number of answers (回答数).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Views</source>
        <extracomment>Column header: number of views (閲覧回数).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asked</source>
        <extracomment>Column header: the date the question was asked.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last activity</source>
        <extracomment>Column header: the date of the latest answer or comment.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Soudan::ThreadListPane</name>
    <message>
        <location filename="../ui/threadlistpane.cpp" line="+82"/>
        <source>Filter titles (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sort &amp;&amp; Filter</source>
        <extracomment>Button that opens the menu of sort orders and filters of the thread list.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sort order and filters of the thread list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Soudan::ThreadView</name>
    <message>
        <location filename="../ui/threadview.cpp" line="+80"/>
        <source>Choose a thread to read the question and its answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>(unknown user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%Ln answer(s)</source>
        <extracomment>Thread header: number of answers (回答数). %Ln is the number.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln view(s)</source>
        <extracomment>Thread header: number of views (閲覧回数). %Ln is the number.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Answer from %1</source>
        <extracomment>Heading over an answer: who wrote it (〇〇さんからの回答).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Asked by %1 on %2</source>
        <extracomment>Under the question: who asked and when.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+12"/>
        <source>Best answer</source>
        <extracomment>Heading of the best answer section (ベストアンサーに選ばれた回答).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Chosen as the best answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Thanks from the asker</source>
        <extracomment>Heading of the asker&apos;s thank-you comment (相談者からのお礼コメント).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No answers yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>All answers (%Ln)</source>
        <extracomment>Heading of the list of every answer (すべての回答).</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
