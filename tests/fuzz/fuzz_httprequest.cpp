// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

// A libFuzzer target for the HTTP request path ahead of QHttpServer: HttpRequestFramer, which
// judges each request from its headers (sizes, framing, upgrade) as the bytes arrive. The first
// byte of the input chooses where the rest is cut into pieces, as TCP may cut it. Invariants: the
// framer ends in the same place however the bytes are cut, counts only forward, never leaves a
// refusal or an upgrade, and refuses with one of its statuses and a sentence. Run by .ci/fuzz.
#include "httprequestframer.h"

#include <QByteArrayView>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

constexpr qint64 maxHeaderBytes = 1024;
constexpr qint64 maxBodyBytes = 4096;

[[noreturn]] void fail(const char *invariant)
{
    std::fprintf(stderr, "HttpRequestFramer: %s\n", invariant);
    std::abort();
}

bool isFinal(HttpRequestFramer::Position position)
{
    return position == HttpRequestFramer::Position::Refused
            || position == HttpRequestFramer::Position::Upgraded;
}

HttpRequestFramer feedInPieces(QByteArrayView bytes, unsigned pieceSeed)
{
    HttpRequestFramer framer(maxHeaderBytes, maxBodyBytes);
    unsigned state = pieceSeed | 1u;
    while (!bytes.isEmpty()) {
        // A small xorshift, so that the cuts depend only on the input.
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        const qsizetype piece = qMin<qsizetype>(bytes.size(), 1 + qsizetype(state % 64));
        const qint64 completedBefore = framer.completedRequests();
        const HttpRequestFramer::Position before = framer.position();
        framer.feed(bytes.first(piece));
        if (framer.completedRequests() < completedBefore)
            fail("the count of requests went back");
        if (isFinal(before) && framer.position() != before)
            fail("a refused or upgraded connection went on as HTTP");
        bytes = bytes.sliced(piece);
    }
    return framer;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const QByteArrayView bytes(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    HttpRequestFramer whole(maxHeaderBytes, maxBodyBytes);
    whole.feed(bytes);
    const HttpRequestFramer pieces = feedInPieces(bytes, data[0]);

    if (whole.position() != pieces.position() || whole.completedRequests() != pieces.completedRequests()
        || whole.refusalStatus() != pieces.refusalStatus())
        fail("cutting the bytes differently changed the outcome");
    if (whole.position() == HttpRequestFramer::Position::Refused) {
        const int status = whole.refusalStatus();
        if ((status != 400 && status != 411 && status != 413 && status != 431)
            || whole.refusalMessage().isEmpty())
            fail("a refusal without a known status and a sentence");
    }
    return 0;
}
