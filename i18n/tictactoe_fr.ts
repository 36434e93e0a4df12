<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../qml/AboutDialog.qml" line="+19"/>
        <source>The protocol</source>
        <translation>Le protocole</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>About Tic-Tac-Toe</source>
        <translation>À propos du Morpion</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Back to About</source>
        <translation>Retour à « À propos »</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read the protocol</source>
        <translation>Lire le protocole</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Version %1, speaking protocol %2.</source>
        <translation>Version %1, parlant le protocole %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Free software under the %1 licence: use, change and share it.</source>
        <translation>Logiciel libre sous licence %1 : utilisez-le, modifiez-le et partagez-le.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A game hosted here keeps its players, scores and games in %1.</source>
        <translation>Une partie hébergée ici garde ses joueurs, ses scores et ses parties dans %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A game hosted here keeps nothing once it stops.</source>
        <translation>Une partie hébergée ici ne garde rien une fois arrêtée.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your alias, identities and preferences are in %1.</source>
        <translation>Votre pseudo, vos identités et vos préférences sont dans %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keyboard</source>
        <translation>Clavier</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Maj+Tab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move between buttons and fields</source>
        <translation>Passer d’un bouton ou d’un champ à l’autre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter, Space</source>
        <translation>Entrée, Espace</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Press the focused button, or the highlighted one in a dialog</source>
        <translation>Appuyer sur le bouton qui a le focus, ou sur celui mis en avant dans une boîte de dialogue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escape</source>
        <translation>Échap</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dismiss a dialog: decline an invitation, close the result</source>
        <translation>Fermer une boîte de dialogue : refuser une invitation, fermer le résultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrow keys</source>
        <translation>Flèches</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move on the board; step through a replay</source>
        <translation>Se déplacer sur le plateau ; revoir une partie coup par coup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 to 9</source>
        <translation>1 à 9</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Play that cell, 1 top left, row by row, 9 bottom right</source>
        <translation>Jouer cette case, 1 en haut à gauche, ligne par ligne, 9 en bas à droite</translation>
    </message>
</context>
<context>
    <name>AliasDirectory</name>
    <message>
        <location filename="../app/client/aliasdirectory.cpp" line="+45"/>
        <source>Unknown player</source>
        <translation>Joueur inconnu</translation>
    </message>
</context>
<context>
    <name>AliasPage</name>
    <message>
        <location filename="../qml/AliasPage.qml" line="+20"/>
        <source>Please type an alias first.</source>
        <translation>Saisissez d’abord un pseudo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An alias has at most %1 characters.</source>
        <translation>Un pseudo compte au plus %1 caractères.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Welcome!</source>
        <translation>Bienvenue&#xa0;!</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the name other players will see in the lobby and in the hall of fame.</source>
        <translation>Choisissez le nom que les autres joueurs verront dans le salon et au tableau d’honneur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+14"/>
        <source>Your alias</source>
        <translation>Votre pseudo</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>e.g. Alice</source>
        <translation>par ex. Alice</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
</context>
<context>
    <name>AppHeader</name>
    <message>
        <location filename="../qml/AppHeader.qml" line="+31"/>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reconnecting…</source>
        <translation>Reconnexion…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Tic-Tac-Toe</source>
        <translation>Morpion</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Playing as &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Vous êtes &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour theme</source>
        <translation>Thème de couleurs</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+35"/>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>About Tic-Tac-Toe</source>
        <translation>À propos du Morpion</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>ComputerOpponentsModel</name>
    <message>
        <location filename="../app/client/computeropponentsmodel.cpp" line="+61"/>
        <source>Easy</source>
        <translation>Facile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Perfect</source>
        <translation>Parfait</translation>
    </message>
</context>
<context>
    <name>ConnectingPage</name>
    <message>
        <location filename="../qml/ConnectingPage.qml" line="+21"/>
        <source>Starting your game…</source>
        <translation>Lancement de votre partie…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Joining the game…</source>
        <translation>Connexion à la partie…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <location filename="../qml/ConnectionBanner.qml" line="+64"/>
        <source>Back to home</source>
        <translation>Retour à l’accueil</translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message>
        <location filename="../app/client/connectionstatus.cpp" line="+61"/>
        <source>The host stopped hosting</source>
        <translation>L’hôte a arrêté d’héberger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 stopped hosting</source>
        <translation>%1 a arrêté d’héberger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The host is not answering</source>
        <translation>L’hôte ne répond pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1&apos;s host is not answering</source>
        <translation>L’hôte de %1 ne répond pas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trying again in %1 s…</source>
        <translation>Nouvel essai dans %1&#xa0;s…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trying again…</source>
        <translation>Nouvel essai…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Playing against the computer on this computer</source>
        <translation>Partie contre l’ordinateur, sur cet ordinateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hosting a game at %1</source>
        <translation>Vous hébergez une partie à %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected to %1&apos;s game at %2</source>
        <translation>Connecté à la partie de %1 à %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected to %1</source>
        <translation>Connecté à %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>CurrentGame</name>
    <message>
        <location filename="../app/client/currentgame.cpp" line="+85"/>
        <source>You won!</source>
        <translation>Vous avez gagné&#xa0;!</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 won</source>
        <translation>%1 a gagné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A draw</source>
        <translation>Match nul</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Draw</source>
        <translation>Match nul</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Game aborted</source>
        <translation>Partie interrompue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Game aborted: you ran out of time</source>
        <translation>Partie interrompue&#xa0;: votre temps est écoulé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Game aborted: %1 ran out of time</source>
        <translation>Partie interrompue&#xa0;: le temps de %1 est écoulé</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../qml/ErrorBanner.qml" line="+57"/>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>GameClient</name>
    <message>
        <location filename="../app/client/gameclient.cpp" line="+34"/>
        <location line="+303"/>
        <source>timed out</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>the connection closed</source>
        <translation>la connexion s’est fermée</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not reach %1: %2</source>
        <translation>Impossible de joindre %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 cannot be joined: %2</source>
        <translation>Impossible de rejoindre %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 refused the alias &quot;%2&quot;: %3</source>
        <translation>%1 a refusé le pseudo «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>connection refused</source>
        <translation>connexion refusée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server closed the connection</source>
        <translation>le serveur a fermé la connexion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no such host</source>
        <translation>hôte introuvable</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the network is unreachable</source>
        <translation>le réseau est inaccessible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>network error</source>
        <translation>erreur réseau</translation>
    </message>
</context>
<context>
    <name>GamePage</name>
    <message>
        <location filename="../qml/GamePage.qml" line="+33"/>
        <source>Joining the game…</source>
        <translation>Connexion à la partie…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for %1…</source>
        <translation>En attente de %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for the game to start…</source>
        <translation>En attente du début de la partie…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your turn</source>
        <translation>À vous de jouer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1&apos;s turn</source>
        <translation>Au tour de %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>row %1, column %2, %3</source>
        <translation>ligne %1, colonne %2, %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Board</source>
        <translation>Plateau</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>%1 s</source>
        <translation>%1&#xa0;s</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Time left in this turn</source>
        <translation>Temps restant pour ce tour</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is disconnected. The turn timer runs on.</source>
        <translation>%1 est déconnecté. Le chrono du tour continue.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>You are watching &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Vous regardez &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n person(s) watching</source>
        <translation>
            <numerusform>%n personne regarde</numerusform>
            <numerusform>%n personnes regardent</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You play &lt;b&gt;&lt;font color=&quot;%1&quot;&gt;%2&lt;/font&gt;&lt;/b&gt; against &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation>Vous jouez les &lt;b&gt;&lt;font color=&quot;%1&quot;&gt;%2&lt;/font&gt;&lt;/b&gt; contre &lt;b&gt;%3&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Leave game</source>
        <translation>Quitter la partie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to lobby</source>
        <translation>Retour au salon</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Moves</source>
        <translation>Coups</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The moves made while you watch show here.</source>
        <translation>Les coups joués pendant que vous regardez s’affichent ici.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No moves yet. X plays first.</source>
        <translation>Aucun coup pour l’instant. X joue en premier.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
</context>
<context>
    <name>GameReplay</name>
    <message numerus="yes">
        <location filename="../app/client/gamereplay.cpp" line="+110"/>
        <source>Before the first move (%n move(s) in all)</source>
        <translation>
            <numerusform>Avant le premier coup (%n coup en tout)</numerusform>
            <numerusform>Avant le premier coup (%n coups en tout)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move %1 of %2: %3, %4</source>
        <translation>Coup %1 sur %2&#xa0;: %3, %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move %1 of %2: %3, %4, at %5</source>
        <translation>Coup %1 sur %2&#xa0;: %3, %4, à %5</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
</context>
<context>
    <name>GameSession</name>
    <message>
        <location filename="../app/client/gameerrortext.cpp" line="+12"/>
        <source>It is not your turn.</source>
        <translation>Ce n’est pas votre tour.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That square is not on the board.</source>
        <translation>Cette case n’est pas sur le plateau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That square is already taken.</source>
        <translation>Cette case est déjà prise.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The game is already over.</source>
        <translation>La partie est déjà terminée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That game already has two players.</source>
        <translation>Cette partie a déjà deux joueurs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That game no longer exists.</source>
        <translation>Cette partie n’existe plus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The game has not started yet.</source>
        <translation>La partie n’a pas encore commencé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That game already exists.</source>
        <translation>Cette partie existe déjà.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You have too many invitations nobody has answered yet: wait a little.</source>
        <translation>Vous avez trop d’invitations encore sans réponse&#xa0;: patientez un peu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You play in that game: you cannot watch it.</source>
        <translation>Vous jouez dans cette partie&#xa0;: vous ne pouvez pas la regarder.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused the move.</source>
        <translation>Le serveur a refusé le coup.</translation>
    </message>
    <message>
        <location filename="../app/client/gamesession.cpp" line="+102"/>
        <source>Could not start the game server: %1</source>
        <translation>Impossible de démarrer le serveur de jeu&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Enter the host&apos;s address and a port between 1 and 65535.</source>
        <translation>Saisissez l’adresse de l’hôte et un port entre 1 et 65535.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose an alias first.</source>
        <translation>Choisissez d’abord un pseudo.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>%1 does not know you any more: its data may have been reset. Join it as a new player? Your name there stays %2, your old score does not come back.</source>
        <translation>%1 ne vous connaît plus&#xa0;: ses données ont peut-être été effacées. Y revenir comme nouveau joueur&#xa0;? Votre nom y reste %2, votre ancien score est perdu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1&apos;s game at %2</source>
        <translation>La partie de %1 à %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>That game is no longer kept by the host.</source>
        <translation>L’hôte ne conserve plus cette partie.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server refused a request: %1</source>
        <translation>Le serveur a refusé une requête&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../qml/HomePage.qml" line="+28"/>
        <source>Type an address such as 192.168.1.5:8080.</source>
        <translation>Saisissez une adresse comme 192.168.1.5:8080.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“%1” is not an address.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The port after “:” must be a number.</source>
        <translation>Le port après «&#xa0;:&#xa0;» doit être un nombre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The port must be between 1 and 65535.</source>
        <translation>Le port doit être compris entre 1 et 65535.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Hello, %1!</source>
        <translation>Bonjour, %1&#xa0;!</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Host a game for the people on this network, join one, or play the computer.</source>
        <translation>Hébergez une partie pour les personnes de ce réseau, rejoignez-en une ou jouez contre l’ordinateur.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Host a game</source>
        <translation>Héberger une partie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your computer runs the game; others on this network see it and join.</source>
        <translation>Votre ordinateur fait tourner la partie&#xa0;; les autres sur ce réseau la voient et la rejoignent.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Host a game on this network</source>
        <translation>Héberger une partie sur ce réseau</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <source>Play against the computer</source>
        <translation>Jouer contre l’ordinateur</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>On this computer alone, with no network needed. You choose its level next.</source>
        <translation>Sur cet ordinateur seul, sans réseau. Vous choisirez ensuite son niveau.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Join by address</source>
        <translation>Rejoindre par adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the address the host sees in their lobby.</source>
        <translation>Saisissez l’adresse que l’hôte voit dans son salon.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>e.g. 192.168.1.5:8080</source>
        <translation>par ex. 192.168.1.5:8080</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host address and port</source>
        <translation>Adresse et port de l’hôte</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+89"/>
        <source>Join</source>
        <translation>Rejoindre</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Games on this network</source>
        <translation>Parties sur ce réseau</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Looking for games on this network…</source>
        <translation>Recherche de parties sur ce réseau…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1&apos;s game</source>
        <translation>Partie de %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1:%2 · %3</source>
        <translation>%1:%2 · %3</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n player(s)</source>
        <translation>
            <numerusform>%n joueur</numerusform>
            <numerusform>%n joueurs</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Join %1</source>
        <translation>Rejoindre %1</translation>
    </message>
</context>
<context>
    <name>HostListModel</name>
    <message>
        <location filename="../app/client/hostlistmodel.cpp" line="+61"/>
        <source>Made with an older tictactoe: update the host to join it</source>
        <translation>Créée avec une ancienne version de tictactoe&#xa0;: mettez l’hôte à jour pour la rejoindre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs protocol %1, from an older tictactoe (this app speaks %2)</source>
        <translation>Demande le protocole %1, d’une version plus ancienne de tictactoe (cette application parle le %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs protocol %1, from a newer tictactoe (this app speaks %2)</source>
        <translation>Demande le protocole %1, d’une version plus récente de tictactoe (cette application parle le %2)</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <location filename="../qml/IdentityDialog.qml" line="+14"/>
        <source>Join as a new player?</source>
        <translation>Rejoindre comme nouveau joueur&#xa0;?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Join as a new player</source>
        <translation>Rejoindre comme nouveau joueur</translation>
    </message>
</context>
<context>
    <name>InvitationDialog</name>
    <message>
        <location filename="../qml/InvitationDialog.qml" line="+21"/>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Decline</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&lt;b&gt;%1&lt;/b&gt; invites you to a game of tic-tac-toe.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; vous invite à une partie de morpion.</translation>
    </message>
</context>
<context>
    <name>LiveGamesModel</name>
    <message numerus="yes">
        <location filename="../app/client/livegamesmodel.cpp" line="+39"/>
        <source>%n move(s)</source>
        <translation>
            <numerusform>%n coup</numerusform>
            <numerusform>%n coups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 · %n watching</source>
        <translation>
            <numerusform>%1 · %n spectateur</numerusform>
            <numerusform>%1 · %n spectateurs</numerusform>
        </translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 (X) against %2 (O)</source>
        <translation>%1 (X) contre %2 (O)</translation>
    </message>
</context>
<context>
    <name>LobbyPage</name>
    <message>
        <location filename="../qml/LobbyPage.qml" line="+37"/>
        <source>Lobby</source>
        <translation>Salon</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose how well the computer plays. You play X and move first.</source>
        <translation>Choisissez le niveau de l’ordinateur. Vous jouez X et commencez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invite someone who is online, or play the computer.</source>
        <translation>Invitez une personne en ligne ou jouez contre l’ordinateur.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stop hosting</source>
        <translation>Arrêter d’héberger</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leave</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>You are hosting, but this computer has no network others can reach: only a browser on this computer can join, at:</source>
        <translation>Vous hébergez, mais cet ordinateur n’est sur aucun réseau que d’autres peuvent atteindre&#xa0;: seul un navigateur sur cet ordinateur peut rejoindre la partie, à l’adresse&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are hosting. Others on this network see your game, or join it in a browser: a phone scans the code.</source>
        <translation>Vous hébergez. Les autres sur ce réseau voient votre partie, ou la rejoignent dans un navigateur&#xa0;: un téléphone scanne le code.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Link others can join at</source>
        <translation>Lien pour rejoindre la partie</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>QR code of %1</source>
        <translation>Code QR de %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Online players</source>
        <translation>Joueurs en ligne</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading who is online…</source>
        <translation>Chargement des joueurs en ligne…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 (you)</source>
        <translation>%1 (vous)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Invite</source>
        <translation>Inviter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invite %1</source>
        <translation>Inviter %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Waiting for %1 to answer your invitation…</source>
        <translation>En attente de la réponse de %1 à votre invitation…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No one else is here yet. Others can join at the link above.</source>
        <translation>Personne d’autre pour l’instant. Les autres peuvent rejoindre la partie par le lien ci-dessus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No one else is here yet.</source>
        <translation>Personne d’autre pour l’instant.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Games in progress</source>
        <translation>Parties en cours</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No game in progress to watch</source>
        <translation>Aucune partie en cours à regarder</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Watch</source>
        <translation>Regarder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watch %1</source>
        <translation>Regarder %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Play the computer</source>
        <translation>Jouer contre l’ordinateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always here, at the level you choose.</source>
        <translation>Toujours là, au niveau de votre choix.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Asking the host for its computer players…</source>
        <translation>Demande à l’hôte de ses joueurs ordinateur…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Play %1</source>
        <translation>Jouer contre %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Games against the computer do not count for the hall of fame.</source>
        <translation>Les parties contre l’ordinateur ne comptent pas pour le tableau d’honneur.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hall of fame</source>
        <translation>Tableau d’honneur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No wins yet</source>
        <translation>Aucune victoire pour l’instant</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>Rank %1: %2, %n point(s)</source>
        <translation>
            <numerusform>Rang %1&#xa0;: %2, %n point</numerusform>
            <numerusform>Rang %1&#xa0;: %2, %n points</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 pts</source>
        <translation>%1&#xa0;pts</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recent games</source>
        <translation>Parties récentes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No game has ended here yet</source>
        <translation>Aucune partie terminée ici pour l’instant</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Replay</source>
        <translation>Revoir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replay %1</source>
        <translation>Revoir %1</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="+22"/>
        <source>Tic-Tac-Toe — %1</source>
        <translation>Morpion — %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tic-Tac-Toe</source>
        <translation>Morpion</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 declined your invitation.</source>
        <translation>%1 a refusé votre invitation.</translation>
    </message>
</context>
<context>
    <name>MoveLogModel</name>
    <message>
        <location filename="../app/client/movelogmodel.cpp" line="+41"/>
        <source>%1 (%2) played the %3</source>
        <translation>%1 (%2) a joué %3</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>top-left corner</source>
        <translation>le coin en haut à gauche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>top-middle square</source>
        <translation>la case en haut au milieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>top-right corner</source>
        <translation>le coin en haut à droite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>middle-left square</source>
        <translation>la case au milieu à gauche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>center</source>
        <translation>le centre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>middle-right square</source>
        <translation>la case au milieu à droite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bottom-left corner</source>
        <translation>le coin en bas à gauche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>bottom-middle square</source>
        <translation>la case en bas au milieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bottom-right corner</source>
        <translation>le coin en bas à droite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>square (%1, %2)</source>
        <translation>la case (%1, %2)</translation>
    </message>
</context>
<context>
    <name>NoticePopup</name>
    <message>
        <location filename="../qml/NoticePopup.qml" line="+59"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>PlayerProfile</name>
    <message>
        <location filename="../app/client/playerprofile.cpp" line="+41"/>
        <source>An alias has at most %1 characters.</source>
        <translation>Un pseudo compte au plus %1 caractères.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an alias of 1 to %1 characters.</source>
        <translation>Choisissez un pseudo de 1 à %1 caractères.</translation>
    </message>
</context>
<context>
    <name>RecentGamesModel</name>
    <message>
        <location filename="../app/client/recentgamesmodel.cpp" line="+47"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 won</source>
        <translation>%1 a gagné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A draw</source>
        <translation>Match nul</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped, nobody won</source>
        <translation>Interrompue, sans vainqueur</translation>
    </message>
</context>
<context>
    <name>ReplayPage</name>
    <message>
        <location filename="../qml/ReplayPage.qml" line="+51"/>
        <source>Board</source>
        <translation>Plateau</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>row %1, column %2, %3</source>
        <translation>ligne %1, colonne %2, %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Replay</source>
        <translation>Revoir</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Move</source>
        <translation>Coup</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Back to lobby</source>
        <translation>Retour au salon</translation>
    </message>
</context>
<context>
    <name>ResultDialog</name>
    <message>
        <location filename="../qml/ResultDialog.qml" line="+21"/>
        <source>Victory</source>
        <translation>Victoire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Defeat</source>
        <translation>Défaite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Game over</source>
        <translation>Partie terminée</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Back to lobby</source>
        <translation>Retour au salon</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Play again</source>
        <translation>Rejouer</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Play again to invite %1 to a new game.</source>
        <translation>Rejouez pour inviter %1 à une nouvelle partie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play again to start a new game.</source>
        <translation>Rejouez pour lancer une nouvelle partie.</translation>
    </message>
</context>
</TS>
