// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "frameworkeffects.h"

#include "gadgetjson.h"

#include <mutex>

void registerFrameworkJsonConverters()
{
    static std::once_flag once;
    std::call_once(once, [] {
        GadgetJson::registerConverter(
                QMetaType::fromType<Effect>(),
                [](const QVariant &value) -> QJsonValue {
                    const Effect effect = value.value<Effect>();
                    if (!effect.isValid())
                        return QJsonValue::Null;
                    return QJsonObject{
                            {QStringLiteral("type"), effect.typeName()},
                            {QStringLiteral("payload"),
                             GadgetJson::toJson(effect.metaObject(), effect.data())}};
                },
                // Only events are read back (a game's missed events in GameSnapshot), and only
                // types this program registered: a name from the wire never makes a command.
                [](const QJsonValue &json, GadgetJson::DecodeError &error) -> QVariant {
                    const QJsonObject object = json.toObject();
                    const QMetaType type =
                            QMetaType::fromName(object.value(u"type").toString().toLatin1());
                    const QMetaObject *metaObject = type.isValid() ? type.metaObject() : nullptr;
                    if (!metaObject || metaObject->indexOfClassInfo("kind") < 0
                        || effectKindOf(metaObject) != EffectKind::Event) {
                        error.message = QStringLiteral("expected {\"type\": an event's name, \"payload\": {…}}");
                        return {};
                    }
                    const QVariant value =
                            GadgetJson::fromJson(type, object.value(u"payload").toObject(), error);
                    if (!value.isValid())
                        return {};
                    return QVariant::fromValue(Effect::fromVariant(value));
                },
                [](const QVariant &value, QByteArray &out) {
                    const Effect effect = value.value<Effect>();
                    if (!effect.isValid()) {
                        out.append("null");
                        return;
                    }
                    out.append("{\"type\":");
                    GadgetJson::writeJsonValue(effect.typeName(), out);
                    out.append(",\"payload\":");
                    effect.appendPayloadJson(out);
                    out.append('}');
                });
    });
}
