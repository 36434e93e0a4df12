// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "effect.h"

#include "gadgetjson.h"

#include <QMetaClassInfo>

Effect Effect::fromVariant(const QVariant &value)
{
    Effect effect;
    effect.m_value = value;
    return effect;
}

Effect Effect::withPayloadJson() const
{
    Effect encoded = *this;
    encoded.m_payloadJson.clear();
    encoded.m_payloadJson.reserve(256);
    GadgetJson::writeJson(metaObject(), data(), encoded.m_payloadJson);
    return encoded;
}

void Effect::appendPayloadJson(QByteArray &out) const
{
    if (hasPayloadJson())
        out.append(m_payloadJson);
    else
        GadgetJson::writeJson(metaObject(), data(), out);
}

QString Effect::typeName() const
{
    const QMetaObject *meta = metaObject();
    return meta ? QString::fromLatin1(meta->className()) : QString();
}

EffectKind Effect::kind() const
{
    return effectKindOf(metaObject());
}

EffectKind effectKindOf(const QMetaObject *metaObject)
{
    Q_ASSERT(metaObject);
    const int index = metaObject->indexOfClassInfo("kind");
    Q_ASSERT_X(index >= 0, "effectKindOf", "an effect type declares Q_CLASSINFO(\"kind\", ...)");
    const QByteArray kind = metaObject->classInfo(index).value();
    if (kind == "command")
        return EffectKind::Command;
    if (kind == "query")
        return EffectKind::Query;
    return EffectKind::Event;
}

QString effectKindName(EffectKind kind)
{
    switch (kind) {
    case EffectKind::Command:
        return QStringLiteral("command");
    case EffectKind::Event:
        return QStringLiteral("event");
    case EffectKind::Query:
        return QStringLiteral("query");
    }
    return {};
}
