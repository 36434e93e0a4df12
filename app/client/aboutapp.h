// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

// What the About page tells: the version, the licence, the protocol this build speaks (with its
// document, compiled in), and where the app keeps its data and preferences on this computer.
class AboutApp : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString version READ version CONSTANT)
    Q_PROPERTY(QString licence READ licence CONSTANT)
    Q_PROPERTY(int protocolVersion READ protocolVersion CONSTANT)
    // docs/protocol.md as Markdown.
    Q_PROPERTY(QString protocolDocument READ protocolDocument CONSTANT)
    // Empty when a game hosted here keeps nothing.
    Q_PROPERTY(QString dataDirectory READ dataDirectory CONSTANT)
    Q_PROPERTY(QString settingsLocation READ settingsLocation CONSTANT)

public:
    explicit AboutApp(QObject *parent = nullptr);

    QString version() const;
    QString licence() const;
    int protocolVersion() const;
    QString protocolDocument() const;
    QString dataDirectory() const;
    QString settingsLocation() const;
};
