<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Soudan::AccountDialog</name>
    <message>
        <location filename="../ui/accountdialog.cpp" line="+60"/>
        <source>Signed out. The local cache stays readable.</source>
        <translation>サインアウトしました。ローカルキャッシュは引き続き読めます。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Server Account</source>
        <translation>サーバーアカウント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to the board&apos;s server to sync. Your password is only sent to sign in and is never stored; the sign-in is kept in the system keyring.</source>
        <translation>同期するには掲示板のサーバーにサインインします。パスワードはサインインのときに送るだけで保存しません。サインイン情報はシステムのキーリングに保存します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Server:</source>
        <translation>サーバー(&amp;S):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>ユーザー名(&amp;U):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://board.example.jp</source>
        <translation>https://board.example.jp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign &amp;In</source>
        <translation>サインイン(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign &amp;Out</source>
        <translation>サインアウト(&amp;O)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Warning: http:// sends the password and the sign-in unencrypted (allowed here for a test lab).</source>
        <extracomment>Shown when a test lab allowed plain http:// to another computer.</extracomment>
        <translation>注意: http:// ではパスワードとサインイン情報が暗号化されずに送られます（テスト環境のため許可されています）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use https://: http:// would send your password and sign-in unencrypted. (http:// is for this computer only: 127.0.0.1 or localhost.)</source>
        <translation>https:// を使ってください。http:// ではパスワードとサインイン情報が暗号化されずに送られます（http:// はこのコンピューター、127.0.0.1 または localhost のみ）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server address starts with https:// or http://.</source>
        <translation>サーバーのアドレスは https:// または http:// で始まります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server address is not valid: check its host name and port, as in https://board.example.jp:8443.</source>
        <extracomment>The example shows where the host name and the port go.</extracomment>
        <translation>サーバーのアドレスが正しくありません。https://board.example.jp:8443 のように、ホスト名とポートを確かめてください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signing in…</source>
        <translation>サインインしています…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Signed in as %1. Syncing starts now.</source>
        <translation>%1 としてサインインしました。同期を始めます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not sign in: %1</source>
        <extracomment>%1 is the server&apos;s or the network&apos;s explanation.</extracomment>
        <translation>サインインできませんでした: %1</translation>
    </message>
</context>
<context>
    <name>Soudan::ActivityLabels</name>
    <message>
        <location filename="../models/activitylabels.cpp" line="+14"/>
        <source>Someone</source>
        <extracomment>Who did something, when their name is not known here.</extracomment>
        <translation>誰か</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 answered your question</source>
        <extracomment>A notification. %1 is the name of the person who answered.</extracomment>
        <translation>%1さんがあなたの質問に回答しました</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 chose your answer as the best answer</source>
        <extracomment>A notification. %1 is the asker&apos;s name; ベストアンサー.</extracomment>
        <translation>%1さんがあなたの回答をベストアンサーに選びました</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 thanked you for your best answer</source>
        <extracomment>A notification. %1 is the asker&apos;s name; お礼コメント.</extracomment>
        <translation>%1さんがベストアンサーにお礼コメントをしました</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 answered a thread you follow</source>
        <extracomment>A notification. %1 is the name of the person who answered.</extracomment>
        <translation>%1さんがウォッチ中のスレッドに回答しました</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 asked a question in a category you watch</source>
        <extracomment>A notification. %1 is the name of the person who asked.</extracomment>
        <translation>%1さんがウォッチ中のカテゴリで質問しました</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A moderator hid your post: %1</source>
        <translation>モデレーターがあなたの投稿を非表示にしました: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A moderator hid your post</source>
        <translation>モデレーターがあなたの投稿を非表示にしました</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A moderator showed your post again</source>
        <extracomment>A notification: a hidden post of the user&apos;s is shown again.</extracomment>
        <translation>モデレーターがあなたの投稿を再表示しました</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A moderator sent you a warning</source>
        <extracomment>A notification: a moderator&apos;s warning to the user. %1 is the moderator&apos;s message.</extracomment>
        <translation>モデレーターから警告が届きました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A moderator sent you a warning: %1</source>
        <translation>モデレーターから警告が届きました: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The post you reported was hidden by a moderator</source>
        <extracomment>A notification to the member who reported a post (違反報告): what came of it.</extracomment>
        <translation>あなたが違反報告した投稿はモデレーターにより非表示になりました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A moderator looked at the post you reported and left it as it is</source>
        <translation>あなたが違反報告した投稿はモデレーターが確認し、そのまま掲載されています</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Moderators suspended your posting until %1: %2</source>
        <extracomment>A notification: moderators suspended the user&apos;s posting. %1 is when it ends, %2 the moderators&apos; reason.</extracomment>
        <translation>モデレーターにより %1 まで投稿が停止されました：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Moderators made your account read-only: %1</source>
        <extracomment>A notification: moderators made the user&apos;s account read-only. %1 is their reason.</extracomment>
        <translation>モデレーターによりアカウントが閲覧のみになりました：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You may post again: the moderators lifted the restriction</source>
        <extracomment>A notification: the user may post again after a suspension or read-only time.</extracomment>
        <translation>制限が解除され、再び投稿できるようになりました</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>News from the board (%1): update Soudan to see what it is</source>
        <extracomment>A notification of a kind this version of Soudan does not know. %1 is its code.</extracomment>
        <translation>掲示板からのお知らせ(%1):内容を表示するには Soudan を更新してください</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A thread that is not shown (hidden, or not synced yet)</source>
        <extracomment>Where a notification happened, when the thread is not in the local copy.</extracomment>
        <translation>表示されないスレッド(非表示、またはまだ同期されていません)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>just now</source>
        <extracomment>When a notification happened: less than a minute ago.</extracomment>
        <translation>たった今</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n分前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n時間前</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>yesterday %1</source>
        <extracomment>When a notification happened. %1 is the time of day.</extracomment>
        <translation>昨日 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Answers to my questions</source>
        <extracomment>A kind of notification, in the Preferences dialog.</extracomment>
        <translation>自分の質問への回答</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My answer chosen as the best answer</source>
        <extracomment>A kind of notification, in the Preferences dialog.</extracomment>
        <translation>自分の回答がベストアンサーに選ばれたとき</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thanks for my best answers</source>
        <extracomment>A kind of notification, in the Preferences dialog.</extracomment>
        <translation>ベストアンサーへのお礼コメント</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New answers in threads I follow</source>
        <extracomment>A kind of notification, in the Preferences dialog.</extracomment>
        <translation>ウォッチ中のスレッドへの新しい回答</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New questions in categories I watch</source>
        <extracomment>A kind of notification, in the Preferences dialog.</extracomment>
        <translation>ウォッチ中のカテゴリの新しい質問</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Moderation of my posts and warnings to me</source>
        <extracomment>A kind of notification, in the Preferences dialog.</extracomment>
        <translation>自分の投稿へのモデレーションと自分への警告</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What came of my reports</source>
        <extracomment>A kind of notification, in the Preferences dialog.</extracomment>
        <translation>自分の違反報告の結果</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other news from the board</source>
        <extracomment>A kind of notification, in the Preferences dialog.</extracomment>
        <translation>掲示板からのその他のお知らせ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Watching</source>
        <extracomment>Follow level of a thread or category: notified of everything new.</extracomment>
        <translation>ウォッチ中</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Normal</source>
        <comment>follow level</comment>
        <extracomment>Follow level: notified only of what is about the user.</extracomment>
        <translation>通常</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Muted</source>
        <extracomment>Follow level: never notified.</extracomment>
        <translation>ミュート</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You are notified of every new answer.</source>
        <translation>新しい回答があるたびに通知されます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are notified of every new question here.</source>
        <translation>ここに新しい質問があるたびに通知されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are notified only when your question is answered or your answer is chosen or thanked.</source>
        <translation>自分の質問に回答があったとき、自分の回答が選ばれたときやお礼を受けたときだけ通知されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New questions here are shown in bold, without a notification.</source>
        <translation>ここの新しい質問は通知なしで太字で表示されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are never notified of this thread.</source>
        <translation>このスレッドについては通知されません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are never notified of this category, and its threads are not counted as new.</source>
        <translation>このカテゴリについては通知されず、スレッドも新着として数えられません。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>You chose this.</source>
        <extracomment>Why the user follows a thread or category as they do.</extracomment>
        <translation>自分で設定しました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are watching because you asked this question.</source>
        <translation>この質問をしたのでウォッチしています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are watching because you answered this question.</source>
        <translation>この質問に回答したのでウォッチしています。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Muted because you muted the category %1.</source>
        <extracomment>%1 is a category&apos;s name.</extracomment>
        <translation>カテゴリ「%1」をミュートしているためミュートです。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You watch the category %1: you hear of its new questions.</source>
        <translation>カテゴリ「%1」をウォッチしています:新しい質問が通知されます。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(not sent to the server yet)</source>
        <extracomment>After a follow level that was set while offline.</extracomment>
        <translation>(まだサーバーに送信されていません)</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n new</source>
        <extracomment>In the category tree: threads created since the user last looked.</extracomment>
        <translation>
            <numerusform>新着 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n unread</source>
        <extracomment>In the category tree: followed threads with answers the user has not read.</extracomment>
        <translation>
            <numerusform>未読 %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>Soudan::ApiClient</name>
    <message>
        <location filename="../sync/apiclient.cpp" line="+37"/>
        <source>its certificate has expired.</source>
        <translation>サーバーの証明書の有効期限が切れています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its certificate is not valid yet (or this computer&apos;s clock is wrong).</source>
        <translation>サーバーの証明書はまだ有効になっていません(このパソコンの時計が違っている可能性もあります)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its certificate is for another name than %1.</source>
        <translation>サーバーの証明書は %1 とは別の名前のものです。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its certificate has been revoked.</source>
        <translation>サーバーの証明書は失効しています。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>its certificate is not signed by an authority this computer trusts.</source>
        <translation>サーバーの証明書は、このパソコンが信頼する認証局の署名を受けていません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its certificate cannot be checked.</source>
        <translation>サーバーの証明書を確認できません。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The server sent an answer Soudan cannot read: %1</source>
        <extracomment>%1 says what was wrong with the server&apos;s answer.</extracomment>
        <translation>サーバーから Soudan が読めない応答が届きました: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+83"/>
        <source>it is larger than %n MB.</source>
        <translation>
            <numerusform>%n MB を超えています。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The connection to %1 is not safe, so Soudan sent nothing: %2 Ask the board&apos;s operator.</source>
        <extracomment>%1 is the server&apos;s host name, %2 why its certificate was refused.</extracomment>
        <translation>%1 への接続は安全ではないため、Soudan は何も送信していません。%2 掲示板の運営者に問い合わせてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the secure connection could not be set up.</source>
        <translation>暗号化された接続を確立できませんでした。</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>The server did not answer within %n second(s).</source>
        <translation>
            <numerusform>サーバーが %n 秒以内に応答しませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>its error could not be read.</source>
        <translation>エラーの内容を読み取れませんでした。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server answered with error %1.</source>
        <extracomment>An HTTP error without an explanation from the server.</extracomment>
        <translation>サーバーがエラー %1 を返しました。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The server&apos;s list of changes does not move on (it repeats the same place); Soudan tries again later.</source>
        <translation>サーバーの変更一覧が先に進みません（同じ位置を繰り返しています）。しばらくしてからもう一度試します。</translation>
    </message>
</context>
<context>
    <name>Soudan::CacheFile</name>
    <message>
        <location filename="../store/cachefile.cpp" line="+53"/>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot open the cache %1: %2</source>
        <translation>キャッシュ %1 を開けません: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The cache cannot be set up: %1</source>
        <translation>キャッシュを準備できません: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 Moving it aside failed as well, so it was left as it is.</source>
        <translation>%1 ファイルの退避にも失敗したため、そのまま残しています。</translation>
    </message>
</context>
<context>
    <name>Soudan::CategoryTreeModel</name>
    <message>
        <location filename="../models/categorytreemodel.cpp" line="+289"/>
        <source>Category</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Threads</source>
        <extracomment>Column header: number of threads in a category.</extracomment>
        <translation>相談数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <extracomment>Column header: number of threads still accepting answers (回答受付中).</extracomment>
        <translation>受付中</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unread</source>
        <extracomment>Column header: number of threads new or with unread answers for the user (未読).</extracomment>
        <translation>未読</translation>
    </message>
</context>
<context>
    <name>Soudan::Composer</name>
    <message>
        <location filename="../ui/composer.cpp" line="+95"/>
        <source>Your thanks to the answerers</source>
        <extracomment>Heading of the composer of the asker&apos;s thank-you comment (お礼コメント).</extracomment>
        <translation>回答者へのお礼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank the answerers: what helped, what you will do.</source>
        <translation>回答者にお礼を書きましょう: 何が役に立ったか、これからどうするか。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your answer</source>
        <translation>あなたの回答</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share what you know. Never ask for or give contact details outside the board.</source>
        <translation>知っていることを共有しましょう。掲示板の外の連絡先を尋ねたり伝えたりしないでください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Post (Ctrl+Return)</source>
        <extracomment>Button under the answer or thanks composer.</extracomment>
        <translation>投稿 (Ctrl+Return)</translation>
    </message>
</context>
<context>
    <name>Soudan::DesktopNotifier</name>
    <message>
        <location filename="../ui/desktopnotifier.cpp" line="+64"/>
        <source>Open</source>
        <translation>受付中</translation>
    </message>
</context>
<context>
    <name>Soudan::DraftsModel</name>
    <message>
        <location filename="../models/myactivitymodels.cpp" line="+203"/>
        <source>Question</source>
        <extracomment>A draft in My activity: a question not asked yet.</extracomment>
        <translation>質問</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answer to %1</source>
        <extracomment>A draft in My activity: an answer to the thread %1.</extracomment>
        <translation>%1 への回答</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thanks in %1</source>
        <extracomment>A draft in My activity: thanks (お礼コメント) in the thread %1.</extracomment>
        <translation>%1 へのお礼コメント</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Draft</source>
        <extracomment>Column header of the drafts list: what the draft is.</extracomment>
        <translation>下書き</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text</source>
        <extracomment>Column header of the drafts list: the text written so far.</extracomment>
        <translation>本文</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved</source>
        <extracomment>Column header of the drafts list: when it was last saved.</extracomment>
        <translation>保存日時</translation>
    </message>
</context>
<context>
    <name>Soudan::FaqDialog</name>
    <message>
        <location filename="../ui/faqdialog.cpp" line="+49"/>
        <source>Board FAQ</source>
        <translation>よくある質問</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forbidden Work</source>
        <extracomment>Tab of the FAQ: what work is forbidden on the board (【共通】違反のお仕事とは).</extracomment>
        <translation>違反のお仕事</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Violation Reports</source>
        <extracomment>Tab of the FAQ: what a violation report is (【共通】違反報告とは).</extracomment>
        <translation>違反報告</translation>
    </message>
</context>
<context>
    <name>Soudan::FollowBar</name>
    <message>
        <location filename="../ui/followbar.cpp" line="+105"/>
        <source>Follow the Category&apos;s Setting</source>
        <translation>カテゴリの設定に従う</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow the Parent Category&apos;s Setting</source>
        <translation>親カテゴリの設定に従う</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fo&amp;llow: %1</source>
        <extracomment>The follow button of a thread or category; %1 is the level (Watching, Normal, Muted).</extracomment>
        <translation>通知(&amp;L): %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose when you are notified</source>
        <translation>通知を受けるタイミングを選びます</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in to follow threads and categories and to be notified.</source>
        <translation>スレッドやカテゴリをウォッチして通知を受けるにはサインインしてください。</translation>
    </message>
</context>
<context>
    <name>Soudan::GuardWarning</name>
    <message>
        <location filename="../ui/textlimits.cpp" line="+82"/>
        <source>This seems to hold contact details (a LINE ID, an e-mail address, a phone number, …). Exchanging contact details before a contract is forbidden work, and such posts are reported to the moderators. &lt;a href=&quot;soudan:faq/forbidden-work&quot;&gt;What counts as forbidden work?&lt;/a&gt;</source>
        <extracomment>Shown while typing when the text seems to hold a LINE ID, an e-mail address, a phone number or the like. The link opens the FAQ page 【共通】違反のお仕事とは.</extracomment>
        <translation>連絡先（LINE ID、メールアドレス、電話番号など）が含まれているようです。契約前の連絡先の交換は違反のお仕事にあたり、このような投稿はモデレーターに報告されます。&lt;a href=&quot;soudan:faq/forbidden-work&quot;&gt;【共通】違反のお仕事とは&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>Soudan::HistoryDialog</name>
    <message>
        <location filename="../ui/historydialog.cpp" line="+22"/>
        <source>Edit History</source>
        <extracomment>Title of the window that shows a post&apos;s earlier versions (編集履歴).</extracomment>
        <translation>編集履歴</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asking the server…</source>
        <translation>サーバーに問い合わせています…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The history of a post is on the server: sign in and go online to see it.</source>
        <translation>投稿の編集履歴はサーバーにあります。見るにはサインインしてオンラインにしてください。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Version %1 · %2</source>
        <extracomment>A heading in the edit history: %1 the revision&apos;s number, %2 when it was written.</extracomment>
        <translation>版 %1 · %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(current)</source>
        <extracomment>Marks the newest version in the edit history.</extracomment>
        <translation>（現在）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no earlier version.</source>
        <translation>以前の版はありません。</translation>
    </message>
</context>
<context>
    <name>Soudan::JsonCodec</name>
    <message>
        <location filename="../domain/jsoncodec.cpp" line="+436"/>
        <source>The document is not valid UTF-8.</source>
        <translation>文書が正しい UTF-8 ではありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The document is not valid JSON: %1 at byte %2.</source>
        <translation>文書が正しい JSON ではありません: %2 バイト目で %1。</translation>
    </message>
</context>
<context>
    <name>Soudan::JsonReader</name>
    <message>
        <location filename="../domain/apicodec.cpp" line="+51"/>
        <location line="+44"/>
        <location line="+4"/>
        <location line="+107"/>
        <location line="+16"/>
        <location line="+28"/>
        <location line="+24"/>
        <location line="+56"/>
        <location line="+29"/>
        <location line="+150"/>
        <location line="+16"/>
        <location filename="../domain/jsoncodec.cpp" line="-193"/>
        <location line="+59"/>
        <location line="+22"/>
        <location line="+44"/>
        <source>must not be empty</source>
        <translation>空にはできません</translation>
    </message>
    <message>
        <location line="-277"/>
        <source>is only for a suspension</source>
        <translation>は投稿停止のときだけ指定します</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>give a level, readUpTo, or both</source>
        <translation>level、readUpTo のどちらか、または両方を指定してください</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>give a level, seenAt, readUpTo, or several</source>
        <translation>level、seenAt、readUpTo のいずれか一つ以上を指定してください</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>must be one of: %1</source>
        <translation>次のいずれかにしてください: %1</translation>
    </message>
    <message>
        <location filename="../domain/jsoncodec.cpp" line="-123"/>
        <source>a category cannot be its own parent</source>
        <translation>カテゴリを自分自身の親にはできません</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>the whole board has no level</source>
        <translation>掲示板全体には通知レベルを設定できません</translation>
    </message>
    <message>
        <location filename="../domain/apicodec.cpp" line="-381"/>
        <location filename="../domain/jsoncodec.cpp" line="-87"/>
        <source>must be a single line</source>
        <translation>1 行でなければなりません</translation>
    </message>
    <message>
        <location filename="../domain/jsoncodec.cpp" line="+2"/>
        <source>is earlier than createdAt</source>
        <translation>createdAt より前の日時です</translation>
    </message>
    <message>
        <location filename="../domain/jsonreader.cpp" line="+24"/>
        <source>%1: expected an object</source>
        <translation>%1: オブジェクトが必要です</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+68"/>
        <source>missing</source>
        <translation>ありません</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>expected a string</source>
        <translation>文字列が必要です</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>contains invalid Unicode</source>
        <translation>不正な Unicode を含んでいます</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>longer than %n character(s)</source>
        <translation>
            <numerusform>%n 文字を超えています</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>contains a character that is not allowed (%1)</source>
        <translation>使えない文字が含まれています (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>contains a line break or control character (%1)</source>
        <translation>改行または制御文字が含まれています (%1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected a whole number</source>
        <translation>整数が必要です</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is out of range (%2 to %3)</source>
        <translation>%1 は範囲外です（%2〜%3）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>expected true or false</source>
        <translation>true か false が必要です</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+5"/>
        <source>expected a UUID</source>
        <translation>UUID が必要です</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>expected a date and time in ISO 8601 format with a time zone</source>
        <translation>タイムゾーン付きの ISO 8601 形式の日時が必要です</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown field &quot;%1&quot;</source>
        <translation>不明なフィールド「%1」です</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>expected a list</source>
        <translation>リストが必要です</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>more than %n item(s)</source>
        <translation>
            <numerusform>項目が %n 個を超えています</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../domain/apicodec.cpp" line="-53"/>
        <location filename="../domain/jsonreader.h" line="+69"/>
        <source>unknown value &quot;%1&quot;</source>
        <translation>不明な値「%1」です</translation>
    </message>
</context>
<context>
    <name>Soudan::Labels</name>
    <message>
        <location filename="../models/labels.cpp" line="+16"/>
        <source>Open</source>
        <extracomment>Thread status: the asker is still accepting answers (回答受付中).</extracomment>
        <translation>回答受付中</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resolved</source>
        <extracomment>Thread status: the asker chose a best answer (解決済).</extracomment>
        <translation>解決済</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closed</source>
        <extracomment>Thread status: closed without a best answer; no more answers are accepted.</extracomment>
        <translation>締め切り</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Urgent!</source>
        <extracomment>Urgency tag the asker sets on a question (すぐ知りたい!).</extracomment>
        <translation>すぐ知りたい!</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When you have time</source>
        <extracomment>Urgency tag the asker sets on a question (時間があるときに).</extracomment>
        <translation>時間があるときに</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Moving contact or payment off the platform</source>
        <extracomment>Reason of a violation report.</extracomment>
        <translation>連絡先の交換・外部への誘導</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Spam or advertising</source>
        <extracomment>Reason of a violation report.</extracomment>
        <translation>スパム・宣伝</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Harassment</source>
        <extracomment>Reason of a violation report.</extracomment>
        <translation>嫌がらせ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forbidden work</source>
        <extracomment>Reason of a violation report: work the platform forbids (違反のお仕事).</extracomment>
        <translation>違反のお仕事</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Personal information</source>
        <extracomment>Reason of a violation report.</extracomment>
        <translation>個人情報</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+19"/>
        <source>Other</source>
        <extracomment>Reason of a violation report.
----------
Why a report was dismissed.</extracomment>
        <translation>その他</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Not a violation</source>
        <extracomment>Why a report was dismissed.</extracomment>
        <translation>違反ではない</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A duplicate</source>
        <extracomment>Why a report was dismissed.</extracomment>
        <translation>重複</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Already handled</source>
        <extracomment>Why a report was dismissed.</extracomment>
        <translation>対応済み</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>LINE ID</source>
        <translation>LINE ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LINE link</source>
        <translation>LINEのリンク</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e-mail address</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>phone number</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>messenger ID or invite</source>
        <translation>メッセンジャーのIDや招待</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>social media handle</source>
        <translation>SNSのアカウント</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contact details in the post: %1</source>
        <extracomment>What the board&apos;s contact check found in a post; %1 lists it (LINE ID, e-mail address, …).</extracomment>
        <translation>投稿内の連絡先: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: %2</source>
        <extracomment>A moderator&apos;s decision in the timeline: %1 its reason, %2 the moderator&apos;s note.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>reported</source>
        <extracomment>A line of a report&apos;s timeline: who did what.</extracomment>
        <translation>通報</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>claimed</source>
        <extracomment>A line of a report&apos;s timeline: a moderator took the report.</extracomment>
        <translation>担当</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hid the post</source>
        <translation>投稿を非表示</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dismissed</source>
        <extracomment>A line of a report&apos;s timeline: a moderator declined the report.</extracomment>
        <translation>却下</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>restored the post</source>
        <translation>投稿を復元</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>noted</source>
        <extracomment>A line of a report&apos;s timeline: a moderator wrote a note.</extracomment>
        <translation>メモ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warned the author</source>
        <translation>投稿者に警告</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>appealed the decision</source>
        <extracomment>A line of a report&apos;s timeline: the post&apos;s author asked the moderators to look again.</extracomment>
        <translation>判断に異議を申し立てました</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Question</source>
        <extracomment>An item in the outbox: a question the user asked.</extracomment>
        <translation>質問</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answer</source>
        <extracomment>An item in the outbox: an answer the user wrote.</extracomment>
        <translation>回答</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Best answer chosen</source>
        <extracomment>An item in the outbox: the user chose a best answer.</extracomment>
        <translation>ベストアンサーの選択</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thanks</source>
        <extracomment>An item in the outbox: the asker&apos;s thank-you comment.</extracomment>
        <translation>お礼コメント</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report</source>
        <comment>violation report</comment>
        <extracomment>An item in the outbox: a violation report (noun).</extracomment>
        <translation>違反報告</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>View</source>
        <extracomment>An item in the outbox: the user read a thread (it counts as a view).</extracomment>
        <translation>閲覧</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report claimed</source>
        <extracomment>An item in the outbox: a moderator took a report to handle it.</extracomment>
        <translation>通報を担当</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report decided</source>
        <extracomment>An item in the outbox: a moderator decided on a report (hid the post or dismissed).</extracomment>
        <translation>通報を判断</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Post restored</source>
        <extracomment>An item in the outbox: a moderator restored a hidden post.</extracomment>
        <translation>投稿を復元</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Moderator note</source>
        <extracomment>An item in the outbox: a moderator&apos;s note on a report.</extracomment>
        <translation>モデレーターのメモ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warning</source>
        <extracomment>An item in the outbox: a moderator&apos;s warning to a post&apos;s author.</extracomment>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thread followed or read</source>
        <extracomment>An item in the outbox: how the user follows a thread, or how far they read it.</extracomment>
        <translation>スレッドのフォロー・既読</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Category followed or read</source>
        <extracomment>An item in the outbox: how the user follows a category, or marked it read.</extracomment>
        <translation>カテゴリのフォロー・既読</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notification read</source>
        <extracomment>An item in the outbox: the user read a notification.</extracomment>
        <translation>通知の既読</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Question edited</source>
        <extracomment>An item in the outbox: the user edited their question.</extracomment>
        <translation>質問の編集</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answer edited</source>
        <extracomment>An item in the outbox: the user edited their answer.</extracomment>
        <translation>回答の編集</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Supplement</source>
        <extracomment>An item in the outbox: a supplement (補足) the asker added to their question.</extracomment>
        <translation>補足</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Question withdrawn</source>
        <extracomment>An item in the outbox: the user withdrew (取り消し) their question.</extracomment>
        <translation>質問の取り消し</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answer withdrawn</source>
        <extracomment>An item in the outbox: the user withdrew (取り消し) their answer.</extracomment>
        <translation>回答の取り消し</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Question closed</source>
        <extracomment>An item in the outbox: the asker closed their question without a best answer (締め切り).</extracomment>
        <translation>質問の締め切り</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Appeal</source>
        <extracomment>An item in the outbox: the user&apos;s appeal of a moderator&apos;s decision on their post.</extracomment>
        <translation>異議申し立て</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Member restricted</source>
        <extracomment>An item in the outbox: a moderator suspended a member, made them read-only or lifted that.</extracomment>
        <translation>会員の制限</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not sent yet</source>
        <extracomment>State of an outbox item: not sent to the server yet.</extracomment>
        <translation>未送信</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent</source>
        <translation>送信済み</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needs attention</source>
        <extracomment>State of an outbox item the server refused: the user edits, copies or discards it.</extracomment>
        <translation>要対応</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 (%2 new)</source>
        <extracomment>Answers column: %1 answers, of which %2 the user has not read.</extracomment>
        <translation>%1(新着 %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1: %n thread(s), %2 open</source>
        <extracomment>A category (%1, its name or path) with its number of threads and of those still open.</extracomment>
        <translation>
            <numerusform>%1: 相談 %n 件（回答受付中 %2 件）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Soudan::LimitLabel</name>
    <message>
        <location filename="../ui/textlimits.cpp" line="-43"/>
        <source>At most %1 characters: %2 too many</source>
        <extracomment>Under a text field over its limit; %1 is the limit, %2 how many characters too many.</extracomment>
        <translation>%1 文字までです: %2 文字多すぎます</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 / %2</source>
        <extracomment>Under a text field: characters used of the limit.</extracomment>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>Soudan::Main</name>
    <message>
        <location filename="../app/main.cpp" line="+47"/>
        <location line="+2"/>
        <location line="+155"/>
        <source>Soudan</source>
        <translation>Soudan</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>--password-stdin needs a server account: give --server URL and --user NAME.</source>
        <translation>--password-stdin にはサーバーのアカウントが必要です。--server URL と --user NAME を指定してください。</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+13"/>
        <source>Could not sign in: %1</source>
        <translation>サインインできませんでした: %1</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Soudan is already running with this profile (%1). Use its window, or start this one with another --profile.</source>
        <translation>このプロファイル（%1）の Soudan はすでに起動しています。そのウィンドウを使うか、別の --profile で起動してください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Soudan cannot open its local cache.

%1</source>
        <translation>Soudan はローカルキャッシュを開けません。

%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The local cache could not be used, so Soudan started a new one.

%1

The old file was kept as %2.</source>
        <translation>ローカルキャッシュを使えなかったため、新しいキャッシュで起動しました。

%1

元のファイルは %2 として残してあります。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n item(s) you had not sent yet are in the outbox again.</source>
        <translation>
            <numerusform>まだ送っていなかった %n 件は送信トレイに戻してあります。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The local cache is empty and no server is set up yet.

Load the demo board to look around? It is kept in this profile only.</source>
        <translation>ローカルキャッシュが空で、サーバーもまだ設定されていません。

デモ掲示板を読み込んで試してみますか？ このプロファイルの中だけに保存されます。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The demo board could not be loaded: %1</source>
        <translation>デモ掲示板を読み込めませんでした: %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>A later launch of Soudan cannot reach this window: it will say that Soudan is already running.</source>
        <translation>後から起動した Soudan はこのウィンドウに届きません。「Soudan はすでに起動しています」と表示されます。</translation>
    </message>
    <message>
        <location line="-105"/>
        <location line="+66"/>
        <location line="+47"/>
        <source>There is no thread %1 in the local cache.</source>
        <translation>ローカルキャッシュにスレッド %1 はありません。</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+42"/>
        <source>The moderation window is for moderator accounts only.</source>
        <translation>モデレーション画面はモデレーターのアカウント専用です。</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Cannot write the screenshot to %1.</source>
        <translation>スクリーンショットを %1 に保存できません。</translation>
    </message>
</context>
<context>
    <name>Soudan::MainActions</name>
    <message>
        <location filename="../ui/mainactions.cpp" line="+65"/>
        <source>About Soudan</source>
        <translation>Soudan について</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soudan %1</source>
        <translation>Soudan %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A desktop client for the consultation board where freelancers and clients ask about prices, schedules, contracts and money. It keeps the board in a local cache, so you can read it offline.</source>
        <translation>受注者と発注者が相場・納期・契約・お金について相談し合う掲示板のデスクトップクライアントです。掲示板をローカルキャッシュに保存するので、オフラインでも読めます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cache: %1</source>
        <translation>キャッシュ: %1</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search…</source>
        <extracomment>Menu item that puts the cursor in the search box.</extracomment>
        <translation>検索(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search every cached thread and answer, also offline</source>
        <translation>キャッシュ内のすべての相談と回答を検索します（オフラインでも使えます）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language</source>
        <extracomment>Submenu of View: the language of the interface.</extracomment>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Tools</source>
        <translation>ツール(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Moderation</source>
        <extracomment>Menu item that opens the moderators&apos; window.</extracomment>
        <translation>モデレーション(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Triage violation reports (moderators only)</source>
        <translation>違反報告を仕分けます（モデレーター専用）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sort By</source>
        <translation>並べ替え(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;how</source>
        <extracomment>Submenu of View: which threads the list shows (all, open, resolved).</extracomment>
        <translation>絞り込み(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load &amp;Demo Board</source>
        <translation>デモ掲示板を読み込む(&amp;D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fill the empty local cache with the built-in demo board to look around</source>
        <translation>空のローカルキャッシュに組み込みのデモ掲示板を読み込んで、使い方を試せます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sync Now</source>
        <translation>今すぐ同期(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pull what changed on the server into the local cache</source>
        <translation>サーバーでの変更をローカルキャッシュに取り込みます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Work Offline</source>
        <translation>オフラインで作業(&amp;W)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not connect to the server until this is turned off</source>
        <translation>これをオフにするまでサーバーに接続しません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server &amp;Account…</source>
        <translation>サーバーアカウント(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ask a Question…</source>
        <translation>相談する(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a question; offline it waits in the outbox</source>
        <translation>相談を書きます。オフラインのときは送信トレイで待ちます</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Outbox</source>
        <extracomment>Menu item that shows or hides the Outbox panel.</extracomment>
        <translation>送信トレイ(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FAQ: &amp;Forbidden Work</source>
        <extracomment>Help menu: the FAQ page 【共通】違反のお仕事とは.</extracomment>
        <translation>よくある質問: 違反のお仕事(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FAQ: &amp;Violation Reports</source>
        <extracomment>Help menu: the FAQ page 【共通】違反報告とは.</extracomment>
        <translation>よくある質問: 違反報告(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Filter Threads…</source>
        <translation>相談を絞り込む(&amp;F)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Newest</source>
        <extracomment>Sort order of the thread list.</extracomment>
        <translation>新着順(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Last Activity</source>
        <extracomment>Sort order of the thread list.</extracomment>
        <translation>最終更新順(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most &amp;Viewed</source>
        <extracomment>Sort order of the thread list.</extracomment>
        <translation>閲覧数順(&amp;V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most &amp;Answered</source>
        <extracomment>Sort order of the thread list.</extracomment>
        <translation>回答数順(&amp;A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;All Threads</source>
        <extracomment>Filter of the thread list: every thread.</extracomment>
        <translation>すべての相談(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open Only</source>
        <extracomment>Filter of the thread list: threads still accepting answers (回答受付中).</extracomment>
        <translation>回答受付中のみ(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Resolved Only</source>
        <extracomment>Filter of the thread list: threads with a best answer (解決済).</extracomment>
        <translation>解決済のみ(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Urgent Only</source>
        <extracomment>Filter of the thread list: threads tagged すぐ知りたい!.</extracomment>
        <translation>すぐ知りたい!のみ(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Un&amp;answered Only</source>
        <translation>未回答のみ(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Soudan</source>
        <translation>Soudan について(&amp;A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Two-Line Thread List</source>
        <extracomment>View menu: the thread list shows each thread in two lines (title, then labels, counts and dates); unchecked, in one line with columns.</extracomment>
        <translation>相談一覧を2行で表示(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;In</source>
        <extracomment>View menu: larger text in every window.</extracomment>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom O&amp;ut</source>
        <extracomment>View menu: smaller text in every window.</extracomment>
        <translation>縮小(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actual Si&amp;ze</source>
        <extracomment>View menu: text at the system&apos;s size again.</extracomment>
        <translation>標準の大きさ(&amp;Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>Soudan::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+230"/>
        <source>%1 — Soudan</source>
        <translation>%1 — Soudan</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+66"/>
        <source>Soudan</source>
        <translation>Soudan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offline: local cache</source>
        <extracomment>Status bar: where the shown data comes from (no server is set up yet).</extracomment>
        <translation>オフライン: ローカルキャッシュ</translation>
    </message>
    <message numerus="yes">
        <location line="+68"/>
        <source>%n not sent yet</source>
        <extracomment>Status bar: items of the outbox not sent yet.</extracomment>
        <translation>
            <numerusform>未送信 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n need(s) attention</source>
        <extracomment>Status bar: items of the outbox the server refused.</extracomment>
        <translation>
            <numerusform>要対応 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n wait(s) for another account</source>
        <extracomment>Status bar: outbox items written as another account, not sent as this one.</extracomment>
        <translation>
            <numerusform>%n 件が別のアカウント待ち</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Outbox: %1</source>
        <translation>送信トレイ: %1</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Categories</source>
        <extracomment>Name of the category tree for screen readers.</extracomment>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Choose a category.</source>
        <translation>カテゴリを選んでください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The local cache is empty.</source>
        <translation>ローカルキャッシュは空です。</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>That thread is not in the local cache (it may have been hidden, or not synced yet).</source>
        <translation>そのスレッドはローカルキャッシュにありません(非表示になったか、まだ同期されていない可能性があります)。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Demo Board</source>
        <translation>デモ掲示板</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The demo board could not be loaded: %1</source>
        <translation>デモ掲示板を読み込めませんでした: %1</translation>
    </message>
</context>
<context>
    <name>Soudan::Migrator</name>
    <message>
        <location filename="../store/migrator.cpp" line="+92"/>
        <source>The file is not a Soudan cache or is damaged (%1).</source>
        <translation>このファイルは Soudan のキャッシュではないか、壊れています（%1）。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The cache was written by a newer version of Soudan (schema %1; this version knows up to %2).</source>
        <translation>このキャッシュは新しいバージョンの Soudan で作られています（スキーマ %1。このバージョンが扱えるのは %2 まで）。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Updating the cache to schema %1 (%2) failed at step %3: %4</source>
        <translation>キャッシュのスキーマ %1（%2）への更新がステップ %3 で失敗しました: %4</translation>
    </message>
</context>
<context>
    <name>Soudan::ModerationHtml</name>
    <message>
        <location filename="../ui/moderationhtml.cpp" line="+32"/>
        <source>No reports here. Well done.</source>
        <translation>ここに通報はありません。お疲れさまです。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a report to see it.</source>
        <translation>通報を選ぶと内容を表示します。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Your action “%1” was not applied.</source>
        <translation>あなたの操作「%1」は適用されませんでした。</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>The report is now claimed by %1.</source>
        <translation>この報告は現在 %1 さんが対応中です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The report is now decided: the post was hidden.</source>
        <translation>この報告は決定済みです: 投稿は非表示になりました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The report is now decided: the post was shown again.</source>
        <translation>この報告は決定済みです: 投稿は再表示されました。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The report is now decided: it was dismissed.</source>
        <translation>この報告は決定済みです: 報告は却下されました。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The report is open now, with %n report(s).</source>
        <translation>
            <numerusform>この報告は未対応に戻っています（報告 %n 件）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 %2</source>
        <comment>sentences</comment>
        <extracomment>Two sentences one after the other (Japanese writes them with no space between).</extracomment>
        <translation>%1%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 acted first.</source>
        <extracomment>Said when another moderator decided a report before this moderator&apos;s action arrived.</extracomment>
        <translation>%1 さんが先に対応しました。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(thread not in the cache)</source>
        <translation>（相談がキャッシュにありません）</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+15"/>
        <source>Reported answer</source>
        <translation>通報された回答</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Reported question</source>
        <translation>通報された質問</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>Question</source>
        <translation>質問</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+7"/>
        <location line="+2"/>
        <source>by %1</source>
        <translation>投稿者: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reports (%1)</source>
        <translation>通報 (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Automatic contact check</source>
        <extracomment>Who filed a report: the server&apos;s automatic contact check.</extracomment>
        <translation>連絡先の自動チェック</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User %1</source>
        <translation>ユーザー %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The author&apos;s history</source>
        <translation>投稿者の履歴</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No earlier reports decided, no warnings.</source>
        <translation>これまでに判断された通報も警告もありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Posts hidden: %L1 · Reports dismissed: %L2 · Warnings: %L3</source>
        <translation>非表示にされた投稿: %L1 件 · 却下された通報: %L2 件 · 警告: %L3 件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Timeline</source>
        <translation>経緯</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not sent yet</source>
        <translation>未送信</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You</source>
        <translation>あなた</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Claimed by %1 until %2.</source>
        <translation>%1 が %2 まで対応中です。</translation>
    </message>
</context>
<context>
    <name>Soudan::ModerationWindow</name>
    <message>
        <location filename="../ui/moderationwindow.cpp" line="+165"/>
        <source>Moderation — Soudan</source>
        <extracomment>Title of the moderators&apos; window.</extracomment>
        <translation>モデレーション — Soudan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report list</source>
        <extracomment>Names of the report list and of the selected report&apos;s pane, for screen readers.</extracomment>
        <translation>通報一覧</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected report</source>
        <translation>選択中の通報</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Moderation</source>
        <translation>モデレーション(&amp;M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Dismiss</source>
        <extracomment>Submenu: decline a report, with the reason why.</extracomment>
        <translation>却下(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderation Actions</source>
        <translation>モデレーション操作</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Claim</source>
        <translation>担当する(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the report: other moderators see that you handle it (for 10 minutes)</source>
        <translation>この通報を担当します。ほかのモデレーターにはあなたが対応中だと表示されます（10分間）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hide Post</source>
        <translation>投稿を非表示(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agree with the report: the post disappears for members at their next sync</source>
        <translation>通報を認めます。投稿は会員の次回の同期で表示されなくなります</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a &amp;Violation</source>
        <translation>違反ではない(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decline the report: the post breaks no rule</source>
        <translation>通報を却下します: 投稿はルールに違反していません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate</source>
        <translation>重複(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decline the report: it repeats one already decided</source>
        <translation>通報を却下します: 判断済みの通報と重複しています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Already Handled</source>
        <translation>対応済み(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decline the report: the problem was dealt with elsewhere</source>
        <translation>通報を却下します: 問題は別の形で対応済みです</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore Post</source>
        <translation>投稿を復元(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show a hidden post again (undoes Hide)</source>
        <translation>非表示にした投稿を再び表示します（非表示の取り消し）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Warn Author…</source>
        <translation>投稿者に警告(&amp;W)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the post&apos;s author a warning, kept with the account</source>
        <translation>投稿者に警告を送ります。警告はアカウントに記録されます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;Note…</source>
        <translation>メモを追加(&amp;N)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write a note for the other moderators</source>
        <translation>ほかのモデレーター向けのメモを書きます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Suspend Author…</source>
        <translation>投稿者を停止(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspend the post&apos;s author for some days, make them read-only, or lift that</source>
        <translation>投稿者の投稿を数日間停止する、閲覧のみにする、またはその解除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;xt Report</source>
        <translation>次の通報(&amp;X)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select the next report in the queue</source>
        <translation>一覧の次の通報を選択します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous Report</source>
        <translation>前の通報(&amp;P)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select the previous report in the queue</source>
        <translation>一覧の前の通報を選択します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sync Now</source>
        <translation>今すぐ同期(&amp;S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send your decisions and fetch new reports</source>
        <translation>判断を送信し、新しい通報を取得します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close Window</source>
        <translation>ウィンドウを閉じる(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the moderation window</source>
        <translation>モデレーション画面を閉じます</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Status:</source>
        <extracomment>Filter bar of the moderation window.</extracomment>
        <translation>状態(&amp;S):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;eason:</source>
        <translation>理由(&amp;E):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ca&amp;tegory:</source>
        <translation>カテゴリ(&amp;T):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;ported:</source>
        <extracomment>Filter: how long ago the post was first reported.</extracomment>
        <translation>通報日時(&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ort:</source>
        <translation>並び順(&amp;O):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply &amp;Again</source>
        <translation>もう一度適用(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply your action to the report as it is now</source>
        <translation>現在の状態の通報にあなたの操作を適用します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop &amp;My Action</source>
        <translation>自分の操作を取り消す(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the other moderator&apos;s decision</source>
        <translation>ほかのモデレーターの判断をそのまま残します</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All reasons</source>
        <translation>すべての理由</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any time</source>
        <translation>すべての期間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the last 24 hours</source>
        <translation>24時間以内</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the last 7 days</source>
        <translation>7日以内</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More than 7 days ago</source>
        <translation>7日より前</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Priority</source>
        <extracomment>Sort order of the moderation queue.</extracomment>
        <translation>優先度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting longest</source>
        <extracomment>Sort order of the moderation queue: those reported longest ago first.</extracomment>
        <translation>待ち時間の長い順</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>All categories</source>
        <translation>すべてのカテゴリ</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New (%1)</source>
        <translation>新規 (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claimed (%1)</source>
        <translation>対応中 (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolved (%1)</source>
        <translation>判断済み (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All (%1)</source>
        <extracomment>Status filter: every report, whatever its status.</extracomment>
        <translation>すべて (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n report(s) shown, %1 selected</source>
        <extracomment>Status bar of the moderation window.</extracomment>
        <translation>
            <numerusform>%n 件の通報を表示、%1 件を選択中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n report(s) shown</source>
        <translation>
            <numerusform>%n 件の通報を表示</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/moderationtextdialog.cpp" line="+47"/>
        <source>Warn Author</source>
        <translation>投稿者に警告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The warning is kept with the author&apos;s account:</source>
        <translation>警告は投稿者のアカウントに記録されます:</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Your post breaks the board&apos;s rules. Please read the guide to forbidden work and to contact details before posting again.</source>
        <extracomment>A canned warning to a post&apos;s author; the moderator may edit it before sending.</extracomment>
        <translation>あなたの投稿は掲示板のルールに違反しています。次に投稿する前に、禁止されているお仕事と連絡先のやり取りについてのガイドをお読みください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please keep contact and payment on the board until the work is done: asking for or giving LINE, e-mail or a phone number is against the rules.</source>
        <extracomment>A canned warning to a post&apos;s author.</extracomment>
        <translation>お仕事が完了するまで、連絡とお支払いは掲示板の中で行ってください。LINE・メールアドレス・電話番号を尋ねたり伝えたりすることはルール違反です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please do not post the same question several times: one thread per question.</source>
        <extracomment>A canned warning to a post&apos;s author.</extracomment>
        <translation>同じ質問を何度も投稿しないでください。1つの質問につき1つのスレッドでお願いします。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please write to others politely: attacks on a person are against the rules.</source>
        <extracomment>A canned warning to a post&apos;s author.</extracomment>
        <translation>他の人には丁寧に書き込んでください。個人への攻撃はルール違反です。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Canned warnings</source>
        <extracomment>Accessible name of the list of canned warning messages.</extracomment>
        <translation>定型の警告文</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep in List</source>
        <extracomment>Button: keep the warning as written in the list of canned warnings.</extracomment>
        <translation>一覧に保存</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove from List</source>
        <extracomment>Button: take the chosen canned warning out of the list.</extracomment>
        <translation>一覧から削除</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Add Note</source>
        <translation>メモを追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A note for the other moderators:</source>
        <translation>ほかのモデレーター向けのメモ:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/moderationwindow.cpp" line="+148"/>
        <source>%n report(s) done; %1 skipped (the action does not apply to them).</source>
        <extracomment>Status bar after a moderation action on a selection.</extracomment>
        <translation>
            <numerusform>%n 件の通報を処理しました。%1 件はこの操作の対象外のため飛ばしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n report(s) done.</source>
        <translation>
            <numerusform>%n 件の通報を処理しました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/restrictdialog.cpp" line="+31"/>
        <source>Suspend Author</source>
        <extracomment>Title of the dialog that suspends a member or makes them read-only.</extracomment>
        <translation>投稿者を停止</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What may %1 do on the board? They are told, with your reason, in a notification.</source>
        <extracomment>%1 is the member&apos;s display name.</extracomment>
        <translation>%1 さんが掲示板でできることを選んでください。理由とともに通知でお知らせします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the author</source>
        <translation>投稿者</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Suspend posting for</source>
        <translation>投稿を停止する期間(&amp;S)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> day(s)</source>
        <extracomment>After the number of days of a suspension.</extracomment>
        <translation> 日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the account &amp;read-only until lifted</source>
        <translation>解除するまで閲覧のみにする(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lift a suspension or read-only</source>
        <translation>停止・閲覧のみを解除する(&amp;L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why (the member reads this)</source>
        <translation>理由（会員に表示されます）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sent with the next sync.</source>
        <extracomment>Status bar of the moderation window after a restriction was queued.</extracomment>
        <translation>次の同期で送信されます。</translation>
    </message>
</context>
<context>
    <name>Soudan::MyActivityPanel</name>
    <message numerus="yes">
        <location filename="../ui/myactivitypanel.cpp" line="+102"/>
        <source>%n item(s) not sent yet</source>
        <extracomment>My activity: items of the outbox not sent yet.</extracomment>
        <translation>
            <numerusform>未送信 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n need(s) your attention</source>
        <extracomment>My activity: items of the outbox the server refused.</extracomment>
        <translation>
            <numerusform>要確認 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outbox: %1</source>
        <translation>送信トレイ: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>My Activity</source>
        <translation>マイアクティビティ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My &amp;Questions</source>
        <translation>自分の質問(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My A&amp;nswers</source>
        <translation>自分の回答(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Drafts</source>
        <translation>下書き(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Moderation</source>
        <extracomment>My activity&apos;s tab of what moderators did about the user&apos;s posts and reports.</extracomment>
        <translation>モデレーション(&amp;M)</translation>
    </message>
</context>
<context>
    <name>Soudan::MyAnswersModel</name>
    <message>
        <location filename="../models/myactivitymodels.cpp" line="-120"/>
        <source>Best answer</source>
        <extracomment>My answers: this answer was chosen as the best answer (ベストアンサー).</extracomment>
        <translation>ベストアンサー</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Thread</source>
        <extracomment>Column header of My answers: the thread answered.</extracomment>
        <translation>スレッド</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My answer</source>
        <extracomment>Column header of My answers.</extracomment>
        <translation>自分の回答</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Best</source>
        <extracomment>Column header of My answers: whether it is the best answer.</extracomment>
        <translation>ベストアンサー</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Written</source>
        <extracomment>Column header: when the answer was written.</extracomment>
        <translation>投稿日時</translation>
    </message>
</context>
<context>
    <name>Soudan::MyQuestionsModel</name>
    <message>
        <location line="-79"/>
        <source>My question</source>
        <extracomment>Column header of My questions: the question&apos;s title.</extracomment>
        <translation>自分の質問</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answers</source>
        <extracomment>Column header: number of answers (回答数).</extracomment>
        <translation>回答数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asked</source>
        <extracomment>Column header: the date the question was asked.</extracomment>
        <translation>投稿日</translation>
    </message>
</context>
<context>
    <name>Soudan::NotificationModel</name>
    <message>
        <location filename="../models/notificationmodel.cpp" line="+125"/>
        <source>What</source>
        <extracomment>Column header of the notifications panel: what happened.</extracomment>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where</source>
        <extracomment>Column header of the notifications panel: in which thread.</extracomment>
        <translation>場所</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When</source>
        <extracomment>Column header of the notifications panel.</extracomment>
        <translation>日時</translation>
    </message>
</context>
<context>
    <name>Soudan::NotificationsOnce</name>
    <message>
        <location filename="../app/notificationsonce.cpp" line="+38"/>
        <source>soudan: no cache in %1: sync it first (--sync-once).</source>
        <extracomment>%1 is the profile folder.</extracomment>
        <translation>soudan: %1 にキャッシュがありません。先に同期してください(--sync-once)。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>soudan: the cache cannot be opened: %1</source>
        <translation>soudan: キャッシュを開けません: %1</translation>
    </message>
</context>
<context>
    <name>Soudan::NotificationsPanel</name>
    <message>
        <location filename="../ui/notificationspanel.cpp" line="+77"/>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing new for you yet. You are told here when someone answers your question, chooses or thanks your answer, answers a thread you watch, or asks in a category you watch.</source>
        <translation>まだ新しいお知らせはありません。質問に回答があったとき、回答がベストアンサーに選ばれたときやお礼を受けたとき、ウォッチ中のスレッドに回答やカテゴリに質問があったときに、ここでお知らせします。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open</source>
        <extracomment>Button of the notifications panel: opens the thread of the selected notification.</extracomment>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as &amp;Read</source>
        <translation>既読にする(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark &amp;Everything Read</source>
        <extracomment>Button of the notifications panel: every notification and thread becomes read.</extracomment>
        <translation>すべて既読にする(&amp;E)</translation>
    </message>
</context>
<context>
    <name>Soudan::Options</name>
    <message>
        <location filename="../app/options.cpp" line="+26"/>
        <source>Soudan: an offline-first desktop client for the consultation board.</source>
        <translation>Soudan: オフラインでも使える、お仕事相談掲示板のデスクトップクライアント。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the local cache and settings in &lt;dir&gt;.</source>
        <translation>ローカルキャッシュと設定を &lt;dir&gt; に保存します。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the demo board into an empty cache.</source>
        <translation>空のキャッシュにデモ掲示板を読み込みます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the language &lt;code&gt;: %1.</source>
        <extracomment>%1 lists the language codes, e.g. &quot;en, ja&quot;.</extracomment>
        <translation>言語 &lt;code&gt; を使います: %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the main window with the first category and thread selected, save it as a PNG image to &lt;file&gt;, and exit.</source>
        <translation>最初のカテゴリと相談を選んだメインウィンドウを PNG 画像として &lt;file&gt; に保存し、終了します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The board&apos;s server, e.g. https://board.example.jp.</source>
        <translation>掲示板のサーバー（例: https://board.example.jp）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your user name on the server.</source>
        <translation>サーバーでのユーザー名。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the password from standard input and sign in (it is never stored).</source>
        <translation>標準入力からパスワードを読み込んでサインインします（パスワードは保存しません）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync the cache with the server without opening a window, print a summary and exit.</source>
        <translation>ウィンドウを開かずにキャッシュをサーバーと同期し、概要を表示して終了します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the moderation window too (moderator accounts); with --screenshot, save that window.</source>
        <translation>モデレーション画面も開きます（モデレーターのアカウント）。--screenshot と一緒に使うとその画面を保存します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print the threads that match &lt;query&gt; in the cache, newest first, one a line (id, title, category, status), and exit. With --demo, an empty cache gets the demo board first.</source>
        <translation>キャッシュ内で &lt;query&gt; に一致する相談を新しい順に1行ずつ（ID、タイトル、カテゴリ、状態）表示して終了します。--demo を付けると、空のキャッシュにはまずデモ掲示板を読み込みます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>query</source>
        <translation>query</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Index every post in the cache again for search, and exit.</source>
        <translation>キャッシュ内のすべての投稿を検索用に索引し直して終了します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the unread notifications, newest first, one a line (kind, thread id, title, time), and exit. With --sync-once, sync first.</source>
        <translation>未読の通知を新しい順に1行ずつ(種類、スレッドID、タイトル、日時)表示して終了します。--sync-once と併用すると先に同期します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the thread &lt;id&gt; (also with --screenshot).</source>
        <translation>スレッド &lt;id&gt; を開きます(--screenshot と併用可)。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A link to a thread, soudan://thread/&lt;id&gt;: opens it, like --thread.</source>
        <translation>スレッドへのリンク soudan://thread/&lt;id&gt;: --thread と同じく、そのスレッドを開きます。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&quot;%1&quot; is not a thread id: give its UUID, as --search prints it.</source>
        <extracomment>%1 is what was given after --thread.</extracomment>
        <translation>「%1」はスレッドIDではありません。--search が表示する UUID を指定してください。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is not a link to a thread: links look like soudan://thread/&lt;id&gt;.</source>
        <extracomment>%1 is what was given on the command line.</extracomment>
        <translation>「%1」はスレッドへのリンクではありません。リンクは soudan://thread/&lt;id&gt; の形です。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not a server address: use https://host or http://host:port.</source>
        <translation>「%1」はサーバーのアドレスではありません: https://host または http://host:port の形で指定してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot;: use https://. Plain http:// would send the password and the sign-in unencrypted; it is for this computer only (127.0.0.1, localhost).</source>
        <translation>「%1」: https:// を使ってください。http:// ではパスワードとサインイン情報が暗号化されずに送られます。http:// はこのコンピューター（127.0.0.1、localhost）のみで使えます。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unknown language &quot;%1&quot;: use one of %2.</source>
        <extracomment>%2 lists the language codes, e.g. &quot;en, ja&quot;.</extracomment>
        <translation>不明な言語「%1」です: %2 のいずれかを指定してください。</translation>
    </message>
</context>
<context>
    <name>Soudan::OutboxModel</name>
    <message>
        <location filename="../models/outboxmodel.cpp" line="+106"/>
        <location line="+69"/>
        <source>%1: %2</source>
        <extracomment>An outbox item of a moderator&apos;s decision: %1 its reason, %2 the note.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting for its account</source>
        <extracomment>State of an outbox item written as another account (or for another server) than the one signed in now: it is not sent as this one.</extracomment>
        <translation>書いたアカウントを待っています</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Written as %1 for %2. It is sent when that account syncs on this computer again, never as another; discard it if it should not be sent.</source>
        <translation>%2 に %1 として書いたものです。このパソコンでそのアカウントが再び同期したときに送られ、ほかのアカウントとして送られることはありません。送らない場合は破棄してください。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>What</source>
        <extracomment>Column of the outbox: what the user wrote or did.</extracomment>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>State</source>
        <extracomment>Column of the outbox: waiting, sent or needs attention.</extracomment>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attempts</source>
        <extracomment>Column of the outbox: how many times sending was tried.</extracomment>
        <translation>試行回数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
</context>
<context>
    <name>Soudan::OutboxPanel</name>
    <message>
        <location filename="../ui/outboxpanel.cpp" line="+81"/>
        <source>Outbox</source>
        <translation>送信トレイ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you wrote waits here until the server has it. Items the server refused need your attention: send them again, edit, copy or discard them.</source>
        <translation>書いた内容は、サーバーに届くまでここで待ちます。サーバーに断られた項目は対応が必要です: 再送信、編集、コピー、破棄ができます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Send Again</source>
        <translation>再送信(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy Text</source>
        <translation>テキストをコピー(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard…</source>
        <translation>破棄(&amp;D)…</translation>
    </message>
    <message>
        <location line="+64"/>
        <location line="+40"/>
        <source>Edit Answer</source>
        <translation>回答を編集</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Edit Thanks</source>
        <translation>お礼コメントを編集</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edit Note</source>
        <translation>メモを編集</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit Warning</source>
        <translation>警告を編集</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Edit Supplement</source>
        <translation>補足を編集</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit Appeal</source>
        <translation>異議申し立てを編集</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard this item? What you wrote is lost unless you copy it first.

%1</source>
        <translation>この項目を破棄しますか？ 先にコピーしない限り、書いた内容は失われます。

%1</translation>
    </message>
</context>
<context>
    <name>Soudan::PreferencesDialog</name>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="+58"/>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Desktop notifications</source>
        <translation>デスクトップ通知</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show a notification on the desktop when:</source>
        <translation>次の場合にデスクトップに通知を表示する:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The thread you are reading never makes one. Every notification also waits in the Notifications panel.</source>
        <translation>読んでいるスレッドについては表示しません。すべての通知は通知パネルにも残ります。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show Soudan in the system &amp;tray with the number of unread notifications</source>
        <translation>システムトレイに未読の通知数とともに Soudan を表示する(&amp;T)</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Every %n minute(s)</source>
        <extracomment>Choice of how often to sync in the background.</extracomment>
        <translation>
            <numerusform>%n分ごと</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only when I ask (F5)</source>
        <extracomment>Choice of how often to sync in the background: never by itself.</extracomment>
        <translation>指示したときだけ(F5)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Sync in the background:</source>
        <translation>バックグラウンドで同期(&amp;S):</translation>
    </message>
</context>
<context>
    <name>Soudan::QuestionDialog</name>
    <message>
        <location filename="../ui/questiondialog.cpp" line="+123"/>
        <source>Ask a Question</source>
        <translation>相談する</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit Question</source>
        <translation>質問を編集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Category:</source>
        <translation>カテゴリ(&amp;C):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>タイトル(&amp;T):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Question:</source>
        <translation>相談内容(&amp;Q):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What do you want to know? (one line)</source>
        <translation>何を知りたいですか？（1行で）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The details: the work, the amount, the dates, what happened.</source>
        <translation>詳しい内容: 仕事の内容、金額、日程、起きたこと。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Post</source>
        <translation>投稿(&amp;P)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save</source>
        <extracomment>Button that puts the question in the outbox; it is sent when the network allows.</extracomment>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post (Ctrl+Return). Offline, it is sent as soon as the server can be reached.</source>
        <translation>投稿します (Ctrl+Return)。オフラインのときは、サーバーにつながりしだい送信します。</translation>
    </message>
</context>
<context>
    <name>Soudan::ReportDialog</name>
    <message>
        <location filename="../ui/reportdialog.cpp" line="+69"/>
        <source>Report a Violation</source>
        <translation>違反報告</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why should the moderators look at this question?
“%1”</source>
        <extracomment>%1 is the start of the reported question&apos;s text.</extracomment>
        <translation>この相談をモデレーターに確認してもらう理由は何ですか？
「%1」</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why should the moderators look at this answer?
“%1”</source>
        <translation>この回答をモデレーターに確認してもらう理由は何ですか？
「%1」</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Note for the moderators (optional):</source>
        <translation>モデレーターへのメモ（任意）(&amp;N):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;a href=&quot;soudan:faq/reports&quot;&gt;What happens to a report?&lt;/a&gt;</source>
        <extracomment>The link opens the FAQ page 【共通】違反報告とは.</extracomment>
        <translation>&lt;a href=&quot;soudan:faq/reports&quot;&gt;【共通】違反報告とは&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Send Report</source>
        <extracomment>Button that sends the violation report (it waits in the outbox when offline).</extracomment>
        <translation>報告を送る(&amp;S)</translation>
    </message>
</context>
<context>
    <name>Soudan::ReportQueueModel</name>
    <message>
        <location filename="../models/reportqueuemodel.cpp" line="+197"/>
        <source>Conflict: needs attention</source>
        <extracomment>Moderation queue: the moderator&apos;s action was refused (another moderator acted).</extracomment>
        <translation>競合: 確認が必要</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New</source>
        <extracomment>Moderation status of a report.</extracomment>
        <translation>新規</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Claimed by you</source>
        <extracomment>Moderation status: %1 is the moderator handling the report.</extracomment>
        <translation>あなたが対応中</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Claimed by %1</source>
        <translation>%1 が対応中</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hidden</source>
        <extracomment>Moderation status: the post was hidden.</extracomment>
        <translation>非表示</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restored</source>
        <extracomment>Moderation status: a hidden post was shown again.</extracomment>
        <translation>復元済み</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dismissed</source>
        <extracomment>Moderation status: the report was declined.</extracomment>
        <translation>却下</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (not sent yet)</source>
        <extracomment>Moderation status of an action taken offline: %1 is the status.</extracomment>
        <translation>%1（未送信）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Answer in “%1”: %2</source>
        <extracomment>Moderation queue: a reported answer. %1 is the thread&apos;s title, %2 the answer.</extracomment>
        <translation>「%1」への回答: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 (%2 automatic)</source>
        <extracomment>Moderation queue: %1 reports, of which %2 by the automatic contact check.</extracomment>
        <translation>%1（うち自動 %2）</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n min</source>
        <extracomment>Age of a report in minutes.</extracomment>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n h</source>
        <extracomment>Age of a report in hours.</extracomment>
        <translation>
            <numerusform>%n 時間</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n d</source>
        <extracomment>Age of a report in days.</extracomment>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Priority</source>
        <extracomment>Column of the moderation queue: how urgent a report is.</extracomment>
        <translation>優先度</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Post</source>
        <extracomment>Column of the moderation queue: the reported post.</extracomment>
        <translation>投稿</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reasons</source>
        <extracomment>Column of the moderation queue.</extracomment>
        <translation>理由</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reports</source>
        <extracomment>Column of the moderation queue: how many reports.</extracomment>
        <translation>通報</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <extracomment>Column of the moderation queue.</extracomment>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting</source>
        <extracomment>Column of the moderation queue: how long since the first report.</extracomment>
        <translation>経過</translation>
    </message>
</context>
<context>
    <name>Soudan::SearchBox</name>
    <message>
        <location filename="../ui/searchbox.cpp" line="+32"/>
        <source>Search threads and answers</source>
        <extracomment>Name of the search box for screen readers.</extracomment>
        <translation>相談と回答を検索</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search threads and answers (%1)</source>
        <extracomment>Placeholder of the search box; %1 is its shortcut (Ctrl+K).</extracomment>
        <translation>相談と回答を検索 (%1)</translation>
    </message>
</context>
<context>
    <name>Soudan::SearchOnce</name>
    <message>
        <location filename="../app/searchonce.cpp" line="+45"/>
        <source>soudan: the cache cannot be opened: %1</source>
        <extracomment>%1 says why.</extracomment>
        <translation>soudan: キャッシュを開けません: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>soudan: the demo board could not be loaded: %1</source>
        <translation>soudan: デモ掲示板を読み込めませんでした: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>soudan: the search index could not be rebuilt: %1</source>
        <translation>soudan: 検索索引を作り直せませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Indexed %n post(s) for search.</source>
        <translation>
            <numerusform>検索用に %n 件の投稿を索引に登録しました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>soudan: give --search words to look for, or filters like status:解決済.</source>
        <translation>soudan: --search には探す語か、status:解決済 のような絞り込みを指定してください。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No threads match.</source>
        <translation>一致する相談はありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the newest %L1 matching threads are shown: narrow the search to see the rest.</source>
        <extracomment>After --search printed its most; %L1 is that number.</extracomment>
        <translation>一致したスレッドのうち新しい %L1 件だけを表示しています。残りを見るには検索条件を絞り込んでください。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>About %Ln post(s) are not indexed for search yet, so they were not searched.</source>
        <extracomment>After --search, while a first sync&apos;s posts wait to be indexed by the running app.</extracomment>
        <translation>
            <numerusform>約%Ln件の投稿はまだ検索用に登録されていないため、検索されていません。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Soudan::SearchPane</name>
    <message>
        <location filename="../ui/searchpane.cpp" line="+152"/>
        <source>Newest first</source>
        <extracomment>Order of search results.</extracomment>
        <translation>新しい順</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Best match</source>
        <extracomment>Order of search results: the best matches first.</extracomment>
        <translation>一致度順</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type words to search for, &quot;a phrase&quot;, -word to leave out, or filters like status:解決済 or category:報酬.</source>
        <extracomment>Shown before anything is typed in the search box.</extracomment>
        <translation>探す語、&quot;フレーズ&quot;、除外する -語、または status:解決済 や category:報酬 のような絞り込みを入力してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No threads match.</source>
        <translation>一致する相談はありません。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n thread(s) match</source>
        <extracomment>Above the search results.</extracomment>
        <translation>
            <numerusform>%n 件の相談が一致</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Search does not cover the whole board yet: about %Ln post(s) are still being indexed.</source>
        <extracomment>After the number of results, while a first sync&apos;s posts are indexed for search.</extracomment>
        <translation>
            <numerusform>まだ掲示板全体は検索できません。約%Ln件の投稿を検索用に登録しています。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Soudan::SearchText::Query</name>
    <message>
        <location filename="../domain/searchtext.cpp" line="+320"/>
        <source>status: is open (受付中), resolved (解決済) or closed.</source>
        <extracomment>A search filter&apos;s value is wrong. Keep status:, 解決済 and 受付中 as they are.</extracomment>
        <translation>status: には 受付中（open）、解決済（resolved）、closed のいずれかを指定してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>urgent: is yes or no.</source>
        <translation>urgent: には yes か no を指定してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>answers: is a number, like answers:0.</source>
        <translation>answers: には answers:0 のように数を指定してください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is a date like 2025-04-01.</source>
        <extracomment>%1 is before: or after:.</extracomment>
        <translation>%1 には 2025-04-01 のように日付を指定してください。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A word or phrase in the search is too long (at most about %1 characters).</source>
        <extracomment>%1 is a number of characters.</extracomment>
        <translation>検索語またはフレーズが長すぎます（%1 文字程度まで）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The search has too many words (at most %1).</source>
        <translation>検索語が多すぎます（%1 個まで）。</translation>
    </message>
</context>
<context>
    <name>Soudan::ServerErrors</name>
    <message>
        <location filename="../domain/servererrors.cpp" line="+30"/>
        <source>The server did not accept what was sent.</source>
        <extracomment>The server refused a value of a request; %1 names the field (title, body, …).</extracomment>
        <translation>サーバーが送信内容を受け付けませんでした。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server did not accept the value of &quot;%1&quot;.</source>
        <translation>サーバーが「%1」の値を受け付けませんでした。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The moderators suspended your posting until %1 (%2). What you wrote stays in the outbox: send it again after that.</source>
        <extracomment>A suspended member&apos;s post was refused; it stays in the outbox. %1 is when the suspension ends (a date and time), %2 the moderators&apos; reason.</extracomment>
        <translation>モデレーターにより %1 まで投稿が停止されています（%2）。書いた内容は送信トレイに残っています。停止が終わったら再送信してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The moderators made your account read-only (%1). What you wrote stays in the outbox.</source>
        <extracomment>A read-only member&apos;s post was refused; it stays in the outbox. %1 is the moderators&apos; reason.</extracomment>
        <translation>モデレーターによりアカウントが閲覧のみになっています（%1）。書いた内容は送信トレイに残っています。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server could not read the request.</source>
        <translation>サーバーがリクエストを読み取れませんでした。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server did not recognise the id in the request.</source>
        <translation>サーバーがリクエストのIDを認識できませんでした。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server did not recognise where to continue from.</source>
        <translation>サーバーが同期の再開位置を認識できませんでした。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server did not accept the page size.</source>
        <translation>サーバーがページの大きさを受け付けませんでした。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server did not accept the status asked for.</source>
        <translation>サーバーが指定された状態を受け付けませんでした。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server did not accept the request&apos;s key.</source>
        <translation>サーバーがリクエストのキーを受け付けませんでした。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>The server did not accept the request.</source>
        <translation>サーバーがリクエストを受け付けませんでした。</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Sign in to do this.</source>
        <translation>この操作にはサインインが必要です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in has expired: sign in again.</source>
        <translation>サインインの有効期限が切れました。もう一度サインインしてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong user name or password.</source>
        <translation>ユーザー名またはパスワードが違います。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the asker can choose the best answer or write the thanks.</source>
        <translation>ベストアンサーを選んだりお礼コメントを書いたりできるのは質問者だけです。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is for moderators only.</source>
        <translation>この操作はモデレーター専用です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is not on the board (any more): it may have been hidden or removed.</source>
        <translation>掲示板にありません(非表示または削除された可能性があります)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something else was already sent under the same id.</source>
        <translation>同じIDで別の内容がすでに送信されています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something else was already sent under the same key.</source>
        <translation>同じキーで別の内容がすでに送信されています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The question is no longer taking answers.</source>
        <translation>この質問はもう回答を受け付けていません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A moderator hid this question: it takes no more answers or thanks.</source>
        <translation>モデレーターがこの相談を非表示にしたため、回答やお礼はもう書けません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thanks can be written after a best answer is chosen.</source>
        <translation>お礼コメントはベストアンサーを選んだあとに書けます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thanks were already written for this question.</source>
        <translation>この質問にはすでにお礼コメントがあります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report changed meanwhile: look at it again.</source>
        <translation>その間に報告が更新されました。もう一度確認してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another moderator is handling this report.</source>
        <translation>別のモデレーターがこの報告を対応中です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report was already decided.</source>
        <translation>この報告はすでに対応済みです。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The post is not hidden.</source>
        <translation>この投稿は非表示になっていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server asks to sync again from the start.</source>
        <translation>サーバーが最初からの同期を求めています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is too long for the server.</source>
        <translation>サーバーに送るには長すぎます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The category is not on the board (any more).</source>
        <translation>そのカテゴリは掲示板にありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The answer is not in this thread (any more).</source>
        <translation>その回答はこのスレッドにありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own answer cannot be the best answer.</source>
        <translation>自分の回答はベストアンサーに選べません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server is busy: Soudan tries again shortly.</source>
        <translation>サーバーが混み合っています。しばらくしてから自動で再試行します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You have sent many reports in the last hour: send this one again later.</source>
        <translation>この1時間に多くの違反報告を送りました。この報告は時間をおいてから送り直してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request took too long to reach the server.</source>
        <translation>サーバーへの送信に時間がかかりすぎました。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Too many wrong passwords for this account: wait a little before trying again.</source>
        <translation>このアカウントでパスワードの間違いが続いたため、少し待ってからもう一度お試しください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server had a problem: Soudan tries again later.</source>
        <translation>サーバーで問題が起きました。あとで自動で再試行します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only its author can change a post or see its history.</source>
        <translation>投稿を変更したり編集履歴を見たりできるのは投稿者だけです。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A resolved or closed question and a best answer can no longer be edited; you can still add a supplement to your question.</source>
        <translation>解決済み・締め切り済みの質問とベストアンサーは編集できません。質問には補足を追加できます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The post was changed elsewhere (on another device, or a moderator acted) since you began this edit. The thread shows it as it is now; edit your text again or discard it.</source>
        <translation>この編集を始めた後に、投稿が別の場所で変更されました（別の端末での編集、またはモデレーターの対応）。スレッドには現在の内容が表示されています。文章を編集し直すか、破棄してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The post was withdrawn by its author.</source>
        <translation>この投稿は投稿者により取り消されました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A question that has answers cannot be withdrawn; you can close it instead.</source>
        <translation>回答のある質問は取り消せません。代わりに締め切ることができます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A moderator hid this post.</source>
        <translation>モデレーターがこの投稿を非表示にしました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A question takes at most ten supplements.</source>
        <translation>補足は1つの質問につき10件までです。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s answer could not be read.</source>
        <translation>サーバーの応答を読み取れませんでした。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You already appealed this decision; the moderators are looking at it.</source>
        <translation>この判断にはすでに異議を申し立てています。モデレーターが確認中です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no moderator&apos;s decision on this post to appeal (any more).</source>
        <translation>この投稿には異議を申し立てられるモデレーターの判断が（もう）ありません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server refused it.</source>
        <extracomment>An error from the server that this version of Soudan does not know.</extracomment>
        <translation>サーバーに受け付けられませんでした。</translation>
    </message>
</context>
<context>
    <name>Soudan::SyncController</name>
    <message>
        <location filename="../sync/synccontroller.cpp" line="+187"/>
        <source>The history of a post is on the server: sign in and go online to see it.</source>
        <translation>投稿の編集履歴はサーバーにあります。見るにはサインインしてオンラインにしてください。</translation>
    </message>
</context>
<context>
    <name>Soudan::SyncEngine</name>
    <message>
        <location filename="../sync/syncengine.cpp" line="+170"/>
        <source>No network connection.</source>
        <translation>ネットワークに接続していません。</translation>
    </message>
    <message>
        <location line="+362"/>
        <source>The local cache is in use by another program: Soudan tries again shortly.</source>
        <translation>ローカルキャッシュを別のプログラムが使用中です。まもなく自動で再試行します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The local cache could not be written: Soudan tries again later.</source>
        <translation>ローカルキャッシュに書き込めませんでした。あとで自動で再試行します。</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>The server no longer accepts this sign-in: %1</source>
        <translation>このサインインはサーバーで使えなくなりました: %1</translation>
    </message>
</context>
<context>
    <name>Soudan::SyncOnce</name>
    <message>
        <location filename="../app/synconce.cpp" line="+33"/>
        <source>soudan: %1</source>
        <translation>soudan: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Soudan is already running with this profile (%1); it syncs there.</source>
        <translation>このプロファイル（%1）の Soudan はすでに起動しており、そちらで同期します。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no server account: give --server URL and --user NAME.</source>
        <translation>サーバーアカウントがありません: --server URL と --user NAME を指定してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the old cache could not be used (%1); it was kept as %2.</source>
        <translation>元のキャッシュは使えませんでした（%1）。%2 として残してあります。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n unsent item(s) from it are in the outbox again.</source>
        <translation>
            <numerusform>そのうち未送信の %n 件は送信トレイに戻しました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>could not sign in: %1</source>
        <translation>サインインできませんでした: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>not signed in to %1 as %2: add --password-stdin.</source>
        <translation>%1 に %2 としてサインインしていません: --password-stdin を付けてください。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the sync failed: %1</source>
        <translation>同期に失敗しました: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>the posts could not be indexed for search: %1</source>
        <translation>投稿を検索用に登録できませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Sent %n item(s) from the outbox.</source>
        <extracomment>Summary of soudan --sync-once: what went from the outbox to the server.</extracomment>
        <translation>
            <numerusform>送信トレイから %n 件を送信しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n item(s) need attention: the server refused them; their text is kept.</source>
        <translation>
            <numerusform>%n 件は対応が必要です: サーバーに断られました。書いた内容は残してあります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Up to date with %1 as %2: %n change(s) pulled.</source>
        <extracomment>Summary of soudan --sync-once.</extracomment>
        <translation>
            <numerusform>%1 と %2 として同期しました: 変更 %n 件を取り込みました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cache: threads %L1, answers %L2, categories %L3.</source>
        <extracomment>Summary of soudan --sync-once: what the cache holds; %L1 to %L3 are numbers.</extracomment>
        <translation>キャッシュ: 相談 %L1 件、回答 %L2 件、カテゴリ %L3 件。</translation>
    </message>
</context>
<context>
    <name>Soudan::SyncStatusWidget</name>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="+57"/>
        <source>Offline: no server set up</source>
        <extracomment>Status bar: no server account yet; only the local cache is shown.</extracomment>
        <translation>オフライン: サーバー未設定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Working offline</source>
        <translation>オフラインで作業中</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Offline, retrying in %n s</source>
        <translation>
            <numerusform>オフライン、%n 秒後に再試行</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resyncing the whole board… %1%</source>
        <extracomment>Status bar while pulling changes; %1 is a percentage.</extracomment>
        <translation>掲示板全体を再同期しています… %1%</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Syncing… %1%</source>
        <translation>同期しています… %1%</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resyncing the whole board…</source>
        <translation>掲示板全体を再同期しています…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Syncing…</source>
        <translation>同期しています…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Online</source>
        <extracomment>Status bar: connected and up to date with the server.</extracomment>
        <translation>オンライン</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync error: %1</source>
        <extracomment>Status bar: %1 is what went wrong.</extracomment>
        <translation>同期エラー: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in again to sync</source>
        <translation>同期するには再度サインインしてください</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 · last synced %2</source>
        <extracomment>Status bar: %1 is the state, %2 the time of the last successful sync.</extracomment>
        <translation>%1 · 最終同期 %2</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 · indexing about %Ln post(s) for search</source>
        <extracomment>Status bar: %1 is the state; a first sync&apos;s posts are being made searchable.</extracomment>
        <translation>
            <numerusform>%1 · 約%Ln件の投稿を検索用に登録中</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Soudan::ThreadHtml</name>
    <message>
        <location filename="../ui/threadhtml.cpp" line="+89"/>
        <source>(unknown user)</source>
        <translation>（不明なユーザー）</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%Ln answer(s)</source>
        <extracomment>Thread header: number of answers (回答数). %Ln is the number.</extracomment>
        <translation>
            <numerusform>回答数 %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln view(s)</source>
        <extracomment>Thread header: number of views (閲覧回数). %Ln is the number.</extracomment>
        <translation>
            <numerusform>閲覧回数 %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not sent yet</source>
        <translation>未送信</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs attention</source>
        <translation>要対応</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the outbox</source>
        <translation>送信トレイを開く</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Report</source>
        <comment>verb: report a post</comment>
        <translation>報告</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Answer from %1</source>
        <extracomment>Heading over an answer: who wrote it (〇〇さんからの回答).</extracomment>
        <translation>%1さんからの回答</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Asked by %1 on %2</source>
        <translation>%1さんの相談 · %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Best answer</source>
        <translation>ベストアンサー</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Chosen as the best answer</source>
        <extracomment>Heading of the best answer section (ベストアンサーに選ばれた回答).</extracomment>
        <translation>ベストアンサーに選ばれた回答</translation>
    </message>
    <message numerus="yes">
        <location line="-176"/>
        <source>New for you (%n unread)</source>
        <extracomment>The board home: the newest unread notifications; %n is how many are unread in all.</extracomment>
        <translation>
            <numerusform>あなたへのお知らせ（未読 %n 件）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The consultation board</source>
        <extracomment>The board home&apos;s heading, shown while no thread is chosen.</extracomment>
        <translation>相談掲示板</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Freelancers and clients ask each other about prices, schedules, contracts and money, and answer from experience. The asker chooses the best answer and thanks the one who helped.</source>
        <translation>フリーランスと発注者が、報酬や相場、納期、契約、お金のことを相談し、経験から答え合う掲示板です。相談者はベストアンサーを選び、助けてくれた人にお礼コメントを書きます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep contact and payment on the board until the work is done: a contract is an amount proposed, agreed by both, and paid in advance by the client. Asking for LINE, e-mail or a phone number before that is against the rules.</source>
        <translation>連絡と支払いは、お仕事が終わるまで掲示板の中で行いましょう。契約とは、金額が提案され、双方が合意し、発注者が仮払いをした状態のことです。それより前に LINE やメールアドレス、電話番号を尋ねることは規約違反です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>FAQ: what work is forbidden (違反のお仕事)</source>
        <translation>【共通】違反のお仕事とは</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FAQ: what a violation report is (違反報告)</source>
        <translation>【共通】違反報告とは</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a category and a thread to read the question and its answers. Ctrl+K searches everything, also offline; Ctrl+N asks a question.</source>
        <translation>カテゴリとスレッドを選ぶと、相談と回答を読めます。Ctrl+K でオフラインでもすべてを検索、Ctrl+N で相談を投稿できます。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>(Withdrawn question)</source>
        <extracomment>The title of a question its asker withdrew (取り消された質問).</extracomment>
        <translation>（取り消された質問）</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Change not sent yet</source>
        <extracomment>Marks a post whose edit, withdrawal or closing by the user is not on the server yet.</extracomment>
        <translation>変更は未送信</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reported</source>
        <translation>報告済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change my report</source>
        <translation>報告内容を変更</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>edited %1</source>
        <extracomment>After a post&apos;s date: its author edited it (編集済み); %1 is when.</extracomment>
        <translation>%1 に編集</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>History</source>
        <extracomment>Link after &quot;edited&quot;: the post&apos;s earlier versions (編集履歴).</extracomment>
        <translation>編集履歴</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hidden by a moderator</source>
        <extracomment>Marks the user&apos;s own post that a moderator hid (非表示); others no longer see it.</extracomment>
        <translation>モデレーターにより非表示</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Others no longer see this post. Reason: %1.</source>
        <translation>この投稿は他の人には表示されなくなりました。理由：%1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The board&apos;s rules</source>
        <translation>掲示板のルール</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Appealed</source>
        <translation>異議申し立て済み</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appeal</source>
        <translation>異議申し立て</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Moderate</source>
        <extracomment>Links next to a post, for moderators: open it in the moderation window; hide it; warn or suspend its author (each through the moderation window).</extracomment>
        <translation>モデレーション</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide</source>
        <translation>非表示にする</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warn…</source>
        <translation>警告…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspend…</source>
        <translation>投稿停止…</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+41"/>
        <source>Edit</source>
        <extracomment>Link under one&apos;s own question: edit it.</extracomment>
        <translation>編集</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Add a supplement</source>
        <extracomment>Link under one&apos;s own question: add a dated supplement (補足する).</extracomment>
        <translation>補足する</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the question</source>
        <extracomment>Link under one&apos;s own question: close it without a best answer (締め切る).</extracomment>
        <translation>締め切る</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+34"/>
        <source>Withdraw</source>
        <extracomment>Link under one&apos;s own question or answer: withdraw it (取り消す).</extracomment>
        <translation>取り消す</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>The asker withdrew this question.</source>
        <extracomment>Under the question: who asked and when.</extracomment>
        <translation>この質問は質問者により取り消されました。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Supplement (%1)</source>
        <extracomment>Heading of a supplement the asker added to their question (補足); %1 is when.</extracomment>
        <translation>補足（%1）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Thanks from the asker</source>
        <extracomment>Heading of the asker&apos;s thank-you comment (相談者からのお礼コメント).</extracomment>
        <translation>相談者からのお礼コメント</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose as the best answer</source>
        <translation>ベストアンサーに選ぶ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The author withdrew this answer.</source>
        <translation>この回答は回答者により取り消されました。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No answers yet.</source>
        <translation>まだ回答はありません。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>All answers (%Ln)</source>
        <extracomment>Heading of the list of every answer (すべての回答).</extracomment>
        <translation>
            <numerusform>すべての回答（%Ln 件）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Soudan::ThreadItemDelegate</name>
    <message>
        <location filename="../ui/threaditemdelegate.cpp" line="+72"/>
        <source>Not sent yet</source>
        <extracomment>Tag of a question asked here and not sent to the server yet.</extracomment>
        <translation>未送信</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Needs attention</source>
        <extracomment>Tag of a question the server refused; see the outbox.</extracomment>
        <translation>要対応</translation>
    </message>
</context>
<context>
    <name>Soudan::ThreadListModel</name>
    <message>
        <location filename="../models/threadlistmodel.cpp" line="+179"/>
        <source>New since you last looked</source>
        <extracomment>Tooltip of a thread created since the user last looked at its category.</extracomment>
        <translation>前回見たあとの新着</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n answer(s) you have not read</source>
        <translation>
            <numerusform>未読の回答 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n answer(s), %1 new</source>
        <translation>
            <numerusform>回答 %n件（新着 %1）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n answer(s)</source>
        <extracomment>Second line of a thread in the list: the number of answers (回答数).</extracomment>
        <translation>
            <numerusform>回答 %n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 · %Ln view(s) · last activity %2 · asked %3</source>
        <extracomment>Second line of a thread in the list: %1 the answers, %Ln views (閲覧回数), %2 the date of the latest answer or comment, %3 the date the question was asked.</extracomment>
        <translation>
            <numerusform>%1 · 閲覧 %Ln回 · 最終更新 %2 · 投稿 %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Title</source>
        <extracomment>Column header of the thread list: the question&apos;s title.</extracomment>
        <translation>タイトル</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answers</source>
        <extracomment>Column header: number of answers (回答数).</extracomment>
        <translation>回答数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Views</source>
        <extracomment>Column header: number of views (閲覧回数).</extracomment>
        <translation>閲覧数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asked</source>
        <extracomment>Column header: the date the question was asked.</extracomment>
        <translation>投稿日</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last activity</source>
        <extracomment>Column header: the date of the latest answer or comment.</extracomment>
        <translation>最終更新</translation>
    </message>
</context>
<context>
    <name>Soudan::ThreadListPane</name>
    <message>
        <location filename="../ui/threadlistpane.cpp" line="+98"/>
        <source>Filter titles (Ctrl+F)</source>
        <translation>タイトルで絞り込み (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter thread titles</source>
        <extracomment>Names of the thread list and its filter box, for screen readers.</extracomment>
        <translation>相談のタイトルで絞り込み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thread list</source>
        <translation>相談一覧</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sort &amp;&amp; Filter</source>
        <extracomment>Button that opens the menu of sort orders and filters of the thread list.</extracomment>
        <translation>並べ替え・絞り込み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sort order and filters of the thread list</source>
        <translation>相談一覧の並べ替えと絞り込み</translation>
    </message>
</context>
<context>
    <name>Soudan::ThreadView</name>
    <message>
        <location filename="../ui/threadview.cpp" line="+50"/>
        <location line="+69"/>
        <source>Question and answers</source>
        <extracomment>Name of the pane that shows the question and its answers, for screen readers.</extracomment>
        <translation>相談と回答</translation>
    </message>
</context>
<context>
    <name>Soudan::TokenStore</name>
    <message>
        <location filename="../sync/tokenstore.cpp" line="+33"/>
        <source>no keyring service is running</source>
        <extracomment>Why the system keyring could not keep the sign-in.</extracomment>
        <translation>キーリングのサービスが動いていません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the keyring refused access</source>
        <extracomment>Why the system keyring could not keep the sign-in.</extracomment>
        <translation>キーリングへのアクセスが拒否されました</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the keyring did not answer</source>
        <extracomment>Why the system keyring could not keep the sign-in.</extracomment>
        <translation>キーリングが応答しませんでした</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The sign-in could not be kept: %1</source>
        <translation>サインイン情報を保存できませんでした: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No system keyring is available (%1), so the sign-in token is kept in %2, which only you can read.</source>
        <extracomment>%1 is why the keyring could not be used, %2 the file&apos;s path.</extracomment>
        <translation>システムのキーリングが使えないため（%1）、サインイン用のトークンをあなただけが読めるファイル %2 に保存しました。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>turned off</source>
        <translation>無効化されています</translation>
    </message>
</context>
<context>
    <name>Soudan::WhatsNew</name>
    <message>
        <location filename="../ui/whatsnew.cpp" line="+198"/>
        <source>&amp;Preferences…</source>
        <translation>設定(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark Category as &amp;Read</source>
        <translation>カテゴリを既読にする(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing in this category is new or unread any more, on all your devices</source>
        <translation>このカテゴリの新着・未読をすべての端末で消します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;Everything as Read</source>
        <translation>すべて既読にする(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing on the board is new or unread any more</source>
        <translation>掲示板全体の新着・未読を消します</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+138"/>
        <source>&amp;Open Soudan</source>
        <translation>Soudan を開く(&amp;O)</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>&amp;Notifications (%1)</source>
        <extracomment>Toolbar button and View menu item that shows the Notifications panel.</extracomment>
        <translation>通知(&amp;N) (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notifications</source>
        <translation>通知(&amp;N)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n unread notification(s)</source>
        <translation>
            <numerusform>未読の通知 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No unread notifications</source>
        <translation>未読の通知はありません</translation>
    </message>
    <message numerus="yes">
        <location line="+105"/>
        <source>Soudan: %n new notification(s)</source>
        <extracomment>Desktop notification when many arrive at once.</extracomment>
        <translation>
            <numerusform>Soudan: 新しい通知 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>Soudan — %n unread notification(s)</source>
        <translation>
            <numerusform>Soudan — 未読の通知 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soudan</source>
        <translation>Soudan</translation>
    </message>
</context>
<context>
    <name>Soudan::Writing</name>
    <message>
        <location filename="../ui/writing.cpp" line="+36"/>
        <location line="+11"/>
        <source>Ask a Question</source>
        <translation>相談する</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Sign in to the board&apos;s server first (File › Server Account…). Then you can write, also offline.</source>
        <translation>先に掲示板のサーバーにサインインしてください（ファイル › サーバーアカウント…）。その後はオフラインでも書けます。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The question could not be saved: %1</source>
        <translation>相談を保存できませんでした: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Post</source>
        <translation>投稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+70"/>
        <source>This could not be saved: %1</source>
        <translation>保存できませんでした: %1</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Best Answer</source>
        <translation>ベストアンサー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the answer from %1 as the best answer? The thread is then resolved and takes no more answers.</source>
        <translation>%1さんの回答をベストアンサーに選びますか？ 相談は解決済になり、回答の受付を終了します。</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Edit Question</source>
        <translation>質問を編集</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>Edit Answer</source>
        <translation>回答を編集</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <source>Add a Supplement</source>
        <translation>補足を追加</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>A supplement (補足) is added under your question with its date: what you found out, what changed, how it ended. It cannot be edited later.</source>
        <translation>補足は日付付きで質問の下に追加されます。分かったこと、変わったこと、結果などを書いてください。後から編集はできません。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Withdraw Question</source>
        <translation>質問を取り消す</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Withdraw Answer</source>
        <translation>回答を取り消す</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withdraw your question? Others see that it was withdrawn, not what it said; you and the moderators still see its text in its history.</source>
        <translation>質問を取り消しますか？ 他の人には取り消されたことだけが表示され、内容は表示されません。あなたとモデレーターは編集履歴で内容を確認できます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdraw your answer? Others see that it was withdrawn, not what it said; you and the moderators still see its text in its history.</source>
        <translation>回答を取り消しますか？ 他の人には取り消されたことだけが表示され、内容は表示されません。あなたとモデレーターは編集履歴で内容を確認できます。</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+5"/>
        <source>Close the Question</source>
        <translation>質問を締め切る</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Close your question without choosing a best answer (締め切り)? It takes no more answers; you can still add a supplement.</source>
        <translation>ベストアンサーを選ばずに質問を締め切りますか？ 以後は回答を受け付けませんが、補足は追加できます。</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+3"/>
        <source>Appeal</source>
        <translation>異議申し立て</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Tell the moderators why this post keeps to the board&apos;s rules. They look at the decision again; you can appeal each decision once.</source>
        <translation>この投稿が掲示板のルールに沿っている理由をモデレーターに伝えてください。判断が見直されます。異議申し立ては1つの判断につき1回までです。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reported: the post is in the moderation window after the next sync.</source>
        <translation>報告しました。次の同期のあと、この投稿はモデレーション画面に表示されます。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Thank you: the report goes to the moderators.</source>
        <translation>ありがとうございます。報告はモデレーターに届きます。</translation>
    </message>
</context>
</TS>
