<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>QObject</name>
    <message>
        <source>Ondes cannot start</source>
        <translation>Ondes ne peut pas démarrer</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1&#xa0;s</translation>
    </message>
</context>
<context>
    <name>ondes::AddShowDialog</name>
    <message>
        <source>Add a show</source>
        <translation>Ajouter une émission</translation>
    </message>
    <message>
        <source>&amp;Address of a podcast feed, or of the show&apos;s web page:</source>
        <translation>A&amp;dresse du flux d&apos;un podcast, ou de la page web de l&apos;émission&#xa0;:</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Show address</source>
        <translation>Adresse de l&apos;émission</translation>
    </message>
    <message>
        <source>Feeds offered by the page</source>
        <translation>Flux proposés par la page</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Type or paste the address of a show.</source>
        <translation>Saisissez ou collez l&apos;adresse d&apos;une émission.</translation>
    </message>
    <message>
        <source>This page offers several feeds. Choose one.</source>
        <translation>Cette page propose plusieurs flux. Choisissez-en un.</translation>
    </message>
</context>
<context>
    <name>ondes::ChapterFetcher</name>
    <message>
        <source>The chapters could not be saved.</source>
        <translation>Les chapitres n’ont pas pu être enregistrés.</translation>
    </message>
</context>
<context>
    <name>ondes::EpisodeDetailsView</name>
    <message>
        <source>Speakers</source>
        <translation>Intervenants</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>No episode selected</source>
        <translation>Aucun épisode sélectionné</translation>
    </message>
    <message>
        <source>Speakers: %1</source>
        <translation>Intervenants&#xa0;: %1</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Chapitres</translation>
    </message>
</context>
<context>
    <name>ondes::EpisodeListModel</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Émission</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
</context>
<context>
    <name>ondes::LibraryActions</name>
    <message>
        <source>&amp;Add Show…</source>
        <translation>&amp;Ajouter une émission…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>&amp;Import Subscriptions (OPML)…</source>
        <translation>&amp;Importer des abonnements (OPML)…</translation>
    </message>
    <message>
        <source>&amp;Export Subscriptions (OPML)…</source>
        <translation>&amp;Exporter les abonnements (OPML)…</translation>
    </message>
    <message>
        <source>Import subscriptions</source>
        <translation>Importer des abonnements</translation>
    </message>
    <message>
        <source>OPML files (*.opml *.xml);;All files (*)</source>
        <translation>Fichiers OPML (*.opml *.xml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export subscriptions</source>
        <translation>Exporter les abonnements</translation>
    </message>
    <message>
        <source>OPML files (*.opml)</source>
        <translation>Fichiers OPML (*.opml)</translation>
    </message>
    <message>
        <source>Refreshing: %1 of %2 shows</source>
        <translation>Actualisation&#xa0;: %1 émissions sur %2</translation>
    </message>
    <message>
        <source>All shows are up to date.</source>
        <translation>Toutes les émissions sont à jour.</translation>
    </message>
    <message numerus="yes">
        <source>%n show(s) could not be refreshed; their episodes are kept (see the show&apos;s tooltip).</source>
        <translation>
            <numerusform>%n émission n&apos;a pas pu être actualisée&#xa0;; ses épisodes sont conservés (voir l&apos;infobulle de l&apos;émission).</numerusform>
            <numerusform>%n émissions n&apos;ont pas pu être actualisées&#xa0;; leurs épisodes sont conservés (voir l&apos;infobulle de chaque émission).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>Impossible d&apos;importer %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n show(s).</source>
        <translation>
            <numerusform>%n émission importée.</numerusform>
            <numerusform>%n émissions importées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n show(s).</source>
        <translation>
            <numerusform>%n émission exportée.</numerusform>
            <numerusform>%n émissions exportées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ondes::MainWindow</name>
    <message>
        <source>Ondes</source>
        <translation>Ondes</translation>
    </message>
    <message>
        <source>Shows</source>
        <translation>Émissions</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>&amp;Shows</source>
        <translation>É&amp;missions</translation>
    </message>
    <message>
        <source>P&amp;eople</source>
        <translation>&amp;Personnes</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Épisodes</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Search titles, descriptions, shows and people</source>
        <translation>Rechercher dans les titres, descriptions, émissions et personnes</translation>
    </message>
    <message>
        <source>Up Next</source>
        <translation>À suivre</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>&amp;Lecture</translation>
    </message>
    <message>
        <source>Play/&amp;Pause</source>
        <translation>Lecture/&amp;Pause</translation>
    </message>
    <message>
        <source>Add to &amp;Queue</source>
        <translation>Ajouter à la &amp;file d&apos;attente</translation>
    </message>
    <message>
        <source>&amp;Next in Queue</source>
        <translation>Suiva&amp;nt dans la file d&apos;attente</translation>
    </message>
    <message>
        <source>P&amp;revious</source>
        <translation>Pré&amp;cédent</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Clear Search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>Previous &amp;Chapter</source>
        <translation>&amp;Chapitre précédent</translation>
    </message>
    <message>
        <source>Next C&amp;hapter</source>
        <translation>C&amp;hapitre suivant</translation>
    </message>
</context>
<context>
    <name>ondes::PeopleListModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n episode(s)</source>
        <translation>
            <numerusform>%1, %n épisode</numerusform>
            <numerusform>%1, %n épisodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n episode(s)</source>
        <translation>
            <numerusform>%n épisode</numerusform>
            <numerusform>%n épisodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n show(s)</source>
        <translation>
            <numerusform>%n émission</numerusform>
            <numerusform>%n émissions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ondes::Player</name>
    <message>
        <source>This episode is no longer in the library.</source>
        <translation>Cet épisode n&apos;est plus dans la bibliothèque.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no audio to play.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a aucun son à lire.</translation>
    </message>
    <message>
        <source>The episode cannot be played.</source>
        <translation>L&apos;épisode ne peut pas être lu.</translation>
    </message>
</context>
<context>
    <name>ondes::PlayerBar</name>
    <message>
        <source>Play or pause</source>
        <translation>Lecture ou pause</translation>
    </message>
    <message>
        <source>Play/pause (Space)</source>
        <translation>Lecture/Pause (Espace)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Position (skip with %1 and %2)</source>
        <translation>Position (sauts avec %1 et %2)</translation>
    </message>
    <message>
        <source>Elapsed and total time</source>
        <translation>Temps écoulé et durée totale</translation>
    </message>
    <message>
        <source>Remaining time</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Time left at the current speed</source>
        <translation>Temps restant à la vitesse actuelle</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Vitesse de lecture</translation>
    </message>
    <message>
        <source>Playback speed, kept for this show (slower: %1, faster: %2)</source>
        <translation>Vitesse de lecture, retenue pour cette émission (plus lent&#xa0;: %1, plus rapide&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Volume (down: %1, up: %2)</source>
        <translation>Volume (baisser&#xa0;: %1, augmenter&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Sleep timer</source>
        <translation>Minuterie de veille</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Minuterie</translation>
    </message>
    <message>
        <source>Skip &amp;Back</source>
        <translation>&amp;Reculer</translation>
    </message>
    <message>
        <source>Skip &amp;Forward</source>
        <translation>A&amp;vancer</translation>
    </message>
    <message>
        <source>&amp;Slower</source>
        <translation>Plus &amp;lent</translation>
    </message>
    <message>
        <source>F&amp;aster</source>
        <translation>Plus rap&amp;ide</translation>
    </message>
    <message>
        <source>Use This Speed for &amp;All Shows</source>
        <translation>Utiliser cette vitesse pour &amp;toutes les émissions</translation>
    </message>
    <message>
        <source>Volume &amp;Up</source>
        <translation>A&amp;ugmenter le volume</translation>
    </message>
    <message>
        <source>Volume &amp;Down</source>
        <translation>&amp;Baisser le volume</translation>
    </message>
    <message>
        <source>&amp;Mute</source>
        <translation>Couper le &amp;son</translation>
    </message>
    <message>
        <source>S&amp;leep Timer…</source>
        <translation>&amp;Minuterie de veille…</translation>
    </message>
    <message>
        <source>Skip &amp;Back %1</source>
        <translation>&amp;Reculer de %1</translation>
    </message>
    <message>
        <source>Skip &amp;Forward %1</source>
        <translation>A&amp;vancer de %1</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Nothing playing</source>
        <translation>Aucune lecture en cours</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>Sleep at end (%1)</source>
        <translation>Arrêt en fin d&apos;épisode (%1)</translation>
    </message>
    <message>
        <source>Sleep in %1</source>
        <translation>Arrêt dans %1</translation>
    </message>
    <message>
        <source>Chapter %1 of %2: %3</source>
        <translation>Chapitre %1 sur %2 : %3</translation>
    </message>
</context>
<context>
    <name>ondes::QueueView</name>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Vider</translation>
    </message>
    <message>
        <source>Up Next</source>
        <translation>À suivre</translation>
    </message>
    <message>
        <source>Up next</source>
        <translation>À suivre</translation>
    </message>
    <message>
        <source>Enter plays, Delete removes, Ctrl+Up and Ctrl+Down reorder</source>
        <translation>Entrée lit, Suppr retire, Ctrl+Haut et Ctrl+Bas changent l&apos;ordre</translation>
    </message>
    <message>
        <source>Remove from the queue</source>
        <translation>Retirer de la file d&apos;attente</translation>
    </message>
    <message>
        <source>Remove the episode from the queue (Delete)</source>
        <translation>Retirer l&apos;épisode de la file d&apos;attente (Suppr)</translation>
    </message>
    <message>
        <source>Clear the queue</source>
        <translation>Vider la file d&apos;attente</translation>
    </message>
    <message>
        <source>Remove every episode from the queue</source>
        <translation>Retirer tous les épisodes de la file d&apos;attente</translation>
    </message>
</context>
<context>
    <name>ondes::Refresher</name>
    <message>
        <source>%1 has no episode any more</source>
        <translation>%1 n&apos;a plus aucun épisode</translation>
    </message>
</context>
<context>
    <name>ondes::ShowListModel</name>
    <message numerus="yes">
        <source>%1 — %n unplayed</source>
        <translation>
            <numerusform>%1 — %n non écouté</numerusform>
            <numerusform>%1 — %n non écoutés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ondes::SleepInhibitor</name>
    <message>
        <source>Playing an episode</source>
        <translation>Lecture d&apos;un épisode en cours</translation>
    </message>
</context>
<context>
    <name>ondes::SleepTimerMenu</name>
    <message>
        <source>Sleep timer</source>
        <translation>Minuterie de veille</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>At the end of the episode</source>
        <translation>À la fin de l&apos;épisode</translation>
    </message>
</context>
<context>
    <name>ondes::Subscriber</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>Téléchargement de %1…</translation>
    </message>
    <message>
        <source>Cannot fetch %1: %2</source>
        <translation>Impossible de télécharger %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>%1 links to no podcast feed and has no episode to listen to.</source>
        <translation>%1 ne renvoie vers aucun flux de podcast et n&apos;a aucun épisode à écouter.</translation>
    </message>
    <message numerus="yes">
        <source>Read %n page(s) of the show: %1</source>
        <translation>
            <numerusform>%n page de l&apos;émission lue&#xa0;: %1</numerusform>
            <numerusform>%n pages de l&apos;émission lues&#xa0;: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ondes::WebShowWalker</name>
    <message>
        <source>stopped at %1: %2</source>
        <translation>arrêt à %1&#xa0;: %2</translation>
    </message>
</context>
</TS>
