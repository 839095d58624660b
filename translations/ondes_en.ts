<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ondes::AddShowDialog</name>
    <message numerus="yes">
        <source>%n show(s) found: Down to choose, Enter to subscribe, Space to preview.</source>
        <translation>
            <numerusform>%n show found: Down to choose, Enter to subscribe, Space to preview.</numerusform>
            <numerusform>%n shows found: Down to choose, Enter to subscribe, Space to preview.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ondes::DesktopNotifier</name>
    <message numerus="yes">
        <source>and %n other show(s)</source>
        <translation>
            <numerusform>and %n other show</numerusform>
            <numerusform>and %n other shows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new episode(s)</source>
        <translation>
            <numerusform>%n new episode</numerusform>
            <numerusform>%n new episodes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ondes::DirectoryResultDelegate</name>
    <message numerus="yes">
        <source>%n episode(s)</source>
        <translation>
            <numerusform>%n episode</numerusform>
            <numerusform>%n episodes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ondes::DiscoverDialog</name>
    <message numerus="yes">
        <source>%n show(s): Up and Down to choose, Enter to subscribe, Space to preview.</source>
        <translation>
            <numerusform>%n show: Up and Down to choose, Enter to subscribe, Space to preview.</numerusform>
            <numerusform>%n shows: Up and Down to choose, Enter to subscribe, Space to preview.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ondes::DownloadManager</name>
    <message numerus="yes">
        <source>Cannot queue %n download(s): the library could not be written.</source>
        <translation>
            <numerusform>Cannot queue %n download: the library could not be written.</numerusform>
            <numerusform>Cannot queue %n downloads: the library could not be written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be moved and stay where they were: %1</source>
        <translation>
            <numerusform>%n file could not be moved and stays where it was: %1</numerusform>
            <numerusform>%n files could not be moved and stay where they were: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ondes::EpisodeActions</name>
    <message numerus="yes">
        <source>%n episode(s) added to the queue.</source>
        <translation>
            <numerusform>%n episode added to the queue.</numerusform>
            <numerusform>%n episodes added to the queue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n episode(s) removed from the queue.</source>
        <translation>
            <numerusform>%n episode removed from the queue.</numerusform>
            <numerusform>%n episodes removed from the queue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n episode(s) marked played.</source>
        <translation>
            <numerusform>%n episode marked played.</numerusform>
            <numerusform>%n episodes marked played.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n episode(s) marked unplayed.</source>
        <translation>
            <numerusform>%n episode marked unplayed.</numerusform>
            <numerusform>%n episodes marked unplayed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n episode(s) could not be queued for download: %1</source>
        <translation>
            <numerusform>%n episode could not be queued for download: %1</numerusform>
            <numerusform>%n episodes could not be queued for download: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n download(s) could not be deleted: %1</source>
        <translation>
            <numerusform>%n download could not be deleted: %1</numerusform>
            <numerusform>%n downloads could not be deleted: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n episode(s) already in the queue; nothing was added.</source>
        <translation>
            <numerusform>%n episode was already in the queue; nothing was added.</numerusform>
            <numerusform>%n episodes were already in the queue; nothing was added.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ondes::LibraryActions</name>
    <message numerus="yes">
        <source>Imported %n show(s).</source>
        <translation>
            <numerusform>Imported %n show.</numerusform>
            <numerusform>Imported %n shows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n show(s).</source>
        <translation>
            <numerusform>Exported %n show.</numerusform>
            <numerusform>Exported %n shows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n show(s) could not be refreshed; their episodes are kept.</source>
        <translation>
            <numerusform>%n show could not be refreshed; its episodes are kept.</numerusform>
            <numerusform>%n shows could not be refreshed; their episodes are kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ondes::PeopleListModel</name>
    <message numerus="yes">
        <source>%1, %n episode(s)</source>
        <translation>
            <numerusform>%1, %n episode</numerusform>
            <numerusform>%1, %n episodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n episode(s)</source>
        <translation>
            <numerusform>%n episode</numerusform>
            <numerusform>%n episodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n show(s)</source>
        <translation>
            <numerusform>%n show</numerusform>
            <numerusform>%n shows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ondes::PersonMomentsView</name>
    <message numerus="yes">
        <source>%1, at %2 for %n second(s): %3</source>
        <translation>
            <numerusform>%1, at %2 for %n second: %3</numerusform>
            <numerusform>%1, at %2 for %n seconds: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n moment(s)</source>
        <translation>
            <numerusform>%1, %n moment</numerusform>
            <numerusform>%1, %n moments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ondes::PersonSearchDialog</name>
    <message numerus="yes">
        <source>%n episode(s) with %1. Enter previews the show.</source>
        <translation>
            <numerusform>%n episode with %1. Enter previews the show.</numerusform>
            <numerusform>%n episodes with %1. Enter previews the show.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ondes::RefreshFailures</name>
    <message numerus="yes">
        <source> and %n other(s)</source>
        <translation>
            <numerusform> and %n other</numerusform>
            <numerusform> and %n others</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n show(s) could not be refreshed, their episodes are kept: %1.</source>
        <translation>
            <numerusform>%n show could not be refreshed, its episodes are kept: %1.</numerusform>
            <numerusform>%n shows could not be refreshed, their episodes are kept: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ondes::ShowListModel</name>
    <message numerus="yes">
        <source>%1: %n episode(s)</source>
        <translation>
            <numerusform>%1: %n episode</numerusform>
            <numerusform>%1: %n episodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n unplayed</source>
        <translation>
            <numerusform>%1 — %n unplayed</numerusform>
            <numerusform>%1 — %n unplayed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ondes::ShowMenu</name>
    <message numerus="yes">
        <source>Keep the Latest %n Downloaded</source>
        <translation>
            <numerusform>Keep the Latest %n Downloaded</numerusform>
            <numerusform>Keep the Latest %n Downloaded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ondes::ShowPreviewDialog</name>
    <message numerus="yes">
        <source>%n episode(s). Nothing is stored until you subscribe.</source>
        <translation>
            <numerusform>%n episode. Nothing is stored until you subscribe.</numerusform>
            <numerusform>%n episodes. Nothing is stored until you subscribe.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ondes::SleepTimerMenu</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ondes::Subscriber</name>
    <message numerus="yes">
        <source>Read %n page(s) of the show: %1</source>
        <translation>
            <numerusform>Read %n page of the show: %1</numerusform>
            <numerusform>Read %n pages of the show: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ondes::SyncActions</name>
    <message numerus="yes">
        <source>%n show(s) unsubscribed on another device were removed here.</source>
        <translation>
            <numerusform>%n show unsubscribed on another device was removed here.</numerusform>
            <numerusform>%n shows unsubscribed on another device were removed here.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ondes::SyncStatusText</name>
    <message numerus="yes">
        <source>Synced %n min ago</source>
        <translation>
            <numerusform>Synced %n min ago</numerusform>
            <numerusform>Synced %n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n show(s) added</source>
        <translation>
            <numerusform>%n show added</numerusform>
            <numerusform>%n shows added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n show(s) removed</source>
        <translation>
            <numerusform>%n show removed</numerusform>
            <numerusform>%n shows removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n position(s) updated</source>
        <translation>
            <numerusform>%n position updated</numerusform>
            <numerusform>%n positions updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n episode(s) marked played</source>
        <translation>
            <numerusform>%n episode marked played</numerusform>
            <numerusform>%n episodes marked played</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n episode(s) marked unplayed</source>
        <translation>
            <numerusform>%n episode marked unplayed</numerusform>
            <numerusform>%n episodes marked unplayed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) sent</source>
        <translation>
            <numerusform>%n change sent</numerusform>
            <numerusform>%n changes sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ondes::TranscriptFindBar</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ondes::VoiceShares</name>
    <message numerus="yes">
        <source>, %n turn(s)</source>
        <translation>
            <numerusform>, %n turn</numerusform>
            <numerusform>, %n turns</numerusform>
        </translation>
    </message>
</context>
</TS>
