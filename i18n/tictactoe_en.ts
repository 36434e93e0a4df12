<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>GamePage</name>
    <message numerus="yes">
        <location filename="../qml/GamePage.qml" line="+277"/>
        <source>%n person(s) watching</source>
        <translation>
            <numerusform>One person is watching</numerusform>
            <numerusform>%n people are watching</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GameReplay</name>
    <message numerus="yes">
        <location filename="../app/client/gamereplay.cpp" line="+110"/>
        <source>Before the first move (%n move(s) in all)</source>
        <translation>
            <numerusform>Before the first move (%n move in all)</numerusform>
            <numerusform>Before the first move (%n moves in all)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message numerus="yes">
        <location filename="../qml/HomePage.qml" line="+222"/>
        <source>%n player(s)</source>
        <translation>
            <numerusform>%n player</numerusform>
            <numerusform>%n players</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveGamesModel</name>
    <message numerus="yes">
        <location filename="../app/client/livegamesmodel.cpp" line="+39"/>
        <source>%n move(s)</source>
        <translation>
            <numerusform>%n move</numerusform>
            <numerusform>%n moves</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 · %n watching</source>
        <translation>
            <numerusform>%1 · %n watching</numerusform>
            <numerusform>%1 · %n watching</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LobbyPage</name>
    <message numerus="yes">
        <location filename="../qml/LobbyPage.qml" line="+410"/>
        <source>Rank %1: %2, %n point(s)</source>
        <translation>
            <numerusform>Rank %1: %2, %n point</numerusform>
            <numerusform>Rank %1: %2, %n points</numerusform>
        </translation>
    </message>
</context>
</TS>
