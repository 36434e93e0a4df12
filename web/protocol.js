// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

// The protocol as the host publishes it (GET /protocol): every message this client sends is built
// from the catalogue, and every message it receives is named by it, so the names the handlers use
// are the catalogue's (MarkPlaced), whether a message came live or inside a GetGame answer.

export class Catalogue {
    constructor(document) {
        if (!Number.isInteger(document?.protocolVersion) || !Array.isArray(document.messages))
            throw new Error('the host published no protocol catalogue');
        this.version = document.protocolVersion;
        this.toServer = new Map();
        this.nameOfSocketType = new Map();
        for (const message of document.messages) {
            if (message.direction === 'toServer')
                this.toServer.set(message.name, message);
            else if (message.channels.includes('websocket'))
                this.nameOfSocketType.set(message.socketName, message.name);
        }
    }

    // The WebSocket frame of a command or event this client sends.
    socketFrame(name, data) {
        const message = this.#checked(name, data, 'websocket');
        return {type: 'server/' + message.socketName, data};
    }

    // The body of POST /queries for a query.
    queryBody(name, payload) {
        const message = this.#checked(name, payload, 'http');
        if (message.kind !== 'query')
            throw new Error(`${name} is not a query`);
        return {query: {type: name, payload}};
    }

    // The catalogue's name of a message the server pushed ({type, payload}), or null for a type this
    // version does not know (a newer host may send more).
    nameOf(frame) {
        return this.nameOfSocketType.get(frame?.type) ?? null;
    }

    #checked(name, payload, channel) {
        const message = this.toServer.get(name);
        if (!message)
            throw new Error(`the host does not accept ${name}`);
        if (!message.channels.includes(channel))
            throw new Error(`${name} does not travel over ${channel}`);
        for (const field of message.fields) {
            if (field.required && payload[field.name] === undefined)
                throw new Error(`${name} needs ${field.name}`);
        }
        return message;
    }
}

// A random (version 4) UUID as the protocol's id object. crypto.randomUUID() exists only on secure
// pages, and a host on the LAN serves plain http.
export function newId(random = crypto) {
    const bytes = random.getRandomValues(new Uint8Array(16));
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    const hex = Array.from(bytes, byte => byte.toString(16).padStart(2, '0')).join('');
    return {id: `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`};
}

export function sameId(first, second) {
    return first != null && second != null && first.id === second.id;
}
