// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

// A libFuzzer target for everything that turns bytes from the network into a message: the three
// envelope readers of WireFormat, readPayload for the answers to queries, and operationIdOf.
// Whatever the bytes, a read either refuses with a reason and a sentence, or gives a message that
// the writer of the same side writes back into bytes that read as the same message again. A broken
// invariant aborts, so libFuzzer keeps the input as a crash. Run by .ci/fuzz.
#include "gadgetjson.h"
#include "protocolcatalogue.h"
#include "rejectionreasons.h"
#include "wireformat.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonDocument>
#include <QList>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <functional>

namespace {

using Read = std::function<Outcome<Effect>(QByteArrayView)>;
using Write = std::function<QByteArray(const Effect &)>;
// Whether a message this entry point accepted is one it may accept at all.
using Belongs = std::function<bool(const Effect &)>;

struct EntryPoint
{
    const char *name;
    Read read;
    Write write;
    Belongs belongs;
};

[[noreturn]] void fail(const EntryPoint &entryPoint, const char *invariant, const QString &detail)
{
    std::fprintf(stderr, "%s: %s\n%s\n", entryPoint.name, invariant, qPrintable(detail));
    std::abort();
}

void checkRefusal(const EntryPoint &entryPoint, const Refusal &refusal)
{
    // A read only judges the form of a message; the other reasons belong to whoever acts on it.
    if (refusal.reason != RejectionReason::malformedMessage
        && refusal.reason != RejectionReason::unknownType
        && refusal.reason != RejectionReason::invalidPayload) {
        fail(entryPoint, "refuses with MALFORMED_MESSAGE, UNKNOWN_TYPE or INVALID_PAYLOAD",
             refusal.reason);
    }
    if (refusal.message.trimmed().isEmpty())
        fail(entryPoint, "says why it refuses", refusal.reason);
}

void check(const EntryPoint &entryPoint, QByteArrayView input)
{
    const Outcome<Effect> message = entryPoint.read(input);
    if (!message) {
        checkRefusal(entryPoint, message.error());
        return;
    }
    if (!message->isValid())
        fail(entryPoint, "accepts only valid messages", QString::fromUtf8(input.toByteArray()));
    if (!entryPoint.belongs(*message))
        fail(entryPoint, "accepts only what its side may send", message->typeName());

    const QByteArray written = entryPoint.write(*message);
    const Outcome<Effect> again = entryPoint.read(written);
    if (!again) {
        fail(entryPoint, "reads back what it wrote",
             QString::fromUtf8(written) + u'\n' + again.error().message);
    }
    if (*again != *message)
        fail(entryPoint, "reads back the same message", QString::fromUtf8(written));
    if (entryPoint.write(*again) != written)
        fail(entryPoint, "writes the same message the same way", QString::fromUtf8(written));
}

QList<EntryPoint> entryPoints()
{
    const ProtocolCatalogue &catalogue = ProtocolCatalogue::instance();
    QList<EntryPoint> all;
    all.append({"readFromClient", WireFormat::readFromClient, WireFormat::toServer,
                [&catalogue](const Effect &message) {
                    const MessageSpec *spec = catalogue.toServer(message.type());
                    return spec && spec->channel != Channel::HttpOnly;
                }});
    for (const EffectKind kind : {EffectKind::Command, EffectKind::Event, EffectKind::Query}) {
        all.append({"readFromClientOverHttp",
                    [kind](QByteArrayView body) {
                        return WireFormat::readFromClientOverHttp(kind, body);
                    },
                    WireFormat::toServerOverHttp,
                    [&catalogue, kind](const Effect &message) {
                        const MessageSpec *spec = catalogue.toServer(message.type());
                        return spec && spec->channel != Channel::WebSocketOnly
                                && message.kind() == kind;
                    }});
    }
    all.append({"readFromServer", WireFormat::readFromServer, WireFormat::toClient,
                [&catalogue](const Effect &message) { return catalogue.toClient(message.type()); }});
    // The answers to queries come as a bare payload, read as the client reads them; the same bytes
    // are tried as each answer type.
    for (const MessageSpec &spec : catalogue.messages()) {
        if (!spec.answerType.isValid())
            continue;
        const QMetaType answerType = spec.answerType;
        all.append({"readPayload",
                    [answerType](QByteArrayView text) {
                        const QJsonDocument document = QJsonDocument::fromJson(text.toByteArray());
                        return WireFormat::readPayload(answerType, document.object());
                    },
                    [](const Effect &answer) {
                        const QJsonObject payload = GadgetJson::toJson(answer.metaObject(), answer.data());
                        return QJsonDocument(payload).toJson(QJsonDocument::Compact);
                    },
                    [answerType](const Effect &answer) { return answer.type() == answerType; }});
    }
    return all;
}

// A warning from Qt or from our code while reading means a read did something it should have refused
// first (a type it cannot construct, a value it cannot write back): it counts as a crash.
void abortOnWarnings(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    if (type != QtDebugMsg && type != QtInfoMsg)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    qInstallMessageHandler(abortOnWarnings);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const QList<EntryPoint> all = entryPoints();
    const QByteArrayView input(data, qsizetype(size));
    for (const EntryPoint &entryPoint : all)
        check(entryPoint, input);
    // The server reads this from any message it refuses, so it must survive anything too.
    WireFormat::operationIdOf(input);
    return 0;
}
