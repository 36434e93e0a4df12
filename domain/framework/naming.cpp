#include "naming.h"

QString upperSnakeCase(QStringView camelCase)
{
    QString result;
    result.reserve(camelCase.size() + 8);
    for (qsizetype i = 0; i < camelCase.size(); ++i) {
        const QChar character = camelCase.at(i);
        if (character.isUpper() && i > 0 && camelCase.at(i - 1).isLower())
            result += u'_';
        result += character.toUpper();
    }
    return result;
}
