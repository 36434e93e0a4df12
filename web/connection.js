// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

// The WebSocket to the host that served this page, as the session uses it: open, send, close, and
// the session hears of each opening, message and closing. A closing the session asked for is not
// reported: it already knows.

export class Connection {
    constructor(url) {
        this.url = url;
        this.socket = null;
        this.session = null;
    }

    open() {
        this.#drop();
        const socket = new WebSocket(this.url);
        this.socket = socket;
        socket.addEventListener('open', () => this.session.handleOpen());
        socket.addEventListener('message', message => {
            let frame;
            try {
                frame = JSON.parse(message.data);
            } catch {
                console.warn('ignoring a message that is not JSON from the host');
                return;
            }
            this.session.handleFrame(frame);
        });
        socket.addEventListener('close', closing => {
            if (this.socket !== socket)
                return;
            this.socket = null;
            this.session.handleClose({code: closing.code, reason: closing.reason});
        });
    }

    send(frame) {
        if (this.socket?.readyState === WebSocket.OPEN)
            this.socket.send(JSON.stringify(frame));
    }

    close() {
        this.#drop();
    }

    #drop() {
        const socket = this.socket;
        this.socket = null;
        socket?.close(1000);
    }
}

// The socket's address on the host that served the page.
export function webSocketUrl(location) {
    return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/ws`;
}
