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
                [](const QJsonValue &, GadgetJson::DecodeError &error) {
                    error.message = QStringLiteral("effects inside effects are not read from JSON");
                    return QVariant();
                });
    });
}
