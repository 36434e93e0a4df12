// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QMetaType>
#include <QString>
#include <QVariant>

#include <concepts>

enum class EffectKind { Command, Event, Query };

// An effect type is a Q_GADGET value whose class declares Q_CLASSINFO("kind", "command" | "event" |
// "query"); its Q_PROPERTYs are its payload.
template<typename T>
concept EffectValue = requires { T::staticMetaObject; } && std::equality_comparable<T>;

// A type-erased, immutable effect: a command, an event or a query.
class Effect
{
public:
    Effect() = default;
    template<EffectValue T>
    Effect(const T &value)
        : m_value(QVariant::fromValue(value))
    {
    }

    // Wraps a gadget created from its QMetaType (used by the JSON decoder).
    static Effect fromVariant(const QVariant &value);

    bool isValid() const { return m_value.isValid(); }
    QMetaType type() const { return m_value.metaType(); }
    const QMetaObject *metaObject() const { return m_value.metaType().metaObject(); }
    QString typeName() const;
    EffectKind kind() const;
    const void *data() const { return m_value.constData(); }

    // The same effect with the compact JSON text of its payload (GadgetJson::writeJson) written
    // once for all its copies: a recorded event goes to storage and then to the wire, and each
    // used to write the same text again.
    Effect withPayloadJson() const;
    bool hasPayloadJson() const { return !m_payloadJson.isEmpty(); }
    // Appends that text, or writes it now for an effect that does not carry it.
    void appendPayloadJson(QByteArray &out) const;

    template<EffectValue T>
    bool is() const
    {
        return m_value.metaType() == QMetaType::fromType<T>();
    }
    // Only valid when is<T>() holds.
    template<EffectValue T>
    const T &as() const
    {
        Q_ASSERT(is<T>());
        return *static_cast<const T *>(m_value.constData());
    }

    friend bool operator==(const Effect &left, const Effect &right)
    {
        return left.m_value == right.m_value;
    }

private:
    QVariant m_value;
    QByteArray m_payloadJson;
};

EffectKind effectKindOf(const QMetaObject *metaObject);
QString effectKindName(EffectKind kind);

Q_DECLARE_METATYPE(Effect)
