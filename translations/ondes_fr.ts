<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AddShowFailure</name>
    <message>
        <source>“%1” is not a web address. Paste the address of a podcast feed or of the show's web page, such as https://example.org/feed.xml.</source>
        <translation>« %1 » n'est pas une adresse web. Collez l'adresse d'un flux de podcast ou de la page web de l'émission, par exemple https://example.org/feed.xml.</translation>
    </message>
    <message>
        <source>Ondes could not fetch “%1”: the server did not answer or refused. Check the address and your connection, then try again.</source>
        <translation>Ondes n'a pas pu récupérer « %1 » : le serveur n'a pas répondu ou a refusé. Vérifiez l'adresse et votre connexion, puis réessayez.</translation>
    </message>
    <message>
        <source>“%1” answered, but with something that is not a podcast feed Ondes can read. Try the address of the show's feed or of its web page.</source>
        <translation>« %1 » a répondu, mais par autre chose qu'un flux de podcast lisible par Ondes. Essayez l'adresse du flux de l'émission ou de sa page web.</translation>
    </message>
    <message>
        <source>The page “%1” links to no podcast feed and has no episode to listen to.</source>
        <translation>La page « %1 » ne mène à aucun flux de podcast et n'a aucun épisode à écouter.</translation>
    </message>
    <message>
        <source>“%1” was read, but Ondes could not save the show in its library.</source>
        <translation>« %1 » a été lu, mais Ondes n'a pas pu enregistrer l'émission dans sa bibliothèque.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The library %1 is read-only: Ondes needs to write to the file and to its folder. It was left untouched.</source>
        <translation>La bibliothèque %1 est en lecture seule : Ondes doit pouvoir écrire dans le fichier et dans son dossier. Elle n’a pas été modifiée.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Ondes cannot start</source>
        <translation>Ondes ne peut pas démarrer</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>SyncJson</name>
    <message>
        <source>The server's answer is not JSON: %1</source>
        <translation>La réponse du serveur n’est pas du JSON : %1</translation>
    </message>
    <message>
        <source>The server's answer is not what the sync protocol describes.</source>
        <translation>La réponse du serveur n’est pas celle que décrit le protocole de synchronisation.</translation>
    </message>
</context>
<context>
    <name>SyncServerPolicy</name>
    <message>
        <source>The sync server's address must start with https:// (for example https://gpodder.net).</source>
        <translation>L’adresse du serveur de synchronisation doit commencer par https:// (par exemple https://gpodder.net).</translation>
    </message>
    <message>
        <source>%1 uses plain HTTP: the password and what you listen to would travel unencrypted. Use https://, or allow plain HTTP for this server.</source>
        <translation>%1 utilise HTTP sans chiffrement : le mot de passe et ce que vous écoutez circuleraient en clair. Utilisez https://, ou autorisez HTTP pour ce serveur.</translation>
    </message>
</context>
<context>
    <name>ondes::AddShowDialog</name>
    <message>
        <source>Add a show</source>
        <translation>Ajouter une émission</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Show address</source>
        <translation>Adresse de l'émission</translation>
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
        <translation>Saisissez ou collez l'adresse d'une émission.</translation>
    </message>
    <message>
        <source>This page offers several feeds. Choose one.</source>
        <translation>Cette page propose plusieurs flux. Choisissez-en un.</translation>
    </message>
    <message>
        <source>A&amp;ddress of a podcast feed, or of the show's web page:</source>
        <translation>A&amp;dresse du flux d'un podcast, ou de la page web de l'émission :</translation>
    </message>
    <message>
        <source>De&amp;tails</source>
        <translation>Dé&amp;tails</translation>
    </message>
    <message>
        <source>Show the technical details</source>
        <translation>Afficher les détails techniques</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Détails techniques</translation>
    </message>
    <message>
        <source>Shows found in the directories</source>
        <translation>Émissions trouvées dans les annuaires</translation>
    </message>
    <message>
        <source>A show's name, or https://…</source>
        <translation>Le nom d’une émission, ou https://…</translation>
    </message>
    <message>
        <source>&amp;Name of a show, or the address of its feed or web page:</source>
        <translation>&amp;Nom d’une émission, ou adresse de son flux ou de sa page web :</translation>
    </message>
    <message>
        <source>No directory is switched on (Settings ▸ Discovery).</source>
        <translation>Aucun annuaire n’est activé (Paramètres ▸ Découverte).</translation>
    </message>
    <message>
        <source>Searching the directories for “%1”…</source>
        <translation>Recherche de « %1 » dans les annuaires…</translation>
    </message>
    <message>
        <source>No show found for “%1”.</source>
        <translation>Aucune émission trouvée pour « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>%n show(s) found: Down to choose, Enter to subscribe, Space to preview.</source>
        <translation>
            <numerusform>%n émission trouvée : Bas pour choisir, Entrée pour s’abonner, Espace pour un aperçu.</numerusform>
            <numerusform>%n émissions trouvées : Bas pour choisir, Entrée pour s’abonner, Espace pour un aperçu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ondes::AppleDirectory</name>
    <message>
        <source>no results list</source>
        <translation>pas de liste de résultats</translation>
    </message>
    <message>
        <source>no chart</source>
        <translation>pas de classement</translation>
    </message>
</context>
<context>
    <name>ondes::AudioTags</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1 : fichier introuvable</translation>
    </message>
    <message>
        <source>%1: the file is read-only</source>
        <translation>%1 : le fichier est en lecture seule</translation>
    </message>
    <message>
        <source>%1: not an audio format Ondes can tag</source>
        <translation>%1 : Ondes ne sait pas écrire les informations de ce format audio</translation>
    </message>
    <message>
        <source>%1: not a valid %2 file</source>
        <translation>%1 : ce n’est pas un fichier %2 valide</translation>
    </message>
    <message>
        <source>%1: TagLib could not save the file</source>
        <translation>%1 : TagLib n’a pas pu enregistrer le fichier</translation>
    </message>
    <message>
        <source>%1: the tagged file does not read back</source>
        <translation>%1 : le fichier ne se relit pas après l’écriture des informations</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: cannot make a working copy: %2</source>
        <translation>%1 : impossible d’en faire une copie de travail : %2</translation>
    </message>
    <message>
        <source>%1: cannot copy the file: %2</source>
        <translation>%1 : impossible de copier le fichier : %2</translation>
    </message>
    <message>
        <source>%1: cannot replace the file: %2</source>
        <translation>%1 : impossible de remplacer le fichier : %2</translation>
    </message>
    <message>
        <source>%1: TagLib could not save the tags</source>
        <translation>%1 : TagLib n’a pas pu enregistrer les informations</translation>
    </message>
    <message>
        <source>%1: not an audio format Ondes can read</source>
        <translation>%1 : Ondes ne sait pas lire ce format audio</translation>
    </message>
    <message>
        <source>%1: chapters cannot be written in %2 files</source>
        <translation>%1 : les chapitres ne peuvent pas être écrits dans les fichiers %2</translation>
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
    <name>ondes::ChaptersJson</name>
    <message>
        <source>the chapters file is larger than %1 bytes</source>
        <translation>le fichier des chapitres dépasse %1 octets</translation>
    </message>
    <message>
        <source>not JSON: %1 at offset %2</source>
        <translation>ce n’est pas du JSON : %1 à la position %2</translation>
    </message>
    <message>
        <source>not a chapters object</source>
        <translation>ce n’est pas un objet de chapitres</translation>
    </message>
    <message>
        <source>"version" is not a string</source>
        <translation>« version » n’est pas une chaîne</translation>
    </message>
    <message>
        <source>no "chapters" array</source>
        <translation>pas de tableau « chapters »</translation>
    </message>
    <message>
        <source>chapter %1: </source>
        <translation>chapitre %1 : </translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>ce n’est pas un objet</translation>
    </message>
    <message>
        <source>"startTime" is missing or not a number</source>
        <translation>« startTime » manque ou n’est pas un nombre</translation>
    </message>
    <message>
        <source>"startTime" is negative or not finite</source>
        <translation>« startTime » est négatif ou infini</translation>
    </message>
    <message>
        <source>"endTime" is not a valid time</source>
        <translation>« endTime » n’est pas une heure valide</translation>
    </message>
    <message>
        <source>"toc" is not true or false</source>
        <translation>« toc » ne vaut ni true ni false</translation>
    </message>
    <message>
        <source>"title", "img" or "url" is not a string</source>
        <translation>« title », « img » ou « url » n’est pas une chaîne</translation>
    </message>
</context>
<context>
    <name>ondes::Database</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot open the library %1: %2</source>
        <translation>Impossible d’ouvrir la bibliothèque %1 : %2</translation>
    </message>
    <message>
        <source>The library %1 is damaged or is not an Ondes library; it was left untouched.</source>
        <translation>La bibliothèque %1 est endommagée ou n’est pas une bibliothèque Ondes ; elle n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>Cannot use the library %1: %2</source>
        <translation>Impossible d’utiliser la bibliothèque %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1.</source>
        <translation>Impossible de lire la version du schéma de %1.</translation>
    </message>
    <message>
        <source>The library %1 was written by a newer version of Ondes (schema %2; this version knows up to %3). It was left untouched.</source>
        <translation>La bibliothèque %1 a été écrite par une version plus récente d’Ondes (schéma %2 ; cette version connaît jusqu’au %3). Elle n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>The library %1 is damaged; it was left untouched.</source>
        <translation>La bibliothèque %1 est endommagée ; elle n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>Cannot back up the library before upgrading it: %1</source>
        <translation>Impossible de sauvegarder la bibliothèque avant sa mise à jour : %1</translation>
    </message>
    <message>
        <source>Cannot start migration %1: %2</source>
        <translation>Impossible de commencer la migration %1 : %2</translation>
    </message>
    <message>
        <source>Migration %1 failed, the library was left as it was: %2</source>
        <translation>La migration %1 a échoué, la bibliothèque est restée telle quelle : %2</translation>
    </message>
    <message>
        <source>Migration %1 failed: %2</source>
        <translation>La migration %1 a échoué : %2</translation>
    </message>
</context>
<context>
    <name>ondes::DemoShow</name>
    <message>
        <source>Cannot create %1.</source>
        <translation>Impossible de créer %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>The demo show is missing from this build.</source>
        <translation>L’émission de démonstration manque dans cette version.</translation>
    </message>
    <message>
        <source>The demo show cannot be read: %1</source>
        <translation>L’émission de démonstration est illisible : %1</translation>
    </message>
</context>
<context>
    <name>ondes::DesktopNotifier</name>
    <message>
        <source>Downloaded</source>
        <translation>Téléchargé</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation>Échec du téléchargement</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n other show(s)</source>
        <translation>
            <numerusform>et %n autre émission</numerusform>
            <numerusform>et %n autres émissions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new episode(s)</source>
        <translation>
            <numerusform>%n nouvel épisode</numerusform>
            <numerusform>%n nouveaux épisodes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ondes::DirectoryCategories</name>
    <message>
        <source>Arts</source>
        <translation>Arts</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Affaires</translation>
    </message>
    <message>
        <source>Comedy</source>
        <translation>Humour</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Éducation</translation>
    </message>
    <message>
        <source>Fiction</source>
        <translation>Fiction</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Politique et administration</translation>
    </message>
    <message>
        <source>Health &amp; Fitness</source>
        <translation>Santé et forme</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histoire</translation>
    </message>
    <message>
        <source>Kids &amp; Family</source>
        <translation>Enfants et famille</translation>
    </message>
    <message>
        <source>Leisure</source>
        <translation>Loisirs</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>Musique</translation>
    </message>
    <message>
        <source>News</source>
        <translation>Actualités</translation>
    </message>
    <message>
        <source>Religion &amp; Spirituality</source>
        <translation>Religion et spiritualité</translation>
    </message>
    <message>
        <source>Science</source>
        <translation>Sciences</translation>
    </message>
    <message>
        <source>Society &amp; Culture</source>
        <translation>Société et culture</translation>
    </message>
    <message>
        <source>Sports</source>
        <translation>Sports</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Technologies</translation>
    </message>
    <message>
        <source>True Crime</source>
        <translation>Faits divers</translation>
    </message>
    <message>
        <source>TV &amp; Film</source>
        <translation>Télévision et cinéma</translation>
    </message>
</context>
<context>
    <name>ondes::DirectoryProvider</name>
    <message>
        <source>the answer is not JSON (%1 at byte %2)</source>
        <translation>la réponse n’est pas du JSON (%1 à l’octet %2)</translation>
    </message>
    <message>
        <source>%1 needs an API key and secret (Settings ▸ Discovery)</source>
        <translation>%1 demande une clé et un secret d’API (Paramètres ▸ Découverte)</translation>
    </message>
    <message>
        <source>%1 cannot answer this kind of question</source>
        <translation>%1 ne sait pas répondre à ce genre de question</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation>%1 est injoignable : %2</translation>
    </message>
    <message>
        <source>%1 answered with an error: %2</source>
        <translation>%1 a répondu par une erreur : %2</translation>
    </message>
    <message>
        <source>%1 sent an answer Ondes cannot read (%2)</source>
        <translation>%1 a envoyé une réponse qu’Ondes ne sait pas lire (%2)</translation>
    </message>
</context>
<context>
    <name>ondes::DirectoryResultDelegate</name>
    <message numerus="yes">
        <source>%n episode(s)</source>
        <translation>
            <numerusform>%n épisode</numerusform>
            <numerusform>%n épisodes</numerusform>
        </translation>
    </message>
    <message>
        <source>last %1</source>
        <translation>dernier le %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>via %1</translation>
    </message>
</context>
<context>
    <name>ondes::DiscoverDialog</name>
    <message>
        <source>&amp;Subscribe</source>
        <translation>&amp;S’abonner</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Aperçu…</translation>
    </message>
    <message>
        <source>Discover Shows</source>
        <translation>Découvrir des émissions</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Ca&amp;tégorie :</translation>
    </message>
    <message>
        <source>Apple Podcasts ranks shows by country, Podcast Index by language; gpodder.net's list is one for the whole world.</source>
        <translation>Apple Podcasts classe les émissions par pays, Podcast Index par langue ; la liste de gpodder.net vaut pour le monde entier.</translation>
    </message>
    <message>
        <source>Top shows</source>
        <translation>Émissions en tête</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Subscribed to “%1”.</source>
        <translation>Abonné à « %1 ».</translation>
    </message>
    <message>
        <source>The directories are asked once this window is open.</source>
        <translation>Les annuaires sont interrogés une fois cette fenêtre ouverte.</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>No directory with top shows is switched on (Settings ▸ Discovery).</source>
        <translation>Aucun annuaire d’émissions en tête n’est activé (Paramètres ▸ Découverte).</translation>
    </message>
    <message>
        <source>Asking the directories for their top shows…</source>
        <translation>Demande de leurs émissions en tête aux annuaires…</translation>
    </message>
    <message>
        <source>No show found in these charts.</source>
        <translation>Aucune émission dans ces classements.</translation>
    </message>
    <message numerus="yes">
        <source>%n show(s): Up and Down to choose, Enter to subscribe, Space to preview.</source>
        <translation>
            <numerusform>%n émission : Haut et Bas pour choisir, Entrée pour s’abonner, Espace pour un aperçu.</numerusform>
            <numerusform>%n émissions : Haut et Bas pour choisir, Entrée pour s’abonner, Espace pour un aperçu.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no list for this category: its top shows are under All categories.</source>
        <translation>%1 n’a pas de liste pour cette catégorie : ses émissions en tête sont sous Toutes les catégories.</translation>
    </message>
    <message>
        <source>Subscribing to “%1”…</source>
        <translation>Abonnement à « %1 »…</translation>
    </message>
</context>
<context>
    <name>ondes::DiscoverySettingsPage</name>
    <message>
        <source>Search &amp;Apple Podcasts</source>
        <translation>Chercher dans App&amp;le Podcasts</translation>
    </message>
    <message>
        <source>Search &amp;Podcast Index (needs a free key)</source>
        <translation>Chercher dans &amp;Podcast Index (clé gratuite nécessaire)</translation>
    </message>
    <message>
        <source>Search &amp;gpodder.net</source>
        <translation>Chercher dans &amp;gpodder.net</translation>
    </message>
    <message>
        <source>Search &amp;fyyd</source>
        <translation>Chercher dans &amp;fyyd</translation>
    </message>
    <message>
        <source>A directory sees the words you search for. Directories are asked only when you search or preview, and only those ticked here.</source>
        <translation>Un annuaire voit les mots que vous cherchez. Les annuaires ne sont interrogés que lorsque vous cherchez ou demandez un aperçu, et seulement ceux cochés ici.</translation>
    </message>
    <message>
        <source>&amp;Country of top shows:</source>
        <translation>Pa&amp;ys des émissions en tête :</translation>
    </message>
    <message>
        <source>Podcast Index API &amp;key:</source>
        <translation>&amp;Clé d’API Podcast Index :</translation>
    </message>
    <message>
        <source>Podcast Index API &amp;secret:</source>
        <translation>&amp;Secret d’API Podcast Index :</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>The key and secret are kept in the system keyring (GNOME Keyring, KWallet or KeePassXC), never in the settings file. Without a keyring they can be kept in memory until Ondes quits: tick the box above.</source>
        <translation>La clé et le secret sont gardés dans le trousseau de clés du système (GNOME Keyring, KWallet ou KeePassXC), jamais dans le fichier des paramètres. Sans trousseau, ils peuvent être gardés en mémoire jusqu’à ce qu’Ondes se ferme : cochez la case ci-dessus.</translation>
    </message>
    <message>
        <source>Discovery</source>
        <translation>Découverte</translation>
    </message>
    <message>
        <source>The country is two letters, such as fr or us (or empty for the system's).</source>
        <translation>Le pays s’écrit en deux lettres, comme fr ou us (ou vide pour celui du système).</translation>
    </message>
    <message>
        <source>Podcast Index needs both the key and the secret.</source>
        <translation>Podcast Index demande la clé et le secret.</translation>
    </message>
    <message>
        <source>The key is kept for this session only.</source>
        <translation>La clé est gardée pour cette session seulement.</translation>
    </message>
    <message>
        <source>There is no keyring to keep the key in: %1 Tick “Keep the key for this session only” to use it until Ondes quits.</source>
        <translation>Il n’y a pas de trousseau de clés où garder la clé : %1 Cochez « Garder la clé pour cette session seulement » pour l’utiliser jusqu’à ce qu’Ondes se ferme.</translation>
    </message>
    <message>
        <source>The keyring did not keep the key: %1</source>
        <translation>Le trousseau de clés n’a pas gardé la clé : %1</translation>
    </message>
    <message>
        <source>The key is kept in the system keyring.</source>
        <translation>La clé est gardée dans le trousseau de clés du système.</translation>
    </message>
    <message>
        <source>Keep the key for this session &amp;only</source>
        <translation>Garder la clé pour cette session seule&amp;ment</translation>
    </message>
    <message>
        <source>Podcast Index key %1 is kept for this session only.</source>
        <translation>La clé Podcast Index %1 est gardée pour cette session seulement.</translation>
    </message>
    <message>
        <source>Podcast Index key %1 and its secret are kept in the system keyring.</source>
        <translation>La clé Podcast Index %1 et son secret sont gardés dans le trousseau de clés du système.</translation>
    </message>
</context>
<context>
    <name>ondes::DocumentImporter</name>
    <message>
        <source>%1 is not a podcast feed: %2</source>
        <translation>%1 n’est pas un flux de podcast : %2</translation>
    </message>
    <message>
        <source>%1 is a web page, not a podcast feed</source>
        <translation>%1 est une page web, pas un flux de podcast</translation>
    </message>
    <message>
        <source>%1 is a web page larger than %2 MB</source>
        <translation>%1 est une page web de plus de %2 Mo</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
</context>
<context>
    <name>ondes::DownloadActions</name>
    <message>
        <source>Downloads</source>
        <translation>Téléchargements</translation>
    </message>
</context>
<context>
    <name>ondes::DownloadAdmission</name>
    <message>
        <source>There is no episode %1.</source>
        <translation>Il n’y a pas d’épisode %1.</translation>
    </message>
    <message>
        <source>“%1” is a file on this computer already.</source>
        <translation>« %1 » est déjà un fichier de cet ordinateur.</translation>
    </message>
    <message>
        <source>“%1” is downloaded already.</source>
        <translation>« %1 » est déjà téléchargé.</translation>
    </message>
    <message>
        <source>“%1” has no audio to download.</source>
        <translation>« %1 » n’a pas d’audio à télécharger.</translation>
    </message>
    <message>
        <source>Cannot download “%1”: %2</source>
        <translation>Impossible de télécharger « %1 » : %2</translation>
    </message>
    <message>
        <source>Cannot queue “%1”: the library could not be written.</source>
        <translation>Impossible de mettre « %1 » en file : la bibliothèque n’a pas pu être écrite.</translation>
    </message>
</context>
<context>
    <name>ondes::DownloadFileName</name>
    <message>
        <source>Episode</source>
        <translation>Épisode</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Émission</translation>
    </message>
</context>
<context>
    <name>ondes::DownloadListModel</name>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 h %2 min left</source>
        <translation>encore %1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s left</source>
        <translation>encore %1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>encore %1 s</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>ondes::DownloadManager</name>
    <message>
        <source>“%1” is not a download: Ondes does not delete it.</source>
        <translation>« %1 » n’est pas un téléchargement : Ondes ne le supprime pas.</translation>
    </message>
    <message>
        <source>Cannot delete %1.</source>
        <translation>Impossible de supprimer %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be moved and stay where they were: %1</source>
        <translation>
            <numerusform>%n fichier n’a pas pu être déplacé et reste où il était : %1</numerusform>
            <numerusform>%n fichiers n’ont pas pu être déplacés et restent où ils étaient : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cannot queue %n download(s): the library could not be written.</source>
        <translation>
            <numerusform>Impossible de mettre %n téléchargement en file : la bibliothèque n’a pas pu être écrite.</numerusform>
            <numerusform>Impossible de mettre %n téléchargements en file : la bibliothèque n’a pas pu être écrite.</numerusform>
        </translation>
    </message>
    <message>
        <source>The library could not be written.</source>
        <translation>La bibliothèque n’a pas pu être écrite.</translation>
    </message>
</context>
<context>
    <name>ondes::DownloadSettingsPage</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Write the episode's details into downloaded files</source>
        <translation>&amp;Écrire les informations de l’épisode dans les fichiers téléchargés</translation>
    </message>
    <message>
        <source>Choose the download folder</source>
        <translation>Choisir le dossier des téléchargements</translation>
    </message>
    <message>
        <source>Write the episode's details into downloaded files</source>
        <translation>Écrire les informations de l’épisode dans les fichiers téléchargés</translation>
    </message>
    <message>
        <source>Title, show, year, speakers, description and cover, as tags that music players and file managers show.</source>
        <translation>Titre, émission, année, intervenants, description et pochette, sous forme d’étiquettes que les lecteurs de musique et les gestionnaires de fichiers affichent.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Download &amp;folder:</source>
        <translation>&amp;Dossier des téléchargements :</translation>
    </message>
    <message>
        <source>Download folder</source>
        <translation>Dossier des téléchargements</translation>
    </message>
    <message>
        <source>&amp;Parallel downloads:</source>
        <translation>Téléchargements &amp;simultanés :</translation>
    </message>
    <message>
        <source>&amp;Delete played downloads after:</source>
        <translation>S&amp;upprimer les téléchargements lus après :</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Téléchargements</translation>
    </message>
    <message>
        <source>Choose a folder for the downloads.</source>
        <translation>Choisissez un dossier pour les téléchargements.</translation>
    </message>
    <message>
        <source>The download folder must be a full path, such as %1.</source>
        <translation>Le dossier des téléchargements doit être un chemin complet, par exemple %1.</translation>
    </message>
    <message>
        <source>“%1” is a file, not a folder.</source>
        <translation>« %1 » est un fichier, pas un dossier.</translation>
    </message>
</context>
<context>
    <name>ondes::DownloadTransfer</name>
    <message>
        <source>no file to download to</source>
        <translation>aucun fichier où télécharger</translation>
    </message>
    <message>
        <source>%1 keeps sending a byte range that does not continue the file</source>
        <translation>%1 envoie sans cesse une plage d’octets qui ne prolonge pas le fichier</translation>
    </message>
    <message>
        <source>the connection to %1 broke off after %2 of %3 bytes</source>
        <translation>la connexion à %1 s’est interrompue après %2 octets sur %3</translation>
    </message>
    <message>
        <source>the connection to %1 broke off after %2 bytes</source>
        <translation>la connexion à %1 s’est interrompue après %2 octets</translation>
    </message>
    <message>
        <source>%1 sent more bytes than announced</source>
        <translation>%1 a envoyé plus d’octets qu’annoncé</translation>
    </message>
</context>
<context>
    <name>ondes::DownloadsView</name>
    <message>
        <source>No downloads.</source>
        <translation>Aucun téléchargement.</translation>
    </message>
    <message>
        <source>Pause &amp;all</source>
        <translation>Tout mettre en pa&amp;use</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Téléchargements</translation>
    </message>
    <message>
        <source>Space pauses or resumes, Delete cancels</source>
        <translation>Espace met en pause ou reprend, Suppr annule</translation>
    </message>
    <message>
        <source>Pause or resume the download</source>
        <translation>Mettre en pause ou reprendre le téléchargement</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>Annuler le téléchargement</translation>
    </message>
    <message>
        <source>Stop the download and delete what was received (Delete)</source>
        <translation>Arrêter le téléchargement et supprimer ce qui a été reçu (Suppr)</translation>
    </message>
    <message>
        <source>Pause all downloads</source>
        <translation>Mettre en pause tous les téléchargements</translation>
    </message>
    <message>
        <source>Resume all downloads</source>
        <translation>Reprendre tous les téléchargements</translation>
    </message>
    <message>
        <source>Pa&amp;use</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Resume all</source>
        <translation>T&amp;out reprendre</translation>
    </message>
    <message>
        <source>Retr&amp;y</source>
        <translation>Rela&amp;ncer</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>Re&amp;prendre</translation>
    </message>
</context>
<context>
    <name>ondes::EpisodeActions</name>
    <message>
        <source>&amp;Play Episode</source>
        <translation>&amp;Lire l’épisode</translation>
    </message>
    <message>
        <source>Add to &amp;Queue</source>
        <translation>Ajouter à la &amp;file d’attente</translation>
    </message>
    <message>
        <source>&amp;Remove from Queue</source>
        <translation>&amp;Retirer de la file d’attente</translation>
    </message>
    <message>
        <source>&amp;Mark Played/Unplayed</source>
        <translation>&amp;Marquer lu/non lu</translation>
    </message>
    <message>
        <source>Mark as Pla&amp;yed</source>
        <translation>Marquer comme l&amp;u</translation>
    </message>
    <message>
        <source>Mark as &amp;Unplayed</source>
        <translation>Marquer comme &amp;non lu</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Télécharger</translation>
    </message>
    <message>
        <source>D&amp;elete Download</source>
        <translation>&amp;Supprimer le téléchargement</translation>
    </message>
    <message>
        <source>Could not download “%1”: %2</source>
        <translation>Impossible de télécharger « %1 » : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n episode(s) added to the queue.</source>
        <translation>
            <numerusform>%n épisode ajouté à la file d’attente.</numerusform>
            <numerusform>%n épisodes ajoutés à la file d’attente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n episode(s) removed from the queue.</source>
        <translation>
            <numerusform>%n épisode retiré de la file d’attente.</numerusform>
            <numerusform>%n épisodes retirés de la file d’attente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n episode(s) marked played.</source>
        <translation>
            <numerusform>%n épisode marqué comme lu.</numerusform>
            <numerusform>%n épisodes marqués comme lus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n episode(s) marked unplayed.</source>
        <translation>
            <numerusform>%n épisode marqué comme non lu.</numerusform>
            <numerusform>%n épisodes marqués comme non lus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n episode(s) could not be queued for download: %1</source>
        <translation>
            <numerusform>%n épisode n’a pas pu être mis en file de téléchargement : %1</numerusform>
            <numerusform>%n épisodes n’ont pas pu être mis en file de téléchargement : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n download(s) could not be deleted: %1</source>
        <translation>
            <numerusform>%n téléchargement n’a pas pu être supprimé : %1</numerusform>
            <numerusform>%n téléchargements n’ont pas pu être supprimés : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n episode(s) already in the queue; nothing was added.</source>
        <translation>
            <numerusform>%n épisode était déjà dans la file d’attente ; rien n’a été ajouté.</numerusform>
            <numerusform>%n épisodes étaient déjà dans la file d’attente ; rien n’a été ajouté.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ondes::EpisodeActionsBar</name>
    <message>
        <source>&amp;Listen</source>
        <translation>É&amp;couter</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Télécharger</translation>
    </message>
    <message>
        <source>Add to &amp;queue</source>
        <translation>A&amp;jouter à la file</translation>
    </message>
    <message>
        <source>&amp;Mark played</source>
        <translation>&amp;Marquer comme écouté</translation>
    </message>
    <message>
        <source>Listen to the episode</source>
        <translation>Écouter l’épisode</translation>
    </message>
    <message>
        <source>Download the episode</source>
        <translation>Télécharger l’épisode</translation>
    </message>
    <message>
        <source>Add the episode to the queue</source>
        <translation>Ajouter l’épisode à la file</translation>
    </message>
    <message>
        <source>Mark the episode played</source>
        <translation>Marquer l’épisode comme écouté</translation>
    </message>
    <message>
        <source>Previous and next episode</source>
        <translation>Épisodes précédent et suivant</translation>
    </message>
    <message>
        <source>&amp;Mark unplayed</source>
        <translation>&amp;Marquer comme non écouté</translation>
    </message>
    <message>
        <source>Mark the episode unplayed</source>
        <translation>Marquer l’épisode comme non écouté</translation>
    </message>
    <message>
        <source>In the queue</source>
        <translation>Dans la file</translation>
    </message>
    <message>
        <source>Cancel download (%1 %)</source>
        <translation>Annuler le téléchargement (%1 %)</translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation>Annuler le téléchargement</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>Annuler le téléchargement</translation>
    </message>
    <message>
        <source>Retry &amp;download</source>
        <translation>Réessayer le &amp;téléchargement</translation>
    </message>
    <message>
        <source>Retry the download</source>
        <translation>Réessayer le téléchargement</translation>
    </message>
    <message>
        <source>&amp;Delete download</source>
        <translation>Supprimer le &amp;téléchargement</translation>
    </message>
    <message>
        <source>Delete the downloaded file</source>
        <translation>Supprimer le fichier téléchargé</translation>
    </message>
    <message>
        <source>← Previous: %1</source>
        <translation>← Précédent : %1</translation>
    </message>
    <message>
        <source>Next: %1 →</source>
        <translation>Suivant : %1 →</translation>
    </message>
    <message>
        <source>The episode is in the queue</source>
        <translation>L’épisode est dans la file</translation>
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
        <translation>Intervenants : %1</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Chapitres</translation>
    </message>
    <message>
        <source>(yours)</source>
        <translation>(selon vous)</translation>
    </message>
    <message>
        <source>(guessed)</source>
        <translation>(d’après le texte)</translation>
    </message>
    <message>
        <source>(the show's host)</source>
        <translation>(présente l’émission)</translation>
    </message>
    <message>
        <source>Add a speaker…</source>
        <translation>Ajouter un intervenant…</translation>
    </message>
    <message>
        <source>Edit speakers…</source>
        <translation>Modifier les intervenants…</translation>
    </message>
    <message>
        <source>No speakers found.</source>
        <translation>Aucun intervenant trouvé.</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Générique</translation>
    </message>
    <message>
        <source>Who speaks how much</source>
        <translation>Qui parle combien</translation>
    </message>
    <message>
        <source>Who speaks how much: %1</source>
        <translation>Qui parle combien : %1</translation>
    </message>
    <message>
        <source>(heard in the transcript)</source>
        <translation>(entendu dans la transcription)</translation>
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
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>In progress (%1%)</source>
        <translation>En cours (%1 %)</translation>
    </message>
    <message>
        <source>Played</source>
        <translation>Lu</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Téléchargé</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Téléchargement en cours</translation>
    </message>
    <message>
        <source>Download paused</source>
        <translation>Téléchargement en pause</translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation>Échec du téléchargement</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Dans la file d’attente</translation>
    </message>
    <message>
        <source>Not played</source>
        <translation>Non lu</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Now playing</source>
        <translation>En cours de lecture</translation>
    </message>
    <message>
        <source>Now playing, paused</source>
        <translation>En cours de lecture, en pause</translation>
    </message>
    <message>
        <source>%1, said at %2: “%3”</source>
        <translation>%1, dit à %2 : « %3 »</translation>
    </message>
</context>
<context>
    <name>ondes::EpisodeListPlaceholder</name>
    <message>
        <source>No episode matches the search.</source>
        <translation>Aucun épisode ne correspond à la recherche.</translation>
    </message>
    <message>
        <source>Nobody is named in these episodes any more.</source>
        <translation>Plus personne n’est nommé dans ces épisodes.</translation>
    </message>
    <message>
        <source>Choose a person in the People list to see the episodes they speak in. People appear there when a show names who speaks in its episodes.</source>
        <translation>Choisissez une personne dans la liste Personnes pour voir les épisodes où elle parle. Les personnes y apparaissent quand une émission nomme qui parle dans ses épisodes.</translation>
    </message>
    <message>
        <source>There are no episodes yet.</source>
        <translation>Il n’y a pas encore d’épisode.</translation>
    </message>
    <message>
        <source>No new episodes: you have seen them all.</source>
        <translation>Aucun nouvel épisode : vous les avez tous vus.</translation>
    </message>
    <message>
        <source>No episode is in progress.</source>
        <translation>Aucun épisode n’est en cours.</translation>
    </message>
    <message>
        <source>No episode is downloaded.</source>
        <translation>Aucun épisode n’est téléchargé.</translation>
    </message>
    <message>
        <source>This show has no episodes yet.</source>
        <translation>Cette émission n’a pas encore d’épisode.</translation>
    </message>
    <message>
        <source>Choose a show to see its episodes.</source>
        <translation>Choisissez une émission pour voir ses épisodes.</translation>
    </message>
    <message>
        <source>To add a show, choose File ▸ Add Show… and give the address of its feed or of its web page.</source>
        <translation>Pour ajouter une émission, choisissez Fichier ▸ Ajouter une émission… et donnez l’adresse de son flux ou de sa page web.</translation>
    </message>
    <message>
        <source>To add a show, press %1 (File ▸ Add Show…) and give the address of its feed or of its web page.</source>
        <translation>Pour ajouter une émission, appuyez sur %1 (Fichier ▸ Ajouter une émission…) et donnez l’adresse de son flux ou de sa page web.</translation>
    </message>
</context>
<context>
    <name>ondes::EpisodeListView</name>
    <message>
        <source>Previous Episode in the List</source>
        <translation>Épisode précédent dans la liste</translation>
    </message>
    <message>
        <source>Next Episode in the List</source>
        <translation>Épisode suivant dans la liste</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Épisodes</translation>
    </message>
    <message>
        <source>Episode actions</source>
        <translation>Actions sur les épisodes</translation>
    </message>
</context>
<context>
    <name>ondes::EpisodeStart</name>
    <message>
        <source>This episode is no longer in the library.</source>
        <translation>Cet épisode n'est plus dans la bibliothèque.</translation>
    </message>
    <message>
        <source>"%1" has no audio to play.</source>
        <translation>« %1 » n'a aucun son à lire.</translation>
    </message>
    <message>
        <source>"%1" names its audio with an address Ondes does not open (%2): only http and https are played from a feed.</source>
        <translation>« %1 » désigne son audio par une adresse qu’Ondes n’ouvre pas (%2) : seules les adresses http et https d’un flux sont lues.</translation>
    </message>
    <message>
        <source>"%1" has no address Ondes can stream (only http and https).</source>
        <translation>« %1 » n’a pas d’adresse qu’Ondes puisse lire en flux (seulement http et https).</translation>
    </message>
</context>
<context>
    <name>ondes::EpisodeTagger</name>
    <message>
        <source>cannot write the tags</source>
        <translation>impossible d’écrire les informations dans le fichier</translation>
    </message>
</context>
<context>
    <name>ondes::FeedAddress</name>
    <message>
        <source>no address given</source>
        <translation>aucune adresse indiquée</translation>
    </message>
    <message>
        <source>%1 addresses are not supported (only http and https)</source>
        <translation>les adresses %1 ne sont pas prises en charge (seulement http et https)</translation>
    </message>
    <message>
        <source>%1 is not a web address</source>
        <translation>%1 n’est pas une adresse web</translation>
    </message>
</context>
<context>
    <name>ondes::FeedMerger</name>
    <message>
        <source>Cannot prepare the library</source>
        <translation>Impossible de préparer la bibliothèque</translation>
    </message>
    <message>
        <source>Cannot write to the library: </source>
        <translation>Impossible d’écrire dans la bibliothèque : </translation>
    </message>
    <message>
        <source>Cannot read the show</source>
        <translation>Impossible de lire l’émission</translation>
    </message>
    <message>
        <source>Cannot save the chapters</source>
        <translation>Impossible d’enregistrer les chapitres</translation>
    </message>
    <message>
        <source>Cannot save the episode "%1"</source>
        <translation>Impossible d’enregistrer l’épisode « %1 »</translation>
    </message>
    <message>
        <source>Cannot save the show</source>
        <translation>Impossible d’enregistrer l’émission</translation>
    </message>
    <message>
        <source>Cannot index the episodes</source>
        <translation>Impossible d’indexer les épisodes</translation>
    </message>
    <message>
        <source>Cannot update the show</source>
        <translation>Impossible de mettre à jour l’émission</translation>
    </message>
    <message>
        <source>Cannot save the transcript links</source>
        <translation>Impossible d’enregistrer les liens des transcriptions</translation>
    </message>
</context>
<context>
    <name>ondes::FeedParser</name>
    <message>
        <source>not a feed: elements nested more than %1 deep</source>
        <translation>ce n’est pas un flux : des éléments sont imbriqués sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>not a feed: this is an HTML page</source>
        <translation>ce n’est pas un flux : c’est une page HTML</translation>
    </message>
    <message>
        <source>not a feed: unexpected root element &lt;%1&gt;</source>
        <translation>ce n’est pas un flux : élément racine &lt;%1&gt; inattendu</translation>
    </message>
    <message>
        <source>not a feed: entity expansion exceeds Ondes's limits</source>
        <translation>ce n’est pas un flux : le développement des entités dépasse les limites d’Ondes</translation>
    </message>
    <message>
        <source>not a feed: too many or too large entity declarations</source>
        <translation>ce n’est pas un flux : déclarations d’entités trop nombreuses ou trop grandes</translation>
    </message>
    <message>
        <source>not a feed: the document is truncated (it ends at line %1 with elements still open)</source>
        <translation>ce n’est pas un flux : le document est tronqué (il s’arrête à la ligne %1 avec des éléments encore ouverts)</translation>
    </message>
    <message>
        <source>not a feed: no XML document found</source>
        <translation>ce n’est pas un flux : aucun document XML trouvé</translation>
    </message>
    <message>
        <source>not a feed: XML error at line %1: %2</source>
        <translation>ce n’est pas un flux : erreur XML à la ligne %1 : %2</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
    <message>
        <source>the document is larger than the %1 MB Ondes accepts</source>
        <translation>le document dépasse les %1 Mo qu’Ondes accepte</translation>
    </message>
    <message>
        <source>the parser was already finished</source>
        <translation>l’analyse était déjà terminée</translation>
    </message>
    <message>
        <source>not a feed: the document is empty</source>
        <translation>ce n’est pas un flux : le document est vide</translation>
    </message>
    <message>
        <source>not a feed: no root element</source>
        <translation>ce n’est pas un flux : aucun élément racine</translation>
    </message>
</context>
<context>
    <name>ondes::FolderShows</name>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 n’est pas un dossier.</translation>
    </message>
    <message>
        <source>Cannot read the folder %1.</source>
        <translation>Impossible de lire le dossier %1.</translation>
    </message>
    <message>
        <source>The folder %1 is gone; its show keeps what it had.</source>
        <translation>Le dossier %1 a disparu ; son émission garde ce qu’elle avait.</translation>
    </message>
</context>
<context>
    <name>ondes::FyydDirectory</name>
    <message>
        <source>fyyd refused the request: %1</source>
        <translation>fyyd a refusé la requête : %1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sans raison donnée</translation>
    </message>
    <message>
        <source>no list of podcasts</source>
        <translation>pas de liste de podcasts</translation>
    </message>
</context>
<context>
    <name>ondes::GpodderDirectory</name>
    <message>
        <source>not a list</source>
        <translation>pas une liste</translation>
    </message>
</context>
<context>
    <name>ondes::HttpAttemptLoop</name>
    <message>
        <source>timed out: no data from %1 for %2 s</source>
        <translation>délai dépassé : aucune donnée de %1 depuis %2 s</translation>
    </message>
    <message>
        <source>secure connection to %1 failed: %2</source>
        <translation>échec de la connexion sécurisée à %1 : %2</translation>
    </message>
    <message>
        <source>redirect without a destination (HTTP %1)</source>
        <translation>redirection sans destination (HTTP %1)</translation>
    </message>
    <message>
        <source>redirected to an address that cannot be fetched: %1</source>
        <translation>redirigé vers une adresse impossible à récupérer : %1</translation>
    </message>
    <message>
        <source>redirect loop at %1</source>
        <translation>boucle de redirections à %1</translation>
    </message>
    <message>
        <source>too many redirects (more than %1)</source>
        <translation>trop de redirections (plus de %1)</translation>
    </message>
</context>
<context>
    <name>ondes::HttpErrorText</name>
    <message>
        <source>no address given</source>
        <translation>aucune adresse indiquée</translation>
    </message>
    <message>
        <source>not a valid address: %1</source>
        <translation>adresse non valide : %1</translation>
    </message>
    <message>
        <source>not a web address (it needs http:// or https://)</source>
        <translation>ce n’est pas une adresse web (il faut http:// ou https://)</translation>
    </message>
    <message>
        <source>unsupported address scheme "%1:" (only http and https)</source>
        <translation>schéma d’adresse « %1: » non pris en charge (seulement http et https)</translation>
    </message>
    <message>
        <source>the address has no host</source>
        <translation>l’adresse n’indique aucun hôte</translation>
    </message>
    <message>
        <source>bad request (HTTP %1)</source>
        <translation>requête incorrecte (HTTP %1)</translation>
    </message>
    <message>
        <source>authentication required (HTTP %1)</source>
        <translation>authentification requise (HTTP %1)</translation>
    </message>
    <message>
        <source>access denied (HTTP %1)</source>
        <translation>accès refusé (HTTP %1)</translation>
    </message>
    <message>
        <source>not found (HTTP %1)</source>
        <translation>introuvable (HTTP %1)</translation>
    </message>
    <message>
        <source>gone for good (HTTP %1)</source>
        <translation>supprimé définitivement (HTTP %1)</translation>
    </message>
    <message>
        <source>too many requests (HTTP %1)</source>
        <translation>trop de requêtes (HTTP %1)</translation>
    </message>
    <message>
        <source>server error (HTTP %1)</source>
        <translation>erreur du serveur (HTTP %1)</translation>
    </message>
    <message>
        <source>bad gateway (HTTP %1)</source>
        <translation>passerelle incorrecte (HTTP %1)</translation>
    </message>
    <message>
        <source>service unavailable (HTTP %1)</source>
        <translation>service indisponible (HTTP %1)</translation>
    </message>
    <message>
        <source>gateway timeout (HTTP %1)</source>
        <translation>délai dépassé à la passerelle (HTTP %1)</translation>
    </message>
    <message>
        <source>request refused (HTTP %1)</source>
        <translation>requête refusée (HTTP %1)</translation>
    </message>
    <message>
        <source>unexpected answer (HTTP %1)</source>
        <translation>réponse inattendue (HTTP %1)</translation>
    </message>
    <message>
        <source>connection refused by %1</source>
        <translation>connexion refusée par %1</translation>
    </message>
    <message>
        <source>host not found: %1</source>
        <translation>hôte introuvable : %1</translation>
    </message>
    <message>
        <source>%1 closed the connection</source>
        <translation>%1 a fermé la connexion</translation>
    </message>
    <message>
        <source>timed out waiting for %1</source>
        <translation>délai dépassé en attendant %1</translation>
    </message>
    <message>
        <source>secure connection to %1 failed</source>
        <translation>échec de la connexion sécurisée à %1</translation>
    </message>
    <message>
        <source>the network is unavailable</source>
        <translation>le réseau est indisponible</translation>
    </message>
    <message>
        <source>network error reaching %1</source>
        <translation>erreur réseau en joignant %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>ondes::HttpReply</name>
    <message>
        <source>the document is larger than %1</source>
        <translation>le document dépasse %1</translation>
    </message>
    <message>
        <source>the connection was closed before the end of the document</source>
        <translation>la connexion a été fermée avant la fin du document</translation>
    </message>
</context>
<context>
    <name>ondes::Id3Room</name>
    <message>
        <source>%1: cannot move the audio: %2</source>
        <translation>%1 : impossible de déplacer l’audio : %2</translation>
    </message>
    <message>
        <source>%1: not a valid MP3 file</source>
        <translation>%1 : ce n’est pas un fichier MP3 valide</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: no room for the tags</source>
        <translation>%1 : pas de place pour les informations</translation>
    </message>
    <message>
        <source>%1: the file ends inside its tag</source>
        <translation>%1 : le fichier s’arrête au milieu de ses informations</translation>
    </message>
    <message>
        <source>%1: the tags are too large</source>
        <translation>%1 : les informations sont trop grandes</translation>
    </message>
    <message>
        <source>%1: cannot write the tags: %2</source>
        <translation>%1 : impossible d’écrire les informations : %2</translation>
    </message>
    <message>
        <source>%1: cannot shorten the file: %2</source>
        <translation>%1 : impossible de raccourcir le fichier : %2</translation>
    </message>
</context>
<context>
    <name>ondes::JsonTranscript</name>
    <message>
        <source>not JSON: %1 at offset %2</source>
        <translation>ce n’est pas du JSON : %1 à la position %2</translation>
    </message>
    <message>
        <source>no "segments" array</source>
        <translation>pas de tableau « segments »</translation>
    </message>
</context>
<context>
    <name>ondes::KeyRecorder</name>
    <message>
        <source>Press Space or click, then press the new key</source>
        <translation>Appuyez sur Espace ou cliquez, puis sur la nouvelle touche</translation>
    </message>
    <message>
        <source>Press the new key (Escape cancels)…</source>
        <translation>Appuyez sur la nouvelle touche (Échap annule)…</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
</context>
<context>
    <name>ondes::KeyboardFocus</name>
    <message>
        <source>Open the Menu Bar</source>
        <translation>Ouvrir la barre de menus</translation>
    </message>
</context>
<context>
    <name>ondes::LanguageSettingsPage</name>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>The new language applies the next time Ondes starts.</source>
        <translation>La nouvelle langue s’applique au prochain démarrage d’Ondes.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
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
        <translation>Actualisation : %1 émissions sur %2</translation>
    </message>
    <message>
        <source>All shows are up to date.</source>
        <translation>Toutes les émissions sont à jour.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>Impossible d'importer %1 : %2</translation>
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
        <translation>Impossible d'écrire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n show(s).</source>
        <translation>
            <numerusform>%n émission exportée.</numerusform>
            <numerusform>%n émissions exportées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add &amp;Local Folder…</source>
        <translation>Ajouter un &amp;dossier local…</translation>
    </message>
    <message>
        <source>Add a folder of audio files as a show</source>
        <translation>Ajouter un dossier de fichiers audio comme émission</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n show(s) could not be refreshed; their episodes are kept.</source>
        <translation>
            <numerusform>%n émission n'a pas pu être actualisée ; ses épisodes sont conservés.</numerusform>
            <numerusform>%n émissions n'ont pas pu être actualisées ; leurs épisodes sont conservés.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Discover Shows…</source>
        <translation>Déco&amp;uvrir des émissions…</translation>
    </message>
</context>
<context>
    <name>ondes::LibrarySettingsPage</name>
    <message>
        <source>Refresh every show when Ondes &amp;starts</source>
        <translation>Actualiser toutes les émissions au &amp;démarrage d’Ondes</translation>
    </message>
    <message>
        <source>Refresh every show when Ondes starts</source>
        <translation>Actualiser toutes les émissions au démarrage d’Ondes</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Then refresh &amp;every:</source>
        <translation>Puis actualiser &amp;toutes les :</translation>
    </message>
    <message>
        <source>Refreshing runs in the background and asks each site only for what changed. F5 refreshes at any time.</source>
        <translation>L’actualisation se fait en arrière-plan et ne demande à chaque site que ce qui a changé. F5 actualise à tout moment.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
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
        <translation>Émi&amp;ssions</translation>
    </message>
    <message>
        <source>P&amp;eople</source>
        <translation>P&amp;ersonnes</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
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
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
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
        <source>Network status</source>
        <translation>État du réseau</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Ep&amp;isode</source>
        <translation>Ép&amp;isode</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Shows and people</source>
        <translation>Émissions et personnes</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcription</translation>
    </message>
    <message>
        <source>Search titles, descriptions, shows, people and what was said</source>
        <translation>Rechercher dans les titres, descriptions, émissions, personnes et ce qui a été dit</translation>
    </message>
    </context>
<context>
    <name>ondes::MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>Réessa&amp;yer</translation>
    </message>
</context>
<context>
    <name>ondes::NetworkStatus</name>
    <message>
        <source>the computer is not connected to a network</source>
        <translation>l’ordinateur n’est connecté à aucun réseau</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>ondes::Opml</name>
    <message>
        <source>out of memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
    <message>
        <source>unreadable document</source>
        <translation>document illisible</translation>
    </message>
    <message>
        <source> (line %1)</source>
        <translation> (ligne %1)</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The file is too large for a subscription list.</source>
        <translation>Le fichier est trop grand pour une liste d’abonnements.</translation>
    </message>
    <message>
        <source>Not a readable OPML file: %1</source>
        <translation>Ce n’est pas un fichier OPML lisible : %1</translation>
    </message>
    <message>
        <source>Not an OPML file: the document is &lt;%1&gt;.</source>
        <translation>Ce n’est pas un fichier OPML : le document est &lt;%1&gt;.</translation>
    </message>
</context>
<context>
    <name>ondes::PartFile</name>
    <message>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <source>cannot seek in %1</source>
        <translation>impossible de se positionner dans %1</translation>
    </message>
    <message>
        <source>cannot write %1: the file is not open</source>
        <translation>impossible d’écrire %1 : le fichier n’est pas ouvert</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>impossible d’écrire %1</translation>
    </message>
    <message>
        <source>cannot save %1</source>
        <translation>impossible d’enregistrer %1</translation>
    </message>
    <message>
        <source>cannot open %1</source>
        <translation>impossible d’ouvrir %1</translation>
    </message>
    <message>
        <source>cannot delete %1</source>
        <translation>impossible de supprimer %1</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2: %3</source>
        <translation>impossible de renommer %1 en %2 : %3</translation>
    </message>
    <message>
        <source>disk full while writing %1</source>
        <translation>disque plein pendant l’écriture de %1</translation>
    </message>
    <message>
        <source>permission denied: cannot write %1</source>
        <translation>permission refusée : impossible d’écrire %1</translation>
    </message>
    <message>
        <source>cannot write %1: the disk is read-only</source>
        <translation>impossible d’écrire %1 : le disque est en lecture seule</translation>
    </message>
</context>
<context>
    <name>ondes::PeopleActions</name>
    <message>
        <source>&amp;Merge People</source>
        <translation>&amp;Fusionner les personnes</translation>
    </message>
    <message>
        <source>&amp;Merge into “%1”</source>
        <translation>&amp;Fusionner dans « %1 »</translation>
    </message>
    <message>
        <source>Merge People</source>
        <translation>Fusionner des personnes</translation>
    </message>
    <message>
        <source>The people could not be merged: %1</source>
        <translation>Les personnes n’ont pas pu être fusionnées : %1</translation>
    </message>
    <message>
        <source>&amp;Find More with This Person…</source>
        <translation>&amp;Trouver d’autres épisodes avec cette personne…</translation>
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
    <name>ondes::PersonMomentsView</name>
    <message>
        <source>Moments they speak</source>
        <translation>Moments où la personne parle</translation>
    </message>
    <message>
        <source>When %1 speaks</source>
        <extracomment>The header of the list of moments a person speaks, in the People view.</extracomment>
        <translation>Quand %1 parle</translation>
    </message>
    <message>
        <source>Moments %1 speaks</source>
        <translation>Moments où %1 parle</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message numerus="yes">
        <source>%1, at %2 for %n second(s): %3</source>
        <translation>
            <numerusform>%1, à %2 pendant %n seconde : %3</numerusform>
            <numerusform>%1, à %2 pendant %n secondes : %3</numerusform>
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
    <name>ondes::PersonResolver</name>
    <message>
        <source>Cannot save the speaker %1: %2</source>
        <translation>Impossible d’enregistrer l’intervenant %1 : %2</translation>
    </message>
</context>
<context>
    <name>ondes::PersonSearchDialog</name>
    <message>
        <source>More with %1</source>
        <translation>D’autres épisodes avec %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Émission</translation>
    </message>
    <message>
        <source>Episode</source>
        <translation>Épisode</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Episodes with this person in other shows</source>
        <translation>Épisodes avec cette personne dans d’autres émissions</translation>
    </message>
    <message>
        <source>&amp;Preview Show…</source>
        <translation>&amp;Aperçu de l’émission…</translation>
    </message>
    <message>
        <source>Finding a person's other episodes needs Podcast Index: give its key in Settings ▸ Discovery.</source>
        <translation>Trouver les autres épisodes d’une personne demande Podcast Index : donnez sa clé dans Paramètres ▸ Découverte.</translation>
    </message>
    <message>
        <source>Asking Podcast Index for episodes with %1…</source>
        <translation>Recherche dans Podcast Index des épisodes avec %1…</translation>
    </message>
    <message>
        <source>Podcast Index knows no episode with %1.</source>
        <translation>Podcast Index ne connaît aucun épisode avec %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n episode(s) with %1. Enter previews the show.</source>
        <translation>
            <numerusform>%n épisode avec %1. Entrée affiche un aperçu de l’émission.</numerusform>
            <numerusform>%n épisodes avec %1. Entrée affiche un aperçu de l’émission.</numerusform>
        </translation>
    </message>
    <message>
        <source>Subscribing to %1…</source>
        <translation>Abonnement à %1…</translation>
    </message>
    <message>
        <source>P&amp;lay</source>
        <translation>&amp;Lire</translation>
    </message>
    <message>
        <source>Play the chosen episode without subscribing</source>
        <translation>Lire l’épisode choisi sans s’abonner</translation>
    </message>
    <message>
        <source>“%1” has no audio to play.</source>
        <translation>« %1 » n’a aucun son à lire.</translation>
    </message>
    <message>
        <source>Playing “%1”, streamed: nothing is stored.</source>
        <translation>Lecture de « %1 » en flux : rien n’est enregistré.</translation>
    </message>
</context>
<context>
    <name>ondes::PlaybackActions</name>
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
        <source>Use &amp;This Speed for All Shows</source>
        <translation>Utiliser cette vitesse pour &amp;toutes les émissions</translation>
    </message>
</context>
<context>
    <name>ondes::PlaybackMenu</name>
    <message>
        <source>Play/&amp;Pause</source>
        <translation>Lecture/&amp;Pause</translation>
    </message>
    <message>
        <source>Previous &amp;Chapter</source>
        <translation>&amp;Chapitre précédent</translation>
    </message>
    <message>
        <source>Next C&amp;hapter</source>
        <translation>C&amp;hapitre suivant</translation>
    </message>
    <message>
        <source>&amp;Next in Queue</source>
        <translation>Suiva&amp;nt dans la file d'attente</translation>
    </message>
    <message>
        <source>P&amp;revious</source>
        <translation>Précé&amp;dent</translation>
    </message>
</context>
<context>
    <name>ondes::PlaybackSettingsPage</name>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Play the next queued episode when one ends</source>
        <translation>&amp;Lire l’épisode suivant de la file d’attente à la fin de chaque épisode</translation>
    </message>
    <message>
        <source>Shows you have set a speed for keep theirs.</source>
        <translation>Les émissions pour lesquelles vous avez choisi une vitesse gardent la leur.</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Any pause</source>
        <translation>Toute pause</translation>
    </message>
    <message>
        <source>Play the next queued episode when one ends</source>
        <translation>Lire l’épisode suivant de la file d’attente à la fin de chaque épisode</translation>
    </message>
    <message>
        <source>Default &amp;speed:</source>
        <translation>&amp;Vitesse par défaut :</translation>
    </message>
    <message>
        <source>Skip &amp;back by:</source>
        <translation>&amp;Reculer de :</translation>
    </message>
    <message>
        <source>Skip &amp;forward by:</source>
        <translation>&amp;Avancer de :</translation>
    </message>
    <message>
        <source>Smart rewind after a pause of at &amp;least:</source>
        <translation>Retour en arrière a&amp;près une pause d’au moins :</translation>
    </message>
    <message>
        <source>Resuming after a long pause starts a little earlier, so that you find the thread again.</source>
        <translation>Après une longue pause, la lecture reprend un peu plus tôt, pour retrouver le fil.</translation>
    </message>
    <message>
        <source>Mark played when stopping &amp;within:</source>
        <translation>Marquer comme lu si l’arrêt a lieu à &amp;moins de :</translation>
    </message>
    <message>
        <source>Stopping this close to the end (at most the last tenth of the episode) marks it played.</source>
        <translation>S’arrêter aussi près de la fin (au plus le dernier dixième de l’épisode) le marque comme lu.</translation>
    </message>
    <message>
        <source>Playback</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Smart &amp;rewind by:</source>
        <translation>Revenir en arrière &amp;de :</translation>
    </message>
</context>
<context>
    <name>ondes::Player</name>
    <message>
        <source>The episode cannot be played.</source>
        <translation>L'épisode ne peut pas être lu.</translation>
    </message>
</context>
<context>
    <name>ondes::PlayerBar</name>
    <message>
        <source>Play or pause</source>
        <translation>Lecture ou pause</translation>
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
        <translation>Vitesse de lecture, retenue pour cette émission (plus lent : %1, plus rapide : %2)</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Volume (down: %1, up: %2)</source>
        <translation>Volume (baisser : %1, augmenter : %2)</translation>
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
        <translation>Arrêt en fin d'épisode (%1)</translation>
    </message>
    <message>
        <source>Sleep in %1</source>
        <translation>Arrêt dans %1</translation>
    </message>
    <message>
        <source>Chapter %1 of %2: %3</source>
        <translation>Chapitre %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>Buffering</source>
        <translation>Mise en mémoire tampon</translation>
    </message>
    <message>
        <source>Play/pause</source>
        <translation>Lecture/Pause</translation>
    </message>
    <message>
        <source>Play/pause (%1)</source>
        <translation>Lecture/Pause (%1)</translation>
    </message>
    <message>
        <source>Buffering… %1 %</source>
        <translation>Mise en mémoire tampon… %1 %</translation>
    </message>
    <message>
        <source>%1 at %2×</source>
        <translation>%1 à %2×</translation>
    </message>
</context>
<context>
    <name>ondes::PodcastIndexDirectory</name>
    <message>
        <source>not an object</source>
        <translation>pas un objet</translation>
    </message>
    <message>
        <source>Podcast Index refused the request: %1</source>
        <translation>Podcast Index a refusé la requête : %1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sans raison donnée</translation>
    </message>
</context>
<context>
    <name>ondes::PrivacySettingsPage</name>
    <message>
        <source>Load &amp;remote images in episode descriptions</source>
        <translation>Charger les images &amp;distantes dans les descriptions des épisodes</translation>
    </message>
    <message>
        <source>Load remote images in episode descriptions</source>
        <translation>Charger les images distantes dans les descriptions des épisodes</translation>
    </message>
    <message>
        <source>Images from other sites can tell them that you opened an episode, and when (tracking pixels). Off, a description shows only its text and links.</source>
        <translation>Les images venant d’autres sites peuvent leur indiquer que vous avez ouvert un épisode, et quand (pixels espions). Désactivé, une description n’affiche que son texte et ses liens.</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Vie privée</translation>
    </message>
</context>
<context>
    <name>ondes::QueueView</name>
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
        <translation>Entrée lit, Suppr retire, Ctrl+Haut et Ctrl+Bas changent l'ordre</translation>
    </message>
    <message>
        <source>Remove from the queue</source>
        <translation>Retirer de la file d'attente</translation>
    </message>
    <message>
        <source>Remove the episode from the queue (Delete)</source>
        <translation>Retirer l'épisode de la file d'attente (Suppr)</translation>
    </message>
    <message>
        <source>Clear the queue</source>
        <translation>Vider la file d'attente</translation>
    </message>
    <message>
        <source>Remove every episode from the queue</source>
        <translation>Retirer tous les épisodes de la file d'attente</translation>
    </message>
    <message>
        <source>Rem&amp;ove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Vider</translation>
    </message>
</context>
<context>
    <name>ondes::RefreshFailures</name>
    <message>
        <source>a show</source>
        <translation>une émission</translation>
    </message>
    <message>
        <source>“%1” could not be refreshed: %2. Its episodes are kept.</source>
        <translation>« %1 » n'a pas pu être actualisée : %2. Ses épisodes sont conservés.</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>« %1 » (%2)</translation>
    </message>
    <message numerus="yes">
        <source> and %n other(s)</source>
        <translation>
            <numerusform> et %n autre</numerusform>
            <numerusform> et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n show(s) could not be refreshed, their episodes are kept: %1.</source>
        <translation>
            <numerusform>%n émission n'a pas pu être actualisée, ses épisodes sont conservés : %1.</numerusform>
            <numerusform>%n émissions n'ont pas pu être actualisées, leurs épisodes sont conservés : %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ondes::Refresher</name>
    <message>
        <source>%1 has no episode any more</source>
        <translation>%1 n'a plus aucun épisode</translation>
    </message>
</context>
<context>
    <name>ondes::SaidLineDelegate</name>
    <message>
        <source>%1 — “%2”</source>
        <extracomment>The line of a transcript that has the words searched for, under an episode's title in the search results: its time in the episode, then the line.</extracomment>
        <translation>%1 — « %2 »</translation>
    </message>
</context>
<context>
    <name>ondes::SecretStore</name>
    <message>
        <source>No keyring is available on this system (%1).</source>
        <translation>Aucun trousseau de clés n’est disponible sur ce système (%1).</translation>
    </message>
    <message>
        <source>Access to the keyring was refused.</source>
        <translation>L’accès au trousseau de clés a été refusé.</translation>
    </message>
    <message>
        <source>The keyring failed: %1</source>
        <translation>Le trousseau de clés a échoué : %1</translation>
    </message>
</context>
<context>
    <name>ondes::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Pages des paramètres</translation>
    </message>
    <message>
        <source>Settings error</source>
        <translation>Erreur dans les paramètres</translation>
    </message>
</context>
<context>
    <name>ondes::ShortcutMap</name>
    <message>
        <source>Play or pause</source>
        <translation>Lire ou mettre en pause</translation>
    </message>
    <message>
        <source>Skip back</source>
        <translation>Reculer</translation>
    </message>
    <message>
        <source>Skip forward</source>
        <translation>Avancer</translation>
    </message>
    <message>
        <source>Previous chapter (or the start of this one)</source>
        <translation>Chapitre précédent (ou début de celui-ci)</translation>
    </message>
    <message>
        <source>Next chapter</source>
        <translation>Chapitre suivant</translation>
    </message>
    <message>
        <source>Slower (0.1× less)</source>
        <translation>Plus lent (0,1× de moins)</translation>
    </message>
    <message>
        <source>Faster (0.1× more)</source>
        <translation>Plus rapide (0,1× de plus)</translation>
    </message>
    <message>
        <source>Use this speed for all shows</source>
        <translation>Utiliser cette vitesse pour toutes les émissions</translation>
    </message>
    <message>
        <source>Volume up</source>
        <translation>Augmenter le volume</translation>
    </message>
    <message>
        <source>Volume down</source>
        <translation>Baisser le volume</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Couper le son</translation>
    </message>
    <message>
        <source>Sleep timer</source>
        <translation>Minuterie de veille</translation>
    </message>
    <message>
        <source>Next in the queue</source>
        <translation>Suivant dans la file d’attente</translation>
    </message>
    <message>
        <source>Previous episode (or the start of this one)</source>
        <translation>Épisode précédent (ou début de celui-ci)</translation>
    </message>
    <message>
        <source>Play the selected episode (in the list)</source>
        <translation>Lire l’épisode sélectionné (dans la liste)</translation>
    </message>
    <message>
        <source>Move up in the episode list</source>
        <translation>Monter dans la liste des épisodes</translation>
    </message>
    <message>
        <source>Move down in the episode list</source>
        <translation>Descendre dans la liste des épisodes</translation>
    </message>
    <message>
        <source>Download the selected episodes</source>
        <translation>Télécharger les épisodes sélectionnés</translation>
    </message>
    <message>
        <source>Add the selected episodes to the queue</source>
        <translation>Ajouter les épisodes sélectionnés à la file d’attente</translation>
    </message>
    <message>
        <source>Mark the selected episodes played or unplayed</source>
        <translation>Marquer les épisodes sélectionnés comme lus ou non lus</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Rechercher dans la bibliothèque</translation>
    </message>
    <message>
        <source>Add a show</source>
        <translation>Ajouter une émission</translation>
    </message>
    <message>
        <source>Refresh every show</source>
        <translation>Actualiser toutes les émissions</translation>
    </message>
    <message>
        <source>Show or hide the Up Next panel</source>
        <translation>Afficher ou masquer le panneau À suivre</translation>
    </message>
    <message>
        <source>Show or hide the Downloads panel</source>
        <translation>Afficher ou masquer le panneau Téléchargements</translation>
    </message>
    <message>
        <source>Add a local folder as a show</source>
        <translation>Ajouter un dossier local comme émission</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Playback</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Épisodes</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <source>Open the menu bar</source>
        <translation>Ouvrir la barre de menus</translation>
    </message>
    <message>
        <source>Previous time the chosen voice speaks (transcript)</source>
        <translation>Fois précédente où la voix choisie parle (transcription)</translation>
    </message>
    <message>
        <source>Next time the chosen voice speaks (transcript)</source>
        <translation>Fois suivante où la voix choisie parle (transcription)</translation>
    </message>
    <message>
        <source>Show or hide the Transcript panel</source>
        <translation>Afficher ou masquer le panneau Transcription</translation>
    </message>
    <message>
        <source>Follow playback in the transcript again</source>
        <translation>Suivre de nouveau la lecture dans la transcription</translation>
    </message>
    <message>
        <source>Discover the directories' top shows</source>
        <translation>Découvrir les émissions en tête des annuaires</translation>
    </message>
<message>
        <source>Sync subscriptions and positions with the sync server now</source>
        <translation>Synchroniser maintenant les abonnements et les positions avec le serveur de synchronisation</translation>
    </message>
</context>
<context>
    <name>ondes::ShortcutSettingsPage</name>
    <message>
        <source>Reset to &amp;Default</source>
        <translation>&amp;Rétablir la valeur par défaut</translation>
    </message>
    <message>
        <source>Reset &amp;All</source>
        <translation>Tout r&amp;établir</translation>
    </message>
    <message>
        <source>Find an action or a key</source>
        <translation>Chercher une action ou une touche</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Actions and their shortcuts</source>
        <translation>Les actions et leurs raccourcis</translation>
    </message>
    <message>
        <source>Reset the selected action's shortcut to its default</source>
        <translation>Rétablir le raccourci par défaut de l’action sélectionnée</translation>
    </message>
    <message>
        <source>Reset every shortcut to its default</source>
        <translation>Rétablir tous les raccourcis par défaut</translation>
    </message>
    <message>
        <source>Shortcut message</source>
        <translation>Message sur le raccourci</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>C&amp;hercher :</translation>
    </message>
    <message>
        <source>&amp;Shortcut:</source>
        <translation>Ra&amp;ccourci :</translation>
    </message>
    <message>
        <source>Al&amp;ternative:</source>
        <translation>&amp;Autre raccourci :</translation>
    </message>
    <message>
        <source>Every shortcut is back to its default (once you apply).</source>
        <translation>Tous les raccourcis reprennent leur valeur par défaut (une fois appliqués).</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Raccourcis</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Changed; the default is %1</source>
        <translation>Modifié ; par défaut : %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Shortcut for %1</source>
        <translation>Raccourci pour %1</translation>
    </message>
    <message>
        <source>Alternative shortcut for %1</source>
        <translation>Autre raccourci pour %1</translation>
    </message>
    <message>
        <source>Alternative shortcut</source>
        <translation>Autre raccourci</translation>
    </message>
    <message>
        <source>%1 is kept for moving between controls and leaving fields; choose another key.</source>
        <translation>%1 sert à passer d’un contrôle à l’autre et à quitter les champs ; choisissez une autre touche.</translation>
    </message>
    <message>
        <source>%1 is already the shortcut for “%2”. Choose another key, or change that action's shortcut first.</source>
        <translation>%1 est déjà le raccourci de « %2 ». Choisissez une autre touche, ou changez d’abord le raccourci de cette action.</translation>
    </message>
    <message>
        <source>%1 is given to several actions: %2.</source>
        <translation>%1 est attribué à plusieurs actions : %2.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Clear the shortcut</source>
        <translation>Effacer le raccourci</translation>
    </message>
    <message>
        <source>Clear the alternative shortcut</source>
        <translation>Effacer l’autre raccourci</translation>
    </message>
</context>
<context>
    <name>ondes::ShortcutsWindow</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Find an action or a key</source>
        <translation>Chercher une action ou une touche</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>C&amp;hercher :</translation>
    </message>
    <message>
        <source>Change them in Settings ▸ Shortcuts. Keys without Ctrl or Alt do not act while you type in a field.</source>
        <translation>Modifiez-les dans Paramètres ▸ Raccourcis. Les touches sans Ctrl ni Alt n’agissent pas pendant la saisie dans un champ.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Lists and fields</source>
        <translation>Listes et champs</translation>
    </message>
    <message>
        <source>Clear the search (in the search field)</source>
        <translation>Effacer la recherche (dans le champ de recherche)</translation>
    </message>
    <message>
        <source>Move the queued episode up or down (in Up Next)</source>
        <translation>Monter ou descendre l’épisode dans la file (dans À suivre)</translation>
    </message>
    <message>
        <source>Remove from the queue (in Up Next)</source>
        <translation>Retirer de la file d’attente (dans À suivre)</translation>
    </message>
    <message>
        <source>Play the queued episode (in Up Next)</source>
        <translation>Lire l’épisode de la file (dans À suivre)</translation>
    </message>
    <message>
        <source>Next or previous control</source>
        <translation>Contrôle suivant ou précédent</translation>
    </message>
    <message>
        <source>Open a menu or a tab</source>
        <translation>Ouvrir un menu ou un onglet</translation>
    </message>
    <message>
        <source>Alt + the underlined letter</source>
        <translation>Alt + la lettre soulignée</translation>
    </message>
    <message>
        <source>Go to the results (in the search field)</source>
        <translation>Aller aux résultats (dans le champ de recherche)</translation>
    </message>
    <message>
        <source>Play the current result (in the search field)</source>
        <translation>Lire le résultat en cours (dans le champ de recherche)</translation>
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
    <message>
        <source>All episodes</source>
        <translation>Tous les épisodes</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveaux</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Téléchargés</translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n episode(s)</source>
        <translation>
            <numerusform>%1 : %n épisode</numerusform>
            <numerusform>%1 : %n épisodes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, could not be refreshed</source>
        <translation>%1, actualisation impossible</translation>
    </message>
</context>
<context>
    <name>ondes::ShowMenu</name>
    <message>
        <source>&amp;Rescan the Folder</source>
        <translation>&amp;Relire le dossier</translation>
    </message>
    <message>
        <source>&amp;Refresh This Show</source>
        <translation>&amp;Actualiser cette émission</translation>
    </message>
    <message>
        <source>&amp;Auto-download</source>
        <translation>Téléchargement &amp;automatique</translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation>&amp;Désactivé</translation>
    </message>
    <message>
        <source>Every &amp;New Episode</source>
        <translation>Chaque &amp;nouvel épisode</translation>
    </message>
    <message numerus="yes">
        <source>Keep the Latest %n Downloaded</source>
        <translation>
            <numerusform>Garder le %n dernier épisode téléchargé</numerusform>
            <numerusform>Garder les %n derniers téléchargés</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark All Episodes &amp;Played</source>
        <translation>Marquer tous les épisodes comme &amp;écoutés</translation>
    </message>
</context>
<context>
    <name>ondes::ShowPreviewDialog</name>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>Récupération de %1…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Episode</source>
        <translation>Épisode</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Intervenants</translation>
    </message>
    <message>
        <source>Episodes of the show</source>
        <translation>Épisodes de l’émission</translation>
    </message>
    <message>
        <source>&amp;Subscribe</source>
        <translation>&amp;S’abonner</translation>
    </message>
    <message>
        <source>Ondes could not read this show: %1</source>
        <translation>Ondes n’a pas pu lire cette émission : %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n episode(s). Nothing is stored until you subscribe.</source>
        <translation>
            <numerusform>%n épisode. Rien n’est enregistré avant que vous ne vous abonniez.</numerusform>
            <numerusform>%n épisodes. Rien n’est enregistré avant que vous ne vous abonniez.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Lire</translation>
    </message>
    <message>
        <source>Play the chosen episode without subscribing</source>
        <translation>Lire l’épisode choisi sans s’abonner</translation>
    </message>
    <message>
        <source>“%1” has no audio to play.</source>
        <translation>« %1 » n’a aucun son à lire.</translation>
    </message>
    <message>
        <source>Playing “%1”, streamed: nothing is stored until you subscribe.</source>
        <translation>Lecture de « %1 » en flux : rien n’est enregistré avant que vous ne vous abonniez.</translation>
    </message>
</context>
<context>
    <name>ondes::SleepInhibitor</name>
    <message>
        <source>Playing an episode</source>
        <translation>Lecture d'un épisode en cours</translation>
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
        <translation>À la fin de l'épisode</translation>
    </message>
</context>
<context>
    <name>ondes::SpeakerCorrections</name>
    <message>
        <source>Cannot write to the library: </source>
        <translation>Impossible d’écrire dans la bibliothèque : </translation>
    </message>
    <message>
        <source>Cannot save the correction: </source>
        <translation>Impossible d’enregistrer la correction : </translation>
    </message>
    <message>
        <source>This person does not speak in episode %1</source>
        <translation>Cette personne ne parle pas dans l’épisode %1</translation>
    </message>
    <message>
        <source>A speaker needs a name</source>
        <translation>Un intervenant doit avoir un nom</translation>
    </message>
    <message>
        <source>No episode with id %1</source>
        <translation>Aucun épisode ne porte l’identifiant %1</translation>
    </message>
    <message>
        <source>A person cannot be merged into themselves</source>
        <translation>Une personne ne peut pas être fusionnée avec elle-même</translation>
    </message>
    <message>
        <source>No such person</source>
        <translation>Cette personne n’existe pas</translation>
    </message>
</context>
<context>
    <name>ondes::SpeakerJumps</name>
    <message>
        <source>Next Turn of This &amp;Voice</source>
        <translation>Tour suivant de cette v&amp;oix</translation>
    </message>
    <message>
        <source>Previous Turn of This V&amp;oice</source>
        <translation>Tour précédent de c&amp;ette voix</translation>
    </message>
</context>
<context>
    <name>ondes::SpeakerLegend</name>
    <message>
        <source>Voices</source>
        <translation>Voix</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Choose this voice for the next and previous turn keys</source>
        <translation>Choisir cette voix pour les touches tour suivant et tour précédent</translation>
    </message>
</context>
<context>
    <name>ondes::SpeakerTimeline</name>
    <message>
        <source>Who speaks when</source>
        <translation>Qui parle quand</translation>
    </message>
</context>
<context>
    <name>ondes::SpeakerWriter</name>
    <message>
        <source>Cannot prepare the library</source>
        <translation>Impossible de préparer la bibliothèque</translation>
    </message>
    <message>
        <source>Cannot read the show's people</source>
        <translation>Impossible de lire les personnes de l’émission</translation>
    </message>
    <message>
        <source>Cannot save the speakers</source>
        <translation>Impossible d’enregistrer les intervenants</translation>
    </message>
    <message>
        <source>Cannot save the credits</source>
        <translation>Impossible d’enregistrer le générique</translation>
    </message>
    <message>
        <source>Cannot save the show's hosts</source>
        <translation>Impossible d’enregistrer qui présente l’émission</translation>
    </message>
</context>
<context>
    <name>ondes::SpeakersDialog</name>
    <message>
        <source>host</source>
        <translation>présentation</translation>
    </message>
    <message>
        <source>guest</source>
        <translation>invité·e</translation>
    </message>
    <message>
        <source>reporter</source>
        <translation>reportage</translation>
    </message>
    <message>
        <source>columnist</source>
        <translation>chronique</translation>
    </message>
    <message>
        <source>reader</source>
        <translation>lecture</translation>
    </message>
    <message>
        <source>narrator</source>
        <translation>narration</translation>
    </message>
    <message>
        <source>interpreter</source>
        <translation>interprétation</translation>
    </message>
    <message>
        <source>feed tag</source>
        <translation>balise du flux</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>selon vous</translation>
    </message>
    <message>
        <source>guessed</source>
        <translation>d’après le texte</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove Speaker</source>
        <translation>&amp;Retirer l’intervenant</translation>
    </message>
    <message>
        <source>Speakers of “%1”</source>
        <translation>Intervenants de « %1 »</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Intervenants</translation>
    </message>
    <message>
        <source>Double-click a role to change it.</source>
        <translation>Double-cliquez sur un rôle pour le modifier.</translation>
    </message>
    <message>
        <source>Name of the speaker to add</source>
        <translation>Nom de l’intervenant à ajouter</translation>
    </message>
    <message>
        <source>Role of the speaker to add</source>
        <translation>Rôle de l’intervenant à ajouter</translation>
    </message>
    <message>
        <source>e.g. guest, historian, host</source>
        <translation>p. ex. invitée, historien, animatrice</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;ôle :</translation>
    </message>
    <message>
        <source>The role could not be saved: %1</source>
        <translation>Le rôle n’a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>Type the name of the person to add.</source>
        <translation>Saisissez le nom de la personne à ajouter.</translation>
    </message>
    <message>
        <source>%1 could not be added: %2</source>
        <translation>%1 n’a pas pu être ajouté·e : %2</translation>
    </message>
    <message>
        <source>The speaker could not be removed: %1</source>
        <translation>L’intervenant n’a pas pu être retiré : %1</translation>
    </message>
    <message>
        <source>transcript</source>
        <translation>transcription</translation>
    </message>
    <message>
        <source>the show</source>
        <translation>l’émission</translation>
    </message>
</context>
<context>
    <name>ondes::Subscriber</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>Téléchargement de %1…</translation>
    </message>
    <message>
        <source>Cannot fetch %1: %2</source>
        <translation>Impossible de télécharger %1 : %2</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>%1 links to no podcast feed and has no episode to listen to.</source>
        <translation>%1 ne renvoie vers aucun flux de podcast et n'a aucun épisode à écouter.</translation>
    </message>
    <message numerus="yes">
        <source>Read %n page(s) of the show: %1</source>
        <translation>
            <numerusform>%n page de l'émission lue : %1</numerusform>
            <numerusform>%n pages de l'émission lues : %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ondes::SyncActions</name>
    <message>
        <source>S&amp;ync Now</source>
        <translation>S&amp;ynchroniser maintenant</translation>
    </message>
    <message>
        <source>Syncs subscriptions and positions with the sync server</source>
        <translation>Synchronise les abonnements et les positions avec le serveur de synchronisation</translation>
    </message>
    <message>
        <source>Sync is not set up: choose a server in Settings ▸ Sync.</source>
        <translation>La synchronisation n’est pas configurée : choisissez un serveur dans Paramètres ▸ Synchronisation.</translation>
    </message>
    <message>
        <source>“%1” was unsubscribed on another device and removed here.</source>
        <translation>Vous vous êtes désabonné de « %1 » sur un autre appareil : l’émission est retirée ici.</translation>
    </message>
    <message numerus="yes">
        <source>%n show(s) unsubscribed on another device were removed here.</source>
        <translation>
            <numerusform>Vous vous êtes désabonné de %n émission sur un autre appareil : elle est retirée ici.</numerusform>
            <numerusform>Vous vous êtes désabonné de %n émissions sur un autre appareil : elles sont retirées ici.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>A removed show could not be subscribed to again: the library could not be written.</source>
        <translation>Impossible de se réabonner à une émission retirée : la bibliothèque n’a pas pu être écrite.</translation>
    </message>
</context>
<context>
    <name>ondes::SyncEngine</name>
    <message>
        <source>The library could not be written; nothing was lost, the sync will be tried again.</source>
        <translation>La bibliothèque n’a pas pu être écrite ; rien n’est perdu, la synchronisation sera réessayée.</translation>
    </message>
</context>
<context>
    <name>ondes::SyncHttp</name>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>La connexion sécurisée à %1 a échoué : %2</translation>
    </message>
    <message>
        <source>The server %1 refused the user name or password (HTTP %2).</source>
        <translation>Le serveur %1 a refusé le nom d’utilisateur ou le mot de passe (HTTP %2).</translation>
    </message>
</context>
<context>
    <name>ondes::SyncLoginCheck</name>
    <message>
        <source>No password is kept yet: type it.</source>
        <translation>Aucun mot de passe n’est encore gardé : tapez-le.</translation>
    </message>
</context>
<context>
    <name>ondes::SyncSchedule</name>
    <message>
        <source>No sync password is in the keyring: log in again with `ondes sync --login`.</source>
        <translation>Aucun mot de passe de synchronisation n’est dans le trousseau de clés : reconnectez-vous avec « ondes sync --login ».</translation>
    </message>
</context>
<context>
    <name>ondes::SyncSettingsPage</name>
    <message>
        <source>Keep the password for this &amp;session only</source>
        <translation>Garder le mot de passe pour cette &amp;session seulement</translation>
    </message>
    <message>
        <source>Allow plain &amp;HTTP for this server</source>
        <translation>Autoriser le &amp;HTTP non chiffré pour ce serveur</translation>
    </message>
    <message>
        <source>&amp;Log In</source>
        <translation>S’&amp;identifier</translation>
    </message>
    <message>
        <source>S&amp;ync Now</source>
        <translation>S&amp;ynchroniser maintenant</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>gpodder.net or a compatible server</source>
        <translation>gpodder.net ou un serveur compatible</translation>
    </message>
    <message>
        <source>Nextcloud GPodder Sync</source>
        <translation>Nextcloud GPodder Sync</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>Ser&amp;vice :</translation>
    </message>
    <message>
        <source>Se&amp;rver address:</source>
        <translation>Adresse du se&amp;rveur :</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d’utilisateur :</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>The password is kept in the system keyring (GNOME Keyring, KWallet or KeePassXC), never in the settings file. Without a keyring it can be kept in memory until Ondes quits: tick the box above.</source>
        <translation>Le mot de passe est gardé dans le trousseau du système (GNOME Keyring, KWallet ou KeePassXC), jamais dans le fichier des paramètres. Sans trousseau, il peut être gardé en mémoire jusqu’à ce qu’Ondes quitte : cochez la case ci-dessus.</translation>
    </message>
    <message>
        <source>&amp;Device name:</source>
        <translation>Nom de cet ordina&amp;teur :</translation>
    </message>
    <message>
        <source>Plain HTTP sends the password and what you listen to unencrypted. It is needed only for a server on another computer without https://.</source>
        <translation>Le HTTP non chiffré envoie le mot de passe et ce que vous écoutez en clair. Il ne sert que pour un serveur sur un autre ordinateur sans https://.</translation>
    </message>
    <message>
        <source>Checks the user name and password with the server</source>
        <translation>Vérifie le nom d’utilisateur et le mot de passe auprès du serveur</translation>
    </message>
    <message>
        <source>Syncs now with the saved settings</source>
        <translation>Synchronise maintenant avec les paramètres enregistrés</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>État de la synchronisation</translation>
    </message>
    <message>
        <source>Logged in: the server accepts this user name and password.</source>
        <translation>Identifié : le serveur accepte ce nom d’utilisateur et ce mot de passe.</translation>
    </message>
    <message>
        <source>Not logged in: %1</source>
        <translation>Non identifié : %1</translation>
    </message>
    <message>
        <source>Sync is not set up yet: choose a service, fill in the server and the user name, then Apply.</source>
        <translation>La synchronisation n’est pas encore configurée : choisissez un service, indiquez le serveur et le nom d’utilisateur, puis Appliquer.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>App &amp;password:</source>
        <translation>Mot de passe d’a&amp;pplication :</translation>
    </message>
    <message>
        <source>App password</source>
        <translation>Mot de passe d’application</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Sync needs the user name you have on the server.</source>
        <translation>La synchronisation a besoin de votre nom d’utilisateur sur le serveur.</translation>
    </message>
    <message>
        <source>The password is kept for this session only.</source>
        <translation>Le mot de passe est gardé pour cette session seulement.</translation>
    </message>
    <message>
        <source>There is no keyring to keep the password in: %1 Tick “Keep the password for this session only” to use it until Ondes quits.</source>
        <translation>Il n’y a pas de trousseau où garder le mot de passe : %1 Cochez « Garder le mot de passe pour cette session seulement » pour l’utiliser jusqu’à ce qu’Ondes quitte.</translation>
    </message>
    <message>
        <source>The keyring did not keep the password: %1</source>
        <translation>Le trousseau n’a pas gardé le mot de passe : %1</translation>
    </message>
    <message>
        <source>The password is kept in the system keyring.</source>
        <translation>Le mot de passe est gardé dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Checking with the server…</source>
        <translation>Vérification auprès du serveur…</translation>
    </message>
</context>
<context>
    <name>ondes::SyncStatus</name>
    <message>
        <source>Sync status</source>
        <translation>État de la synchronisation</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
</context>
<context>
    <name>ondes::SyncStatusText</name>
    <message>
        <source>Sync failed: %1</source>
        <translation>Échec de la synchronisation : %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <source>Synced just now</source>
        <translation>Synchronisé à l’instant</translation>
    </message>
    <message numerus="yes">
        <source>Synced %n min ago</source>
        <translation>
            <numerusform>Synchronisé il y a %n min</numerusform>
            <numerusform>Synchronisé il y a %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>Synchronisé à %1</translation>
    </message>
    <message>
        <source>Synced on %1</source>
        <translation>Synchronisé le %1</translation>
    </message>
    <message numerus="yes">
        <source>%n show(s) added</source>
        <translation>
            <numerusform>%n émission ajoutée</numerusform>
            <numerusform>%n émissions ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n show(s) removed</source>
        <translation>
            <numerusform>%n émission retirée</numerusform>
            <numerusform>%n émissions retirées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n position(s) updated</source>
        <translation>
            <numerusform>%n position mise à jour</numerusform>
            <numerusform>%n positions mises à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n episode(s) marked played</source>
        <translation>
            <numerusform>%n épisode marqué écouté</numerusform>
            <numerusform>%n épisodes marqués écoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n episode(s) marked unplayed</source>
        <translation>
            <numerusform>%n épisode marqué non écouté</numerusform>
            <numerusform>%n épisodes marqués non écoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) sent</source>
        <translation>
            <numerusform>%n modification envoyée</numerusform>
            <numerusform>%n modifications envoyées</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced: nothing changed.</source>
        <translation>Synchronisé : rien n’a changé.</translation>
    </message>
    <message>
        <source>Synced: %1.</source>
        <translation>Synchronisé : %1.</translation>
    </message>
</context>
<context>
    <name>ondes::TagLibFiles</name>
    <message>
        <source>%1: not a valid %2 file</source>
        <translation>%1 : ce n’est pas un fichier %2 valide</translation>
    </message>
    <message>
        <source>%1: the file holds %2, not %3</source>
        <translation>%1 : le fichier contient du %2, pas du %3</translation>
    </message>
</context>
<context>
    <name>ondes::TranscriptFetcher</name>
    <message>
        <source>Cannot read the transcript %1: %2</source>
        <translation>Impossible de lire la transcription %1 : %2</translation>
    </message>
    <message>
        <source>There is no episode %1.</source>
        <translation>Il n’y a pas d’épisode %1.</translation>
    </message>
    <message>
        <source>This episode has no transcript.</source>
        <translation>Cet épisode n’a pas de transcription.</translation>
    </message>
    <message>
        <source>Cannot get the transcript: %1</source>
        <translation>Impossible d’obtenir la transcription : %1</translation>
    </message>
</context>
<context>
    <name>ondes::TranscriptFindBar</name>
    <message>
        <source>Find in the transcript</source>
        <translation>Chercher dans la transcription</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Fermer la barre de recherche (Échap)</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Aucun résultat</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>ondes::TranscriptLoader</name>
    <message>
        <source>Getting the transcript…</source>
        <translation>Obtention de la transcription…</translation>
    </message>
</context>
<context>
    <name>ondes::TranscriptModel</name>
    <message>
        <source>Playing now</source>
        <translation>En cours de lecture</translation>
    </message>
</context>
<context>
    <name>ondes::TranscriptPane</name>
    <message>
        <source>&amp;Follow Playback in the Transcript</source>
        <translation>&amp;Suivre la lecture dans la transcription</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcription</translation>
    </message>
    <message>
        <source>Transcript status</source>
        <translation>État de la transcription</translation>
    </message>
    <message>
        <source>Follow playback</source>
        <translation>Suivre la lecture</translation>
    </message>
    <message>
        <source>Transcript lines</source>
        <translation>Lignes de la transcription</translation>
    </message>
    <message>
        <source>Scroll with playback again</source>
        <translation>Défiler de nouveau avec la lecture</translation>
    </message>
    <message>
        <source>Scroll with playback again (%1)</source>
        <translation>Défiler de nouveau avec la lecture (%1)</translation>
    </message>
    <message>
        <source>This transcript is empty</source>
        <translation>Cette transcription est vide</translation>
    </message>
    <message>
        <source>No transcript for this episode</source>
        <translation>Pas de transcription pour cet épisode</translation>
    </message>
    <message>
        <source>Transcript without times</source>
        <translation>Transcription sans minutage</translation>
    </message>
    <message>
        <source>Following playback</source>
        <translation>Suit la lecture</translation>
    </message>
    <message>
        <source>Not following playback</source>
        <translation>Ne suit pas la lecture</translation>
    </message>
</context>
<context>
    <name>ondes::TranscriptParser</name>
    <message>
        <source>the transcript is larger than %1 MB</source>
        <translation>la transcription dépasse %1 Mo</translation>
    </message>
    <message>
        <source>the transcript has more than %1 lines</source>
        <translation>la transcription a plus de %1 lignes</translation>
    </message>
    <message>
        <source>not a %1 transcript: %2</source>
        <translation>ce n’est pas une transcription %1 : %2</translation>
    </message>
    <message>
        <source>no transcript text in this %1 file</source>
        <translation>aucun texte de transcription dans ce fichier %1</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>texte brut</translation>
    </message>
</context>
<context>
    <name>ondes::TranscriptSpeakers</name>
    <message>
        <source>Cannot save the transcript's speakers: %1</source>
        <translation>Impossible d’enregistrer les intervenants de la transcription : %1</translation>
    </message>
    <message>
        <source>no episode %1</source>
        <translation>pas d’épisode %1</translation>
    </message>
</context>
<context>
    <name>ondes::TranscriptStore</name>
    <message>
        <source>Cannot save the transcript: %1</source>
        <translation>Impossible d’enregistrer la transcription : %1</translation>
    </message>
    <message>
        <source>more than %1 lines</source>
        <translation>plus de %1 lignes</translation>
    </message>
    <message>
        <source>no episode %1</source>
        <translation>pas d’épisode %1</translation>
    </message>
</context>
<context>
    <name>ondes::TrayIcon</name>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Lecture</translation>
    </message>
    <message>
        <source>&amp;Hide Ondes</source>
        <translation>&amp;Masquer Ondes</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Ondes</source>
        <translation>Ondes</translation>
    </message>
    <message>
        <source>Playing: %1 — %2</source>
        <translation>Lecture : %1 — %2</translation>
    </message>
    <message>
        <source>Paused: %1 — %2</source>
        <translation>En pause : %1 — %2</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;Show Ondes</source>
        <translation>&amp;Afficher Ondes</translation>
    </message>
</context>
<context>
    <name>ondes::VoiceShares</name>
    <message>
        <source>&lt;1 %</source>
        <translation>&lt;1 %</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1: %2 of the speech</source>
        <translation>%1 : %2 de la parole</translation>
    </message>
    <message>
        <source>, %1 of the episode</source>
        <translation>, %1 de l’épisode</translation>
    </message>
    <message numerus="yes">
        <source>, %n turn(s)</source>
        <translation>
            <numerusform>, %n tour de parole</numerusform>
            <numerusform>, %n tours de parole</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ondes::WebShowWalker</name>
    <message>
        <source>stopped at %1: %2</source>
        <translation>arrêt à %1 : %2</translation>
    </message>
</context>
</TS>