#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QUuid>

struct User
{
    Q_GADGET
    Q_PROPERTY(QUuid id MEMBER id REQUIRED)
    Q_PROPERTY(QString alias MEMBER alias REQUIRED)
    Q_PROPERTY(QDateTime createdAt MEMBER createdAt)
public:
    QUuid id;
    QString alias;
    QDateTime createdAt;
    friend bool operator==(const User &, const User &) = default;
};
